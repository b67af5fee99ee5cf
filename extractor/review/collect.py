"""What the review page shows, gathered from pages, record files or a batch output folder."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any

from extractor.base.config import Config
from extractor.base.errors import Refusal
from extractor.base.findings import Finding
from extractor.base.jsontext import loads, loads_written
from extractor.base.urls import web_url
from extractor.batch.sources import Window, cut, span, spooled
from extractor.batch.state import connect
from extractor.correct.corrections import CorrectionSet
from extractor.load.decode import decode, is_archive, read_bytes
from extractor.pipeline import parse_file
from extractor.record.folder import Status, is_output_folder, status_of
from extractor.record.plain import shown_path
from extractor.record.serialize import record_dict

TYPE_CHECKING = False
if TYPE_CHECKING:
    from extractor.load.warc import Member


class Verdict(StrEnum):
    """What an editor should do with an input, in the order the review page lists them."""

    ERRORS = "errors"
    REFUSED = "refused"
    WARNINGS = "warnings"
    CLEAN = "clean"


STATUS_RANK = {verdict: rank for rank, verdict in enumerate(Verdict)}
REFUSED = Verdict.REFUSED
_VERDICT = {
    Status.OK: Verdict.CLEAN,
    Status.WARNINGS: Verdict.WARNINGS,
    Status.ERRORS: Verdict.ERRORS,
    Status.CONFLICT: Verdict.ERRORS,
    Status.REFUSED: Verdict.REFUSED,
    Status.FAILED: Verdict.REFUSED,
    Status.DUPLICATE: Verdict.WARNINGS,
}
_FINDING_VERDICT = {Status.OK: Verdict.CLEAN, Status.WARNINGS: Verdict.WARNINGS}


@dataclass
class Item:
    """One input as the review page shows it."""

    path: str
    status: Verdict
    record: dict[str, Any] | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)
    reason: str | None = None
    source: list[tuple[int, str]] = field(default_factory=list)
    key: str = ""
    # The record was read from a text orjson writes back alike (``jsontext.loads_written``): its
    # compact JSON needs no search for floats.
    plain: bool = False
    # What the worker that parsed the page prepared of its entry (``batch.sources.shown``, from
    # the payload on): the page shows it as is. The record itself is then not read at all.
    prepared: list[Any] | None = None

    @property
    def provenance(self) -> dict[str, list[int] | str]:
        value = (self.record or {}).get("provenance")
        return value if isinstance(value, dict) else {}

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.get("severity") == severity)

    def guess(self) -> dict[str, Any] | None:
        """The theme-segmentation finding and the raw line it split, for the editor to compare."""
        finding = next(
            (f for f in self.findings if f.get("code") in ("themes-segmented", "themes-split")),
            None,
        )
        if finding is None:
            return None
        raw = dict(self.source).get(finding.get("line") or -1, "")
        return {"line": finding.get("line"), "raw": raw}

    @property
    def url(self) -> str | None:
        """The page's web address to link to: only a plain http(s) URL, whatever the record says."""
        source = (self.record or {}).get("source")
        return web_url(source.get("url")) if isinstance(source, dict) else None


def collect(
    paths: list[str], config: Config, corrections: CorrectionSet | None = None
) -> list[Item]:
    """``corrections`` apply to pages parsed here (an output folder's records carry theirs)."""
    return list(iter_items(paths, config, corrections))


def iter_items(
    paths: list[str], config: Config, corrections: CorrectionSet | None = None
) -> Iterator[Item]:
    """The items of :func:`collect` in path order, each read only when it is reached.

    The review page of 50,000 inputs is written from this, so only one record and its source
    are in memory at a time (the report's entries, which are small, are read up front).
    """
    pending: list[tuple[str, Callable[[], Item]]] = []
    opened: list[_FolderState] = []
    for raw in paths:
        folder = Path(raw)
        if folder.is_dir() and is_output_folder(folder):
            state = _FolderState(folder)
            opened.append(state)
            pending.extend(
                (str(entry["path"]), partial(state.item, entry)) for entry in state.entries()
            )
        else:
            from extractor.validate.gate import expand  # jsonschema: not for an output folder

            for p in expand([raw]):
                if is_archive(str(p)):
                    pending.extend(_archive_items(p, config, corrections))
                else:
                    pending.append((str(p), partial(_from_file, p, config, corrections)))
    pending.sort(key=lambda pair: pair[0])
    try:
        for number, (_, build) in enumerate(pending, start=1):
            item = build()
            item.key = f"r{number}"
            if not item.source and item.prepared is None:
                item.source = _source_window(item)
            yield item
    finally:
        for state in opened:
            state.close()


