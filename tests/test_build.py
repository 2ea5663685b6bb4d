"""Building into the store: summary counts, idempotent rebuilds, added and replaced articles, unsupported input."""

import json
import os

import pytest

import kg
import kg.extract
from kg.errors import InputError, WorkerLost
from kg.settings import Settings

from .conftest import SEEDS, write

ARTICLE_A = ("Le constructeur Renault a signé un accord avec le groupe Nissan. "
             "Renault utilise les batteries de la société LG Chem pour ses voitures électriques.")
ARTICLE_B = "La banque BNP Paribas finance la start-up Mistral AI, qui développe le modèle Le Chat."


def facts(out) -> list[dict]:
    return [json.loads(line) for line in kg.export("jsonl", out=out).decode().splitlines()]


def triple_count(out) -> int:
    rows = kg.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", out=out).records()
    return int(rows[0]["n"])


def test_seed_build_writes_outputs_and_summary(seed_out):
    assert (seed_out / "graph.ttl").stat().st_size > 1000
    assert (seed_out / "graph.html").stat().st_size > 1000
    assert (seed_out / "store").is_dir()
    with kg.open(seed_out) as graph:
        assert graph.documents() == ["meta-llama-gouvernement"]


def test_rebuild_is_idempotent(seed_copy):
    before = (triple_count(seed_copy), sorted(json.dumps(f, sort_keys=True) for f in facts(seed_copy)))
    report = kg.build([SEEDS], out=seed_copy)
    assert report.unchanged == 1 and report.documents == 0
    after = (triple_count(seed_copy), sorted(json.dumps(f, sort_keys=True) for f in facts(seed_copy)))
    assert after == before


def test_new_articles_are_added_and_changed_ones_replaced(tmp_path):
    out = tmp_path / "out"
    a = write(tmp_path / "in" / "a.txt", ARTICLE_A)
    kg.build([a], out=out)
    first = facts(out)
    assert first and all(e["document"] == "a" for f in first for e in f["evidence"])

    b = write(tmp_path / "in2" / "b.txt", ARTICLE_B)
    report = kg.build([b], out=out)
    assert report.documents == 1
    with kg.open(out) as graph:
        assert graph.documents() == ["a", "b"]
    both = facts(out)
    assert {e["document"] for f in both for e in f["evidence"]} == {"a", "b"}

    write(a, "Le groupe Stellantis rachète la société Free2Move. Stellantis utilise le logiciel Mobilisights.")
    report = kg.build([a], out=out)
    assert report.documents == 1 and report.unchanged == 0
    after = facts(out)
    a_labels = {f["subject"]["label"] for f in after if f["evidence"][0]["document"] == "a"}
    assert "Renault" not in a_labels and "Stellantis" in a_labels
    assert all("Renault" not in e["sentence"] for f in after for e in f["evidence"])
    assert {e["document"] for f in after for e in f["evidence"]} == {"a", "b"}


def test_english_and_french_documents_are_each_read_by_their_rules(tmp_path):
    write(tmp_path / "in" / "en.txt", "The carmaker Volvo uses batteries from Northvolt. Volvo is a Swedish company.")
    write(tmp_path / "in" / "fr.txt", ARTICLE_A)
    report = kg.build([tmp_path / "in"], out=tmp_path / "out")
    assert report.documents == 2 and report.warnings == []
    found = {(f["subject"]["label"], f["predicate"]["label"], f["object"]["label"], f["evidence"][0]["document"])
             for f in facts(tmp_path / "out")}
    assert ("Volvo", "nationality", "Sweden", "en") in found
    assert any(document == "fr" and subject == "Renault" for subject, _, _, document in found)


def test_a_language_without_rules_is_stored_with_a_warning(tmp_path):
    path = write(tmp_path / "de.txt", "Die Firma Siemens kauft ein kleines Softwareunternehmen in München.")
    report = kg.build([path], out=tmp_path / "out", lang="de", write_outputs=False)
    assert report.documents == 1 and report.facts == 0
    assert any("language 'de' has no extraction rules" in w for w in report.warnings)
    with kg.open(tmp_path / "out") as graph:
        assert graph.documents() == ["de"]


def test_only_unreadable_inputs_is_a_clear_error(tmp_path):
    write(tmp_path / "empty.txt", "")
    with pytest.raises(InputError, match="no readable document"):
        kg.build([tmp_path], out=tmp_path / "out")


