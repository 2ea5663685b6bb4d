"""Dependency patterns in spaCy's `DependencyMatcher` syntax, matched by an interpreter indexed on each pattern's
anchor.

Why not spaCy's `DependencyMatcher` itself: it runs every node of every pattern over every token, which measured
0.3 µs a token for each pattern on this machine (60 patterns cost a quarter of the parse). kg's patterns are
anchored on a word list or a part of speech, so an index on the anchor's attribute visits only the tokens that can
start a match. The syntax is spaCy's, and so are its checks: `check_with_spacy` hands a pattern to a
`DependencyMatcher` with validation on, and the tests compare both matchers on every recorded case.
"""

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from .context import children_of, doc_tokens


class PatternSyntaxError(ValueError):
    """A pattern kg cannot read; the message names what to change."""


#: token attributes a node may test, as spaCy's token patterns name them
ATTRIBUTES: dict[str, Callable[[Token], Any]] = {
    "ORTH": attrgetter("text"), "TEXT": attrgetter("text"), "LOWER": attrgetter("lower_"), "NORM": attrgetter("norm_"),
    "LEMMA": attrgetter("lemma_"), "POS": attrgetter("pos_"), "TAG": attrgetter("tag_"), "DEP": attrgetter("dep_"),
    "ENT_TYPE": attrgetter("ent_type_"), "ENT_IOB": attrgetter("ent_iob_"), "SHAPE": attrgetter("shape_"),
    "LENGTH": len, "IS_SENT_START": lambda t: bool(t.is_sent_start), "LIKE_NUM": attrgetter("like_num"),
    "IS_PUNCT": attrgetter("is_punct"), "IS_DIGIT": attrgetter("is_digit"), "IS_TITLE": attrgetter("is_title"),
    "IS_UPPER": attrgetter("is_upper"), "IS_LOWER": attrgetter("is_lower"), "IS_ALPHA": attrgetter("is_alpha"),
}
#: attributes an anchor can be looked up by, most selective first
_INDEXED = ("LOWER", "LEMMA", "ORTH", "TEXT", "DEP", "POS")


