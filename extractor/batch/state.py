"""What an output folder remembers between runs: one SQLite database, ``DIR/state.sqlite``.

Tables: ``inputs`` (one row per input key: its bytes' digest, the config fingerprint and tool
version that read them, what the page gave and what became of it), ``pages`` (the record each
input's page gives), ``texts`` (every record text those tables refer to, once, by its
digest), ``chips`` (what each input's themes say of the site's tag vocabulary, see
:mod:`extractor.batch.vocabulary`), ``records`` (the published record for each id, the input it
came from and its version), ``history`` (every published version of every record, with its
text's digest, and its unpublishing), and ``retired`` (each id unpublished, with the identity
it had: kept for that leader). A record text is stored once however many rows refer to
it: a page's record and the version published from it are usually the same text. Writes are
transactions in WAL mode, so a killed run leaves the last committed state; a lock file lets one
run at a time write the folder. Everything else in the folder is a view rendered from here;
nothing is ever read back from those files.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from extractor.record.folder import STATE

LOCK = ".state.lock"
_HELD: list[int] = []  # the lock's file descriptor while held, for forked workers to let go of
FORMAT = "2"  # of this database; format 1 is upgraded in place, any other is refused
PUBLISHED = (  # the published records, sorted by id: (id, JSON)
    "SELECT r.id, t.json FROM records r JOIN history h ON h.id = r.id AND h.version = r.version "
    "JOIN texts t ON t.sha = h.sha ORDER BY r.id"
)
_POLL = 0.1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inputs (
    key TEXT PRIMARY KEY,          -- where it came from: path relative to its root (or a URL)
    root TEXT NOT NULL,            -- the folder the key is relative to, resolved
    path TEXT NOT NULL,            -- the path it was read from in the last run that read it
    sha256 TEXT,                   -- of its bytes; NULL when they could not be read
    fingerprint TEXT NOT NULL,     -- tool version + config that gave the outcome below
    outcome TEXT NOT NULL,         -- the page alone: ok, warnings, errors, refused, failed
    base_id TEXT,                  -- the id its name implies
    identity TEXT,                 -- who it is about: name slug + company slug
    content TEXT,                  -- digest of the record without its page-only parts
    findings TEXT NOT NULL,        -- the page's findings (JSON list)
    seconds REAL NOT NULL,
    run INTEGER NOT NULL,          -- the last run that saw it
    status TEXT,                   -- what became of it in the run: see record.folder.Status
    record_id TEXT,
    change TEXT,
    notes TEXT NOT NULL DEFAULT '[]', -- findings of the run about it (duplicate, conflict, ...)
    other TEXT,                    -- the input it duplicates, or the key it was renamed from
    reused INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS pages (  -- apart from inputs: a verdict update stays a small write
    key TEXT PRIMARY KEY,          -- an input key whose page gave a record
    sha TEXT NOT NULL              -- the record as the page gives it: its text in texts
);
CREATE TABLE IF NOT EXISTS texts (  -- record texts (canonical JSON), each stored once
    sha TEXT NOT NULL UNIQUE,      -- sha256 of the text (see text_sha)
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chips (  -- what each read input's themes say of the vocabulary
    key TEXT PRIMARY KEY,          -- an input key (every input read gets a row)
    plain TEXT,                    -- its chips when none needed splitting (JSON list), else NULL
    lines TEXT NOT NULL,           -- the theme lines the splitter cut (JSON list)
    used TEXT NOT NULL,            -- vocabulary chips its stored outcome was parsed with (JSON)
    vocabulary TEXT                -- digest of the vocabulary ``used`` was chosen from, if any
);
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    input_key TEXT NOT NULL,
    version INTEGER NOT NULL,      -- the version published: its JSON is in history
    content TEXT NOT NULL          -- digest of the record without its page-only parts
);
CREATE TABLE IF NOT EXISTS history (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    run INTEGER NOT NULL,
    event TEXT NOT NULL,           -- published, changed, moved, removed
    input_key TEXT,
    sha TEXT,                      -- the version published: its text in texts (NULL: unpublished)
    PRIMARY KEY (id, version)
);
CREATE TABLE IF NOT EXISTS retired (  -- ids unpublished, kept for their leaders' return
    id TEXT PRIMARY KEY,
    identity TEXT NOT NULL         -- as the input that published it last gave it
);
CREATE TABLE IF NOT EXISTS runs (
    run INTEGER PRIMARY KEY,
    started REAL NOT NULL,
    finished REAL,
    fingerprint TEXT NOT NULL
);
"""


class StateError(Exception):
    """The folder's state cannot be used: locked by another run, or not a state database."""


@contextmanager
def locked(out: Path, wait: float) -> Iterator[None]:
    """Hold the folder's write lock; wait up to ``wait`` seconds for another run to finish.

    An OS lock (flock) on ``DIR/.state.lock``: released by the kernel when its holder dies, so a
    killed run never leaves the folder locked.
    """
    out.mkdir(parents=True, exist_ok=True)
    handle = (out / LOCK).open("a+", encoding="utf-8")
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StateError(_busy(out, handle)) from None
                time.sleep(_POLL)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        _HELD.append(handle.fileno())
        yield
    finally:
        if handle.fileno() in _HELD:
            _HELD.remove(handle.fileno())
        handle.close()


