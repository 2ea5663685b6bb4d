"""What `kg serve` shows people besides the graph page: the SPARQL workbench at /query (YASGUI, vendored from npm,
pointed at /sparql, with kg's prefixes and example queries), the files it loads, and the SPARQL 1.1 Service
Description that `GET /sparql` without a query answers."""

import tomllib
from functools import cache
from importlib.resources import files

import pyoxigraph as ox

from . import __version__
from .endpoint import GRAPH_TYPES, SOLUTION_TYPES, Answer, problem
from .html import script_json
from .rdf import SPARQL_PROLOGUE

#: what the workbench page may load and run: its own files and its own origin's endpoint, nothing else
WORKBENCH_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
                    "img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'self'")
#: /static/<name> -> (file in the package, media type)
STATIC_FILES = {"yasgui.min.js": ("vendor/yasgui/yasgui.min.js", "text/javascript; charset=utf-8"),
                "yasgui.min.css": ("vendor/yasgui/yasgui.min.css", "text/css; charset=utf-8"),
                "workbench.js": ("templates/workbench.js", "text/javascript; charset=utf-8")}
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
#: media type -> the W3C format IRI a service description names it by
FORMAT_IRIS = {"application/sparql-results+json": "SPARQL_Results_JSON", "text/csv": "SPARQL_Results_CSV",
               "text/tab-separated-values": "SPARQL_Results_TSV", "text/turtle": "Turtle",
               "application/n-triples": "N-Triples", "application/rdf+xml": "RDF_XML"}


@cache
def workbench_page(endpoint: str = "/sparql", graph: str = "/graph") -> Answer:
    """The workbench page, its examples written with kg's prefixes in front (made once: it never changes)."""
    examples = tomllib.loads(files("kg").joinpath("templates", "examples.toml").read_text(encoding="utf-8"))
    config = {"endpoint": endpoint, "graph": graph, "version": __version__,
              "examples": [{"name": e["name"], "query": SPARQL_PROLOGUE + e["query"].strip() + "\n"}
                           for e in examples["example"]]}
    page = files("kg").joinpath("templates", "workbench.html").read_text(encoding="utf-8")
    return Answer(200, "text/html; charset=utf-8", page.replace("__CONFIG__", script_json(config)).encode("utf-8"),
                  {"Content-Security-Policy": WORKBENCH_POLICY})


def static_file(name: str) -> Answer | None:
    """A file the workbench loads, by its name under /static/ (None for any other name)."""
    return _static(name) if name in STATIC_FILES else None


@cache
def _static(name: str) -> Answer:
    """(read once, for the few names of STATIC_FILES only)"""
    path, media_type = STATIC_FILES[name]
    return Answer(200, media_type, files("kg").joinpath(path).read_bytes(), {"Cache-Control": "max-age=86400"})


def service_description(endpoint_url: str) -> Answer:
    """A SPARQL 1.1 Service Description of the endpoint at `endpoint_url`, in Turtle."""
    try:
        service = ox.NamedNode(endpoint_url)
    except ValueError:  # (made from the request's Host header, which a client may fill with anything)
        return problem(400, "the Host header does not make an IRI: send HOST[:PORT]")
    sd = lambda name: ox.NamedNode(SD + name)  # noqa: E731
    triples = [ox.Triple(service, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), sd("Service")),
               ox.Triple(service, sd("endpoint"), service),
               ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
               ox.Triple(service, sd("feature"), sd("UnionDefaultGraph"))]
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + FORMAT_IRIS[media_type]))
                for media_type in (*SOLUTION_TYPES, *GRAPH_TYPES)]
    body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes={"sd": SD, "formats": FORMATS})
    return Answer(200, "text/turtle; charset=utf-8", body)
