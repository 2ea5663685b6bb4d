"""Slot expanders and checks: named helpers a pattern refers to, which grow a matched token into the tokens a fact
is about, and test them.

A pattern matches one token per node; a fact's subject or object is often more (`A et B`, `l'accès à X` standing
for X). Each expander takes the matched token and the language's grammar adapter, so one name works for every
language.
"""

from collections.abc import Callable
from types import ModuleType

from spacy.tokens import Token

from . import labels as L
from .context import Context, children, grammar_of
from .grammar import is_set_off
from .mentions import mention, named_attribute
from .names import PERSON_ENTITIES, is_name, name_tokens, stands_for_entity

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


@expander("named_attribute")
def _named_attribute(token: Token, grammar: ModuleType) -> list[Token]:
    """The name a copula's predicate is (`the largest maker is Acme`), if it is one."""
    named = named_attribute(token)
    return [named] if named is not None else []


@expander("possessors")
def _possessors(token: Token, grammar: ModuleType) -> list[Token]:
    """Whose a noun is, by a possessive (`Acme's partner`, `son gouvernement`), as the language's grammar reads it."""
    return grammar.possessors(token)


@expander("employers")
def _employers(token: Token, grammar: ModuleType) -> list[Token]:
    """Whom a title's holder works for or what a head's post is of (`directeur de X`, `à la tête de X`), as the
    language's grammar reads a title's complements."""
    return [a for employer in grammar.employers_of(token) for a in grammar.arguments_of(employer)]


Check = Callable[[Token, Context], bool]


def _is_class_noun(token: Token) -> bool:
    """A common noun, or a capitalised word the lexicon knows as one (`Senator`)."""
    return token.pos_ == "NOUN" or (token._.kg_common_noun and token.pos_ == "PROPN")


def _describes(noun: Token) -> bool:
    """An appositive noun that says what a name is, not a count in brackets (`( 5 seats )`) nor an amount."""
    in_brackets = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "("
    return not in_brackets and not children(noun, L.NUMERIC_MODIFIERS) and not grammar_of(noun.doc).is_amount(noun)


#: tests a slot's tokens must pass (`"require": {"place": ["name"]}`), by the name patterns use
CHECKS: dict[str, Check] = {
    "name": lambda token, context: is_name(token),
    "entity": lambda token, context: stands_for_entity(token),
    "person": lambda token, context: mention(token, context).kind == "Person",
    #: a name some word of which the parser tagged as a person's (`Ursula von der Leyen`, its last word a place)
    "person_name": lambda token, context: any(t.ent_type_ in PERSON_ENTITIES for t in name_tokens(token)),
    "common": lambda token, context: not is_name(token),
    #: not a pronoun that stands for nothing (`c'est le chef qui choisit`: a cleft's `ce` is nobody)
    "referring": lambda token, context: token.pos_ != "PRON" or stands_for_entity(token),
    "class": lambda token, context: _is_class_noun(token),
    "describing": lambda token, context: _describes(token),
    "set_off": lambda token, context: is_set_off(token),
    #: written before the word it hangs on (`Airbus CEO X`)
    "before_head": lambda token, context: token.i < token.head.i,
}
