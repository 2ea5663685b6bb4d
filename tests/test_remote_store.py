"""`--store URL`: the graph kept in a real Oxigraph server (`oxigraph serve`, a process on 127.0.0.1) holds, answers
and exports exactly what the embedded store does; a server that goes away mid-build loses no finished document."""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest
import rdflib

import kg
from kg.errors import QuerySyntaxError, StoreUnavailable, UpdateRefused
from kg.remote import SERVERS, RemoteStore

from .conftest import free_port, write
from .test_build import ARTICLE_A, ARTICLE_B

KG = [sys.executable, "-m", "kg"]
ENGLISH = "Acme Corp bought the startup Zorbex. Zorbex makes batteries for electric cars in Leeds."


class OxigraphServer:
    """`oxigraph serve` on a folder and a free port of 127.0.0.1, which a test may kill and start again."""

    def __init__(self, location: Path):
        executable = shutil.which("oxigraph", path=f"{Path(sys.executable).parent}:{os.environ['PATH']}")
        assert executable, "the `oxigraph` server command is missing: install the test extras (pip install -e .[test])"
        self.command = [executable, "serve", "--location", str(location), "--bind", f"127.0.0.1:{free_port()}"]
        self.url = f"http://{self.command[-1]}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                urllib.request.urlopen(urllib.request.Request(self.url + "/", method="HEAD"), timeout=1)
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"oxigraph serve did not start at {self.url}")

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()


@pytest.fixture
def oxigraph(tmp_path):
    server = OxigraphServer(tmp_path / "oxigraph")
    server.start()
    yield server
    server.kill()


def _kg(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=300)


def _quads(out: Path, store: str | None = None) -> list[str]:
    return sorted(kg.export("nq", out=out, store=store).decode().splitlines())


def _graphs(quads: list[str]) -> dict[str, set[str]]:
    """N-Quads lines by the graph they are in."""
    graphs: dict[str, set[str]] = defaultdict(set)
    for line in quads:
        graphs[line.rsplit(" ", 2)[-2]].add(line)
    return graphs


def test_a_build_in_an_oxigraph_server_holds_answers_and_exports_what_the_embedded_store_does(tmp_path, oxigraph):
    articles = tmp_path / "articles"
    for name, text in (("renault", ARTICLE_A), ("bnp", ARTICLE_B), ("acme", ENGLISH)):
        write(articles / f"{name}.txt", text)
    local, remote = tmp_path / "local", tmp_path / "remote"
    embedded = kg.build([articles], out=local, write_outputs=False)
    served = kg.build([articles], out=remote, store=oxigraph.url, write_outputs=False)
    counts = ("documents", "sentences", "facts", "quotations", "entities")
    assert [getattr(served, n) for n in counts] == [getattr(embedded, n) for n in counts] and served.facts > 3
    assert not (remote / "store").exists()  # (the server holds the graph)
    assert _quads(remote, oxigraph.url) == _quads(local)

    write(articles / "bnp.txt", ARTICLE_B.replace("BNP Paribas", "Crédit Agricole"))
    kg.build([articles], out=local, write_outputs=False)
    again = kg.build([articles], out=remote, store=oxigraph.url, write_outputs=False)
    assert (again.documents, again.unchanged) == (1, 2)
    assert _quads(remote, oxigraph.url) == _quads(local)
    labels = kg.query("SELECT ?l WHERE { ?e rdfs:label ?l }", store=oxigraph.url).records()
    assert {"l": "Crédit Agricole"} in labels and {"l": "BNP Paribas"} not in labels

    sparql = "SELECT ?s ?p ?o WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } ORDER BY ?s ?p ?o"
    for command in (["query", sparql, "--format", "csv"], ["export", "--format", "ttl"], ["stats"]):
        from_server = _kg(*command, "--store", oxigraph.url)
        embedded = _kg(*command, "--out", local)
        assert from_server.returncode == embedded.returncode == 0, from_server.stderr
        if command[0] == "export":
            assert set(rdflib.Graph().parse(data=from_server.stdout, format="turtle")) == set(
                rdflib.Graph().parse(data=embedded.stdout, format="turtle"))
        else:
            assert from_server.stdout == embedded.stdout and from_server.stdout.count("\n") > 3
    rendered = _kg("render", "--store", oxigraph.url, "--out", remote)
    assert rendered.returncode == 0, rendered.stderr
    kg.render(out=local)
    assert (remote / "graph.html").read_bytes() == (local / "graph.html").read_bytes()


