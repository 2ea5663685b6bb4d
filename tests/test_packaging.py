"""What `pip install .` ships: every package of the source tree, so a non-editable install runs like the tests."""

import hashlib
import json
import tomllib
from pathlib import Path, PurePosixPath

from .conftest import ROOT


def test_every_source_package_is_declared():
    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
                   ["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "kg").rglob("__init__.py")}
    assert found <= declared, f"add {sorted(found - declared)} to [tool.setuptools] packages in pyproject.toml"


def test_every_data_file_of_the_package_is_shipped():
    """Templates, word lists, patterns and vendored JavaScript are matched by a package-data glob."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    globs = setuptools["package-data"]
    missing = []
    for path in (ROOT / "kg").rglob("*"):
        if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(ROOT / "kg")
        package = ".".join(["kg", *relative.parts[:-1]])
        owners = [(p, relative.relative_to(Path(*p.split(".")[1:]))) for p in globs
                  if p == "kg" or package == p or package.startswith(p + ".")]
        if not any(PurePosixPath(inside.as_posix()).match(pattern) and len(inside.parts) == len(
                PurePosixPath(pattern).parts) for owner, inside in owners for pattern in globs[owner]):
            missing.append(str(relative))
    assert missing == [], f"add globs for {missing} to [tool.setuptools.package-data] in pyproject.toml"


def test_vendored_javascript_matches_its_pinned_hashes_and_keeps_its_licence():
    vendor = ROOT / "kg" / "vendor"
    manifest = json.loads((vendor / "vendor.json").read_text(encoding="utf-8"))
    for package in manifest["packages"]:
        folder = vendor / package["folder"]
        assert "MIT" in (folder / "LICENSE").read_text(encoding="utf-8")
        for path, digest in package["files"].items():
            shipped = folder / Path(path).name
            assert hashlib.sha256(shipped.read_bytes()).hexdigest() == digest, (
                f"{shipped} differs from {package['name']}@{package['version']}: run scripts/vendor_js.py")
