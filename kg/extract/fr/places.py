"""French places on names: `l'hôpital Saint-Luc à Montréal` -> located in Montréal."""

from spacy.tokens import Token

from ...lang.fr import WORDS as W
from .. import labels as L
from ..context import complements
from ..places import PlaceGrammar, place_rule


def _complements(word: Token) -> list[tuple[str, Token]]:
    return complements(word, L.NOUN_MODIFIERS)


located = place_rule(PlaceGrammar(rule="fr.located", complements=_complements, place_words=W.PLACE_CASES,
                                  region_words=W.REGION_NOUNS, of_word="de", naming_nouns=W.NAMING_NOUNS,
                                  dates=W.DATE_WORDS, site_nouns=W.SITE_NOUNS))
