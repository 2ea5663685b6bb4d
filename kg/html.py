"""The interactive page: one self-contained HTML file (its JavaScript inlined, no CDN), safe with any article text.

Small graphs draw with vis-network, the copy pyvis ships (physics, curved labelled edges); large ones with sigma.js
over graphology (WebGL, vendored from npm in `kg/vendor/`), laid out here in Python, or with kg's own Canvas 2D
renderer in a browser that draws WebGL without a GPU. One page script drives every renderer. The page itself is our
own template because pyvis's links Bootstrap from a CDN and can switch tooltips to innerHTML. All data travels as
one JSON block in columns (`page_payload`; `<`, `>`, `&` escaped) that the page reads with JSON.parse and shows
through textContent / vis-network's innerText tooltips. A Content-Security-Policy allows only the page's own
scripts (by hash) and no network access at all.
"""

import base64
import hashlib
import json
import os
import re
from collections import Counter
from importlib.resources import files
from typing import Any

import networkx as nx

from .layout import force_layout
from .rdf import ONTOLOGY_GRAPH, PREFIXES
from .records import document_records, fact_records, most_connected, quotation_records
from .selection import Selection, entity_ends, select
from .store import GraphStore

KIND_COLORS = {"Organization": "#4e79a7", "Person": "#f28e2b", "Place": "#59a14f", "Product": "#e15759",
               "Event": "#b07aa1", "Concept": "#9c755f", "Role": "#edc948", "Entity": "#bab0ac"}
EDGE_LABELS_UP_TO = 2000
LAYOUT_IN_PYTHON_ABOVE = 300  # nodes; above, the browser's physics takes seconds to settle
#: entities above which the page draws with WebGL: vis-network's frames grow with the graph (pan p95 83 ms at 1,000
#: entities, ~250 ms at 10,000), sigma's stay at one frame with a GPU (benchmarks/render.py)
WEBGL_ABOVE = 1500
#: `auto` (vis-network up to WEBGL_ABOVE entities; above, WebGL on a GPU and Canvas 2D without one), or one of them
RENDERERS = ("auto", "vis", "webgl", "canvas")
#: the renderer a large `auto` page draws with in a browser that draws WebGL on the CPU (SwiftShader, llvmpipe) or
#: not at all: there a WebGL frame of 10,000 entities takes about a second, a Canvas 2D one a tenth of it
WITHOUT_GPU = "canvas"
_MARKER = re.compile(r"__(SCRIPT_HASHES|LIB_CSS|LIB_JS|DATA|RENDER_JS|APP_JS)__")
MAX_EVIDENCE_IN_TOOLTIP = 5
MAX_EVIDENCE_ON_PAGE = 20  # sentences per fact in the details panel; the rest are counted, not shipped
MAX_QUOTES_PER_ENTITY = 10  # quotations shown with their speaker, in document order


def _kind(node: dict[str, Any]) -> str:
    return (node.get("type") or "#Entity").rsplit("#", 1)[-1]


def _documents_of(fact: dict[str, Any]) -> set[str]:
    """Every document a fact was read in, its evidence on the page capped or not."""
    return fact.get("documents") or {e["document"] for e in fact["evidence"]}


def _fact_summary(fact: dict[str, Any]) -> dict[str, Any]:
    """What the details panel shows of a fact (labels, qualifiers, evidence), small enough for big graphs."""
    summary = {"s": fact["subject"]["iri"], "sl": fact["subject"]["label"], "p": fact["predicate"]["label"],
               "o": fact["object"]["iri"], "ol": fact["object"]["label"], "c": round(fact["confidence"], 2),
               "q": [[q["predicate"]["label"], q["value"]["label"]] for q in fact["qualifiers"]],
               "e": [[e["document"], e["sentence"]] for e in fact["evidence"]]}
    if fact.get("evidence_count", 0) > len(fact["evidence"]):
        summary["more"] = fact["evidence_count"] - len(fact["evidence"])
    flags = [flag for flag in ("negated", "hypothetical") if fact.get(flag)]
    if flags:
        summary["f"] = flags
    return summary


