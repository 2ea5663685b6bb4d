"""Facts read back from the store as plain records (the `kg export --format jsonl` shape).

The store is the one source of truth: JSON Lines, CSV and the HTML page are all made from these records, so they
agree with what SPARQL sees.
"""

from bisect import insort
from collections import defaultdict
from typing import Any

from .store import GraphStore

STATEMENTS = """
SELECT ?st ?s ?p ?o ?doc ?sentence ?start ?end ?confidence ?rule ?negated ?hypothetical WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?d ;
      kg:evidence ?sentence ; kg:startChar ?start ; kg:endChar ?end ; kg:confidence ?confidence ; kg:rule ?rule .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?st kg:negated ?negated }
  OPTIONAL { ?st kg:hypothetical ?hypothetical }
}
"""
QUALIFIERS = """
SELECT ?st ?q ?v WHERE { ?st a rdf:Statement ; ?q ?v . ?q rdfs:subPropertyOf kg:qualifier . }
"""
#: every label; an IRI's label is chosen in `_Terms` (sorting them all in the store took ten times as long)
LABELS = "SELECT ?x ?label WHERE { ?x rdfs:label ?label }"
TYPES = """
SELECT ?x ?type WHERE { ?x a ?type . FILTER(STRSTARTS(STR(?type), STR(kg:))) }
"""
ALIASES = "SELECT ?x ?alias WHERE { ?x skos:altLabel ?alias } ORDER BY ?alias"
QUOTATIONS = """
SELECT ?speaker ?text ?doc ?sentence ?start WHERE {
  ?quotation a kg:Quotation ; schema:creator ?speaker ; schema:text ?text ; prov:wasDerivedFrom ?d ;
             kg:evidence ?sentence ; kg:startChar ?start .
  ?d dcterms:identifier ?doc .
  FILTER NOT EXISTS { ?quotation kg:negated true }
}
"""
#: the xsd:boolean lexical forms of true (a server may give back `1` for what kg wrote as `true`)
TRUE = ("true", "1")


class _Terms:
    """Labels, types and aliases of every IRI, fetched once for a whole export."""

    def __init__(self, store: GraphStore):
        # an IRI's label: plain or English before other languages, then the first in code-point order (documents
        # can name one entity differently, "Customers" and "customers": the same one whatever the store's order)
        best: dict[str, tuple[bool, str]] = {}
        for row in store.query(LABELS):
            iri, language = row["x"].value, getattr(row["label"], "language", None)
            choice = (bool(language) and language.lower().split("-")[0] != "en", row["label"].value)
            if iri not in best or choice < best[iri]:
                best[iri] = choice
        self.labels: dict[str, str] = {iri: label for iri, (_, label) in best.items()}
        self.types: dict[str, str] = {}
        for row in store.query(TYPES):
            current = self.types.get(row["x"].value)
            if current is None or current.endswith("#Entity") or current.endswith("#Concept"):
                self.types[row["x"].value] = row["type"].value
        self.aliases: dict[str, list[str]] = defaultdict(list)
        for row in store.query(ALIASES):
            if row["alias"].value not in self.aliases[row["x"].value]:
                self.aliases[row["x"].value].append(row["alias"].value)

    def node(self, term) -> dict[str, Any]:
        if not hasattr(term, "datatype"):  # an IRI
            iri = term.value
            node: dict[str, Any] = {"iri": iri, "label": self.labels.get(iri, iri.rsplit("/", 1)[-1])}
            if iri in self.types:
                node["type"] = self.types[iri]
            if self.aliases.get(iri):
                node["aliases"] = self.aliases[iri]
            return node
        return {"iri": None, "label": term.value}

    def predicate(self, term) -> dict[str, str]:
        iri = term.value
        return {"iri": iri, "label": self.labels.get(iri, iri.rsplit("#", 1)[-1])}


