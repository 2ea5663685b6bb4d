"""`kg serve` under load: 20 clients each sending 100 queries over one kept-alive connection, at the same time.

    python benchmarks/serve.py [--clients 20] [--queries 100] [--workers 2] [--copies 1]

Serves the real-news development articles (`../shared/eval/dev/`, `--copies` times) from a new build, then prints
errors, latency p50 / p95 / max and queries per second under load, against the same queries answered one after the
other by one client (the baseline, measured in the same run).
"""

import argparse
import http.client
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import kg

from build import corpus  # (this folder's build benchmark: the same corpus)

QUERIES = [
    "SELECT ?s ?o WHERE { ?s kg:uses ?o } LIMIT 50",
    "SELECT ?p (COUNT(*) AS ?n) WHERE { ?st rdf:predicate ?p } GROUP BY ?p ORDER BY DESC(?n) LIMIT 20",
    "SELECT ?person ?role WHERE { ?x a kg:Person ; rdfs:label ?person ; kg:hasRole ?r . ?r rdfs:label ?role } "
    "LIMIT 50",
    "SELECT ?subject ?object ?sentence WHERE { ?st rdf:subject ?s ; rdf:object ?o ; kg:evidence ?sentence . "
    "?s rdfs:label ?subject . ?o rdfs:label ?object } LIMIT 100",
    "ASK { ?s kg:provides ?o }",
]


def client(address: tuple[str, int], count: int, offset: int, latencies: list[float], errors: list[str]) -> None:
    """One client: `count` queries in turn over one connection, each latency and error recorded."""
    connection = http.client.HTTPConnection(*address, timeout=60)
    for number in range(count):
        query = QUERIES[(offset + number) % len(QUERIES)]
        started = time.perf_counter()
        try:
            connection.request("GET", "/sparql?query=" + urllib.parse.quote(query),
                               headers={"Accept": "application/sparql-results+json"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"{response.status} for {query[:40]}")
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
            connection.close()
            connection = http.client.HTTPConnection(*address, timeout=60)
        latencies.append(time.perf_counter() - started)
    connection.close()


def load(address: tuple[str, int], clients: int, queries: int) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    threads = [threading.Thread(target=client, args=(address, queries, n, latencies, errors)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100)[int(share * 100) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--queries", type=int, default=100, help="queries each client sends")
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers")
    parser.add_argument("--copies", type=int, default=1, help="copies of the development articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, _ = corpus(args.copies, Path(tmp), news=True)
        report = kg.build([path], out=Path(tmp) / "out")
        server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--out", str(Path(tmp) / "out"), "--port",
                                   "0", "--workers", str(args.workers)], stderr=subprocess.PIPE, text=True)
        try:
            line = server.stderr.readline()
            url = urllib.parse.urlsplit(line.split(" at ", 1)[1].split()[0])
            # (read the request log as it comes: a full pipe would stop the server)
            threading.Thread(target=server.stderr.read, daemon=True).start()
            address = (url.hostname, url.port)
            alone, alone_errors, alone_seconds = load(address, 1, args.queries)
            latencies, errors, seconds = load(address, args.clients, args.queries)
        finally:
            server.terminate()
            server.wait()
    total = args.clients * args.queries
    print(f"graph: {report.documents} documents, {report.facts} facts; kg serve --workers {args.workers}")
    print(f"one client, {args.queries} queries in turn: p50 {statistics.median(alone) * 1000:.1f} ms, "
          f"p95 {percentile(alone, 0.95) * 1000:.1f} ms, {args.queries / alone_seconds:.0f} queries/s, "
          f"{len(alone_errors)} errors")
    print(f"{args.clients} clients x {args.queries} queries at once: p50 {statistics.median(latencies) * 1000:.1f} ms, "
          f"p95 {percentile(latencies, 0.95) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms, "
          f"{total / seconds:.0f} queries/s, {len(errors)} errors of {total}")
    print(f"under load / alone: p50 x{statistics.median(latencies) / statistics.median(alone):.1f}, "
          f"throughput x{(total / seconds) / (args.queries / alone_seconds):.2f}")
    for error in sorted(set(errors))[:5]:
        print("   ", error)


if __name__ == "__main__":
    main()
