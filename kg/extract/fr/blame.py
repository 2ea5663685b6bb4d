"""French blame: `une partie des violences a été imputée à X` -> X causes the violence."""

from functools import partial

from .. import labels as L
from ..blame import BlameGrammar, blame_rule
from ..common import complements
from .grammar import arguments_of, is_negated
from .words import BLAME_VERBS

_COMPLEMENTS = partial(complements, deps=L.OBLIQUES | L.NOUN_MODIFIERS | L.INDIRECT_OBJECTS)

blame = blame_rule(BlameGrammar(rule="fr.blame", verbs=BLAME_VERBS, complements=_COMPLEMENTS,
                                arguments=arguments_of, is_negated=is_negated))
