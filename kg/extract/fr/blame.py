"""French blame: `une partie des violences a été imputée à X` -> X causes the violence."""

from spacy.tokens import Token

from .. import labels as L
from ..blame import BlameGrammar, blame_rule
from ..common import case_word, children
from .grammar import arguments_of, is_negated
from .words import BLAME_VERBS


def _complements(word: Token) -> list[tuple[str, Token]]:
    return [(case_word(c), c) for c in children(word, L.OBLIQUES | L.NOUN_MODIFIERS | L.INDIRECT_OBJECTS)]


blame = blame_rule(BlameGrammar(rule="fr.blame", verbs=BLAME_VERBS, complements=_complements,
                                arguments=arguments_of, is_negated=is_negated))
