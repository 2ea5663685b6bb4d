"""Facts -> RDF quads, one named graph per document. The only place IRIs are minted.

Every fact is a plain triple (`:acme kg:provides :widget`) so simple SPARQL works, plus an `rdf:Statement` node
carrying provenance (document, sentence, offsets, rule, confidence) and qualifiers. A negated fact gets only the
statement, marked `kg:negated true`, so it is never asserted. What someone is reported to have said is no relation
between entities: it becomes a `kg:Quotation` (speaker, text, the same provenance), not a fact. A date read as a
fact (`:x kg:birthDate "1950"`) is a triple and a statement like a relation's, with the date as written as object.
"""

import hashlib
import re
from collections.abc import Iterable, Iterator
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad
from rdflib import URIRef

from .model import Document, Entity, Fact
from .text import fold
from .vocab import KG, ONTOLOGY_IRI, RESOURCE_BASE

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {
    "kg": ONTOLOGY_IRI + "#",
    "kgr": RESOURCE_BASE,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "xsd": XSD_NS,
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
}
#: the same prefixes as SPARQL declarations, for a server that does not know them
SPARQL_PROLOGUE = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())
ONTOLOGY_GRAPH = NamedNode(ONTOLOGY_IRI)

RDF_TYPE = NamedNode(RDF_NS + "type")
RDF_STATEMENT = NamedNode(RDF_NS + "Statement")
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (NamedNode(RDF_NS + n) for n in ("subject", "predicate", "object"))
RDFS_LABEL = NamedNode(RDFS_NS + "label")
RDFS_SUBPROPERTY = NamedNode(RDFS_NS + "subPropertyOf")
OWL_OBJECT_PROPERTY = NamedNode(PREFIXES["owl"] + "ObjectProperty")
SKOS_ALT_LABEL = NamedNode(PREFIXES["skos"] + "altLabel")
PROV_DERIVED = NamedNode(PREFIXES["prov"] + "wasDerivedFrom")
DCT = {name: NamedNode(PREFIXES["dcterms"] + name)
       for name in ("identifier", "title", "date", "source", "language", "isPartOf")}
SCHEMA_URL = NamedNode(PREFIXES["schema"] + "url")
SCHEMA_CREATOR = NamedNode(PREFIXES["schema"] + "creator")
SCHEMA_TEXT = NamedNode(PREFIXES["schema"] + "text")
_UNSAFE_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A deterministic IRI-safe name: folded ASCII words joined by `-`, or a hash when nothing ASCII is left."""
    words = _UNSAFE_SLUG.sub("-", fold(text)).strip("-")[:80].strip("-")
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return words if words else "u-" + digest


def entity_iri(entity: Entity) -> NamedNode:
    return NamedNode(RESOURCE_BASE + "entity/" + slug(entity.key))


def document_iri(document_id: str) -> NamedNode:
    return NamedNode(RESOURCE_BASE + "document/" + quote(document_id, safe=""))


def graph_iri(document_id: str) -> NamedNode:
    return NamedNode(RESOURCE_BASE + "graph/" + quote(document_id, safe=""))


def ontology_term(local_name: str) -> NamedNode:
    """A class or property of the kg ontology (minted relations share its namespace)."""
    return NamedNode(ONTOLOGY_IRI + "#" + local_name)


def kg_term(term: URIRef) -> NamedNode:
    """A checked `KG.<term>` as an Oxigraph node."""
    return NamedNode(str(term))


def statement_iri(document_id: str, fact: Fact) -> NamedNode:
    """The statement node of a fact (a `quotation/` node for what someone said)."""
    obj = fact.object.key if isinstance(fact.object, Entity) else fact.object
    key = "\x1f".join([document_id, fact.subject.key, fact.relation.local_name, obj, str(fact.evidence.start),
                       str(fact.negated)])
    kind = "quotation/" if fact.is_quotation else "statement/"
    return NamedNode(RESOURCE_BASE + kind + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:24])


def _text(value: str) -> Literal:
    """A plain string literal with characters RDF cannot carry (lone surrogates, NUL) replaced."""
    cleaned = value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")
    return Literal(cleaned)


def _typed(value: object, datatype: str) -> Literal:
    return Literal(str(value).lower() if isinstance(value, bool) else str(value),
                   datatype=NamedNode(XSD_NS + datatype))


def document_quads(document: Document, content_hash: str, facts: Iterable[Fact]) -> Iterator[Quad]:
    """All quads of one document's named graph (each once): the document, its entities, facts and statements."""
    seen: set[Quad] = set()
    for quad in _document_quads(document, content_hash, facts):
        if quad not in seen:
            seen.add(quad)
            yield quad


