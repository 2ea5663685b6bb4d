"""The public Python API: exactly the documented names, usable without the CLI."""

import kg
from kg.results import QueryResult


def test_public_names():
    assert sorted(kg.__all__) == sorted(["BuildReport", "KgError", "KnowledgeGraph", "__version__", "build",
                                         "export", "open", "query", "render", "serve"])
    for name in kg.__all__:
        assert getattr(kg, name) is not None


def test_open_query_export_render(seed_out, tmp_path):
    with kg.open(seed_out) as graph:
        result = graph.query("SELECT ?label WHERE { ?e a kg:Organization ; rdfs:label ?label } ORDER BY ?label")
        assert isinstance(result, QueryResult) and result.kind == "select"
        labels = [row["label"] for row in result.records()]
        assert labels == sorted(labels) and labels
        assert graph.query("ASK { ?s ?p ?o }").boolean is True
        triples = graph.query("CONSTRUCT { ?s kg:uses ?o } WHERE { ?s kg:uses ?o }").triples
        assert triples and all(t.predicate.value.endswith("#uses") for t in triples)
        assert graph.export("nt").count(b"\n") > 100
        page = graph.render(tmp_path / "page.html")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
