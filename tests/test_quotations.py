"""What someone is quoted as saying is a `kg:Quotation` with its speaker, not a fact between entities."""

import json

import pytest

import kg
from kg.html import graph_data

from .conftest import built
from .test_browser import OpenPage, browser, fit  # noqa: F401 - the browser fixture is shared
from .test_page_controls import click_node

ARTICLE = ("Le groupe Vantrel rachète la société Bolt\n"
           "Le PDG de Vantrel, Jean Dupont, a déclaré : « Vantrel utilise le logiciel Zorg depuis dix ans. »\n")


@pytest.fixture(scope="module")
def quoted(tmp_path_factory):
    return built(tmp_path_factory, "quoted", ARTICLE)


def test_a_quotation_keeps_its_speaker_text_and_sentence(quoted):
    rows = kg.query("SELECT ?speaker ?text ?sentence WHERE { ?q a kg:Quotation ; schema:creator ?s ; "
                    "schema:text ?text ; kg:evidence ?sentence . ?s rdfs:label ?speaker }", out=quoted).records()
    assert [(r["speaker"], r["text"]) for r in rows] == [("Jean Dupont", "Vantrel utilise le logiciel Zorg depuis "
                                                                         "dix ans.")]
    assert rows[0]["sentence"].startswith("Le PDG de Vantrel")


def test_a_quotation_is_no_fact_but_the_facts_inside_it_have_the_speaker_as_source(quoted):
    facts = [json.loads(line) for line in kg.export("jsonl", out=quoted).decode("utf-8").splitlines()]
    assert facts and all(f["object"]["iri"] for f in facts)
    uses = [f for f in facts if f["predicate"]["label"] == "uses"]
    assert uses and {"source": "Jean Dupont"}.items() <= {q["predicate"]["label"]: q["value"]["label"]
                                                           for q in uses[0]["qualifiers"]}.items()


def test_the_page_shows_what_the_speaker_said(quoted, browser):  # noqa: F811
    with kg.open(quoted) as graph:
        nodes = {n["label"]: n for n in graph_data(graph.store)["nodes"]}
    assert nodes["Jean Dupont"]["quotes"] == [["Vantrel utilise le logiciel Zorg depuis dix ans.", "quoted"]]
    opened = OpenPage(browser, quoted / "graph.html")
    fit(opened.page)
    click_node(opened.page, "Jean Dupont")
    assert "« Vantrel utilise le logiciel Zorg depuis dix ans. »" in opened.page.locator("#details").inner_text()
