"""Constructions as data: one line of a language's `patterns.jsonl` is one construction variant.

A line holds a dependency pattern in spaCy's `DependencyMatcher` syntax and kg's keys: the `rule` its facts carry,
the `handler` that turns the rule's matches into facts (by default `fact`: one property between two slots) and that
handler's keys (which slot is the subject, the object, what expands and checks them, the confidence). The lines of
one rule are read together: each fills slots (its node names) for its anchor token, and a key set on several lines
must agree. A rule whose facts come from two joins (a copula's subject described by its attribute, a named attribute
describing its subject) is written in `part`s, each joined on its own. Inside `IN` / `NOT_IN` lists,
`$NAME` stands for the words of the language's list NAME and `@NAME` for the dependency labels of `labels.NAME`,
so patterns hold no word list or label set of their own. A malformed line fails at load with its file and line.
"""

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from spacy.tokens import Span, Token

from ..errors import PatternError
from ..lang.words import WordLists
from ..model import Candidate
from ..ontology import Lexicon
from . import labels as L
from .context import Context, Rule
from .handlers import ANCHOR, HANDLERS, Construction, ConstructionRule
from .matcher import PatternIndex, PatternSyntaxError, compile_pattern

_KEYS = frozenset({"rule", "part", "pattern", "handler", "note"})


def _expand(values: Any, words: WordLists, where: str) -> Any:
    """`["$BLAME_VERBS", "@OBJECTS", "x"]` -> the list's words, the label set's labels and `x`."""
    expanded: list[Any] = []
    for value in values:
        if isinstance(value, str) and value[:1] in "$@" and len(value) > 1:
            source, kind = (words, "word list (kg/lang/words.py)") if value[0] == "$" else (
                L, "label set (kg/extract/labels.py)")
            found = getattr(source, value[1:], None)
            if not isinstance(found, (frozenset, set, dict, tuple)):
                raise PatternError(f"{where}: {value!r} names no {kind}")
            expanded += sorted(found)
        else:
            expanded.append(value)
    return expanded


def _fill_lists(node: Any, words: WordLists, where: str) -> Any:
    """The pattern with every `$NAME` / `@NAME` inside an IN or NOT_IN list replaced by its members."""
    if isinstance(node, dict):
        return {k: _expand(v, words, where) if k in ("IN", "NOT_IN") and isinstance(v, list)
                else _fill_lists(v, words, where) for k, v in node.items()}
    if isinstance(node, list):
        return [_fill_lists(v, words, where) for v in node]
    return node


