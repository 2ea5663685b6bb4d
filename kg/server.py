"""`kg serve`: the graph page, a read-only SPARQL 1.1 Protocol endpoint with limits on each query, and a query
workbench, over HTTP/1.1 (connections kept alive; each request in its own thread).

The server holds the store's lock for as long as it runs, so a build cannot change the data under it (and is told
so by `StoreLocked`). Queries run in worker processes on read-only views of the store: a query that runs past the
time limit is stopped by killing its worker, which is then replaced, so one bad query cannot hang the server.
"""

import json
import multiprocessing
import os
import queue
import socket
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from . import __version__
from .endpoint import Answer, answer, problem, refused_update
from .errors import KgError, ServeError
from .html import graph_data, render_page
from .results import QueryResult, triples_of
from .selection import Selection
from .store import SERVER_MARKER, GraphStore, open_store
from .workbench import service_description, static_file, workbench_page


@dataclass(frozen=True)
class Limits:
    """What one request may cost: seconds of query time, solutions or triples returned, bytes of query sent."""

    timeout: float = 10.0
    max_rows: int = 10_000
    max_request_bytes: int = 1 << 20


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection


def _work(store_path: str, connection: Connection) -> None:
    """A worker process: answer each request sent on `connection` until it is closed."""
    store = ox.Store.read_only(store_path)
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        if request is None:
            return
        connection.send(answer(store, **request))


class QueryWorkers:
    """A fixed number of query processes; a request waits for a free one, then for at most the time limit."""

    def __init__(self, store_path: Path, count: int, limits: Limits):
        self.store_path, self.limits = str(store_path), limits
        self._context = multiprocessing.get_context("spawn")  # never fork a threaded server
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(count):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_work, args=(self.store_path, child), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def ask(self, **request: Any) -> Answer:
        """The answer to one query, or a 503 when it runs too long or every worker stays busy."""
        try:
            worker = self._idle.get(timeout=self.limits.timeout)
        except queue.Empty:
            return problem(503, "every query worker is busy; try again in a moment")
        try:
            worker.connection.send({**request, "max_rows": self.limits.max_rows})
            if worker.connection.poll(self.limits.timeout):
                result = worker.connection.recv()
                self._idle.put(worker)
                return result
            message = (f"the query ran longer than the {self.limits.timeout:g} s limit and was stopped; "
                       "narrow it or add a LIMIT")
        except (EOFError, OSError):
            message = "the query worker failed (out of memory?); narrow the query"
        worker.process.kill()
        worker.process.join()
        self._idle.put(self._start())
        return problem(503, message)

    def close(self) -> None:
        while not self._idle.empty():
            worker = self._idle.get()
            worker.process.kill()
            worker.process.join()


#: what a browser on another origin may send when `--cors` is on
CORS_HEADERS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Accept, Content-Type", "Access-Control-Max-Age": "86400"}


