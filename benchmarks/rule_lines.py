"""Python lines in the extraction's rule families, now and at an earlier revision.

    python benchmarks/rule_lines.py [--base c7e7727]

Rule families are everything in `kg/extract/` except the discourse model (`discourse.py`), the grammar adapters
(`<code>/grammar.py` or the `<code>/grammar/` package, and the helpers they share, `grammar.py`) and the registered
helpers that patterns refer to by name (`expanders.py`, and the mention and name building they call: `mentions.py`,
`names.py`). The interpreter, the handlers, the context, the fact builders and the shared reference helpers count
as rule families. Lines are counted as `wc -l` counts them, comments and docstrings included. Constructions moved
into pattern files (`kg/lang/<code>/patterns.jsonl`) are data, not Python, and are counted apart.

Code is classified by where it lives at HEAD: a top-level definition of an older revision counts as a helper if the
module that defines that name at HEAD is a helper (so `common.py`, before it was split, is counted by the job of each
of its parts, and moving code between files changes no figure). A definition renamed when it moved is looked up by
its name at HEAD (`RENAMED`), so renaming changes no figure either.
"""

import argparse
import ast
import subprocess
from fnmatch import fnmatch

#: files that are not rule families (the discourse model, grammar adapters, registered helpers), as globs
NOT_RULES = ("kg/extract/discourse.py", "kg/extract/*/grammar.py", "kg/extract/*/grammar/*.py", "kg/extract/grammar.py",
             "kg/extract/expanders.py", "kg/extract/names.py", "kg/extract/mentions.py")


#: old name -> name at HEAD, for definitions renamed when they moved (a grammar adapter's hook has a public name)
RENAMED = {"_objects_and_frame": "verb_objects", "_quantified": "quantified", "_with_second_complement":
           "second_complement", "_complements": "_speech_complements", "nominal_verb": "event_verb", "_agents":
           "event_agents", "_dates": "_event_dates",
           "_governing_subject": "governing_subject",
           "_partitive_noun": "partitive_noun", "_titles_its_own_person": "titles_its_own_person",
           "_fronted_patient": "fronted_patient", "_shared_objects": "shared_objects",
           "_amount_words": "amount_as_written"}


def _show(revision: str, path: str) -> str:
    return subprocess.run(["git", "show", f"{revision}:{path}"], capture_output=True, text=True, check=True).stdout


def _python_files(revision: str) -> dict[str, str]:
    listed = subprocess.run(["git", "ls-tree", "-r", "--name-only", revision, "kg/extract"], capture_output=True,
                            text=True, check=True).stdout.split()
    return {path: _show(revision, path) for path in listed if path.endswith(".py")}


def _is_helper(path: str) -> bool:
    return any(fnmatch(path, glob) for glob in NOT_RULES)


def _definitions(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, last line) of each top-level function, class and assignment, comments above included."""
    found = []
    for node in ast.parse(source).body:
        names = [node.name] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else [
            t.id for t in getattr(node, "targets", [getattr(node, "target", None)]) if isinstance(t, ast.Name)]
        first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
        found += [(name, first, node.end_lineno) for name in names]
    return found


def summary(revision: str, home: dict[str, bool]) -> tuple[int, int, int]:
    """(rule-family Python lines, helper/grammar/discourse lines, pattern lines) at `revision`; `home` says, for a
    name defined at HEAD, whether it lives in a helper module."""
    rules = helpers = 0
    for path, source in _python_files(revision).items():
        total, moved = source.count("\n"), 0
        if not _is_helper(path):
            moved = sum(last - first + 1 for name, first, last in _definitions(source)
                        if home.get(RENAMED.get(name, name), False))
        rules += total - moved if not _is_helper(path) else 0
        helpers += moved if not _is_helper(path) else total
    listed = subprocess.run(["git", "ls-tree", "-r", "--name-only", revision, "kg/lang"], capture_output=True,
                            text=True, check=True).stdout.split()
    patterns = sum(_show(revision, p).count("\n") for p in listed if p.endswith(".jsonl"))
    return rules, helpers, patterns


def homes(revision: str) -> dict[str, bool]:
    """Name -> whether the module defining it at `revision` is a helper (a name defined twice counts as a rule)."""
    home: dict[str, bool] = {}
    for path, source in _python_files(revision).items():
        for name, _, _ in _definitions(source):
            home[name] = home.get(name, True) and _is_helper(path)
    return home


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="c7e7727", help="revision to compare with (default: before issue 10)")
    parser.add_argument("--head", default="HEAD")
    args = parser.parse_args()
    home = homes(args.head)
    base, head = summary(args.base, home), summary(args.head, home)
    print(f"{'':28}{args.base:>10}{args.head:>10}")
    for label, before, after in zip(("rule-family Python lines", "helpers, grammar, discourse", "pattern file lines"),
                                    base, head, strict=True):
        print(f"{label:28}{before:>10}{after:>10}")
    print(f"rule-family lines: {head[0] / base[0]:.2f} of {args.base} ({head[0] / base[0] - 1:+.0%})")


if __name__ == "__main__":
    main()
