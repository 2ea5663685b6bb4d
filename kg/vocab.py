"""The kg ontology namespace as declared terms: a misspelt term raises (generated from ontology/kg.ttl)."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology"
RESOURCE_BASE = "https://w3id.org/kg-news/resource/"


class KG(DefinedNamespace):
    """Terms of ontology/kg.ttl; relations minted from unknown verbs live in the same namespace."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    Concept: URIRef
    Document: URIRef
    Entity: URIRef
    Event: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Product: URIRef
    Role: URIRef
    acquires: URIRef
    announces: URIRef
    attacks: URIRef
    authorizes: URIRef
    bans: URIRef
    basedIn: URIRef
    beneficiary: URIRef
    bornIn: URIRef
    buys: URIRef
    collaboratesWith: URIRef
    competesWith: URIRef
    confidence: URIRef
    contentHash: URIRef
    creates: URIRef
    criticizes: URIRef
    date: URIRef
    develops: URIRef
    diedIn: URIRef
    elected: URIRef
    employs: URIRef
    endChar: URIRef
    evidence: URIRef
    founded: URIRef
    funds: URIRef
    hasRole: URIRef
    hosts: URIRef
    hypothetical: URIRef
    instanceOf: URIRef
    instrument: URIRef
    integrates: URIRef
    investsIn: URIRef
    joins: URIRef
    launches: URIRef
    leads: URIRef
    lemma: URIRef
    livesIn: URIRef
    locatedIn: URIRef
    marriedTo: URIRef
    meets: URIRef
    memberOf: URIRef
    nationality: URIRef
    negated: URIRef
    opponent: URIRef
    owns: URIRef
    partOf: URIRef
    partner: URIRef
    partnerOf: URIRef
    place: URIRef
    produces: URIRef
    provides: URIRef
    publishes: URIRef
    purpose: URIRef
    qualifier: URIRef
    quantity: URIRef
    receives: URIRef
    recipient: URIRef
    regulates: URIRef
    relatedTo: URIRef
    replaces: URIRef
    rule: URIRef
    says: URIRef
    sells: URIRef
    signs: URIRef
    source: URIRef
    startChar: URIRef
    sues: URIRef
    supports: URIRef
    threatens: URIRef
    topic: URIRef
    trains: URIRef
    uses: URIRef
    visits: URIRef
    wins: URIRef
    worksFor: URIRef
    worksOn: URIRef