def _handler(workers: QueryWorkers, store: GraphStore, page: Path, limits: Limits, cors: bool
             ) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = f"kg/{__version__}"
        protocol_version = "HTTP/1.1"  # keep-alive: every answer says its length

        def setup(self) -> None:
            super().setup()
            # headers and body go out as two writes: without this, a kept-alive client waits for its delayed ACK
            # (40 ms a query on Linux)
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlsplit(self.path)
            params = parse_qs(url.query)
            if url.path in ("/", "/graph.html"):
                self._send(self._page())
            elif url.path == "/sparql":
                self._send(self._query(params) if params else
                           service_description(f"http://{self.headers.get('Host', 'localhost')}/sparql"))
            elif url.path == "/query":
                self._send(workbench_page())
            elif url.path == "/graph":
                self._send(self._graph(params))
            elif url.path.startswith("/static/") and (file := static_file(url.path.removeprefix("/static/"))):
                self._send(file)
            else:
                self._send(problem(404, "nothing here: the SPARQL endpoint is /sparql, the workbench /query, the "
                                        "graph page /"))

        def do_OPTIONS(self) -> None:  # noqa: N802 (a browser's CORS preflight)
            self._send(Answer(204, "text/plain", b"", {"Allow": "GET, POST, OPTIONS"}))

        def do_POST(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            if url.path != "/sparql":
                self._send(problem(404, "POST queries to /sparql"))
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > limits.max_request_bytes:
                self._send(problem(413, f"request larger than {limits.max_request_bytes} bytes"))
                return
            body = self.rfile.read(length)
            params = parse_qs(url.query)
            kind = self.headers.get_content_type()
            try:
                if kind == "application/sparql-query":
                    params["query"] = [body.decode("utf-8")]
                elif kind == "application/sparql-update":
                    self._send(refused_update())
                    return
                elif kind == "application/x-www-form-urlencoded":
                    params.update(parse_qs(body.decode("utf-8"), errors="strict"))
                else:
                    self._send(problem(415, "send application/sparql-query or a form with query="))
                    return
            except UnicodeDecodeError:
                self._send(problem(400, "the request is not UTF-8"))
                return
            self._send(self._query(params))

        def _query(self, params: dict[str, list[str]]) -> Answer:
            if "update" in params:
                return refused_update()
            if len(params.get("query", [])) != 1:
                return problem(400, "give exactly one query parameter, e.g. /sparql?query=ASK%7B%7D")
            return workers.ask(sparql=params["query"][0], accept=self.headers.get("Accept", "*/*"),
                               default_graphs=tuple(params.get("default-graph-uri", [])),
                               named_graphs=tuple(params.get("named-graph-uri", [])))

        def _graph(self, params: dict[str, list[str]]) -> Answer:
            """A graph page of what a CONSTRUCT, or a SELECT of ?s ?p ?o, picks (the workbench opens these)."""
            if len(params.get("query", [])) != 1:
                return problem(400, "give one query: /graph?query=CONSTRUCT…")
            reply = workers.ask(sparql=params["query"][0], accept="application/n-triples, "
                                "application/sparql-results+json")
            if reply.status != 200:
                return reply
            try:
                picked = triples_of(QueryResult.from_answer(reply.body, reply.content_type))
                data = graph_data(store, "kg — query result", Selection(triples=picked))
            except KgError as exc:
                return problem(400, str(exc))
            return Answer(200, "text/html; charset=utf-8", render_page(data).encode("utf-8"))

        def _page(self) -> Answer:
            if not page.is_file():
                return problem(404, f"no graph page in {page.parent}: run `kg render --out {page.parent}` first")
            return Answer(200, "text/html; charset=utf-8", page.read_bytes())

        def _send(self, reply: Answer) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in ({**reply.headers, **CORS_HEADERS} if cors else reply.headers).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)

    return Handler


def serve(out: str | Path = "out", host: str = "127.0.0.1", port: int = 7878, *, limits: Limits | None = None,
          workers: int = 2, cors: bool = False, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve `out`'s graph until interrupted (KeyboardInterrupt); `on_ready(url)` once it accepts requests. With
    `cors`, pages on other origins may query it."""
    out, limits = Path(out), limits or Limits()
    with open_store(out) as store:
        pool = QueryWorkers(store.path, workers, limits)
        try:
            httpd = ThreadingHTTPServer((host, port), _handler(pool, store, out / "graph.html", limits, cors))
        except OSError as exc:
            pool.close()
            raise ServeError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port") from exc
        url = f"http://{host}:{httpd.server_address[1]}/"
        marker = out / SERVER_MARKER
        marker.write_text(json.dumps({"pid": os.getpid(), "url": url}), encoding="utf-8")
        try:
            if on_ready:
                on_ready(url)
            httpd.serve_forever()
        finally:
            httpd.server_close()
            pool.close()
            marker.unlink(missing_ok=True)
