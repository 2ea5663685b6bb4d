"""Build throughput: kg's whole pipeline against spaCy parsing alone, on the same text in the same run.

    python benchmarks/build.py [--copies 20]                   # the seed article, copies with distinct ids
    python benchmarks/build.py --news [--copies 3] [--jobs 2]   # the real-news development articles (fr and en)

Prints words per second for parsing only (the floor any extractor on this model pays) and for `kg build`
(parse + rules + resolution + RDF + store), and their ratio; with `--jobs N`, also a build in N worker processes and
its documents per second against the build in one. Both sides are measured warm (the models loaded, kg's rules
compiled and modules imported by a first small build), `--repeat` times in turn, and compared by their medians:
on a shared 2-core machine one run's parse time alone varies by a fifth.
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import kg
from kg.documents import read_documents
from kg.nlp import parse, pipeline_for
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
#: the real-news development articles (`../shared/eval/dev/<lang>/*.txt`), outside the package
NEWS = ROOT.parent / "shared" / "eval" / "dev"


def corpus(copies: int, folder: Path, news: bool) -> tuple[Path, int]:
    """The texts `copies` times, with distinct ids so each is really built, as a JSON Lines corpus; and its words."""
    if news:
        texts = [(path.parent.name, path.read_text(encoding="utf-8")) for path in sorted(NEWS.glob("*/*.txt"))]
        if not texts:
            sys.exit(f"no articles in {NEWS}: --news needs the development set beside the project")
    else:
        texts = [("fr", (ROOT / "seeds" / "meta-llama-gouvernement.txt").read_text(encoding="utf-8"))]
    path = folder / "corpus.jsonl"
    words = 0
    with path.open("w", encoding="utf-8") as stream:
        for i in range(copies):
            for number, (lang, text) in enumerate(texts):
                row = {"id": f"copy-{i}-{number}", "text": text + f"\n\nCopie {i}.", "lang": lang}
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                words += len(row["text"].split())
    return path, words


def parse_seconds(path: Path, settings: Settings) -> float:
    """Parsing alone, each document with its language's pipeline (loaded and warmed beforehand)."""
    documents = list(read_documents([path], []))
    by_lang: dict[str, list] = {}
    for document in documents:
        by_lang.setdefault(document.lang, []).append(document)
    for lang in by_lang:
        pipeline_for(lang, settings)("Préchauffage du modèle.")
    started = time.perf_counter()
    for lang, group in by_lang.items():
        for _ in parse(group, pipeline_for(lang, settings), settings):
            pass
    return time.perf_counter() - started


def warm_up(path: Path, out: Path) -> None:
    """Build the corpus's first two documents once: kg's imports and compiled rules, as the models are loaded."""
    first = out.with_suffix(".jsonl")
    first.write_text("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:2]), encoding="utf-8")
    kg.build([first], out=out)


def build_seconds(path: Path, out: Path, processes: int) -> tuple[float, int, int]:
    """(seconds, documents, facts) of `kg build` into a new store, outputs included."""
    started = time.perf_counter()
    report = kg.build([path], out=out, settings=Settings(n_process=processes))
    return time.perf_counter() - started, report.documents, report.facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=None, help="copies of the texts (default: 20 seed, 3 news)")
    parser.add_argument("--news", action="store_true", help="the real-news development articles, not the seed")
    parser.add_argument("--jobs", type=int, default=1, help="also build in this many worker processes")
    parser.add_argument("--repeat", type=int, default=3, help="measurements of each side, in turn (default 3)")
    args = parser.parse_args()
    copies = args.copies or (3 if args.news else 20)
    with tempfile.TemporaryDirectory() as tmp:
        path, words = corpus(copies, Path(tmp), args.news)
        warm_up(path, Path(tmp) / "warm")
        parses, builds, in_workers = [], [], []
        for run in range(args.repeat):
            parses.append(parse_seconds(path, Settings()))
            seconds, documents, facts = build_seconds(path, Path(tmp) / f"out{run}", 1)
            builds.append(seconds)
            if args.jobs > 1:
                in_workers.append(build_seconds(path, Path(tmp) / f"workers{run}", args.jobs)[0])
        parsed, built = statistics.median(parses), statistics.median(builds)
        print(f"words: {words}  documents: {documents}  facts: {facts}")
        print(f"parse only : {words / parsed:8.0f} words/s  (median {parsed:.2f} s of {_listed(parses)})")
        print(f"kg build   : {words / built:8.0f} words/s  (median {built:.2f} s of {_listed(builds)}, outputs "
              "included)")
        print(f"kg build / parse-only time ratio: {built / parsed:.2f}  (each run's: "
              f"{_listed([b / p for b, p in zip(builds, parses, strict=True)])})")
        if args.jobs > 1:
            workers = statistics.median(in_workers)
            print(f"kg build -j {args.jobs}: {documents / workers:6.1f} documents/s against {documents / built:.1f} "
                  f"with one process (median {workers:.2f} s of {_listed(in_workers)})")
            print(f"-j {args.jobs} / -j 1 documents per second: {built / workers:.2f}  (each run's: "
                  f"{_listed([b / w for b, w in zip(builds, in_workers, strict=True)])})")
    sys.stdout.flush()


def _listed(values: list[float]) -> str:
    return ", ".join(f"{value:.2f}" for value in values)


if __name__ == "__main__":
    main()
