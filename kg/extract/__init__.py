"""Extraction: dependency rules per language turn a document's parsed paragraphs into `Candidate` facts.

Each language module gives `RULES` (name -> rule over one sentence) and `resolve_references` (which points
pronouns and definite descriptions at earlier entities before the rules read a sentence).
"""

from ..errors import UnsupportedLanguage
from ..model import Candidate
from ..nlp import Paragraph
from ..ontology import Lexicon
from . import fr
from .common import Context, collect_names, mark_common_nouns
from .discourse import Discourse

LANGUAGES = {fr.LANG: fr}
RULES_BY_LANGUAGE = {code: module.RULES for code, module in LANGUAGES.items()}


def extract_document(paragraphs: list[Paragraph], lang: str, lexicon: Lexicon) -> list[Candidate]:
    """Every candidate fact the rules of `lang` find in one document's parsed paragraphs, in reading order."""
    module = LANGUAGES.get(lang)
    if module is None:
        raise UnsupportedLanguage(f"no extraction rules for {lang!r} yet; supported: {', '.join(LANGUAGES)}")
    discourse = Discourse()
    contexts = [Context(p.document.id, p.offset, lexicon.nouns(lang), lexicon.demonyms(lang),
                        lexicon.anaphors(lang), discourse, lexicon.nominals(lang)) for p in paragraphs]
    for paragraph, context in zip(paragraphs, contexts, strict=True):
        mark_common_nouns(paragraph.doc, context.noun_kinds)
        collect_names(paragraph.doc, context)
    candidates: list[Candidate] = []
    for paragraph, context in zip(paragraphs, contexts, strict=True):
        for sentence in paragraph.doc.sents:
            module.resolve_references(sentence, context)
            for rule in module.RULES.values():
                candidates += rule(sentence, context, lexicon)
    return candidates
