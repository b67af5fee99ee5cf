"""A run of many inputs at ``--jobs 1`` parses in one worker process while the run's own
process keeps the state, the spool and the record files (``pool.Workers``): the folder is the
one a run parsing in its own process writes, and a system that gives no process costs nothing
but the time (the run parses in its own process)."""

from __future__ import annotations

import errno
import os
import shutil
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import ROOT

from extractor.batch import pool, run, state, views
from extractor.cli.main import main

SAMPLES = ROOT / "samples"
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")


def _pages(folder: Path) -> Path:
    for copy in range(5):
        shutil.copytree(SAMPLES, folder / f"c{copy}")
    assert len(list(folder.rglob("*.*"))) >= run.POOL_MIN
    return folder


def _tree(folder: Path) -> dict[str, bytes]:
    """The views (the timed report aside), and any file left over (a temporary one too)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "report.json" and not p.name.startswith(("state.", ".state"))
    }


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pages(tmp_path_factory.mktemp("pages"))


@pytest.fixture(scope="module")
def in_process(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The folder a run parsing in its own process writes (as it does for a few inputs)."""
    out = tmp_path_factory.mktemp("local") / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "POOL_MIN", 1 << 30)
        assert main(["ingest", "-q", "--jobs", "1", "--out", str(out), str(pages)]) in (0, 1)
    return _tree(out)


def _run(out: Path, pages: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[bool], int]:
    """An ingest at --jobs 1; whether each pool it wanted started, and the files renamed."""
    started: list[bool] = []
    renamed = [0]
    start = pool.Workers._started
    rename = views._RecordFiles._rename

    def counted_start(self: pool.Workers) -> object:
        pool = start(self)
        started.append(pool is not None)
        if pool is not None:
            assert self.jobs == 1
        return pool

    def counted_rename(self: views._RecordFiles, staged: str, name: str) -> bool:
        done: bool = rename(self, staged, name)
        renamed[0] += done
        return done

    with monkeypatch.context() as patch:
        patch.setattr(pool.Workers, "_started", counted_start)
        patch.setattr(views._RecordFiles, "_rename", counted_rename)
        assert main(["ingest", "-q", "--jobs", "1", "--out", str(out), str(pages)]) in (0, 1)
    return started, renamed[0]


