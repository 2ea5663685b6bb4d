"""The graph page in real headless Chromium: it draws every entity, talks to nobody, and never runs article text."""

import json
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

import kg
from kg.html import LIBRARIES
from kg.model import Document, Entity, Evidence, Fact, Relation
from kg.rdf import document_quads
from kg.records import entity_records
from kg.store import open_store

from .conftest import ROOT, write

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
SCREENSHOTS = ROOT / "test-output"
PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    "</script><script>window.__xss=2</script>",
    '"><svg onload="window.__xss=3">',
    "<b onmouseover=\"window.__xss=4\">survol</b>",
    "javascript:window.__xss=5",
    "<a href=\"javascript:window.__xss=6\">lien</a>",
]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


class OpenPage:
    """A page opened from disk, with what it logged and requested."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("() => window.kgStable === true", timeout=30_000)

    def hover_everything(self) -> list[str]:
        """Move the mouse over every node and edge; return the tooltip texts shown."""
        page = self.page
        points = page.evaluate("""() => {
            const kg = window.kgPage, out = kg.nodes().map(n => kg.screen(n.id));
            for (const e of kg.edges()) {
              const a = kg.screen(e.from), b = kg.screen(e.to);
              out.push({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
            }
            return out; }""")
        box = page.locator("#graph").bounding_box()
        texts = []
        for point in points:
            page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
            page.wait_for_timeout(180)
            texts.append(page.evaluate("[...document.querySelectorAll('div.vis-tooltip, div.kg-tooltip')]"
                                       ".map(t => t.textContent).join('')"))
        return texts


def fit(page) -> None:
    page.evaluate("window.kgPage.fit()")


def test_seed_page_draws_every_entity_offline(browser, seed_out):
    opened = OpenPage(browser, seed_out / "graph.html")
    with kg.open(seed_out) as graph:
        entities = entity_records(graph.store)
    assert opened.page.evaluate("window.kgNodes.length") == len(entities) > 10
    assert set(opened.page.evaluate("window.kgNodes.getIds()")) == {e["iri"] for e in entities}
    assert opened.page.evaluate("window.kgEdges.length") > 10
    legend = opened.page.locator("#filter-types").inner_text()
    assert "Organization" in legend and "Place" in legend
    assert opened.errors == []
    assert all(url == opened.url or url.startswith("data:") for url in opened.requests), opened.requests
    SCREENSHOTS.mkdir(exist_ok=True)
    fit(opened.page)
    opened.page.screenshot(path=str(SCREENSHOTS / "seed-graph.png"))


def test_layout_settles_and_stops_moving(browser, seed_out):
    opened = OpenPage(browser, seed_out / "graph.html")
    before = opened.page.evaluate("window.kgNetwork.getPositions()")
    opened.page.wait_for_timeout(1000)
    assert opened.page.evaluate("window.kgNetwork.getPositions()") == before


def test_tooltips_show_evidence_sentences(browser, seed_out):
    opened = OpenPage(browser, seed_out / "graph.html")
    fit(opened.page)
    texts = " ".join(opened.hover_everything())
    assert "[meta-llama-gouvernement]" in texts and "•" in texts


@pytest.mark.parametrize("renderer", ["vis", "webgl", "canvas"])
def test_payloads_in_articles_never_execute(browser, tmp_path, renderer):
    text = ("Le groupe Zorg {} utilise le logiciel Brix {}. La société Acme {} fournit le service Qux {} aux "
            "agences. Le PDG de Acme, Jean Dupont {}, a rencontré Marie Curie {}.").format(*PAYLOADS)
    records = [{"id": payload, "title": payload, "text": text} for payload in PAYLOADS[:3]]
    corpus = write(tmp_path / "payloads.jsonl", "\n".join(json.dumps(r) for r in records))
    plain = write(tmp_path / "plain.txt", text)
    out = tmp_path / "out"
    report = kg.build([corpus, plain], out=out)
    assert report.facts > 0
    with kg.open(out) as graph:
        path = graph.render(renderer=renderer)
    page_source = path.read_text(encoding="utf-8")
    assert "onerror" in page_source and "window.__xss" in page_source  # the payloads are in the data...
    assert "<img src=x" not in page_source and "</script><script>window" not in page_source  # ...only escaped
    opened = OpenPage(browser, path)
    fit(opened.page)
    tooltips = opened.hover_everything()
    assert any("<" in t and "__xss" in t for t in tooltips)  # shown as text
    opened.page.wait_for_timeout(300)
    assert opened.page.evaluate("window.__xss") is None
    # the page's own: its libraries, the data, the renderer and the page script; nothing added
    assert opened.page.evaluate("document.querySelectorAll('script').length") == len(LIBRARIES[renderer]["js"]) + 3
    assert opened.page.evaluate("document.querySelectorAll('img, svg, b, a').length") == 0
    assert all(url == opened.url or url.startswith("data:") for url in opened.requests), opened.requests
    opened.page.screenshot(path=str(SCREENSHOTS / f"payload-graph-{renderer}.png"))


def test_payloads_in_entity_names_relations_and_ids_never_execute(browser, tmp_path):
    """Names straight from the store (as another tool or a hostile lexicon could write them) are shown as text."""
    document = Document(id=PAYLOADS[1], text="x", source=PAYLOADS[0], title=PAYLOADS[2], lang="fr")
    facts = [Fact(Entity(f"s{i}", payload, "Organization", aliases=(payload,)),
                  Relation(f"minted{i}", payload, minted=True), Entity(f"o{i}", payload[::-1], "Product"),
                  Evidence(document.id, payload, 0, 1), "test", 0.5, qualifiers=(("purpose", payload),))
             for i, payload in enumerate(PAYLOADS)]
    out = tmp_path / "out"
    with open_store(out, create=True) as store:
        store.ensure_ontology()
        store.replace_document(document.id, document_quads(document, "0" * 64, facts))
    with kg.open(out) as graph:
        path = graph.render(title=PAYLOADS[3])
    opened = OpenPage(browser, path)
    labels = opened.page.evaluate("window.kgNodes.get().map(n => n.label)")
    assert set(PAYLOADS) <= set(labels)
    fit(opened.page)
    tooltips = opened.hover_everything()
    assert any(PAYLOADS[0] in t for t in tooltips)
    assert opened.page.evaluate("window.__xss") is None
    assert opened.page.locator("#title").inner_text() == PAYLOADS[3]
    assert opened.page.evaluate("document.querySelectorAll('img, svg, b, a').length") == 0
    assert opened.errors == []
