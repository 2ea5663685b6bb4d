"""The Python API the CLI is a thin layer over: open an output folder's graph, query, export, render."""

import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .errors import QuerySyntaxError
from .export import writer_for
from .html import graph_data, render_page
from .results import QueryResult
from .selection import Selection
from .store import KnowledgeStore, open_store

if TYPE_CHECKING:
    from .pipeline import BuildReport

GRAPH_TTL = "graph.ttl"
GRAPH_HTML = "graph.html"


class KnowledgeGraph:
    """A built knowledge graph in an output folder. Use as a context manager to release the store's lock."""

    def __init__(self, out: str | Path = "out"):
        self.out = Path(out)
        self.store = KnowledgeStore(self.out / "store", create=False)
        self.notes: list[str] = []  # what the last render left out

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def query(self, sparql: str, allow_update: bool = False) -> QueryResult:
        """Run SPARQL over the union of all documents; an update needs `allow_update=True`."""
        results = self.store.query(sparql, allow_update=allow_update)
        return QueryResult("update") if results is None else QueryResult.from_oxigraph(results)

    def export(self, format: str = "ttl", destination: str | Path | BinaryIO | None = None) -> bytes | None:
        """Write the graph in `format` to a path or binary stream, or return the bytes when no destination."""
        write = writer_for(format)
        if destination is None:
            buffer = io.BytesIO()
            write(self.store, buffer)
            return buffer.getvalue()
        if isinstance(destination, (str, Path)):
            with _replacing(Path(destination)) as stream:
                write(self.store, stream)
        else:
            write(self.store, destination)
        return None

    def render(self, path: str | Path | None = None, title: str = "kg knowledge graph",
               selection: Selection | None = None) -> Path:
        """Write the interactive page (default `<out>/graph.html`), of the whole graph or of a `Selection`."""
        target = Path(path) if path else self.out / GRAPH_HTML
        data = graph_data(self.store, title, selection)
        self.notes = data["notes"]
        with _replacing(target) as stream:
            stream.write(render_page(data).encode("utf-8"))
        return target

    def triples_of(self, sparql: str) -> frozenset[tuple[str, str, str]]:
        """The (subject, predicate, object) IRIs a CONSTRUCT returns, or a SELECT of ?s ?p ?o, to pick a subgraph."""
        result = self.query(sparql)
        if result.kind == "graph":
            return frozenset((t.subject.value, t.predicate.value, t.object.value) for t in result.triples)
        if result.kind == "select" and {"s", "p", "o"} <= set(result.variables):
            return frozenset((r["s"], r["p"], r["o"]) for r in result.records())
        raise QuerySyntaxError("a query that picks a subgraph must be a CONSTRUCT, or a SELECT of ?s ?p ?o")

    def documents(self) -> list[str]:
        return self.store.documents()


class _replacing:
    """Write a file under a temporary name and move it into place: an interrupted write leaves the old file."""

    def __init__(self, path: Path):
        self.path = path
        self.temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")

    def __enter__(self) -> BinaryIO:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.stream = self.temporary.open("wb")
        return self.stream

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.stream.close()
        if exc_type is None:
            os.replace(self.temporary, self.path)
        else:
            self.temporary.unlink(missing_ok=True)


def build(inputs: Iterable[str | Path], out: str | Path = "out", *, write_outputs: bool = True,
          **options) -> "BuildReport":
    """Build articles into `out/store`, then write `out/graph.ttl` and `out/graph.html` from the whole store.

    Options (`settings`, `lexicon`, `lang`, progress callbacks) are those of `pipeline.build_into`.
    """
    from .pipeline import build_into  # spaCy loads only when something is built

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with open_store(out, create=True) as store:
        report = build_into(store, inputs, **options)
    if write_outputs:
        write_graph_files(out)
    return report


def write_graph_files(out: str | Path = "out") -> None:
    """Write `out/graph.ttl` and `out/graph.html` from the whole store."""
    with KnowledgeGraph(out) as graph:
        graph.export("ttl", Path(out) / GRAPH_TTL)
        graph.render()


def open_graph(out: str | Path = "out") -> KnowledgeGraph:
    """Open the graph built in `out` (raises StoreMissing if nothing was built there)."""
    return KnowledgeGraph(out)


def query(sparql: str, out: str | Path = "out", allow_update: bool = False) -> QueryResult:
    with KnowledgeGraph(out) as graph:
        return graph.query(sparql, allow_update=allow_update)


def export(format: str = "ttl", out: str | Path = "out",
           destination: str | Path | BinaryIO | None = None) -> bytes | None:
    with KnowledgeGraph(out) as graph:
        return graph.export(format, destination)


def render(out: str | Path = "out", path: str | Path | None = None) -> Path:
    with KnowledgeGraph(out) as graph:
        return graph.render(path)
