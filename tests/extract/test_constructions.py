"""Constructions as data, without the model: a pattern line alone adds a construction; a malformed line fails at load
with its file and line; kg's matcher reads spaCy's relation operators as spaCy's `DependencyMatcher` does."""

import json
from itertools import product

import pytest
from spacy.tokens import Doc

from kg.errors import PatternError
from kg.extract import fr
from kg.extract.constructions import Constructions, load_constructions, read_construction
from kg.extract.matcher import RELATIONS, PatternIndex, check_with_spacy, compile_pattern
from kg.lang.fr import WORDS
from kg.pipeline import read_parsed
from kg.recorded import vocab_for

from .test_cases import load_cases, paragraphs_of, triples

#: who blames someone accuses them: `… ont été imputées par la police à X` -> police accuses X
ACCUSING_LINE = json.dumps({
    "rule": "test.accusing", "property": "accuses", "subject": "who", "object": "whom", "confidence": 0.6,
    "expand": {"who": "arguments", "whom": "arguments"},
    "pattern": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["$BLAME_VERBS"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "who", "RIGHT_ATTRS": {"DEP": {"IN": ["@AGENTS"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "whom", "RIGHT_ATTRS": {"_": {"kg_case": "à"}}}]})


def test_a_construction_added_as_one_pattern_line_reads_its_fact(tmp_path):
    case = next(c for c in load_cases("fr") if "par la police" in c["text"])
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text(ACCUSING_LINE + "\n", encoding="utf-8")
    assert ("police", "accuses", "Bolt") not in triples(read_parsed(paragraphs_of(case, "fr")))
    found = read_parsed(paragraphs_of(case, "fr"), patterns=[patterns])
    assert {("police", "accuses", "Bolt"), ("police", "accuses", "Vinalys")} <= triples(found)
    assert {f.rule for f in found if f.relation.local_name == "accuses"} == {"test.accusing"}


def _line(**changes) -> str:
    row = json.loads(ACCUSING_LINE) | changes
    return json.dumps({k: v for k, v in row.items() if v is not None})


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not a JSON object"),
    ("[1, 2]", "is a JSON object"),
    (_line(handler="guess"), "unknown handler 'guess'"),
    (_line(rule=None), "rule (the name its facts carry) and pattern are required"),
    (_line(colour="red"), "unknown keys ['colour']"),
    (_line(property="likes"), "property 'likes' is not declared in kg.ttl"),
    (_line(property="birthDate"), "property 'birthDate' is a date: the `date` handler reads it"),
    (_line(handler="date", property="bornIn", object=None, verb="verb"), "a date's property is given by"),
    (_line(subject="someone"), "subject must name a node of the rule's patterns"),
    (_line(expand={"who": "everything"}), "the expander one of"),
    (_line(require={"who": ["famous"]}), "the checks among"),
    (_line(confidence=2), "confidence must be a number in (0, 1]"),
    (_line(derive={"who": "verb"}), "derive maps new slot names to nodes"),
    (_line(frame="obj"), "frame (a lexicon frame: obj, a preposition) takes the place of property"),
    (_line(derive={"judge": "nobody"}), "derive maps new slot names to nodes"),
    (_line(qualifiers={"mood": "whom"}), "'mood' is no qualifier role"),
    (_line(qualifiers={"recipient": "someone"}), "qualifier must name a node of the rule's patterns"),
    (_line(handler="move", object=None, amount="whom"), "falls or rises (`property`)"),
    (_line(handler="move", object=None, property=None, amount="whom", direction="verb", leave_out={"who": ["x"]}),
     "leave_out {'who': ['x']} must name nodes"),
    (_line(handler="move", object=None, amount="someone", direction="verb"), "amount must name a node"),
    (_line(handler="affiliation", property=None, subject=None, object=None, confidence=None, name="who", word="whom",
           variant="no"),
     "variant (whether a fact says which table it read) is true or false"),
    (_line(pattern=[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["$NO_SUCH_WORDS"]}}}]),
     "'$NO_SUCH_WORDS' names no word list"),
    (_line(pattern=[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"DEP": {"IN": ["@NO_SUCH_LABELS"]}}}]),
     "'@NO_SUCH_LABELS' names no label set"),
    (_line(pattern=[{"RIGHT_ID": "verb"}, {"LEFT_ID": "verb", "REL_OP": "~", "RIGHT_ID": "who"}]),
     "REL_OP '~' is not one of"),
    (_line(pattern=[{"RIGHT_ID": "verb"}, {"LEFT_ID": "nobody", "REL_OP": ">", "RIGHT_ID": "who"}]),
     "LEFT_ID 'nobody' is not an earlier node"),
    (_line(pattern=[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"COLOUR": "red"}}]), "unknown token attribute 'COLOUR'"),
    (_line(pattern=[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LENGTH": {">=": 3}}}]), "does not read LENGTH '>='"),
])
def test_a_malformed_pattern_line_fails_at_load_with_its_file_and_line(tmp_path, line, message):
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text("// a comment line\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(PatternError) as error:
        Constructions.of(load_constructions(patterns, WORDS), fr.grammar)
    assert str(error.value).startswith(f"{patterns}:3: ") and message in str(error.value), str(error.value)


@pytest.mark.parametrize(("condition", "holds"), [(["common"], True), (["name"], False)])
def test_a_required_node_no_key_reads_is_a_condition_on_the_match(tmp_path, condition, holds):
    """The verb is read by no key: requiring that it be a name keeps the rule from reading the match at all."""
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text(_line(require={"verb": condition}) + "\n", encoding="utf-8")
    case = next(c for c in load_cases("fr") if "par la police" in c["text"])
    found = read_parsed(paragraphs_of(case, "fr"), patterns=[patterns])
    assert any(f.rule == "test.accusing" for f in found) is holds


def test_a_key_set_otherwise_on_another_line_of_the_rule_fails_at_load(tmp_path):
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text(ACCUSING_LINE + "\n" + _line(confidence=0.9) + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=r"mine\.jsonl:2: confidence of rule 'test.accusing' was set otherwise at "
                                           r".*mine\.jsonl:1"):
        Constructions.of(load_constructions(patterns, WORDS), fr.grammar)


def test_lines_of_a_rule_fill_slots_joined_on_their_anchor(tmp_path):
    """One line finds who accuses, another whom: the facts join them on the verb both are anchored on."""
    row = json.loads(ACCUSING_LINE)
    who, whom = row["pattern"][1], row["pattern"][2]
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text(_line(pattern=[row["pattern"][0], who]) + "\n" +
                        json.dumps({"rule": "test.accusing", "pattern": [row["pattern"][0], whom]}) + "\n",
                        encoding="utf-8")
    case = next(c for c in load_cases("fr") if "par la police" in c["text"])
    found = triples(read_parsed(paragraphs_of(case, "fr"), patterns=[patterns]))
    assert {("police", "accuses", "Bolt"), ("police", "accuses", "Vinalys")} <= found


def test_a_derived_slot_takes_a_node_s_tokens_and_its_own_expander(tmp_path):
    """`derive` gives one matched token a second slot: here the verb's agent is the subject as matched, and its
    coordinated members (`arguments`) as the object, so one line relates the members to each other."""
    row = json.loads(ACCUSING_LINE)
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text(_line(property="partnerOf", subject="whom", object="partners", derive={"partners": "whom"},
                              expand={"whom": "self", "partners": "arguments"}, distinct=True,
                              pattern=[row["pattern"][0], row["pattern"][2]]) + "\n", encoding="utf-8")
    case = next(c for c in load_cases("fr") if "par la police" in c["text"])
    found = triples(read_parsed(paragraphs_of(case, "fr"), patterns=[patterns]))
    assert ("Bolt", "partnerOf", "Vinalys") in found
    assert not any(s == o for s, p, o in found if p == "partnerOf")


def test_a_line_may_take_its_property_from_the_lexicon_frame_of_its_verb(tmp_path):
    """`"frame": "obj"` instead of a property: the fact gets what the lexicon says the `lemma` slot's verb means with
    an object, and none when the verb has no such frame."""
    case = next(c for c in load_cases("fr") if c["text"] == "Varkon lance son logiciel Zorbi.")
    for frame, expected in (("obj", {"launches"}), ("parmi", set())):
        patterns = tmp_path / f"{frame}.jsonl"
        patterns.write_text(json.dumps({
            "rule": "test.framed", "frame": frame, "lemma": "verb", "subject": "verb", "object": "what",
            "expand": {"verb": "subjects"}, "pattern": [
                {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
                {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "what", "RIGHT_ATTRS": {"DEP": {"IN": ["@OBJECTS"]}}}]})
            + "\n", encoding="utf-8")
        found = {f.relation.local_name for f in read_parsed(paragraphs_of(case, "fr"), patterns=[patterns])
                 if f.rule == "test.framed"}
        assert found == expected, (frame, found)


def test_word_lists_and_label_sets_are_filled_in():
    construction = read_construction(ACCUSING_LINE, WORDS, "here:1")
    anchor, who = construction.pattern.spec[0], construction.pattern.spec[1]
    assert set(anchor["RIGHT_ATTRS"]["LEMMA"]["IN"]) == set(WORDS.BLAME_VERBS)
    assert set(who["RIGHT_ATTRS"]["DEP"]["IN"]) >= {"obl:agent", "agent"}


def _sample_doc() -> Doc:
    """`Acme sold its old plant to Bolt in May .` with a made-up parse exercising every relation."""
    words = ["Acme", "sold", "its", "old", "plant", "to", "Bolt", "in", "May", "."]
    heads = [1, 1, 4, 4, 1, 1, 5, 1, 7, 1]
    deps = ["nsubj", "ROOT", "poss", "amod", "dobj", "prep", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PRON", "ADJ", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]
    return Doc(vocab_for("en"), words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize(("relation", "right"), list(product(RELATIONS, ["any", "noun"])))
def test_kg_matcher_reads_every_relation_operator_as_spacy_does(relation, right):
    attributes = {} if right == "any" else {"POS": {"IN": ["NOUN", "PROPN"]}}
    for left_attributes in ({"POS": "VERB"}, {"DEP": "prep"}, {"LOWER": "plant"}):
        pattern = compile_pattern("p", [{"RIGHT_ID": "a", "RIGHT_ATTRS": left_attributes},
                                        {"LEFT_ID": "a", "REL_OP": relation, "RIGHT_ID": "b",
                                         "RIGHT_ATTRS": attributes}])
        doc = _sample_doc()
        theirs = {tuple(ids) for _, ids in check_with_spacy(pattern, doc.vocab)(doc)}
        ours = {(m["a"].i, m["b"].i) for _, m in PatternIndex([pattern]).matches(doc[:])}
        assert ours == theirs, (relation, left_attributes)
