"""What kg needs to know of a language, in one record (`LanguageDefaults`), as spaCy keeps a `FrenchDefaults`."""

import importlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from .reading import ReadingOrder, load_reading_order
from .words import WordLists, load_words

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class LanguageDefaults:
    """A language: its code, the spaCy pipelines that parse it, the stop words that detect it, and its folder of data
    (`words.toml`, `patterns.jsonl`, `rules.toml`); the grammar adapter is named by module so that reading this
    table loads none."""

    code: str
    #: spaCy pipelines to parse it, the first installed one wins
    models: tuple[str, ...]
    #: module whose STOP_WORDS tell a text is in this language (loaded when first needed: spaCy's language packages
    #: take seconds to import, which `kg query` should not pay)
    stop_words_from: str
    folder: Path
    #: module of the grammar adapter: how this language finds a prepositional object, a subject, negation
    grammar: str
    #: `module:function` that adapts a loaded pipeline to the language (tokenizer hooks, lemma fixes, repairs)
    adapt_pipeline: str = ""

    @cached_property
    def words(self) -> WordLists:
        return load_words(self.folder / "words.toml")

    @cached_property
    def stop_words(self) -> frozenset[str]:
        """Function words that tell a text is in this language (`kg.language.detect_language`)."""
        return frozenset(importlib.import_module(self.stop_words_from).STOP_WORDS)

    @property
    def patterns(self) -> Path:
        return self.folder / "patterns.jsonl"

    def grammar_module(self) -> ModuleType:
        return importlib.import_module(self.grammar)

    @cached_property
    def reading(self) -> ReadingOrder:
        """Which rules read a sentence in which order (`rules.toml`; none: the constructions alone)."""
        return load_reading_order(self.folder / "rules.toml")

    def adapt(self, nlp: "Language") -> None:
        """Add the language's hooks and components to a pipeline just loaded for it."""
        if self.adapt_pipeline:
            module, function = self.adapt_pipeline.split(":")
            getattr(importlib.import_module(module), function)(nlp)
