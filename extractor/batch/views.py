"""The files of an output folder, rendered from its state database at the end of every run.

Each file is written whole before it gets its name (a temporary name renamed into place, or a
new record file written unnamed and linked in), so a reader never sees a torn file; every run
renders them all again from the database, so a run killed while rendering is made good by the
next one. Nothing here is ever read back as state.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from itertools import islice
from math import isfinite
from pathlib import Path
from typing import Any

from orjson import Fragment

from extractor.base.atomic import TMP_SUFFIX, write_all, write_atomic
from extractor.base.jsontext import (
    compact_of,
    has_float,
    indented,
    indented_spelled,
    loads,
    spelled,
)
from extractor.batch.sources import STAGED, spooled
from extractor.batch.state import StateError
from extractor.record.folder import LEADERS, RECORDS, REPORT, SCHEMA_FILE, record_path
from extractor.record.slug import SLUG_PATTERN

# The published schema as ``extractor.record.schema.schema_json()`` writes it, kept beside this
# module (tests/test_schema.py holds the two equal): generating it needs the pydantic model, which
# cost every run ~0.1 s of imports for one file that only changes with the model.
SCHEMA_COPY = Path(__file__).with_name(SCHEMA_FILE)


def render(db: sqlite3.Connection, out: Path, head: dict[str, Any]) -> None:
    """records/, leaders.jsonl, report.json and the schema, as the database says."""
    _published(db, out)
    _report(db, out, head)
    write_atomic(out / SCHEMA_FILE, SCHEMA_COPY.read_bytes())


_FLUSH = 1 << 20  # bytes of leaders.jsonl held before they are written
# The published records, sorted by id, as ``state.PUBLISHED`` gives them, with the input each
# comes from and its text's digest (to find the compact JSON the run's worker wrote).
_PUBLISHED = (  # the text as the UTF-8 the database holds: written to a file as it is
    "SELECT r.id, r.input_key, h.sha, CAST(t.json AS BLOB) FROM records r "
    "JOIN history h ON h.id = r.id AND h.version = r.version "
    "JOIN texts t ON t.sha = h.sha ORDER BY r.id"
)
# The same without the texts, for a run that staged its record files and spooled their compact
# JSON: a text is then read only where neither holds it (see ``_Texts``).
_PUBLISHED_SHAS = (  # the texts joined as above (by their index alone): the same records
    "SELECT r.id, r.input_key, h.sha FROM records r "
    "JOIN history h ON h.id = r.id AND h.version = r.version "
    "JOIN texts t ON t.sha = h.sha ORDER BY r.id"
)


def _published(db: sqlite3.Connection, out: Path) -> None:
    """One file per published record (files of records no longer published are deleted) and
    leaders.jsonl, from one pass over the published records, sorted by id.

    The folder is listed once: a record file is compared with the new text only where one
    exists (no ``stat`` per record on a first run), and is written with bare system calls.
    A line of leaders.jsonl is the compact JSON the run's worker wrote of the very text (see
    :meth:`Spool.compact`), when it has it; else the text is read again. A run that staged
    most of its record files reads no text that a staged file and the spool hold between them
    (a first run of 2,000 records: 8 MB of texts not copied out of the database)."""
    folder = out / RECORDS
    folder.mkdir(parents=True, exist_ok=True)
    existing = {entry.name: entry for entry in os.scandir(folder)}
    wanted: set[str] = set()
    taken: set[str] = set()  # staged files renamed into place (listed above under that name)
    spool = spooled(out)
    texts = _Texts(db) if spool is not None and _mostly_staged(db, len(spool.staged)) else None
    query = _PUBLISHED if texts is None else _PUBLISHED_SHAS
    with _Streamed(out / LEADERS, binary=True) as leaders, _RecordFiles(folder) as files:
        lines: list[bytes] = []
        held = 0
        for record_id, key, sha, *text in db.execute(query):
            data: bytes | None = text[0] if text else None
            name = _file_name(out, record_id)
            wanted.add(name)
            found = existing.get(name)
            staged = spool.take_staged(sha) if spool is not None else None
            if found is None and staged is not None and files.moved(staged, name):
                pass  # the staged file, in place: its text need not be read
            else:
                data = data if data is not None else _text(texts, sha)
                if found is None:
                    files.create(name, data)  # its staged file (if any) is gone: written anew
                elif not _holds(found, data):
                    files.replace(name, data, staged)
                else:
                    staged = None  # not needed: removed below
            if staged is not None:
                taken.add(staged.rpartition("/")[2])
            compact = spool.compact(key, sha) if spool is not None else None
            if compact is None:
                compact = compact_of((data or _text(texts, sha)).decode("utf-8"))
            lines.append(compact + b"\n")
            held += len(compact) + 1
            if held >= _FLUSH:
                leaders.write(b"".join(lines))
                lines, held = [], 0
        leaders.write(b"".join(lines))
    for name, entry in existing.items():
        if name in wanted or name in taken:
            continue
        if name.startswith(STAGED) and name.endswith(TMP_SUFFIX):
            # a staged text not renamed into place: unpublished, or a killed run's
            Path(entry.path).unlink(missing_ok=True)
        elif Path(name).suffix == ".json" and entry.is_file():
            Path(entry.path).unlink()


def _mostly_staged(db: sqlite3.Connection, staged: int) -> bool:
    """Whether most published records have a staged file (a first run, or one of many new
    pages): their texts are then read one by one where needed, not all of them in the query.
    Not a run publishing mostly records whose files exist, each compared with its text."""
    if not staged:
        return False
    (published,) = db.execute("SELECT count(*) FROM records").fetchone()
    return bool(staged * 2 >= published)


class _Texts:
    """Record texts read one at a time by digest, for a run that reads few of them."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def get(self, sha: str) -> bytes:
        row = self.db.execute("SELECT CAST(json AS BLOB) FROM texts WHERE sha = ?", (sha,))
        found = row.fetchone()
        if found is None:  # the query joined the texts: not missing unless changed meanwhile
            raise StateError(f"the published text {sha} is missing from the state")
        return bytes(found[0])


