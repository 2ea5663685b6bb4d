"""Each control of the graph page, driven in headless Chromium; screenshots go to test-output/ for review."""

from pathlib import Path

import pytest

from .test_browser import SCREENSHOTS, OpenPage, browser, fit  # noqa: F401 - the browser fixture is shared

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pages(seed_out, tmp_path_factory):
    """The seed's page drawn by each renderer (the seed is small: `auto` gives vis-network, the others are asked
    for)."""
    import kg

    drawn = {"vis": seed_out / "graph.html"}
    with kg.open(seed_out) as graph:
        for renderer in ("webgl", "canvas"):
            drawn[renderer] = graph.render(tmp_path_factory.mktemp(renderer) / "graph.html", renderer=renderer)
    return drawn


@pytest.fixture(params=["vis", "webgl", "canvas"])
def opened(request, browser, pages):  # noqa: F811
    opened = OpenPage(browser, pages[request.param])
    assert opened.page.evaluate("window.kgPage.renderer") == request.param
    opened.page.evaluate("window.kgPage.fit()")
    yield opened
    assert opened.errors == []
    assert all(url == opened.url for url in opened.requests), opened.requests


@pytest.fixture
def page(opened):
    return opened.page


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{page.evaluate('window.kgPage.renderer')}.png"))


def node_id(page, label: str) -> str:
    return page.evaluate("(label) => window.kgPage.nodes().find(n => n.label === label).id", label)


def click_node(page, label: str) -> None:
    point = page.evaluate("(id) => window.kgPage.screen(id)", node_id(page, label))
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def drawn(page, what: str, where: str = "true") -> list[dict]:
    """The entities or relations the renderer itself draws (not what the page script believes), filtered in JS."""
    return page.evaluate(f"""() => {{ const ids = new Set(window.kgPage.drawn().{what});
        return window.kgPage.{what}().filter(x => ids.has(x.id)).filter(x => {where}); }}""")


def test_search_focuses_and_selects_the_entity(page):
    page.fill("#search", "Oracle")
    page.press("#search", "Enter")
    page.wait_for_timeout(500)
    selected = page.evaluate("window.kgPage.selected()")  # the entity and its neighbourhood
    assert node_id(page, "Oracle") in selected and set(selected) == set(page.evaluate("window.kgNeighbourhood"))
    assert page.locator("#details h2").inner_text() == "Oracle"
    options = page.evaluate("[...document.querySelectorAll('#entity-names option')].map(o => o.value)")
    assert "Oracle" in options
    page.fill("#search", "aw")  # aliases complete too
    assert "AWS" in page.evaluate("[...document.querySelectorAll('#entity-names option')].map(o => o.value)")
    shot(page, "search-oracle")


def test_search_by_alias(page):
    page.fill("#search", "aws")
    page.press("#search", "Enter")
    assert page.locator("#details h2").inner_text() == "Amazon Web Services"


def test_type_filter_hides_entities_and_updates_counts(page):
    before = len(drawn(page, "nodes"))
    places = len(drawn(page, "nodes", "x.group === 'Place'"))
    assert places > 0
    page.uncheck("input[data-filter=types][data-value=Place]")
    after = len(drawn(page, "nodes"))
    assert after <= before - places
    assert drawn(page, "nodes", "x.group === 'Place'") == []
    assert page.locator("#filter-types label:has-text('Place') .count").inner_text() == f"0/{places}"
    assert page.locator("#counts").inner_text().startswith(f"{after} of ")
    shot(page, "filter-no-places")


def test_relation_filter(page):
    uses = len(drawn(page, "edges", "x.relation === 'uses'"))
    assert uses > 0
    page.uncheck("input[data-filter=relations][data-value=uses]")
    assert drawn(page, "edges", "x.relation === 'uses'") == []
    assert page.locator("#filter-relations label:has-text('uses') .count").inner_text() == f"0/{uses}"


