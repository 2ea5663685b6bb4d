"""English blame: `the attack was blamed on X`, `attributed the rise to X` -> X causes it."""

from spacy.tokens import Token

from ..blame import BlameGrammar, blame_rule
from .grammar import arguments_of, is_negated, prepositional_objects
from .words import BLAME_VERBS


def _complements(word: Token) -> list[tuple[str, Token]]:
    return list(prepositional_objects(word))


blame = blame_rule(BlameGrammar(rule="en.blame", verbs=BLAME_VERBS, complements=_complements,
                                arguments=arguments_of, is_negated=is_negated))
