"""English market moves: `fell 26 cents to $108.58`, `was down 14 cents at $96.24`, `dropped 9 percent`."""

from spacy.tokens import Token

from .. import labels as L
from ..movements import MovementGrammar, movement_rule
from .grammar import clause_subjects, is_amount, prepositional_objects
from .words import DATE_WORDS, MOVEMENT_DIRECTIONS, MOVEMENT_GOVERNORS, MOVEMENT_VERBS, PERCENT_WORDS

_BARE_COMPLEMENTS = L.OBJECTS | frozenset({"npadvmod"})


def _complements(word: Token) -> list[tuple[str, Token]]:
    return [*prepositional_objects(word), *(("", c) for c in word.children if c.dep_ in _BARE_COMPLEMENTS)]


GRAMMAR = MovementGrammar(
    rule="en.movement", verbs=MOVEMENT_VERBS, directions=MOVEMENT_DIRECTIONS, amount_links=frozenset({"", "by"}),
    level_links=frozenset({"to", "at"}), complements=_complements, subjects=clause_subjects, is_amount=is_amount,
    dates=DATE_WORDS, direction_governors=MOVEMENT_GOVERNORS, owner_link="of", percent_words=PERCENT_WORDS)

market_move = movement_rule(GRAMMAR)