def test_relation_groups_toggle_together_and_relations_can_be_searched(page):
    total = len(drawn(page, "edges"))
    names = page.locator("details.relation-group summary").all_inner_texts()
    assert len(names) > 1 and any(name.startswith("deals and money") for name in names)
    deals = page.locator("details.relation-group", has_text="deals and money")
    in_group = page.evaluate("[...document.querySelectorAll('details.relation-group')].find(d => d.querySelector("
                             "'summary').textContent.startsWith('deals and money')).querySelectorAll("
                             "'input[data-filter=relations]').length")
    assert in_group > 1
    edges = int(deals.locator("summary .count").inner_text().split("/")[1])
    page.uncheck("input[data-filter=relation-group][data-value='deals and money']")
    assert len(drawn(page, "edges")) == total - edges
    assert deals.locator("summary .count").inner_text() == f"0/{edges}"
    assert deals.locator("input[data-filter=relations]:checked").count() == 0
    page.check("input[data-filter=relations][data-value=provides]")  # one back: the group box is neither on nor off
    assert page.evaluate("document.querySelector(\"input[data-filter=relation-group][data-value='deals and money']\")"
                         ".indeterminate") is True
    page.check("input[data-filter=relation-group][data-value='deals and money']")
    assert len(drawn(page, "edges")) == total

    listed = page.locator("#filter-relations label:visible").count()
    page.fill("#relation-search", "comp")
    shown = page.locator("#filter-relations label:visible").all_inner_texts()
    assert shown and all("comp" in text.split("\n")[0] for text in shown)
    page.fill("#relation-search", "")
    assert page.locator("#filter-relations label:visible").count() == listed  # (the most used of each group)
    shot(page, "relation-groups")


def test_document_filter_hides_everything_from_that_document(page):
    page.uncheck("input[data-filter=documents][data-value=meta-llama-gouvernement]")
    assert drawn(page, "edges") == []


def test_confidence_filter(page):
    total = len(drawn(page, "edges"))
    page.evaluate("""() => { const s = document.getElementById('confidence'); s.value = '0.7';
                             s.dispatchEvent(new Event('input')); }""")
    kept = [edge["confidence"] for edge in drawn(page, "edges")]
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
    assert set(page.evaluate("window.kgPage.selected()")) == set(page.evaluate("window.kgNeighbourhood"))
    shot(page, "details-oracle")


def test_edge_click_shows_that_facts_evidence(page):
    # a point of the edge that is free of other edges and nodes, as the renderer draws it
    edge = page.evaluate("window.kgPage.edges().find(e => e.relation === 'works for').id")
    point = page.evaluate("(id) => window.kgPage.edgeScreen(id)", edge)
    assert point is not None, "no point of the 'works for' edge is free of other edges and nodes"
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    # (the WebGL page draws relations between the same two entities on one line, and shows them all)
    assert "works for" in page.locator("#details h2").inner_text().split(" · ")
    assert "Nick Clegg" in page.locator("#details").inner_text()


def test_physics_toggle(page):
    button = page.locator("#physics")
    if page.evaluate("window.kgPage.renderer") != "vis":  # laid out in Python, no physics to turn on
        assert button.is_hidden()
        return
    assert button.inner_text() == "Physics: off"
    button.click()
    assert button.inner_text() == "Physics: on"
    button.click()
    assert button.inner_text() == "Physics: off"


