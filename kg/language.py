"""Per-document language detection from function words.

News text is long enough that the share of French and English stop words (spaCy's own lists) separates the two
languages reliably, with no model to load. Returns None when neither language is clearly present.
"""

import re

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_FR_ONLY = frozenset(FR_STOP_WORDS - EN_STOP_WORDS)
_EN_ONLY = frozenset(EN_STOP_WORDS - FR_STOP_WORDS)
SUPPORTED_LANGUAGES = ("fr", "en")


def detect_language(text: str, sample_chars: int = 20_000) -> str | None:
    """Return "fr", "en" or None for the language of `text` (first `sample_chars` characters)."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    words = [w.split("'")[-1].split("’")[-1] for w in words]
    fr = sum(w in _FR_ONLY for w in words)
    en = sum(w in _EN_ONLY for w in words)
    if fr + en < 2:
        return None
    if fr >= 1.5 * en:
        return "fr"
    if en >= 1.5 * fr:
        return "en"
    return None
