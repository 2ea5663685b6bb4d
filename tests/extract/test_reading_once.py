"""A document is read once, sentence by sentence; a sentence is read again only when something told after it changes
what it refers to. Sentences written for these tests."""

import pytest

import kg.extract
from kg.documents import parse_text, with_language
from kg.extract import context_for, prepare
from kg.extract.context import MORPHOLOGY, morph
from kg.nlp import parse, pipeline_for
from kg.ontology import default_lexicon
from kg.pipeline import read_text
from kg.settings import Settings


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang)}


@pytest.fixture
def sentences_read(monkeypatch) -> list[str]:
    """The text of every sentence the extraction reads, each time it reads one."""
    read: list[str] = []
    reading = kg.extract._read_sentence

    def counted(sentence, *args):
        read.append(sentence.text)
        return reading(sentence, *args)
    monkeypatch.setattr(kg.extract, "_read_sentence", counted)
    return read


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vinalys a racheté Bolt. Bolt fabrique des vélos à Lyon. Le groupe emploie 300 personnes."),
    ("en", "Vinalys acquired Bolt. Bolt makes bicycles in Leeds. The company employs 300 people."),
])
def test_a_document_without_forward_references_is_read_once(sentences_read, lang, text):
    assert ("Vinalys", "acquires", "Bolt") in triples(text, lang)
    assert len(sentences_read) == len(set(sentences_read)) == 3, sentences_read


def test_a_quotation_whose_speaker_comes_after_it_is_read_again_for_its_first_person(sentences_read):
    found = triples("« Nous allons racheter Bolt », a déclaré Marie Tellier, la présidente de Vinalys.", "fr")
    assert ("Vinalys", "acquires", "Bolt") in found, found  # (`nous`: the speaker's employer)
    assert len(sentences_read) == 2


def test_a_headline_pointing_to_an_event_told_below_is_read_again_once_the_document_is(sentences_read):
    text = "L'initiative vise à rivaliser avec Karvex.\n\nVinalys fournit ses modèles Zorbi aux agences fédérales."
    found = triples(text, "fr")
    assert ("Vinalys", "competesWith", "Karvex") in found, found
    assert sentences_read.count("L'initiative vise à rivaliser avec Karvex.") == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La société Vinalys a racheté Bolt."),
    ("en", "Carmaker Vinalys acquired Bolt."),
])
def test_a_class_noun_saying_what_the_document_took_a_name_for_is_read_once(sentences_read, lang, text):
    assert ("Vinalys", "acquires", "Bolt") in triples(text, lang)
    assert len(sentences_read) == 1, sentences_read


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Élue députée en 2017, Jane Doe, qui dirigeait les ventes de Valtek, a été nommée ministre hier."),
    ("en", "Jane Doe, who had run Valtek's sales, was named minister by the president after she won the 2017 vote."),
])
def test_each_token_s_morphology_is_read_once_and_as_spacy_reads_it(lang, text):
    """The rules ask tokens' morphology thousands of times a document (`morph`, read once by `prepare`): it says
    what spaCy's `token.morph.get` says after the preparation's own changes, default included."""
    settings = Settings()
    paragraph = next(iter(parse([with_language(parse_text(text, "t", "t"), lang)], pipeline_for(lang, settings),
                                settings)))
    prepare(paragraph.doc, context_for(paragraph, lang, default_lexicon()))
    assert MORPHOLOGY in paragraph.doc.user_data
    features = {f.partition("=")[0] for t in paragraph.doc for f in str(t.morph).split("|") if f} | {"Foo"}
    assert len(features) > 5
    for token in paragraph.doc:
        for feature in features:
            assert morph(token, feature) == token.morph.get(feature), (token.text, feature)
            assert morph(token, feature, ["3"]) == token.morph.get(feature, ["3"]), (token.text, feature)
