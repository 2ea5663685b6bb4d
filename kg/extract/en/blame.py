"""English blame: `the attack was blamed on X`, `attributed the rise to X` -> X causes it."""

from ..blame import BlameGrammar, blame_rule
from .grammar import arguments_of, complements, is_negated
from .words import BLAME_VERBS

blame = blame_rule(BlameGrammar(rule="en.blame", verbs=BLAME_VERBS, complements=complements,
                                arguments=arguments_of, is_negated=is_negated))
