"""Each control of the graph page, driven in headless Chromium; screenshots go to test-output/ for review."""

from pathlib import Path

import pytest

from .test_browser import SCREENSHOTS, OpenPage, browser, fit  # noqa: F401 - the browser fixture is shared

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, seed_out):  # noqa: F811
    opened = OpenPage(browser, seed_out / "graph.html")
    fit(opened.page)
    return opened.page


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def node_id(page, label: str) -> str:
    return page.evaluate("(label) => window.kgNodes.get({filter: n => n.label === label})[0].id", label)


def click_node(page, label: str) -> None:
    point = page.evaluate("""(id) => { const net = window.kgNetwork;
        return net.canvasToDOM(net.getPositions([id])[id]); }""", node_id(page, label))
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def test_search_focuses_and_selects_the_entity(page):
    page.fill("#search", "Oracle")
    page.press("#search", "Enter")
    page.wait_for_timeout(500)
    assert page.evaluate("window.kgNetwork.getSelectedNodes()")[0] == node_id(page, "Oracle")
    assert page.locator("#details h2").inner_text() == "Oracle"
    options = page.evaluate("[...document.querySelectorAll('#entity-names option')].map(o => o.value)")
    assert "Oracle" in options and "AWS" in options  # aliases complete too
    shot(page, "search-oracle")


def test_search_by_alias(page):
    page.fill("#search", "aws")
    page.press("#search", "Enter")
    assert page.locator("#details h2").inner_text() == "Amazon Web Services"


def test_type_filter_hides_entities_and_updates_counts(page):
    before = page.evaluate("window.kgView.nodes.length")
    places = page.evaluate("window.kgNodes.get({filter: n => n.group === 'Place'}).length")
    page.uncheck("input[data-filter=types][data-value=Place]")
    assert page.evaluate("window.kgView.nodes.length") <= before - places
    assert page.evaluate("window.kgView.nodes.get({filter: n => n.group === 'Place'}).length") == 0
    assert page.locator("#filter-types label:has-text('Place') .count").inner_text() == f"0/{places}"
    assert page.locator("#counts").inner_text().startswith(f"{page.evaluate('window.kgView.nodes.length')} of ")
    shot(page, "filter-no-places")


def test_relation_filter(page):
    uses = page.evaluate("window.kgEdges.get({filter: e => e.relation === 'uses'}).length")
    assert uses > 0
    page.uncheck("input[data-filter=relations][data-value=uses]")
    assert page.evaluate("window.kgView.edges.get({filter: e => e.relation === 'uses'}).length") == 0
    assert page.locator("#filter-relations label:has-text('uses') .count").inner_text() == f"0/{uses}"


def test_relation_groups_toggle_together_and_relations_can_be_searched(page):
    total = page.evaluate("window.kgEdges.length")
    names = page.locator("details.relation-group summary").all_inner_texts()
    assert len(names) > 1 and any(name.startswith("deals and money") for name in names)
    deals = page.locator("details.relation-group", has_text="deals and money")
    in_group = page.evaluate("[...document.querySelectorAll('details.relation-group')].find(d => d.querySelector("
                             "'summary').textContent.startsWith('deals and money')).querySelectorAll("
                             "'input[data-filter=relations]').length")
    assert in_group > 1
    edges = int(deals.locator("summary .count").inner_text().split("/")[1])
    page.uncheck("input[data-filter=relation-group][data-value='deals and money']")
    assert page.evaluate("window.kgView.edges.length") == total - edges
    assert deals.locator("summary .count").inner_text() == f"0/{edges}"
    assert deals.locator("input[data-filter=relations]:checked").count() == 0
    page.check("input[data-filter=relations][data-value=provides]")  # one back: the group box is neither on nor off
    assert page.evaluate("document.querySelector(\"input[data-filter=relation-group][data-value='deals and money']\")"
                         ".indeterminate") is True
    page.check("input[data-filter=relation-group][data-value='deals and money']")
    assert page.evaluate("window.kgView.edges.length") == total

    listed = page.locator("#filter-relations label:visible").count()
    page.fill("#relation-search", "comp")
    shown = page.locator("#filter-relations label:visible").all_inner_texts()
    assert shown and all("comp" in text.split("\n")[0] for text in shown)
    page.fill("#relation-search", "")
    assert page.locator("#filter-relations label:visible").count() == listed  # (the most used of each group)
    shot(page, "relation-groups")


