"""A run of many inputs in one process hands its record files to a stager process
(``batch.sources.Stager``) while it parses: the folder is the one the run writes without it,
and a stager that fails or dies costs nothing but the time (the run writes the files itself)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from extractor.batch import run, sources, views
from extractor.cli.main import main

SAMPLES = ROOT / "samples"
pytestmark = pytest.mark.skipif(not hasattr(os, "posix_spawn"), reason="no posix_spawn here")


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


def _run(out: Path, pages: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[bool], int]:
    """An ingest in one process; whether each stager finished well, and the files renamed."""
    finished: list[bool] = []
    renamed = [0]
    finish = sources.Stager.finish
    rename = views._RecordFiles._rename

    def counted_finish(self: sources.Stager) -> bool:
        finished.append(finish(self))
        return finished[-1]

    def counted_rename(self: views._RecordFiles, staged: str, name: str) -> bool:
        done: bool = rename(self, staged, name)
        renamed[0] += done
        return done

    with monkeypatch.context() as patch:
        patch.setattr(sources.Stager, "finish", counted_finish)
        patch.setattr(views._RecordFiles, "_rename", counted_rename)
        assert main(["ingest", "-q", "--jobs", "1", "--out", str(out), str(pages)]) in (0, 1)
    return finished, renamed[0]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pages(tmp_path_factory.mktemp("pages"))


@pytest.fixture(scope="module")
def unstaged(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The folder a run in one process writes with no stager."""
    out = tmp_path_factory.mktemp("unstaged") / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sources.Spool, "start_stager", lambda self: None)
        assert main(["ingest", "-q", "--jobs", "1", "--out", str(out), str(pages)]) in (0, 1)
    return _tree(out)


def test_the_stager_writes_the_folder_the_run_writes_itself(
    pages: Path, unstaged: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finished, renamed = _run(tmp_path / "out", pages, monkeypatch)
    assert finished == [True]
    assert renamed == len(list((tmp_path / "out" / "records").iterdir()))  # every one staged
    assert _tree(tmp_path / "out") == unstaged


@pytest.mark.parametrize(
    ("program", "well"),
    [
        ("import sys; sys.stdin.buffer.read(); sys.exit(1)", False),  # could not write a file
        ("import os; os._exit(3)", False),  # dies at once: the run's writes may meet no reader
        # Ends early, saying all is well (ours reads to the end): the staged files are missing.
        ("import os, sys; sys.stdin.buffer.read(100); os._exit(0)", None),
    ],
)
def test_a_stager_that_fails_costs_nothing_but_time(  # noqa: PLR0917 - fixtures
    pages: Path,
    unstaged: dict[str, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    program: str,
    well: bool | None,
) -> None:
    monkeypatch.setattr(sources, "_STAGER", program)
    finished, renamed = _run(tmp_path / "out", pages, monkeypatch)
    assert len(finished) == 1 and finished[0] is (well if well is not None else finished[0])
    assert renamed == 0
    assert _tree(tmp_path / "out") == unstaged  # no staged file left over either


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_ctrl_c_to_the_process_group_leaves_the_stager_silent_and_working(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C is sent to the whole process group: the stager neither dies of it nor prints a
    traceback (the run says "interrupted", once); it ends with its input. SIGINT sent at once,
    while its interpreter starts, and again once it runs: its first file is a named pipe, which
    the stager's open waits on until this test reads it, so "it runs" is known, not waited for
    with a clock (a sleep or a deadline would test less, silently, on a loaded machine)."""
    import signal

    os.mkfifo(tmp_path / "a.json")
    stager = sources.Stager(tmp_path)
    os.kill(stager.pid, signal.SIGINT)
    assert stager.send("a.json", b"first")
    stager._flush()
    with (tmp_path / "a.json").open("rb") as fifo:  # returns once the stager opened it
        assert fifo.read() == b"first"  # all of it: the stager is in its loop, past startup
    os.kill(stager.pid, signal.SIGINT)
    assert stager.send("b.json", b"second")
    assert stager.finish()
    assert (tmp_path / "b.json").read_bytes() == b"second"
    assert capfd.readouterr().err == ""


def test_a_stager_whose_run_has_died_creates_no_file(tmp_path: Path) -> None:
    """Killed, a run leaves the frames it had written in the pipe: its stager, orphaned, ends
    at once rather than create their files in a folder a next run may already have cleared."""
    import subprocess
    import sys

    frame = (6).to_bytes(4, "big") + (5).to_bytes(4, "big") + b"a.json" + b"first"
    # A run that is not this stager's parent: the stager's own parent is this test.
    gone = subprocess.run(
        [sys.executable, "-I", "-S", "-c", sources._STAGER, str(tmp_path), "1"],
        input=frame,
        check=False,
        timeout=60,
    )
    assert gone.returncode == 1
    assert list(tmp_path.iterdir()) == []
    alive = subprocess.run(
        [sys.executable, "-I", "-S", "-c", sources._STAGER, str(tmp_path), str(os.getpid())],
        input=frame,
        check=False,
        timeout=60,
    )
    assert alive.returncode == 0
    assert (tmp_path / "a.json").read_bytes() == b"first"
