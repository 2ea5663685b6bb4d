"""Where a build's time goes: a warm `kg build` of the real-news development articles, timed part by part.

    python benchmarks/parts.py [--copies 3]

Each part of the pipeline (the spaCy parse, extraction, resolution, store writes, `graph.html`, `graph.ttl`, the
entity count, compaction) is wrapped with a timer for one build, after a first build has loaded the models and
compiled the rules; the parse-only time of the same texts is printed beside it (`docs/scale.md` quotes this).
"""

import argparse
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import kg
import kg.api
import kg.pipeline
import kg.store
from kg.settings import Settings

from build import corpus, parse_seconds, warm_up

spent: dict[str, float] = defaultdict(float)


def timed(owner: object, name: str, part: str) -> None:
    """Replace `owner.name` by the same function adding its time to `spent[part]`."""
    function: Callable = getattr(owner, name)

    def wrapper(*args, **options):
        started = time.perf_counter()
        try:
            return function(*args, **options)
        finally:
            spent[part] += time.perf_counter() - started
    setattr(owner, name, wrapper)


def timed_generator(owner: object, name: str, part: str) -> None:
    """As `timed`, for a generator: the time spent producing each item."""
    function: Callable = getattr(owner, name)

    def wrapper(*args, **options):
        items = function(*args, **options)
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                spent[part] += time.perf_counter() - started
            yield item
    setattr(owner, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=3, help="copies of the development articles (default 3)")
    args = parser.parse_args()
    timed_generator(kg.pipeline, "parse", "spaCy parse")
    timed(kg.pipeline, "extract_document", "extraction")
    timed(kg.pipeline, "resolve", "resolution")
    timed(kg.store.KnowledgeStore, "replace_graph", "store writes")
    timed(kg.store.KnowledgeStore, "compact", "compaction")
    timed(kg.api.KnowledgeGraph, "render", "graph.html")
    timed(kg.api.KnowledgeGraph, "export", "graph.ttl")
    timed(kg.pipeline, "entity_count", "entity count")
    with tempfile.TemporaryDirectory() as tmp:
        path, words = corpus(args.copies, Path(tmp), news=True)
        warm_up(path, Path(tmp) / "warm")
        parse_only = parse_seconds(path, Settings())
        spent.clear()
        started = time.perf_counter()
        report = kg.build([path], out=Path(tmp) / "out")
        total = time.perf_counter() - started
    print(f"{report.documents} documents, {words} words: kg build {total:.2f} s (outputs included), parse only "
          f"{parse_only:.2f} s")
    for part, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {part:<14} {seconds:6.2f} s  {seconds / total:4.0%}")
    print(f"  {'other':<14} {total - sum(spent.values()):6.2f} s")


if __name__ == "__main__":
    main()
