"""Parses kept as plain data, and rebuilt into spaCy Docs without a model.

Rule tests read recorded parses (`tests/extract/cases/<lang>.jsonl`, made by `scripts/record_cases.py`) so they run
in seconds and do not change when the model does: the Doc is built by hand from the recorded words, heads, labels,
parts of speech, lemmas, morphology, entities and sentence starts, as spaCy's own matcher tests build theirs.
"""

from functools import cache
from typing import Any

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .model import Document
from .nlp import Paragraph

#: what one token is recorded as, in this order
TOKEN_FIELDS = ("text", "space", "lemma", "pos", "tag", "dep", "head", "morph", "entity", "sent_start")


def record_doc(doc: Doc) -> list[list[Any]]:
    """One list a token (`TOKEN_FIELDS`): heads as offsets from the token, entities as IOB tags (`B-ORG`)."""
    return [[t.text, t.whitespace_, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i - t.i, str(t.morph),
             f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else (t.ent_iob_ or "O"), bool(t.is_sent_start)]
            for t in doc]


@cache
def vocab_for(lang: str) -> Vocab:
    """A blank pipeline's vocabulary: the language's lexical attributes (`like_num`, stop words), no model."""
    return spacy.blank(lang).vocab


def rebuild_doc(tokens: list[list[Any]], lang: str) -> Doc:
    """The Doc `record_doc` recorded."""
    rows = [dict(zip(TOKEN_FIELDS, token, strict=True)) for token in tokens]
    return Doc(vocab_for(lang), words=[r["text"] for r in rows], spaces=[bool(r["space"]) for r in rows],
               lemmas=[r["lemma"] for r in rows], pos=[r["pos"] for r in rows], tags=[r["tag"] for r in rows],
               deps=[r["dep"] for r in rows], heads=[i + r["head"] for i, r in enumerate(rows)],
               morphs=[r["morph"] for r in rows], ents=[r["entity"] for r in rows],
               sent_starts=[r["sent_start"] for r in rows])


def rebuild_paragraphs(document: Document, recorded: list[dict[str, Any]]) -> list[Paragraph]:
    """A document's paragraphs from their records (`{"offset": …, "tokens": […]}`)."""
    return [Paragraph(document, p["offset"], rebuild_doc(p["tokens"], document.lang or "fr")) for p in recorded]
