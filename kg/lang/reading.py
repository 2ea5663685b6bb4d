"""How a language reads a sentence, from `<code>/rules.toml`: which rules run in which order, what resolves
references, which rules make members of groups.

A rule is named either as a construction of the language's `patterns.jsonl` (`fr.copula`) or, for a reading still
written in Python, as `module:function` (a function of a sentence, its context and the lexicon). Constructions the
file does not name run after the named rules, in the order of their pattern file, so a construction can be added
as a pattern line alone. A language without the file is read by its constructions alone.
"""

from dataclasses import dataclass
from pathlib import Path

from ..errors import LexiconError
from .words import read_toml


@dataclass(frozen=True)
class ReadingOrder:
    """A language's rules in the order they read a sentence, and the module of its reference rules."""

    #: rule names: a construction's `rule`, or `module:function` for a rule written in Python
    rules: tuple[str, ...] = ()
    #: module whose `resolve_references` and `note_sentence` run before and after the rules read a sentence
    references: str = ""
    #: rules whose facts say that something belongs to a group, so the group's facts hold for it too
    membership: frozenset[str] = frozenset()


_KEYS = {"rules": list, "references": str, "membership": list}


def load_reading_order(path: Path) -> ReadingOrder:
    """The reading order in `path`, checked: known keys only, names as strings (errors name the file)."""
    if not path.exists():
        return ReadingOrder()
    _, table = read_toml(path)
    for key, value in table.items():
        if key not in _KEYS:
            raise LexiconError(f"{path}: unknown key {key!r}; expected one of {', '.join(_KEYS)}")
        if not isinstance(value, _KEYS[key]) or (isinstance(value, list) and
                                                 not all(isinstance(name, str) for name in value)):
            raise LexiconError(f"{path}: {key!r} must be {'a list of strings' if _KEYS[key] is list else 'a string'}")
    return ReadingOrder(tuple(table.get("rules", ())), table.get("references", ""),
                        frozenset(table.get("membership", ())))
