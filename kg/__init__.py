"""kg: offline knowledge graphs from French and English news, as RDF you can query, export and explore.

    import kg
    report = kg.build(["seeds/"], out="out")           # articles -> out/store, out/graph.ttl, out/graph.html
    rows = kg.query("SELECT ?s ?o WHERE { ?s kg:uses ?o }", out="out").records()
    turtle = kg.export("ttl", out="out")
"""

__version__ = "0.1.0"

from .api import KnowledgeGraph, build, export, open_graph, query, render  # noqa: E402
from .errors import KgError  # noqa: E402

open = open_graph  # noqa: A001 - `kg.open(out)` reads like `sqlite3.connect`

__all__ = ["BuildReport", "KgError", "KnowledgeGraph", "__version__", "build", "export", "open", "query", "render",
           "serve"]


def __getattr__(name: str):
    if name == "BuildReport":  # imported on demand: the pipeline pulls in spaCy, which queries do not need
        from .pipeline import BuildReport

        return BuildReport
    if name == "serve":
        from .server import serve

        return serve
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