def test_summary_counts_match_the_store(seed_copy):
    report = kg.build([SEEDS], out=seed_copy, write_outputs=False)
    rows = kg.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?st a rdf:Statement . { ?st rdf:subject ?e } UNION "
                    "{ ?st rdf:object ?e } UNION { ?st ?q ?e . ?q rdfs:subPropertyOf kg:qualifier } "
                    "FILTER(isIRI(?e)) }", out=seed_copy).records()
    assert report.entities == int(rows[0]["n"]) > 10


def test_document_ids_cannot_escape_the_output_folder(tmp_path):
    hostile = ["../../escape", "/etc/passwd", "..\\..\\win", "a/../../b", "%2e%2e/x"]
    records = [json.dumps({"id": i, "text": ARTICLE_A}) for i in hostile]
    corpus = write(tmp_path / "in" / "hostile.jsonl", "\n".join(records))
    out = tmp_path / "deep" / "out"
    kg.build([corpus], out=out)
    allowed = {tmp_path / "in", tmp_path / "deep", out}
    outside = [p for p in tmp_path.rglob("*") if p not in allowed and not any(a in p.parents for a in allowed)]
    assert outside == []
    with kg.open(out) as graph:
        assert sorted(graph.documents()) == sorted(hostile)


def test_a_long_text_is_stored_in_parts_and_stale_parts_go(tmp_path):
    out = tmp_path / "out"
    paragraphs = [ARTICLE_A, ARTICLE_B] * 3
    article = write(tmp_path / "long.txt", "\n\n".join(paragraphs))
    in_parts = Settings(part_chars=len(ARTICLE_A) + 2)  # one paragraph a part
    kg.build([article], out=out, settings=in_parts, write_outputs=False)
    with kg.open(out) as graph:
        assert graph.documents() == [f"long-part{n:04d}" for n in range(1, 7)]
        wholes = graph.query("SELECT DISTINCT ?w WHERE { ?d dcterms:isPartOf ?w }").records()
    assert [row["w"] for row in wholes] == ["https://w3id.org/kg-news/resource/document/long"]
    assert {e["document"] for f in facts(out) for e in f["evidence"]} >= {"long-part0001", "long-part0002"}

    write(article, "\n\n".join(paragraphs[:4]))  # shorter: parts 5 and 6 must not linger
    report = kg.build([article], out=out, settings=in_parts, write_outputs=False)
    assert report.unchanged == 3 and report.documents == 1  # part 4 lost its trailing paragraph break
    with kg.open(out) as graph:
        assert graph.documents() == [f"long-part{n:04d}" for n in range(1, 5)]

    kg.build([article], out=out, write_outputs=False)  # now short enough to be read whole
    with kg.open(out) as graph:
        assert graph.documents() == ["long"]
    kg.build([article], out=out, settings=in_parts, write_outputs=False)  # and back to parts
    with kg.open(out) as graph:
        assert graph.documents() == [f"long-part{n:04d}" for n in range(1, 5)]


