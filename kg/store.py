"""Where the graph lives: one named graph per document, replaced atomically; the ontology in its own graph.

`GraphStore` is what every store offers kg, written once over SPARQL; `KnowledgeStore` is the embedded Oxigraph
database in `<out>/store`, and `kg.remote.RemoteStore` a SPARQL 1.1 server. Queries see the union of all graphs as
their default graph, so `SELECT * { ?s kg:uses ?o }` works without GRAPH.
"""

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from .errors import QuerySyntaxError, StoreLocked, StoreMissing, UpdateRefused
from .ontology import ontology_file
from .rdf import ONTOLOGY_GRAPH, PREFIXES, document_iri, graph_iri
from .vocab import RESOURCE_BASE

STORE_DIR = "store"
#: written next to the store by `kg serve` while it runs: {"pid": …, "url": …}, so others can say where it is
SERVER_MARKER = ".kg-serve.json"
#: quads written between two flushes of Oxigraph's in-memory write buffers: without it a long build's memory grows
#: with everything it has written (benchmarks/memory.py)
FLUSH_EVERY_QUADS = 100_000
#: keeps a query to the graphs kg writes: the documents' and the ontology's
KG_GRAPHS = f'FILTER(?g = {ONTOLOGY_GRAPH} || STRSTARTS(STR(?g), "{RESOURCE_BASE}graph/"))'


class GraphStore:
    """What kg asks of a store. Subclasses answer SPARQL (`_select`, `_update`), replace and list graphs; the rest
    is written here once, over SPARQL."""

    #: where the store is, for messages: a folder or a URL
    location: str

    def close(self) -> None:
        """Release what the store holds (safe to call twice)."""

    def compact(self) -> None:
        """Make what a build wrote cheaper to read, where the store can."""

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        raise NotImplementedError

    def drop_documents(self, document_ids: Iterable[str]) -> None:
        """Remove documents and all their facts."""
        graphs = [graph_iri(document_id) for document_id in document_ids]
        if graphs:
            self._update(" ;\n".join(f"DROP SILENT GRAPH {graph}" for graph in graphs))

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of kg's graphs (a server may hold other data too)."""
        for row in self._select(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {KG_GRAPHS} }}"):
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def union_triples(self) -> Iterator[ox.Triple]:
        """Every distinct triple of kg's graphs (ontology included): what `graph.ttl` holds."""
        for row in self._select(f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {KG_GRAPHS} }}"):
            yield ox.Triple(row["s"], row["p"], row["o"])

    def _select(self, sparql: str):
        """Run a query over the union of graphs (kg's prefixes known) and return Oxigraph's results."""
        raise NotImplementedError

    def _update(self, sparql: str) -> None:
        raise NotImplementedError

    def query(self, sparql: str, allow_update: bool = False):
        """Run a SPARQL query over the union of graphs; updates only when `allow_update` is set."""
        try:
            return self._select(sparql)
        except QuerySyntaxError:
            if not looks_like_update(sparql):
                raise
        if not allow_update:
            raise UpdateRefused("this is a SPARQL update; kg only reads unless you pass --update")
        self._update(sparql)
        return None

    def content_hashes(self, document_ids: Iterable[str]) -> dict[str, str]:
        """The hash stored with each of these documents that is stored, to skip rebuilding it when unchanged."""
        ids = {document_iri(document_id).value: document_id for document_id in document_ids}
        if not ids:
            return {}
        pairs = " ".join(f"(<{iri}> {graph_iri(document_id)})" for iri, document_id in ids.items())
        rows = self._select(f"SELECT ?d ?hash WHERE {{ VALUES (?d ?g) {{ {pairs} }} GRAPH ?g {{ ?d kg:contentHash "
                            "?hash } }")
        return {ids[row["d"].value]: row["hash"].value for row in rows}

    def replace_document(self, document_id: str, quads: Iterable[ox.Quad]) -> None:
        """Swap a document's named graph for `quads`: old facts go, new ones come, or neither."""
        self.replace_graph(graph_iri(document_id), quads)

    def parts_of(self, document_id: str) -> list[str]:
        """Ids of the stored documents that are parts of the text `document_id`."""
        rows = self._select(f"SELECT ?id WHERE {{ GRAPH ?g {{ ?d dcterms:isPartOf {document_iri(document_id)} ; "
                            "dcterms:identifier ?id } }")
        return [row["id"].value for row in rows]

    def ensure_ontology(self) -> None:
        """Load the packaged ontology into its own graph (replaced, so an upgraded ontology takes effect)."""
        data = ontology_file("kg.ttl").read_bytes()
        quads = [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH)
                 for t in ox.parse(data, format=ox.RdfFormat.TURTLE)]
        self.replace_graph(ONTOLOGY_GRAPH, quads)

    def documents(self) -> list[str]:
        """Ids of the documents in the store."""
        rows = self._select("SELECT ?id WHERE { GRAPH ?g { ?d a kg:Document ; dcterms:identifier ?id } } "
                            "ORDER BY ?id")
        return [row["id"].value for row in rows]


