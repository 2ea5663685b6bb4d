"""Reading documents in worker processes, so that `kg build -j N` uses N cores for the whole reading (parse, rules,
resolution), not only for the parse: the main process only writes the store.

Each worker loads the language's pipeline and the lexicon once; documents go to the workers in chunks of whole
documents and come back in input order, so a build with workers stores exactly what a build without them does.
"""

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

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
        pending: list = []
        for chunk in chunks:
            pending.append(pool.submit(_run, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


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