def test_one_worker_writes_the_folder_a_run_in_one_process_writes(
    pages: Path, in_process: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    started, renamed = _run(out, pages, monkeypatch)
    assert started == [True]  # one pool, kept for both passes
    assert renamed == len(list((out / "records").iterdir()))  # every record file staged
    assert _tree(out) == in_process


def test_no_process_to_be_had_costs_nothing_but_time(
    pages: Path, in_process: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fork refused (EAGAIN under a process limit): the run parses in its own process and
    writes the same folder (its record files staged there, as a worker's would be)."""

    def no_fork() -> int:
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    out = tmp_path / "out"
    started, renamed = _run(out, pages, monkeypatch)
    assert started == [False]
    assert renamed == len(list((out / "records").iterdir()))
    assert _tree(out) == in_process


def test_with_more_jobs_a_refused_fork_is_the_runs_error(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With more than one job, as ever: the run ends with the system's error, no traceback."""

    def no_fork() -> int:
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--jobs", "2", "--out", str(out), str(pages)]) == 2
    assert "Resource temporarily unavailable" in capsys.readouterr().err


def test_with_another_thread_running_one_job_parses_in_process(
    pages: Path, in_process: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A program calling ``ingest`` that runs threads of its own: no fork for one job (it could
    copy a lock another thread holds); the same folder, parsed in the run's own process."""
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        out = tmp_path / "out"
        started, renamed = _run(out, pages, monkeypatch)
    finally:
        stop.set()
        other.join()
    assert started == [False]
    assert renamed == len(list((out / "records").iterdir()))
    assert _tree(out) == in_process


@pytest.mark.parametrize("fork", ["given", "refused"])
def test_the_collector_is_left_as_it_was(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fork: str
) -> None:
    """The run freezes its objects out of the cyclic collector before it forks its worker
    (``pool.Workers._started``); a program calling ``ingest`` has them collected again after,
    whether the fork was given or refused."""
    import gc

    if fork == "refused":

        def no_fork() -> int:
            raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

        monkeypatch.setattr(os, "fork", no_fork)
    frozen: list[int] = []
    start = pool.Workers._started

    def seen_start(self: pool.Workers) -> object:
        pool = start(self)
        frozen.append(gc.get_freeze_count())
        return pool

    monkeypatch.setattr(pool.Workers, "_started", seen_start)
    gc.unfreeze()
    assert main(["ingest", "-q", "--jobs", "1", "--out", str(tmp_path / "out"), str(pages)]) in (
        0,
        1,
    )
    assert frozen and frozen[0] > 0  # frozen while the pool ran
    assert gc.get_freeze_count() == 0


def test_a_first_run_hands_out_pages_before_it_makes_its_state(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder with no state yet has nothing to reuse: its workers are forked and parsing
    before the database is made (``run._early``); a folder with a state is read first, its
    unchanged inputs never handed out. The same folder either way."""
    events: list[str] = []
    start, connect = pool.Workers._started, state.connect

    def seen_start(self: pool.Workers) -> object:
        events.append("workers")
        return start(self)

    def seen_connect(out: Path, *, write: bool) -> object:
        events.append("state")
        return connect(out, write=write)

    monkeypatch.setattr(pool.Workers, "_started", seen_start)
    monkeypatch.setattr(run, "connect", seen_connect)
    out = tmp_path / "out"
    command = ["ingest", "-q", "--jobs", "2", "--out", str(out), str(pages)]
    assert main(command) in (0, 1)
    first = _tree(out)
    assert events == ["workers", "state"]
    events.clear()
    assert main(command) in (0, 1)
    assert events == ["state", "workers"]
    assert _tree(out) == first


def test_a_state_that_cannot_be_made_ends_the_workers_handed_pages(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The workers of a first run parse before the database is made: when it cannot be made,
    the run ends with its error (no traceback) and leaves no worker process behind."""
    import multiprocessing

    def unusable(out: Path, *, write: bool) -> object:
        raise state.StateError(f"{out}: not a usable state database (made up)")

    monkeypatch.setattr(run, "connect", unusable)
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--jobs", "2", "--out", str(out), str(pages)]) == 2
    assert "not a usable state database (made up)" in capsys.readouterr().err
    assert multiprocessing.active_children() == []


def test_a_refused_fork_before_the_state_leaves_the_collector_as_it_was(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first run forks its workers before it makes the database (``run._early``); with more
    than one job a refused fork is the run's error there, and the objects it froze out of the
    cyclic collector for the fork are collected again: a program calling ``ingest`` goes on."""
    import gc

    def no_fork() -> int:
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    gc.unfreeze()
    assert main(["ingest", "-q", "--jobs", "2", "--out", str(tmp_path / "out"), str(pages)]) == 2
    assert gc.get_freeze_count() == 0


def test_a_programs_own_freeze_is_left_frozen(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A program that froze its own objects before calling ``ingest`` (a server preloading its
    modules before it forks, as Python's documentation of ``gc.freeze`` advises) finds them
    frozen after: the run unfreezes only what it froze itself, and freezes nothing then."""
    import gc

    gc.unfreeze()
    gc.freeze()
    try:
        held = gc.get_freeze_count()
        assert held > 0
        assert main(
            ["ingest", "-q", "--jobs", "2", "--out", str(tmp_path / "out"), str(pages)]
        ) in (
            0,
            1,
        )
        assert gc.get_freeze_count() == held
    finally:
        gc.unfreeze()


def test_an_interrupted_run_ends_its_workers_rather_than_wait_for_them() -> None:
    """Ctrl-C: the pool is not waited for (a chunk in progress, or a worker blocked writing
    its outcome to a pipe nobody reads any more, held the run up, once for ever)."""
    import time

    from extractor.batch.worker import Job

    workers = pool.Workers(Job(), 1, forked=True)
    started = workers._started()
    assert started is not None
    pool._submit(started, time.sleep, 30)
    time.sleep(0.3)  # the worker has taken the task
    began = time.monotonic()
    workers.__exit__(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert time.monotonic() - began < 10


def test_an_interrupt_that_cuts_a_workers_outcome_in_half_still_ends_the_run() -> None:
    """Ctrl-C landed while a worker wrote a large outcome (its length, then the bytes, two
    writes): the pool's result thread, having read the length, waited for the rest for ever
    (this process holds the pipe's writing end too, so no end of file came), and the run with
    it, never reaching its exit 130. Seen about once in ten interrupts of a 400-page run."""
    import struct
    import threading
    import time

    from extractor.batch.worker import Job

    workers = pool.Workers(Job(), 1, forked=True)
    started = workers._started()
    assert started is not None
    time.sleep(0.3)  # the worker is up and idle
    writer = started._result_queue._writer  # type: ignore[attr-defined]
    os.write(writer.fileno(), struct.pack("!i", 100_000))  # a length, and no bytes after it
    time.sleep(0.3)  # the result thread has read the length and waits for the rest
    done = threading.Event()

    def interrupted() -> None:
        workers.__exit__(KeyboardInterrupt, KeyboardInterrupt(), None)
        done.set()

    threading.Thread(target=interrupted, daemon=True).start()
    assert done.wait(15), "the interrupted run waited for ever on a half-written outcome"


@pytest.mark.parametrize(("count", "jobs"), [(2000, 2), (2000, 1), (100, 8), (64, 2), (5, 4)])
def test_chunks_shrink_toward_the_end_and_hold_every_input_once(count: int, jobs: int) -> None:
    """Guided chunks: every input once, in order; no chunk larger than the one before it or
    than ``pool._MAX_CHUNK``; the last ones small (the workers end together), the first ones full
    (a run of thousands pays few messages)."""
    items = [pool.Input(f"k{n:05}", f"p{n}", "/r") for n in range(count)]
    workers = pool.Workers(pool.Job(), jobs)
    sizes = []
    handed: list[pool.Input] = []
    for chunk, known in workers._chunks(items, None):
        assert known is None
        sizes.append(len(chunk))
        handed.extend(chunk)
    assert handed == items
    assert all(a >= b for a, b in pairwise(sizes))
    assert max(sizes) <= pool._MAX_CHUNK
    assert sizes[-1] <= pool._MIN_CHUNK
    if count >= 1000:
        assert sizes[0] == pool._MAX_CHUNK
        assert len(sizes) < count / 16
