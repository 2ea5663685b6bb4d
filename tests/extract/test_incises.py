"""Speech set after its quotation (`« … », a dit X`) and the first person inside it. Sentences written for these
tests."""

import pytest

from kg.pipeline import read_text


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object))
            for f in read_text(text, lang)}


def test_the_noun_after_an_incise_is_its_speaker_not_its_object():
    found = triples("« Vinalys va racheter la société Bolt », a dit un porte-parole du ministère.", "fr")
    assert ("Vinalys", "acquires", "Bolt") in found, found
    assert not any("porte-parole" in o for _, _, o in found), found
    named = read_text("« Vinalys va racheter la société Bolt », a dit Luc Besson, porte-parole du ministère.", "fr")
    assert [f.subject.label for f in named if f.is_quotation] == ["Luc Besson"]
    assert any(getattr(v, "label", "") == "Luc Besson" for f in named if f.relation.local_name == "acquires"
               for role, v in f.qualifiers if role == "source")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "« Nous allons racheter Bolt », a déclaré Marie Tellier, la présidente de Vinalys."),
    ("en", '"We will buy Bolt," said Mary Tellier, the head of Vinalys.'),
])
def test_the_first_person_in_a_quotation_is_its_speaker(lang, text):
    """`nous` / `we` is the speaker, or the organisation the speaker is said to work for (the tagger may take
    `Vinalys` for a place: its president still speaks for it)."""
    found = triples(text, lang)
    assert any(s in ("Marie Tellier", "Mary Tellier", "Vinalys") for s, p, o in found if o == "Bolt"), found
    assert not any(s.lower() in ("nous", "we") for s, _, _ in found), found


def test_a_phrase_quoted_elsewhere_in_the_sentence_is_no_speech():
    """`used "phone tapping" in an attempt to confirm a tip`: `confirm` says nothing of the quoted words."""
    found = read_text('Former Dunmore Herald editor Tom Tellier allegedly used "phone tapping and surveillance" in an '
                      'attempt to confirm a tip.', "en")
    assert not [f for f in found if f.is_quotation]
    assert any(f.subject.label == "Tom Tellier" and f.relation.local_name == "uses" for f in found), [
        (f.subject.label, f.relation.local_name) for f in found]


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Marie Martin a affirmé que Valtek était « en bonne santé » malgré la crise.",
     "Valtek était « en bonne santé » malgré la crise"),
    ("en", 'Marie Martin said Valtek had "more than enough money" to keep the jobs.',
     'Valtek had "more than enough money" to keep the jobs'),
])
def test_words_quoted_inside_a_reported_clause_are_said_with_the_clause(lang, text, said):
    assert [getattr(f.object, "label", f.object) for f in read_text(text, lang) if f.is_quotation] == [said]


def test_an_incise_without_quotation_marks_reports_the_sentence_before_it():
    text = "Paul Girard a racheté la société Bolt, rapporte le quotidien Le Matin."
    found = triples(text, "fr")
    assert ("Paul Girard", "acquires", "Bolt") in found
    assert not any(o.endswith("Matin") for _, _, o in found), found  # the speaker is no object of `rapporter`
    (said,) = [f for f in read_text(text, "fr") if f.is_quotation]
    assert said.subject.label.endswith("Matin") and said.object.startswith("Paul Girard a racheté")
    assert ("Paul Girard", "acquires", "Bolt") in triples("Paul Girard a racheté Bolt, puis Acme en 2020.", "fr")


def test_a_source_before_selon_lequel_reports_the_clause_s_subject():
    found = triples("Il cite les révélations du Quotidien de Lyon, selon lequel le groupe Vinalys a racheté Bolt.",
                    "fr")
    assert any(s.endswith("Quotidien de Lyon") and p == "reports" and o == "Vinalys" for s, p, o in found), found


@pytest.mark.parametrize("text", [
    "« L'usine de Vinalys fermera », a déclaré à l'AFP un porte-parole du syndicat Unitek.",
    "« L'usine de Vinalys fermera », a déclaré à l'AFP Luc Besson.",
    "Luc Besson a déclaré à l'AFP que l'usine de Vinalys fermera.",
])
def test_whom_a_speaker_told_is_told_wherever_the_parser_hangs_the_speaker(text):
    found = triples(text, "fr")
    assert any(p == "tells" and o == "AFP" and s != "AFP" for s, p, o in found), found


