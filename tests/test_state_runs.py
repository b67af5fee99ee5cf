"""Issue 13, the hard cases: runs killed at random points, runs at the same time, and exports
read back field by field against leaders.jsonl."""

from __future__ import annotations

import csv
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from extractor.batch import run as run_module
from extractor.batch.export import FORMULA_STARTS, unneutralise
from extractor.cli.main import main

SAMPLES = ROOT / "samples"
PAGE = (SAMPLES / "amara-okafor.txt").read_text(encoding="utf-8")
BIO = PAGE.split("\n")[6]
PAGE_COUNT = 150


def tree(folder: Path) -> dict[str, bytes]:
    """Every view in the folder (not the state database, not the timed report)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.name != "report.json"
        and not p.name.startswith(("state.sqlite", ".state.lock"))
    }


def untimed_report(folder: Path) -> list[dict[str, Any]]:
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    return [
        {k: v for k, v in entry.items() if k not in {"seconds", "reused", "change"}}
        for entry in report["inputs"]
    ]


def command(out: Path, pages: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "extractor",
        "ingest",
        "-q",
        "--out",
        str(out),
        *extra,
        str(pages),
    ]


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """PAGE_COUNT pages (with namesakes, duplicates and a refusal), a clean run over them, and
    how long that run took."""
    pages = tmp_path_factory.mktemp("many")
    for i in range(PAGE_COUNT):
        letters = "".join("abcdefghij"[int(d)] for d in f"{i:04}").capitalize()
        company = "Globex" if i % 10 == 3 else "Lumen Health"
        name = "Sarah Chen" if i % 10 == 3 else f"Leader {letters} Smith"
        text = PAGE.replace("Lumen Health", f"{company} {letters}" if i % 10 == 3 else company)
        (pages / f"p{i:04}.txt").write_text(text.replace("Amara Okafor", name), encoding="utf-8")
    (pages / "twin.txt").write_bytes((pages / "p0000.txt").read_bytes())
    (pages / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    clean = tmp_path_factory.mktemp("clean")
    started = time.monotonic()
    subprocess.run(command(clean, pages, "--jobs", "2"), check=False)
    took = time.monotonic() - started
    assert json.loads((clean / "report.json").read_text())["summary"]["published"] > 100
    return pages, clean, took


@pytest.mark.parametrize("trial", range(4))
def test_killed_at_a_random_point_the_next_run_is_byte_identical_to_a_clean_one(
    many: tuple[Path, Path, float], tmp_path: Path, trial: int
) -> None:
    """Trial 3 kills a run at --jobs 1 (one worker process parsing, the run creating the
    record files meanwhile)."""
    pages, clean, took = many
    out = tmp_path / "out"
    jobs = "1" if trial == 3 else "2"
    if trial == 2:  # a folder with a past: a run over a subset, then the killed run over all
        subset = tmp_path / "subset"
        subset.mkdir()
        for page in sorted(pages.glob("p00[0-4]*.txt")):
            (subset / page.name).write_bytes(page.read_bytes())
        subprocess.run(command(out, subset, "--jobs", "2"), check=False)
    process = subprocess.Popen(command(out, pages, "--jobs", jobs), start_new_session=True)
    delay = random.uniform(0.05, 0.95) * took
    print(f"trial {trial}: SIGKILL after {delay:.3f}s of a {took:.3f}s run")  # shown on failure
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    if (out / "state.sqlite").is_file():
        with sqlite3.connect(out / "state.sqlite") as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert subprocess.run(command(out, pages, "--jobs", "2"), check=False).returncode == 1
    if trial != 2:
        assert tree(out) == tree(clean)
        assert untimed_report(out) == untimed_report(clean)
    else:  # the subset's leaders keep their places; everything else as in a clean run
        assert tree(out).keys() == tree(clean).keys()
        assert (out / "leaders.jsonl").read_bytes() == (clean / "leaders.jsonl").read_bytes()
    assert not list(out.rglob("*.tmp"))


def test_two_runs_at_once_one_waits_and_the_output_is_intact(
    many: tuple[Path, Path, float], tmp_path: Path
) -> None:
    pages, clean, _ = many
    out = tmp_path / "out"
    first = subprocess.Popen(command(out, pages, "--jobs", "1", "--wait", "120"))
    second = subprocess.Popen(command(out, pages, "--jobs", "1", "--wait", "120"))
    assert (first.wait(), second.wait()) == (1, 1)  # 1: the binary page is refused
    assert tree(out) == tree(clean)
    refused = subprocess.run(
        command(out, pages, "--jobs", "1"), check=False, capture_output=True, text=True
    )
    assert refused.returncode == 1  # the folder is free again: a third run goes ahead


def test_a_run_started_while_another_writes_refuses_clearly(
    many: tuple[Path, Path, float], tmp_path: Path
) -> None:
    pages, _, _ = many
    out = tmp_path / "out"
    first = subprocess.Popen(command(out, pages, "--jobs", "1"))
    deadline = time.monotonic() + 30
    while not (out / "state.sqlite").is_file() and time.monotonic() < deadline:
        time.sleep(0.01)
    second = subprocess.run(
        command(out, pages, "--jobs", "1"), check=False, capture_output=True, text=True
    )
    first.wait()
    if second.returncode == 2:  # it overlapped, as it almost always does
        assert "being written by another extractor run" in second.stderr
    else:
        assert second.returncode == 1  # it started after the first had finished


# Exports lose nothing.

HOSTILE = (
    PAGE.replace(BIO, '=HYPERLINK("http://evil.example", "click") and more')
    .replace("Amara Okafor", "Mallory Formula")
    .replace("Lumen Health", "@Acme | Partners")
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    pages = tmp_path_factory.mktemp("pages")
    for sample in SAMPLES.iterdir():
        (pages / sample.name).write_bytes(sample.read_bytes())
    (pages / "mallory.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    main(["ingest", "-q", "--out", str(out), str(pages)])
    expected = []
    for line in (out / "leaders.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record.pop("provenance", None)
        expected.append(record)
    assert any(r["bio"].startswith("=") for r in expected)
    exports = tmp_path_factory.mktemp("exports")
    for fmt in ("json", "jsonl", "csv", "sqlite"):
        assert main(["export", str(out), "--format", fmt, "--to", str(exports)]) == 0
    assert main(["export", str(out), "--format", "jsonl", "--to", str(out)]) == 2  # a view
    return exports, expected


def test_json_and_jsonl_exports_read_back(exported: tuple[Path, list[dict[str, Any]]]) -> None:
    out, expected = exported
    assert json.loads((out / "leaders.json").read_text(encoding="utf-8")) == expected
    lines = (out / "leaders.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == expected


def test_csv_export_reads_back_and_is_formula_safe(
    exported: tuple[Path, list[dict[str, Any]]],
) -> None:
    out, expected = exported
    with (out / "leaders.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(FORMULA_STARTS[:-1]), cell  # '=' and friends: escaped
    mallory = next(r for r in rows if r["name"] == "Mallory Formula")
    assert mallory["bio"].startswith("'=HYPERLINK") and mallory["company"].startswith("'@")
    assert [_record_from_csv(row) for row in rows] == expected


def _record_from_csv(row: dict[str, str]) -> dict[str, Any]:
    cell = {k: unneutralise(v) for k, v in row.items()}
    fixed = {"id", "name", "headline", "role", "company", "bio", "summary", "warnings", "errors"}
    fixed |= {"themes", "principles", "quotes", "extra_sections", "findings", "schema_version"}
    dimension_columns = [c for c in row if c not in fixed and not c.startswith("source_")]
    source = {k: cell[f"source_{k}"] for k in ("path", "format", "encoding", "sha256")}
    if cell["source_url"]:
        source["url"] = cell["source_url"]
    return {
        "schema_version": cell["schema_version"],
        "id": cell["id"],
        "name": cell["name"],
        **{k: cell[k] or None for k in ("headline", "role", "company", "bio")},
        "dimensions": [{"name": c, "score": int(cell[c])} for c in dimension_columns if cell[c]],
        "themes": json.loads(cell["themes"]),
        "summary": cell["summary"] or None,
        "principles": json.loads(cell["principles"]),
        "quotes": json.loads(cell["quotes"]),
        "extra_sections": json.loads(cell["extra_sections"]),
        "source": source,
        "diagnostics": json.loads(cell["findings"]),
    }


def test_sqlite_export_reads_back(exported: tuple[Path, list[dict[str, Any]]]) -> None:
    out, expected = exported
    with sqlite3.connect(out / "leaders.sqlite") as db:
        db.row_factory = sqlite3.Row
        leaders = db.execute("SELECT * FROM leaders ORDER BY id").fetchall()
        assert [_record_from_sqlite(db, leader) for leader in leaders] == expected


def _record_from_sqlite(db: sqlite3.Connection, leader: sqlite3.Row) -> dict[str, Any]:
    def rows(table: str) -> list[sqlite3.Row]:
        return db.execute(
            f"SELECT * FROM {table} WHERE leader_id = ? ORDER BY position",
            (leader["id"],),
        ).fetchall()

    source = {k: leader[f"source_{k}"] for k in ("path", "format", "encoding", "sha256")}
    if leader["source_url"] is not None:
        source["url"] = leader["source_url"]
    return {
        "schema_version": leader["schema_version"],
        **{k: leader[k] for k in ("id", "name", "headline", "role", "company", "bio")},
        "dimensions": [{"name": r["name"], "score": r["score"]} for r in rows("dimensions")],
        "themes": [r["theme"] for r in rows("themes")],
        "summary": leader["summary"],
        "principles": [r["principle"] for r in rows("principles")],
        "quotes": [
            {"text": r["text"], "speaker": r["speaker"], "context": r["context"]}
            for r in rows("quotes")
        ],
        "extra_sections": [
            {"title": r["title"], "text": r["text"]} for r in rows("extra_sections")
        ],
        "source": source,
        "diagnostics": [
            {k: r[k] for k in ("severity", "code", "message", "line", "field")}
            for r in rows("findings")
        ],
    }


class _Killed(BaseException):
    """Stands for a kill at one exact point of a run (a SIGKILL lands anywhere)."""


def test_a_run_killed_between_reading_and_publishing_is_published_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run read every page (from another folder than last time: new paths, same leaders)
    and was killed before it published: the next run finds every page unchanged, and must
    still publish what they now give, as a clean run does (this was the flaky trial [2])."""
    first, pages = tmp_path / "first", tmp_path / "pages"
    for folder in (first, pages):
        folder.mkdir()
        for i in range(3):
            name = f"Leader {'abc'[i]}a Smith"
            (folder / f"p{i}.txt").write_text(PAGE.replace("Amara Okafor", name), "utf-8")
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert main(["ingest", "-q", "--out", str(out), str(first)]) == 0
    with monkeypatch.context() as patch:

        def killed(*args: object, **kwargs: object) -> None:
            raise _Killed

        patch.setattr(run_module, "_resolve", killed)
        with pytest.raises(_Killed):
            main(["ingest", "-q", "--out", str(out), str(pages)])
    assert main(["ingest", "-q", "--out", str(out), str(pages)]) == 0
    assert main(["ingest", "-q", "--out", str(clean), str(pages)]) == 0
    assert (out / "leaders.jsonl").read_bytes() == (clean / "leaders.jsonl").read_bytes()
    assert tree(out) == tree(clean)


