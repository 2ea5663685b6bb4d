"""English places on names: `Las Positas College in Livermore`, `Hungary's Wizz Air` -> based in the place."""

from spacy.tokens import Token

from ...lang.en import WORDS as W
from .. import labels as L
from ..context import children
from ..places import PlaceGrammar, place_rule
from .grammar import complements


def _possessors(word: Token) -> list[Token]:
    return children(word, L.POSSESSORS)


located = place_rule(PlaceGrammar(rule="en.located", complements=complements, place_words=W.PLACE_CASES,
                                  region_words=W.REGION_NOUNS, bare_chain=True, possessors=_possessors))
