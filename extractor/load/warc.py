"""Crawl archives (WARC): many fetched pages in one file, each with its URL and HTTP headers.

Two passes, both streaming: :func:`scan_archive` walks the archive once and notes where each HTML
response starts (its byte offset), counting everything else; :func:`read_member` later seeks to
one offset and reads that page alone. So a batch run holds a few numbers per page, never the
pages, and its workers read their pages in parallel from the same file.

Damage stays local: a truncated record, or garbage between records, becomes one unreadable
member with a clear reason, and the scan resumes at the next record it can find.
"""

from __future__ import annotations

import gzip
import os
import re
import threading
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any

from extractor.base.errors import Refusal

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# What an archive holds besides pages, as counted in the report (never parsed).
SKIP_COUNTS = ("not_html", "redirects", "errors", "revisits", "other", "superseded")

_CHUNK = 1 << 16
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_START = b"WARC/1."
_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([A-Za-z0-9._:()+-]{1,40})", re.IGNORECASE)
_HTML_HEAD = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S)


@dataclass(frozen=True, slots=True)
class Member:
    """One HTML response in an archive: where it starts, and what the crawler knew about it.

    ``key`` is the input's name in reports: the target URI, or ``ARCHIVE@OFFSET`` for damage
    whose URI could not be read. ``error`` is set when the scan already found it unreadable.
    """

    archive: str
    offset: int
    key: str
    url: str | None = None
    charset: str | None = None
    whole_gzip: bool = False
    error: str | None = None
    length: int = 0  # the record's bytes (decompressed for a whole-file gzip); 0: unknown


def preferred(earlier: Member | None, later: Member) -> Member:
    """Of two captures of one URL, the later, unless it is damaged and the earlier is whole: a
    truncated re-crawl must not take the place of a page that reads."""
    if earlier is not None and later.error and not earlier.error:
        return earlier
    return later


@dataclass
class Scan:
    """An archive's pages (by key, the last whole capture of a URL winning) and what else it
    held."""

    archive: str
    members: dict[str, Member] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, member: Member) -> None:
        if member.key in self.members:
            self.counts["superseded"] += 1
        self.members[member.key] = preferred(self.members.get(member.key), member)

    def damaged(self, offset: int, reason: str, whole_gzip: bool = False) -> None:
        key = f"{self.archive}@{offset}"
        self.add(Member(self.archive, offset, key, whole_gzip=whole_gzip, error=reason))

    def summary(self) -> dict[str, int]:
        """Counts for the report: pages found, damaged records, and every kind of skip."""
        damaged = sum(1 for m in self.members.values() if m.error)
        return {
            "pages": len(self.members) - damaged,
            "damaged": damaged,
            **{name: self.counts[name] for name in SKIP_COUNTS},
        }


def scan_archive(path: str) -> Scan:
    """Every HTML response's offset, in one streaming pass. Never raises: damage is a member."""
    scan = Scan(path)
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - a binary handle for warcio
            start: int | None = 0
            while start is not None:
                start = _scan_from(handle, start, scan)
    except _WholeGzip:
        scan = Scan(path)
        _scan_whole_gzip(path, scan)
    except OSError as exc:
        scan.damaged(0, f"cannot read {path}: {exc.strerror or exc}")
    return scan


class _WholeGzip(Exception):
    """The archive is one gzip stream rather than one gzip member per record."""


def _scan_from(handle: IO[bytes], start: int, scan: Scan) -> int | None:
    """Scan from byte ``start``; after damage, note it and return where to resume (or None)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    handle.seek(start)
    iterator = ArchiveIterator(handle)
    end = start
    try:
        for record in iterator:
            head, truncated = _drain(record)
            offset = iterator.get_record_offset()  # absolute: warcio starts from tell()
            length = iterator.get_record_length()
            end = offset + length
            _note(scan, record, offset, head, truncated=truncated, length=length)
    except ArchiveLoadFailed as exc:
        if "non-chunked gzip" in str(exc):
            raise _WholeGzip from None
        return _resume_after(handle, scan, end, _first_line(str(exc)))
    except (EOFError, zlib.error, OSError, ValueError) as exc:
        return _resume_after(handle, scan, end, f"{type(exc).__name__}: {exc}")
    handle.seek(end)
    if handle.read(_CHUNK).strip(b"\x00\r\n\t "):
        scan.damaged(end, "the archive ends inside a record (truncated?); that record is lost")
    return None


def _resume_after(handle: IO[bytes], scan: Scan, end: int, reason: str) -> int | None:
    scan.damaged(end, f"unreadable WARC data at byte {end}: {reason}")
    return _next_record(handle, end + 1)


def _next_record(handle: IO[bytes], position: int) -> int | None:
    """The next byte that starts a gzip member or a WARC record header, searched in chunks."""
    handle.seek(position)
    overlap = b""
    base = position
    while chunk := handle.read(_CHUNK):
        data = overlap + chunk
        hits = [i for i in (data.find(_GZIP_MAGIC), data.find(b"\n" + _WARC_START)) if i >= 0]
        if hits:
            at = min(hits)
            return base + at + (1 if data[at : at + 1] == b"\n" else 0)
        overlap = data[-8:]
        base += len(data) - len(overlap)
    return None


def _scan_whole_gzip(path: str, scan: Scan) -> None:
    """A whole-file gzip WARC: offsets are in the decompressed stream; no resuming after damage."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    end = 0
    try:
        with gzip.open(path, "rb") as handle:
            iterator = ArchiveIterator(handle)
            for record in iterator:
                head, truncated = _drain(record)
                offset = iterator.get_record_offset()
                length = iterator.get_record_length()
                end = offset + length
                _note(
                    scan, record, offset, head, truncated=truncated, whole_gzip=True, length=length
                )
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        reason = f"unreadable WARC data after byte {end} (decompressed): {_first_line(str(exc))}"
        scan.damaged(end, reason, whole_gzip=True)


