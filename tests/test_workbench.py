"""`kg serve` for people and other pages: the service description, CORS on and off, connections kept alive, and
the workbench driven in headless Chromium (type a query, run it, read its rows; open a CONSTRUCT result as a graph
page; from an entity of the graph page, a query of its facts)."""

import http.client
import shutil
import signal
import time
import urllib.parse

import pytest
import rdflib

import kg

from .test_browser import browser  # noqa: F401 - the browser fixture is shared
from .test_server import request, start

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = rdflib.Namespace("http://www.w3.org/ns/formats/")
USES = "SELECT ?s ?o WHERE { ?s kg:uses ?o }"
CONSTRUCT = "CONSTRUCT { ?s kg:uses ?o } WHERE { ?s kg:uses ?o }"


def _serve(seed_out, tmp_path_factory, *options):
    out = tmp_path_factory.mktemp("served") / "out"
    shutil.copytree(seed_out, out)
    server, url = start(out, *options)
    return out, server, url


@pytest.fixture(scope="module")
def served(seed_out, tmp_path_factory):
    """The seed served as is (CORS off) and a second copy served with --cors: (url, cors url)."""
    _, plain, url = _serve(seed_out, tmp_path_factory)
    _, shared, cors_url = _serve(seed_out, tmp_path_factory, "--cors")
    yield url, cors_url
    for server in (plain, shared):
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def test_get_sparql_without_a_query_is_a_service_description(served):
    url, _ = served
    status, headers, body = request(url)
    assert status == 200 and headers.get_content_type() == "text/turtle"
    description = rdflib.Graph().parse(data=body, format="turtle")
    service = rdflib.URIRef(url + "sparql")
    assert (service, rdflib.RDF.type, SD.Service) in description
    assert (service, SD.endpoint, service) in description
    assert (service, SD.feature, SD.UnionDefaultGraph) in description
    formats = set(description.objects(service, SD.resultFormat))
    assert {FORMATS.SPARQL_Results_JSON, FORMATS.SPARQL_Results_CSV, FORMATS.SPARQL_Results_TSV, FORMATS.Turtle,
            FORMATS["N-Triples"]} <= formats


def _headers(url: str, method: str, path: str) -> dict[str, str]:
    target = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
    connection.request(method, path, headers={"Origin": "http://elsewhere.example", "Access-Control-Request-Method":
                                              "POST", "Access-Control-Request-Headers": "content-type"})
    response = connection.getresponse()
    response.read()
    connection.close()
    return {name.lower(): value for name, value in response.getheaders()}


def test_cors_is_off_by_default_and_on_with_the_flag(served, browser):  # noqa: F811
    url, cors_url = served
    ask = "/sparql?query=" + urllib.parse.quote("ASK {}")
    assert "access-control-allow-origin" not in _headers(url, "GET", ask)
    assert "access-control-allow-origin" not in _headers(url, "OPTIONS", "/sparql")
    assert _headers(cors_url, "GET", ask)["access-control-allow-origin"] == "*"
    preflight = _headers(cors_url, "OPTIONS", "/sparql")
    assert preflight["access-control-allow-origin"] == "*" and "POST" in preflight["access-control-allow-methods"]
    assert "content-type" in preflight["access-control-allow-headers"].lower()

    page = browser.new_page()  # a page of another origin (the first server's 404 page, which has no CSP)
    page.goto(url + "elsewhere")
    fetch = """async target => { try { const r = await fetch(target, {method: "POST", headers: {"Content-Type":
               "application/sparql-query", "Accept": "application/sparql-results+json"}, body: "ASK { ?s ?p ?o }"});
               return (await r.json()).boolean; } catch (error) { return "refused"; } }"""
    assert page.evaluate(fetch, url + "sparql") is True  # (its own origin)
    assert page.evaluate(fetch, cors_url + "sparql") is True  # (another origin, CORS on)
    assert page.evaluate(fetch, url.replace("127.0.0.1", "localhost") + "sparql") == "refused"  # (CORS off)
    page.close()


def test_connections_are_kept_alive(served):
    url, _ = served
    target = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
    sockets = []
    for _ in range(3):
        connection.request("GET", "/sparql?query=" + urllib.parse.quote(USES),
                           headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        assert response.status == 200 and response.version == 11 and b"bindings" in response.read()
        sockets.append(connection.sock)
    assert sockets[0] is not None and sockets.count(sockets[0]) == 3
    started = time.perf_counter()  # answers are not held back by Nagle's algorithm (40 ms each, before TCP_NODELAY)
    for _ in range(20):
        connection.request("GET", "/sparql?query=" + urllib.parse.quote("ASK {}"))
        connection.getresponse().read()
    assert time.perf_counter() - started < 0.6
    connection.close()


class Watched:
    """A page of the browser with what it logged as errors and every URL it asked for."""

    def __init__(self, page):
        self.page, self.errors, self.requests = page, [], []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

    def only_asked(self, origin: str) -> bool:
        return all(u.startswith(origin) or u.startswith("data:") for u in self.requests)


def test_the_workbench_runs_a_typed_query_and_opens_a_construct_as_a_graph(served, browser, seed_out):  # noqa: F811
    url, _ = served
    context = browser.new_context()
    workbench = Watched(context.new_page())
    page = workbench.page
    page.goto(url + "query")
    page.wait_for_function("() => window.kgYasgui !== undefined")
    tabs = page.evaluate("() => kgYasgui.persistentConfig.getTabs().map(id => kgYasgui.getTab(id).getName())")
    assert len(tabs) == 4 and "Facts with their evidence" in tabs
    page.click(".CodeMirror")
    page.keyboard.press("Control+A")
    page.keyboard.type(USES)
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr")
    with kg.open(seed_out) as graph:
        expected = graph.query(USES).records()
    assert page.locator(".yasr table tbody tr").count() == len(expected) > 0
    assert expected[0]["o"] in page.locator(".yasr table").inner_text()

    page.click(".CodeMirror")
    page.keyboard.press("Control+A")
    page.keyboard.type(CONSTRUCT)
    with context.expect_page() as opened:
        page.click("#open-graph")
    graph_page = Watched(opened.value)
    graph_page.page.wait_for_function("() => window.kgStable === true", timeout=30_000)
    shown = set(graph_page.page.evaluate("() => window.kgNodes.getIds()"))
    assert shown == {row[key] for row in expected for key in ("s", "o")}

    graph_page.page.evaluate("id => window.kgNetwork.emit('click', {nodes: [id], edges: []})", expected[0]["o"])
    link = graph_page.page.locator("#details a.query-link")
    with context.expect_page() as asked:
        link.click()
    about = Watched(asked.value)
    about.page.wait_for_function("() => window.kgYasgui !== undefined")
    assert expected[0]["o"] in about.page.evaluate("() => kgYasgui.getTab().getQuery()")
    about.page.click(".yasqe_queryButton")
    about.page.wait_for_selector(".yasr table tbody tr")
    assert about.page.locator(".yasr table tbody tr").count() >= sum(row["o"] == expected[0]["o"] for row in expected)
    for watched in (workbench, graph_page, about):
        assert watched.errors == [] and watched.only_asked(url), (watched.errors, watched.requests)
    context.close()
