"""A date read as a fact (born, died, founded) is a literal object, kept as the text writes it, not an entity."""

import json

import pyshacl
import pytest
import rdflib

import kg
from kg.html import graph_data
from kg.ontology import ontology_file

from .conftest import built
from .test_browser import OpenPage, browser, fit  # noqa: F401 - the browser fixture is shared
from .test_page_controls import click_node

ARTICLE = ("Mort de Paul Durand, fondateur de Brimex\n"
           "Paul Durand est mort dimanche à Lyon. Il avait fondé Brimex avec Marie Martin. "
           "La société Brimex a été fondée en 1990 à Lyon.\n")


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    return built(tmp_path_factory, "dated", ARTICLE)


def test_a_date_is_a_plain_triple_and_a_statement_with_a_literal_object(dated):
    rows = kg.query("SELECT ?who ?p ?when ?sentence WHERE { ?x ?p ?when . ?p rdfs:subPropertyOf kg:when . "
                    "?st rdf:subject ?x ; rdf:predicate ?p ; rdf:object ?when ; kg:evidence ?sentence . "
                    "?x rdfs:label ?who }", out=dated).records()
    found = {(r["who"], r["p"].rsplit("#", 1)[-1], r["when"]) for r in rows}
    assert found == {("Paul Durand", "deathDate", "dimanche"), ("Brimex", "foundingDate", "1990")}
    assert {r["sentence"] for r in rows} == {"Paul Durand est mort dimanche à Lyon.",
                                             "La société Brimex a été fondée en 1990 à Lyon."}


def test_a_date_is_no_entity_nor_a_quotation(dated):
    counts = kg.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?st a rdf:Statement ; rdf:object ?e . "
                      "FILTER(isLiteral(?e)) }", out=dated).records()
    assert int(counts[0]["n"]) == 2
    assert not kg.query("SELECT ?q WHERE { ?q a kg:Quotation }", out=dated).records()
    with kg.open(dated) as graph:
        labels = {n["label"] for n in graph_data(graph.store)["nodes"]}
    assert "Paul Durand" in labels and not labels & {"dimanche", "1990"}


def test_exports_carry_the_date_as_a_literal(dated):
    facts = [json.loads(line) for line in kg.export("jsonl", out=dated).decode("utf-8").splitlines()]
    deaths = [f for f in facts if f["predicate"]["label"] == "died on"]
    assert [(f["subject"]["label"], f["object"]) for f in deaths] == [("Paul Durand", {"iri": None,
                                                                                       "label": "dimanche"})]
    turtle = rdflib.Graph().parse(data=kg.export("ttl", out=dated), format="turtle")
    kgns = rdflib.Namespace("https://w3id.org/kg-news/ontology#")
    assert rdflib.Literal("1990") in set(turtle.objects(None, kgns.foundingDate))


def test_a_graph_with_dates_conforms_to_the_shapes(dated):
    data = rdflib.Graph().parse(dated / "graph.ttl", format="turtle")
    conforms, _, report = pyshacl.validate(data, shacl_graph=str(ontology_file("shapes.ttl")), inference="rdfs")
    assert conforms, report


def test_the_page_shows_the_date_with_the_person(dated, browser):  # noqa: F811
    opened = OpenPage(browser, dated / "graph.html")
    fit(opened.page)
    click_node(opened.page, "Paul Durand")
    details = opened.page.locator("#details").inner_text()
    assert "died on" in details and "dimanche" in details