def _drain(record: Any) -> tuple[bytes, bool]:
    """Skip a record's block (constant memory); (its first bytes if they decide its kind, was it
    cut short). The raw block is skipped, never decompressed: a compression bomb in an image
    costs the scan nothing, and only the page a worker reads is ever decoded."""
    head = b""
    http = record.http_headers
    if record.rec_type == "response" and http is not None and not http.get_header("Content-Type"):
        head = record.content_stream().read(1024)  # untyped: sniffed, as browsers do
    while record.raw_stream.read(_CHUNK):
        pass
    return head, record.raw_stream.limit > 0


def _note(
    scan: Scan,
    record: Any,
    offset: int,
    head: bytes,
    *,
    truncated: bool,
    whole_gzip: bool = False,
    length: int = 0,
) -> None:
    kind = _kind(record, head)
    if kind != "page":
        scan.counts[kind] += 1
        return
    url = str(record.rec_headers.get_header("WARC-Target-URI") or "").strip() or None
    key = url or f"{scan.archive}@{offset}"
    error = None
    if truncated:
        error = f"truncated WARC record at byte {offset}: its payload ends early"
    charset = _charset(record.http_headers.get_header("Content-Type") or "")
    scan.add(Member(scan.archive, offset, key, url, charset, whole_gzip, error, length))


def _kind(record: Any, head: bytes) -> str:
    """``page`` for a successful HTML response; else which count it goes to."""
    if record.rec_type == "revisit":
        return "revisits"
    http = record.http_headers
    if record.rec_type != "response" or http is None:
        return "other"
    try:
        status = int(http.get_statuscode() or 0)
    except ValueError:
        return "other"
    if 300 <= status < 400:
        return "redirects"
    if status >= 400:
        return "errors"
    if not 200 <= status < 300:
        return "other"
    media = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media in PAGE_TYPES or (not media and _HTML_HEAD.match(head)):
        return "page"
    return "not_html"


def _charset(content_type: str) -> str | None:
    found = _CHARSET.search(content_type)
    return found.group(1).lower() if found else None


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "damaged data")


def read_member(member: Member, max_bytes: int) -> bytes:
    """The page's payload (HTTP body, transfer and content encodings undone).

    Raises :class:`Refusal` (``bad-archive``, ``too-large``) and nothing else.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.limitreader import LimitReader

    if member.error:
        raise Refusal("bad-archive", f"{member.archive}: {member.error}")
    where = f"{member.archive} at byte {member.offset}"
    try:
        with _opened(member) as handle:
            handle.seek(member.offset)
            stream = LimitReader(handle, member.length) if member.length else handle
            record = next(iter(ArchiveIterator(stream)), None)
            if record is None or (
                member.url and record.rec_headers.get_header("WARC-Target-URI") != member.url
            ):
                raise Refusal("bad-archive", f"{where}: no longer the record the scan found")
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                raise Refusal(
                    "too-large", f"{where}: the page is over the limit of {max_bytes:,} bytes"
                )
            if record.raw_stream.limit > 0:
                raise Refusal("bad-archive", f"{where}: truncated record")
            return bytes(data)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        raise Refusal("bad-archive", f"{where}: {_first_line(str(exc))}") from None


class _GzipCursor:
    """One whole-file gzip archive kept open between reads, in this process.

    A gzip stream cannot seek: reaching byte N means decompressing the N bytes before it. Opening
    the archive afresh for each page made a run over one whole-file gzip WARC quadratic (800
    pages: 96 s). Pages are read in the order the scan found them, and each read stops at its
    record's end (``Member.length``), so keeping the stream open makes the next seek a short
    step forward and the whole run one pass over the archive. A seek backwards (another order,
    another archive) reopens it, as before.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.identity: tuple[str, int, int] | None = None
        self.handle: gzip.GzipFile | None = None

    @contextmanager
    def at(self, path: str) -> Iterator[gzip.GzipFile]:
        with self.lock:
            stat = os.stat(path)  # noqa: PTH116 - the file's identity, to notice a rewrite
            identity = (path, stat.st_mtime_ns, stat.st_size)
            if self.handle is None or identity != self.identity:
                self.close()
                self.handle = gzip.open(path, "rb")  # noqa: SIM115 - kept open on purpose
                self.identity = identity
            try:
                yield self.handle
            except BaseException:
                self.close()  # its position is unknown after a failure
                raise

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
        self.handle = None
        self.identity = None


_CURSOR = _GzipCursor()


@contextmanager
def _opened(member: Member) -> Iterator[IO[bytes] | gzip.GzipFile]:
    """A binary handle on the member's archive: a plain file, or the kept gzip stream."""
    if member.whole_gzip:
        with _CURSOR.at(member.archive) as handle:
            yield handle
    else:
        with open(member.archive, "rb") as handle:  # noqa: PTH123 - a binary handle for warcio
            yield handle


def find_member(path: str, url: str) -> Member:
    """The (last) HTML response for ``url`` in the archive at ``path``; Refusal if none."""
    if not os.path.isfile(path):  # noqa: PTH113 - a plain check on a user's path
        raise Refusal("unreadable", f"no such file: {path}")
    scan = scan_archive(path)
    member = scan.members.get(url)
    if member is None:
        pages = scan.summary()["pages"]
        raise Refusal(
            "not-found", f"{path} has no HTML response for {url} (it has {pages} HTML pages)"
        )
    return member
