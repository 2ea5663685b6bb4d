"""French places on names: `l'hôpital Saint-Luc à Montréal` -> located in Montréal."""

from spacy.tokens import Token

from .. import labels as L
from ..common import complements
from ..places import PlaceGrammar, place_rule
from .words import DATE_WORDS, NAMING_NOUNS, PLACE_CASES, REGION_NOUNS, SITE_NOUNS


def _complements(word: Token) -> list[tuple[str, Token]]:
    return complements(word, L.NOUN_MODIFIERS)


located = place_rule(PlaceGrammar(rule="fr.located", complements=_complements, place_words=PLACE_CASES,
                                  region_words=REGION_NOUNS, of_word="de", naming_nouns=NAMING_NOUNS,
                                  dates=DATE_WORDS, site_nouns=SITE_NOUNS))