class KnowledgeStore(GraphStore):
    """An embedded Oxigraph database in `<out>/store`, locked by the one process that opens it."""

    def __init__(self, path: Path, create: bool = True):
        self.path = Path(path)
        self.location = str(self.path)
        if not create and not self.path.exists():
            raise StoreMissing(f"no knowledge graph in {self.path.parent}: run `kg build <files> --out "
                               f"{self.path.parent}` first")
        if create:
            self.path.mkdir(parents=True, exist_ok=True)
        self._unflushed = 0
        try:
            self._store = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(_held_by(self.path.parent)) from exc
            raise

    def close(self) -> None:
        """Flush and release the store's lock (safe to call twice)."""
        store = self.__dict__.pop("_store", None)
        if store is not None:
            store.flush()

    def compact(self) -> None:
        """Merge what a build wrote into fewer, smaller files (about half the size on disk; under a second for
        a 3 MB corpus)."""
        self._store.optimize()
        self._unflushed = 0

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Drop a graph and insert its new triples in one SPARQL update (atomic in Oxigraph); a graph the store does
        not hold yet, as every graph of a first build, is only added, in one atomic `extend` (no update text to
        write and parse: 40 % less time)."""
        quads = list(quads)
        if self._store.contains_named_graph(graph):
            self._store.update(replacement(graph, quads))
        else:  # (in `graph`, as the update puts them)
            self._store.extend(q if q.graph_name == graph else ox.Quad(q.subject, q.predicate, q.object, graph)
                               for q in quads)
        self._unflushed += len(quads)
        if self._unflushed >= FLUSH_EVERY_QUADS:  # Oxigraph keeps writes in memory until flushed
            self._store.flush()
            self._unflushed = 0

    def _select(self, sparql: str):
        try:
            return self._store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"SPARQL syntax error: {exc}") from exc

    def _update(self, sparql: str) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"SPARQL syntax error: {exc}") from exc

    def union_triples(self) -> Iterator[ox.Triple]:
        """Every distinct triple of every named graph (ontology included): what `graph.ttl` holds, streamed.

        A statement's and a document's triples live in that document's graph only, so they pass through as they
        are; the other subjects (entities, relations, the ontology) may repeat across graphs and are read one by
        one from the subject-ordered index, where a triple's copies are neighbours. Memory stays bounded by the
        number of such subjects, not by the size of the graph (a CONSTRUCT would keep every triple to remove
        duplicates).
        """
        for quad in self._store:
            if _local_to_its_graph(quad.subject) and not isinstance(quad.graph_name, ox.DefaultGraph):
                yield ox.Triple(quad.subject, quad.predicate, quad.object)
        shared = self._store.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(isBlank(?s) || !("
                                   f"STRSTARTS(STR(?s), \"{STATEMENTS}\") || STRSTARTS(STR(?s), \"{DOCUMENTS}\"))) }}")
        for row in shared:
            subject, previous = row["s"], None
            for quad in self._store.quads_for_pattern(subject, None, None, None):
                if isinstance(quad.graph_name, ox.DefaultGraph) or (quad.predicate, quad.object) == previous:
                    continue
                previous = (quad.predicate, quad.object)
                yield ox.Triple(subject, quad.predicate, quad.object)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store)


STATEMENTS = RESOURCE_BASE + "statement/"
DOCUMENTS = RESOURCE_BASE + "document/"


def _local_to_its_graph(subject: ox.NamedNode | ox.BlankNode | ox.Triple) -> bool:
    """Whether kg writes this subject's triples in one document's graph only (statements and documents)."""
    return isinstance(subject, ox.NamedNode) and subject.value.startswith((STATEMENTS, DOCUMENTS))


def _held_by(out: Path) -> str:
    """What to tell someone who finds the store locked: the server holding it, if one says so."""
    try:
        server = json.loads((out / SERVER_MARKER).read_text(encoding="utf-8"))
        os.kill(int(server["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return (f"{out / STORE_DIR} is in use by another process (a running `kg build` or `kg serve`); wait for it "
                "to finish, stop it, or use another --out")
    return (f"{out / STORE_DIR} is held by `kg serve` (pid {server['pid']}), which answers SPARQL at "
            f"{server['url']}sparql; query it there, or stop it (Ctrl-C) to build or update")


def replacement(graph: ox.NamedNode, quads: list[ox.Quad]) -> str:
    """One SPARQL update that swaps a graph's triples for those of `quads` (one transaction where the store runs an
    update in one, as Oxigraph does)."""
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"


def looks_like_update(sparql: str) -> bool:
    words = {w.upper() for w in sparql.replace("{", " ").split()}
    return bool(words & {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"})


def store_at(out: Path, create: bool = False, url: str | None = None) -> GraphStore:
    """The SPARQL server at `url` if one is given, else the embedded store of the output folder `out`."""
    if url:
        from .remote import RemoteStore  # (it builds on this module)

        return RemoteStore(url)
    return KnowledgeStore(Path(out) / STORE_DIR, create=create)


@contextmanager
def open_store(out: Path, create: bool = False, url: str | None = None) -> Iterator[GraphStore]:
    """The store of an output folder (or the server at `url`), closed (and its lock released) on exit."""
    store = store_at(out, create, url)
    try:
        yield store
    finally:
        store.close()
