"""The language contract, without the model: one table of languages read everywhere, word lists as checked data, and a
language added as a folder of data (a toy one here, read through a grammar adapter kg already has)."""

import json

import pytest
from spacy.tokens import Doc

from kg.errors import LexiconError
from kg.extract import language_rules
from kg.lang import GIVEN_NAMES, LANGUAGES, LanguageDefaults, every_languages_words, given_name_genders
from kg.lang.reading import load_reading_order
from kg.lang.words import WordLists, load_words
from kg.language import detect_language
from kg.model import Document
from kg.nlp import Paragraph
from kg.pipeline import read_parsed
from kg.recorded import vocab_for
from kg.resolve import acronym
from kg.settings import Settings
from kg.text import fold


def test_every_language_has_its_models_words_and_patterns_in_one_table():
    assert set(Settings().models) == set(LANGUAGES)
    for code, language in LANGUAGES.items():
        assert language.code == code and language.models and language.stop_words
        assert isinstance(language.words, WordLists) and language.patterns.is_file()
        assert language_rules(code).rules, code



NAME_WORD_LISTS = ("LEADING_DETERMINERS", "FUNCTION_WORDS", "COMPANY_DESIGNATORS", "ABSTRACT_SUFFIXES")


@pytest.mark.parametrize("name", NAME_WORD_LISTS)
def test_names_and_labels_are_read_with_every_languages_words(name):
    """Labels and entity names are compared whatever language wrote them (`Acme Inc` in a French text), so those
    lists come from each language's words and are read together."""
    for language in LANGUAGES.values():
        assert getattr(language.words, name), (language.code, name)
    assert every_languages_words(name) == frozenset().union(*(getattr(x.words, name) for x in LANGUAGES.values()))


def test_labels_and_initials_skip_each_languages_grammar_words():
    assert fold("Les Échos de Lyon") == fold("The Échos de Lyon") == "echos de lyon"
    assert acronym("Banque de France") == acronym("Bank of France") == "BF"

def test_detection_tells_each_language_by_its_own_function_words():
    assert detect_language("Le ministre a annoncé que la société et ses partenaires ont signé un accord.") == "fr"
    assert detect_language("The minister said that the company and its partners had signed an agreement.") == "en"
    assert detect_language("Zorg blik 2024.") is None


@pytest.mark.parametrize(("load", "name", "text", "message"), [
    (load_words, "words.toml", '# a comment\nPLACE_CASES = ["in"]\nCOLOURS = ["red"]\n',
     r"words\.toml:3: COLOURS is no list name of kg/lang/words\.py"),
    (load_words, "words.toml", 'PLACE_CASES = ["in"]\n\n[PLACE_CASES_X]\n',
     r"words\.toml:3: PLACE_CASES_X is no list name"),
    (load_words, "words.toml", 'PLACE_CASES = "in"\n', r"words\.toml:1: PLACE_CASES must be a list of words"),
    (load_words, "words.toml", 'COUNT_WORDS = { two = "2" }\n',
     r"words\.toml:1: COUNT_WORDS must be a table of word = number"),
    (load_reading_order, "rules.toml", 'rules = ["xx.a"]\nsequence = []\n', r"rules\.toml: unknown key 'sequence'"),
    (load_reading_order, "rules.toml", 'rules = "xx.a"\n', r"rules\.toml: 'rules' must be a list of strings"),
])
def test_language_data_is_checked_at_load_and_errors_name_the_file(tmp_path, load, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load(path)


def test_word_lists_and_the_reading_order_load_what_they_declare(tmp_path):
    words = tmp_path / "words.toml"
    words.write_text('PLACE_CASES = ["in", "at"]\nCOUNT_WORDS = { two = 2 }\n[MOVEMENT_VERBS]\nfall = "falls"\n',
                     encoding="utf-8")
    loaded = load_words(words)
    assert sorted(loaded.PLACE_CASES) == ["at", "in"] and dict(loaded.MOVEMENT_VERBS) == {"fall": "falls"}
    assert loaded.COUNT_WORDS == {"two": 2}
    assert not loaded.SPEECH_VERBS  # a list a language leaves out is empty
    order = tmp_path / "rules.toml"
    order.write_text('membership = ["xx.a"]\nrules = ["kg.extract.facts:word_before_person", "xx.a"]\n',
                     encoding="utf-8")
    loaded = load_reading_order(order)
    assert loaded.rules == ("kg.extract.facts:word_before_person", "xx.a") and loaded.membership == {"xx.a"}
    assert load_reading_order(tmp_path / "absent.toml").rules == ()


@pytest.mark.parametrize(("named", "error"), [
    ("xx.missing", r"rules\.toml: 'xx.missing' is no construction of .*patterns\.jsonl"),
    ("kg.extract.facts:no_such_rule", r"rules\.toml: no rule 'kg.extract.facts:no_such_rule'"),
])
def test_a_rule_the_reading_order_names_must_exist(tmp_path, monkeypatch, named, error):
    toy = _toy_language(tmp_path)
    (toy.folder / "rules.toml").write_text(f'rules = ["{named}"]\n', encoding="utf-8")
    monkeypatch.setitem(LANGUAGES, "xx", toy)
    language_rules.cache_clear()
    with pytest.raises(LexiconError, match=error):
        language_rules("xx")
    language_rules.cache_clear()


def _toy_sentence() -> Paragraph:
    """`Vinalys nomi Karla .` in a toy language whose parser gives Universal Dependencies labels."""
    doc = Doc(vocab_for("xx"), words=["Vinalys", "nomi", "Karla", "."], spaces=[True, True, False, False],
              heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "obj", "punct"], pos=["PROPN", "VERB", "PROPN", "PUNCT"],
              lemmas=["Vinalys", "nomi", "Karla", "."], ents=["B-ORG", "O", "B-PER", "O"])
    return Paragraph(Document(id="toy", text=doc.text, source="toy", lang="xx"), 0, doc)


