"""Extraction: dependency rules per language turn parsed paragraphs into `Candidate` facts."""

from collections.abc import Iterator

from ..errors import UnsupportedLanguage
from ..model import Candidate
from ..nlp import Paragraph
from ..ontology import Lexicon
from . import fr
from .common import Context, mark_common_nouns

RULES_BY_LANGUAGE = {fr.LANG: fr.RULES}


def extract(paragraph: Paragraph, lang: str, lexicon: Lexicon) -> Iterator[Candidate]:
    """Every candidate fact the rules of `lang` find in one parsed paragraph."""
    rules = RULES_BY_LANGUAGE.get(lang)
    if rules is None:
        raise UnsupportedLanguage(f"no extraction rules for {lang!r} yet; supported: {', '.join(RULES_BY_LANGUAGE)}")
    context = Context(paragraph.document.id, paragraph.offset, lexicon.nouns(lang), lexicon.demonyms(lang))
    mark_common_nouns(paragraph.doc, context.noun_kinds)
    for sentence in paragraph.doc.sents:
        for rule in rules.values():
            yield from rule(sentence, context, lexicon)
