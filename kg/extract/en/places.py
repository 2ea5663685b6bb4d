"""English places on names: `Las Positas College in Livermore` -> based in Livermore."""

from spacy.tokens import Token

from ..places import PlaceGrammar, place_rule
from .grammar import prepositional_objects
from .words import PLACE_PREPOSITIONS, REGION_NOUNS


def _complements(word: Token) -> list[tuple[str, Token]]:
    return list(prepositional_objects(word))


located = place_rule(PlaceGrammar(rule="en.located", complements=_complements, place_words=PLACE_PREPOSITIONS,
                                  region_words=REGION_NOUNS, bare_chain=True))
