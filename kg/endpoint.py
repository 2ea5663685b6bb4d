"""Answering one SPARQL Protocol request against a store: format negotiation, a cap on result size, refusals.

Pure functions over a pyoxigraph store, so `server.py` can run them in worker processes it may kill on timeout.
"""

from dataclasses import dataclass, field

import pyoxigraph as ox

from .rdf import PREFIXES
from .results import QueryResult, as_text
from .store import looks_like_update

#: media types of SELECT / ASK results and of CONSTRUCT / DESCRIBE graphs, the first of each the default
SOLUTION_TYPES = {"application/sparql-results+json": "json", "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/rdf+xml": ox.RdfFormat.RDF_XML}
_ALIASES = {"application/json": "application/sparql-results+json", "text/plain": "application/n-triples"}


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, media type, body, and extra headers (e.g. that the result was cut)."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def problem(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def refused_update() -> Answer:
    return problem(403, "SPARQL updates are refused: this endpoint is read-only (stop the server and use "
                        "`kg query --update` on the store)")


def answer(store: ox.Store, sparql: str, accept: str = "*/*", max_rows: int = 10_000,
           default_graphs: tuple[str, ...] = (), named_graphs: tuple[str, ...] = ()) -> Answer:
    """Run a read-only query and serialise at most `max_rows` solutions or triples in an accepted format."""
    datasets = {"default_graph": [ox.NamedNode(iri) for iri in default_graphs]} if default_graphs else {}
    if named_graphs:
        datasets["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
    try:
        results = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=not default_graphs, **datasets)
    except SyntaxError as exc:
        if looks_like_update(sparql):
            return refused_update()
        return problem(400, f"SPARQL syntax error: {exc}")
    except ValueError as exc:  # e.g. an IRI given as default-graph-uri that is not one
        return problem(400, str(exc))
    graph = not isinstance(results, (ox.QuerySolutions, ox.QueryBoolean))
    media_type = negotiate(accept, GRAPH_TYPES if graph else SOLUTION_TYPES)
    if media_type is None:
        offered = ", ".join(GRAPH_TYPES if graph else SOLUTION_TYPES)
        return problem(406, f"cannot answer in {accept!r}; this result is available as: {offered}")
    result, truncated = _bounded(results, max_rows)
    headers = {"X-Result-Truncated": f"first {max_rows} kept; add LIMIT/OFFSET to page"} if truncated else {}
    if graph:
        body = ox.serialize(result.triples, format=GRAPH_TYPES[media_type], prefixes=PREFIXES) or b""
    else:
        body = as_text(result, SOLUTION_TYPES[media_type]).encode("utf-8")
    return Answer(200, f"{media_type}; charset=utf-8", body, headers)


def _bounded(results: object, max_rows: int) -> tuple[QueryResult, bool]:
    """The first `max_rows` solutions or triples of lazy oxigraph results, and whether more were left."""
    if isinstance(results, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(results)), False
    items = []
    for item in results:  # lazy: rows past the cap are never computed
        if len(items) == max_rows:
            truncated = True
            break
        items.append(item)
    else:
        truncated = False
    if isinstance(results, ox.QuerySolutions):
        variables = [v.value for v in results.variables]
        return QueryResult("select", variables, [[row[v] for v in variables] for row in items]), truncated
    return QueryResult("graph", triples=items), truncated


def negotiate(accept: str, offers: dict) -> str | None:
    """The offered media type the Accept header prefers (q-values honoured; none or */* means the default)."""
    ranked = []
    for position, part in enumerate((accept or "*/*").split(",")):
        media_type, *parameters = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, position, _ALIASES.get(media_type.lower(), media_type.lower())))
    for negative_quality, _, media_type in sorted(ranked):
        if negative_quality >= 0:
            break
        if media_type in offers:
            return media_type
        if media_type in ("*/*", "application/*", "text/*"):
            family = media_type.split("/")[0]
            return next((offer for offer in offers if family == "*" or offer.startswith(family + "/")), None)
    return None
