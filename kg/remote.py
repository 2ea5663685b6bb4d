"""A SPARQL 1.1 server as kg's store (`--store URL`): documents' graphs replaced whole in one transaction, through the
Graph Store HTTP Protocol where the server's `PUT` is one (SPARQL Update where not), queries through the SPARQL 1.1
Protocol.

Which server answers is read from its `Server` header, and `SERVERS` says where that server keeps its endpoints
and how it is asked for the union of its graphs. Every request kg sends is idempotent (a graph replaced whole, a
query), so one that meets a closed connection is sent again a few times before kg gives up with `StoreUnavailable`.
"""

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from .errors import QuerySyntaxError, StoreUnavailable
from .rdf import SPARQL_PROLOGUE
from .results import parse_results
from .store import GraphStore, replacement


@dataclass(frozen=True)
class Server:
    """Where a kind of SPARQL server keeps its endpoints (paths from its root)."""

    query: str
    update: str
    #: the Graph Store HTTP Protocol endpoint (`?graph=IRI`) if its `PUT` replaces a graph in one transaction, or None
    #: to write with SPARQL Update
    graphs: str | None
    #: a query-string parameter that makes the default graph the union of the named graphs (None: it already is)
    union: str | None = None


#: servers kg knows, by the product name in their `Server` header; any other is sent queries and updates at the
#: URL given, and its graphs are written with SPARQL Update. Oxigraph's `PUT /store` clears the graph and loads the
#: new one in two transactions (a server stopped between them loses the document's old version), while its updates
#: run in one: kg writes to it with SPARQL Update.
SERVERS = {
    "oxigraph": Server(query="/query", update="/update", graphs=None, union="union-default-graph"),
    "virtuoso": Server(query="/sparql", update="/sparql", graphs="/sparql-graph-crud"),
}
#: seconds waited before each new try of a request that found no server (a restart takes a moment)
RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0)
RESULTS_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server: its query endpoint, update endpoint and (if it has one) Graph Store endpoint."""

    def __init__(self, url: str, timeout: float = 300.0):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreUnavailable(f"--store wants the http:// or https:// address of a SPARQL server, not {url!r} "
                                   "(e.g. http://127.0.0.1:7878 for `oxigraph serve`)")
        self.location, self.timeout = url, timeout
        root = f"{parts.scheme}://{parts.netloc}"
        kind = _server_kind(self._send(urllib.request.Request(root + "/", method="HEAD"), missing_ok=True))
        server = SERVERS.get(kind)
        given = urllib.parse.urlunsplit(parts._replace(query="", fragment="")) if parts.path.strip("/") else None
        if server is None and given is None:
            raise StoreUnavailable(f"{url} answers, but kg does not know where this server keeps its SPARQL endpoint; "
                                   "give the endpoint's own address (e.g. http://HOST:PORT/sparql)")
        self.query_url = given or root + server.query
        self.update_url = root + server.update if server else given
        self.graphs_url = root + server.graphs if server and server.graphs else None
        self.union = server.union if server else None
        self.server = kind or "SPARQL 1.1"
        self._select("ASK {}")  # a clear error now rather than in the middle of a build

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, {self.server})"

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Replace a graph whole: one Graph Store PUT, or one `DROP … ; INSERT DATA …` update."""
        quads = list(quads)
        if self.graphs_url:
            body = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                                format=ox.RdfFormat.N_TRIPLES)
            target = f"{self.graphs_url}?{urllib.parse.urlencode({'graph': graph.value})}"
            self._send(urllib.request.Request(target, data=body, method="PUT",
                                              headers={"Content-Type": "application/n-triples"}))
            return
        self._update(replacement(graph, quads))

    def _select(self, sparql: str):
        target = f"{self.query_url}?{urllib.parse.urlencode({self.union: ''})}" if self.union else self.query_url
        body = urllib.parse.urlencode({"query": SPARQL_PROLOGUE + sparql}).encode()
        response = self._send(urllib.request.Request(target, data=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": RESULTS_ACCEPT}), syntax=True)
        media_type = response.headers.get_content_type()
        if response.headers.get("X-SPARQL-MaxRows"):  # Virtuoso's sign that it kept only its first N rows
            raise StoreUnavailable(f"the SPARQL store at {self.location} cut its answer at "
                                   f"{response.headers['X-SPARQL-MaxRows']} rows: raise the server's limit "
                                   "(Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini), or add a "
                                   "LIMIT below it to your query")
        results = parse_results(response, media_type)
        if results is not None:
            return results
        raise StoreUnavailable(f"{self.query_url} answered a query with {media_type!r}, not SPARQL results")

    def _update(self, sparql: str) -> None:
        self._send(urllib.request.Request(self.update_url, data=(SPARQL_PROLOGUE + sparql).encode(),
                                          headers={"Content-Type": "application/sparql-update"}), syntax=True)

    def _send(self, request: urllib.request.Request, syntax: bool = False, missing_ok: bool = False):
        """Send a request, again after a pause while no server answers; its response, or a clear error."""
        for delay in RETRY_DELAYS:
            try:
                return self._open(request, syntax, missing_ok)
            except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError):
                time.sleep(delay)
        try:
            return self._open(request, syntax, missing_ok)
        except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError) as exc:
            raise StoreUnavailable(f"the SPARQL store at {self.location} does not answer "
                                   f"({getattr(exc, 'reason', exc)}); start it, or check --store, then run the same "
                                   "command again (documents already stored are kept, and skipped when unchanged)"
                                   ) from exc

    def _open(self, request: urllib.request.Request, syntax: bool, missing_ok: bool):
        """One try: the response, or StoreUnavailable / QuerySyntaxError for what the server refused."""
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            if missing_ok:
                return exc
            message = exc.read().decode("utf-8", "replace").strip()[:500]
            if syntax and exc.code == 400:
                raise QuerySyntaxError(f"the SPARQL store at {self.location} refused the query: {message}") from exc
            raise StoreUnavailable(f"the SPARQL store at {self.location} answered {request.get_method()} "
                                   f"{request.full_url.split('?')[0]} with {exc.code} {exc.reason}: {message}"
                                   ) from exc


def _server_kind(response) -> str | None:
    """The product name a server gives in its `Server` header (`Oxigraph/0.5.13` -> `oxigraph`)."""
    product = (response.headers.get("Server") or "").split("/")[0].strip().lower()
    return product or None
