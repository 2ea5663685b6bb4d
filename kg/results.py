"""SPARQL results as values that outlive the store, and their output formats (table, csv, tsv, json, turtle)."""

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rich.table import Table

from .errors import QuerySyntaxError, UnknownFormat
from .rdf import PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json")
#: media types a SPARQL server answers in, and how Oxigraph reads them: solutions and booleans, then graphs
SOLUTION_MEDIA_TYPES = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                        "text/tab-separated-values": ox.QueryResultsFormat.TSV}
GRAPH_MEDIA_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                     "application/rdf+xml": ox.RdfFormat.RDF_XML, "text/plain": ox.RdfFormat.N_TRIPLES}


def parse_results(source: Any, media_type: str) -> Any:
    """What a SPARQL server answered (bytes or a binary stream), read as Oxigraph's results: solutions or a boolean
    (lazily), or a list of triples; None for a media type that is neither."""
    if media_type in SOLUTION_MEDIA_TYPES:
        return ox.parse_query_results(source, SOLUTION_MEDIA_TYPES[media_type])
    if media_type in GRAPH_MEDIA_TYPES:
        return [ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(source, format=GRAPH_MEDIA_TYPES[media_type])]
    return None


@dataclass
class QueryResult:
    """What a query returned: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT / DESCRIBE)."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    @classmethod
    def from_oxigraph(cls, results: Any) -> "QueryResult":
        if isinstance(results, ox.QueryBoolean):
            return cls("ask", boolean=bool(results))
        if isinstance(results, ox.QuerySolutions):
            variables = [v.value for v in results.variables]
            return cls("select", variables, [[row[v] for v in variables] for row in results])
        return cls("graph", triples=list(results))

    @classmethod
    def from_answer(cls, body: bytes, content_type: str) -> "QueryResult":
        """The result a SPARQL Protocol answer carries, by its Content-Type."""
        return cls.from_oxigraph(parse_results(body, content_type.split(";")[0].strip().lower()))

    def records(self) -> list[dict[str, str | None]]:
        """SELECT rows as dicts of plain strings (None for unbound), for Python callers."""
        return [{v: (t.value if t is not None else None) for v, t in zip(self.variables, row, strict=True)}
                for row in self.rows]


def triples_of(result: QueryResult) -> frozenset[tuple[str, str, str]]:
    """The (subject, predicate, object) IRIs a CONSTRUCT returned, or a SELECT of ?s ?p ?o: a subgraph to show."""
    if result.kind == "graph":
        return frozenset((t.subject.value, t.predicate.value, t.object.value) for t in result.triples)
    if result.kind == "select" and {"s", "p", "o"} <= set(result.variables):
        return frozenset((r["s"], r["p"], r["o"]) for r in result.records())
    raise QuerySyntaxError("a query that picks a subgraph must be a CONSTRUCT, or a SELECT of ?s ?p ?o")


def _compact(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    return term.value


def as_table(result: QueryResult) -> Table | str:
    """A rich table for a terminal (SELECT), `true`/`false` (ASK), Turtle (graphs)."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        return as_text(result, "ttl")
    table = Table(*result.variables, caption=f"{len(result.rows)} row(s)")
    for row in result.rows:
        table.add_row(*(_compact(t) for t in row))
    return table


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def as_text(result: QueryResult, fmt: str) -> str:
    """Results in a text format: csv / tsv / json (SPARQL 1.1 results formats), ttl for graphs."""
    if result.kind == "graph":
        return ox.serialize(result.triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    if fmt == "json":
        if result.kind == "ask":
            return json.dumps({"head": {}, "boolean": result.boolean})
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                    for row in result.rows]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        if result.kind == "ask":
            return "true\n" if result.boolean else "false\n"
        buffer = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow(result.variables)
            writer.writerows([[t.value if t is not None else "" for t in row] for row in result.rows])
        else:
            buffer.write("\t".join("?" + v for v in result.variables) + "\n")
            for row in result.rows:
                buffer.write("\t".join(str(t) if t is not None else "" for t in row) + "\n")
        return buffer.getvalue()
    raise UnknownFormat(f"unknown result format {fmt!r}; choose one of: {', '.join(RESULT_FORMATS)}")
