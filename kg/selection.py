"""Choosing the part of the graph a page shows: around an entity, what a query returns, the most connected.

Works on fact records (see `records.py`), so the page, the CLI options and the notebook agree on what is shown.
"""

from collections import Counter
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .errors import EntityNotFound
from .text import fold

Fact = dict[str, Any]


#: a page draws at most this many entities unless asked for more: the WebGL page opens 25,000 in about 3 s and
#: moves smoothly (benchmarks/render.py); 100,000 take 15 s to open in a browser without a GPU
DEFAULT_MAX_NODES = 25_000


@dataclass(frozen=True)
class Selection:
    """What to keep: entities within `hops` of `focus`, facts a query returns, at most `max_nodes` entities."""

    focus: str | None = None
    hops: int = 1
    triples: frozenset[tuple[str, str, str]] | None = None
    max_nodes: int = DEFAULT_MAX_NODES


def entity_ends(fact: Fact) -> list[str]:
    """The entity IRIs a fact links: subject, object and entity-valued qualifiers."""
    ends = [fact["subject"]["iri"]]
    ends += [v["iri"] for v in [fact["object"], *(q["value"] for q in fact["qualifiers"])] if v.get("iri")]
    return ends


def fact_graph(facts: list[Fact]) -> nx.Graph:
    graph = nx.Graph()
    for fact in facts:
        subject, *others = entity_ends(fact)
        graph.add_node(subject)
        graph.add_edges_from((subject, other) for other in others if other != subject)
    return graph


def _matches(fact_end: dict[str, Any], wanted: str) -> bool:
    names = [fact_end.get("label") or "", *(fact_end.get("aliases") or [])]
    return any(fold(name) == wanted for name in names)


def select(facts: list[Fact], selection: Selection) -> tuple[list[Fact], list[str]]:
    """The facts to show and notes on what was left out (for the page and the CLI to say).

    Raises EntityNotFound when `focus` names nothing in the graph.
    """
    notes: list[str] = []
    if selection.triples is not None:
        facts = [f for f in facts if (f["subject"]["iri"], f["predicate"]["iri"], f["object"]["iri"])
                 in selection.triples]
    if selection.focus:
        wanted = fold(selection.focus)
        centres = {end["iri"] for f in facts for end in (f["subject"], f["object"])
                   if end.get("iri") and _matches(end, wanted)}
        if not centres:
            raise EntityNotFound(f"no entity named {selection.focus!r} in the graph; list names with "
                                 "kg query \"SELECT ?name WHERE { ?e rdfs:label ?name }\"")
        graph = fact_graph(facts)
        keep = set()
        for centre in centres:
            keep |= set(nx.single_source_shortest_path_length(graph, centre, cutoff=selection.hops))
        facts = [f for f in facts if all(end in keep for end in entity_ends(f))]
    if selection.max_nodes:
        degree = Counter(end for f in facts for end in set(entity_ends(f)))
        if len(degree) > selection.max_nodes:
            keep = {iri for iri, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:selection.max_nodes]}
            facts = [f for f in facts if all(end in keep for end in entity_ends(f))]
            shown = len({end for f in facts for end in entity_ends(f)})
            notes.append(f"showing {shown} of {len(degree)} entities, the most connected (raise --max-nodes to see "
                         "more)")
    return facts, notes