def _document_quads(document: Document, content_hash: str, facts: Iterable[Fact]) -> Iterator[Quad]:
    graph = graph_iri(document.id)
    doc = document_iri(document.id)
    yield Quad(doc, RDF_TYPE, kg_term(KG.Document), graph)
    yield Quad(doc, DCT["identifier"], _text(document.id), graph)
    yield Quad(doc, DCT["source"], _text(document.source), graph)
    yield Quad(doc, kg_term(KG.contentHash), Literal(content_hash), graph)
    if document.part_of:
        yield Quad(doc, DCT["isPartOf"], document_iri(document.part_of), graph)
    for value, predicate in ((document.title, DCT["title"]), (document.date, DCT["date"]),
                             (document.lang, DCT["language"]), (document.url, SCHEMA_URL)):
        if value:
            yield Quad(doc, predicate, _text(value), graph)
    entities: dict[str, Entity] = {}
    minted: dict[str, str] = {}
    for fact in facts:
        for entity in (fact.subject, fact.object, *(v for _, v in fact.qualifiers)):
            if not isinstance(entity, Entity):
                continue
            entities.setdefault(entity.key, entity)
        if fact.relation.minted:
            minted[fact.relation.local_name] = fact.relation.label
        yield from _fact_quads(document, fact, graph)
    for entity in entities.values():
        node = entity_iri(entity)
        yield Quad(node, RDF_TYPE, ontology_term(entity.kind), graph)
        yield Quad(node, RDFS_LABEL, _text(entity.label), graph)
        for alias in entity.aliases:
            yield Quad(node, SKOS_ALT_LABEL, _text(alias), graph)
    for local_name, label in minted.items():
        prop = ontology_term(local_name)
        yield Quad(prop, RDF_TYPE, OWL_OBJECT_PROPERTY, graph)
        yield Quad(prop, RDFS_SUBPROPERTY, kg_term(KG.relatedTo), graph)
        yield Quad(prop, RDFS_LABEL, Literal(label, language=document.lang or "fr"), graph)


def _fact_quads(document: Document, fact: Fact, graph: NamedNode) -> Iterator[Quad]:
    subject = entity_iri(fact.subject)
    statement = statement_iri(document.id, fact)
    if not fact.is_quotation:  # a relation between entities, or a date (`birthDate`) kept as written
        obj = _text(fact.object) if isinstance(fact.object, str) else entity_iri(fact.object)
        predicate = ontology_term(fact.relation.local_name)
        if not fact.negated:
            yield Quad(subject, predicate, obj, graph)
        yield Quad(statement, RDF_TYPE, RDF_STATEMENT, graph)
        yield Quad(statement, RDF_SUBJECT, subject, graph)
        yield Quad(statement, RDF_PREDICATE, predicate, graph)
        yield Quad(statement, RDF_OBJECT, obj, graph)
    else:  # quoted text: who said it and what, with the same provenance as a fact
        yield Quad(statement, RDF_TYPE, kg_term(KG.Quotation), graph)
        yield Quad(statement, SCHEMA_CREATOR, subject, graph)
        yield Quad(statement, SCHEMA_TEXT, _text(fact.object), graph)
    yield Quad(statement, PROV_DERIVED, document_iri(document.id), graph)
    yield Quad(statement, kg_term(KG.evidence), _text(fact.evidence.sentence), graph)
    yield Quad(statement, kg_term(KG.startChar), _typed(fact.evidence.start, "integer"), graph)
    yield Quad(statement, kg_term(KG.endChar), _typed(fact.evidence.end, "integer"), graph)
    yield Quad(statement, kg_term(KG.confidence), _typed(f"{fact.confidence:.2f}", "decimal"), graph)
    yield Quad(statement, kg_term(KG.rule), Literal(fact.rule), graph)
    if fact.lemma:
        yield Quad(statement, kg_term(KG.lemma), _text(fact.lemma), graph)
    if fact.negated:
        yield Quad(statement, kg_term(KG.negated), _typed(True, "boolean"), graph)
    if fact.hypothetical:
        yield Quad(statement, kg_term(KG.hypothetical), _typed(True, "boolean"), graph)
    for role, value in fact.qualifiers:
        target = entity_iri(value) if isinstance(value, Entity) else _text(value)
        yield Quad(statement, ontology_term(role), target, graph)
