"""`build`: read -> parse -> extract -> resolve -> RDF -> store, one document at a time into the store.

A document whose content hash is already stored is skipped, so re-running a build is cheap and idempotent, and a
changed document replaces its old graph atomically.
"""

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import groupby
from pathlib import Path

from . import __version__
from .documents import InputProblem, expand_paths, parse_text, read_documents, with_language
from .errors import InputError
from .extract import extract_document
from .lang import LANGUAGES
from .model import Document, Fact
from .nlp import Paragraph, parse, pipeline_for
from .ontology import Lexicon, default_lexicon, knowledge_digest
from .rdf import document_quads
from .records import entity_count
from .resolve import resolve
from .settings import Settings
from .store import GraphStore
from .workers import DaskWorkers, chunks_of, in_workers

DEFAULT_LANGUAGE = next(iter(LANGUAGES))


@dataclass
class BuildReport:
    """What a build did: counts for the closing summary, and every input problem met on the way."""

    documents: int = 0
    unchanged: int = 0
    sentences: int = 0
    facts: int = 0
    quotations: int = 0
    entities: int = 0
    seconds: float = 0.0
    problems: list[InputProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def content_hash(document: Document) -> str:
    """Identifies a document's content and the kg version and knowledge that read it (an upgrade, or an edited
    lexicon, re-reads everything)."""
    digest = hashlib.sha256(f"kg {__version__}\x1f{knowledge_digest()}\x1f{document.lang}\x1f".encode())
    digest.update(document.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _documents_to_build(documents: Iterable[Document], lang: str | None,
                        report: BuildReport) -> Iterator[tuple[Document, str]]:
    """Each document in the language it is to be read in, with its content hash."""
    for document in documents:
        if lang:
            document = with_language(document, lang)
        elif document.lang is None:
            report.warnings.append(f"{document.source}: language not detected, read as French (use --lang)")
            document = with_language(document, DEFAULT_LANGUAGE)
        yield document, content_hash(document)


def read_text(text: str, lang: str = DEFAULT_LANGUAGE, *, document_id: str = "text",
              settings: Settings | None = None, lexicon: Lexicon | None = None) -> list[Fact]:
    """The facts kg reads in one text, without any store: for trying rules and for tests."""
    settings = settings or Settings()
    document = with_language(parse_text(text, document_id, document_id), lang)
    paragraphs = list(parse([document], pipeline_for(lang, settings), settings))
    return _facts_of(paragraphs, lexicon or default_lexicon())[0] if paragraphs else []


def read_parsed(paragraphs: list[Paragraph], lexicon: Lexicon | None = None, patterns: Sequence[Path] = ()
                ) -> list[Fact]:
    """The facts kg reads in one document's parsed paragraphs (recorded parses, `kg.recorded`, give them without a
    model), with the constructions of `patterns` files added to the language's."""
    return _facts_of(paragraphs, lexicon or default_lexicon(), patterns)[0] if paragraphs else []


def _facts_of(paragraphs: list[Paragraph], lexicon: Lexicon, patterns: Sequence[Path] = ()
              ) -> tuple[list[Fact], int]:
    document = paragraphs[0].document
    reading = extract_document(paragraphs, document.lang, lexicon, patterns)
    sentences = sum(1 for p in paragraphs for _ in p.doc.sents)
    return resolve(reading.candidates, document.text, reading.names), sentences


@dataclass(frozen=True)
class DocumentReading:
    """What reading one document gave: its facts and sentences, or why its extraction failed."""

    document: Document
    facts: list[Fact] = field(default_factory=list)
    sentences: int = 0
    problem: str = ""


def read_language(documents: list[Document], settings: Settings, lexicon: Lexicon) -> Iterator[DocumentReading]:
    """Parse and extract documents of one language, each as soon as it is read, in input order (a document with no
    paragraph at all, only a date line, has no facts)."""
    paragraphs = parse(documents, pipeline_for(documents[0].lang, settings), settings)
    read = groupby(paragraphs, key=lambda p: p.document.id)
    group_id, group = next(read, (None, None))
    for document in documents:
        if document.id != group_id:
            yield DocumentReading(document)
            continue
        try:
            facts, sentences = _facts_of(list(group), lexicon)
            yield DocumentReading(document, facts, sentences)
        except Exception as exc:  # a rule bug must not cost the rest of the corpus; say so and go on
            yield DocumentReading(document, problem=f"extraction failed ({type(exc).__name__}: {exc}); not stored, "
                                                    "please report this with the text")
        group_id, group = next(read, (None, None))


def _read_chunk(documents: list[Document], settings: Settings, lexicon: Lexicon) -> list[DocumentReading]:
    """What a worker process reads: a chunk of whole documents of one language."""
    return list(read_language(documents, settings, lexicon))


class _Build:
    """One build's state: the store, the report, and what to tell the caller after each document."""

    def __init__(self, store: GraphStore, lexicon: Lexicon, on_document: Callable[[Document], None],
                 dask: DaskWorkers | None = None):
        self.store, self.lexicon, self.on_document, self.dask = store, lexicon, on_document, dask
        self.report = BuildReport()
        self.parts: dict[str, set[str]] = {}  # id of a text read in parts -> the ids of its parts

    def extract_batch(self, batch: list[Document], lang: str | None, settings: Settings) -> None:
        """Store the changed documents of a batch, grouped by language; count the unchanged ones."""
        todo = []
        stored = self.store.content_hashes(document.id for document in batch)
        for document, digest in _documents_to_build(batch, lang, self.report):
            if document.part_of:
                self.parts.setdefault(document.part_of, set()).add(document.id)
            if stored.get(document.id) == digest:
                self.report.unchanged += 1
                self.on_document(document)
                continue
            if not document.part_of:  # (re)read whole: parts an earlier build stored for it are stale
                self.store.drop_documents(self.store.parts_of(document.id))
            todo.append((document, digest))
        languages = [list(group) for _, group in groupby(sorted(todo, key=lambda item: item[0].lang),
                                                         key=lambda item: item[0].lang)]
        for items in (items for items in languages if items[0][0].lang not in LANGUAGES):
            for document, digest in items:
                self.report.warnings.append(f"{document.source}: language {document.lang!r} has no extraction rules "
                                            "yet; stored without facts")
                self.save(document, digest, [])
        self.extract([[document for document, _ in items] for items in languages if items[0][0].lang in LANGUAGES],
                     {document.id: digest for document, digest in todo}, settings)

    def extract(self, languages: list[list[Document]], digests: dict[str, str], settings: Settings) -> None:
        """Read documents (a list for each supported language), saving each as soon as it is read: in this process,
        with `n_process` > 1 in that many worker processes, or on a Dask cluster (each worker parses and extracts
        whole documents, the languages' chunks all in one pool)."""
        # (the lexicon travels with each task, 108 KB: data scattered to the workers once is lost with a killed
        # worker, and Dask then cancels the tasks that need it instead of running them again)
        work = partial(_read_chunk, settings=replace(settings, n_process=1, dask=None), lexicon=self.lexicon)
        chunks = (chunk for documents in languages
                  for chunk in chunks_of(documents, lambda d: len(d.text), settings.worker_chars))
        if self.dask is not None:
            readings = self.dask.run(work, chunks)
        elif settings.n_process > 1:
            for documents in languages:
                pipeline_for(documents[0].lang, settings)  # (loaded once here: the workers start with them)
            readings = in_workers(work, chunks, settings.n_process)
        else:
            readings = (r for documents in languages for r in read_language(documents, settings, self.lexicon))
        for reading in readings:
            if reading.problem:
                self.report.problems.append(InputProblem(reading.document.source, reading.problem))
                continue
            self.save(reading.document, digests[reading.document.id], reading.facts, reading.sentences)

    def save(self, document: Document, digest: str, facts: list[Fact], sentences: int = 0) -> None:
        """Replace the document's graph with its facts, count it, and report progress."""
        self.store.replace_document(document.id, document_quads(document, digest, facts))
        self.report.documents += 1
        self.report.sentences += sentences
        quotations = sum(1 for fact in facts if fact.is_quotation)
        self.report.facts += len(facts) - quotations
        self.report.quotations += quotations
        self.on_document(document)

    def drop_stale_parts(self) -> None:
        """Remove what an earlier build stored for a text now read in other parts (it was whole, or longer)."""
        for whole, current in self.parts.items():
            self.store.drop_documents((set(self.store.parts_of(whole)) | {whole}) - current)

def build_into(store: GraphStore, inputs: Iterable[str | Path], *, settings: Settings | None = None,
               lexicon: Lexicon | None = None, lang: str | None = None,
               on_document: Callable[[Document], None] | None = None,
               on_total: Callable[[int], None] | None = None) -> BuildReport:
    """Build `inputs` into an open store and return the report (counts, problems, warnings).

    Documents are read, parsed and stored a batch at a time, so memory stays bounded however large the input.
    `on_total(n)` is called first with the bytes to read; `on_document(document)` after each document is stored or
    found unchanged (its `size` is the bytes it took).
    """
    settings = settings or Settings()
    with DaskWorkers(settings.dask) if settings.dask else nullcontext() as dask:
        build = _Build(store, lexicon or default_lexicon(), on_document or (lambda _: None), dask)
        report = build.report
        started = time.perf_counter()
        files = expand_paths(inputs)
        if on_total:
            on_total(sum(path.stat().st_size for path in files))
        store.ensure_ontology()
        for batch in chunks_of(read_documents(files, report.problems, settings.part_chars), lambda d: len(d.text),
                               settings.batch_chars):
            build.extract_batch(batch, lang, settings)
        if report.documents + report.unchanged == 0 and report.problems:
            raise InputError("no readable document in the inputs:\n  " + "\n  ".join(map(str, report.problems)))
        build.drop_stale_parts()
        if report.documents:
            store.compact()
        report.entities = entity_count(store)
        report.seconds = time.perf_counter() - started
        return report
