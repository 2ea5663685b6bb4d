"""Every export format parses back, `graph.ttl` holds the store's whole union, and JSON Lines has the agreed shape."""

import csv
import io
import json

import pyshacl
import pytest
import rdflib

import kg
from kg.errors import UnknownFormat
from kg.export import FORMAT_NAMES
from kg.ontology import ontology_file

from .conftest import SEEDS, write


def union_size(out) -> int:
    rows = kg.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }",
                    out=out).records()
    return int(rows[0]["n"])


def test_graph_ttl_reparses_to_the_union_of_graphs(seed_out):
    graph = rdflib.Graph().parse(seed_out / "graph.ttl", format="turtle")
    assert len(graph) == union_size(seed_out) > 100


def test_triples_repeated_across_documents_are_written_once(tmp_path):
    for name in ("a", "b", "c"):  # the same entities, fact and minted relation in three documents
        write(tmp_path / "in" / f"{name}.txt", f"Renault utilise Gemini. Renault négocie avec Boeing ({name}).")
    out = tmp_path / "out"
    kg.build([tmp_path / "in"], out=out)
    lines = kg.export("nt", out=out).decode("utf-8").splitlines()
    assert len(lines) == len(set(lines)) == union_size(out)
    assert len(rdflib.Graph().parse(out / "graph.ttl", format="turtle")) == union_size(out)
    fact = "<https://w3id.org/kg-news/resource/entity/renault> <https://w3id.org/kg-news/ontology#uses> "
    assert sum(line.startswith(fact) for line in lines) == 1


@pytest.mark.parametrize(("fmt", "rdflib_format", "dataset"), [
    ("ttl", "turtle", False), ("nt", "nt", False), ("nq", "nquads", True), ("trig", "trig", True),
    ("jsonld", "json-ld", True)])
def test_rdf_formats_parse(seed_out, fmt, rdflib_format, dataset):
    data = kg.export(fmt, out=seed_out)
    if dataset:
        parsed = rdflib.Dataset()
        parsed.parse(data=data, format=rdflib_format)
        assert len({(s, p, o) for s, p, o, _ in parsed.quads((None, None, None, None))}) == union_size(seed_out)
        assert len({g for *_, g in parsed.quads((None, None, None, None))}) >= 2  # ontology + the document
    else:
        assert len(rdflib.Graph().parse(data=data, format=rdflib_format)) == union_size(seed_out)


def test_jsonl_shape(seed_out):
    lines = kg.export("jsonl", out=seed_out).decode("utf-8").splitlines()
    assert len(lines) > 5
    for line in lines:
        fact = json.loads(line)
        assert set(fact) >= {"subject", "predicate", "object", "qualifiers", "evidence", "confidence"}
        assert fact["subject"]["iri"].startswith("https://") and fact["subject"]["label"]
        assert fact["predicate"]["iri"].startswith("https://") and fact["predicate"]["label"]
        assert fact["subject"]["type"].endswith(("Organization", "Person", "Place", "Product", "Concept", "Event",
                                                 "Role", "Entity"))
        for evidence in fact["evidence"]:
            assert evidence["document"] == "meta-llama-gouvernement"
            assert 0 <= evidence["start"] < evidence["end"]
        for q in fact["qualifiers"]:
            assert q["predicate"]["label"] and q["value"]["label"]
        assert 0 < fact["confidence"] <= 1


def test_jsonl_evidence_offsets_point_into_the_article(seed_out):
    article = (SEEDS / "meta-llama-gouvernement.txt").read_text(encoding="utf-8")
    for line in kg.export("jsonl", out=seed_out).decode().splitlines():
        for evidence in json.loads(line)["evidence"]:
            assert article[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_csv_has_one_row_per_fact_and_sentence(seed_out):
    rows = list(csv.DictReader(io.StringIO(kg.export("csv", out=seed_out).decode("utf-8-sig"))))
    facts = [json.loads(line) for line in kg.export("jsonl", out=seed_out).decode().splitlines()]
    assert len(rows) == sum(len(f["evidence"]) for f in facts)
    assert {"subject", "predicate", "object", "sentence", "document"} <= set(rows[0])


def test_unknown_format_lists_the_known_ones(seed_out):
    with pytest.raises(UnknownFormat) as error:
        kg.export("xlsx", out=seed_out)
    assert all(name in str(error.value) for name in FORMAT_NAMES)


def test_aliases(seed_out):
    assert kg.export("turtle", out=seed_out) == kg.export("ttl", out=seed_out)


def test_built_graph_conforms_to_the_shapes(seed_out):
    data = rdflib.Graph().parse(seed_out / "graph.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(data, shacl_graph=str(ontology_file("shapes.ttl")), inference="rdfs")
    assert conforms, report


def test_shapes_catch_a_broken_statement(seed_out):
    data = rdflib.Graph().parse(seed_out / "graph.ttl", format="turtle")
    kgns = rdflib.Namespace("https://w3id.org/kg-news/ontology#")
    statement = next(data.subjects(rdflib.RDF.type, rdflib.RDF.Statement))
    data.remove((statement, kgns.evidence, None))
    conforms, _, _ = pyshacl.validate(data, shacl_graph=str(ontology_file("shapes.ttl")), inference="rdfs")
    assert not conforms
