"""What one news article costs kg, measured, and what that makes at scale (`docs/scale.md` quotes this script).

    python benchmarks/cost.py [--copies 3] [--jobs 2]

Builds the real-news development articles (`../shared/eval/dev/`, fr and en) `--copies` times with distinct ids
into a new embedded store, in one process and with `--jobs` worker processes, and prints per article: CPU seconds
(this process and its workers), wall seconds, quads, bytes of N-Quads and of Turtle, and bytes of store on disk.
Then the arithmetic for a daily feed of 100,000 articles and an archive of ten million, marked as extrapolated.
"""

import argparse
import resource
import tempfile
import time
from pathlib import Path

import kg
from kg.settings import Settings

from build import corpus  # (this folder's build benchmark: the same corpus)

DAILY_FEED = 100_000
ARCHIVE = 10_000_000


def cpu_seconds() -> float:
    """CPU time of this process and of the worker processes it has waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def measured_build(path: Path, out: Path, jobs: int) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, documents) of a build without the page and Turtle outputs."""
    kg.build([path], out=out.with_name(out.name + "-warm"), settings=Settings(n_process=jobs), write_outputs=False)
    cpu, started = cpu_seconds(), time.perf_counter()
    report = kg.build([path], out=out, settings=Settings(n_process=jobs), write_outputs=False)
    return time.perf_counter() - started, cpu_seconds() - cpu, report.documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=3, help="copies of the development articles (default 3)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the second build (default 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, words = corpus(args.copies, Path(tmp), news=True)
        wall, cpu, documents = measured_build(path, Path(tmp) / "one", 1)
        parallel_wall, parallel_cpu, _ = measured_build(path, Path(tmp) / "jobs", args.jobs)
        quads = kg.export("nq", out=Path(tmp) / "one")
        turtle = kg.export("ttl", out=Path(tmp) / "one")
        store = folder_bytes(Path(tmp) / "one" / "store")
    per, quad_count = 1 / documents, quads.count(b"\n")
    print(f"corpus: {documents} articles, {words} words ({words * per:.0f} words an article)")
    print(f"one process : {wall * per * 1000:6.0f} ms wall, {cpu * per * 1000:6.0f} ms CPU an article "
          f"(parse, extraction, resolution, store)")
    print(f"-j {args.jobs}        : {parallel_wall * per * 1000:6.0f} ms wall, {parallel_cpu * per * 1000:6.0f} ms CPU "
          f"an article (workers included)")
    print(f"RDF         : {quad_count * per:6.0f} quads, {len(quads) * per / 1024:6.1f} KiB N-Quads, "
          f"{len(turtle) * per / 1024:6.1f} KiB Turtle (union, ontology included) an article")
    print(f"store       : {store * per / 1024:6.1f} KiB of embedded Oxigraph store on disk an article (compacted)")
    core_seconds = cpu * per
    print("\nextrapolated from the figures above (not measured at that size):")
    print(f"  {DAILY_FEED:,} articles a day: {DAILY_FEED * core_seconds / 3600:.0f} core-hours, "
          f"{DAILY_FEED * core_seconds / 86_400:.1f} cores busy all day; "
          f"{DAILY_FEED * quad_count * per / 1e6:.0f} M quads a day")
    print(f"  {ARCHIVE:,} articles: {ARCHIVE * core_seconds / 3600:,.0f} core-hours, "
          f"{ARCHIVE * quad_count * per / 1e9:.1f} G quads, "
          f"{ARCHIVE * len(quads) * per / 1e9:,.0f} GB of N-Quads, "
          f"{ARCHIVE * store * per / 1e9:,.0f} GB of Oxigraph store")


if __name__ == "__main__":
    main()