def _entities(facts: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every entity the facts link (subjects, objects, entity qualifiers), by IRI."""
    found: dict[str, dict[str, Any]] = {}
    for fact in facts:
        for node in (fact["subject"], fact["object"], *(q["value"] for q in fact["qualifiers"])):
            if node.get("iri"):
                found.setdefault(node["iri"], node)
    return dict(sorted(found.items()))


def graph_data(store: GraphStore, title: str = "kg knowledge graph",
               selection: Selection | None = None, renderer: str = "auto") -> dict[str, Any]:
    """Nodes, edges, facts, documents, legend, the renderer to draw with (`auto`: WebGL above `WEBGL_ABOVE`
    entities) and its options."""
    if renderer not in RENDERERS:
        raise ValueError(f"unknown renderer {renderer!r}: use one of {', '.join(RENDERERS)}")
    selection = selection or Selection()
    shown, total = (None, 0) if selection.focus or selection.triples is not None else \
        most_connected(store, selection.max_nodes)
    facts, notes = select(fact_records(store, shown, MAX_EVIDENCE_ON_PAGE), selection)
    entities = _entities(facts)
    if shown is not None:  # (the page's own count, as its header says it: the facts among the most connected)
        notes.insert(0, f"showing {len(entities)} of {total} entities, the most connected (raise --max-nodes to "
                        "see more, or pick with --focus / --query)")
    degree = Counter(end for fact in facts for end in set(entity_ends(fact)))
    facts_of: dict[str, list[int]] = {iri: [] for iri in entities}
    for index, fact in enumerate(facts):
        for end in set(entity_ends(fact)):
            facts_of[end].append(index)
    quotes = quotation_records(store, set(entities), MAX_QUOTES_PER_ENTITY)
    # vis-network's nodes and edges as plain dicts (pyvis's Network checks every node and edge against all the others
    # before adding it: 7 of 20 seconds for a 10,000-entity page); tooltips are written by the page from `facts`
    nodes = [{"id": iri, "label": entity["label"], "group": _kind(entity), "value": degree[iri],
              "aliases": entity.get("aliases", []), "facts": facts_of[iri],
              "quotes": [[q["text"], q["document"]] for q in quotes.get(iri, [])]} for iri, entity in entities.items()]
    edges: list[dict[str, Any]] = []
    for index, fact in enumerate(facts):
        subject, predicate, obj = fact["subject"], fact["predicate"], fact["object"]
        flags = [flag for flag in ("negated", "hypothetical") if fact.get(flag)]
        common = {"fact": index, "relation": predicate["label"], "confidence": fact["confidence"],
                  "documents": sorted(_documents_of(fact))}
        if obj["iri"] is not None:
            edges.append({"from": subject["iri"], "to": obj["iri"], "label": predicate["label"],
                          "dashes": bool(flags), **common})
        for q in fact["qualifiers"]:
            if q["value"].get("iri") in entities:
                edges.append({"from": subject["iri"], "to": q["value"]["iri"], "dashes": True,
                              "label": f"{predicate['label']} ({q['predicate']['label']})", **common})
    for number, edge in enumerate(edges):
        edge["id"] = number
    kinds = Counter(node["group"] for node in nodes)
    without_gpu = WITHOUT_GPU if renderer == "auto" and len(nodes) > WEBGL_ABOVE else None
    if renderer == "auto":
        renderer = "webgl" if len(nodes) > WEBGL_ABOVE else "vis"
    if renderer != "vis" or len(nodes) > LAYOUT_IN_PYTHON_ABOVE:
        _place(nodes, edges)
    if len(nodes) > EDGE_LABELS_UP_TO:  # thousands of edge labels cost more to draw than they tell at that scale
        for edge in edges:
            edge.pop("label", None)
    return {"title": title, "renderer": renderer, "without_gpu": without_gpu, "nodes": nodes, "edges": edges,
            "options": _options(len(nodes)) if renderer == "vis" else {},
            "facts": [_fact_summary(f) for f in facts], "notes": notes,
            "documents": document_records(store, {d for f in facts for d in _documents_of(f)} |
                                          {q["document"] for said in quotes.values() for q in said}),
            "legend": [{"label": k, "color": KIND_COLORS.get(k, "#bab0ac"), "count": n}
                       for k, n in sorted(kinds.items())],
            "prefixes": {prefix: PREFIXES[prefix] for prefix in ("rdf", "kg", "rdfs")},
            "tooltip_evidence": MAX_EVIDENCE_IN_TOOLTIP,
            "relation_groups": relation_groups(store, facts, edges)}


#: the group of relations the ontology does not define (minted from verbs it does not know)
OTHER_RELATIONS = "other"
#: each ontology relation's group: its parent other than the root `kg:relatedTo` (every relation is under both)
PARENTS = f"""SELECT ?p ?parent ?label WHERE {{ GRAPH {ONTOLOGY_GRAPH} {{ ?p rdfs:subPropertyOf ?parent .
    FILTER(?parent != kg:relatedTo)
    OPTIONAL {{ ?parent rdfs:label ?label FILTER(langMatches(lang(?label), "en")) }} }} }}"""


def relation_groups(store: GraphStore, facts: list[dict], edges: list[dict]) -> list[dict[str, Any]]:
    """The page's relations for its filter: the ontology's grouped by their parent property, then those minted
    from unknown verbs under "other"; in each group by how many relations of the page they label."""
    parents = {row["p"].value: (row["label"] or row["parent"]).value for row in store.query(PARENTS)}
    group_of = {}
    for fact in facts:
        predicate = fact["predicate"]
        group_of[predicate["label"]] = parents.get(predicate["iri"], OTHER_RELATIONS)
    counts = Counter(edge["relation"] for edge in edges)
    groups: dict[str, list[list[Any]]] = {}
    for relation, count in counts.items():
        base = relation.split(" (", 1)[0]  # (an edge to a qualifier: `provides (recipient)`)
        groups.setdefault(group_of.get(relation, group_of.get(base, OTHER_RELATIONS)), []).append([relation, count])
    order = sorted(groups, key=lambda name: (name == OTHER_RELATIONS, name))
    return [{"name": name, "relations": sorted(groups[name], key=lambda rc: (-rc[1], rc[0]))} for name in order]


def _options(node_count: int) -> dict[str, Any]:
    """vis-network options: short stabilisation then a frozen layout (seeded: the same graph opens the same way);
    sizes by degree; labels as you zoom in."""
    physics: dict[str, Any] = {"enabled": node_count <= LAYOUT_IN_PYTHON_ABOVE, "solver": "barnesHut",
                               "barnesHut": {"gravitationalConstant": -6000, "springLength": 140},
                               "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 50}}
    groups = {kind: {"color": {"background": color, "border": color, "highlight": color, "hover": color}}
              for kind, color in KIND_COLORS.items()}
    big = node_count > EDGE_LABELS_UP_TO  # large enough that arrows, curves and hover cost frames
    return {"physics": physics, "groups": groups, "layout": {"improvedLayout": not big, "randomSeed": 7},
            "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
            "edges": {"arrows": {"to": {"enabled": not big, "scaleFactor": 0.6}},
                      "font": {"size": 11, "align": "middle"}, "smooth": {"type": "dynamic"} if not big else False,
                      "color": {"inherit": "from"} if not big else {"color": "#9aa7b8"}, "width": 1},
            "nodes": {"shape": "dot", "font": {"size": 14},
                      "scaling": {"min": 8, "max": 40, "label": {"enabled": True, "min": 12, "max": 26,
                                                                 "drawThreshold": 7, "maxVisible": 30}}}}


def _place(nodes: list[dict], edges: list[dict]) -> None:
    """Positions computed in Python for big graphs, so the browser draws at once with physics off."""
    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in nodes)
    graph.add_edges_from((e["from"], e["to"]) for e in edges)
    positions = force_layout(graph, scale=60 * len(nodes) ** 0.5)
    for node in nodes:
        node["x"], node["y"] = positions[node["id"]]


class _Table:
    """A list of distinct values, each written once; `at(value)` is its position."""

    def __init__(self) -> None:
        self.positions: dict[Any, int] = {}

    def at(self, value: Any) -> int:
        return self.positions.setdefault(value, len(self.positions))

    def values(self) -> list[Any]:
        return list(self.positions)


def _id_prefix(ids: list[str]) -> str:
    """What every entity IRI starts with, up to a `/` or `#`: sent once (it is a fifth of a large page)."""
    shared = os.path.commonprefix(ids)
    return shared[:max(shared.rfind("/"), shared.rfind("#")) + 1]


def page_payload(data: dict[str, Any]) -> dict[str, Any]:
    """`graph_data` as the page receives it: entities, relations and facts as columns (parallel arrays) that refer
    to each other by position; the entities' IRIs without the start they share, and kinds, relation names,
    documents and sentences each written once. The page (graph.js) unpacks it; a 10,000-entity page is less than
    half the size it is as one object per item."""
    nodes, edges, facts = data["nodes"], data["edges"], data["facts"]
    position = {node["id"]: i for i, node in enumerate(nodes)}
    kinds, names, documents, sentences = _Table(), _Table(), _Table(), _Table()
    placed = bool(nodes) and "x" in nodes[0]  # (small vis-network pages are laid out by the browser's physics)
    payload = {key: value for key, value in data.items() if key not in ("nodes", "edges", "facts")}
    prefix = _id_prefix([n["id"] for n in nodes])
    payload["id_prefix"] = prefix
    payload["nodes"] = {
        "id": [n["id"][len(prefix):] for n in nodes], "label": [n["label"] for n in nodes],
        "kind": [kinds.at(n["group"]) for n in nodes], "value": [n["value"] for n in nodes],
        "x": [round(n["x"], 1) for n in nodes] if placed else None,
        "y": [round(n["y"], 1) for n in nodes] if placed else None,
        "aliases": {i: n["aliases"] for i, n in enumerate(nodes) if n["aliases"]},
        "quotes": {i: [[sentences.at(text), documents.at(doc)] for text, doc in n["quotes"]]
                   for i, n in enumerate(nodes) if n["quotes"]}}
    payload["edges"] = {
        "from": [position[e["from"]] for e in edges], "to": [position[e["to"]] for e in edges],
        "fact": [e["fact"] for e in edges], "relation": [names.at(e["relation"]) for e in edges],
        "dashed": [i for i, e in enumerate(edges) if e["dashes"]],
        "documents": [[documents.at(d) for d in e["documents"]] for e in edges],
        # drawn on the relation (`provides (recipient)` to a qualifier), on pages small enough to show them
        "label": [names.at(e["label"]) for e in edges] if edges and "label" in edges[0] else None}
    payload["facts"] = {
        "s": [position[f["s"]] for f in facts], "p": [names.at(f["p"]) for f in facts],
        "o": [position.get(f["o"], -1) for f in facts], "c": [f["c"] for f in facts],
        "literal": {i: f["ol"] for i, f in enumerate(facts) if f["o"] not in position},
        "q": {i: f["q"] for i, f in enumerate(facts) if f["q"]},
        "e": [[[documents.at(d), sentences.at(text)] for d, text in f["e"]] for f in facts],
        "more": {i: f["more"] for i, f in enumerate(facts) if f.get("more")},
        "flags": {i: f["f"] for i, f in enumerate(facts) if f.get("f")}}
    payload.update(kinds=kinds.values(), names=names.values(), document_ids=documents.values(),
                   sentences=sentences.values())
    return payload


def script_json(value: Any) -> str:
    """JSON that cannot close its <script> block or start markup, whatever the article text holds."""
    text = json.dumps(value, ensure_ascii=False)
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


#: each renderer's libraries: (package, path in it) of its scripts and style sheets, in the order the page loads them,
#: and kg's own scripts for it (`kg/templates/`)
LIBRARIES = {"vis": {"js": [("pyvis", "templates/lib/vis-9.1.2/vis-network.min.js")],
                     "css": [("pyvis", "templates/lib/vis-9.1.2/vis-network.css")], "kg": ["render-vis.js"]},
             "webgl": {"js": [("kg", "vendor/graphology/graphology.umd.min.js"), ("kg", "vendor/sigma/sigma.min.js")],
                       "css": [], "kg": ["render-shared.js", "render-webgl.js"]},
             "canvas": {"js": [], "css": [], "kg": ["render-shared.js", "render-canvas.js"]}}


def _package_text(package: str, path: str) -> str:
    return files(package).joinpath(path).read_text(encoding="utf-8")


def render_page(data: dict[str, Any]) -> str:
    """The whole HTML page for graph data, with the libraries of its renderers only (its renderer's, and the one it
    draws with in a browser without a GPU)."""
    templates = files("kg").joinpath("templates")
    renderers = [LIBRARIES[name] for name in (data["renderer"], data.get("without_gpu")) if name]
    library_js = [_package_text(*where) for libraries in renderers for where in libraries["js"]]
    render_js = "\n".join(templates.joinpath(name).read_text(encoding="utf-8")
                          for name in dict.fromkeys(name for libraries in renderers for name in libraries["kg"]))
    app_js = templates.joinpath("graph.js").read_text(encoding="utf-8")
    page = templates.joinpath("graph.html").read_text(encoding="utf-8")
    values = {"SCRIPT_HASHES": " ".join(_csp_hash(s) for s in (*library_js, render_js, app_js)),
              "LIB_CSS": "".join(f"<style>{_package_text(*where)}</style>" for libraries in renderers
                                 for where in libraries["css"]),
              "LIB_JS": "\n".join(f"<script>{script}</script>" for script in library_js),
              "DATA": script_json(page_payload(data)), "RENDER_JS": render_js, "APP_JS": app_js}
    # one pass over the template: inserted text (article data included) is never scanned for markers again
    return _MARKER.sub(lambda m: values[m.group(1)], page)
