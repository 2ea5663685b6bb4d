"""Constructions as data: one line of a language's `patterns.jsonl` is one construction variant.

A line holds a dependency pattern in spaCy's `DependencyMatcher` syntax and kg's keys: the `rule` its facts carry,
the `handler` that turns a match into facts (by default `fact`: one property between two nodes) and that handler's
keys (which node is the subject, the object, what expands them, the confidence). Inside `IN` / `NOT_IN` lists,
`$NAME` stands for the words of the language's list NAME and `@NAME` for the dependency labels of `labels.NAME`,
so patterns hold no word list or label set of their own. A malformed line fails at load with its file and line.
"""

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from spacy.tokens import Span

from ..errors import PatternError
from ..lang.words import WordLists
from ..model import Candidate
from ..ontology import Lexicon
from . import labels as L
from .context import Context, Rule
from .handlers import HANDLERS, Construction
from .matcher import DependencyPattern, PatternIndex, PatternSyntaxError, compile_pattern

_KEYS = frozenset({"rule", "pattern", "handler", "note"})


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
    settings = {k: v for k, v in row.items() if k in handler.keys}
    try:
        handler.check(settings, {node.name for node in pattern.nodes})
    except ValueError as error:
        raise PatternError(f"{where}: {error}") from None
    return Construction(row["rule"], pattern, handler, settings, where)


def load_constructions(path: Path, words: WordLists) -> list[Construction]:
    """Every construction in a patterns file (blank lines and lines starting with `//` are skipped)."""
    constructions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            constructions.append(read_construction(line, words, f"{path}:{number}"))
    return constructions


@dataclass(frozen=True)
class Constructions:
    """A language's constructions and the grammar adapter their handlers and expanders ask."""

    constructions: Sequence[Construction]
    grammar: ModuleType

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_pattern", {id(c.pattern): c for c in self.constructions})

    def rule(self, name: str) -> Rule:
        """The constructions of one rule, read as a rule over a sentence (so they keep their place among the
        language's rules)."""
        chosen = [c for c in self.constructions if c.rule == name]
        index = PatternIndex([c.pattern for c in chosen])
        by_pattern: Mapping[int, Construction] = self._by_pattern  # type: ignore[attr-defined]

        def read(sentence: Span, context: Context, lexicon: Lexicon) -> Iterator[Candidate]:
            for pattern, match in index.matches(sentence):
                construction = by_pattern[id(pattern)]
                yield from construction.handler.read(construction, match, sentence, context, self.grammar)
        return read

    def rule_names(self) -> list[str]:
        return list(dict.fromkeys(c.rule for c in self.constructions))

    def patterns(self) -> list[DependencyPattern]:
        return [c.pattern for c in self.constructions]