def _text(texts: _Texts | None, sha: str) -> bytes:
    """The text of digest ``sha``, where the query gave none (``texts`` is then not None)."""
    assert texts is not None, "the query gave the text"
    return texts.get(sha)


def _file_name(out: Path, record_id: str) -> str:
    """The name of ``record_path(out, record_id)`` (which checks the id), without a path made
    for each of the run's records but those named otherwise (a reserved name)."""
    name = f"{record_id}.json"
    if _PLAIN_ID.fullmatch(record_id) and len(record_id) > _RESERVED_UP_TO:
        return name
    return record_path(out, record_id).name


# An id that ``record_path`` takes as it is: a slug, longer than any reserved name ("com1").
_PLAIN_ID = re.compile(SLUG_PATTERN)
_RESERVED_UP_TO = 4


def _holds(entry: os.DirEntry[str], data: bytes) -> bool:
    try:
        if entry.stat().st_size != len(data):
            return False
        return Path(entry.path).read_bytes() == data
    except OSError:
        return False


class _RecordFiles:
    """Record files written whole with bare system calls, relative to one open directory.

    A file that is not there yet is written as an unnamed file of the folder (``O_TMPFILE``)
    then linked in under its name: a reader never sees it half written, a killed run leaves
    nothing behind, and the folder's entries change once per file instead of twice (a
    temporary name, then a rename). Where the system has no ``O_TMPFILE``, or the name turns
    out to be taken, the file is written to a temporary name and renamed over it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fd = -1
        self.unnamed = hasattr(os, "O_TMPFILE")

    def __enter__(self) -> _RecordFiles:
        self.fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY)
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def create(self, name: str, data: bytes, staged: str | None = None) -> None:
        """``name`` (not there when the folder was listed) holding ``data``; ``staged``: a
        file of this folder already holding ``data`` (staged while the workers parsed), renamed."""
        if staged is not None and self._rename(staged, name):
            return
        if not self.unnamed:
            self.replace(name, data)
            return
        try:
            fd = os.open(".", os.O_WRONLY | os.O_TMPFILE, 0o666, dir_fd=self.fd)
        except OSError:  # a file system (or kernel) without unnamed files
            self.unnamed = False
            self.replace(name, data)
            return
        try:
            write_all(fd, data)
            linked = self._link(fd, name)
        finally:
            os.close(fd)
        if not linked:
            self.replace(name, data)

    def _link(self, fd: int, name: str) -> bool:
        """Give the unnamed file open at ``fd`` its ``name``; False when that cannot be done
        (the name is taken, or no ``/proc`` names open files here: then never again)."""
        try:
            os.link(f"/proc/self/fd/{fd}", name, dst_dir_fd=self.fd)
        except FileExistsError:
            return False
        except OSError:
            self.unnamed = False
            return False
        return True

    def moved(self, staged: str, name: str) -> bool:
        """The file at ``staged`` renamed to ``name`` (not there when the folder was listed);
        False if it is gone (removed by hand)."""
        return self._rename(staged, name)

    def _rename(self, staged: str, name: str) -> bool:
        """The file at ``staged`` renamed to ``name``; False if it is gone (removed by hand)."""
        try:
            os.replace(staged, name, dst_dir_fd=self.fd)
        except FileNotFoundError:
            return False
        return True

    def replace(self, name: str, data: bytes, staged: str | None = None) -> None:
        """``name`` holding ``data``, written to a temporary name and renamed over it (or
        ``staged``, a file of this folder already holding it, renamed over it)."""
        if staged is not None and self._rename(staged, name):
            return
        tmp = f".{name}.{os.getpid()}{TMP_SUFFIX}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666, dir_fd=self.fd)
        try:
            write_all(fd, data)
        finally:
            os.close(fd)
        os.replace(tmp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)


def _report(db: sqlite3.Connection, out: Path, head: dict[str, Any]) -> None:
    """report.json: the run's summary and every input the folder knows, sorted by key. The
    entries are written a few hundred at a time, each batch by one call of orjson."""
    with _Streamed(out / REPORT) as handle:
        handle.write("{")
        for name, value in head.items():
            handle.write(f"\n  {json.dumps(name)}: {_indented(value)},")
        handle.write('\n  "inputs": [')
        entries = report_entries(db)
        first = True
        while batch := list(islice(entries, _REPORT_BATCH)):
            handle.write(("" if first else ",") + _entries_json(batch))
            first = False
        handle.write("\n  ]\n}\n")


_REPORT_BATCH = 500


# What an entry's other key is: the input it duplicates, the one its record moved to (it is
# gone: renamed, or a twin took over), else the one its record moved from.
_OTHER = {"duplicate": "duplicate_of", "removed": "moved_to"}


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
            entry[_OTHER.get(status, "moved_from")] = other
        yield entry


class _Streamed:
    """A file written line by line to a temporary name, renamed into place when complete."""

    def __init__(self, target: Path, *, binary: bool = False) -> None:
        self.target = target
        self.tmp = target.with_name(f".{target.name}.{os.getpid()}{TMP_SUFFIX}")
        self.binary = binary

    def __enter__(self) -> Any:
        if self.binary:
            self.handle: Any = self.tmp.open("wb")
        else:
            self.handle = self.tmp.open("w", encoding="utf-8")
        return self.handle

    def __exit__(self, kind: object, *rest: object) -> None:
        self.handle.close()
        if kind is None:
            self.tmp.replace(self.target)
        else:
            self.tmp.unlink(missing_ok=True)


def _entries_json(entries: list[dict[str, Any]]) -> str:
    """Entries of :func:`report_entries` as report.json lists them (each on lines of its own at
    a 4-space indent, the ones after the first preceded by a comma): ``_indented(entry, level=2)``
    of each. An entry's one float is ``seconds`` (its other values are the database's text,
    integers and booleans, and the findings, checked): spelled as the standard library spells
    it, orjson writes the batch alike in one call."""
    try:
        if has_float([entry["findings"] for entry in entries]):
            raise TypeError("a float in the findings")
        spelt = [{**entry, "seconds": _spelled(entry["seconds"])} for entry in entries]
        text = indented_spelled(spelt)
    except TypeError:  # what orjson refuses: the standard library's way, as ever
        return ",".join("\n    " + _indented(entry, level=2) for entry in entries)
    # '[\n  {...},\n  {...}\n]' without its brackets, two levels deeper
    return text[1:-2].replace("\n", "\n  ")


def _spelled(seconds: Any) -> Any:
    """``seconds`` for :func:`indented_spelled`: a float spelled as ``json.dumps`` spells it
    (``repr``, for a finite one), anything else as it is (checked by orjson's own refusals)."""
    if type(seconds) is float:
        return Fragment(repr(seconds)) if isfinite(seconds) else spelled(seconds)
    if isinstance(seconds, float):
        raise TypeError("a float subclass")
    return seconds


def _indented(value: Any, level: int = 1) -> str:
    """``value`` as 2-space-indented JSON, nested ``level`` deep."""
    return indented(value).replace("\n", "\n" + "  " * level)
