"""The Python API the CLI is a thin layer over: open an output folder's graph, query, export, render."""

import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .export import writer_for
from .html import graph_data, render_page
from .results import QueryResult, triples_of
from .selection import Selection
from .store import open_store, store_at

if TYPE_CHECKING:
    from .pipeline import BuildReport

GRAPH_TTL = "graph.ttl"
GRAPH_HTML = "graph.html"


class KnowledgeGraph:
    """A built knowledge graph: the store in an output folder, or a SPARQL server (`store="http://…"`), with
    the output folder for pages. Use as a context manager to release the store's lock."""

    def __init__(self, out: str | Path = "out", store: str | None = None):
        self.out = Path(out)
        self.store = store_at(self.out, url=store)
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
               selection: Selection | None = None, renderer: str = "auto") -> Path:
        """Write the interactive page (default `<out>/graph.html`), of the whole graph or of a `Selection`, drawn
        with vis-network, WebGL or Canvas 2D (`renderer`: `auto` draws large graphs with WebGL where the browser has a
        GPU, with Canvas 2D where it has none)."""
        target = Path(path) if path else self.out / GRAPH_HTML
        data = graph_data(self.store, title, selection, renderer)
        self.notes = data["notes"]
        with _replacing(target) as stream:
            stream.write(render_page(data).encode("utf-8"))
        return target

    def triples_of(self, sparql: str) -> frozenset[tuple[str, str, str]]:
        """The (subject, predicate, object) IRIs a CONSTRUCT returns, or a SELECT of ?s ?p ?o, to pick a subgraph."""
        return triples_of(self.query(sparql))

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
          store: str | None = None, **options) -> "BuildReport":
    """Build articles into `out/store` (or the SPARQL server at `store`), then write `out/graph.ttl` and
    `out/graph.html` from the whole store.

    Options (`settings`, `lexicon`, `lang`, progress callbacks) are those of `pipeline.build_into`.
    """
    from .pipeline import build_into  # spaCy loads only when something is built

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with open_store(out, create=True, url=store) as opened:
        report = build_into(opened, inputs, **options)
    if write_outputs:
        write_graph_files(out, store)
    return report


def write_graph_files(out: str | Path = "out", store: str | None = None) -> None:
    """Write `out/graph.ttl` and `out/graph.html` from the whole store."""
    with KnowledgeGraph(out, store) as graph:
        graph.export("ttl", Path(out) / GRAPH_TTL)
        graph.render()


def open_graph(out: str | Path = "out", store: str | None = None) -> KnowledgeGraph:
    """Open the graph built in `out` or held by the SPARQL server at `store` (StoreMissing if nothing was built
    in `out`, StoreUnavailable if the server does not answer)."""
    return KnowledgeGraph(out, store)


def query(sparql: str, out: str | Path = "out", allow_update: bool = False, store: str | None = None
          ) -> QueryResult:
    with KnowledgeGraph(out, store) as graph:
        return graph.query(sparql, allow_update=allow_update)


def export(format: str = "ttl", out: str | Path = "out", destination: str | Path | BinaryIO | None = None,
           store: str | None = None) -> bytes | None:
    with KnowledgeGraph(out, store) as graph:
        return graph.export(format, destination)


def render(out: str | Path = "out", path: str | Path | None = None, store: str | None = None) -> Path:
    with KnowledgeGraph(out, store) as graph:
        return graph.render(path)
