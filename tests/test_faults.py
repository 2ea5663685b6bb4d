"""An interrupted build loses nothing: kill -9 mid-way leaves whole documents only, and a re-run completes the rest."""

import json
import signal
import subprocess
import sys

import kg

from .conftest import SEEDS

#: a real build that says when each document is in the store, so the test can kill it mid-way
BUILD_REPORTING_EACH_DOCUMENT = """
import sys, kg
kg.build([sys.argv[1]], out=sys.argv[2], on_document=lambda d: print("stored", d.id, flush=True))
"""


def corpus(path, count: int):
    text = (SEEDS / "meta-llama-gouvernement.txt").read_text(encoding="utf-8")
    with path.open("w", encoding="utf-8") as stream:
        for i in range(count):
            stream.write(json.dumps({"id": f"doc-{i:03d}", "text": text + f"\n\nÉdition {i}."}, ensure_ascii=False)
                         + "\n")
    return path


def per_document(out) -> dict[str, tuple[int, str | None]]:
    """Document id -> (triples in its graph, stored content hash)."""
    rows = kg.query("SELECT ?id (COUNT(*) AS ?n) (SAMPLE(?h) AS ?hash) WHERE { GRAPH ?g { ?d dcterms:identifier ?id ; "
                    "kg:contentHash ?h . ?s ?p ?o } } GROUP BY ?id", out=out).records()
    return {r["id"]: (int(r["n"]), r["hash"]) for r in rows}


def test_sigkill_mid_build_keeps_whole_documents_and_resumes(tmp_path):
    source = corpus(tmp_path / "corpus.jsonl", 60)
    reference = tmp_path / "reference"
    kg.build([source], out=reference, write_outputs=False)
    expected = per_document(reference)

    out = tmp_path / "out"
    build = subprocess.Popen([sys.executable, "-c", BUILD_REPORTING_EACH_DOCUMENT, str(source), str(out)],
                             stdout=subprocess.PIPE, text=True)
    for _ in range(10):  # let ten documents in, then kill it where it stands
        assert build.stdout.readline().startswith("stored")
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    assert build.returncode == -signal.SIGKILL

    stored = per_document(out)
    assert 0 < len(stored) < len(expected), "the kill should land mid-build"
    for document_id, (triples, digest) in stored.items():
        assert (triples, digest) == expected[document_id], f"{document_id} is partly stored"

    report = kg.build([source], out=out)
    assert report.unchanged == len(stored) and report.documents == len(expected) - len(stored)
    assert per_document(out) == expected
    assert (out / "graph.ttl").exists() and (out / "graph.html").exists()
