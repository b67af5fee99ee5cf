"""A killed ``ingest`` leaves no worker processes behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

SAMPLES = ROOT / "samples"


def _processes_naming(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if marker.encode() in command:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_workers_of_a_killed_run_exit(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(120):
        (pages / f"p{i:03d}.txt").write_bytes((SAMPLES / "gustav-soderstrom.txt").read_bytes())
    out = tmp_path / "out-orphan-check"
    command = [sys.executable, "-m", "extractor", "ingest", "-q", "--jobs", "2"]
    run = subprocess.Popen([*command, "--out", str(out), str(pages)], cwd=ROOT)
    deadline = time.monotonic() + 20
    while len(_processes_naming(str(out))) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)  # the parent and its two workers
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 10
    while _processes_naming(str(out)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_naming(str(out)) == []


def _python(code: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """``code`` run by this interpreter in a process of its own, from the project root."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_a_worker_whose_run_died_before_it_started_exits() -> None:
    """The run's pid is handed to the worker: one set up after its run was killed (its parent
    is then init, or a subreaper) ends at once, where asking getppid() would wait for ever."""
    code = (
        "import time\n"
        "from extractor.batch.worker import Job, init_worker\n"
        "init_worker(Job(), 1)  # a run that is not this process's parent: gone\n"
        "time.sleep(10)\n"
        "print('still here')\n"
    )
    done = _python(code, timeout=8)
    assert (done.returncode, done.stdout) == (1, "")


def test_a_worker_whose_run_died_before_it_started_makes_no_spool_file(tmp_path: Path) -> None:
    """Nor does it make its spool file first: a next run may have cleared the folder already,
    and would find a temporary file it did not make left over after it."""
    code = (
        "import sys\n"
        "from extractor.batch.worker import Job, init_worker\n"
        "init_worker(Job(spool=sys.argv[1]), 1)  # a run that is not this process's parent\n"
        "print('set up')\n"
    )
    done = _python(code, str(tmp_path), timeout=60)
    assert (done.returncode, done.stdout) == (1, "")
    assert list(tmp_path.iterdir()) == []


def test_a_pool_worker_leaves_ctrl_c_to_its_run() -> None:
    """Ctrl-C reaches every process of the group: a pool's worker ignores it (the run stops its
    pool and says "interrupted"), so no worker prints a KeyboardInterrupt traceback."""
    code = (
        "import os, signal\n"
        "from extractor.batch.worker import Job, init_worker\n"
        "init_worker(Job(), os.getppid())\n"
        "os.kill(os.getpid(), signal.SIGINT)\n"
        "print('still here')\n"
    )
    done = _python(code, timeout=20)
    assert (done.returncode, done.stdout, done.stderr) == (0, "still here\n", "")