def test_png_is_the_drawing(page):
    with page.expect_download() as download:
        page.click("#png")
    assert download.value.suggested_filename == "graph.png"
    png = Path(download.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    # decoded by the browser: the size of the drawing and, on it, entities in their kinds' colours
    width, height, colours = page.evaluate("""async (b64) => {
        const image = new Image();  // (an img, as the page's Content-Security-Policy allows data: images only)
        image.src = 'data:image/png;base64,' + b64;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height), context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data, seen = new Set();
        for (let i = 0; i < pixels.length; i += 4) seen.add('#' + [0, 1, 2].map(k =>
            pixels[i + k].toString(16).padStart(2, '0')).join(''));
        return [image.width, image.height, [...seen]]; }""", __import__("base64").b64encode(png).decode())
    box = page.locator("#graph").bounding_box()
    assert (width, height) == (round(box["width"]), round(box["height"]))
    assert {"#4e79a7", "#f28e2b", "#59a14f"} <= set(colours)  # organisations, people, places


def random_graph(path: Path, entities: int, facts: int) -> Path:
    """A store of `facts` random `uses` facts between `entities` entities; its output folder."""
    import random

    from kg.model import Document, Entity, Evidence, Fact, Relation
    from kg.rdf import document_quads
    from kg.store import open_store

    rng = random.Random(7)
    people = [Entity(f"e{i}", f"Entity {i}", rng.choice(["Organization", "Person", "Place"])) for i in range(entities)]
    read = [Fact(a, Relation("uses", "uses"), b, Evidence("big", f"{a.label} uses {b.label}.", 0, 5), "test", 0.8)
            for a, b in (rng.sample(people, 2) for _ in range(facts))]
    with open_store(path, create=True) as store:
        store.ensure_ontology()
        store.replace_document("big", document_quads(Document("big", "x", "big.txt", lang="fr"), "0" * 64, read))
    return path


def test_large_graph_is_laid_out_in_python_and_draws_without_physics(browser, tmp_path):  # noqa: F811
    import kg

    with kg.open(random_graph(tmp_path / "out", 1500, 2000)) as graph:
        path = graph.render()
    opened = OpenPage(browser, path)
    page = opened.page
    assert page.evaluate("window.kgPage.renderer") == "vis"  # (at most WEBGL_ABOVE entities)
    assert page.evaluate("window.kgNetwork.physics.options.enabled") is False
    assert page.evaluate("window.kgNodes.get().every(n => typeof n.x === 'number' && typeof n.y === 'number')")
    assert page.evaluate("window.kgStableAt") < 10_000
    before = page.evaluate("window.kgNetwork.getPositions(['https://w3id.org/kg-news/resource/entity/e1'])")
    page.wait_for_timeout(500)
    assert page.evaluate("window.kgNetwork.getPositions(['https://w3id.org/kg-news/resource/entity/e1'])") == before
    assert opened.errors == []
    shot(page, "large-graph")


@pytest.fixture(scope="module")
def large_graph(tmp_path_factory):
    return random_graph(tmp_path_factory.mktemp("large") / "out", 4000, 6000)


@pytest.mark.parametrize("asked", ["auto", "webgl"])
def test_a_graph_above_the_threshold_draws_with_webgl_or_without_a_gpu_on_a_canvas(browser, large_graph,  # noqa: F811
                                                                                     tmp_path, asked):
    import kg
    from kg.html import WEBGL_ABOVE

    with kg.open(large_graph) as graph:
        path = graph.render(tmp_path / "graph.html", renderer=asked)
    opened = OpenPage(browser, path)
    page = opened.page
    entities = page.evaluate("window.kgPage.nodes().length")
    gpu = page.evaluate("window.kgRenderers.shared.gpuWebgl()")
    assert not gpu  # (the tests' Chromium runs with --disable-gpu: WebGL drawn by SwiftShader, on the CPU)
    assert entities > WEBGL_ABOVE and page.evaluate("window.kgPage.renderer") == (
        "canvas" if asked == "auto" and not gpu else "webgl")
    if asked == "webgl":
        assert page.evaluate("[window.kgGraph.order, window.kgGraph.size]") == [
            entities, page.evaluate("window.kgPage.edges().length")]
        assert page.evaluate("window.kgGraph.everyNode((n, a) => Number.isFinite(a.x) && Number.isFinite(a.y))")
    else:
        assert page.evaluate("typeof window.kgGraph") == "undefined"  # (sigma is on the page, but not drawing)
    assert page.evaluate("window.kgStableAt") < 10_000
    assert len(drawn(page, "nodes")) == entities
    drag_and_zoom(page)  # (on the image of the drawing where a frame is slow to draw: see window.kgImageMoves)
    page.uncheck("input[data-filter=relations][data-value=uses]")  # the only relation: nothing left to draw
    assert drawn(page, "nodes") == [] and drawn(page, "edges") == []
    assert page.locator("#counts").inner_text().startswith("0 of ")
    assert opened.errors == []
    shot(page, "large-graph")


def test_hovering_an_entity_shows_its_evidence(page):
    point = page.evaluate("(id) => window.kgPage.screen(id)", node_id(page, "Oracle"))
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tooltip = page.locator("div.vis-tooltip, div.kg-tooltip")
    tooltip.wait_for(state="visible")
    text = tooltip.inner_text()
    assert text.startswith("Oracle — Organization") and "meta-llama-gouvernement" in text
    tip = tooltip.bounding_box()  # whole, inside the drawing
    assert box["x"] <= tip["x"] and tip["x"] + tip["width"] <= box["x"] + box["width"] + 1


def drag_and_zoom(page) -> None:
    """Dragging moves every entity by the drag; the wheel zooms in around the pointer (the entities spread)."""
    ids = page.evaluate("window.kgPage.shownNodes().slice(0, 2).map(n => n.id)")
    before = [page.evaluate("(id) => window.kgPage.screen(id)", i) for i in ids]
    box = page.locator("#graph").bounding_box()
    x, y = box["x"] + 40, box["y"] + box["height"] - 40  # a corner, off the entities
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, 21):
        page.mouse.move(x + 5 * step, y - 2.5 * step)
        page.wait_for_timeout(20)
    page.wait_for_timeout(300)  # (held still before release: no inertia)
    page.mouse.up()
    page.wait_for_function("() => !document.querySelector('.kg-stage') || "
                           "document.querySelector('.kg-stage').style.transform === ''")
    page.wait_for_timeout(400)
    after = [page.evaluate("(id) => window.kgPage.screen(id)", i) for i in ids]
    for b, a in zip(before, after, strict=True):
        assert abs(a["x"] - b["x"] - 100) < 4 and abs(a["y"] - b["y"] + 50) < 4
    spread = abs(after[0]["x"] - after[1]["x"]) + abs(after[0]["y"] - after[1]["y"])
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(3):
        page.mouse.wheel(0, -100)
        page.wait_for_timeout(50)
    page.wait_for_timeout(1200)
    zoomed = [page.evaluate("(id) => window.kgPage.screen(id)", i) for i in ids]
    assert abs(zoomed[0]["x"] - zoomed[1]["x"]) + abs(zoomed[0]["y"] - zoomed[1]["y"]) > 1.3 * spread


def test_drag_pans_and_the_wheel_zooms(page):
    drag_and_zoom(page)


def test_the_page_unpacks_exactly_what_kg_sent(opened, seed_out):
    """The page receives columns (kg.html.page_payload) and makes objects again: the same as graph_data's."""
    import kg
    from kg.html import graph_data

    with kg.open(seed_out) as graph:
        sent = graph_data(graph.store)
    page = opened.page
    nodes = {n["id"]: n for n in page.evaluate("window.kgPage.nodes()")}
    assert set(nodes) == {n["id"] for n in sent["nodes"]}
    for node in sent["nodes"]:
        for key in ("label", "group", "value", "aliases", "facts", "quotes"):
            assert nodes[node["id"]][key] == node[key], (node["label"], key)
    edges = page.evaluate("window.kgPage.edges()")
    keys = ("from", "to", "fact", "relation", "label", "documents", "dashes")
    assert [{k: e[k] for k in keys} for e in edges] == [{k: e[k] for k in keys} for e in sent["edges"]]
    assert [e["confidence"] for e in edges] == [round(e["confidence"], 2) for e in sent["edges"]]
    assert page.evaluate("window.kgPage.facts()") == sent["facts"]