def read_construction(line: str, words: WordLists, where: str) -> Construction:
    """One construction from one line of JSON; `where` (file:line) opens every error message."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise PatternError(f"{where}: not a JSON object: {error.msg} (column {error.colno})") from None
    if not isinstance(row, dict):
        raise PatternError(f"{where}: a pattern line is a JSON object with rule, pattern and handler keys")
    handler = HANDLERS.get(row.get("handler", "fact"))
    if handler is None:
        raise PatternError(f"{where}: unknown handler {row.get('handler')!r}; known: {', '.join(sorted(HANDLERS))}")
    if not isinstance(row.get("rule"), str) or "pattern" not in row:
        raise PatternError(f"{where}: rule (the name its facts carry) and pattern are required")
    unknown = set(row) - _KEYS - handler.keys
    if unknown:
        raise PatternError(f"{where}: unknown keys {sorted(unknown)}; handler {handler.name!r} reads "
                           f"{', '.join(sorted(handler.keys))}")
    try:
        pattern = compile_pattern(f"{row['rule']}@{where}", _fill_lists(row["pattern"], words, where))
    except PatternSyntaxError as error:
        raise PatternError(f"{where}: {error}") from None
    settings = {k: v for k, v in row.items() if k in handler.keys or k == "handler"}
    part = row.get("part", "")
    if not isinstance(part, str):
        raise PatternError(f"{where}: part must be a name, not {part!r}")
    return Construction(row["rule"], pattern, settings, where, part)


def load_constructions(path: Path, words: WordLists) -> list[Construction]:
    """Every construction in a patterns file (blank lines and lines starting with `//` are skipped)."""
    constructions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            constructions.append(read_construction(line, words, f"{path}:{number}"))
    return constructions


def _merged_rule(name: str, lines: list[Construction]) -> ConstructionRule:
    """The lines of one rule as one rule: their keys merged (a key set twice must agree) and checked against the
    node names of all its lines."""
    settings: dict[str, Any] = {}
    set_at: dict[str, str] = {}
    for line in lines:
        for key, value in line.settings.items():
            if key in settings and settings[key] != value:
                raise PatternError(f"{line.where}: {key} of rule {name!r} was set otherwise at {set_at[key]}")
            settings.setdefault(key, value)
            set_at.setdefault(key, line.where)
    handler = HANDLERS[settings.pop("handler", "fact")]
    nodes = {ANCHOR} | {node.name for line in lines for node in line.pattern.nodes}
    derived = settings.get("derive", {})
    if not isinstance(derived, dict) or not all(slot not in nodes and node in nodes for slot, node in derived.items()):
        raise PatternError(f"{lines[-1].where}: rule {name!r}: derive maps new slot names to nodes of its patterns "
                           f"({', '.join(sorted(nodes))}), not {derived!r}")
    try:
        handler.validate(settings, nodes | derived.keys())
    except ValueError as error:
        raise PatternError(f"{lines[-1].where}: rule {name!r}: {error}") from None
    return ConstructionRule(name, handler, settings, tuple(lines))


class Constructions:
    """A language's construction rules and the grammar adapter their handlers and expanders ask.

    All the rules' patterns are matched in one pass over a sentence (the first rule to read it does it for all, and
    the matches are kept on the Doc for a sentence read again); each rule then reads its own.
    """

    def __init__(self, rules: dict[str, ConstructionRule], grammar: ModuleType) -> None:
        self.rules, self.grammar = rules, grammar
        self._rule_of = {id(c.pattern): key for key, rule in rules.items() for c in rule.constructions}
        self._index = PatternIndex([c.pattern for rule in rules.values() for c in rule.constructions])
        self._key = f"kg_matches_{id(self)}"  # Doc.user_data key: sentence start -> rule -> anchor -> slots

    @classmethod
    def of(cls, constructions: Sequence[Construction], grammar: ModuleType) -> "Constructions":
        by_key: dict[str, list[Construction]] = {}
        for construction in constructions:
            by_key.setdefault(construction.key, []).append(construction)
        return cls({key: _merged_rule(lines[0].rule, lines) for key, lines in by_key.items()}, grammar)

    def _slots(self, sentence: Span) -> dict[str, dict[int, dict[str, list[Token]]]]:
        """Rule -> anchor token index -> slot -> tokens, for every match in the sentence."""
        matched = sentence.doc.user_data.setdefault(self._key, {})
        found = matched.get(sentence.start)
        if found is None:
            found = matched[sentence.start] = {}
            for pattern, match in self._index.matches(sentence):
                anchor = match[pattern.nodes[0].name]
                slots = found.setdefault(self._rule_of[id(pattern)], {}).setdefault(anchor.i, {ANCHOR: [anchor]})
                for node, token in match.items():
                    if token not in slots.setdefault(node, []):
                        slots[node].append(token)
        return found

    def rule(self, name: str) -> Rule:
        """A construction rule read as a rule over a sentence (so it keeps its place among the language's rules):
        the nodes its lines match fill slots by anchor token, and its handler reads each anchor's slots; a rule in
        parts reads them one after the other."""
        parts = [(key, rule) for key, rule in self.rules.items() if rule.name == name]

        def read(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
            found = self._slots(sentence)
            for key, rule in parts:
                for _, slots in sorted(found.get(key, {}).items()):
                    if rule.holds(slots, self.grammar, context):
                        yield from rule.handler.read(rule, slots, sentence, context, self.grammar)
        return read

    def rule_names(self) -> list[str]:
        """The rules' names, each once, in the order their first lines were written."""
        return list(dict.fromkeys(rule.name for rule in self.rules.values()))

    @property
    def constructions(self) -> list[Construction]:
        return [c for rule in self.rules.values() for c in rule.constructions]