def forget_inherited_lock() -> None:
    """In a forked worker: close this process's copy of the lock's descriptor.

    A flock belongs to the open file, which a fork shares; a worker that kept its copy would
    keep the folder locked after its parent was killed, until the worker itself exited.
    """
    for descriptor in _HELD:
        with suppress(OSError):
            os.close(descriptor)
    _HELD.clear()


def _busy(out: Path, handle: Any) -> str:
    handle.seek(0)
    holder = handle.read().strip()
    who = f" (pid {holder})" if holder.isdigit() else ""
    return (
        f"{out} is being written by another extractor run{who}; try again when it has "
        "finished, or pass --wait SECONDS to wait for it"
    )


def connect(out: Path, *, write: bool) -> sqlite3.Connection:
    """The folder's database, checked to be ours. Read-only connections see one snapshot."""
    path = out / STATE
    if not write and not path.is_file():
        raise StateError(f"{out}: no {STATE} here; run 'extractor ingest --out {out} ...' first")
    try:
        if write:
            db = sqlite3.connect(path, isolation_level=None)
            # Pages of 16 KB for a new database (an existing one keeps its own): a record text
            # (~4 KB) fits one page, not a page and its overflow, and a first run writes its WAL
            # and checkpoint in a quarter of the system calls (~25% less CPU for the state).
            db.execute(f"PRAGMA page_size={_PAGE_SIZE}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            # Checkpoint the WAL (copy it into the database, with an fsync) every 64 MB rather
            # than every 4 MB: a first run of 50,000 records writes a few hundred MB.
            db.execute("PRAGMA wal_autocheckpoint=16384")
            _memory(db)
            # The tables made (if need be) in one transaction: one commit, not one per table.
            db.executescript(f"BEGIN IMMEDIATE; {SCHEMA} COMMIT;")
            _check_format(db, path, create=True)
        else:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            _memory(db)
            _check_format(db, path, create=False)
    except sqlite3.DatabaseError as exc:
        raise StateError(
            f"{path}: not a usable state database ({exc}); move it away to start the folder "
            "afresh from its inputs"
        ) from None
    return db


_PAGE_SIZE = 16384
_CACHE_KB = 65536  # of pages per connection: a run's rows are read back without a system call
_MMAP_BYTES = 1 << 28  # the database file is read through a memory map up to this size


def _memory(db: sqlite3.Connection) -> None:
    """A page cache the size of a few thousand records' rows (SQLite's default is 2 MB: a
    first run of 2,000 records read its own rows back from the file, page by page), and the
    database file mapped rather than read with a system call per page."""
    db.execute(f"PRAGMA cache_size=-{_CACHE_KB}")
    db.execute(f"PRAGMA mmap_size={_MMAP_BYTES}")


def _check_format(db: sqlite3.Connection, path: Path, *, create: bool) -> None:
    row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
    if row is None and create:
        db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
    elif row is not None and row[0] == "1" and create:
        _upgrade_from_1(db)
    elif row is not None and row[0] == "1":
        raise StateError(
            f"{path}: state format 1, written by an older version of this tool; run "
            f"'extractor ingest --out {path.parent} ...' once to upgrade it"
        )
    elif row is None or row[0] != FORMAT:
        found = row[0] if row else "none"
        raise StateError(f"{path}: state format {found}, this tool reads format {FORMAT}")


def text_sha(text: str) -> str:
    """The key of a record text in the ``texts`` table."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _upgrade_from_1(db: sqlite3.Connection) -> None:
    """Format 1 held every record text inline, in ``pages.record`` and ``history.json``: move
    them to ``texts``, in one transaction (a kill leaves format 1, upgraded by the next run).
    The ``texts`` table itself was made by the schema script, as for a new folder."""
    db.create_function("text_sha", 1, text_sha, deterministic=True)
    with transaction(db):
        for statement in _UPGRADE_FROM_1:
            db.execute(statement)


_UPGRADE_FROM_1 = (
    "INSERT OR IGNORE INTO texts (sha, json) SELECT text_sha(record), record FROM pages",
    "INSERT OR IGNORE INTO texts (sha, json) "
    "SELECT text_sha(json), json FROM history WHERE json IS NOT NULL",
    "CREATE TABLE pages_2 (key TEXT PRIMARY KEY, sha TEXT NOT NULL)",
    "INSERT INTO pages_2 SELECT key, text_sha(record) FROM pages",
    "DROP TABLE pages",
    "ALTER TABLE pages_2 RENAME TO pages",
    "CREATE TABLE history_2 (id TEXT NOT NULL, version INTEGER NOT NULL, run INTEGER NOT NULL, "
    "event TEXT NOT NULL, input_key TEXT, sha TEXT, PRIMARY KEY (id, version))",
    "INSERT INTO history_2 SELECT id, version, run, event, input_key, "
    "CASE WHEN json IS NULL THEN NULL ELSE text_sha(json) END FROM history",
    "DROP TABLE history",
    "ALTER TABLE history_2 RENAME TO history",
    "UPDATE meta SET value = '2' WHERE name = 'format'",
)


def forget_texts(db: sqlite3.Connection) -> None:
    """Inside a transaction: drop the texts no page and no published version refers to."""
    db.execute(
        "DELETE FROM texts WHERE sha NOT IN (SELECT sha FROM pages) "
        "AND sha NOT IN (SELECT sha FROM history WHERE sha IS NOT NULL)"
    )


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: a kill inside leaves the state as it was before."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