def _every(tests: Sequence[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    """One test that passes where all of `tests` pass, in as few calls as may be: patterns are tested millions of
    times on a corpus."""
    if not tests:
        return lambda seen: True
    if len(tests) == 1:
        return tests[0]
    first, rest = tests[0], _every(tests[1:])
    return lambda seen: first(seen) and rest(seen)


def _value_test(attribute: str, value: Any) -> Callable[[Any], bool]:
    """A test of one attribute's value: equal to a value, or one of spaCy's set and pattern operators."""
    if not isinstance(value, dict):
        return lambda seen: seen == value
    tests: list[Callable[[Any], bool]] = []
    for operator, operand in value.items():
        if operator == "IN":
            tests.append(frozenset(operand).__contains__)
        elif operator == "NOT_IN":
            members = frozenset(operand)
            tests.append(lambda seen, members=members: seen not in members)
        elif operator == "REGEX":
            regex = re.compile(operand)
            tests.append(lambda seen, regex=regex: bool(regex.search(str(seen))))
        elif operator in ("IS_SUPERSET", "INTERSECTS") and attribute == "MORPH":
            wanted = frozenset(operand)
            tests.append((lambda seen, w=wanted: w <= seen) if operator == "IS_SUPERSET" else
                         (lambda seen, w=wanted: bool(w & seen)))
        elif operator == "==":
            tests.append(lambda seen, operand=operand: seen == operand)
        elif operator == "!=":
            tests.append(lambda seen, operand=operand: seen != operand)
        else:
            raise PatternSyntaxError(f"kg's matcher does not read {attribute} {operator!r}; use IN, NOT_IN, REGEX, "
                                     f"==, != (MORPH also IS_SUPERSET, INTERSECTS)")
    return _every(tests)


def token_test(attributes: Mapping[str, Any]) -> Callable[[Token], bool]:
    """A test of a token against a node's `RIGHT_ATTRS`."""
    tests: list[Callable[[Token], bool]] = []
    for attribute, value in attributes.items():
        if attribute == "_":
            for name, wanted in value.items():
                check = _value_test(name, wanted)
                getter = Token.get_extension(name)[2] if Token.has_extension(name) else None
                if getter is not None:  # (called directly: `t._` makes an object at every test)
                    tests.append(lambda t, getter=getter, check=check: check(getter(t)))
                else:
                    tests.append(lambda t, name=name, check=check: check(getattr(t._, name)))
        elif attribute == "MORPH":
            check, features = _value_test("MORPH", value), isinstance(value, dict)
            tests.append(lambda t, check=check, features=features: check(
                frozenset(str(t.morph).split("|")) - {""} if features else str(t.morph)))
        elif attribute in ATTRIBUTES:
            get, check = ATTRIBUTES[attribute], _value_test(attribute, value)
            tests.append(lambda t, get=get, check=check: check(get(t)))
        else:
            raise PatternSyntaxError(f"unknown token attribute {attribute!r}; kg's matcher reads "
                                     f"{', '.join(sorted(ATTRIBUTES))}, MORPH and _")
    return _every(tests)


def _siblings(token: Token) -> list[Token]:
    """The other children of a token's head; for a root (its own head), its children, as spaCy reads them."""
    return [c for _, c in children_of(token.head) if c.i != token.i]


def _in_tree(tokens: Iterator[Token], sentence: Span) -> list[Token]:
    return [t for t in tokens if sentence.start <= t.i < sentence.end]


#: REL_OP -> the tokens that may stand for the right node, given the left node's token (spaCy's meanings)
RELATIONS: dict[str, Callable[[Token, Span], list[Token]]] = {
    ">": lambda t, s: [c for _, c in children_of(t)],
    "<": lambda t, s: [] if t.head.i == t.i else [t.head],
    ">>": lambda t, s: [d for d in t.subtree if d.i != t.i],
    "<<": lambda t, s: list(t.ancestors),
    ".": lambda t, s: _in_tree((s.doc[i] for i in (t.i + 1,) if i < s.end), s),
    ".*": lambda t, s: _in_tree((s.doc[i] for i in range(t.i + 1, s.end)), s),
    ";": lambda t, s: _in_tree((s.doc[i] for i in (t.i - 1,) if i >= s.start), s),
    ";*": lambda t, s: _in_tree((s.doc[i] for i in range(s.start, t.i)), s),
    "$+": lambda t, s: [c for c in _siblings(t) if c.i == t.i + 1],
    "$-": lambda t, s: [c for c in _siblings(t) if c.i == t.i - 1],
    "$++": lambda t, s: [c for c in _siblings(t) if c.i > t.i],
    "$--": lambda t, s: [c for c in _siblings(t) if c.i < t.i],
    ">+": lambda t, s: [c for _, c in children_of(t) if c.i == t.i + 1],
    ">-": lambda t, s: [c for _, c in children_of(t) if c.i == t.i - 1],
    ">++": lambda t, s: [c for _, c in children_of(t) if c.i > t.i],
    ">--": lambda t, s: [c for _, c in children_of(t) if c.i < t.i],
}


@dataclass(frozen=True)
class Node:
    """One node of a pattern: its name, its test, and how it hangs on an earlier node."""

    name: str
    test: Callable[[Token], bool]
    left: str | None = None
    relation: str | None = None


@dataclass(frozen=True)
class DependencyPattern:
    """A compiled pattern: its anchor first, every other node after the node it hangs on."""

    key: str
    nodes: tuple[Node, ...]
    #: the pattern as written (after word lists are filled in), for spaCy's own matcher
    spec: tuple[Mapping[str, Any], ...] = field(compare=False)

    @property
    def anchor(self) -> Mapping[str, Any]:
        return self.spec[0]["RIGHT_ATTRS"]


def compile_pattern(key: str, spec: Sequence[Mapping[str, Any]]) -> DependencyPattern:
    """Check a pattern's shape as spaCy does (first node an anchor; every other node names an earlier one and a
    relation) and compile its tests."""
    if not isinstance(spec, list) or not spec or not all(isinstance(n, dict) for n in spec):
        raise PatternSyntaxError("a pattern is a non-empty list of nodes ({RIGHT_ID, RIGHT_ATTRS, …})")
    nodes: list[Node] = []
    for position, node in enumerate(spec):
        name, attributes = node.get("RIGHT_ID"), node.get("RIGHT_ATTRS", {})
        if not isinstance(name, str) or any(n.name == name for n in nodes):
            raise PatternSyntaxError(f"node {position}: RIGHT_ID must be a new name, got {name!r}")
        unknown = set(node) - {"RIGHT_ID", "RIGHT_ATTRS", "LEFT_ID", "REL_OP"}
        if unknown:
            raise PatternSyntaxError(f"node {name!r}: unknown keys {sorted(unknown)}")
        if position == 0:
            if "LEFT_ID" in node or "REL_OP" in node:
                raise PatternSyntaxError(f"the anchor {name!r} hangs on nothing: no LEFT_ID or REL_OP")
            nodes.append(Node(name, token_test(attributes)))
            continue
        left, relation = node.get("LEFT_ID"), node.get("REL_OP")
        if left not in {n.name for n in nodes}:
            raise PatternSyntaxError(f"node {name!r}: LEFT_ID {left!r} is not an earlier node")
        if relation not in RELATIONS:
            raise PatternSyntaxError(f"node {name!r}: REL_OP {relation!r} is not one of {' '.join(RELATIONS)}")
        nodes.append(Node(name, token_test(attributes), left, relation))
    return DependencyPattern(key, tuple(nodes), tuple(spec))


def check_with_spacy(pattern: DependencyPattern, vocab: Vocab | None = None) -> DependencyMatcher:
    """spaCy's own matcher holding `pattern` (validated as spaCy validates it): the reference kg's interpreter is
    tested against."""
    matcher = DependencyMatcher(vocab or Vocab(), validate=True)
    matcher.add(pattern.key, [list(pattern.spec)])
    return matcher


Match = dict[str, Token]


class PatternIndex:
    """Patterns filed by their anchor's most selective attribute, so a sentence is read once for all of them."""

    def __init__(self, patterns: Sequence[DependencyPattern]) -> None:
        self.patterns = tuple(patterns)
        self._order = {id(p): i for i, p in enumerate(self.patterns)}
        self._by_value: dict[str, dict[str, list[DependencyPattern]]] = {a: {} for a in _INDEXED}
        self._unindexed: list[DependencyPattern] = []
        for pattern in self.patterns:
            attribute = next((a for a in _INDEXED if _lookup_values(pattern.anchor.get(a)) is not None), None)
            if attribute is None:
                self._unindexed.append(pattern)
                continue
            for value in _lookup_values(pattern.anchor[attribute]):
                self._by_value[attribute].setdefault(value, []).append(pattern)
        self._getters = [(ATTRIBUTES[a], index) for a, index in self._by_value.items() if index]

    def matches(self, sentence: Span) -> Iterator[tuple[DependencyPattern, Match]]:
        """Every (pattern, node name -> token) match in `sentence`, anchors in reading order."""
        tokens = doc_tokens(sentence.doc)[sentence.start:sentence.end]
        for token in tokens:
            candidates = list(self._unindexed)
            for get, index in self._getters:
                candidates += index.get(get(token), ())
            for pattern in sorted(candidates, key=lambda p: self._order[id(p)]) if len(candidates) > 1 else candidates:
                if pattern.nodes[0].test(token):
                    for match in _extend(pattern.nodes, 1, {pattern.nodes[0].name: token}, sentence):
                        yield pattern, match


def _lookup_values(value: Any) -> list[Any] | None:
    """The values an anchor attribute can be looked up by: one value, or an IN list; None if it cannot."""
    if isinstance(value, (str, int, bool)):
        return [value]
    if isinstance(value, dict) and "IN" in value:
        return list(value["IN"])
    return None


def _extend(nodes: tuple[Node, ...], position: int, match: Match, sentence: Span) -> Iterator[Match]:
    if position == len(nodes):
        yield dict(match)
        return
    node = nodes[position]
    for token in RELATIONS[node.relation](match[node.left], sentence):
        if node.test(token):
            match[node.name] = token
            yield from _extend(nodes, position + 1, match, sentence)
            del match[node.name]
