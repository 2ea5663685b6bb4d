"""kg's graph in a SPARQL server (`--store`) against the embedded store: the same build into each, compared quad by
quad, and the time each takes.

    python benchmarks/stores.py [--server virtuoso|oxigraph] [--copies 1]

The corpus is the real-news development articles (`../shared/eval/dev/`, fr and en), `--copies` times with distinct
ids. `virtuoso` (the default) is Debian's `virtuoso-opensource-7`, installed with apt-get when `virtuoso-t` is
missing (as root, or with sudo); `oxigraph` is the `oxigraph` server command of the test extras. The server runs in
a temporary folder on free ports of 127.0.0.1 and is stopped at the end.

Printed: seconds and documents per second of each build (outputs excluded), of a second build that finds every
document unchanged, of `export nq` and of a query; whether the quads (with literals in canonical form: Virtuoso
gives `"1"^^xsd:boolean` back for `true`), a query's rows and the Turtle export's triples are equal.
"""

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

import kg

from build import corpus  # (this folder's build benchmark: the same corpus)

XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
QUERY = "SELECT ?s ?p ?o WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } ORDER BY ?s ?p ?o"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the server stopped at start (exit code {process.returncode})")
        try:
            urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=2)
            return
        except urllib.error.HTTPError:
            return  # (it answers)
        except OSError:
            time.sleep(0.2)
    sys.exit(f"no server at {url} after {seconds:.0f} s")


@contextlib.contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    executable = shutil.which("oxigraph", path=f"{Path(sys.executable).parent}:{os.environ['PATH']}")
    if not executable:
        sys.exit("the `oxigraph` command is missing: pip install oxigraph (it is in kg's test extras)")
    address = f"127.0.0.1:{free_port()}"
    process = subprocess.Popen([executable, "serve", "--location", str(folder), "--bind", address],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://{address}/", process)
        yield f"http://{address}"
    finally:
        process.terminate()
        process.wait()


def install_virtuoso() -> None:
    if shutil.which("virtuoso-t"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("installing virtuoso-opensource-7 from Debian…", flush=True)
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "virtuoso-opensource-7"], check=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, stdout=subprocess.DEVNULL)


@contextlib.contextmanager
def virtuoso_server(folder: Path) -> Iterator[str]:
    """Virtuoso on a database of its own in `folder`, whose anonymous SPARQL user may update (as kg's build needs)
    and gets whole answers (its default cuts every answer at 10,000 rows)."""
    install_virtuoso()
    folder.mkdir(parents=True)
    sql_port, http_port = free_port(), free_port()
    settings = Path("/etc/virtuoso-opensource-7/virtuoso.ini").read_text(encoding="utf-8")
    settings = settings.replace("/var/lib/virtuoso-opensource-7/db", str(folder))
    settings = settings.replace("ServerPort               = 1111", f"ServerPort               = {sql_port}")
    settings = settings.replace("ServerPort                  = 8890", f"ServerPort                  = {http_port}")
    settings = settings.replace("ResultSetMaxRows           = 10000", "ResultSetMaxRows           = 100000000")
    (folder / "virtuoso.ini").write_text(settings, encoding="utf-8")
    process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder)
    try:
        wait_for(f"http://127.0.0.1:{http_port}/", process)
        subprocess.run(["isql-vt", str(sql_port), "dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; "
                        "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"], check=True, stdout=subprocess.DEVNULL)
        yield f"http://127.0.0.1:{http_port}"
    finally:
        process.terminate()
        process.wait()


def canonical(data: bytes, format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> list[str]:
    """Sorted N-Quads lines, booleans written `true` / `false` whatever lexical form the store kept."""
    lines = []
    for quad in ox.parse(data, format=format):
        value = quad.object
        if isinstance(value, ox.Literal) and value.datatype.value == XSD_BOOLEAN:
            value = ox.Literal("true" if value.value in ("true", "1") else "false", datatype=value.datatype)
        lines.append(str(ox.Quad(quad.subject, quad.predicate, value, quad.graph_name)))
    return sorted(lines)


def timed(work: Callable[..., Any], *args: Any, **options: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work(*args, **options)
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", choices=("virtuoso", "oxigraph"), default="virtuoso")
    parser.add_argument("--copies", type=int, default=1, help="copies of the development articles (default 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, words = corpus(args.copies, folder, news=True)
        server = virtuoso_server if args.server == "virtuoso" else oxigraph_server
        local, remote = folder / "local", folder / "remote"
        kg.build([path], out=folder / "warm", write_outputs=False)  # (models loaded and warm for both builds)
        embedded_seconds, report = timed(kg.build, [path], out=local, write_outputs=False)
        with server(folder / args.server) as url:
            served_seconds, served = timed(kg.build, [path], out=remote, store=url, write_outputs=False)
            again_seconds, again = timed(kg.build, [path], out=remote, store=url, write_outputs=False)
            times = {}
            results = {}
            for name, store in (("embedded", None), (args.server, url)):
                out = local if store is None else remote
                times[name, "export nq"], results[name, "nq"] = timed(kg.export, "nq", out=out, store=store)
                times[name, "query"], results[name, "query"] = timed(kg.query, QUERY, out=out, store=store)
                results[name, "ttl"] = kg.export("ttl", out=out, store=store)
        documents = report.documents
        print(f"corpus: {documents} documents, {words} words, {report.facts} facts")
        print(f"build into the embedded store : {embedded_seconds:6.2f} s  {documents / embedded_seconds:6.1f} docs/s")
        print(f"build into {args.server:<19}: {served_seconds:6.2f} s  {documents / served_seconds:6.1f} docs/s  "
              f"({served_seconds / embedded_seconds:.2f}x the embedded store's time)")
        print(f"second build, all unchanged  : {again_seconds:6.2f} s  ({again.unchanged} of {documents} skipped)")
        for what in ("export nq", "query"):
            print(f"{what:<10}: embedded {times['embedded', what]:.2f} s, {args.server} "
                  f"{times[args.server, what]:.2f} s")
        embedded_quads, served_quads = canonical(results["embedded", "nq"]), canonical(results[args.server, "nq"])
        print(f"quads: {len(served_quads)} in {args.server}, {len(embedded_quads)} embedded — "
              f"{'equal' if served_quads == embedded_quads else 'DIFFERENT'}")
        for line in sorted(set(served_quads) ^ set(embedded_quads))[:5]:
            print("   ", ("only in server  " if line in set(served_quads) else "only embedded   ") + line[:200])
        rows = [result.records() for result in (results["embedded", "query"], results[args.server, "query"])]
        print(f"query rows: {len(rows[1])} — {'equal' if rows[0] == rows[1] else 'DIFFERENT'}")
        turtle = [canonical(results[name, "ttl"], ox.RdfFormat.TURTLE) for name in ("embedded", args.server)]
        print(f"Turtle export triples: {len(turtle[1])} — {'equal' if turtle[0] == turtle[1] else 'DIFFERENT'}")
        if (served.documents, served.facts) != (report.documents, report.facts):
            print(f"build reports differ: {served.documents} documents / {served.facts} facts into the server")


if __name__ == "__main__":
    main()