def test_where_a_speaker_spoke_is_not_whom_they_told():
    found = triples("« Les conjoints ont droit à une carte », a rappelé le ministre Luc Besson à Nantes.", "fr")
    assert not any(p == "tells" for _, p, _ in found), found


def test_a_clitic_subject_after_its_verb_is_the_one_quoted_before():
    found = triples("Marc Tellier, qui dirige le musée, a fait une découverte, affirme le professeur Paul Girard.\n"
                    "« Le corps a été enterré en 1945 », a-t-il assuré au quotidien Bild.", "fr")
    assert ("Paul Girard", "tells", "Bild") in found, found


@pytest.mark.parametrize(("lang", "text", "hearer"), [
    ("fr", "Luc Besson est parti. « Je suis prêt », a-t-il affirmé lors d'une entrevue avec La Gazette de Nantes.",
     "La Gazette de Nantes"),  # (a title's capitalised article is its own)
    ("fr", "« Je suis prêt », a déclaré Luc Besson dans un entretien accordé au Figaro.", "Figaro"),
    ("en", '"I am ready," Luc Besson said in an interview with the Karvex Times on Monday.', "Karvex Times"),
])
def test_who_interviewed_a_speaker_was_told(lang, text, hearer):
    found = triples(text, lang)
    assert ("Luc Besson", "tells", hearer) in found, found


@pytest.mark.parametrize("text", [
    'Luc Besson a quitté Vinalys. "Je suis prêt", a-t-il dit.',
    "Luc Besson a quitté Vinalys. « Je suis prêt », dit-il.",
])
def test_a_quotation_opening_a_sentence_inside_a_paragraph_is_read_with_it(text):
    from kg.nlp import pipeline_for
    from kg.settings import Settings

    doc = pipeline_for("fr", Settings())(text)
    assert [s.text[0] for s in doc.sents] == ["L", text.split(". ")[1][0]]


def test_whom_a_speech_was_given_before_was_told_and_where_it_was_said_is_its_place():
    facts = read_text("« Les conjoints ont droit à une carte », a rappelé Luc Besson à New York dans une allocution "
                      "devant la Ligue Karvex.", "fr")
    told = [f for f in facts if f.relation.local_name == "tells"]
    assert told and told[0].object.label == "Ligue Karvex", facts
    assert ("place", "New York") in [(role, getattr(v, "label", v)) for role, v in told[0].qualifiers], told


def test_an_incise_after_a_clause_whose_subject_is_apposed_reports_that_clause():
    text = "Paul Roy, le patron d'Orvane, démissionnera en juin, a annoncé le groupe Orvane."
    found = triples(text, "fr")
    assert ("Orvane", "says", "Paul Roy, le patron d'Orvane, démissionnera en juin") in found, found
    assert not any(p == "announces" for _, p, _ in found), found  # (the speaker is no object)
    found = triples("La directrice d'Orvane, Lise Moreau, quittera ses fonctions en mars, a annoncé Orvane.", "fr")
    assert ("Lise Moreau", "hasRole", "directrice") in found and not any(p == "announces" for _, p, _ in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "« C'est une décision historique », s'est félicité Paul Roy."),  # (a reflexive incise)
    ("fr", "« C'est une décision injuste », a déploré Paul Roy."),
    ("en", '"This is an unfair decision," lamented Paul Roy.'),
    ("en", '"We never saw it coming," conceded Paul Roy.'),
    ("fr", "« Nous sommes très déçus », a réagi Paul Roy."),
    ("fr", "« C'est une erreur », a glissé Paul Roy."),
    ("en", '"It was a mistake," admitted Paul Roy.'),
])
def test_a_verb_of_feeling_set_after_a_quotation_reports_it(lang, text):
    assert any(s == "Paul Roy" and p == "says" for s, p, _ in triples(text, lang))
