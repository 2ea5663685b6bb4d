"""Blocks the parser reads one at a time: the headline, lines that end a sentence, paragraphs."""

import pytest

from kg.blocks import blocks, headline
from kg.documents import parse_text
from kg.pipeline import read_text


def _texts(text: str) -> list[str]:
    found = list(blocks(text))
    for offset, piece in found:  # offsets point at the block in the document text
        assert text[offset:offset + len(piece)].replace("\n", " ") == piece
    return [piece for _, piece in found]


def test_a_headline_is_its_own_block_and_the_title():
    text = "Nouveau revers pour le groupe Zorg\nLe groupe Zorg a perdu un contrat jeudi. Il le regrette.\n"
    assert _texts(text) == ["Nouveau revers pour le groupe Zorg",
                            "Le groupe Zorg a perdu un contrat jeudi. Il le regrette."]
    assert parse_text(text, "a", "a.txt").title == "Nouveau revers pour le groupe Zorg"


def test_a_wrapped_sentence_stays_whole():
    text = "The council of Brindleford voted on Monday to close the old\nlibrary, said the mayor.\nShe regrets it."
    assert _texts(text) == ["The council of Brindleford voted on Monday to close the old library, said the mayor.",
                            "She regrets it."]


def test_a_long_first_line_or_one_with_final_punctuation_is_no_headline():
    assert headline("Le conseil a voté.\nIl a fermé la bibliothèque.") is None
    assert headline(" ".join(["mot"] * 30) + "\nSuite du texte.") is None
    assert headline("Une ligne seule") is None
    assert headline("Le maire a dit que,\nselon lui, tout va bien.") is None


def test_paragraphs_and_indented_lines_keep_their_offsets():
    text = "Titre sans point\n\n  Premier paragraphe.\n\n\tSecond paragraphe, sur\ndeux lignes."
    assert _texts(text) == ["Titre sans point", "Premier paragraphe.", "Second paragraphe, sur deux lignes."]
    assert parse_text("date 2024-01-02\nTitre du jour\nCorps du texte.", "b", "b.txt").title == "Titre du jour"


@pytest.mark.parametrize(("text", "first"), [
    ("PARIS, March 3 (Reuters) - Valtek said it would cut jobs.", "Valtek said it would cut jobs."),
    ("Paris (AFP) – Le groupe Valtek a racheté Brimex.", "Le groupe Valtek a racheté Brimex."),
    ("WASHINGTON (AP/Reuters) — Jane Doe resigned.", "Jane Doe resigned."),
    ("Jean Roy (PS) - maire de Lyon - a démissionné.", "Jean Roy (PS) - maire de Lyon - a démissionné."),  # a party
])
def test_a_wire_dateline_is_no_part_of_the_first_sentence(text, first):
    (offset, block), = blocks(text)
    assert block == first == text[offset:offset + len(block)]


def test_a_datelined_lead_has_its_own_subject():
    facts = read_text("LONDON, May 2 (Reuters) - Valtek said on Tuesday it had bought Brimex.", "en")
    assert {(f.subject.label, f.relation.local_name) for f in facts} >= {("Valtek", "says")}
    assert not any(f.subject.label == "LONDON" for f in facts)
