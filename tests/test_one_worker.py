"""A run of many inputs at ``--jobs 1`` parses in one worker process while the run's own
process keeps the state, the spool and the record files (``run._Workers``): the folder is the
one a run parsing in its own process writes, and a system that gives no process costs nothing
but the time (the run parses in its own process)."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from extractor.batch import run, views
from extractor.cli.main import main

SAMPLES = ROOT / "samples"
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")


def _pages(folder: Path) -> Path:
    for copy in range(5):
        shutil.copytree(SAMPLES, folder / f"c{copy}")
    assert len(list(folder.rglob("*.*"))) >= run._POOL_MIN
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
        patch.setattr(run, "_POOL_MIN", 1 << 30)
        assert main(["ingest", "-q", "--jobs", "1", "--out", str(out), str(pages)]) in (0, 1)
    return _tree(out)


def _run(out: Path, pages: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[bool], int]:
    """An ingest at --jobs 1; whether each pool it wanted started, and the files renamed."""
    started: list[bool] = []
    renamed = [0]
    start = run._Workers._started
    rename = views._RecordFiles._rename

    def counted_start(self: run._Workers) -> object:
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
        patch.setattr(run._Workers, "_started", counted_start)
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
    (``run._Workers._started``); a program calling ``ingest`` has them collected again after,
    whether the fork was given or refused."""
    import gc

    if fork == "refused":

        def no_fork() -> int:
            raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

        monkeypatch.setattr(os, "fork", no_fork)
    frozen: list[int] = []
    start = run._Workers._started

    def seen_start(self: run._Workers) -> object:
        pool = start(self)
        frozen.append(gc.get_freeze_count())
        return pool

    monkeypatch.setattr(run._Workers, "_started", seen_start)
    gc.unfreeze()
    assert main(["ingest", "-q", "--jobs", "1", "--out", str(tmp_path / "out"), str(pages)]) in (
        0,
        1,
    )
    assert frozen and frozen[0] > 0  # frozen while the pool ran
    assert gc.get_freeze_count() == 0
