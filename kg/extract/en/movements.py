"""English market moves: `fell 26 cents to $108.58`, `was down 14 cents at $96.24`, `dropped 9 percent`."""

from spacy.tokens import Token

from ...lang.en import WORDS as W
from .. import labels as L
from ..movements import MovementGrammar, movement_rule
from .grammar import clause_subjects, is_amount, prepositional_objects

_BARE_COMPLEMENTS = L.OBJECTS | L.NOUN_PHRASE_ADVERBIALS


def _complements(word: Token) -> list[tuple[str, Token]]:
    return [*prepositional_objects(word), *(("", c) for c in word.children if c.dep_ in _BARE_COMPLEMENTS)]


GRAMMAR = MovementGrammar(
    rule="en.movement", verbs=W.MOVEMENT_VERBS, directions=W.MOVEMENT_DIRECTIONS, amount_links=frozenset({"", "by"}),
    level_links=frozenset({"to", "at"}), complements=_complements, subjects=clause_subjects, is_amount=is_amount,
    dates=W.DATE_WORDS, direction_governors=W.MOVEMENT_GOVERNORS, owner_link="of", percent_words=W.PERCENT_WORDS)

market_move = movement_rule(GRAMMAR)
