"""Per-document language detection from function words.

News text is long enough that the share of each language's own stop words (spaCy's lists, none shared with another
language of `kg.lang.LANGUAGES`) separates the languages reliably, with no model to load. Returns None when no
language is clearly ahead.
"""

import re
from functools import cache

from .lang import LANGUAGES

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
#: how far the most frequent language must be ahead of the next one
_LEAD = 1.5


@cache
def _own_stop_words() -> dict[str, frozenset[str]]:
    """Each language's stop words that no other language has."""
    return {code: language.stop_words.difference(*(other.stop_words for other_code, other in LANGUAGES.items()
                                                   if other_code != code))
            for code, language in LANGUAGES.items()}


def detect_language(text: str, sample_chars: int = 20_000) -> str | None:
    """The code of the language of `text` (first `sample_chars` characters), or None."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    words = [w.split("'")[-1].split("’")[-1] for w in words]
    counts = sorted(((sum(w in own for w in words), code) for code, own in _own_stop_words().items()), reverse=True)
    (first, code), second = counts[0], counts[1][0] if len(counts) > 1 else 0
    if first + second < 2 or first < _LEAD * second:
        return None
    return code
