"""Everything kg knows about each language, one folder a language (`kg/lang/<code>/`): model names, word lists
(`words.toml`, by the names of `words.py`), constructions (`patterns.jsonl`), and the modules of its grammar adapter
and remaining Python rules. `LANGUAGES` is the one table that detection, settings, the parser and extraction read.
"""

from functools import cache

from .defaults import LanguageDefaults
from .en import ENGLISH
from .fr import FRENCH

#: every language kg reads, by code; the first is the default for text of unknown language
LANGUAGES: dict[str, LanguageDefaults] = {FRENCH.code: FRENCH, ENGLISH.code: ENGLISH}


@cache
def every_languages_words(name: str) -> frozenset[str]:
    """One word list of every language together (`LEADING_DETERMINERS`, `COMPANY_DESIGNATORS`…), for what reads
    names and labels whatever language they were written in: a French text names `Acme Inc`, an English one `la
    Banque de France`."""
    return frozenset().union(*(getattr(language.words, name) for language in LANGUAGES.values()))


__all__ = ["LANGUAGES", "LanguageDefaults", "every_languages_words"]
