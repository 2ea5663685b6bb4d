"""French market moves: `a perdu 126 points (0,88 %) à 14 201`, `finit en baisse de 0,88 %`."""

from spacy.tokens import Token

from ...lang.fr import WORDS as W
from .. import labels as L
from ..context import case_word, complements
from ..movements import MovementGrammar, movement_rule
from .grammar import PERCENT_WORDS, clause_subjects, is_amount

_COMPLEMENTS = L.OBJECTS | L.ARGUMENT_OBLIQUES | L.MODIFIER_OBLIQUES | L.NOUN_MODIFIERS | L.PARATAXES


def _complements(word: Token) -> list[tuple[str, Token]]:
    return complements(word, _COMPLEMENTS)


GRAMMAR = MovementGrammar(
    rule="fr.movement", verbs=W.MOVEMENT_VERBS, directions=W.MOVEMENT_DIRECTIONS, amount_links=frozenset({"", "de"}),
    level_links=frozenset({"à"}), complements=_complements, subjects=clause_subjects, is_amount=is_amount,
    dates=W.DATE_WORDS, direction_case=case_word, direction_link="en", owner_link="de", percent_words=PERCENT_WORDS,
    carrying_verbs=W.MOVE_CARRYING_VERBS)

market_move = movement_rule(GRAMMAR)