def test_a_server_killed_mid_build_keeps_every_finished_document_whole_and_the_rerun_completes(tmp_path, oxigraph):
    texts = [ARTICLE_A, ARTICLE_B, ENGLISH]
    corpus = write(tmp_path / "corpus.jsonl", "\n".join(
        json.dumps({"id": f"doc-{i:03}", "text": f"{texts[i % 3]} {i}."}) for i in range(120)))
    local = tmp_path / "local"
    kg.build([corpus], out=local, write_outputs=False)
    build = subprocess.Popen([*KG, "build", corpus, "--out", tmp_path / "remote", "--store", oxigraph.url],
                             stderr=subprocess.PIPE, text=True)
    while not kg.query("ASK { ?d a kg:Document }", store=oxigraph.url).boolean:
        time.sleep(0.02)
    oxigraph.kill()
    _, stderr = build.communicate(timeout=120)
    message = " ".join(stderr.split())
    assert build.returncode == StoreUnavailable.exit_code, message
    assert f"Error: the SPARQL store at {oxigraph.url} does not answer" in message and "run the same command" in message

    oxigraph.start()
    expected, kept = _graphs(_quads(local)), _graphs(_quads(tmp_path / "remote", oxigraph.url))
    stored = kg.query("SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id }", store=oxigraph.url)
    assert 0 < len(stored.rows) < 120
    partial = {graph: sorted(kept[graph] ^ expected[graph]) for graph in kept if kept[graph] != expected[graph]}
    assert not partial, partial  # no document stored in part (the differing lines, by graph)

    rerun = _kg("build", corpus, "--out", tmp_path / "remote", "--store", oxigraph.url)
    assert rerun.returncode == 0, rerun.stderr
    assert f"({len(stored.rows)} unchanged" in " ".join(rerun.stderr.split())
    assert _quads(tmp_path / "remote", oxigraph.url) == _quads(local)


def test_no_server_at_the_address_is_a_clear_error(tmp_path):
    address = f"http://127.0.0.1:{free_port()}"
    result = _kg("stats", "--store", address)
    assert result.returncode == StoreUnavailable.exit_code
    assert f"Error: the SPARQL store at {address} does not answer" in " ".join(result.stderr.split())
    with pytest.raises(StoreUnavailable, match="http:// or https:// address of a SPARQL server"):
        kg.query("ASK {}", store="127.0.0.1:7878")


def test_a_query_the_server_cannot_parse_is_a_syntax_error_and_updates_need_leave(oxigraph):
    with pytest.raises(QuerySyntaxError, match=f"the SPARQL store at {oxigraph.url} refused the query"):
        kg.query("SELECT ?x WHERE { ?x", store=oxigraph.url)
    update = "INSERT DATA { GRAPH <urn:g> { <urn:a> kg:uses <urn:b> } }"
    with pytest.raises(UpdateRefused):
        kg.query(update, store=oxigraph.url)
    assert kg.query(update, store=oxigraph.url, allow_update=True).kind == "update"
    assert kg.query("ASK { <urn:a> kg:uses <urn:b> }", store=oxigraph.url).boolean


def test_a_server_written_through_the_graph_store_protocol_holds_what_the_embedded_store_does(tmp_path, oxigraph,
                                                                                               monkeypatch):
    """Servers whose Graph Store `PUT` replaces a graph in one transaction (Virtuoso) get each document as one `PUT`:
    here Oxigraph itself, with its /store endpoint put in kg's table (kg writes to Oxigraph with SPARQL Update by
    default, because Oxigraph's `PUT` clears and loads in two transactions)."""
    assert RemoteStore(oxigraph.url).graphs_url is None
    monkeypatch.setitem(SERVERS, "oxigraph", replace(SERVERS["oxigraph"], graphs="/store"))
    assert RemoteStore(oxigraph.url).graphs_url == f"{oxigraph.url}/store"
    articles = tmp_path / "articles"
    for name, text in (("renault", ARTICLE_A), ("acme", ENGLISH)):
        write(articles / f"{name}.txt", text)
    kg.build([articles], out=tmp_path / "local", write_outputs=False)
    kg.build([articles], out=tmp_path / "remote", store=oxigraph.url, write_outputs=False)
    assert _quads(tmp_path / "remote", oxigraph.url) == _quads(tmp_path / "local")
    write(articles / "acme.txt", ENGLISH.replace("Leeds", "York"))
    kg.build([articles], out=tmp_path / "local", write_outputs=False)
    again = kg.build([articles], out=tmp_path / "remote", store=oxigraph.url, write_outputs=False)
    assert (again.documents, again.unchanged) == (1, 1)
    assert _quads(tmp_path / "remote", oxigraph.url) == _quads(tmp_path / "local")
