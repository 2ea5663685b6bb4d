"""Output formats, as a table: each name and its aliases map to one writer.

RDF formats are written by Oxigraph straight from the store (fast on millions of triples); `jsonl` and `csv` are
made from fact records. Writers take a binary stream.
"""

import csv
import io
import json
from collections.abc import Callable
from typing import BinaryIO

import pyoxigraph as ox

from .errors import UnknownFormat
from .rdf import PREFIXES
from .records import fact_records
from .store import GraphStore

Writer = Callable[[GraphStore, BinaryIO], None]


def _rdf_triples(fmt: ox.RdfFormat) -> Writer:
    def write(store: GraphStore, stream: BinaryIO) -> None:
        ox.serialize(store.union_triples(), stream, format=fmt,
                     prefixes=PREFIXES if fmt is ox.RdfFormat.TURTLE else None)
    return write


def _rdf_quads(fmt: ox.RdfFormat) -> Writer:
    def write(store: GraphStore, stream: BinaryIO) -> None:
        ox.serialize(store.quads(), stream, format=fmt,
                     prefixes=PREFIXES if fmt is ox.RdfFormat.TRIG else None)
    return write


def write_jsonl(store: GraphStore, stream: BinaryIO) -> None:
    """One fact per line, as ARCHITECTURE.md specifies (the evaluation scripts read this)."""
    for record in fact_records(store):
        stream.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")


CSV_COLUMNS = ["subject", "subject_type", "predicate", "object", "object_type", "qualifiers", "document",
               "sentence", "start", "end", "confidence", "negated", "hypothetical", "subject_iri", "predicate_iri",
               "object_iri"]


def write_csv(store: GraphStore, stream: BinaryIO) -> None:
    """One row per fact and evidence sentence, for spreadsheets (UTF-8 with BOM so Excel reads accents)."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    for r in fact_records(store):
        quals = "; ".join(f"{q['predicate']['label']}={q['value']['label']}" for q in r["qualifiers"])
        for ev in r["evidence"]:
            writer.writerow([_cell(r["subject"]["label"]), _short(r["subject"].get("type")), r["predicate"]["label"],
                             _cell(r["object"]["label"]), _short(r["object"].get("type")), _cell(quals),
                             _cell(ev["document"]), _cell(ev["sentence"]), ev["start"], ev["end"], r["confidence"],
                             str(r.get("negated", False)).lower(), str(r.get("hypothetical", False)).lower(),
                             r["subject"]["iri"], r["predicate"]["iri"], r["object"]["iri"] or ""])
    text.flush()
    text.detach()


def _short(iri: str | None) -> str:
    return (iri or "").rsplit("#", 1)[-1]


def _cell(value: str) -> str:
    """Neutralise spreadsheet formulas in article text (CSV injection): a leading =, +, - or @ is quoted."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


FORMATS: dict[str, Writer] = {
    # RDF graphs (union of all documents)
    "ttl": _rdf_triples(ox.RdfFormat.TURTLE),
    "nt": _rdf_triples(ox.RdfFormat.N_TRIPLES),
    "jsonld": _rdf_quads(ox.RdfFormat.JSON_LD),
    # RDF datasets (one named graph per document)
    "nq": _rdf_quads(ox.RdfFormat.N_QUADS),
    "trig": _rdf_quads(ox.RdfFormat.TRIG),
    # fact tables
    "jsonl": write_jsonl,
    "csv": write_csv,
}
ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "nquads": "nq", "n-quads": "nq",
           "json-ld": "jsonld", "ndjson": "jsonl"}
FORMAT_NAMES = tuple(FORMATS)


def writer_for(name: str) -> Writer:
    """The writer for a format name or alias; UnknownFormat lists the known ones."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise UnknownFormat(f"unknown format {name!r}; choose one of: {', '.join(FORMAT_NAMES)}")
    return FORMATS[key]
