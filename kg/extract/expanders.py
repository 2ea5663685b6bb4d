"""Slot expanders and checks: named helpers a pattern refers to, which grow a matched token into the tokens a fact
is about, and test them.

A pattern matches one token per node; a fact's subject or object is often more (`A et B`, `l'accès à X` standing
for X). Each expander takes the matched token and the language's grammar adapter, so one name works for every
language.
"""

from collections.abc import Callable
from types import ModuleType

from spacy.tokens import Token

from .names import is_name, stands_for_entity

Expander = Callable[[Token, ModuleType], list[Token]]

EXPANDERS: dict[str, Expander] = {}


def expander(name: str) -> Callable[[Expander], Expander]:
    """Register an expander under the name patterns use."""
    def register(function: Expander) -> Expander:
        EXPANDERS[name] = function
        return function
    return register


@expander("self")
def _self(token: Token, grammar: ModuleType) -> list[Token]:
    """The token alone."""
    return [token]


@expander("arguments")
def _arguments(token: Token, grammar: ModuleType) -> list[Token]:
    """The argument heads a nominal stands for: coordinated members, the names of descriptions, the object of a
    light noun (`l'accès à X`), as the language's grammar reads them."""
    return grammar.arguments_of(token)


@expander("subjects")
def _subjects(token: Token, grammar: ModuleType) -> list[Token]:
    """The subjects of a verb, with those it inherits (relative pronouns' antecedents, control verbs), as the
    language's grammar reads them."""
    return grammar.clause_subjects(token)


Check = Callable[[Token], bool]

#: tests a slot's tokens must pass (`"require": {"place": ["name"]}`), by the name patterns use
CHECKS: dict[str, Check] = {
    "name": is_name,
    "entity": stands_for_entity,
}