def fact_records(store: GraphStore, entities: set[str] | None = None,
                 max_evidence: int | None = None) -> list[dict[str, Any]]:
    """One record per fact (subject, predicate, object, polarity), its evidence and qualifiers merged.

    `entities` keeps only facts between those entities (IRI objects) or from them (literal objects);
    `max_evidence` keeps that many sentences per fact, the first in document order (`evidence_count` and
    `documents` still count them all), so a page of a large corpus stays small.

    The queries are not sorted in the store (sorting would hold every statement of a large corpus in memory at
    once); records, evidence and qualifiers are put in document order here instead.
    """
    terms = _Terms(store)
    records: dict[tuple, dict[str, Any]] = {}
    statements: dict[str, dict[str, Any]] = {}
    for row in store.query(STATEMENTS):
        if entities is not None and not _between(row, entities):
            continue
        negated = row["negated"] is not None and row["negated"].value in TRUE
        key = (row["s"].value, row["p"].value, row["o"].value, negated)
        record = records.get(key)
        if record is None:
            record = records[key] = {
                "subject": terms.node(row["s"]), "predicate": terms.predicate(row["p"]),
                "object": terms.node(row["o"]), "qualifiers": [], "evidence": [], "confidence": 0.0}
            if negated:
                record["negated"] = True
            if row["hypothetical"] is not None:
                record["hypothetical"] = True
        insort(record["evidence"], {"document": row["doc"].value, "sentence": row["sentence"].value,
                                     "start": int(row["start"].value), "end": int(row["end"].value),
                                     "rule": row["rule"].value}, key=_reading_order)
        if max_evidence is not None and len(record["evidence"]) > max_evidence:
            record["evidence"].pop()
        if max_evidence is not None:
            record["evidence_count"] = record.get("evidence_count", 0) + 1
            record.setdefault("documents", set()).add(row["doc"].value)
        record["confidence"] = max(record["confidence"], float(row["confidence"].value))
        statements[row["st"].value] = record
    for row in store.query(QUALIFIERS):
        record = statements.get(row["st"].value)
        if record is not None:
            qualifier = {"predicate": terms.predicate(row["q"]), "value": terms.node(row["v"])}
            if qualifier not in record["qualifiers"]:
                insort(record["qualifiers"], qualifier, key=_qualifier_order)
    return sorted(records.values(), key=lambda r: (_reading_order(r["evidence"][0]), r["subject"]["iri"],
                                                   r["predicate"]["iri"], r["object"]["iri"] or "",
                                                   r["object"]["label"], bool(r.get("negated"))))


def quotation_records(store: GraphStore, speakers: set[str] | None = None,
                      limit: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """What each speaker (of `speakers`, or all) is quoted as saying, in document order, at most `limit` each."""
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.query(QUOTATIONS):
        speaker = row["speaker"].value
        if speakers is None or speaker in speakers:
            quotes = found[speaker]
            insort(quotes, {"text": row["text"].value, "document": row["doc"].value,
                            "sentence": row["sentence"].value, "start": int(row["start"].value)},
                   key=lambda quote: (quote["document"], quote["start"], quote["text"]))
            if limit is not None and len(quotes) > limit:  # keep the first ones only, as they come
                quotes.pop()
    return dict(found)


def _reading_order(evidence: dict[str, Any]) -> tuple:
    return evidence["document"], evidence["start"], evidence["end"], evidence["sentence"]


def _qualifier_order(qualifier: dict[str, Any]) -> tuple:
    return qualifier["predicate"]["iri"], qualifier["value"]["iri"] or "", qualifier["value"]["label"]


def _between(row: Any, entities: set[str]) -> bool:
    return row["s"].value in entities and (row["o"].value in entities or hasattr(row["o"], "datatype"))


def most_connected(store: GraphStore, limit: int) -> tuple[set[str] | None, int]:
    """The `limit` entities in most fact statements (None when there are no more than that), and how many there are.

    Counted in the store, so a page of a large graph never loads the facts it will not show.
    """
    count = entity_count(store)
    if count <= limit:
        return None, count
    rows = store.query(f"SELECT ?e (COUNT(DISTINCT ?st) AS ?n) WHERE {{ {ENTITIES_PATTERN} }} GROUP BY ?e "
                       f"ORDER BY DESC(?n) ?e LIMIT {int(limit)}")
    return {row["e"].value for row in rows}, count


def entity_count(store: GraphStore) -> int:
    """Entities in the whole store, counted as the graph page draws them (see `entity_records`)."""
    rows = store.query(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {ENTITIES_PATTERN} }}")
    return int(next(iter(rows))["n"].value)


#: binds ?e to each entity taking part in a fact: subject, object or entity-valued qualifier (the statement's type
#: tested in each branch: Oxigraph joins a type written once before the union with every branch's rows, which took
#: seven times as long)
ENTITIES_PATTERN = ("{ ?st rdf:subject ?e ; a rdf:Statement } UNION { ?st rdf:object ?e ; a rdf:Statement } "
                    "UNION { ?st ?q ?e ; a rdf:Statement . ?q rdfs:subPropertyOf kg:qualifier . } FILTER(isIRI(?e))")


def entity_records(store: GraphStore) -> list[dict[str, Any]]:
    """Every entity that takes part in a fact, with its label, type and aliases."""
    terms = _Terms(store)
    rows = store.query(f"SELECT DISTINCT ?e WHERE {{ {ENTITIES_PATTERN} }} ORDER BY ?e")
    return [terms.node(row["e"]) for row in rows]


def document_records(store: GraphStore, ids: set[str] | None = None) -> dict[str, dict[str, str]]:
    """Each document's id (of `ids`, or all) -> its title, date and source, for showing where facts come from."""
    rows = store.query("SELECT ?id ?title ?date ?source WHERE { ?d a kg:Document ; dcterms:identifier ?id . "
                       "OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date } "
                       "OPTIONAL { ?d dcterms:source ?source } } ORDER BY ?id")
    return {row["id"].value: {key: row[key].value for key in ("title", "date", "source") if row[key] is not None}
            for row in rows if ids is None or row["id"].value in ids}
