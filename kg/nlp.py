"""Loading spaCy pipelines (once per process) and parsing Documents paragraph by paragraph.

Articles mix headlines without final punctuation with body text; parsed as one stream, spaCy glues a headline to the
next sentence. So each block of the text (`blocks`: paragraphs, lines that end a sentence, the headline) is parsed on
its own, and offsets are shifted back to the document text.
"""

import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .blocks import blocks
from .errors import ModelMissing, UnsupportedLanguage
from .lang import LANGUAGES
from .model import Document
from .settings import Settings

_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«\"])")


@dataclass(frozen=True)
class Paragraph:
    """A parsed paragraph and where it starts in its document's text."""

    document: Document
    offset: int
    doc: Doc


@cache
def load_pipeline(lang: str, candidates: tuple[str, ...]) -> Language:
    """Load the first installed pipeline of `candidates`, with a sentencizer before the parser and kg's repairs of
    the parse after it (`LanguageDefaults.adapt`, kg/headlines.py)."""
    for name in candidates:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        nlp = spacy.load(name)
        if "parser" in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", before="parser")
            nlp.add_pipe(OPENING_QUOTES, after="sentencizer")
        if lang in LANGUAGES:
            LANGUAGES[lang].adapt(nlp)
        if "parser" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
            from .headlines import VERBLESS  # (it reads the extraction's labels, which import us)

            if lang in LANGUAGES:
                nlp.add_pipe(VERBLESS, last=True, config={"lang": lang})
        return nlp
    packages = " or ".join(name.replace("_", "-") for name in candidates)
    raise ModelMissing(f"no spaCy pipeline for {lang!r} is installed: pip install {packages}")


OPENING_QUOTES = "kg_opening_quotes"
#: quotation marks that open a quotation when written before a word with a space before them (`. "Je`, `. « Je`)
_OPENING_MARKS = frozenset({'"', "«", "“"})


@Language.component(OPENING_QUOTES)
def _opening_quotes(doc: Doc) -> Doc:
    """Start a sentence at the quotation mark that opens it: the sentencizer keeps a mark after a full stop with the
    sentence before (`Il est parti. "Je reste", a-t-il dit.`), which then loses its quotation."""
    for token in doc[2:]:
        mark = doc[token.i - 1]
        if token.is_sent_start and mark.text in _OPENING_MARKS and (not mark.whitespace_ or mark.text == "«") and \
                doc[mark.i - 1].whitespace_ and not doc[mark.i - 1].is_sent_start:
            mark.is_sent_start, token.is_sent_start = True, False
    return doc


def pipeline_for(lang: str, settings: Settings) -> Language:
    """The pipeline for a language code, or UnsupportedLanguage listing the ones kg knows."""
    if lang not in settings.models:
        raise UnsupportedLanguage(f"no pipeline for language {lang!r}; supported: {', '.join(settings.models)}")
    return load_pipeline(lang, settings.models[lang])


def paragraphs(document: Document, max_chars: int) -> Iterator[tuple[int, str]]:
    """(offset, text) of each block of the body (see `blocks`), an over-long one cut at sentence ends."""
    for start, text in blocks(document.text, document.body_start):
        while len(text) > max_chars:  # cut over-long paragraphs at a sentence end, else hard
            cut = max((m.end() for m in _SENTENCE_END.finditer(text, 0, max_chars)), default=max_chars)
            yield start, text[:cut]
            start, text = start + cut, text[cut:]
        yield start, text


def parse(documents: Iterable[Document], nlp: Language, settings: Settings) -> Iterator[Paragraph]:
    """Parse the paragraphs of `documents` with `nlp`, in document order."""
    items = ((text, (document, offset)) for document in documents
             for offset, text in paragraphs(document, settings.max_paragraph_chars))
    for doc, (document, offset) in nlp.pipe(items, as_tuples=True, batch_size=settings.batch_size,
                                            n_process=settings.n_process):
        yield Paragraph(document, offset, doc)
