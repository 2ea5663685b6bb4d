"""Everything kg knows about each language, one folder a language (`kg/lang/<code>/`): model names, word lists
(`words.toml`, by the names of `words.py`), constructions (`patterns.jsonl`), and the modules of its grammar adapter
and remaining Python rules. `LANGUAGES` is the one table that detection, settings, the parser and extraction read.
"""

from functools import cache
from pathlib import Path

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


#: given names and the gender they say, whatever the text's language (`scripts/refresh_given_names.py` makes it)
GIVEN_NAMES = Path(__file__).parent / "names" / "given_names.tsv"


@cache
def given_name_genders() -> dict[str, str]:
    """Given name in lower case, without accents -> the gender it says (`Masc`, `Fem`): an English text says no
    name's gender, and a French tagger only guesses it, but `she` must find Jane Doe, not Tom Hale."""
    rows = (line.split("\t") for line in GIVEN_NAMES.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {name: gender for name, gender in rows}


#: news agencies whose credit makes a paragraph's opening a dateline (`PARIS (Reuters) -`)
NEWS_AGENCIES = Path(__file__).parent / "names" / "news_agencies.txt"


@cache
def news_agencies() -> frozenset[str]:
    """News agencies' credits in lower case: what a wire dateline gives in brackets."""
    return frozenset(line.strip().lower() for line in NEWS_AGENCIES.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


__all__ = ["GIVEN_NAMES", "LANGUAGES", "NEWS_AGENCIES", "LanguageDefaults", "every_languages_words",
           "given_name_genders", "news_agencies"]
