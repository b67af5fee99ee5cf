"""The files of an output folder, rendered from its state database at the end of every run.

Each file is written whole to a temporary name and renamed into place, so a reader never sees
a torn file; every run renders them all again from the database, so a run killed while
rendering is made good by the next one. Nothing here is ever read back as state.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extractor.base.atomic import TMP_SUFFIX, write_atomic
from extractor.base.jsontext import compact, indented, loads
from extractor.batch.state import PUBLISHED
from extractor.record.folder import LEADERS, RECORDS, REPORT, record_path
from extractor.record.schema import SCHEMA_FILE, schema_json


def render(db: sqlite3.Connection, out: Path, head: dict[str, Any]) -> None:
    """records/, leaders.jsonl, report.json and the schema, as the database says."""
    _records(db, out)
    _leaders(db, out)
    _report(db, out, head)
    write_atomic(out / SCHEMA_FILE, schema_json())


def _records(db: sqlite3.Connection, out: Path) -> None:
    """One file per published record; files of records no longer published are deleted."""
    folder = out / RECORDS
    folder.mkdir(parents=True, exist_ok=True)
    wanted: set[str] = set()
    for record_id, text in db.execute(PUBLISHED):
        target = record_path(out, record_id)
        wanted.add(target.name)
        data = text.encode("utf-8")
        if not _holds(target, data):
            write_atomic(target, data)
    for stray in folder.iterdir():
        if stray.name not in wanted and stray.is_file() and stray.suffix == ".json":
            stray.unlink()


def _holds(target: Path, data: bytes) -> bool:
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False


def _leaders(db: sqlite3.Connection, out: Path) -> None:
    """leaders.jsonl: every published record, sorted by id, one line each, streamed."""
    with _Streamed(out / LEADERS) as handle:
        for _, text in db.execute(PUBLISHED):
            handle.write(compact(loads(text)) + "\n")


def _report(db: sqlite3.Connection, out: Path, head: dict[str, Any]) -> None:
    """report.json: the run's summary and every input the folder knows, sorted by key."""
    with _Streamed(out / REPORT) as handle:
        handle.write("{")
        for name, value in head.items():
            handle.write(f"\n  {json.dumps(name)}: {_indented(value)},")
        handle.write('\n  "inputs": [')
        for count, entry in enumerate(report_entries(db)):
            handle.write(("," if count else "") + "\n    " + _indented(entry, level=2))
        handle.write("\n  ]\n}\n")


def report_entries(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Each input as report.json lists it (and the review page reads it)."""
    rows = db.execute(
        "SELECT key, path, sha256, status, record_id, change, findings, notes, other, seconds, "
        "reused, fingerprint FROM inputs ORDER BY key"
    )
    for key, path, sha, status, record_id, change, findings, notes, other, secs, reused, fp in rows:
        entry: dict[str, Any] = {
            "key": key,
            "path": path,
            "sha256": sha,
            "status": status,
            "id": record_id,
            "change": change,
            "findings": [*loads(findings), *loads(notes)],
            "seconds": secs,
            "reused": bool(reused),
            "fingerprint": fp,
        }
        if other is not None:
            entry["duplicate_of" if status == "duplicate" else "moved_from"] = other
        yield entry


class _Streamed:
    """A file written line by line to a temporary name, renamed into place when complete."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.tmp = target.with_name(f".{target.name}.{os.getpid()}{TMP_SUFFIX}")

    def __enter__(self) -> Any:
        self.handle = self.tmp.open("w", encoding="utf-8")
        return self.handle

    def __exit__(self, kind: object, *rest: object) -> None:
        self.handle.close()
        if kind is None:
            self.tmp.replace(self.target)
        else:
            self.tmp.unlink(missing_ok=True)


def _indented(value: Any, level: int = 1) -> str:
    """``value`` as 2-space-indented JSON, nested ``level`` deep."""
    return indented(value).replace("\n", "\n" + "  " * level)
