"""``extractor export``: an output folder's records as JSON, JSONL, CSV or SQLite.

Records are read from ``records/`` one at a time, sorted by id, so exports are deterministic and
memory stays flat however many leaders there are.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from extractor.base.atomic import write_atomic
from extractor.base.config import DEFAULT_DIMENSIONS
from extractor.batch.jsonld import write_jsonld

EXPORT_FORMATS = ("json", "jsonl", "csv", "sqlite", "jsonld")
LIST_SEPARATOR = " | "


class ExportError(Exception):
    """The folder holds no records, or the destination cannot be written."""


def iter_records(folder: Path) -> Iterator[dict[str, Any]]:
    records = folder / "records"
    if not records.is_dir():
        raise ExportError(
            f"{folder}: no records/ folder here; run 'extractor ingest' into it first"
        )
    for path in sorted(records.glob("*.json"), key=lambda p: p.name):
        record = json.loads(path.read_text(encoding="utf-8"))
        record.pop("provenance", None)
        yield record


def write_json(folder: Path, out: TextIO) -> int:
    count = 0
    out.write("[")
    for record in iter_records(folder):
        out.write(",\n" if count else "\n")
        out.write(json.dumps(record, ensure_ascii=False, indent=2))
        count += 1
    out.write("\n]\n")
    return count


def write_jsonl(folder: Path, out: TextIO) -> int:
    count = 0
    for record in iter_records(folder):
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        count += 1
    return count


def csv_columns(folder: Path) -> list[str]:
    """Fixed columns, then one per dimension: the configured set first, any others sorted."""
    extra = sorted(
        {d["name"] for r in iter_records(folder) for d in r["dimensions"]} - set(DEFAULT_DIMENSIONS)
    )
    return [
        "id",
        "name",
        "headline",
        "role",
        "company",
        "bio",
        *DEFAULT_DIMENSIONS,
        *extra,
        "themes",
        "summary",
        "principles",
        "quotes",
        "warnings",
        "errors",
        "source_path",
        "source_format",
    ]


def write_csv(folder: Path, out: TextIO) -> int:
    columns = csv_columns(folder)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in iter_records(folder):
        count += 1
        row: dict[str, Any] = {
            key: record.get(key)
            for key in ("id", "name", "headline", "role", "company", "bio", "summary")
        }
        row.update({d["name"]: d["score"] for d in record["dimensions"]})
        row["themes"] = LIST_SEPARATOR.join(record["themes"])
        row["principles"] = LIST_SEPARATOR.join(record["principles"])
        row["quotes"] = LIST_SEPARATOR.join(q["text"] for q in record["quotes"])
        row["warnings"] = sum(1 for d in record["diagnostics"] if d["severity"] == "warning")
        row["errors"] = sum(1 for d in record["diagnostics"] if d["severity"] == "error")
        row["source_path"] = record["source"]["path"]
        row["source_format"] = record["source"]["format"]
        writer.writerow(row)
    return count


def write_schema_org(folder: Path, out: TextIO) -> int:
    return write_jsonld(iter_records(folder), out)


SQL_SCHEMA = """
CREATE TABLE leaders (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, headline TEXT, role TEXT, company TEXT, bio TEXT,
    summary TEXT, source_path TEXT NOT NULL, source_format TEXT NOT NULL,
    source_sha256 TEXT NOT NULL
);
CREATE TABLE dimensions (
    leader_id TEXT NOT NULL REFERENCES leaders(id), position INTEGER NOT NULL,
    name TEXT NOT NULL, score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (leader_id, position)
);
CREATE TABLE themes (
    leader_id TEXT NOT NULL REFERENCES leaders(id), position INTEGER NOT NULL, theme TEXT NOT NULL,
    PRIMARY KEY (leader_id, position)
);
CREATE TABLE principles (
    leader_id TEXT NOT NULL REFERENCES leaders(id), position INTEGER NOT NULL,
    principle TEXT NOT NULL,
    PRIMARY KEY (leader_id, position)
);
CREATE TABLE quotes (
    leader_id TEXT NOT NULL REFERENCES leaders(id), position INTEGER NOT NULL, text TEXT NOT NULL,
    speaker TEXT NOT NULL, context TEXT, PRIMARY KEY (leader_id, position)
);
CREATE TABLE findings (
    leader_id TEXT NOT NULL REFERENCES leaders(id), position INTEGER NOT NULL,
    severity TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, line INTEGER, field TEXT,
    PRIMARY KEY (leader_id, position)
);
CREATE INDEX dimensions_by_name ON dimensions(name, score);
CREATE INDEX themes_by_theme ON themes(theme);
CREATE INDEX findings_by_code ON findings(code);
CREATE INDEX leaders_by_company ON leaders(company);
"""


def write_sqlite(folder: Path, target: Path) -> int:
    """Normalised tables with keys and indexes, built in a temporary file and renamed into place."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    count = 0
    connection = sqlite3.connect(tmp)
    try:
        connection.executescript(SQL_SCHEMA)
        for record in iter_records(folder):
            _insert(connection, record)
            count += 1
        connection.commit()
    finally:
        connection.close()
    tmp.replace(target)
    return count


def _insert(db: sqlite3.Connection, r: dict[str, Any]) -> None:
    source = r["source"]
    db.execute(
        "INSERT INTO leaders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            r["id"],
            r["name"],
            r["headline"],
            r["role"],
            r["company"],
            r["bio"],
            r["summary"],
            source["path"],
            source["format"],
            source["sha256"],
        ),
    )
    rid = r["id"]
    db.executemany(
        "INSERT INTO dimensions VALUES (?, ?, ?, ?)",
        [(rid, i, d["name"], d["score"]) for i, d in enumerate(r["dimensions"])],
    )
    db.executemany(
        "INSERT INTO themes VALUES (?, ?, ?)", [(rid, i, t) for i, t in enumerate(r["themes"])]
    )
    db.executemany(
        "INSERT INTO principles VALUES (?, ?, ?)",
        [(rid, i, p) for i, p in enumerate(r["principles"])],
    )
    db.executemany(
        "INSERT INTO quotes VALUES (?, ?, ?, ?, ?)",
        [(rid, i, q["text"], q["speaker"], q["context"]) for i, q in enumerate(r["quotes"])],
    )
    db.executemany(
        "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (rid, i, d["severity"], d["code"], d["message"], d["line"], d["field"])
            for i, d in enumerate(r["diagnostics"])
        ],
    )


def export(folder: Path, fmt: str, to: str | None) -> tuple[int, str]:
    """Write the export; returns (records written, where)."""
    if fmt == "sqlite":
        target = Path(to) if to else folder / "leaders.sqlite"
        return write_sqlite(folder, target), str(target)
    writer = {
        "json": write_json,
        "jsonl": write_jsonl,
        "csv": write_csv,
        "jsonld": write_schema_org,
    }[fmt]
    buffer = io.StringIO()
    count = writer(folder, buffer)
    if to is None or to == "-":
        sys.stdout.write(buffer.getvalue())
        return count, "<stdout>"
    write_atomic(Path(to), buffer.getvalue())
    return count, to
