"""Reading documents in worker processes, so that `kg build -j N` uses N cores for the whole reading (parse, rules,
resolution), not only for the parse: the main process only writes the store.

Each worker loads the language's pipeline and the lexicon once; documents go to the workers in chunks of whole
documents and come back in input order, so a build with workers stores exactly what a build without them does.
"""

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from .errors import WorkerLost

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
        pending: list[Future] = []
        for chunk in chunks:
            pending.append(pool.submit(_run, chunk))
            if len(pending) >= 2 * workers:
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
