"""The review page of a large run is written by a forked child while the run writes the other
views (``batch.child.ReviewChild``): the same page as written in the run's own process, and a failure
there fails the run as it would in the run's process, leaving no page and no temporary file."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from extractor.batch import child, run
from extractor.cli.main import main

SAMPLES = ROOT / "samples"
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")


def _pages(folder: Path, copies: int = 5) -> Path:
    """Copies of the samples: more inputs than ``run.POOL_MIN``, for the child to be used."""
    for copy in range(copies):
        shutil.copytree(SAMPLES, folder / f"c{copy}")
    assert len(list(folder.rglob("*.*"))) >= run.POOL_MIN
    return folder


def _started(monkeypatch: pytest.MonkeyPatch, *, fork: bool) -> list[bool]:
    """Whether each run's review page went to a child (``fork``: as it may; else never)."""
    started: list[bool] = []
    start = child.ReviewChild.start

    def counted(*args: object) -> child.ReviewChild | None:
        child = start(*args) if fork else None  # type: ignore[arg-type]
        started.append(child is not None)
        return child

    monkeypatch.setattr(child.ReviewChild, "start", staticmethod(counted))
    return started


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_page_written_by_a_child_is_the_one_written_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    pages = _pages(tmp_path / "in")
    forked, local = tmp_path / "forked", tmp_path / "local"
    with monkeypatch.context() as patch:
        started = _started(patch, fork=True)
        assert main(["ingest", "-q", "--jobs", jobs, "--out", str(forked), str(pages)]) in (0, 1)
        assert started == [True]
    with monkeypatch.context() as patch:
        started = _started(patch, fork=False)
        assert main(["ingest", "-q", "--jobs", jobs, "--out", str(local), str(pages)]) in (0, 1)
        assert started == [False]
    assert (forked / "review.html").read_bytes() == (local / "review.html").read_bytes()
    assert not list(forked.glob(".*.tmp")) and not list(forked.glob(".review-sources*"))


def test_a_page_the_child_cannot_write_fails_the_run_as_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _pages(tmp_path / "in")
    messages = []
    for fork in (True, False):
        out = tmp_path / f"out-{fork}"
        (out / "review.html" / "blocker").mkdir(parents=True)  # no file can take its name
        with monkeypatch.context() as patch:
            started = _started(patch, fork=fork)
            assert main(["ingest", "-q", "--out", str(out), str(pages)]) == 2
            assert started == [fork]
        err = capsys.readouterr().err
        messages.append(re.sub(r"\.review\.html\.\w+\.tmp", "TMP", err.replace(str(out), "OUT")))
        assert "cannot write to" in err
        assert not list(out.glob(".review.html.*")), "a temporary page outlives its run"
        assert (out / "records").is_dir()  # the other views were written all the same
    assert messages[0] == messages[1]


def test_a_fork_refused_by_the_system_writes_the_page_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No process to be had (EAGAIN under a container's process limit, ENOMEM): the run does
    not fail, it writes the page itself, the same page, and leaves no descriptor open. With
    ``--jobs 1``, where the run's one worker process is refused first: the run parses in its own
    process too (with more jobs, a refused pool is the run's error)."""
    import errno

    pages = _pages(tmp_path / "in")
    local = tmp_path / "local"
    assert main(["ingest", "-q", "-j", "1", "--out", str(local), str(pages)]) in (0, 1)
    # A few inputs, parsed in this process: what parsing here keeps open (the word tables) is
    # open before the descriptors are counted.
    assert main(["ingest", "-q", "--out", str(tmp_path / "few"), str(pages / "c0")]) in (0, 1)
    refused = []

    def no_fork() -> int:
        refused.append(True)
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    out = tmp_path / "out"
    fd_dir = Path("/proc/self/fd")
    fds = len(list(fd_dir.iterdir())) if fd_dir.is_dir() else None
    with monkeypatch.context() as patch:
        patch.setattr(os, "fork", no_fork)
        assert main(["ingest", "-q", "-j", "1", "--out", str(out), str(pages)]) in (0, 1)
    assert refused == [True, True]  # the worker's fork, then the review page's
    if fds is not None:
        assert len(list(fd_dir.iterdir())) == fds
    assert (out / "review.html").read_bytes() == (local / "review.html").read_bytes()
    assert (out / "report.json").is_file() and (out / "leaders.jsonl").is_file()


def test_a_child_whose_run_has_died_renames_no_page_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A review child outliving its killed run (its parent is then another process) leaves
    the page there as it is, and no temporary file: a next run's page is never replaced by
    the dead run's. While its run lives, it writes the page."""
    from extractor.base import atomic
    from extractor.review.render import write_review

    target = tmp_path / "review.html"
    target.write_text("the next run's page")
    monkeypatch.setattr(atomic, "_PARENT", [])
    atomic.writing_for(os.getppid() + 1 if os.getppid() > 1 else 2)  # not our parent
    with pytest.raises(atomic.Orphaned):
        write_review([], target)
    with pytest.raises(atomic.Orphaned):
        atomic.write_atomic(tmp_path / "other", "text")
    assert target.read_text() == "the next run's page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.html"]
    atomic.writing_for(os.getppid())  # our parent: alive
    write_review([], target)
    assert target.read_text() != "the next run's page"


def test_what_the_child_raised_is_handed_over_as_its_type_and_text() -> None:
    """An exception crosses from the child as its type's name and text: a built-in one (an
    OSError with its errno in its text) and a StateError come back as such, with the same
    text; one that cannot be made again from its text (``Refusal``: two arguments) becomes an
    OSError naming it, never a failure to rebuild it; a child killed before it said anything,
    its status."""
    import errno

    from extractor.base.errors import Refusal
    from extractor.batch.state import StateError

    def crossed(exc: BaseException) -> BaseException:
        reader, writer = os.pipe()
        child._send(writer, exc)
        os.close(writer)
        with os.fdopen(reader, "rb") as pipe:
            return child._rebuilt(pipe.read(), 256)

    denied = PermissionError(errno.EACCES, "Permission denied", "/x/review.html")
    back = crossed(denied)
    assert type(back) is PermissionError and str(back) == str(denied)
    back = crossed(StateError("locked by another run"))
    assert type(back) is StateError and str(back) == "locked by another run"
    refusal = Refusal("empty", "the page is empty")
    back = crossed(refusal)
    assert type(back) is OSError and str(back) == f"review page: Refusal: {refusal}"
    back = child._rebuilt(b"", 9)
    assert type(back) is OSError and "status 9" in str(back)
