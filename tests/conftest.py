"""Shared fixtures: the seed built once per session, and helpers to build small corpora into temporary stores."""

import os
import shutil
import socket
from pathlib import Path

import pytest
from hypothesis import settings

import kg

# CI explores the same examples every run (a red CI must be reproducible); local runs keep exploring new ones
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL_DIR = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """An output folder with the seed article built into it (store, graph.ttl, graph.html)."""
    out = tmp_path_factory.mktemp("seed") / "out"
    kg.build([SEEDS], out=out)
    return out


@pytest.fixture
def seed_copy(seed_out, tmp_path) -> Path:
    """A private copy of the seed build, for tests that change the store."""
    copy = tmp_path / "out"
    shutil.copytree(seed_out, copy)
    return copy


def built(tmp_path_factory, name: str, text: str) -> Path:
    """The output folder of a build of one article, `text`, written as `<name>.txt` in a new folder."""
    folder = tmp_path_factory.mktemp(name)
    kg.build([write(folder / f"{name}.txt", text)], out=folder / "out")
    return folder / "out"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def free_port() -> int:
    """A TCP port nothing listens on at the moment, for a server a test starts on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
