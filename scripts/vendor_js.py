"""Refresh or check the JavaScript kg's pages load, vendored from the npm registry into `kg/vendor/`.

    python scripts/vendor_js.py           # check: fetch each pinned package and compare the files kg ships
    python scripts/vendor_js.py --update  # copy the files of the versions in vendor.json and record their hashes

`kg/vendor/vendor.json` pins each package (name, version, the files kg ships) with the sha256 of each file; the
test suite checks the shipped files against those hashes. Each package's folder keeps its licence: the package's
own licence file, or, where the package ships none, the licence its package.json declares, written out with its
author (and said so in the file).
"""

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "kg" / "vendor"
MANIFEST = VENDOR / "vendor.json"
LICENCE_FILES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "license", "license.md")
MIT = """MIT License

Copyright (c) {holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(name: str, version: str, into: Path) -> Path:
    """The unpacked npm tarball of `name@version` (`npm pack`: the registry's file, no install scripts run)."""
    subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=into, check=True, stdout=subprocess.DEVNULL)
    tarball = next(into.glob("*.tgz"))
    with tarfile.open(tarball) as archive:
        archive.extractall(into, filter="data")
    return into / "package"


def licence_text(package: Path) -> str:
    for name in LICENCE_FILES:
        if (package / name).is_file():
            return (package / name).read_text(encoding="utf-8")
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    if meta.get("license") != "MIT":
        sys.exit(f"{meta['name']} ships no licence file and declares {meta.get('license')!r}: add its text by hand")
    author = meta.get("author")
    holder = author.get("name") if isinstance(author, dict) else str(author).split("<")[0].strip()
    return (f"{meta['name']} {meta['version']} ships no licence file; its package.json declares the MIT licence, "
            f"author {author}.\n\n" + MIT.format(holder=holder))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="copy the pinned files and record their hashes")
    args = parser.parse_args()
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    different = []
    for entry in manifest["packages"]:
        folder = VENDOR / entry["folder"]
        with tempfile.TemporaryDirectory() as tmp:
            package = fetch(entry["name"], entry["version"], Path(tmp))
            for path in entry["files"]:
                data = (package / path).read_bytes()
                target = folder / Path(path).name
                if args.update:
                    folder.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                    entry["files"][path] = sha256(data)
                elif sha256(data) != entry["files"][path] or sha256(target.read_bytes()) != entry["files"][path]:
                    different.append(f"{entry['name']}@{entry['version']} {path}")
            if args.update:
                (folder / "LICENSE").write_text(licence_text(package), encoding="utf-8")
    if args.update:
        MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        print(f"updated {MANIFEST}")
    elif different:
        sys.exit("differ from the registry or from vendor.json: " + ", ".join(different))
    else:
        print("every vendored file matches its npm package and vendor.json")


if __name__ == "__main__":
    main()
