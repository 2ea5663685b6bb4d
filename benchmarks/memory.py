"""Memory stays bounded however large the input: peak memory against input size, in one run.

    python benchmarks/memory.py [--read-mb 10 100] [--build-kb 300 1200]

1. Reading: Python's peak allocation (tracemalloc) while `read_documents` streams one text file of each size in
   `--read-mb` (French paragraphs, one file, no blank-line-free shortcut), and the ratio to the smallest.
2. Building: peak resident memory of a whole `kg build` (spaCy model included) in a fresh process, for one file of
   each size in `--build-kb`, and the ratio to the smallest. Bounded memory shows as ratios near 1 while the input
   grows several times.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from kg.documents import read_documents

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = ("Le groupe industriel a annoncé lundi un partenariat avec une société de logiciels basée à Lyon, "
             "qui fournira ses outils d'analyse aux services de l'État pour la maintenance des réseaux.")


def text_file(folder: Path, size: int) -> Path:
    """A French text file of about `size` bytes: numbered paragraphs, so no two are the same."""
    path = folder / f"text-{size}.txt"
    with path.open("w", encoding="utf-8") as stream:
        written, number = 0, 0
        while written < size:
            line = f"{number}. {PARAGRAPH}\n\n"
            stream.write(line)
            written += len(line.encode())
            number += 1
    return path


def reading_peak(path: Path) -> tuple[int, int, float]:
    """(peak bytes allocated, documents, seconds) while streaming every document of `path`."""
    tracemalloc.start()
    started = time.perf_counter()
    count = sum(1 for _ in read_documents([path], []))
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, count, seconds


def build_peak(path: Path, out: Path) -> tuple[int, float]:
    """(peak resident bytes, seconds) of `kg build path` in its own process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(path), "--out", str(out)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        sys.exit(f"kg build failed: {process.stderr.read().decode()}")
    return usage.ru_maxrss * 1024, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--read-mb", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--build-kb", type=int, nargs="+", default=[300, 1200])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("reading (streamed, Python peak allocation)")
        base = None
        for megabytes in args.read_mb:
            path = text_file(folder, megabytes << 20)
            peak, count, seconds = reading_peak(path)
            base = base or peak
            print(f"  {megabytes:>6} MB file: {count:>5} documents in {seconds:6.1f} s, peak {peak / 2**20:7.1f} MiB"
                  f"  ({peak / base:.2f}x the smallest)")
            path.unlink()
        print("building (whole `kg build` in a fresh process, peak resident memory)")
        base = None
        for kilobytes in args.build_kb:
            path = text_file(folder, kilobytes << 10)
            peak, seconds = build_peak(path, folder / f"out-{kilobytes}")
            base = base or peak
            print(f"  {kilobytes:>6} KB file: {seconds:6.1f} s, peak {peak / 2**20:7.1f} MiB"
                  f"  ({peak / base:.2f}x the smallest)")


if __name__ == "__main__":
    main()
