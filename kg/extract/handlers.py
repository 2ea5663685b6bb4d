"""Handlers: what a construction's match becomes. A pattern line names one (by default `fact`) and sets its keys.

The handlers exist once for every language; what differs between languages is in the patterns and the grammar
adapter a handler is given.
"""

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from spacy.tokens import Span, Token

from ..model import Candidate
from ..ontology import property_labels
from .context import Context, fixed_relation
from .expanders import EXPANDERS
from .matcher import DependencyPattern, Match
from .mentions import mention


@dataclass(frozen=True)
class Handler:
    """A way of turning matches into facts: its name, the keys a pattern line may set for it, a check of those
    keys at load, and the reading itself."""

    name: str
    keys: frozenset[str]
    check: Callable[[Mapping[str, Any], Collection[str]], None]
    read: Callable[["Construction", Match, Span, Context, ModuleType], Iterator[Candidate]]


@dataclass(frozen=True)
class Construction:
    """One pattern line: the rule name its facts carry, its compiled pattern, its handler and that handler's keys,
    and where it was written."""

    rule: str
    pattern: DependencyPattern
    handler: Handler
    settings: Mapping[str, Any]
    where: str


def _require_node(settings: Mapping[str, Any], key: str, nodes: Collection[str], required: bool = True) -> None:
    value = settings.get(key)
    if value is None and not required:
        return
    if value not in nodes:
        raise ValueError(f"{key} must name a node of the pattern ({', '.join(sorted(nodes))}), not {value!r}")


def _check_fact(settings: Mapping[str, Any], nodes: Collection[str]) -> None:
    for key in ("subject", "object"):
        _require_node(settings, key, nodes)
    for key in ("negated", "lemma"):
        _require_node(settings, key, nodes, required=False)
    if settings.get("property") not in property_labels():
        raise ValueError(f"property {settings.get('property')!r} is not declared in kg.ttl")
    for node, name in settings.get("expand", {}).items():
        if node not in nodes or name not in EXPANDERS:
            raise ValueError(f"expand {node!r}: {name!r}: the node must be in the pattern and the expander one of "
                             f"{', '.join(sorted(EXPANDERS))}")
    for node, left_out in settings.get("leave_out", {}).items():
        if node not in nodes or not set(left_out) <= set(nodes):
            raise ValueError(f"leave_out {node!r}: {left_out!r} must name nodes of the pattern")
    confidence = settings.get("confidence", 0.5)
    if not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
        raise ValueError(f"confidence must be a number in (0, 1], not {confidence!r}")


def _tokens(construction: Construction, match: Match, slot: str, grammar: ModuleType) -> list[Token]:
    node = construction.settings[slot]
    return EXPANDERS[construction.settings.get("expand", {}).get(node, "self")](match[node], grammar)


def _read_fact(construction: Construction, match: Match, sentence: Span, context: Context,
               grammar: ModuleType) -> Iterator[Candidate]:
    """One property from every subject token to every object token of the match."""
    settings = construction.settings
    relation = fixed_relation(settings["property"])
    negated = "negated" in settings and grammar.is_negated(match[settings["negated"]])
    lemma = match[settings["lemma"]].lemma_ if "lemma" in settings else ""
    leave_out = settings.get("leave_out", {})
    subject_out = tuple(match[n] for n in leave_out.get(settings["subject"], ()))
    object_out = tuple(match[n] for n in leave_out.get(settings["object"], ()))
    for subject in _tokens(construction, match, "subject", grammar):
        for obj in _tokens(construction, match, "object", grammar):
            yield Candidate(mention(subject, context, leave_out=subject_out), relation,
                            mention(obj, context, leave_out=object_out), context.evidence(sentence),
                            construction.rule, lemma, negated=negated,
                            confidence=settings.get("confidence", 0.5))


HANDLERS: dict[str, Handler] = {
    "fact": Handler("fact", frozenset({"subject", "object", "property", "expand", "leave_out", "negated", "lemma",
                                       "confidence"}), _check_fact, _read_fact),
}
