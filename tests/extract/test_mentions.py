"""How mentions and qualifiers are written from a phrase's tokens (model-free: the tokens are built by hand)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.mentions import text_of


def test_words_left_out_between_two_tokens_leave_a_space():
    """`mardi, une décision` without its comma is `mardi une décision`, not `mardiune décision`; tokens written
    together stay together (`Valtek's`), and a phrase's own spacing is kept."""
    doc = Doc(Vocab(), words=["mardi", ",", "une", "décision", "de", "Valtek", "'s", "."],
              spaces=[False, True, True, True, True, False, False, False])
    assert text_of([doc[0], doc[2], doc[3]]) == "mardi une décision"
    assert text_of([doc[4], doc[5], doc[6]]) == "de Valtek's"
    assert text_of(list(doc)) == "mardi, une décision de Valtek's."
    assert text_of([]) == ""


def test_a_quotation_opened_inside_a_phrase_keeps_its_closing_mark_and_a_whole_one_loses_both():
    doc = Doc(Vocab(), words=["la", "réforme", "est", "«", "injuste", "»", "."],
              spaces=[True, True, True, True, True, False, False])
    assert text_of(list(doc[:6])) == "la réforme est « injuste »"
    assert text_of(list(doc[3:6])) == "injuste"
    quoted = Doc(Vocab(), words=["it", "was", '"', "unfair", '"'], spaces=[True, True, False, False, False])
    assert text_of(list(quoted)) == 'it was "unfair"'
