"""`kg serve` for real: a server process on 127.0.0.1, asked over HTTP like any SPARQL client would."""

import json
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib

import kg

from .test_cli import KG, run

TIMEOUT = 1.5
MAX_ROWS = 5
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
USES = "SELECT ?s ?o WHERE { ?s kg:uses ?o } ORDER BY ?s ?o"


def start(out, *options):
    """A `kg serve` process and its URL, once it says it is listening."""
    server = subprocess.Popen([*KG, "serve", "--out", str(out), "--port", "0", *options],
                              stderr=subprocess.PIPE, text=True)
    line = server.stderr.readline()
    assert "Serving" in line, line + server.stderr.read()
    return server, line.split(" at ", 1)[1].split()[0]


@pytest.fixture(scope="module")
def served(seed_out, tmp_path_factory):
    """A copy of the seed build, what the store answers directly, and a server over it."""
    out = tmp_path_factory.mktemp("served") / "out"
    shutil.copytree(seed_out, out)
    with kg.open(out) as graph:
        expected = {"uses": graph.query(USES).records(),
                    "triples": len(graph.query("CONSTRUCT WHERE { ?s kg:uses ?o }").triples),
                    "rows": len(graph.query("SELECT * WHERE { ?s ?p ?o }").rows)}
    server, url = start(out, "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS))
    yield out, url, expected
    server.send_signal(signal.SIGTERM)
    assert server.wait(timeout=30) == 0
    assert not (out / ".kg-serve.json").exists()


def request(url, path="sparql", *, params=None, data=None, content_type=None, accept=None):
    """(status, headers, body text) of one HTTP request, error statuses included."""
    target = url + path + ("?" + urllib.parse.urlencode(params) if params else "")
    headers = {key: value for key, value in (("Content-Type", content_type), ("Accept", accept)) if value}
    body = data.encode() if isinstance(data, str) else data
    try:
        with urllib.request.urlopen(urllib.request.Request(target, data=body, headers=headers), timeout=60) as reply:
            return reply.status, reply.headers, reply.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def test_select_over_get_matches_the_store(served):
    _, url, expected = served
    status, headers, body = request(url, params={"query": USES})
    assert status == 200 and headers.get_content_type() == "application/sparql-results+json"
    rows = [{v: b[v]["value"] for v in b} for b in json.loads(body)["results"]["bindings"]]
    assert rows == expected["uses"][:MAX_ROWS]


def test_post_form_and_sparql_query_body_with_accept(served):
    _, url, _ = served
    status, headers, body = request(url, data=urllib.parse.urlencode({"query": "ASK { ?s kg:uses ?o }"}),
                                    content_type="application/x-www-form-urlencoded")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, headers, body = request(url, data=USES, content_type="application/sparql-query", accept="text/csv")
    assert status == 200 and headers.get_content_type() == "text/csv"
    assert body.splitlines()[0] == "s,o"


def test_construct_is_turtle_or_ntriples_that_parse(served):
    _, url, expected = served
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt")):
        status, headers, body = request(url, params={"query": "CONSTRUCT WHERE { ?s kg:uses ?o }"}, accept=accept)
        assert status == 200 and headers.get_content_type() == accept
        assert len(rdflib.Graph().parse(data=body, format=fmt)) == min(expected["triples"], MAX_ROWS)


def test_result_size_is_capped_and_says_so(served):
    _, url, expected = served
    assert expected["rows"] > MAX_ROWS
    status, headers, body = request(url, params={"query": "SELECT * WHERE { ?s ?p ?o }"}, accept="text/csv")
    assert status == 200 and len(body.splitlines()) == 1 + MAX_ROWS
    assert f"first {MAX_ROWS}" in headers["X-Result-Truncated"]


def test_malformed_query_is_a_400_with_the_position(served):
    _, url, _ = served
    status, _, body = request(url, params={"query": "SELECT ?x WHERE { ?x"})
    assert status == 400 and body.startswith("SPARQL syntax error: error at 1:")


@pytest.mark.parametrize("how", ["form", "content-type", "query"])
def test_updates_are_refused_and_change_nothing(served, how):
    _, url, _ = served
    if how == "form":
        reply = request(url, data="update=DROP%20ALL", content_type="application/x-www-form-urlencoded")
    elif how == "content-type":
        reply = request(url, data="DROP ALL", content_type="application/sparql-update")
    else:
        reply = request(url, params={"query": "DROP ALL"})
    assert reply[0] == 403 and "read-only" in reply[2]
    assert json.loads(request(url, params={"query": "ASK { ?s kg:uses ?o }"})[2])["boolean"] is True


def test_unacceptable_format_is_a_406_listing_the_offers(served):
    _, url, _ = served
    status, _, body = request(url, params={"query": USES}, accept="application/sparql-results+xml")
    assert status == 406 and "text/csv" in body


def test_a_runaway_query_is_stopped_and_others_still_answered(served):
    _, url, _ = served
    slow: dict = {}

    def ask_slow():
        started = time.perf_counter()
        slow["reply"] = request(url, params={"query": SLOW_QUERY})
        slow["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=ask_slow)
    thread.start()
    time.sleep(0.3)
    assert request(url, params={"query": "ASK { ?s ?p ?o }"})[0] == 200  # the other worker answers meanwhile
    thread.join(timeout=60)
    assert slow["reply"][0] == 503 and f"{TIMEOUT:g} s limit" in slow["reply"][2]
    assert slow["seconds"] < TIMEOUT + 5
    for _ in range(3):  # the killed worker was replaced
        assert request(url, params={"query": USES})[0] == 200


def test_graph_page_is_served_and_other_paths_are_not(served):
    out, url, _ = served
    status, headers, body = request(url, "")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert body == (out / "graph.html").read_text(encoding="utf-8")
    assert request(url, "../store/CURRENT")[0] == 404
    assert request(url, "static/../store/CURRENT")[0] == 404
    assert request(url, "static/vendor.json")[0] == 404  # (only the workbench's own files)
    assert request(url, "sparql?query=ASK%7B%7D&query=ASK%7B%7D")[0] == 400  # (two queries in one request)


def test_build_and_query_while_serving_say_where_the_server_is(served):
    out, url, _ = served
    for command in (["build", "seeds", "--out", out], ["query", "ASK {}", "--out", out]):
        result = run(*command)
        assert result.returncode == 3
        assert "held by `kg serve`" in result.stderr and f"{url}sparql" in result.stderr


def test_a_taken_port_is_a_clear_error(seed_copy):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([*KG, "serve", "--out", str(seed_copy), "--port", str(port)], capture_output=True,
                                text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{port}") and "--port" in result.stderr
    assert not (seed_copy / ".kg-serve.json").exists()


def test_serving_nothing_built_is_a_clear_error(tmp_path):
    result = subprocess.run([*KG, "serve", "--out", str(tmp_path / "none")], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1 and result.stderr.startswith("Error: no knowledge graph in")

