"""Graph page speed in headless Chromium: kg's page against pyvis's default output of the same graph.

    python benchmarks/render.py [--sizes 1000 5000 10000 100000] [--renderer auto] [--pyvis-up-to 10000]
                                [--pyvis-timeout 120]

For each size it builds a random graph of entities and 1.5 times as many facts into a store, writes kg's page
(`--renderer auto`: vis-network up to `kg.html.WEBGL_ABOVE` entities; above, WebGL, or Canvas 2D in a browser
without a GPU, as here; the renderer that drew is printed) and pyvis's page (pyvis defaults: physics on;
`cdn_resources="in_line"` so it opens offline), and measures in Chromium
- load: from navigation start to the first stable draw (kg: layout drawn; pyvis: physics stabilised),
- pan and zoom: median and 95th-percentile time between frames while the mouse drags the graph for a second, then
  while the wheel zooms in and out.
Also printed: the seconds kg takes in Python to make its page, and each page's bytes per entity. Chromium runs
without a GPU (WebGL in SwiftShader, on the CPU), as in CI.
"""

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright
from pyvis.network import Network

from kg.html import RENDERERS, graph_data, render_page
from kg.model import Document, Entity, Evidence, Fact, Relation
from kg.rdf import document_quads
from kg.selection import Selection
from kg.store import KnowledgeStore

RELATIONS = ["uses", "provides", "develops", "collaboratesWith", "worksFor", "owns"]
KINDS = ["Organization", "Person", "Place", "Product"]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
#: an in-page recorder of the time between frames, started before a gesture and read after it
RECORD = """() => { window.benchFrames = []; window.benchRecording = true; let last = performance.now();
  function step(now) { window.benchFrames.push(now - last); last = now;
    if (window.benchRecording) { requestAnimationFrame(step); } }
  requestAnimationFrame(step); }"""
STOP = """() => { window.benchRecording = false; const f = window.benchFrames.slice(1).sort((a, b) => a - b);
  return f.length ? [f[Math.floor(f.length / 2)], f[Math.floor(f.length * 0.95)]] : null; }"""


def build_store(path: Path, size: int) -> KnowledgeStore:
    rng = random.Random(size)
    entities = [Entity(f"entity {i}", f"Entity {i}", rng.choice(KINDS)) for i in range(size)]
    store = KnowledgeStore(path)
    store.ensure_ontology()
    facts_per_document = 200
    facts = []
    for i in range(int(size * 1.5)):
        a, b = rng.sample(entities, 2)
        facts.append(Fact(a, Relation(r := rng.choice(RELATIONS), r), b,
                          Evidence(f"doc-{i // facts_per_document}", f"{a.label} {r} {b.label}.", 0, 10), "bench",
                          round(rng.uniform(0.5, 0.9), 2)))
    for start in range(0, len(facts), facts_per_document):
        document = Document(f"doc-{start // facts_per_document}", "x", "bench", lang="fr")
        store.replace_document(document.id, document_quads(document, "0" * 64, facts[start:start + facts_per_document]))
    return store


def pyvis_page(data: dict, path: Path) -> None:
    """pyvis's default page of the same graph, with the tooltips kg's page writes (kg's page sends them as facts and
    writes them in the browser; pyvis needs them in its data)."""
    net = Network(cdn_resources="in_line")
    facts = data["facts"]
    for node in data["nodes"]:
        evidence = list(dict.fromkeys(tuple(e) for index in node["facts"] for e in facts[index]["e"]))
        net.add_node(node["id"], label=node["label"], title="\n".join(
            [f"{node['label']} — {node['group']}", *_evidence_lines(evidence, len(evidence))]))
    for edge in data["edges"]:
        fact = facts[edge["fact"]]
        net.add_edge(edge["from"], edge["to"], label=edge.get("label"), title="\n".join(
            [f"{fact['sl']} — {fact['p']} → {fact['ol']}", f"confidence {fact['c']:.2f}",
             *_evidence_lines(fact["e"], len(fact["e"]) + fact.get("more", 0))]))
    net.write_html(str(path))


