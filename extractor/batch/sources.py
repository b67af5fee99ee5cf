"""The source lines the review page shows beside each record, cut while a worker holds the text.

The review page shows, for every input, the lines of its page that the record and its findings
point to (with a margin). Reading them back at the end of a run meant reading, hashing and
decoding every source a second time (for a 50 KB HTML page, more than the rest of its review
entry). A worker that has just parsed a page has its decoded text: it cuts the window there, and
the run spools it to a temporary file in the output folder (:class:`Spool`; an offset per input
key in memory), for the review page written at the end of that run. With the window, the worker
writes the rest of the page's review entry from the record it holds (:func:`shown`), so the
review page neither reads nor re-serialises the record. Worker processes write their entries to
files of their own (:class:`SpoolWriter`) and send back only where they are.

A spooled window is only a cache of what re-reading the file gives: the review page uses it when
the record it shows came from the very bytes the worker read (same sha256) and the record's
lines give the same window; otherwise it reads the file, as it always did. A prepared entry is
used only for the very record text and findings the state holds. The spool is never state: a
killed run's is removed by the next run with the other temporary files.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from extractor.base.atomic import TMP_SUFFIX, write_all
from extractor.base.urls import web_url
from extractor.record.folder import RECORDS

MARGIN = 3  # lines shown either side of the lines a record points to
MAX_LINES = 400
MAX_CHARS = 1200  # a longer line is cut, with "…"


@dataclass(frozen=True, slots=True)
class Window:
    """Lines ``first``.. of a page of ``count`` lines, as shown; ``sha256``: of its bytes."""

    sha256: str
    count: int
    first: int
    lines: list[str]


def span(count: int, marks: list[int]) -> tuple[int, int]:
    """First and last line shown for a page of ``count`` lines with these lines marked."""
    first = max(1, min(marks, default=1) - MARGIN)
    last = min(count, max(marks, default=count) + MARGIN, first + MAX_LINES - 1)
    return first, last


def cut(text: str, marks: list[int], sha256: str, *, carriage: bool | None = None) -> Window:
    """The window of ``text`` (a page as decoded) around ``marks``.

    A window from the page's first lines: the text is split up to the last line shown (the
    rest of a long HTML source stays one string). A window further down (an HTML page's
    content below a long head): the lines above it are skipped by finding their ends, the
    lines are counted from there on, and only the window's part is split; no string is made of
    a line above it, and no character above it is looked at twice (the benchmark's HTML page:
    cut 88 → ~50 µs, of which counting its lines was 29 and splitting the head 50).
    ``carriage``: whether the text holds a carriage return, when the caller knows (from the
    bytes it decoded: looked for there in a fraction of the time)."""
    if carriage if carriage is not None else "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    low = min(marks, default=1) - MARGIN
    if low <= 1:
        count = line_breaks(text) + 1
        first, last = span(count, marks)
        shown = text.split("\n", last)[:last] if last >= first else []
    else:
        start, skipped = _skip(text, low - 1)
        count = skipped + line_breaks(text, start) + 1
        first, last = span(count, marks)  # first is ``low``: line ``skipped + 1`` if it exists
        shown = _from(text, start, last - first + 1) if last >= first else []
    short = [line if len(line) <= MAX_CHARS else shorten(line) for line in shown]
    return Window(sha256, count, first, short)


def line_breaks(text: str, start: int = 0) -> int:
    """``text.count("\\n", start)``, found rather than counted while the lines are long.

    ``str.count`` looks at every character (~1 ns each: 40 µs for the benchmark's 50 KB HTML
    page, whose text holds characters beyond Latin-1), where ``str.find`` skips to the next
    line break with ``memchr``; a find costs ~0.1 µs of its own, though, so a short text (a
    pasted page) is counted, and so is the rest of a long one as soon as 16 lines found are
    short on average."""
    if len(text) - start < _SHORT_TEXT:
        return text.count("\n", start)
    found = 0
    judged = start  # where the lines being judged began
    at = text.find("\n", start)
    while at >= 0:
        found += 1
        if found % _PROBE == 0:
            if at - judged < _PROBE * _LONG_LINE:
                return found + text.count("\n", at + 1)
            judged = at
        at = text.find("\n", at + 1)
    return found


_SHORT_TEXT = 8192  # characters: counted in a few µs, whatever its lines
_PROBE = 16  # line breaks found between two judgements of the lines' length
_LONG_LINE = 160  # characters: longer lines, on average, are found rather than counted


def _skip(text: str, lines: int) -> tuple[int, int]:
    """Where line ``lines + 1`` of ``text`` starts, and how many lines were skipped: fewer
    than ``lines`` when the text ends first (then where its last line starts)."""
    start = 0
    for skipped in range(lines):
        found = text.find("\n", start)
        if found < 0:
            return start, skipped
        start = found + 1
    return start, lines


def _from(text: str, start: int, lines: int) -> list[str]:
    """The ``lines`` lines of ``text`` from offset ``start`` (a line's start), which has them."""
    end = start
    for _ in range(lines):
        end = text.find("\n", end) + 1
        if end == 0:  # the text's last line, with no line break after it
            return text[start:].split("\n")
    return text[start : end - 1].split("\n")


def encode(window: Window, shown: bytes | None = None) -> bytes:
    """``window`` as the spool holds it, after what :func:`shown` prepared of the page's review
    entry (if anything): encoded where it was cut, it crosses from a worker process as one
    bytes object (a dataclass of strings costs several times that to pickle). Three lines
    (compact JSON holds no line break): the entry's digest, counts and row, or ``null``; the
    payload's rest, as is; the window. A reader decodes only the parts it uses."""
    window_json = orjson.dumps([window.sha256, window.count, window.first, window.lines])
    return (shown or b"null\n") + b"\n" + window_json


@dataclass(frozen=True, slots=True)
class Spooled:
    """One input's spool entry (:func:`encode`): ``meta`` is the prepared entry's text digest,
    number of findings, length of the record's compact JSON, then its index row's name, company
    and counts (None if none was prepared), ``rest`` its payload from the record on, as the
    UTF-8 the review page's chunks are made of (never decoded: it is only copied into them);
    the window is decoded when asked for."""

    meta: list[Any] | None
    rest: bytes
    raw_window: bytes

    def window(self) -> Window:
        sha, count, first, lines = orjson.loads(self.raw_window)
        return Window(sha, count, first, lines)


# The codes of the finding whose split line the review page shows raw beside the chips.
GUESS_CODES = ("themes-segmented", "themes-split")


def shown(
    text_sha: str,
    record: dict[str, Any],
    record_json: bytes,
    findings: list[dict[str, Any]],
    window: Window,
) -> bytes | None:
    """The review entry of a page whose record the run publishes as the worker wrote it, made
    where the record is in memory: the digest of the record's text (``state.text_sha``), the
    number of its findings, the review page's payload from the record on (``"r"``, ``"f"``,
    ``"src"``, ``"g"``, ``"url"``, as ``review.render`` writes them, ``record_json`` being the
    record's compact JSON), then its name, company and counts of findings by severity for the
    index, after the length of ``record_json`` (which starts the payload's rest, after
    ``"r":``: ``leaders.jsonl`` takes its line from there). ``collect`` uses it only for the
    very text (by digest) and the very findings (by count: none added by the run);
    ``tests/test_sources.py`` holds the page it gives byte-identical to the one written from
    the state and the files. ``findings`` are as
    ``Finding.to_json`` gives them (no float: lines are integers). None when a part would need
    the standard library's spelling (a lone surrogate). Two lines, as :func:`encode` keeps
    them: the digest, counts and row as JSON, then the payload's rest."""
    if not window.lines:
        return None
    guess = next((f for f in findings if f.get("code") in GUESS_CODES), None)
    source = record.get("source")
    url = web_url(source.get("url")) if isinstance(source, dict) else None
    try:
        parts = [b'"r":' + record_json]
        if findings:
            parts.append(b'"f":' + orjson.dumps(findings))
        parts.append(b'"src":' + orjson.dumps([window.first, window.lines]))
        if guess is not None:
            line = guess.get("line") or -1
            at = line - window.first if isinstance(line, int) else -1
            raw = window.lines[at] if 0 <= at < len(window.lines) else ""
            parts.append(b'"g":' + orjson.dumps({"line": guess.get("line"), "raw": raw}))
        if url:
            parts.append(b'"url":' + orjson.dumps(url))
    except TypeError:  # a lone surrogate: the review writes it the standard library's way
        return None
    name = record.get("name") if isinstance(record.get("name"), str) else None
    company = record.get("company") if isinstance(record.get("company"), str) else ""
    severities = [f.get("severity") for f in findings]
    counts = [severities.count(s) for s in ("error", "warning", "info")]
    meta = orjson.dumps([text_sha, len(findings), len(record_json), name, company, *counts])
    return meta + b"\n" + b",".join(parts)


def shorten(line: str) -> str:
    return line if len(line) <= MAX_CHARS else line[: MAX_CHARS - 1] + "…"


def marks_of(spans: Iterable[object], lines: Iterable[object]) -> list[int]:
    """The lines a record points to: both ends of every provenance span (``[first, last]``;
    an editor's value has none), then every finding's line."""
    marks = [n for s in spans if isinstance(s, _SPANS) for n in s if isinstance(n, int)]
    return marks + [n for n in lines if isinstance(n, int)]


_SPANS = (list, tuple)


_BUFFER = 1 << 20

# Where a worker process put an entry (see :class:`SpoolWriter`): its file, offset and size.
Placed = tuple[str, int, int]
STAGED = ".staged."


def staged_name(sha: str) -> str:
    """The temporary name of a staged record text (:meth:`Spool.stage`), in the records
    folder: hidden, and removed with the other temporary files by a next run when this one is
    killed. By the text's digest (and the run's pid, as any temporary file)."""
    return f"{STAGED}{sha}.{os.getpid()}{TMP_SUFFIX}"


class SpoolWriter:
    """A worker process's own spool file in the output folder: the entries of a chunk of work
    are written there in one system call and only where they are crosses back to the run, not
    the entries themselves (most of what a worker sent per page). A killed run's are removed
    by the next run with the other temporary files; a finished run's by :meth:`Spool.close`."""

    def __init__(self, folder: str) -> None:
        """Made when the worker starts, while its run holds the folder: a worker orphaned by a
        killed run writes on into the file it has (removed by the next run), never a new one."""
        self.path = str(Path(folder) / f".review-sources.{os.getpid()}{TMP_SUFFIX}")
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC
        self.fd = os.open(self.path, flags, 0o600)
        self.size = 0

    def write(self, entries: list[bytes]) -> list[Placed]:
        if not entries:
            return []
        write_all(self.fd, b"".join(entries))
        placed = []
        for entry in entries:
            placed.append((self.path, self.size, len(entry)))
            self.size += len(entry)
        return placed


class Spool:
    """Windows by input key, in temporary files of the output folder while a run lasts: this
    process's own, and those its worker processes wrote (:class:`SpoolWriter`)."""

    def __init__(self, out: Path) -> None:
        self.path = out / f".review-sources.{os.getpid()}{TMP_SUFFIX}"
        # Written an entry at a time (a run in one process): a large buffer, a system call per
        # megabyte rather than nearly one per entry.
        self.handle: IO[bytes] = self.path.open("w+b", buffering=_BUFFER)
        self.where: dict[str, tuple[int, int, int]] = {}  # key → (file descriptor, at, size)
        self.others: dict[str, int] = {}  # workers' files, open for reading
        self.size = 0
        self.dirty = False  # written since the last flush
        self.staged: dict[str, str] = {}  # record text digest → where it is staged
        self.records = out / RECORDS
        self.records_fd = -1
        self.listed: set[str] = set()  # the records folder's names when first staged to

    def stage(self, record_id: str, sha: str, text: str) -> None:
        """Write a record text that worker processes just gave (digest ``sha``, ``record_id``
        the id its page implies) as a temporary file of the records folder
        (:func:`staged_name`), while the workers parse on: the run renames it into place if it
        publishes that very text under a name no file holds yet (:meth:`take_staged`), a
        rename (~8 µs here) in the serial end of the run instead of creating the file there
        (25-250 µs on this sandbox: the file system allocating an inode). Not where a file
        of the record's name is there already (a folder with a past: the text is compared with
        it, as ever: the folder is listed once, and one written since is compared all the
        same), nor for a text with a lone surrogate (written by the records view).
        Here, not in the workers: two processes allocating inodes in one folder at once cost
        more CPU than one doing it all."""
        try:
            data = text.encode("utf-8")
            if self.records_fd < 0:
                self.records.mkdir(exist_ok=True)
                self.records_fd = os.open(self.records, os.O_RDONLY | os.O_DIRECTORY)
                self.listed = {entry.name for entry in os.scandir(self.records_fd)}  # once
            if f"{record_id}.json" in self.listed:
                return
            name = staged_name(sha)
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC
            fd = os.open(name, flags, 0o666, dir_fd=self.records_fd)
        except (UnicodeEncodeError, OSError):
            return
        try:
            write_all(fd, data)
        except OSError:
            return
        finally:
            os.close(fd)
        self.staged[sha] = f"{self.records}/{name}"

    def flush(self) -> None:
        """What is buffered written out: before a forked process reads the spool."""
        if self.dirty:
            self.handle.flush()
            self.dirty = False

    def take_staged(self, sha: str) -> str | None:
        """Where the record text of digest ``sha`` is staged, if it is: the caller renames it
        away (or leaves it, for the records view or :meth:`close` to remove)."""
        return self.staged.pop(sha, None)

    def add(self, key: str, data: bytes | Placed) -> None:
        """``key``'s window, as :func:`encode` gave it (in the worker that cut it), or where
        a worker process put it."""
        if isinstance(data, tuple):
            path, start, size = data
            fd = self.others.get(path)
            if fd is None:
                fd = self.others[path] = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
            self.where[key] = (fd, start, size)
            return
        self.handle.write(data)
        self.where[key] = (-1, self.size, len(data))
        self.size += len(data)
        self.dirty = True

    def drop(self, key: str) -> None:
        """Forget ``key``'s window: its latest outcome has none (the spool holds only the
        latest outcome's, whose findings the state holds)."""
        self.where.pop(key, None)

    def get(self, key: str) -> Window | None:
        found = self.entry(key)
        return None if found is None else found.window()

    def compact(self, key: str, text_sha: str) -> bytes | None:
        """The compact JSON of ``key``'s record, as the worker that parsed it wrote it, when the
        text the state holds for it is the one that worker wrote (``text_sha``, its digest):
        ``jsontext.compact_of`` of that text, without reading it again."""
        raw = self._raw(key)
        if raw is None:
            return None
        if not raw.startswith(b'["' + text_sha.encode("ascii") + b'",'):
            return None  # no prepared entry (``null``), or another text's
        end = raw.index(b"\n")  # of the meta line: only the record is copied out
        size = orjson.loads(raw[:end])[2]
        return raw[end + 5 : end + 5 + size]  # after '\n"r":'

    def _raw(self, key: str) -> bytes | None:
        found = self.where.get(key)
        if found is None:
            return None
        fd, start, size = found
        if fd < 0:
            if self.dirty:
                self.handle.flush()
                self.dirty = False
            fd = self.handle.fileno()
        # One positioned read: the file's offset (where ``add`` writes) is left alone.
        return os.pread(fd, size, start)

    def prepared(self, key: str, text_sha: str) -> tuple[list[Any], bytes] | None:
        """The review entry the worker prepared for ``key`` (its meta, see :class:`Spooled`, and
        its payload's rest) when it was prepared for the text of digest ``text_sha``: the part
        of :meth:`entry` the review page uses for most inputs, without the window's copy."""
        raw = self._raw(key)
        if raw is None or not raw.startswith(b'["' + text_sha.encode("ascii") + b'",'):
            return None  # no prepared entry (``null``), or another text's
        end = raw.index(b"\n")
        return orjson.loads(raw[:end]), raw[end + 1 : raw.index(b"\n", end + 1)]

    def entry(self, key: str) -> Spooled | None:
        """``key``'s entry: its window, and the review entry :func:`shown` prepared (if any)."""
        raw = self._raw(key)
        if raw is None:
            return None
        meta, rest, window = raw.split(b"\n", 2)
        return Spooled(orjson.loads(meta), rest, window)

    def close(self) -> None:
        """Close and remove every spool file of the folder: this process's, and its workers'
        (those it read from, and any it did not hear of, as a worker killed mid-chunk leaves)."""
        try:
            self.handle.close()  # may raise (a full disk fails the last flush)
        finally:
            for fd in self.others.values():
                os.close(fd)
            if self.records_fd >= 0:
                os.close(self.records_fd)
            for path in self.path.parent.glob(f".review-sources.*{TMP_SUFFIX}"):
                path.unlink(missing_ok=True)
            self._unstage()

    def _unstage(self) -> None:
        """Remove the staged record texts the run did not rename into place (the records view
        removes them as it is written: these are a failed run's)."""
        for path in self.staged.values():
            with suppress(OSError):
                Path(path).unlink(missing_ok=True)
        self.staged.clear()


_OPEN: dict[Path, Spool] = {}  # output folder (resolved) → the spool of the run writing it


@contextmanager
def spooling(out: Path) -> Iterator[Spool]:
    """A spool for the run writing ``out``, found by :func:`spooled` until the run ends (the
    review page is written by a hook of that run, in this process)."""
    spool = Spool(out)
    _OPEN[out.resolve()] = spool
    try:
        yield spool
    finally:
        _OPEN.pop(out.resolve(), None)
        spool.close()


def spooled(out: Path) -> Spool | None:
    """The spool of the run writing ``out`` in this process, if one is."""
    return _OPEN.get(out.resolve()) if _OPEN else None
