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
    the parse after it (kg/repairs.py, kg/headlines.py)."""
    for name in candidates:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        nlp = spacy.load(name)
        if "parser" in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", before="parser")
            nlp.add_pipe(OPENING_QUOTES, after="sentencizer")
        if lang == "fr":
            _keep_hyphenated_words(nlp)
            if "lemmatizer" in nlp.pipe_names:
                nlp.add_pipe(FRENCH_VERB_LEMMAS, after="lemmatizer")
            if "parser" in nlp.pipe_names:
                from .repairs import FRENCH_REPAIRS  # (it reads the extraction's labels, which import us)

                nlp.add_pipe(FRENCH_REPAIRS, after="parser")
        if "parser" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
            from .headlines import VERBLESS, WORDS  # (it reads the extraction's labels and words, which import us)

            if lang in WORDS:
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


FRENCH_VERB_LEMMAS = "kg_french_verb_lemmas"
#: infinitive endings: a French verb lemma without one is the lemmatizer giving up on a form it does not know
_INFINITIVE = re.compile(r"(?:er|ir|ïr|re)$")
#: endings of present-tense forms of `-er` verbs, the ones the lookup lemmatizer misses most (`reproche`)
_PRESENT_ER = re.compile(r"(?:e|es|ent)$")


#: past participles of verbs conjugated with `être` that the tagger calls adjectives (`il est mort à Paris`)
_ETRE_PARTICIPLES = {"mort": "mourir", "décédé": "décéder", "né": "naître"}


@Language.component(FRENCH_VERB_LEMMAS)
def _french_verb_lemmas(doc: Doc) -> Doc:
    """Give a verb whose lemma is no infinitive the `-er` infinitive of its present form (`reproche` ->
    `reprocher`): most French verbs are `-er` verbs, and a lexicon looks verbs up by lemma. A past participle
    taken for an adjective after `être` (`est mort`, `est née`) is that verb in the perfect."""
    from .extract import labels as L  # (the extraction package imports this module)

    for token in doc:
        if token.pos_ == "VERB" and not _INFINITIVE.search(token.lemma_) and _PRESENT_ER.search(token.lower_):
            token.lemma_ = _PRESENT_ER.sub("er", token.lower_)
        verb = _ETRE_PARTICIPLES.get(token.lemma_.lower()) if token.pos_ == "ADJ" else None
        copulas = [c for c in token.children if c.dep_ in L.COPULAS | L.AUXILIARIES and c.lemma_ == "être"]
        if verb is not None and copulas:
            token.pos_, token.lemma_ = "VERB", verb
            for copula in copulas:
                copula.dep_ = "aux:tense"
    return doc


#: a word joined by hyphens, all lower-case (`start-up`, `week-end`) or capitalised at both ends (`Royaume-Uni`,
#: `Rolls-Royce`, `Aix-en-Provence`), but not `Au-delà`: a sentence's first word is capitalised whatever it is
_HYPHENATED = re.compile(r"[^\W\d_A-ZÀ-Þ][^\W\d_]*(?:-[^\W\d_]+)+|[A-ZÀ-Þ][^\W\d_]*(?:-[^\W\d_]+)*-[A-ZÀ-Þ][^\W\d_]*")
#: what ends a verb with an inverted pronoun (`dit-il`, `a-t-elle`, `donne-le`) or a demonstrative (`celle-là`)
_CLITICS = frozenset({"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "t", "y", "en", "le", "la",
                      "les", "lui", "leur", "moi", "toi", "ci", "là"})


def _keep_hyphenated_words(nlp: Language) -> None:
    """Keep French hyphenated words whole, as the treebanks the model learnt from write them.

    spaCy's French tokenizer keeps only the hyphenated words of its exception list, so a common loan word such as
    `start-up` reaches the tagger as three tokens and throws the parse of the whole sentence off.
    """
    default = nlp.tokenizer.token_match

    def token_match(text: str) -> bool:
        if default is not None and default(text):
            return True
        if not _HYPHENATED.fullmatch(text):
            return False
        last = text.rsplit("-", 1)[1]  # (a place's inner `de`, `la` are no clitics: `Cité-de-la-Santé`)
        return last[:1].isupper() or not _CLITICS.intersection(text.lower().split("-")[1:])

    nlp.tokenizer.token_match = token_match


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