def _toy_language(tmp_path) -> LanguageDefaults:
    """A language of one word list and one construction, read through the French grammar adapter."""
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "words.toml").write_text('APPOINTMENT_VERBS = ["nomi"]\n', encoding="utf-8")
    (folder / "patterns.jsonl").write_text(json.dumps({
        "rule": "xx.appointment", "property": "appoints", "subject": "who", "object": "whom", "lemma": "verb",
        "pattern": [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB", "LEMMA": {"IN": ["$APPOINTMENT_VERBS"]}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "who", "RIGHT_ATTRS": {"DEP": {"IN": ["@SUBJECTS"]}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "whom", "RIGHT_ATTRS": {"DEP": {"IN": ["@OBJECTS"]}}}]})
        + "\n", encoding="utf-8")
    return LanguageDefaults(code="xx", models=(), stop_words_from="spacy.lang.it.stop_words", folder=folder,
                            grammar="kg.extract.fr.grammar")


def test_a_language_added_as_a_folder_of_data_reads_its_facts(tmp_path, monkeypatch):
    toy = _toy_language(tmp_path)
    monkeypatch.setitem(LANGUAGES, "xx", toy)
    facts = read_parsed([_toy_sentence()])
    assert [(f.subject.label, f.relation.local_name, f.object.label, f.rule) for f in facts] == [
        ("Vinalys", "appoints", "Karla", "xx.appointment")]


def test_given_names_say_a_gender_only_when_their_bearers_nearly_all_share_it():
    genders = given_name_genders()
    assert len(genders) > 10_000 and set(genders.values()) == {"Masc", "Fem"}
    assert all(name == name.lower() and name.replace("-", "").isascii() for name in genders)
    assert "jean" not in genders and "kim" not in genders  # borne by men and women alike
    assert "Permission is hereby granted" in GIVEN_NAMES.with_name("LICENSE").read_text(encoding="utf-8")


@pytest.mark.parametrize(("lang", "written", "is_date"), [
    ("en", "on Sept. 30", True), ("en", "by Dec. 1", True), ("en", "Jan Kowalski", False),
    ("en", "the No. 2 bank", False), ("fr", "le 3 janv. à Paris", True), ("fr", "Valtek sept jours", False)])
def test_an_abbreviated_month_names_a_date(lang, written, is_date):
    assert bool(LANGUAGES[lang].words.DATE_WORDS.search(written)) == is_date
