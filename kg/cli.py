"""The `kg` command: parse arguments, call the Python API, format what it returns.

Every command takes `--out DIR` (default `out`): the folder holding the store, graph.ttl and graph.html; `--store
URL` (or KG_STORE) keeps the graph in a SPARQL 1.1 server instead of `out/store`.
"""

import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from . import api
from .errors import KgError
from .export import ALIASES, FORMAT_NAMES
from .html import RENDERERS, WEBGL_ABOVE
from .model import Document
from .results import RESULT_FORMATS, as_table, as_text
from .selection import DEFAULT_MAX_NODES, Selection
from .settings import Settings

app = typer.Typer(help="Build knowledge graphs from news articles and query, export and explore them — offline. "
                  "Facts are extracted from French and English; other languages are stored without facts.",
                  no_args_is_help=True, pretty_exceptions_enable=False,
                  context_settings={"help_option_names": ["-h", "--help"]})
out_console = Console()
err_console = Console(stderr=True, soft_wrap=True)

#: the page's renderers as a choice for --renderer
Renderer = Enum("Renderer", {name: name for name in RENDERERS}, type=str)
OutOption = Annotated[Path, typer.Option("--out", "-O", help="Output folder: store, graph.ttl, graph.html.",
                                         show_default=True)]
StoreOption = Annotated[str | None, typer.Option(
    "--store", envvar="KG_STORE", help="A SPARQL 1.1 server to keep the graph in instead of OUT/store: its address "
    "(http://127.0.0.1:7878 for `oxigraph serve`, http://HOST:8890/sparql for Virtuoso, or any endpoint's URL).")]


@app.command("build")
def build_cli(
    inputs: Annotated[list[Path], typer.Argument(help="Files (.txt, .md, .jsonl) and folders of them.")],
    out: OutOption = Path("out"),
    lang: Annotated[str | None, typer.Option(help="Force a language (fr, en) instead of detecting it.")] = None,
    processes: Annotated[int, typer.Option("--processes", "-j", help="Worker processes that read documents (parse "
                                           "and extract); one per core for large corpora.")] = 1,
    dask: Annotated[str | None, typer.Option(help="Read documents on a Dask cluster: the scheduler's address "
                                             "(tcp://HOST:8786), or local:N to start N local workers.")] = None,
    store: StoreOption = None,
) -> None:
    """Read articles, extract facts and store them as RDF; write graph.ttl and graph.html.

    Re-running is incremental: unchanged articles are skipped, changed ones replace their old facts.

    Example: kg build seeds/ --out out
    """
    with Progress(TextColumn("[bold]Extracting facts"), BarColumn(), DownloadColumn(), TextColumn("{task.fields[n]}"),
                  TimeElapsedColumn(), TimeRemainingColumn(), console=err_console, transient=True) as progress:
        task = progress.add_task("build", total=None, n="")
        documents = 0

        def advance(document: Document) -> None:
            nonlocal documents
            documents += 1
            progress.update(task, advance=document.size, n=f"{documents} document(s)")

        report = api.build(inputs, out, lang=lang, settings=Settings(n_process=processes, dask=dask),
                           write_outputs=False, store=store, on_total=lambda n: progress.update(task, total=n),
                           on_document=advance)
    with err_console.status(f"Writing {out / api.GRAPH_TTL} and {out / api.GRAPH_HTML}"):
        api.write_graph_files(out, store)
    for problem in report.problems:
        err_console.print(f"[yellow]Skipped[/yellow] {problem}", markup=True, highlight=False)
    for warning in report.warnings:
        err_console.print(f"[yellow]Warning[/yellow] {warning}", markup=True, highlight=False)
    err_console.print(
        f"Built {report.documents} document(s) ({report.unchanged} unchanged, {len(report.problems)} skipped): "
        f"{report.sentences} sentences, {report.facts} facts, {report.quotations} quotations, {report.entities} "
        f"entities in "
        f"{report.seconds:.1f} s -> {out / api.GRAPH_HTML}, {out / api.GRAPH_TTL}", highlight=False)


@app.command("query")
def query_cli(
    sparql: Annotated[str | None, typer.Argument(help="The SPARQL query (or use --file).")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-t", help=f"Output: {', '.join(RESULT_FORMATS)}. "
                                     "CONSTRUCT/DESCRIBE always print Turtle.")] = "table",
    update: Annotated[bool, typer.Option("--update", help="Allow SPARQL UPDATE (changes the store).")] = False,
    out: OutOption = Path("out"),
    store: StoreOption = None,
) -> None:
    """Run SPARQL over all documents (prefixes kg:, kgr:, rdf:, rdfs:, prov:, dcterms:, skos:, schema: predefined).

    Example: kg query "SELECT ?s ?o WHERE { ?s kg:uses ?o }" --format csv
    """
    if (sparql is None) == (file is None):
        raise typer.BadParameter("give a query or --file, not both and not neither")
    text = file.read_text(encoding="utf-8") if file else sparql
    result = api.query(text, out, allow_update=update, store=store)
    if result.kind == "update":
        err_console.print("Update applied.")
    elif fmt == "table":
        out_console.print(as_table(result))
    else:
        sys.stdout.write(as_text(result, fmt))


