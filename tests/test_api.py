"""The public Python API: exactly the documented names, usable without the CLI."""

import json

import kg
from kg.html import MAX_EVIDENCE_ON_PAGE, graph_data
from kg.results import QueryResult
from kg.selection import Selection

from .conftest import write


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


def test_page_of_a_large_graph_keeps_the_most_connected_and_caps_evidence(tmp_path):
    # One fact read in 25 articles, and a hub with more neighbours than the page may show.
    sentence = "Le groupe Renault utilise le logiciel Catia."
    records = [{"id": f"a{i}", "text": sentence} for i in range(25)]
    records.append({"id": "hub", "text": " ".join(f"Le groupe Renault rachète la société Ventura{chr(97 + i)}."
                                                  for i in range(8))})
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    out = tmp_path / "out"
    kg.build([corpus], out=out, write_outputs=False)
    with kg.open(out) as graph:
        total = len(graph.query("SELECT DISTINCT ?e WHERE { ?st rdf:subject|rdf:object ?e FILTER isIRI(?e) }").rows)
        data = graph_data(graph.store, selection=Selection(max_nodes=4))
    assert total > 4
    assert len(data["nodes"]) <= 4 and "Renault" in {n["label"] for n in data["nodes"]}
    assert data["notes"][0].startswith(f"showing {len(data['nodes'])} of {total} entities, the most connected")
    (uses,) = [f for f in data["facts"] if f["p"] == "uses"]
    assert len(uses["e"]) == MAX_EVIDENCE_ON_PAGE and uses["more"] == 25 - MAX_EVIDENCE_ON_PAGE
    edge = next(e for e in data["edges"] if e["relation"] == "uses")
    assert len(edge["documents"]) == 25 and set(data["documents"]) >= set(edge["documents"])


def test_page_relations_are_grouped_by_their_parent_property_and_minted_ones_come_last(tmp_path):
    text = ("La société Zorbi a pulvérisé la société Vexa. Le groupe Zorbi utilise les logiciels Pimto et Quarn. "
            "La société Vexa utilise le logiciel Pimto.")
    kg.build([write(tmp_path / "zorbi.txt", text)], out=tmp_path / "out", write_outputs=False)
    with kg.open(tmp_path / "out") as graph:
        data = graph_data(graph.store)
    groups = [(group["name"], group["relations"]) for group in data["relation_groups"]]
    assert [name for name, _ in groups] == ["products and work", "other"]  # (kg:uses is one; pulvériser is minted)
    uses = sum(1 for edge in data["edges"] if edge["relation"] == "uses")
    assert groups[0][1][0] == ["uses", uses] and uses >= 2  # (the most used first)
    assert [relation for relation, _ in groups[1][1]] == ["pulvériser"]
    assert sum(count for _, relations in groups for _, count in relations) == len(data["edges"])
