"""A resolution plan into the state database: verdicts, then unpublished records, then
published ones, each with an entry in the history. Set-based, so a 50,000-record first run costs
a few bulk statements, and a re-run where nothing changed costs almost nothing."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from extractor.batch.identity import Plan, Published
from extractor.batch.state import text_sha
from extractor.record.serialize import to_json
from extractor.record.slug import slugify

_BATCH = 500


@dataclass(frozen=True, slots=True)
class _Target:
    identity: str
    record_id: str
    key: str
    previous: Published | None


def apply(
    db: sqlite3.Connection,
    plan: Plan,
    before: dict[str, Published],
    run: int,
    *,
    trust_reused: bool = True,
) -> None:
    """Inside the caller's transaction: the state after the run, as ``plan`` says.

    ``trust_reused``: the last run finished, so an input found unchanged (read before, not
    again) publishes what it published then. Not after a killed run: that run may have stored
    new outcomes (a page now read from another path, a config change) and died before
    publishing them, so every record is compared with its page's stored outcome."""
    _verdicts(db, plan)
    versions = _History(db, run)
    # A record whose leader's identity changed (an editor corrected the company) but whose
    # page still publishes it under its id goes on: "changed", not "removed" then "published".
    owners = {(record_id, key) for record_id, key in plan.publish.values()}
    continued: set[str] = set()
    leaving: list[tuple[str, str]] = []
    for identity, gone in sorted(before.items()):
        now = plan.publish.get(identity)
        if now is None or now[0] != gone.id:
            db.execute("DELETE FROM records WHERE id = ?", (gone.id,))
            if (gone.id, gone.input_key) in owners:
                continued.add(gone.id)
            else:
                versions.add(gone.id, "removed", gone.input_key, None)
                leaving.append((gone.id, identity))
    targets = [
        _Target(identity, record_id, key, before.get(identity))
        for identity, (record_id, key) in sorted(plan.publish.items())
        if identity not in plan.kept
    ]
    reused = (
        dict(db.execute("SELECT key, reused FROM inputs WHERE reused = 1").fetchall())
        if trust_reused
        else {}
    )
    rows = []
    pages = _Pages(db)
    for target in targets:
        previous = target.previous
        in_place = (
            previous is not None
            and previous.id == target.record_id
            and previous.input_key == target.key
        )
        if in_place and target.key in reused:
            continue  # neither the page nor the config changed: nor can the record
        row = _published_row(
            db, target, in_place, versions, pages, continued=target.record_id in continued
        )
        if row is not None:
            rows.append(row)
    versions.flush()
    db.executemany(
        "INSERT OR REPLACE INTO records (id, identity, input_key, version, content) "
        "VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    # The identity as its input gave it (its page's own id, which an editor's name correction
    # leaves as it was), not remade from the text: a returning leader is found by it.
    db.executemany("INSERT OR REPLACE INTO retired (id, identity) VALUES (?, ?)", leaving)
    back = {rid for (rid,) in db.execute("SELECT id FROM retired")} & {row[0] for row in rows}
    db.executemany("DELETE FROM retired WHERE id = ?", [(rid,) for rid in back])


def _verdicts(db: sqlite3.Connection, plan: Plan) -> None:
    """Each input's verdict, written only where it differs from the one stored: read and
    written a batch of keys at a time, so a 50,000-input run never holds them all twice."""
    after = ""
    while True:
        batch = db.execute(
            "SELECT key, status, record_id, change, other, notes FROM inputs WHERE key > ? "
            "ORDER BY key LIMIT ?",
            (after, _BATCH),
        ).fetchall()
        if not batch:
            return
        rows = []
        for key, *before in batch:
            v = plan.verdicts.get(key)
            if v is None:
                continue
            notes = (
                json.dumps([f.to_json() for f in v.notes], ensure_ascii=False) if v.notes else "[]"
            )
            verdict = (v.status.value, v.record_id, v.change, v.other, notes)
            if tuple(before) != verdict:
                rows.append((*verdict, key))
        _write_verdicts(db, rows)
        after = batch[-1][0]


def _write_verdicts(db: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    db.executemany(
        "UPDATE inputs SET status = ?, record_id = ?, change = ?, other = ?, notes = ? "
        "WHERE key = ?",
        rows,
    )


class _Pages:
    """Each page's record (its text's digest, the head of that text) and content digest, read
    in one query rather than one per record published; the whole text only when it is to be
    published under another id than its own."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.found: dict[str, tuple[str, str, str]] | None = None  # read on first use

    def get(self, key: str, record_id: str) -> tuple[str, str, str | None]:
        """The digest and content of ``key``'s record, and its text under ``record_id``
        when that is not its own (None: the page's text as it is)."""
        if self.found is None:
            self.found = {
                key: (sha, head, content)
                for key, sha, head, content in self.db.execute(
                    "SELECT p.key, p.sha, substr(t.json, 1, ?), i.content FROM pages p "
                    "JOIN texts t ON t.sha = p.sha JOIN inputs i ON i.key = p.key",
                    (_HEAD,),
                )
            }
        sha, head, content = self.found[key]
        if _names(head, record_id):
            return sha, content, None
        (text,) = self.db.execute("SELECT json FROM texts WHERE sha = ?", (sha,)).fetchone()
        published = _with_id(text, record_id)
        return sha, content, None if published is text else published


_HEAD = 400  # characters of a record's text that hold its id


def _published_row(
    db: sqlite3.Connection,
    target: _Target,
    in_place: bool,
    versions: _History,
    pages: _Pages,
    *,
    continued: bool,
) -> tuple[str, str, str, int, str] | None:
    """The records row for ``target`` (and its history entry), or None when nothing changed.
    ``continued``: its id was published from its page under another identity until now."""
    sha, content, published = pages.get(target.key, target.record_id)
    if published is not None:  # published under another id: a text of its own
        sha = text_sha(published)
        db.execute("INSERT OR IGNORE INTO texts (sha, json) VALUES (?, ?)", (sha, published))
    previous = target.previous
    if in_place and published_sha(db, target.record_id) == sha:
        return None
    if continued:
        event = "changed"
    elif previous is None or previous.id != target.record_id:
        event = "published"
    elif previous.input_key != target.key and previous.content == content:
        event = "moved"
    else:
        event = "changed"
    version = versions.add(target.record_id, event, target.key, sha)
    return (target.record_id, target.identity, target.key, version, content)


# Each id whose last event is "removed", with the identity it had when it was (a table kept
# as records are unpublished and published again: no history text is read).
_RETIRED = (
    "SELECT r.identity, r.id FROM retired r WHERE (SELECT event FROM history h "
    "WHERE h.id = r.id ORDER BY h.version DESC LIMIT 1) = 'removed'"
)
# Ids unpublished before that table was kept, with the text they were last published with.
_RETIRED_BEFORE = (
    "SELECT t.json FROM history h JOIN history p ON p.id = h.id AND p.version = h.version - 1 "
    "JOIN texts t ON t.sha = p.sha WHERE h.event = 'removed' AND h.version = "
    "(SELECT max(version) FROM history x WHERE x.id = h.id) "
    "AND h.id NOT IN (SELECT id FROM retired)"
)


def retired(db: sqlite3.Connection) -> dict[str, str]:
    """Identity → id of every record unpublished and not published since: ids kept for the
    leaders who had them (an id once published stays with its leader). Those unpublished by
    an older version of this tool have their identity remade from their last published text
    as a page's is (its name's slug and its company's)."""
    found: dict[str, str] = {}
    for (text,) in db.execute(_RETIRED_BEFORE):
        record = json.loads(text)
        company = slugify(record["company"]) if record.get("company") else ""
        found[f"{slugify(record['name'])}\x00{company}"] = record["id"]
    found.update(db.execute(_RETIRED).fetchall())
    return found


def published_sha(db: sqlite3.Connection, record_id: str) -> str | None:
    """The digest of the published text of ``record_id`` (its key in ``texts``), if any."""
    row = db.execute(
        "SELECT h.sha FROM records r JOIN history h ON h.id = r.id AND h.version = r.version "
        "WHERE r.id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def _names(head: str, record_id: str) -> bool:
    """Whether a record text starting with ``head`` has the id ``record_id``: the usual case,
    told without parsing (the id is the record's second key)."""
    return f'\n  "id": "{record_id}",\n' in head[:_HEAD]


def _with_id(text: str, record_id: str) -> str:
    """The record as the page gives it, under the id it is published as."""
    if _names(text, record_id):
        return text
    record = json.loads(text)
    record["id"] = record_id
    return to_json(record)


class _History:
    """Entries for the history table, numbered per id, written in one statement."""

    def __init__(self, db: sqlite3.Connection, run: int) -> None:
        self.db = db
        self.run = run
        self.last: dict[str, int] = dict(
            db.execute("SELECT id, max(version) FROM history GROUP BY id").fetchall()
        )
        self.rows: list[tuple[str, int, int, str, str | None, str | None]] = []

    def add(self, record_id: str, event: str, key: str | None, sha: str | None) -> int:
        """A version of ``record_id``; ``sha``: its text in ``texts`` (None: unpublished)."""
        version = self.last.get(record_id, 0) + 1
        self.last[record_id] = version
        self.rows.append((record_id, version, self.run, event, key, sha))
        if len(self.rows) >= _BATCH:
            self.flush()
        return version

    def flush(self) -> None:
        self.db.executemany("INSERT INTO history VALUES (?, ?, ?, ?, ?, ?)", self.rows)
        self.rows = []
