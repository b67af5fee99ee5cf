"""The Python API: pages in, :class:`~extractor.record.model.Record` objects out.

For notebooks and other programs; the command line is a thin layer over the same pipeline, so a
record from here is byte for byte the record ``extractor parse`` prints. See ``docs/api.md``.

Every function raises :class:`~extractor.base.errors.Refusal` (``.code``, ``.message``) for an
input that gives no record, and nothing else for bad input.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeAlias

from extractor.base.config import Config, load_config
from extractor.base.errors import Refusal
from extractor.load.decode import is_archive, read_bytes
from extractor.load.warc import Member, find_member, read_member, scan_archive
from extractor.pipeline import ParseResult, parse_bytes, parse_member
from extractor.read import PAGE_SUFFIXES, Format
from extractor.record.model import Record
from extractor.record.serialize import spans as serialized

PageSource: TypeAlias = "str | bytes | os.PathLike[str]"


def parse(
    source: PageSource,
    *,
    format: Format | None = None,
    url: str | None = None,
    config: Config | None = None,
    provenance: bool = False,
) -> Record:
    """Parse one page into its record.

    ``source`` is a file path (``str`` or :class:`pathlib.Path`), the page's bytes, or its text.
    A ``str`` is read as a path when it is one line naming an existing file (or ending in a page
    suffix such as ``.html``); anything else is the page itself. ``format`` (``"html"``,
    ``"markdown"``, ``"text"``) is detected when not given. For a crawl archive (``.warc``,
    ``.warc.gz``), ``url`` picks the page; for a loose page it is the address it came from,
    kept as ``record.source.url``. ``provenance=True`` fills ``record.provenance`` with the
    source line range of every field. The findings are ``record.findings``.
    """
    result = _parse_one(source, format, url, config or load_config())
    return _finish(result, provenance)


def parse_many(
    sources: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    format: Format | None = None,
    config: Config | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[Record]:
    """Parse many files, yielding records in input order, ``jobs`` processes at a time.

    A crawl archive among ``sources`` yields a record per HTML page in it (in archive order).
    ``errors="raise"`` stops at the first refused input (a :class:`Refusal` naming it);
    ``"skip"`` passes over it. Memory stays flat: only a bounded window of pages is in flight.
    """
    settings = config or load_config()
    tasks = (_Task(key, member, format, settings) for key, member in _expand(sources))
    for key, record, refusal in _run(tasks, jobs):
        if record is not None:
            yield record
        elif errors == "raise" and refusal is not None:
            raise Refusal(refusal[0], f"{key}: {refusal[1]}")


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    jobs: int = 0,
    force: bool = False,
    config: Config | None = None,
) -> dict[str, Any]:
    """``extractor ingest`` without the command line: write the output folder, return its summary.

    The folder then holds ``records/``, ``leaders.jsonl`` and ``report.json`` exactly as the
    command writes them (no ``review.html``: run ``extractor review`` for that), with the
    editors' corrections in its ``corrections/`` applied, as every run into it applies them.
    """
    from extractor.batch.archives import expand_archives
    from extractor.batch.inputs import expand_inputs
    from extractor.batch.run import ingest as run_ingest
    from extractor.correct.store import remember, run_corrections

    expanded = expand_archives(expand_inputs([os.fspath(p) for p in paths]))
    settings = config or load_config()
    corrections = run_corrections(Path(out), None)
    result = run_ingest(
        expanded.inputs,
        Path(out),
        settings,
        jobs=jobs,
        force=force,
        quiet=True,
        archives=expanded,
        corrections=corrections,
    )
    # Noted as the command notes it: else its next run, finding the corrections "changed",
    # reads every input again.
    remember(Path(out), corrections)
    return result.summary


def _parse_one(
    source: PageSource, fmt: Format | None, url: str | None, config: Config
) -> ParseResult:
    if isinstance(source, bytes | bytearray):
        return parse_bytes(bytes(source), "-", fmt, config, url=url)
    path = _as_path(source)
    if path is None:
        text = str(source)
        return parse_bytes(text.encode("utf-8"), "-", fmt, config, url=url)
    if is_archive(path):
        if url is None:
            raise Refusal("archive", f"{path} is a crawl archive: pick its page with url=...")
        member = find_member(path, url)
        return parse_member(read_member(member, config.max_bytes), member, config)
    return parse_bytes(read_bytes(path, config.max_bytes), path, fmt, config, url=url)


def _as_path(source: str | os.PathLike[str]) -> str | None:
    """The path ``source`` names, or None when it is page text."""
    if not isinstance(source, str):
        return os.fspath(source)
    if "\n" in source or "<" in source or len(source) > 4096:
        return None
    looks_like_a_file = Path(source).suffix.lower() in PAGE_SUFFIXES - {""} or is_archive(source)
    return source if looks_like_a_file or Path(source).is_file() else None


def _finish(result: ParseResult, provenance: bool) -> Record:
    if not provenance:
        return result.record
    spans = {path: serialized(value) for path, value in result.provenance.items()}
    return result.record.model_copy(update={"provenance": spans})


def _expand(sources: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, Member | None]]:
    for source in sources:
        path = os.fspath(source)
        if is_archive(path):
            yield from ((key, member) for key, member in scan_archive(path).members.items())
        else:
            yield path, None


@dataclass(frozen=True, slots=True)
class _Task:
    """One input for a worker process: everything it needs, small enough to pickle."""

    key: str
    member: Member | None
    fmt: Format | None
    config: Config


_Done = tuple[str, Record | None, tuple[str, str] | None]


def _work(task: _Task) -> _Done:
    """Never raises: a refusal comes back as (code, message), since exceptions pickle badly."""
    try:
        if task.member is not None:
            data = read_member(task.member, task.config.max_bytes)
            result = parse_member(data, task.member, task.config)
        else:
            data = read_bytes(task.key, task.config.max_bytes)
            result = parse_bytes(data, task.key, task.fmt, task.config)
    except Refusal as refusal:
        return task.key, None, (refusal.code, refusal.message)
    return task.key, result.record, None


def _run(tasks: Iterator[_Task], jobs: int) -> Iterator[_Done]:
    """Results in input order; at most ``4 * jobs`` inputs in flight."""
    if jobs <= 1:
        yield from map(_work, tasks)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window: deque[Future[_Done]] = deque()
        for task in tasks:
            window.append(pool.submit(_work, task))
            if len(window) >= 4 * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