# Every published text, with the input publishing it, in the order :func:`iter_items` lists
# inputs: by path, then key (SQLite compares text as UTF-8 bytes: code point order, as Python).
_PUBLISHED_BY_PATH = (
    "SELECT i.path, i.key, t.json FROM inputs i JOIN records r ON r.input_key = i.key "
    "JOIN history h ON h.id = r.id AND h.version = r.version JOIN texts t ON t.sha = h.sha "
    "ORDER BY i.path, i.key"
)


class _FolderState:
    """An output folder as its state database knows it, after the last run; one record is read
    at a time. Nothing is read from the folder's rendered files: they are views, and may have
    been edited."""

    def __init__(self, folder: Path) -> None:
        self.db = connect(folder, write=False)
        self.spool = spooled(folder)  # source windows, when this process's run is writing it
        # input key → (id, version) of the record it publishes, and the digest of its text:
        # small, so read up front.
        self.published: dict[str, tuple[str, int]] = {}
        self.shas: dict[str, str | None] = {}
        for key, rid, version, sha in self.db.execute(
            "SELECT r.input_key, r.id, r.version, h.sha FROM records r "
            "LEFT JOIN history h ON h.id = r.id AND h.version = r.version"
        ):
            self.published[key] = (rid, version)
            self.shas[key] = sha
        # The published texts, one at a time in the order the page lists inputs (see _published),
        # read once a page needs its text.
        self.texts: sqlite3.Cursor | None = None
        self.ahead: tuple[str, str, str] | None = None

    def entries(self) -> list[dict[str, Any]]:
        """The inputs the page lists (not those removed), sorted by key, with what it shows of
        each: its key, path, status and findings (the run's notes after the page's own), as
        ``batch.views.report_entries`` gives them; the report's other fields are not read."""
        rows = self.db.execute(
            "SELECT key, path, status, findings, notes FROM inputs WHERE status IS NOT ? "
            "ORDER BY key",
            (_REMOVED,),
        )
        return [
            {"key": key, "path": path, "status": status, "findings": [*loads(f), *loads(n)]}
            for key, path, status, f, n in rows
        ]

    def item(self, entry: dict[str, Any]) -> Item:
        entry_status = _entry_status(entry["status"])
        status = _VERDICT.get(entry_status, Verdict.ERRORS) if entry_status else Verdict.ERRORS
        findings = entry["findings"]
        key = entry["key"]
        shown_own = entry_status in _SHOWN_OWN
        sha = self.shas.get(key)
        if self.spool is not None and sha and not shown_own and status is not REFUSED:
            ready = self.spool.prepared(key, sha)  # what the worker prepared of this text
            if ready is not None and ready[0][1] == len(findings):
                prepared = [ready[1], *ready[0][3:]]
                return Item(entry["path"], status, findings=findings, prepared=prepared)
        found = self.spool.entry(key) if self.spool is not None else None
        text = (
            self._own(key)
            if shown_own
            else self._published(key, str(entry["path"])) or self._own(key)
        )
        record, plain = loads_written(text) if text else (None, False)
        reason = findings[0]["message"] if status is Verdict.REFUSED and findings else None
        item = Item(entry["path"], status, record, findings, reason, plain=plain)
        if self.spool is not None:
            item.source = _spooled_window(item, found.window() if found else None)
        return item

    def _published(self, key: str, path: str) -> str | None:
        """The text ``key`` (read from ``path``) publishes. Items are built in path order (ties
        by key), the order of one query over all published texts: it is read alongside, row by
        row, rather than queried once per item; a text not found where the order puts it is
        looked up."""
        published = self.published.get(key)
        if published is None:
            return None
        if self.texts is None:
            self.texts = self.db.execute(_PUBLISHED_BY_PATH)
            self.ahead = self.texts.fetchone()
        while self.ahead is not None and (self.ahead[0], self.ahead[1]) < (path, key):
            self.ahead = self.texts.fetchone()  # a row no item asks for
        if self.ahead is not None and self.ahead[1] == key:
            text = self.ahead[2]
            self.ahead = self.texts.fetchone()
            return text or None
        row = self.db.execute(
            "SELECT t.json FROM history h JOIN texts t ON t.sha = h.sha "
            "WHERE h.id = ? AND h.version = ?",
            published,
        ).fetchone()
        return str(row[0]) if row and row[0] else None

    def _own(self, key: str) -> str | None:
        row = self.db.execute(
            "SELECT t.json FROM pages p JOIN texts t ON t.sha = p.sha WHERE p.key = ?", (key,)
        ).fetchone()
        return str(row[0]) if row else None

    def close(self) -> None:
        self.db.close()


