"""The interactive page: one self-contained HTML file (vis-network inlined, no CDN), safe with any article text.

pyvis assembles nodes and edges; the page itself is our own template because pyvis's links Bootstrap from a CDN
and can switch tooltips to innerHTML. All data travels as one JSON block (with `<`, `>`, `&` escaped) that the page
reads with JSON.parse and shows through textContent / vis-network's innerText tooltips. A Content-Security-Policy
allows only the page's own scripts (by hash) and no network access at all.
"""

import base64
import hashlib
import json
import re
from collections import Counter
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network

from .records import entity_records, fact_records
from .store import KnowledgeStore

KIND_COLORS = {"Organization": "#4e79a7", "Person": "#f28e2b", "Place": "#59a14f", "Product": "#e15759",
               "Event": "#b07aa1", "Concept": "#9c755f", "Role": "#edc948", "Entity": "#bab0ac"}
LAYOUT_IN_PYTHON_ABOVE = 1000
_MARKER = re.compile(r"__(SCRIPT_HASHES|VIS_CSS|DATA|VIS_JS|APP_JS)__")
MAX_EVIDENCE_IN_TOOLTIP = 5


def _kind(node: dict[str, Any]) -> str:
    return (node.get("type") or "#Entity").rsplit("#", 1)[-1]


def _evidence_lines(evidence: list[dict[str, Any]]) -> list[str]:
    lines = [f"• {e['sentence']}  [{e['document']}]" for e in evidence[:MAX_EVIDENCE_IN_TOOLTIP]]
    if len(evidence) > MAX_EVIDENCE_IN_TOOLTIP:
        lines.append(f"… and {len(evidence) - MAX_EVIDENCE_IN_TOOLTIP} more")
    return lines


def graph_data(store: KnowledgeStore, title: str = "kg knowledge graph") -> dict[str, Any]:
    """Nodes, edges, legend and vis options for the page, assembled with pyvis."""
    facts = fact_records(store)
    entities = {e["iri"]: e for e in entity_records(store)}
    evidence: dict[str, list[dict]] = {iri: [] for iri in entities}
    net = Network(directed=True, cdn_resources="in_line")
    for fact in facts:
        for end in (fact["subject"], fact["object"]):
            if end["iri"] in evidence:
                evidence[end["iri"]] += [e for e in fact["evidence"] if e not in evidence[end["iri"]]]
    for iri, entity in entities.items():
        kind = _kind(entity)
        lines = [f"{entity['label']} — {kind}"]
        if entity.get("aliases"):
            lines.append("also: " + ", ".join(entity["aliases"]))
        lines += _evidence_lines(evidence[iri])
        net.add_node(iri, label=entity["label"], title="\n".join(lines), group=kind)
    for fact in facts:
        subject, predicate, obj = fact["subject"], fact["predicate"], fact["object"]
        if obj["iri"] is None:
            continue
        quals = [f"{q['predicate']['label']}: {q['value']['label']}" for q in fact["qualifiers"]]
        flags = [flag for flag in ("negated", "hypothetical") if fact.get(flag)]
        lines = [f"{subject['label']} — {predicate['label']} → {obj['label']}" + (f" ({', '.join(flags)})"
                                                                                if flags else ""),
                 *quals, f"confidence {fact['confidence']:.2f}", *_evidence_lines(fact["evidence"])]
        net.add_edge(subject["iri"], obj["iri"], label=predicate["label"], title="\n".join(lines),
                     dashes=bool(flags))
        for q in fact["qualifiers"]:
            if q["value"]["iri"] in entities:
                net.add_edge(subject["iri"], q["value"]["iri"], title="\n".join(lines), dashes=True,
                             label=f"{predicate['label']} ({q['predicate']['label']})")
    nodes, edges, *_ = net.get_network_data()
    kinds = Counter(node["group"] for node in nodes)
    options = _options(len(nodes))
    if len(nodes) > LAYOUT_IN_PYTHON_ABOVE:
        _place(nodes, edges)
    return {"title": title, "nodes": nodes, "edges": edges, "options": options,
            "legend": [{"label": k, "color": KIND_COLORS.get(k, "#bab0ac"), "count": n}
                       for k, n in sorted(kinds.items())]}


def _options(node_count: int) -> dict[str, Any]:
    physics: dict[str, Any] = {"enabled": node_count <= LAYOUT_IN_PYTHON_ABOVE, "solver": "barnesHut",
                               "barnesHut": {"gravitationalConstant": -6000, "springLength": 140},
                               "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 50}}
    groups = {kind: {"color": {"background": color, "border": color, "highlight": color, "hover": color}}
              for kind, color in KIND_COLORS.items()}
    return {"physics": physics, "groups": groups, "interaction": {"hover": True, "tooltipDelay": 120},
            "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "font": {"size": 11, "align": "middle"},
                      "smooth": {"type": "dynamic"}},
            "nodes": {"shape": "dot", "size": 14, "font": {"size": 14}}}


def _place(nodes: list[dict], edges: list[dict]) -> None:
    """Positions computed in Python for big graphs, so the browser draws at once with physics off."""
    graph = nx.Graph()
    graph.add_nodes_from(n["id"] for n in nodes)
    graph.add_edges_from((e["from"], e["to"]) for e in edges)
    positions = nx.spring_layout(graph, seed=1, iterations=30, scale=60 * len(nodes) ** 0.5)
    for node in nodes:
        node["x"], node["y"] = (float(v) for v in positions[node["id"]])


def _script_json(value: Any) -> str:
    """JSON that cannot close its <script> block or start markup, whatever the article text holds."""
    text = json.dumps(value, ensure_ascii=False)
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_page(data: dict[str, Any]) -> str:
    """The whole HTML page for graph data."""
    templates = files("kg").joinpath("templates")
    vis_dir = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    vis_js = (vis_dir / "vis-network.min.js").read_text(encoding="utf-8")
    app_js = templates.joinpath("graph.js").read_text(encoding="utf-8")
    page = templates.joinpath("graph.html").read_text(encoding="utf-8")
    values = {"SCRIPT_HASHES": " ".join(_csp_hash(s) for s in (vis_js, app_js)),
              "VIS_CSS": (vis_dir / "vis-network.css").read_text(encoding="utf-8"),
              "DATA": _script_json(data), "VIS_JS": vis_js, "APP_JS": app_js}
    # one pass over the template: inserted text (article data included) is never scanned for markers again
    return _MARKER.sub(lambda m: values[m.group(1)], page)


def write_page(store: KnowledgeStore, path: Path, title: str = "kg knowledge graph") -> Path:
    """Render the store's graph to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_page(graph_data(store, title)), encoding="utf-8")
    return path