_KILLED_IN_A_TRANSACTION = """
import os, signal, sys
from extractor.batch import run
from extractor.cli.main import main

run._COMMIT_EVERY = 50  # several transactions in a run of PAGE_COUNT pages
chips_row = run._chips_row  # made after the transaction's other rows are written
calls = [0]

def row(outcome):
    calls[0] += 1
    if calls[0] == 120:  # inside the third transaction, two committed before it
        os.kill(os.getpid(), signal.SIGKILL)
    return chips_row(outcome)

run._chips_row = row
main(sys.argv[1:])
"""


def test_a_first_run_killed_inside_a_transaction_resumes_byte_identical(
    many: tuple[Path, Path, float], tmp_path: Path
) -> None:
    """A kill inside a transaction of a new folder's first run (in one process): the next run
    ends as a clean run does, and the database is intact."""
    pages, clean, _ = many
    out = tmp_path / "out"
    arguments = command(out, pages, "--jobs", "1")[3:]  # from "ingest" on
    killing = [sys.executable, "-c", _KILLED_IN_A_TRANSACTION, *arguments]
    process = subprocess.run(killing, check=False)
    assert process.returncode == -signal.SIGKILL
    assert subprocess.run(command(out, pages, "--jobs", "1"), check=False).returncode == 1
    assert tree(out) == tree(clean)
    assert untimed_report(out) == untimed_report(clean)
    for folder in (out, clean):
        with sqlite3.connect(folder / "state.sqlite") as db:
            assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_slow_run_commits_by_time_as_well_as_by_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outcomes coming slower than the count fills are committed every couple of seconds: a
    Ctrl-C or a kill then costs a moment's work, not up to a thousand pages. Here every
    outcome is "late": each is a transaction, and the folder is the one a run in one gives."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        (pages / sample.name).write_bytes(sample.read_bytes())
    clean = tmp_path / "clean"
    assert main(["ingest", "-q", "--jobs", "1", "--out", str(clean), str(pages)]) in (0, 1)
    stored: list[int] = []
    store = run_module._store

    def counted(db: Any, pending: list[Any], *args: Any) -> None:
        stored.append(len(pending))
        store(db, pending, *args)

    monkeypatch.setattr(run_module, "_COMMIT_SECONDS", 0.0)
    monkeypatch.setattr(run_module, "_store", counted)
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--jobs", "1", "--out", str(out), str(pages)]) in (0, 1)
    inputs = len(list(pages.iterdir()))
    assert stored[:inputs] == [1] * inputs
    assert tree(out) == tree(clean)
