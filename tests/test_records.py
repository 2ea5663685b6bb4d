"""Records read back from the store: which label an IRI gets when the store holds several."""

import pyoxigraph as ox

from kg.rdf import graph_iri
from kg.records import _Terms
from kg.store import open_store

LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def test_an_iri_is_labelled_in_english_or_plainly_first_then_in_code_point_order(tmp_path):
    customers, role = ox.NamedNode("http://example.org/customers"), ox.NamedNode("http://example.org/role")
    labels = {("a", customers): [ox.Literal("customers"), ox.Literal("Abnehmer", language="de")],
              ("b", customers): [ox.Literal("Customers")],
              ("a", role): [ox.Literal("fonction", language="fr"), ox.Literal("role", language="en-GB")]}
    for order in (1, -1):  # whatever order the documents were stored in
        with open_store(tmp_path / f"out{order}", create=True) as store:
            for (document, iri), values in list(labels.items())[::order]:
                store.replace_document(f"{document}{iri.value[-4:]}", [
                    ox.Quad(iri, LABEL, value, graph_iri(f"{document}{iri.value[-4:]}")) for value in values])
            chosen = _Terms(store).labels
        assert chosen[customers.value] == "Customers" and chosen[role.value] == "role"
