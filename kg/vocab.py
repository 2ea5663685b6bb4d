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
    Quotation: URIRef
    Role: URIRef
    accuses: URIRef
    acquires: URIRef
    admits: URIRef
    affects: URIRef
    announces: URIRef
    approves: URIRef
    arrests: URIRef
    asks: URIRef
    attacks: URIRef
    authorizes: URIRef
    bans: URIRef
    basedIn: URIRef
    beneficiary: URIRef
    blocks: URIRef
    bornIn: URIRef
    buys: URIRef
    causes: URIRef
    charges: URIRef
    cites: URIRef
    closes: URIRef
    collaboratesWith: URIRef
    competesWith: URIRef
    confidence: URIRef
    confirms: URIRef
    contentHash: URIRef
    creates: URIRef
    criticizes: URIRef
    date: URIRef
    defeats: URIRef
    demands: URIRef
    denies: URIRef
    develops: URIRef
    diedIn: URIRef
    earns: URIRef
    elected: URIRef
    employs: URIRef
    endChar: URIRef
    ends: URIRef
    evacuates: URIRef
    evidence: URIRef
    expelledFrom: URIRef
    expels: URIRef
    falls: URIRef
    follows: URIRef
    founded: URIRef
    funds: URIRef
    hasRole: URIRef
    hosts: URIRef
    hypothetical: URIRef
    injuredIn: URIRef
    injures: URIRef
    instanceOf: URIRef
    instrument: URIRef
    integrates: URIRef
    investigates: URIRef
    investsIn: URIRef
    joins: URIRef
    killedIn: URIRef
    kills: URIRef
    launches: URIRef
    leads: URIRef
    leaves: URIRef
    lemma: URIRef
    livesIn: URIRef
    locatedIn: URIRef
    loses: URIRef
    marriedTo: URIRef
    meets: URIRef
    memberOf: URIRef
    nationality: URIRef
    negated: URIRef
    negotiatesWith: URIRef
    opponent: URIRef
    opposes: URIRef
    orders: URIRef
    owns: URIRef
    partOf: URIRef
    partner: URIRef
    partnerOf: URIRef
    pays: URIRef
    place: URIRef
    plays: URIRef
    praises: URIRef
    produces: URIRef
    provides: URIRef
    publishes: URIRef
    purpose: URIRef
    qualifier: URIRef
    quantity: URIRef
    receives: URIRef
    recipient: URIRef
    reduces: URIRef
    regulates: URIRef
    reinstates: URIRef
    rejects: URIRef
    relatedTo: URIRef
    releasedFrom: URIRef
    replaces: URIRef
    reports: URIRef
    requires: URIRef
    rises: URIRef
    rule: URIRef
    says: URIRef
    sells: URIRef
    sentencedTo: URIRef
    sentences: URIRef
    signs: URIRef
    source: URIRef
    startChar: URIRef
    succeeds: URIRef
    sues: URIRef
    supports: URIRef
    targets: URIRef
    threatens: URIRef
    topic: URIRef
    trains: URIRef
    uses: URIRef
    violates: URIRef
    visits: URIRef
    warns: URIRef
    wins: URIRef
    worksFor: URIRef
    worksOn: URIRef
