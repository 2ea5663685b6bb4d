"""Refresh the given names kg reads a person's gender from (`kg/lang/names/given_names.tsv`), from the name-gender
table of the `nomquamgender` package on PyPI (MIT licence, kept beside the file).

    python scripts/refresh_given_names.py [--version 0.1.4]

Why a table: an English pronoun (`she`, `his`) finds its person by gender, and nothing in an English text says a
name's gender but a form of address (`Ms Doe`). The package counts how often each given name is borne by women and
men across 30-odd sources; kg keeps the names borne often (`--counts`) and by one gender nearly always (`--share`),
which a first name alone says well (`jane`, `tom`, not `jean`, `kim`, `andrea`).
"""

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "kg" / "lang" / "names"
HEADER = """# Given names and the gender they say, one a line: name (lower case), Masc or Fem.
# Derived by scripts/refresh_given_names.py from nomquamgender {version} (PyPI, MIT licence: LICENSE beside this
# file): names counted at least {counts} times whose bearers are at least {share:.0%} of one gender.
"""


def fetch(version: str, folder: Path) -> Path:
    """The package's wheel, downloaded from PyPI."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    f"nomquamgender=={version}", "-d", str(folder)], check=True)
    return next(folder.glob("nomquamgender-*.whl"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", default="0.1.4")
    parser.add_argument("--counts", type=int, default=1000, help="how often a name must be counted (default 1000)")
    parser.add_argument("--share", type=float, default=0.9, help="the share of one gender it needs (default 0.9)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(fetch(args.version, Path(tmp))) as wheel:
        table = json.loads(wheel.read("nomquamgender/name_data.json"))  # name -> [sources, counts, p(female), …]
        licence = next(n for n in wheel.namelist() if n.endswith(".dist-info/LICENSE"))
        (FOLDER / "LICENSE").write_bytes(wheel.read(licence))
    rows = sorted((name, "Fem" if female >= args.share else "Masc") for name, (_, counts, female, *_) in table.items()
                  if counts >= args.counts and max(female, 1 - female) >= args.share and
                  name.replace("-", "").isalpha())
    text = HEADER.format(version=args.version, counts=args.counts, share=args.share)
    (FOLDER / "given_names.tsv").write_text(text + "".join(f"{name}\t{gender}\n" for name, gender in rows),
                                            encoding="utf-8")
    print(f"{len(rows)} names written to {FOLDER / 'given_names.tsv'}")


if __name__ == "__main__":
    main()
