"""IRI minting and RDF serialisation survive any text: spaces, quotes, markup, accents, emoji, RTL, NUL."""

import pyoxigraph as ox
import pytest
import rdflib

from kg.model import Document, Entity, Evidence, Fact, Relation
from kg.rdf import document_iri, document_quads, entity_iri, graph_iri, slug

NASTY = ["Acme Corp", 'Le "Monde"', "<script>alert(1)</script>", "Zoë & Café", "北京", "🚀 Rocket",
         "שלום עולם", "a\x00b", "x\u200by", " ", "../../etc/passwd", "http://evil/?q=<>{}|\\^`"]


@pytest.mark.parametrize("text", NASTY)
def test_minted_iris_are_valid_and_deterministic(text):
    entity = Entity(key=text, label=text, kind="Organization")
    iri = entity_iri(entity)
    assert iri == entity_iri(entity)
    assert ox.NamedNode(iri.value) == iri  # Oxigraph validates IRIs on construction
    assert " " not in document_iri(text).value and "<" not in graph_iri(text).value


def test_slug_folds_accents_and_case():
    assert slug("Les États-Unis") == "etats-unis"
    assert slug("Zoë") == slug("zoe")
    assert slug("北京") != slug("上海")


def _document_with_every_nasty_string() -> list[ox.Quad]:
    document = Document(id="../doc <1>", text="x", source="doc.txt", title='T "1" <b>', lang="fr")
    facts = []
    for i, text in enumerate(NASTY):
        facts.append(Fact(Entity(f"s{i}{text}", text, "Organization"), Relation("uses", "uses"),
                          Entity(f"o{i}{text}", text + "!", "Product"), Evidence(document.id, text, 0, 1), "test",
                          0.5, qualifiers=(("purpose", text),)))
    return list(document_quads(document, "0" * 64, facts))


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "trig"])
def test_round_trip_through_rdflib(fmt):
    quads = _document_with_every_nasty_string()
    ox_format = {"turtle": ox.RdfFormat.TURTLE, "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt]
    items = [ox.Triple(q.subject, q.predicate, q.object) for q in quads] if fmt == "turtle" else quads
    data = ox.serialize(items, format=ox_format)
    if fmt == "turtle":
        graph = rdflib.Graph().parse(data=data, format="turtle")
        assert len(graph) == len({(q.subject, q.predicate, q.object) for q in quads})
    else:
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format=fmt)
        assert len(list(dataset.quads((None, None, None, None)))) == len(set(quads))
    labels = {str(o) for o in rdflib.Graph().parse(data=ox.serialize(
        [ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.TURTLE), format="turtle")
        .objects(None, rdflib.RDFS.label)}
    assert "<script>alert(1)</script>" in labels