def _archive_items(
    archive: Path, config: Config, corrections: CorrectionSet | None
) -> list[tuple[str, Callable[[], Item]]]:
    """Each HTML page of a crawl archive, by its URL as ``ingest`` names it (not the archive
    refused as one binary page)."""
    from extractor.load.warc import scan_archive  # only archives pay for warcio

    members = sorted(scan_archive(str(archive)).members.items())
    return [(key, partial(_from_member, member, config, corrections)) for key, member in members]


def _from_member(member: Member, config: Config, corrections: CorrectionSet | None) -> Item:
    from extractor.load.warc import read_member
    from extractor.pipeline import parse_member

    try:
        result = parse_member(read_member(member, config.max_bytes), member, config, corrections)
    except Refusal as refusal:
        return Item(member.key, Verdict.REFUSED, reason=f"{refusal.code}: {refusal.message}")
    record = record_dict(result.data, result.provenance)
    item = Item(member.key, _status(record["diagnostics"]), record, list(record["diagnostics"]))
    item.source = window(result.text, item)  # the archive is no file to read it back from
    return item


def _from_file(path: Path, config: Config, corrections: CorrectionSet | None = None) -> Item:
    """One loose file's item, its path as UTF-8 text (a name that is not UTF-8 is shown with
    escapes, as its record's ``source.path`` is: the page is UTF-8)."""
    item = _read_file(path, config, corrections)
    item.path = shown_path(item.path)
    if item.reason is not None:
        item.reason = shown_path(item.reason)
    return item


def _read_file(path: Path, config: Config, corrections: CorrectionSet | None) -> Item:
    if path.suffix.lower() == ".json":
        return _from_record_file(path)
    try:
        result = parse_file(str(path), None, config, corrections)
    except Refusal as refusal:
        return Item(str(path), Verdict.REFUSED, reason=f"{refusal.code}: {refusal.message}")
    record = record_dict(result.data, result.provenance)
    return Item(str(path), _status(record["diagnostics"]), record, list(record["diagnostics"]))


def _from_record_file(path: Path) -> Item:
    """A record file, shown only when it meets the published schema: the page renders fields
    by their types, and a hand-edited file may have anything in them."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return Item(str(path), Verdict.REFUSED, reason=f"not a readable record: {exc}")
    from extractor.validate.gate import record_problems

    problems = record_problems(record)
    if problems:
        reason = f"not a valid record ({problems[0]}); run 'extractor validate {path}'"
        return Item(str(path), Verdict.REFUSED, reason=reason)
    findings = list(record.get("diagnostics", []))
    return Item(str(path), _status(findings), record, findings)


def _status(findings: list[dict[str, Any]]) -> Verdict:
    parsed = [f for f in map(Finding.from_json, findings) if f is not None]
    return _FINDING_VERDICT.get(status_of(parsed), Verdict.ERRORS)


_STATUSES = {status.value: status for status in Status}
_SHOWN_OWN = frozenset({Status.CONFLICT, Status.DUPLICATE})  # shown with what they give now
_REMOVED = Status.REMOVED.value  # an input gone from its folder: not listed


def _entry_status(value: Any) -> Status | None:
    return _STATUSES.get(value) if isinstance(value, str) else None


def _source_window(item: Item) -> list[tuple[int, str]]:
    """The source lines the record came from (with a margin), decoded as the parser decoded them."""
    source = (item.record or {}).get("source") or {}
    path = source.get("path") if isinstance(source, dict) else None
    if not isinstance(path, str):
        return []
    try:
        data = read_bytes(path)  # refuses what is not a readable regular file
        if hashlib.sha256(data).hexdigest() != source.get("sha256"):
            return []  # not the page the record came from (edited since, or any other file)
        text = decode(data, html=source.get("format") == "html").text
    except Refusal:
        return []
    return window(text, item)


def window(text: str, item: Item) -> list[tuple[int, str]]:
    """The lines of ``text`` around every line ``item``'s record and findings point to."""
    cut_out = cut(text, _marks(item), "")
    return list(enumerate(cut_out.lines, start=cut_out.first))


def _spooled_window(item: Item, found: Window | None) -> list[tuple[int, str]]:
    """The window a worker of this run cut from the very bytes the record came from, when the
    record and findings shown mark the same lines; else none (the file is read instead)."""
    if found is None or not found.lines:
        return []
    source = (item.record or {}).get("source")
    if not isinstance(source, dict) or source.get("sha256") != found.sha256:
        return []
    if span(found.count, _marks(item)) != (found.first, found.first + len(found.lines) - 1):
        return []
    return list(enumerate(found.lines, start=found.first))


def _marks(item: Item) -> list[int]:
    marks = list(chain.from_iterable(s for s in item.provenance.values() if isinstance(s, list)))
    return marks + [f["line"] for f in item.findings if isinstance(f.get("line"), int)]
