"""SPARQL results as values that outlive the store, and their output formats (table, csv, tsv, json, turtle)."""

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rich.table import Table

from .errors import UnknownFormat
from .rdf import PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json")


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

    def records(self) -> list[dict[str, str | None]]:
        """SELECT rows as dicts of plain strings (None for unbound), for Python callers."""
        return [{v: (t.value if t is not None else None) for v, t in zip(self.variables, row, strict=True)}
                for row in self.rows]


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
