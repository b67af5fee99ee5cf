"""``extractor export``: an output folder's published records as JSON, JSONL, CSV or SQLite.

Records are read from the folder's state database (one snapshot, sorted by id), never from its
rendered files, so exports are deterministic, memory stays flat, and an edited or corrupt file
in ``records/`` cannot change or break them. Every export carries every field of the record but
its provenance: CSV and SQLite too (quotes with speaker and context, extra sections, findings,
source, schema version), so a record can be read back from each.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO, cast

from extractor.base.atomic import in_place, rename_target, replaced
from extractor.base.config import DEFAULT_DIMENSIONS
from extractor.batch.jsonld import write_jsonld
from extractor.batch.state import PUBLISHED, connect
from extractor.record.folder import LEADERS, RECORDS, REPORT, REVIEW, SCHEMA_FILE, STATE

# OWASP "CSV injection": a cell starting with one of these is run as a formula by spreadsheets.
# Such cells (and cells starting with the escape itself, so it can be undone) get a leading '.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
TEXT_COLUMNS = ("id", "name", "headline", "role", "company", "bio")
JSON_COLUMNS = ("themes", "principles", "quotes", "extra_sections", "findings")
SOURCE_COLUMNS = ("source_path", "source_url", "source_format", "source_encoding", "source_sha256")


class ExportError(Exception):
    """The folder holds no state, or the destination cannot be written."""


def iter_records(folder: Path) -> Iterator[dict[str, Any]]:
    """The published records, sorted by id, without provenance (a tool-side detail)."""
    db = connect(folder, write=False)
    try:
        for _, text in db.execute(PUBLISHED):
            record = json.loads(text)
            record.pop("provenance", None)
            yield record
    finally:
        db.close()


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
    """Fixed columns, then one per dimension: the default set first, any others sorted (see
    :func:`dimension_cells` for a name a record repeats, or one that is a fixed column's)."""
    extra = sorted(
        {column for r in iter_records(folder) for column, _ in dimension_cells(r)}
        - set(DEFAULT_DIMENSIONS)
    )
    return [*TEXT_COLUMNS, *DEFAULT_DIMENSIONS, *extra, *_AFTER_DIMENSIONS]


_AFTER_DIMENSIONS = (
    "summary",
    *JSON_COLUMNS,
    "warnings",
    "errors",
    *SOURCE_COLUMNS,
    "schema_version",
)
_FIXED = frozenset((*TEXT_COLUMNS, *_AFTER_DIMENSIONS))


def dimension_cells(record: dict[str, Any]) -> list[tuple[str, Any]]:
    """(column, score) per dimension, in the record's order. A column holds one score of a
    record: a name the record repeats (two 'Strategic Vision' rows) puts its second score in
    'Strategic Vision (2)', and a dimension named as a fixed column ('summary') goes to
    'summary (dimension)'; the second score of a name overwrote the first."""
    cells: list[tuple[str, Any]] = []
    used: set[str] = set()
    for dimension in record["dimensions"]:
        base = dimension["name"]
        if base in _FIXED:
            base = f"{base} (dimension)"
        column, n = base, 1
        while column in used or column in _FIXED:
            n += 1
            column = f"{base} ({n})"
        used.add(column)
        cells.append((column, dimension["score"]))
    return cells


def renamed_dimensions(record: dict[str, Any]) -> list[str]:
    """``'name' in 'column'`` for each dimension of ``record`` not in a column of its name."""
    return [
        f"{d['name']!r} in {column!r}"
        for d, (column, _) in zip(record["dimensions"], dimension_cells(record), strict=True)
        if column != d["name"]
    ]


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """One record as a CSV row: text as is, lists as JSON, every text cell formula-safe."""
    row: dict[str, Any] = {key: record.get(key) for key in (*TEXT_COLUMNS, "summary")}
    row.update(dimension_cells(record))
    for key in JSON_COLUMNS:
        value = record["diagnostics"] if key == "findings" else record[key]
        row[key] = json.dumps(value, ensure_ascii=False)
    row["warnings"] = sum(1 for d in record["diagnostics"] if d["severity"] == "warning")
    row["errors"] = sum(1 for d in record["diagnostics"] if d["severity"] == "error")
    source = record["source"]
    for column in SOURCE_COLUMNS:
        row[column] = source.get(column.removeprefix("source_"))
    row["schema_version"] = record["schema_version"]
    return {key: neutralise(value) for key, value in row.items()}


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, prefixed with ' (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unneutralise(cell: str) -> str:
    """The text a :func:`neutralise`-d cell held."""
    return cell[1:] if cell.startswith("'") else cell


def write_csv(folder: Path, out: TextIO, notes: list[str] | None = None) -> int:
    """``notes`` gets a line per record whose dimensions are not all in columns of their own
    names (a name repeated, or a fixed column's): said, so no score is taken for missing."""
    columns = csv_columns(folder)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    # The header formula-safe too: a dimension's name comes from the page ('=HYPERLINK(...)').
    writer.writerow({column: neutralise(column) for column in columns})
    count = 0
    for record in iter_records(folder):
        writer.writerow(csv_row(record))
        count += 1
        moved = renamed_dimensions(record) if notes is not None else []
        if moved and notes is not None:
            notes.append(
                f"{record['id']}: a dimension name repeated (or a fixed column's): "
                f"{', '.join(moved)}"
            )
    return count


def write_schema_org(folder: Path, out: TextIO) -> int:
    return write_jsonld(iter_records(folder), out)


SQL_SCHEMA = """
CREATE TABLE leaders (
    id TEXT PRIMARY KEY, schema_version TEXT NOT NULL, name TEXT NOT NULL, headline TEXT,
    role TEXT, company TEXT, bio TEXT, summary TEXT, source_path TEXT NOT NULL, source_url TEXT,
    source_format TEXT NOT NULL, source_encoding TEXT NOT NULL, source_sha256 TEXT NOT NULL
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
CREATE TABLE extra_sections (
    leader_id TEXT NOT NULL REFERENCES leaders(id), position INTEGER NOT NULL,
    title TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (leader_id, position)
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
    try:
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
    finally:
        tmp.unlink(missing_ok=True)
    return count


def _insert(db: sqlite3.Connection, r: dict[str, Any]) -> None:
    source = r["source"]
    db.execute(
        "INSERT INTO leaders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            r["id"],
            r["schema_version"],
            r["name"],
            r["headline"],
            r["role"],
            r["company"],
            r["bio"],
            r["summary"],
            source["path"],
            source.get("url"),
            source["format"],
            source["encoding"],
            source["sha256"],
        ),
    )
    rid = r["id"]
    rows: dict[str, list[tuple[Any, ...]]] = {
        "dimensions": [(rid, i, d["name"], d["score"]) for i, d in enumerate(r["dimensions"])],
        "themes": [(rid, i, t) for i, t in enumerate(r["themes"])],
        "principles": [(rid, i, p) for i, p in enumerate(r["principles"])],
        "quotes": [
            (rid, i, q["text"], q["speaker"], q["context"]) for i, q in enumerate(r["quotes"])
        ],
        "extra_sections": [
            (rid, i, s["title"], s["text"]) for i, s in enumerate(r["extra_sections"])
        ],
        "findings": [
            (rid, i, d["severity"], d["code"], d["message"], d["line"], d["field"])
            for i, d in enumerate(r["diagnostics"])
        ],
    }
    for table, values in rows.items():
        if values:
            marks = ", ".join("?" * len(values[0]))
            db.executemany(f"INSERT INTO {table} VALUES ({marks})", values)


def export(
    folder: Path, fmt: str, to: str | None, notes: list[str] | None = None
) -> tuple[int, str]:
    """Write the export; returns (records written, where). ``to`` may name a folder;
    ``notes`` gets what a reader of the export should know (see :func:`write_csv`)."""
    connect(folder, write=False).close()  # no state here: say so before writing anything
    target = _target(folder, fmt, to)
    if fmt == "sqlite":
        assert target is not None
        if in_place(target):
            raise ExportError(f"{target}: not a regular file; a SQLite export needs one")
        return _written(lambda: write_sqlite(folder, rename_target(target)), target)
    writer = {
        "json": write_json,
        "jsonl": write_jsonl,
        "csv": lambda folder, out: write_csv(folder, out, notes),
        "jsonld": write_schema_org,
    }[fmt]
    if target is None:
        return writer(folder, sys.stdout), "<stdout>"
    return _written(lambda: _write_text(folder, writer, target), target)


def _written(write: Callable[[], int], target: Path) -> tuple[int, str]:
    """Run ``write``; a failed write (a full disk, a folder not writable) names the target,
    not the temporary file beside it."""
    try:
        return write(), str(target)
    except BrokenPipeError:  # --to /dev/stdout, and the reader (head) has had enough
        raise
    except OSError as exc:
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from exc


def _write_text(folder: Path, writer: Callable[[Path, TextIO], int], target: Path) -> int:
    with replaced(target) as handle:
        return writer(folder, cast("TextIO", handle))


def _target(folder: Path, fmt: str, to: str | None) -> Path | None:
    """Where the export goes: None for stdout; a folder means leaders.<format> inside it."""
    if to == "-" and fmt == "sqlite":  # a database is a file SQLite seeks in, not a stream
        raise ExportError("a SQLite export cannot go to stdout; give --to FILE or DIR")
    if to is None or to == "-":
        return folder / "leaders.sqlite" if fmt == "sqlite" else None
    path = Path(to)
    if path.is_dir():
        path = path / f"leaders.{fmt}"
    if not path.parent.is_dir():
        raise ExportError(f"{to}: folder {path.parent} does not exist; create it first")
    if _rendered(folder, path):
        raise ExportError(
            f"{path} is a file ingest renders from the folder's state; export elsewhere"
        )
    return path


def _rendered(folder: Path, path: Path) -> bool:
    """A file of the output folder itself (its state or a view): never an export target."""
    inside = folder.resolve()
    target = path.resolve()
    views = {LEADERS, REPORT, REVIEW, STATE, SCHEMA_FILE}
    return (target.parent == inside and target.name in views) or target.parent == inside / RECORDS
