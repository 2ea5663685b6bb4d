"""Headlines whose verb the tagger misses, read as clauses (kg/headlines.py), through the real model."""

import pytest

from kg.nlp import pipeline_for
from kg.pipeline import read_text
from kg.settings import Settings


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, "fr")}


@pytest.mark.parametrize("headline, fact", [
    ("Bruxelles enquête sur Amazon", ("Bruxelles", "investigates", "Amazon")),  # `enquête` tagged a noun
    ("L'Élysée dément toute intervention", ("Élysée", "denies", "intervention")),  # an adverb, an irregular verb
    ("Le patronat critique la réforme des retraites", ("patronat", "criticizes", "réforme des retraites")),
    ("L'armée malienne pourchasse les rebelles du nord", ("armée malienne", "pursues", "rebelles du nord")),
])
def test_a_verb_taken_for_a_noun_or_an_adjective_is_the_headline_s_verb(headline, fact):
    assert fact in triples(headline)


@pytest.mark.parametrize("text, fact", [
    ("Paul Roy, l'ancien patron de Valtek à Lyon, dément toute faute.", ("Paul Roy", "denies", "faute")),
    ("Marie Martin, professeure d'économie à l'université d'Orvane, juge la réforme injuste.",
     ("Marie Martin", "criticizes", "réforme")),
])
def test_a_verb_taken_for_a_noun_after_a_description_set_off_by_commas_is_the_sentence_s_verb(text, fact):
    """The parser made the verb a second apposition of the name; the description's own phrases (`à Lyon`) do not
    end the subject."""
    assert fact in triples(text)


def test_a_headline_split_in_two_sentences_is_one_clause():
    nlp = pipeline_for("fr", Settings())
    doc = nlp("Airbus livre des avions à Air France")
    assert len(list(doc.sents)) == 1 and doc.text == "Airbus livre des avions à Air France"
    assert [e.text for e in doc.ents if e.label_ == "LOC" or e.label_ == "ORG"]  # entities kept
    facts = [f for f in read_text("Airbus livre des avions à Air France", "fr") if f.relation.local_name == "provides"]
    assert facts and facts[0].subject.label == "Airbus"
    assert [v.label for role, v in facts[0].qualifiers if role == "recipient"] == ["Air France"]


def test_what_an_unknown_verb_is_about_may_be_abstract():
    found = triples("Le Vatican sonde sur la contraception et l'homosexualité")
    assert {("Vatican", "sonderSur", "contraception"), ("Vatican", "sonderSur", "homosexualité")} <= found


def test_a_headline_without_a_hidden_verb_is_left_as_parsed():
    nlp = pipeline_for("fr", Settings())
    for text in ("Une année difficile pour les pharmaciens", "Le chef des rebelles tué par un drone"):
        with nlp.select_pipes(disable=["kg_verbless"]):
            parsed = [(t.dep_, t.head.i, t.pos_) for t in nlp(text)]
        assert [(t.dep_, t.head.i, t.pos_) for t in nlp(text)] == parsed


def test_an_english_verb_taken_for_a_noun_or_an_adjective():
    assert ("Court", "blocks", "merger of two airlines") in {(f.subject.label, f.relation.local_name, f.object.label)
                                             for f in read_text("Court blocks merger of two airlines", "en")}
    nlp = pipeline_for("en", Settings())
    doc = nlp("Meanwhile, former news editor Paul Marsh and former reporter Liam Cole oversaw surveillance of the "
              "couple.")  # `oversaw` tagged an adjective, `surveillance` the root
    oversaw = next(t for t in doc if t.text == "oversaw")
    assert oversaw.pos_ == "VERB" and oversaw.lemma_ == "oversee" and oversaw.dep_ == "ROOT"
    assert {(c.text, c.dep_) for c in oversaw.children} >= {("Marsh", "nsubj"), ("surveillance", "dobj")}


@pytest.mark.parametrize(("text", "owners"), [
    ("Jane Doe and Tom Hale own Valtek.", {"Jane Doe", "Tom Hale"}),  # `own` tagged an adjective of `Valtek`
    ("Jane Doe and her husband Tom Hale own Valtek.", {"Jane Doe", "Tom Hale"}),  # (`husband` is no verb)
])
def test_an_english_plural_present_is_the_base_form(text, owners):
    found = {(f.subject.label, f.relation.local_name, f.object.label) for f in read_text(text, "en")}
    assert {(owner, "owns", "Valtek") for owner in owners} <= found, found
    assert not any(relation == "husband" for _, relation, _ in found)


def test_an_adverb_after_a_plural_noun_phrase_is_no_verb():
    nlp = pipeline_for("en", Settings())
    with nlp.select_pipes(disable=["kg_verbless"]):
        parsed = [(t.dep_, t.head.i, t.pos_) for t in nlp("Car sales down 5% in May")]
    assert [(t.dep_, t.head.i, t.pos_) for t in nlp("Car sales down 5% in May")] == parsed


@pytest.mark.parametrize("headline, fact", [
    ("Valtek to buy Karvex", ("Valtek", "buys", "Karvex")),
    ("Brimex to sell Lyon unit to Orvane", ("Brimex", "sells", "Lyon unit")),
])
def test_an_english_headline_s_infinitive_says_what_its_name_will_do(headline, fact):
    """`X to buy Y`, parsed with the infinitive an adverbial clause of the name, the sentence's root."""
    assert fact in {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
                    for f in read_text(headline, "en")}


def test_an_english_headline_s_verb_has_its_own_lemma_and_a_penalty_says_how_much():
    (fine,) = [f for f in read_text("EU fines Valtek 2 billion euros over cartel", "en")]
    assert (fine.subject.label, fine.relation.local_name, fine.object.label) == ("EU", "fines", "Valtek")
    assert dict((role, getattr(v, "label", v)) for role, v in fine.qualifiers)["quantity"] == "2 billion euros"


def test_a_headline_s_comma_between_names_before_a_plural_verb_is_and():
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
             for f in read_text("Valtek, Brimex agree merger", "en")}
    assert ("Valtek", "mergesWith", "Brimex") in found


def test_a_french_headline_s_comma_between_names_before_a_plural_verb_is_et():
    assert ("Valtek", "collaboratesWith", "Brimex") in triples("Valtek, Brimex signent un accord")


def test_an_english_headline_s_participle_without_auxiliary_is_a_passive():
    found = {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
             for f in read_text("Paul Roy arrested in Lyon", "en")}
    assert found == {("Paul Roy", "arrestedIn", "Lyon")}
