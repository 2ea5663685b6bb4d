"""Text normalisation shared by entity resolution and IRI minting."""

import re
import unicodedata

from .lang import every_languages_words

#: determiners a label may open with, in every language kg reads (`kg/lang/<code>/words.toml`)
LEADING_DETERMINERS = every_languages_words("LEADING_DETERMINERS")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form without leading determiners: `L’Élysée` -> `elysee`."""
    words = re.sub(r"[\W_]+", " ", strip_accents(text).lower()).split()
    while len(words) > 1 and words[0] in LEADING_DETERMINERS:
        words = words[1:]
    return " ".join(words)


def clean_label(text: str) -> str:
    """A display label: whitespace collapsed, leading elided determiners (`l’`, `d’`) removed."""
    text = " ".join(text.split())
    return re.sub(r"^(?:[lLdD]['’]\s*)", "", text)