@app.command("export")
def export_cli(
    fmt: Annotated[str, typer.Option("--format", "-t", help=f"One of {', '.join(FORMAT_NAMES)} "
                                     f"(aliases: {', '.join(ALIASES)}).")] = "ttl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    out: OutOption = Path("out"),
    store: StoreOption = None,
) -> None:
    """Export the graph: RDF (ttl, nt, nq, trig, jsonld) or fact tables (jsonl, csv).

    Example: kg export --format jsonl -o facts.jsonl
    """
    if output is None:
        api.export(fmt, out, sys.stdout.buffer, store=store)
        sys.stdout.buffer.flush()
    else:
        api.export(fmt, out, output, store=store)
        err_console.print(f"Wrote {output}", highlight=False)


@app.command("render")
def render_cli(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Page to write (default: OUT/graph.html).")]
    = None,
    focus: Annotated[str | None, typer.Option(help="Show only the neighbourhood of this entity (name or alias).")]
    = None,
    hops: Annotated[int, typer.Option(help="How far around --focus to go.", min=1)] = 2,
    query: Annotated[Path | None, typer.Option("--query", help="A .rq file: a CONSTRUCT, or a SELECT of ?s ?p ?o, "
                                               "picks the facts to show.")] = None,
    max_nodes: Annotated[int, typer.Option(help="Keep the N most connected entities (the page opens in seconds "
                                           "up to about 25,000).", min=1)] = DEFAULT_MAX_NODES,
    title: Annotated[str, typer.Option(help="Title shown on the page.")] = "kg knowledge graph",
    renderer: Annotated[Renderer, typer.Option(help="How the page draws: vis-network (physics, labelled edges), "
                                               "WebGL (smooth with tens of thousands of entities on a GPU) or canvas "
                                               "(Canvas 2D: fastest in a browser without a GPU); auto picks "
                                               f"vis-network up to {WEBGL_ABOVE:,} entities, above that WebGL, or "
                                               "canvas where the browser draws WebGL without a GPU.")] = Renderer.auto,
    out: OutOption = Path("out"),
    store: StoreOption = None,
) -> None:
    """Rewrite the interactive graph page from the store, whole or in part.

    Example: kg render --focus "Airbus" --hops 2 -o airbus.html
    """
    with api.KnowledgeGraph(out, store) as graph:
        triples = graph.triples_of(query.read_text(encoding="utf-8")) if query else None
        path = graph.render(output, title=title, selection=Selection(focus, hops, triples, max_nodes),
                            renderer=renderer.value)
        notes = graph.notes
    for note in notes:
        err_console.print(f"[yellow]Note[/yellow] {note}", markup=True, highlight=False)
    err_console.print(f"Wrote {path}", highlight=False)


@app.command("serve")
def serve_cli(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).", min=0, max=65535)] = 7878,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped (503).", min=0.1)]
    = 10.0,
    max_rows: Annotated[int, typer.Option(help="Solutions or triples returned at most; the answer says when it "
                                          "was cut (X-Result-Truncated).", min=1)] = 10_000,
    workers: Annotated[int, typer.Option(help="Queries answered at the same time.", min=1)] = 2,
    cors: Annotated[bool, typer.Option("--cors", help="Let pages on other origins query the endpoint (sends "
                                       "Access-Control-Allow-Origin: *); off by default.")] = False,
    out: OutOption = Path("out"),
) -> None:
    """Serve the graph page at /, a read-only SPARQL endpoint at /sparql and a query workbench at /query until Ctrl-C.

    The endpoint speaks the SPARQL 1.1 Protocol (GET ?query=, POST form or application/sparql-query) and answers
    SELECT/ASK as JSON, CSV or TSV and graphs as Turtle, N-Triples or RDF/XML, by the Accept header; GET /sparql
    with no query returns its Service Description. Updates are refused. The workbench (YASGUI) opens with example
    queries and shows a CONSTRUCT result as a graph page (/graph?query=…). While it runs it holds the store: `kg
    build` on the same --out is refused with its address.

    Example: kg serve --port 7878, then curl 'http://127.0.0.1:7878/sparql?query=SELECT...'
    """
    from .server import Limits, serve  # the HTTP machinery loads only for this command

    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as cleanly as Ctrl-C

    def ready(url: str) -> None:
        err_console.print(f"Serving {out} at {url} (SPARQL at {url}sparql, workbench at {url}query); Ctrl-C to stop",
                          highlight=False)

    try:
        serve(out, host, port, limits=Limits(timeout=timeout, max_rows=max_rows), workers=workers, cors=cors,
              on_ready=ready)
    except KeyboardInterrupt:
        err_console.print("Stopped.")


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


@app.command("stats")
def stats_cli(out: OutOption = Path("out"), store: StoreOption = None) -> None:
    """Count the documents, fact statements, entities and quotations in the store.

    Example: kg stats --out out
    """
    query = """SELECT (COUNT(DISTINCT ?d) AS ?documents) (COUNT(DISTINCT ?st) AS ?statements)
               (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?q) AS ?quotations) WHERE {
               { ?d a kg:Document } UNION { ?st a rdf:Statement } UNION
               { ?x a rdf:Statement ; rdf:subject|rdf:object ?e FILTER(isIRI(?e)) } UNION { ?q a kg:Quotation } }"""
    out_console.print(as_table(api.query(query, out, store=store)))


def main() -> None:
    """Entry point: run the app, turning kg's own errors into `Error: …` and an exit code."""
    try:
        app()
    except KgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)
