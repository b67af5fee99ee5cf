"""A worker process that dies mid-run (the kernel's OOM killer, a crash in a C library) ends
the run with a clear message and exit code 2, never a traceback about process pools; what the
run finished is saved, and the same command goes on from there."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from extractor.batch import pool, run as batch_run, worker
from extractor.batch.pool import WorkerLost, _result, _submit
from extractor.cli.main import main


def test_a_broken_pool_is_a_lost_worker() -> None:
    future: Future[int] = Future()
    future.set_exception(BrokenProcessPool("A process in the process pool was terminated"))
    with pytest.raises(WorkerLost, match="run the same command again"):
        _result(future)


_TEST_PROCESS = os.getpid()


class _BrokenPool:
    def submit(self, *args: Any) -> Any:
        raise BrokenProcessPool("A child process terminated abruptly")


def test_a_pool_broken_while_work_is_handed_out_is_a_lost_worker() -> None:
    with pytest.raises(WorkerLost, match="while parsing a page"):
        _submit(_BrokenPool(), print)  # type: ignore[arg-type]


def _dies(*args: Any) -> Any:
    """In a worker, dies as SIGKILL leaves it (no clean-up, no exception)."""
    assert os.getpid() != _TEST_PROCESS, "the run parsed in its own process: no pool to lose"
    os._exit(9)


_dies.__module__, _dies.__qualname__ = worker.__name__, "process_chunk"  # pickled by this name


@pytest.mark.skipif(os.name != "posix", reason="the pool's workers are forked")
def test_ingest_whose_worker_dies_exits_2_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        shutil.copy(sample, pages / sample.name)
    monkeypatch.setattr(batch_run, "POOL_MIN", 2)  # (batch/ is never compiled)
    original = worker.process_chunk
    monkeypatch.setattr(worker, "process_chunk", _dies)
    monkeypatch.setattr(pool, "process_chunk", _dies)
    code = main(["ingest", "--quiet", "--jobs", "2", "--out", str(tmp_path / "out"), str(pages)])
    err = capsys.readouterr().err
    assert code == 2
    assert "a worker process died while parsing" in err and "Traceback" not in err
    # the pages it held are named, when the death is seen at their result (it may be seen
    # first while more work is handed out: then no page is known)
    assert str(pages) in err or "while parsing a page" in err
    monkeypatch.setattr(worker, "process_chunk", original)
    monkeypatch.setattr(pool, "process_chunk", original)
    assert main(["ingest", "--quiet", "--out", str(tmp_path / "out"), str(pages)]) == 0
    assert list((tmp_path / "out" / "records").glob("*.json"))


def test_more_jobs_than_the_cores_can_use_are_capped_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "--jobs 100000" would fork until the machine ran out: at most four processes a core."""
    out = tmp_path / "out"
    assert main(["ingest", "--jobs", "100000", "--out", str(out), str(ROOT / "samples")]) == 0
    cap = (os.cpu_count() or 1) * pool.JOBS_PER_CORE_MAX
    assert f"{cap} processes parse" in capsys.readouterr().err
    assert pool.worker_count(100_000) == cap and pool.worker_count(1) == 1
