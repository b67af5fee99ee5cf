"""Where ``export --to``, ``review --out`` and ``schema --out`` write, when the user names
something other than a plain new file: a named pipe or device (``/dev/stdout``) is written
into, never renamed over (as root, ``--to /dev/null`` once replaced the device with a file),
and a symlink stays a link."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from extractor.cli.main import main

SAMPLE = ROOT / "samples" / "amara-okafor.txt"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "amara-okafor.txt").write_bytes(SAMPLE.read_bytes())
    folder = tmp_path / "out"
    assert main(["ingest", "-q", "--out", str(folder), str(pages)]) == 0
    return folder


@contextmanager
def drained(fifo: Path) -> Iterator[list[bytes]]:
    """A reader on the named pipe ``fifo`` during the block; what it read, after."""
    got: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as pipe:  # waits for a writer
            got.append(pipe.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        yield got
    finally:
        reader.join(timeout=30)
        if reader.is_alive() and stat.S_ISFIFO(fifo.lstat().st_mode):  # never written: let go
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            reader.join(timeout=30)


def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def test_export_into_a_named_pipe_streams_into_it(out: Path, tmp_path: Path) -> None:
    pipe = fifo(tmp_path)
    with drained(pipe) as got:
        assert main(["export", str(out), "--format", "csv", "--to", str(pipe)]) == 0
    assert stat.S_ISFIFO(pipe.lstat().st_mode), "the pipe was replaced by a file"
    rows = list(csv.DictReader(io.StringIO(b"".join(got).decode("utf-8"))))
    assert [row["id"] for row in rows] == ["amara-okafor"]


def test_sqlite_export_into_a_pipe_is_refused_and_leaves_it(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = fifo(tmp_path)
    assert main(["export", str(out), "--format", "sqlite", "--to", str(pipe)]) == 2
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert f"{pipe}: not a regular file" in capsys.readouterr().err


def test_review_and_schema_into_a_named_pipe(out: Path, tmp_path: Path) -> None:
    pipe = fifo(tmp_path)
    with drained(pipe) as got:
        assert main(["review", str(out), "--out", str(pipe)]) == 0
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert b"amara-okafor" in b"".join(got)
    with drained(pipe) as got:
        assert main(["schema", "--out", str(pipe)]) == 0
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert json.loads(b"".join(got))["type"] == "object"


def test_a_symlinked_destination_stays_a_link(out: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert main(["export", str(out), "--format", "json", "--to", str(link)]) == 0
    assert link.is_symlink()
    assert [r["id"] for r in json.loads(real.read_text(encoding="utf-8"))] == ["amara-okafor"]
    page = tmp_path / "page.html"
    page.write_text("old", encoding="utf-8")
    page_link = tmp_path / "review.html"
    page_link.symlink_to(page)
    assert main(["review", str(out), "--out", str(page_link)]) == 0
    assert page_link.is_symlink() and "amara-okafor" in page.read_text(encoding="utf-8")


def test_a_failed_export_names_its_target_not_a_temporary_file(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("extractor.batch.export.write_csv", full)
    target = tmp_path / "leaders.csv"
    assert main(["export", str(out), "--format", "csv", "--to", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"extractor export: {target}: cannot write: No space left on device" in err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_sqlite_to_stdout_is_refused_not_written_into_the_folder(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(out), "--format", "sqlite", "--to", "-"]) == 2
    assert "a SQLite export cannot go to stdout" in capsys.readouterr().err
    assert not (out / "leaders.sqlite").exists()


def test_a_pipe_closed_early_ends_the_export_quietly(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As ``export | head`` does on stdout, ``--to /dev/stdout | head`` (a pipe named)."""
    pipe = fifo(tmp_path)
    reader = threading.Thread(target=lambda: pipe.open("rb").close(), daemon=True)
    reader.start()  # opens the pipe, then closes it before reading anything

    def slow(folder: Path, handle: Any, notes: object = None) -> int:
        reader.join(timeout=30)
        for _ in range(100):
            handle.write("x" * 65536)
            handle.flush()
        return 1

    monkeypatch.setattr("extractor.batch.export.write_csv", slow)
    assert main(["export", str(out), "--format", "csv", "--to", str(pipe)]) == 0
    assert capsys.readouterr().err == ""


def test_schema_through_a_link_to_an_anonymous_pipe(tmp_path: Path) -> None:
    """``/dev/stdout`` is a link to ``/proc/self/fd/1``, itself a link to ``pipe:[N]`` when
    stdout is a pipe: written into, not resolved to a path that cannot be created."""
    read_end, write_end = os.pipe()
    link = tmp_path / "stdout"
    link.symlink_to(f"/proc/self/fd/{write_end}")
    got: list[bytes] = []

    def read() -> None:
        with os.fdopen(read_end, "rb") as pipe:
            got.append(pipe.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert main(["schema", "--out", str(link)]) == 0
    finally:
        os.close(write_end)
        reader.join(timeout=30)
    assert json.loads(b"".join(got))["type"] == "object"


def test_review_into_a_pipe_closed_early_ends_quietly(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pipe = fifo(tmp_path)
    reader = threading.Thread(target=lambda: pipe.open("rb").close(), daemon=True)
    reader.start()

    def slow(items: Any, handle: Any, corrections: Any) -> int:
        reader.join(timeout=30)
        for _ in range(100):
            handle.write("x" * 65536)
            handle.flush()
        return 1

    monkeypatch.setattr("extractor.review.render.write_page", slow)
    assert main(["review", str(out), "--out", str(pipe)]) == 0
    assert "Broken pipe" not in capsys.readouterr().err


@pytest.mark.parametrize("command", ["export", "review", "schema"])
def test_dev_stdout_sent_to_a_file_is_appended_to_not_replaced(
    out: Path, tmp_path: Path, command: str
) -> None:
    """``--to /dev/stdout >> log``: stdout is the log, opened by the shell to append. The
    destination was resolved to the log's path and a new file renamed over it: what the log
    held was lost (and with ``>``, a file the shell had opened was replaced under it)."""
    import subprocess
    import sys

    log = tmp_path / "log.txt"
    log.write_text("held before\n", encoding="utf-8")
    argv = {
        "export": ["export", str(out), "--format", "jsonl", "--to", "/dev/stdout"],
        "review": ["review", str(out), "--out", "/dev/stdout"],
        "schema": ["schema", "--out", "/dev/stdout"],
    }[command]
    with log.open("a", encoding="utf-8") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "extractor", *argv],
            stdout=handle,
            stderr=subprocess.PIPE,
            check=False,
            cwd=ROOT,
        )
    assert done.returncode == 0, done.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("held before\n")
    assert len(text) > 100
