"""Reading documents in worker processes, so that `kg build -j N` uses N cores for the whole reading (parse, rules,
resolution), not only for the parse, and `kg build --dask ADDRESS` the workers of a Dask cluster: the main process
only writes the store.

Each worker loads a language's models once and keeps them; documents go to the workers in chunks of whole
documents and come back in input order, so a build with workers stores exactly what a build without them does.
"""

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from .errors import ClusterError, WorkerLost

Item = TypeVar("Item")
Result = TypeVar("Result")

#: what each worker process reads its chunks with (set once, when the worker starts)
_work: Callable | None = None


def _start(work: Callable) -> None:
    global _work
    _work = work


def _run(chunk: list) -> list:
    return _work(chunk)


def in_workers(work: Callable[[list[Item]], list[Result]], chunks: Iterable[list[Item]], workers: int
               ) -> Iterator[Result]:
    """The results of `work` over each chunk, run in `workers` processes, in the order of the chunks (at most two
    chunks a worker are in flight, so memory stays bounded however many chunks there are)."""
    with ProcessPoolExecutor(workers, initializer=_start, initargs=(work,)) as pool:
        yield from _in_order(lambda chunk: pool.submit(_run, chunk), chunks, 2 * workers)


def _in_order(submit: Callable[[list], Future], chunks: Iterable[list], in_flight: int) -> Iterator:
    """The results of the chunks' tasks in the order of the chunks, with at most `in_flight` tasks submitted ahead."""
    pending: list[Future] = []
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield from _result(pending.pop(0))
    for future in pending:
        yield from _result(future)


def _result(future: Future) -> list:
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise WorkerLost("a worker process stopped (killed, or out of memory?) while reading documents; every "
                         "document stored so far is kept, and running the build again goes on from there (with "
                         "fewer processes, -j, if memory is short)") from error


def chunks_of(items: Iterable[Item], size: Callable[[Item], int], max_size: int) -> Iterator[list[Item]]:
    """Consecutive items grouped until their size reaches `max_size`."""
    chunk: list[Item] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += size(item)
        if total >= max_size:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


class DaskWorkers:
    """The workers of a Dask distributed cluster (`tcp://HOST:8786`), or of a local one started for the build
    (`local:N`). A worker keeps its loaded models between tasks; a task whose worker is lost is run again elsewhere
    by Dask, and its documents are stored once, when its result arrives."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise ClusterError("--dask needs Dask's distributed package: pip install 'kg[dask]'") from error
        self.cluster = None
        if address.startswith("local:"):
            workers = address.removeprefix("local:")
            if not workers.isdigit() or int(workers) < 1:
                raise ClusterError(f"--dask {address}: local:N takes a number of workers, such as local:4")
            self.cluster = LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            address = self.cluster.scheduler_address
        try:
            self.client = Client(address, timeout="10s")
        except OSError as error:
            if self.cluster is not None:
                self.cluster.close()
            raise ClusterError(f"no Dask scheduler answers at {address}: start one (`dask scheduler`) or check the "
                               "address") from error

    def run(self, work: Callable[[list[Item]], list[Result]], chunks: Iterable[list[Item]]) -> Iterator[Result]:
        """The results of `work` over each chunk, in the order of the chunks (a few chunks a worker in flight)."""
        in_flight = 2 * max(1, len(self.client.scheduler_info().get("workers", {})))
        yield from _in_order(lambda chunk: self.client.submit(work, chunk, pure=False), chunks, in_flight)

    def __enter__(self) -> "DaskWorkers":
        return self

    def __exit__(self, *_) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