def _evidence_lines(evidence: list, total: int, shown: int = 5) -> list[str]:
    return [f"• {sentence}  [{document}]" for document, sentence in evidence[:shown]] + (
        [f"… and {total - shown} more"] if total > shown else [])


def gesture_frames(page, gesture) -> list[float] | None:
    """Median and 95th percentile of the time between frames while `gesture(page, box)` moves the view."""
    box = page.locator("#graph").bounding_box() if page.locator("#graph").count() else page.locator(
        "#mynetwork").bounding_box()
    page.evaluate(RECORD)
    gesture(page, box)
    page.wait_for_timeout(100)
    return page.evaluate(STOP)


def drag(page, box) -> None:
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(60):  # a second of dragging at 60 moves a second
        page.mouse.move(x + 4 * step, y + 2 * step)
        page.wait_for_timeout(16)
    page.mouse.up()


def zoom(page, box) -> None:
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for step in range(60):
        page.mouse.wheel(0, -60 if step < 30 else 60)
        page.wait_for_timeout(16)


def measure(browser, path: Path, ready: str, timeout: float
            ) -> tuple[str, float | None, list | None, list | None]:
    """(the renderer that drew the page, seconds to its first draw, pan frames, zoom frames)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(path.as_uri(), wait_until="load", timeout=timeout * 1000)
        page.wait_for_function(ready, timeout=timeout * 1000, polling=100)
    except Exception:  # noqa: BLE001 - a page that never settles is reported as such
        page.close()
        return "", None, None, None
    # milliseconds since navigation started: when kg's page says it drew, or now for pyvis (polled every 100 ms)
    load = page.evaluate("window.kgStableAt || performance.now()")
    renderer = page.evaluate("window.kgPage ? window.kgPage.renderer : ''")
    pan, zoomed = gesture_frames(page, drag), gesture_frames(page, zoom)
    page.close()
    return renderer, load / 1000, pan, zoomed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000, 100000])
    parser.add_argument("--renderer", choices=RENDERERS, default="auto", help="kg's renderer (default: auto)")
    parser.add_argument("--pyvis-up-to", type=int, default=10000, help="skip pyvis's page above this many entities")
    parser.add_argument("--pyvis-timeout", type=float, default=120)
    args = parser.parse_args()
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS, headless=True)
        print(f"{'nodes':>6} {'page':>12} {'python s':>9} {'load s':>8} {'pan median/p95 ms':>18} "
              f"{'zoom median/p95 ms':>19} {'bytes/entity':>13}")
        for size in args.sizes:
            store = build_store(Path(tmp) / f"store-{size}", size)
            started = time.perf_counter()
            # (every entity, whatever the default)
            data = graph_data(store, selection=Selection(max_nodes=size), renderer=args.renderer)
            kg_path = Path(tmp) / f"kg-{size}.html"
            kg_path.write_text(render_page(data), encoding="utf-8")
            python_seconds = time.perf_counter() - started
            store.close()
            pages = [("kg", kg_path, "() => window.kgStable === true", 120, python_seconds)]
            if size <= args.pyvis_up_to:
                pyvis_path = Path(tmp) / f"pyvis-{size}.html"
                pyvis_page(data, pyvis_path)
                pages.append(("pyvis", pyvis_path,
                              "() => typeof network !== 'undefined' && network.physics.stabilized",
                              args.pyvis_timeout, None))
            for name, path, ready, timeout, seconds in pages:
                drew, load, pan, zoomed = measure(browser, path, ready, timeout)
                name = f"{name} {drew}".strip()
                load_text = f"{load:8.2f}" if load is not None else f">{timeout:6.0f}s"
                frames = [f"{f[0]:.0f}/{f[1]:.0f}" if f else "-" for f in (pan, zoomed)]
                python_text = f"{seconds:9.1f}" if seconds is not None else f"{'-':>9}"
                per_entity = path.stat().st_size / len(data["nodes"])
                print(f"{size:>6} {name:>12} {python_text} {load_text} {frames[0]:>18} {frames[1]:>19} "
                      f"{per_entity:13.0f}", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
