"""Build throughput: kg's whole pipeline against spaCy parsing alone, on the same text in the same run.

    python benchmarks/build.py [--copies 20]

Prints words per second for parsing only (the floor any extractor on this model pays) and for `kg build`
(parse + rules + resolution + RDF + store), and their ratio.
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import kg
from kg.documents import read_documents
from kg.nlp import parse, pipeline_for
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def corpus(copies: int, folder: Path) -> tuple[Path, int]:
    """The seed article `copies` times (distinct ids, so each is really built) as a JSON Lines corpus."""
    text = (ROOT / "seeds" / "meta-llama-gouvernement.txt").read_text(encoding="utf-8")
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for i in range(copies):
            stream.write(json.dumps({"id": f"copy-{i}", "text": text + f"\n\nCopie {i}."}, ensure_ascii=False) + "\n")
    return path, copies * len(text.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, words = corpus(args.copies, Path(tmp))
        settings = Settings()
        nlp = pipeline_for("fr", settings)
        nlp("Préchauffage du modèle.")
        documents = list(read_documents([path], []))
        started = time.perf_counter()
        for _ in parse(documents, nlp, settings):
            pass
        parse_seconds = time.perf_counter() - started
        started = time.perf_counter()
        report = kg.build([path], out=Path(tmp) / "out")
        build_seconds = time.perf_counter() - started
    print(f"words: {words}  documents: {args.copies}  facts: {report.facts}")
    print(f"parse only : {words / parse_seconds:8.0f} words/s  ({parse_seconds:.2f} s)")
    print(f"kg build   : {words / build_seconds:8.0f} words/s  ({build_seconds:.2f} s, outputs included)")
    print(f"kg build / parse-only time ratio: {build_seconds / parse_seconds:.2f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
