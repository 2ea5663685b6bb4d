"""French: `fr_core_news_*` pipelines (Universal Dependencies labels), word lists in `words.toml`, constructions in
`patterns.jsonl`."""

from pathlib import Path

from ..defaults import LanguageDefaults

FRENCH = LanguageDefaults(code="fr", models=("fr_core_news_md", "fr_core_news_sm"),
                          stop_words_from="spacy.lang.fr.stop_words",
                          folder=Path(__file__).resolve().parent, grammar="kg.extract.fr.grammar",
                          adapt_pipeline="kg.lang.fr.pipeline:adapt")
LANG = FRENCH.code
WORDS = FRENCH.words
