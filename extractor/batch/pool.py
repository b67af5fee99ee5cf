"""Where a run's pages are parsed: in its own process for a few inputs, else in a pool of worker
processes that parse chunks of pages ahead of the run by a bounded window, in key order.

The pool is :mod:`concurrent.futures`' process pool, forked (the parser's modules and tables,
loaded once in the run's process, are shared with every worker) and started on first use. A
worker that dies (killed for memory, or a crash in a C library) is reported as
:class:`WorkerLost`, naming the pages it held, never as the executor's own error.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.batch.inputs import Input
from extractor.batch.worker import Job, Outcome, init_worker, process_chunk, relevance_chunk

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

POOL_MIN = 64  # fewer inputs than this are parsed in this process: a pool would cost more
_WINDOW_PER_JOB = 4
_MAX_CHUNK = 32
# A chunk is at most 1/(jobs × _GUIDED) of the inputs left, and never fewer than _MIN_CHUNK
# inputs (each chunk costs a message each way).
_GUIDED = 4
_MIN_CHUNK = 2


# Processes per core at the most: parsing keeps a core busy, so more only cost memory (and
# "--jobs 100000" would fork until the machine ran out).
JOBS_PER_CORE_MAX = 4


def worker_count(jobs: int) -> int:
    """The worker processes for ``--jobs``: all cores for 0, never more than
    ``JOBS_PER_CORE_MAX`` a core."""
    cores = os.cpu_count() or 1
    return min(jobs or cores, cores * JOBS_PER_CORE_MAX)


class WorkerLost(Exception):
    """A worker process died mid-run (killed by the system, possibly for memory, or a crash in
    a C library): its pages have no outcome. What the run finished is in the state database,
    so the same command goes on from there."""


_LOST_NAMED = 3  # the pages a lost worker's message names, of its chunk


def _result(future: Future[Any], items: list[Input] | None = None) -> Any:
    """``future``'s result; a pool whose worker died raises :class:`WorkerLost` naming the
    pages it held (``items``), not the executor's own error (a traceback about pools means
    nothing to the user)."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise _lost(items) from exc


