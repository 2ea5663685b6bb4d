"""Python lines in the extraction's rule families, now and at an earlier revision.

    python benchmarks/rule_lines.py [--base c7e7727]

Rule families are everything in `kg/extract/` except the discourse model (`discourse.py`), the grammar adapters
(`<code>/grammar.py` and the helpers they share, `grammar.py`) and the registered helpers that patterns refer to by
name (`expanders.py`, and the mention and name building they call: `mentions.py`, `names.py`). The interpreter, the
handlers, the context, the fact builders and the shared reference helpers count as rule families. Lines are counted
as `wc -l` counts them, comments and docstrings included. Constructions moved into pattern files
(`kg/lang/<code>/patterns.jsonl`) are data, not Python, and are counted apart.
"""

import argparse
import subprocess
from fnmatch import fnmatch
from pathlib import PurePosixPath

#: files that are not rule families (the discourse model, grammar adapters, registered helpers), as globs
NOT_RULES = ("kg/extract/discourse.py", "kg/extract/*/grammar.py", "kg/extract/grammar.py", "kg/extract/expanders.py",
             "kg/extract/names.py", "kg/extract/mentions.py")


def files_at(revision: str) -> dict[str, int]:
    """Path -> line count of every Python file under kg/extract and pattern file under kg/lang at `revision`."""
    listed = subprocess.run(["git", "ls-tree", "-r", "--name-only", revision, "kg/extract", "kg/lang"],
                            capture_output=True, text=True, check=True).stdout.split()
    counts = {}
    for path in listed:
        if (path.startswith("kg/extract/") and path.endswith(".py")) or path.endswith(".jsonl"):
            text = subprocess.run(["git", "show", f"{revision}:{path}"], capture_output=True, text=True,
                                  check=True).stdout
            counts[path] = text.count("\n")
    return counts


def summary(revision: str) -> tuple[int, int, int]:
    """(rule-family Python lines, other Python lines, pattern lines) at `revision`."""
    counts = files_at(revision)
    rules = sum(n for p, n in counts.items() if p.endswith(".py") and not any(fnmatch(p, g) for g in NOT_RULES))
    python = sum(n for p, n in counts.items() if p.endswith(".py"))
    patterns = sum(n for p, n in counts.items() if PurePosixPath(p).suffix == ".jsonl")
    return rules, python - rules, patterns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="c7e7727", help="revision to compare with (default: before issue 10)")
    parser.add_argument("--head", default="HEAD")
    args = parser.parse_args()
    base, head = summary(args.base), summary(args.head)
    print(f"{'':28}{args.base:>10}{args.head:>10}")
    for label, before, after in zip(("rule-family Python lines", "helpers, grammar, discourse", "pattern file lines"),
                                    base, head, strict=True):
        print(f"{label:28}{before:>10}{after:>10}")
    print(f"rule-family lines: {head[0] / base[0]:.2f} of {args.base} ({head[0] / base[0] - 1:+.0%})")


if __name__ == "__main__":
    main()
