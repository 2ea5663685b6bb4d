"""English places on names: `Las Positas College in Livermore`, `Hungary's Wizz Air` -> based in the place."""

from spacy.tokens import Token

from .. import labels as L
from ..common import children
from ..places import PlaceGrammar, place_rule
from .grammar import complements
from .words import PLACE_PREPOSITIONS, REGION_NOUNS


def _possessors(word: Token) -> list[Token]:
    return children(word, L.POSSESSORS)


located = place_rule(PlaceGrammar(rule="en.located", complements=complements, place_words=PLACE_PREPOSITIONS,
                                  region_words=REGION_NOUNS, bare_chain=True, possessors=_possessors))