def test_worker_processes_store_exactly_what_one_process_does(tmp_path):
    """`-j 2` reads whole documents (parse, rules, resolution) in two worker processes, chunks of a few documents at a
    time; the main process only writes. The store holds the same quads, in both languages, as a build in one."""
    english = "Acme Corp bought the startup Zorbex. Zorbex makes batteries for electric cars in Leeds."
    rows = [{"id": f"{kind}-{i}", "text": text + f" {i}.", "lang": lang} for i in range(4)
            for kind, text, lang in (("a", ARTICLE_A, "fr"), ("b", ARTICLE_B, "fr"), ("c", english, "en"))]
    corpus = write(tmp_path / "in" / "corpus.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    one = kg.build([corpus], out=tmp_path / "one", write_outputs=False)
    two = kg.build([corpus], out=tmp_path / "two", settings=Settings(n_process=2, worker_chars=400),
                   write_outputs=False)
    assert one.documents == 12 and one.facts > 12
    assert (two.documents, two.facts, two.sentences) == (one.documents, one.facts, one.sentences)
    quads = [sorted(kg.export("nq", out=tmp_path / out).decode().splitlines()) for out in ("one", "two")]
    assert quads[0] == quads[1]


@pytest.mark.parametrize("processes", [1, 2])
def test_a_document_whose_reading_fails_is_reported_and_the_others_stored(tmp_path, monkeypatch, processes):
    """A rule bug costs only the document it meets, in one process or in workers (forked, they inherit the bug)."""
    reading = kg.extract._read_sentence

    def buggy(sentence, *args):
        if "Zorbex" in sentence.text:
            raise RuntimeError("a rule bug")
        return reading(sentence, *args)
    monkeypatch.setattr(kg.extract, "_read_sentence", buggy)
    rows = [{"id": f"a-{i}", "text": ARTICLE_A + f" {i}."} for i in range(3)] + [
        {"id": "bug", "text": "La société Zorbex a racheté Vinalys."}] + [
        {"id": f"b-{i}", "text": ARTICLE_B + f" {i}."} for i in range(3)]
    corpus = write(tmp_path / "in" / "corpus.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    report = kg.build([corpus], out=tmp_path / "out", settings=Settings(n_process=processes, worker_chars=300),
                      write_outputs=False)
    assert report.documents == 6
    assert [p.message for p in report.problems] == [
        "extraction failed (RuntimeError: a rule bug); not stored, please report this with the text"]
    with kg.open(tmp_path / "out") as graph:
        assert "bug" not in graph.documents() and len(graph.documents()) == 6


def test_a_worker_that_dies_stops_the_build_clearly_and_a_re_run_completes_it(tmp_path, monkeypatch):
    """A worker killed mid-build (here it exits on one document): a clear error; the documents stored are whole, and
    running the build again stores exactly what a build that never failed does."""
    main, reading = os.getpid(), kg.extract._read_sentence

    def dying(sentence, *args):
        if "Zorbex" in sentence.text and os.getpid() != main:
            os._exit(1)
        return reading(sentence, *args)
    rows = [{"id": f"a-{i}", "text": ARTICLE_A + f" {i}."} for i in range(4)] + [
        {"id": "z", "text": "La société Zorbex a racheté Vinalys."}] + [
        {"id": f"b-{i}", "text": ARTICLE_B + f" {i}."} for i in range(4)]
    corpus = write(tmp_path / "in" / "corpus.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    settings = Settings(n_process=2, worker_chars=300)
    with monkeypatch.context() as patch:
        patch.setattr(kg.extract, "_read_sentence", dying)
        with pytest.raises(WorkerLost, match="running the build again goes on"):
            kg.build([corpus], out=tmp_path / "out", settings=settings, write_outputs=False)
    report = kg.build([corpus], out=tmp_path / "out", settings=settings, write_outputs=False)
    assert report.documents + report.unchanged == 9
    kg.build([corpus], out=tmp_path / "clean", write_outputs=False)
    quads = [sorted(kg.export("nq", out=tmp_path / out).decode().splitlines()) for out in ("out", "clean")]
    assert quads[0] == quads[1]


def test_a_graph_is_added_or_replaced_with_only_its_own_triples(tmp_path):
    """A new graph is added as it is (an `extend`), an existing one swapped (an update): both leave exactly the
    quads given, in that graph, and no other graph changes."""
    import pyoxigraph as ox

    from kg.store import KnowledgeStore

    store = KnowledgeStore(tmp_path / "store")
    first, second = ox.NamedNode("https://example.org/g/1"), ox.NamedNode("https://example.org/g/2")
    p = ox.NamedNode("https://example.org/p")

    def triples(graph):
        return {(q.subject.value, q.object.value) for q in store.quads() if q.graph_name == graph}

    store.replace_graph(first, [ox.Quad(ox.NamedNode("https://example.org/a"), p, ox.Literal("un"), first)])
    store.replace_graph(second, [ox.Quad(ox.NamedNode("https://example.org/b"), p, ox.Literal("deux"), second),
                                 ox.Quad(ox.NamedNode("https://example.org/e"), p, ox.Literal("cinq"))])
    store.replace_graph(first, [ox.Quad(ox.NamedNode("https://example.org/c"), p, ox.Literal("trois"), first),
                                ox.Quad(ox.NamedNode("https://example.org/d"), p, ox.Literal("quatre"))])
    assert triples(first) == {("https://example.org/c", "trois"), ("https://example.org/d", "quatre")}
    assert triples(second) == {("https://example.org/b", "deux"), ("https://example.org/e", "cinq")}
    store.close()