def _submit(pool: ProcessPoolExecutor, fn: Callable[..., Any], *args: Any) -> Future[Any]:
    """``pool.submit``; a pool that a dead worker broke raises :class:`WorkerLost` here too
    (the death may be noticed while more work is handed out)."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(fn, *args)
    except BrokenProcessPool as exc:
        raise _lost(None) from exc


def _lost(items: list[Input] | None) -> WorkerLost:
    """The error for a worker that died holding ``items`` (None: not known which)."""
    held = ""
    if items:
        paths = ", ".join(item.path for item in items[:_LOST_NAMED])
        more = len(items) - _LOST_NAMED
        held = f" one of {paths}" + (f" and {more} more" if more > 0 else "")
    return WorkerLost(
        f"a worker process died while parsing{held or ' a page'} (it was killed, possibly "
        "by the system for lack of memory, or crashed); what the run finished is saved: "
        "run the same command again to go on. If it dies again on the same pages, one of "
        "them crashes the parser: please report it with the page"
    )


class Workers:
    """Where pages are parsed, in key order: this process for a run of few inputs, else a pool
    of worker processes (one for one job) started on first use and kept for both passes, so
    each worker loads the segmenter's word tables once per run; workers run ahead by a bounded
    window of chunks."""

    def __init__(self, job: Job, jobs: int, *, forked: bool = False) -> None:
        self.job = job
        self.jobs = jobs
        # Worker processes parse, ``jobs`` of them, even for one (``forked``, a run of many
        # inputs): this process then keeps the state, the spool and the record files while its
        # one worker parses on the other core, rather than between one page and the next.
        self.forked = forked or jobs > 1
        self.pool: ProcessPoolExecutor | None = None
        self.local = False
        self.frozen = False  # this process's objects frozen out of the collector (a fork)
        # Chunks handed to the pool before the run asked for their outcomes (``prefetch``).
        self.ahead: _Ahead | None = None

    def _started(self) -> ProcessPoolExecutor | None:
        """The pool, its workers forked; None where one worker was wanted and the system
        gives no process (EAGAIN under a process limit, ENOMEM), or another thread runs here
        (a program calling ``ingest``: the fork could copy a lock it holds, to wait on for
        ever): the run parses in this process, as it would for a few inputs. With more jobs,
        the error is the run's, and the pool is forked as it always was."""
        import gc
        import threading

        if self.jobs == 1 and threading.active_count() > 1:
            self.forked = False
            return None
        # multiprocessing loads only for a pool: a run in one process never pays for it
        from concurrent.futures import ProcessPoolExecutor

        before = _descriptors()
        # What this process holds now (the parser's modules, tables and patterns, the job) is
        # frozen out of the cyclic collector before the fork, as Python's documentation of
        # ``gc.freeze`` advises: no collection, here or in a worker, walks those objects and
        # writes to their pages, each write copying a page the processes shared until then.
        # At 2,000 text pages and two jobs the run's CPU fell by ~5% (alternating runs).
        # A program calling ``ingest`` that froze objects of its own manages the frozen set:
        # nothing is frozen here, so the unfreeze at the end never thaws what it froze.
        if gc.get_freeze_count() == 0:
            gc.freeze()
            self.frozen = True
        pool = ProcessPoolExecutor(
            max_workers=self.jobs, initializer=init_worker, initargs=(self.job, os.getpid())
        )
        try:
            _submit(pool, os.getpid)  # the workers are forked for the first task, here
        except OSError:
            pool.shutdown(cancel_futures=True)
            if self.jobs > 1:
                raise
        else:
            self.pool = pool
            return pool
        del pool  # its pipes closed as it is collected: what is left open is closed here
        _close_leftovers(before)
        self.forked = False
        return None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        """The pool shut down (once: a second exit does nothing). Interrupted (Ctrl-C), its
        workers are ended first: shutting down waits for the chunks in progress, seconds on a
        loaded machine, and a worker writing its outcome into a pipe whose reader an interrupt
        closed waits for ever, and the run with it. What they parsed is redone next run."""
        self.ahead = None
        if self.pool is not None:
            if kind is KeyboardInterrupt:
                _end_workers(self.pool)
                _release_results(self.pool)
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
        if self.frozen:  # a program calling ``ingest`` has its objects collected again
            import gc

            gc.unfreeze()
            self.frozen = False

    def relevance(
        self, vocabulary: tuple[str, ...], pages: list[tuple[str, list[str]]]
    ) -> list[tuple[str, tuple[str, ...]]]:
        """:func:`relevant` where the word tables are: in the pool's workers when it runs."""
        if not vocabulary or not pages:
            return [(key, ()) for key, _ in pages]
        if self.pool is None:
            return relevance_chunk(vocabulary, pages)
        size = -(-len(pages) // self.jobs)
        parts = [pages[i : i + size] for i in range(0, len(pages), size)]
        futures = [_submit(self.pool, relevance_chunk, vocabulary, part) for part in parts]
        return [pair for future in futures for pair in _result(future)]

    def outcomes(
        self, items: list[Input], known: dict[str, tuple[str, ...]] | None = None
    ) -> Iterator[Outcome]:
        """Each input's outcome; ``known``: parse them again with these vocabulary chips."""
        if not items:
            return
        ahead, self.ahead = self.ahead, None
        if ahead is not None and self.pool is not None and ahead.items is items and known is None:
            yield from self._drained(self.pool, ahead.chunks, ahead.window)
            return
        chunks = self._chunks(items, known)
        if not self.forked:
            if not self.local:
                init_worker(self.job)
                self.local = True
            for chunk, chips in chunks:
                yield from process_chunk(chunk, chips)
            return
        pool = self.pool or self._started()
        if pool is None:
            yield from self.outcomes(items, known)  # in this process after all
            return
        yield from self._drained(pool, chunks, self._handed(pool, chunks))

    def prefetch(self, items: list[Input]) -> None:
        """The pool started and the first chunks of ``items`` handed to it now: the run's
        ``outcomes(items)`` goes on from them (see ``_early``). Where no pool can be had, nothing
        (the run parses in its own process, as ``outcomes`` decides)."""
        pool = self._started()
        if pool is not None:
            chunks = self._chunks(items, None)
            self.ahead = _Ahead(items, chunks, self._handed(pool, chunks))

    def _chunks(self, items: list[Input], known: dict[str, tuple[str, ...]] | None) -> _Chunks:
        """``items`` in chunks, in order, each at most a share of what is left (guided): they
        shrink toward the end, so the last chunks handed out are small and the workers end
        together. With chunks of one size the core that ends first waited on the other's last
        chunk (up to ~30 ms at 32 text pages), and this process then stored and staged a whole
        chunk's outcomes after the parsing had ended."""
        start = 0
        while start < len(items):
            left = len(items) - start
            size = max(_MIN_CHUNK, min(_MAX_CHUNK, left // (self.jobs * _GUIDED)))
            yield _chunk(items[start : start + size], known)
            start += size

    def _handed(self, pool: ProcessPoolExecutor, chunks: _Chunks) -> _Window:
        """The first chunks handed to the pool: the window the run consumes in order."""
        return deque(
            (_submit(pool, process_chunk, *chunk), chunk[0])
            for chunk in islice(chunks, self.jobs * _WINDOW_PER_JOB)
        )

    def _drained(
        self, pool: ProcessPoolExecutor, chunks: _Chunks, window: _Window
    ) -> Iterator[Outcome]:
        """The outcomes of the chunks in ``window``, in order, each chunk taken out of it
        replaced by the next of ``chunks``: workers run ahead by a bounded window."""
        while window:
            future, held = window.popleft()
            batch: list[Outcome] = _result(future, held)
            following = next(chunks, None)
            if following is not None:
                window.append((_submit(pool, process_chunk, *following), following[0]))
            yield from batch


_Chunks = Iterator[tuple[list[Input], dict[str, tuple[str, ...]] | None]]
_Window = deque[tuple["Future[list[Outcome]]", list[Input]]]


@dataclass
class _Ahead:
    """Chunks of ``items`` handed to the pool before the run asked (``Workers.prefetch``)."""

    items: list[Input]
    chunks: _Chunks
    window: _Window


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """Every worker process of ``pool`` ended (SIGTERM; they ignore Ctrl-C's SIGINT)."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with suppress(OSError, ValueError):  # gone already, or closed
            process.terminate()


_END_SECONDS = 5.0  # a worker sent SIGTERM ends at once; this bounds an unlikely wait


def _release_results(pool: ProcessPoolExecutor) -> None:
    """After :func:`_end_workers`: the outcome pipe's writing end that this process holds,
    closed once the workers are gone. A worker ended (or interrupted) between the two writes
    of a large outcome, its length and its bytes, left the pool's result thread reading bytes
    that never come; with every writing end closed it reads the end of the file instead, takes
    the pool for broken and ends, and the shutdown after this returns (else: for ever)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with suppress(OSError, ValueError, AssertionError):  # gone already, or closed
            process.join(_END_SECONDS)
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        with suppress(OSError):
            writer.close()


def _descriptors() -> set[int] | None:
    """This process's open file descriptors, where ``/proc`` lists them."""
    try:
        return {int(entry.name) for entry in Path("/proc/self/fd").iterdir()}
    except (OSError, ValueError):
        return None


def _close_leftovers(before: set[int] | None) -> None:
    """Close the descriptors opened since ``before`` that no object holds any more: those of a
    pool whose worker could not be forked (multiprocessing makes a worker's pipes before it
    forks, and leaves them open when the fork fails). Its other pipes are closed first, by
    collecting the pool's objects; no other thread runs yet to have opened one meanwhile."""
    import gc

    gc.collect()
    after = _descriptors()
    if before is None or after is None:
        return
    for fd in after - before:
        with suppress(OSError):
            os.close(fd)


def _chunk(
    items: list[Input], known: dict[str, tuple[str, ...]] | None
) -> tuple[list[Input], dict[str, tuple[str, ...]] | None]:
    """A chunk of work: its inputs, and the vocabulary chips of those among them (if any)."""
    return items, None if known is None else {i.key: known[i.key] for i in items}
