"""`kg build --dask`: documents read on the workers of a real Dask cluster (a scheduler and two workers, each its own
process on 127.0.0.1) are stored exactly as a local build stores them, even when a worker is killed mid-build."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

import kg
from kg.errors import ClusterError
from kg.settings import Settings

from .conftest import free_port, write
from .test_build import ARTICLE_A, ARTICLE_B

pytest.importorskip("distributed", reason="the test extras install Dask's distributed package")
from distributed import Client  # noqa: E402


@pytest.fixture
def cluster():
    """A scheduler and two workers (no nanny: a killed worker stays dead) on 127.0.0.1; their address and workers."""
    address = f"tcp://127.0.0.1:{free_port()}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                  "--port", address.rsplit(":", 1)[1], "--no-dashboard"], **quiet)
    workers = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                                 "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"], **quiet) for _ in range(2)]
    try:
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address, workers
    finally:
        for process in [*workers, scheduler]:
            process.kill()
            process.wait()


def _corpus(tmp_path):
    english = "Acme Corp bought the startup Zorbex. Zorbex makes batteries for electric cars in Leeds."
    rows = [{"id": f"{kind}-{i}", "text": text + f" {i}.", "lang": lang} for i in range(6)
            for kind, text, lang in (("a", ARTICLE_A, "fr"), ("b", ARTICLE_B, "fr"), ("c", english, "en"))]
    return write(tmp_path / "in" / "corpus.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))


def _quads(out) -> list[str]:
    return sorted(kg.export("nq", out=out).decode().splitlines())


def test_a_build_on_a_dask_cluster_stores_what_a_local_build_does(tmp_path, cluster):
    address, _ = cluster
    corpus = _corpus(tmp_path)
    local = kg.build([corpus], out=tmp_path / "local", write_outputs=False)
    remote = kg.build([corpus], out=tmp_path / "dask", settings=Settings(dask=address, worker_chars=300),
                      write_outputs=False)
    assert local.documents == 18 and (remote.documents, remote.facts) == (local.documents, local.facts)
    assert _quads(tmp_path / "dask") == _quads(tmp_path / "local")


def test_a_worker_killed_mid_build_loses_and_duplicates_nothing(tmp_path, cluster):
    address, workers = cluster
    corpus = _corpus(tmp_path)
    stored: list[str] = []

    def kill_a_worker_after_the_first(document) -> None:
        stored.append(document.id)
        if len(stored) == 1:
            os.kill(workers[0].pid, signal.SIGKILL)
            time.sleep(0.5)  # (the scheduler notices while the build goes on)
    report = kg.build([corpus], out=tmp_path / "dask", settings=Settings(dask=address, worker_chars=300),
                      write_outputs=False, on_document=kill_a_worker_after_the_first)
    assert workers[0].poll() is not None and report.documents == 18 and len(stored) == len(set(stored)) == 18
    kg.build([corpus], out=tmp_path / "local", write_outputs=False)
    assert _quads(tmp_path / "dask") == _quads(tmp_path / "local")


@pytest.mark.parametrize("address", ["local:", "local:two", "local:0"])
def test_a_local_cluster_needs_a_number_of_workers(tmp_path, address):
    with pytest.raises(ClusterError, match="local:N takes a number of workers"):
        kg.build([_corpus(tmp_path)], out=tmp_path / "out", write_outputs=False, settings=Settings(dask=address))


def test_no_scheduler_at_the_address_is_a_clear_error(tmp_path):
    with pytest.raises(ClusterError, match="no Dask scheduler answers at tcp://127.0.0.1"):
        kg.build([_corpus(tmp_path)], out=tmp_path / "out", write_outputs=False,
                 settings=Settings(dask=f"tcp://127.0.0.1:{free_port()}"))