def test_document_filter_hides_everything_from_that_document(page):
    page.uncheck("input[data-filter=documents][data-value=meta-llama-gouvernement]")
    assert page.evaluate("window.kgView.edges.length") == 0


def test_confidence_filter(page):
    total = page.evaluate("window.kgView.edges.length")
    page.evaluate("""() => { const s = document.getElementById('confidence'); s.value = '0.7';
                             s.dispatchEvent(new Event('input')); }""")
    kept = page.evaluate("window.kgView.edges.get().map(e => e.confidence)")
    assert kept and all(c >= 0.7 for c in kept) and len(kept) < total
    assert page.locator("#confidence-value").inner_text() == "0.70"


def test_node_click_shows_facts_with_evidence_and_neighbourhood(page):
    click_node(page, "Oracle")
    details = page.locator("#details")
    assert details.locator("h2").inner_text() == "Oracle"
    text = details.inner_text()
    assert "se servira de Llama" in text and "meta-llama-gouvernement" in text and "2024-11" in text
    one_hop = page.evaluate("window.kgNeighbourhood.length")
    page.select_option("#hops", "2")
    assert page.evaluate("window.kgNeighbourhood.length") > one_hop
    assert set(page.evaluate("window.kgNetwork.getSelectedNodes()")) == set(page.evaluate("window.kgNeighbourhood"))
    shot(page, "details-oracle")


def test_edge_click_shows_that_facts_evidence(page):
    # Click a point of the edge that vis itself resolves to this edge alone (not a crossing edge or a node).
    point = page.evaluate("""() => { const net = window.kgNetwork;
        const edge = window.kgEdges.get({filter: e => e.relation === 'works for'})[0];
        const p = net.getPositions([edge.from, edge.to]);
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65]) {
          const dom = net.canvasToDOM({x: p[edge.from].x + t * (p[edge.to].x - p[edge.from].x),
                                       y: p[edge.from].y + t * (p[edge.to].y - p[edge.from].y)});
          if (net.getNodeAt(dom) === undefined && net.getEdgeAt(dom) === edge.id) return dom;
        }
        return null; }""")
    assert point is not None, "no point of the 'works for' edge is free of other edges and nodes"
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert page.locator("#details h2").inner_text() == "works for"
    assert "Nick Clegg" in page.locator("#details").inner_text()


def test_physics_toggle_and_png(page):
    button = page.locator("#physics")
    assert button.inner_text() == "Physics: off"
    button.click()
    assert button.inner_text() == "Physics: on"
    button.click()
    with page.expect_download() as download:
        page.click("#png")
    assert download.value.suggested_filename == "graph.png"
    assert Path(download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_large_graph_is_laid_out_in_python_and_draws_without_physics(browser, tmp_path):  # noqa: F811
    import random

    import kg
    from kg.model import Document, Entity, Evidence, Fact, Relation
    from kg.rdf import document_quads
    from kg.store import open_store

    rng = random.Random(7)
    entities = [Entity(f"e{i}", f"Entity {i}", rng.choice(["Organization", "Person", "Place"])) for i in range(1500)]
    facts = [Fact(a, Relation("uses", "uses"), b, Evidence("big", f"{a.label} uses {b.label}.", 0, 5), "test", 0.8)
             for a, b in (rng.sample(entities, 2) for _ in range(2000))]
    out = tmp_path / "out"
    with open_store(out, create=True) as store:
        store.ensure_ontology()
        store.replace_document("big", document_quads(Document("big", "x", "big.txt", lang="fr"), "0" * 64, facts))
    with kg.open(out) as graph:
        path = graph.render()
    opened = OpenPage(browser, path)
    page = opened.page
    assert page.evaluate("window.kgNetwork.physics.options.enabled") is False
    assert page.evaluate("window.kgNodes.get().every(n => typeof n.x === 'number' && typeof n.y === 'number')")
    assert page.evaluate("window.kgStableAt") < 10_000
    before = page.evaluate("window.kgNetwork.getPositions(['https://w3id.org/kg-news/resource/entity/e1'])")
    page.wait_for_timeout(500)
    assert page.evaluate("window.kgNetwork.getPositions(['https://w3id.org/kg-news/resource/entity/e1'])") == before
    assert opened.errors == []
    shot(page, "large-graph")
