"""``extractor ingest``: parse many pages in parallel into an output folder, resumably.

A run holds the folder's lock throughout and has three steps:

1. *Read*: every input whose bytes, path or config fingerprint changed is parsed (in worker
   processes, consumed in key order through a bounded window: :mod:`extractor.batch.pool`,
   each page by :mod:`extractor.batch.worker`); what it gave is committed to the
   state database in small transactions, so a killed run redoes only the last few.
   *Vocabulary*: the chips of every live page whose themes needed no splitting are the site's
   tag vocabulary; a page whose theme line was split is parsed again with the vocabulary chips
   its line holds, whenever that set differs from the one its stored outcome was parsed with
   (:mod:`extractor.batch.vocabulary`).
2. *Resolve*: one transaction decides the published records and each input's verdict from the
   whole state (:mod:`extractor.batch.identity`), and records every published version in history.
3. *Render*: the folder's files are written from the database (:mod:`extractor.batch.views`);
   with worker processes, each record text was written to a temporary file of the records
   folder as it came in, while they parsed (``Spool.stage``), and is renamed into place if the
   run publishes it: the serial end of the run creates no file per record. A run of many
   inputs has worker processes even for ``--jobs 1`` (one worker): this process keeps the
   state, the spool and the record files on the other core while it parses.
   With many inputs, the review page is written by a forked child meanwhile
   (:mod:`extractor.batch.child`).
   The review page (the ``after`` hook) shows each page's source lines as the worker that parsed
   it in this run cut them, spooled meanwhile (:mod:`extractor.batch.sources`): no source is
   read a second time.

The output is a function of the inputs and the published state alone: the same whatever
``--jobs`` is, and the same after a killed run as after a clean one.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from extractor import SCHEMA_VERSION, __version__
from extractor.base.atomic import remove_stale_temporaries
from extractor.base.config import Config
from extractor.base.findings import Finding
from extractor.base.jsontext import loads
from extractor.batch.child import ReviewChild
from extractor.batch.identity import Live, Plan, Published, resolve
from extractor.batch.inputs import Input, Inputs
from extractor.batch.pool import POOL_MIN, WorkerLost, Workers, worker_count
from extractor.batch.progress import Progress
from extractor.batch.publish import apply, retired
from extractor.batch.sources import Spool, spooling
from extractor.batch.state import (
    connect,
    forget_texts,
    locked,
    text_sha,
    transaction,
)
from extractor.batch.views import render
from extractor.batch.worker import Job, Outcome
from extractor.check.policy import Policy
from extractor.correct.corrections import CorrectionSet
from extractor.record.folder import STATE, Status

if TYPE_CHECKING:
    from extractor.batch.archives import Expanded

# What a run raises and how many workers it forks (:mod:`extractor.batch.pool`) are named here
# too: a caller of ``ingest`` needs them with it.
__all__ = ["RunResult", "WorkerLost", "fingerprint", "ingest", "summary_line", "worker_count"]

_COMMIT_EVERY = 1000
# With worker processes, the run's process waits on them while they parse: a transaction (and
# a checkpoint of the write-ahead log, which copies it into the database file) every few
# hundred outcomes gets that done meanwhile, not after the last page, where the run works alone.
_COMMIT_EVERY_POOL = 256
# And at least this often (seconds), however few outcomes came: what a Ctrl-C or a kill costs
# is a moment's work, not up to a thousand pages.
_COMMIT_SECONDS = 2.0
_JOURNAL = ".journal.jsonl"  # outcomes per transaction while reading: what a kill can cost


@dataclass
class RunResult:
    summary: dict[str, Any]
    exit_code: int
    # One ``FILE: error CODE: message`` line per input of this run that failed it.
    problems: list[str] = field(default_factory=list)


def fingerprint(config: Config, corrections: CorrectionSet | None = None) -> str:
    """Everything besides a page's bytes that can change its record or its findings: the
    editors' corrections too, so an input a run did not read when they changed (its folder
    not named) is read again when it is next named, not skipped with its record made without
    them. (No corrections: the fingerprint of a folder made before they were counted.)"""
    policy = Policy.from_config(config)
    parts: dict[str, Any] = {
        "tool": __version__,
        "schema": SCHEMA_VERSION,
        "policy": policy.fingerprint(),
        "dimensions": list(config.dimensions),
        "known_themes": list(config.known_themes),
        "max_bytes": config.max_bytes,
    }
    if corrections:
        parts["corrections"] = corrections.fingerprint()
    canonical = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def ingest(
    inputs: Inputs,
    out: Path,
    config: Config,
    *,
    jobs: int = 0,
    force: bool = False,
    quiet: bool = False,
    keep_missing: bool = False,
    wait: float = 0.0,
    archives: Expanded | None = None,
    corrections: CorrectionSet | None = None,
    after: Callable[[Path], None] | None = None,
    prepare: Callable[[], None] | None = None,
) -> RunResult:
    """Run ingest into ``out`` under its lock; ``after`` renders further views (the review
    page) from the finished state before the lock is released, once the other views are
    written: it reads the state through a connection of its own.
    ``archives``: the WARC pages among ``inputs`` and what else the archives held;
    ``corrections``: editors' corrections, applied to each record as it is parsed;
    ``prepare``: what ``after`` will need (its imports), done in this process while worker
    processes parse, rather than at the end of the run, where every other core waits."""
    with locked(out, wait), ExitStack() as stack:
        remove_stale_temporaries(out)
        (out / _JOURNAL).unlink(missing_ok=True)  # the state before the database: superseded
        workers = worker_count(jobs)
        corrections = corrections or CorrectionSet()
        early = _early(inputs, out, config, workers, archives, corrections)
        if early is not None:
            # Entered before it forks: a fork refused there, or a state that cannot be made,
            # still ends its pool and unfreezes the collector (the run ends it as ever).
            stack.enter_context(early).prefetch(inputs.items)
        db = connect(out, write=True)
        try:
            with spooling(out) as spool:
                return _run(
                    db,
                    inputs,
                    out,
                    config=config,
                    jobs=workers,
                    force=force,
                    quiet=quiet,
                    keep_missing=keep_missing,
                    archives=archives,
                    corrections=corrections,
                    spool=spool,
                    after=after,
                    prepare=prepare,
                    early=early,
                )
        finally:
            db.close()


def _early(  # noqa: PLR0917 - one call
    inputs: Inputs,
    out: Path,
    config: Config,
    jobs: int,
    archives: Expanded | None,
    corrections: CorrectionSet,
) -> Workers | None:
    """For a first run into a folder (no state database yet: nothing in it to reuse), the
    workers whose processes are forked and handed the first chunks of pages (``prefetch``)
    before the database is made: making it syncs the disk several times (~35 ms here, before
    the first page was parsed), now while the workers parse. A folder with a state is read
    first, as ever: its unchanged inputs are not handed to a worker to be parsed."""
    if len(inputs.items) < POOL_MIN or (out / STATE).exists():
        return None
    return Workers(_job(config, {}, archives, corrections, out), jobs, forked=True)


def _job(
    config: Config,
    done: dict[str, str],
    archives: Expanded | None,
    corrections: CorrectionSet,
    out: Path,
) -> Job:
    """What every worker of the run needs (``done``: the inputs whose last result holds)."""
    return Job(config, done, archives.members if archives else {}, corrections, str(out))


def _run(
    db: sqlite3.Connection,
    inputs: Inputs,
    out: Path,
    *,
    config: Config,
    jobs: int,
    force: bool,
    quiet: bool,
    keep_missing: bool,
    archives: Expanded | None,
    corrections: CorrectionSet,
    spool: Spool,
    after: Callable[[Path], None] | None,
    prepare: Callable[[], None] | None = None,
    early: Workers | None = None,
) -> RunResult:
    """The run, its database open; ``early``: its workers, already parsing (see ``_early``)."""
    fp = fingerprint(config, corrections)
    policy = Policy.from_config(config)
    last = db.execute("SELECT finished FROM runs ORDER BY run DESC LIMIT 1").fetchone()
    finished = last is None or last[0] is not None  # else the last run was killed
    with transaction(db):
        db.execute(
            "DELETE FROM pages WHERE key IN (SELECT key FROM inputs WHERE status = ?)",
            (Status.REMOVED.value,),
        )
        db.execute("DELETE FROM inputs WHERE status = ?", (Status.REMOVED.value,))
        run = db.execute(
            "INSERT INTO runs (started, fingerprint) VALUES (?, ?)", (time.time(), fp)
        ).lastrowid
    assert run is not None
    done = {} if force else _reusable(db, inputs.items, fp)
    progress = Progress(len(inputs), quiet=quiet)
    clock = _Clock()
    job = _job(config, done, archives, corrections, out)
    many = len(inputs.items) >= POOL_MIN
    assert early is None or not done, "pages handed out early, with inputs to reuse"
    with early or Workers(job, jobs if many else 1, forked=many) as workers:
        pool = many  # worker processes wanted (staged files too if the run parses here after all)
        outcomes = _spooled(workers.outcomes(inputs.items), spool, stage=pool)
        if pool and prepare is not None:
            outcomes = _then(outcomes, prepare)
        _read(db, outcomes, run=run, fp=fp, progress=progress, clock=clock, pool=pool)
        again = _vocabulary_pass(db, inputs, run, keep_missing, workers)
        outcomes = _spooled(workers.outcomes(again.items, again.known), spool, stage=pool)
        _read(db, outcomes, run=run, fp=fp, progress=None, clock=clock, pool=pool)
        again.mark(db)
    elapsed = progress.finish()
    with clock.timing():
        plan = _resolve(db, run, inputs, keep_missing, policy)
        with transaction(db):
            apply(db, plan, _published(db), run, trust_reused=finished)
            forget_texts(db)
            db.execute("UPDATE runs SET finished = ? WHERE run = ?", (time.time(), run))
    summary = _summary(db, run, elapsed)
    summary["state_seconds"] = round(clock.seconds, 3)  # the database's share of the run
    if archives and archives.archives:
        summary["archives"] = archives.archives
    tool = {"name": "extractor", "version": __version__, "schema_version": SCHEMA_VERSION}
    _views(db, out, {"tool": tool, "summary": summary}, after, spool, inputs=len(inputs.items))
    problems = _problems(db, run)
    return RunResult(summary, 1 if problems else 0, problems)


def _views(  # noqa: PLR0917 - one call
    db: sqlite3.Connection,
    out: Path,
    head: dict[str, Any],
    after: Callable[[Path], None] | None,
    spool: Spool,
    inputs: int,
) -> None:
    """The views, from the finished state: the folder's files, and (``after``) the review page.
    For a run of many ``inputs`` (a pool's worth), the review page is written by a forked child
    (:class:`~extractor.batch.child.ReviewChild`) while this process writes the other views:
    the two take about as long (~0.1 s per 2,000 records each), and the machine has a core
    for each. Not in a thread: the two threads handed the GIL back and forth at every system
    call (a file created per record), which cost more CPU than either did, and more time than
    the overlap saved."""
    # The child must not share SQLite's locks: it is forked with no transaction open here (it
    # opens a connection of its own and never touches this one, inherited with the fork).
    assert not db.in_transaction, "the review child forked inside a transaction"
    child = (
        ReviewChild.start(after, out, spool) if after is not None and inputs >= POOL_MIN else None
    )
    try:
        render(db, out, head)
        # The write-ahead log copied into the database file (and synced) while the child may
        # still write the page (it reads the state as the run left it: a checkpoint changes no
        # row), rather than in the serial stretch before the views; not in ``state_seconds``.
        db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        if child is not None:
            child.join()  # before the lock is released; raises what the child raised
    if after is not None and child is None:
        after(out)


def _problems(db: sqlite3.Connection, run: int) -> list[str]:
    """What failed the run, input by input: its first error finding, placed at its file (the
    run's own notes too: a conflict is said there, not by the page's parse)."""
    rows = db.execute(
        "SELECT path, status, findings, notes FROM inputs WHERE run = ? "
        "AND status IN (?, ?, ?, ?) ORDER BY key",
        (run, Status.ERRORS, Status.REFUSED, Status.FAILED, Status.CONFLICT),
    )
    lines = []
    for path, status, findings, notes in rows:
        items = [*loads(notes), *loads(findings)]
        parsed = [f for f in map(Finding.from_json, items) if f is not None]
        worst = sorted(parsed, key=lambda f: f.severity.rank)
        lines.append(worst[0].render(path) if worst else f"{path}: error {status}")
    return lines


def _reusable(db: sqlite3.Connection, items: list[Input], fp: str) -> dict[str, str]:
    """key → sha256 for inputs read before from the same path, under the same fingerprint
    (and with what their themes say of the vocabulary known: read by this version)."""
    wanted = {item.key: item.path for item in items}
    done = {}
    rows = db.execute(
        "SELECT key, path, sha256 FROM inputs WHERE fingerprint = ? AND sha256 IS NOT NULL "
        "AND outcome != ? AND key IN (SELECT key FROM chips)",
        (fp, Status.FAILED),
    )
    for key, path, sha in rows:
        if wanted.get(key) == path:
            done[key] = sha
    return done


def _read(
    db: sqlite3.Connection,
    outcomes: Iterator[Outcome],
    *,
    run: int,
    fp: str,
    progress: Progress | None,
    clock: _Clock,
    pool: bool = False,
) -> None:
    """Every outcome into the database, a transaction per few hundred, or per two seconds when
    they come slower; with worker processes (``pool``), smaller ones, each followed by a
    checkpoint (see ``_COMMIT_EVERY_POOL``)."""
    pending: list[Outcome] = []
    every = _COMMIT_EVERY_POOL if pool else _COMMIT_EVERY
    due = time.monotonic() + _COMMIT_SECONDS
    for outcome in outcomes:
        pending.append(outcome)
        if progress is not None:
            progress.tick()
        if len(pending) >= every or time.monotonic() >= due:
            with clock.timing():
                _store(db, pending, run, fp)
                if pool:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            pending = []
            due = time.monotonic() + _COMMIT_SECONDS
    with clock.timing():
        _store(db, pending, run, fp)


def _then(outcomes: Iterator[Outcome], prepare: Callable[[], None]) -> Iterator[Outcome]:
    """``outcomes``, with ``prepare()`` done once the first has come (the workers are at work)."""
    first = next(outcomes, None)
    if first is None:
        return
    prepare()
    yield first
    yield from outcomes


def _spooled(outcomes: Iterator[Outcome], spool: Spool, *, stage: bool) -> Iterator[Outcome]:
    """``outcomes``, each one's source window put aside for the review page first; with
    ``stage`` (worker processes parse meanwhile), its record text staged for the records
    folder (:meth:`Spool.stage`)."""
    for outcome in outcomes:
        if stage and outcome.record_json and outcome.record_sha and outcome.base_id:
            spool.stage(outcome.base_id, outcome.record_sha, outcome.record_json)
        if outcome.window is not None:
            spool.add(outcome.item.key, outcome.window)
        else:
            spool.drop(outcome.item.key)  # an earlier outcome's would not show this one
        yield outcome


def _vocabulary_pass(
    db: sqlite3.Connection, inputs: Inputs, run: int, keep_missing: bool, workers: Workers
) -> _Again:
    """The inputs to parse again, each with the vocabulary chips its split line holds: those
    whose stored outcome was parsed with another set. The vocabulary is the sorted union of the
    unambiguous chips of every input that stays live (seen in this run, or kept published).
    A page already checked against this very vocabulary is not checked again."""
    rows = db.execute(
        "SELECT c.key, c.plain, c.lines, c.used, c.vocabulary, i.run, i.root FROM chips c "
        "JOIN inputs i ON i.key = c.key ORDER BY c.key"
    ).fetchall()
    live = [row for row in rows if row[5] == run or keep_missing or row[6] not in inputs.scanned]
    chips = tuple(sorted({c for _, plain, *_ in live if plain for c in loads(plain)}))
    digest = hashlib.sha256(json.dumps(chips).encode("utf-8")).hexdigest()[:16]
    split = [
        (key, loads(lines), tuple(loads(used)))
        for key, _, lines, used, checked, seen, _ in live
        if seen == run and checked != digest and (lines != "[]" or used != "[]")
    ]
    wanted = dict(workers.relevance(chips, [(k, lines) for k, lines, _ in split]))
    todo = {key: wanted[key] for key, _, used in split if wanted[key] != used}
    checked = [(digest, key) for key, _, _ in split]
    return _Again([item for item in inputs.items if item.key in todo], todo, checked)


@dataclass
class _Again:
    """The vocabulary pass's verdict: inputs to parse again with their chips, and the pages
    checked (marked so once those are stored: a killed run checks them all again)."""

    items: list[Input]
    known: dict[str, tuple[str, ...]]
    checked: list[tuple[str, str]]

    def mark(self, db: sqlite3.Connection) -> None:
        with transaction(db):
            db.executemany("UPDATE chips SET vocabulary = ? WHERE key = ?", self.checked)


class _Clock:
    """Time spent in the database, summed: what the state costs a run (see bench/state.py)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    @contextmanager
    def timing(self) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - started


def _store(db: sqlite3.Connection, outcomes: list[Outcome], run: int, fp: str) -> None:
    with transaction(db):
        db.executemany(
            "UPDATE inputs SET run = ?, root = ?, reused = 1 WHERE key = ?",
            [(run, o.item.root, o.item.key) for o in outcomes if o.status is Status.SKIPPED],
        )
        read = [o for o in outcomes if o.status is not Status.SKIPPED]
        db.executemany(
            "INSERT OR REPLACE INTO inputs (key, root, path, sha256, fingerprint, outcome, "
            "base_id, identity, content, findings, seconds, run, reused) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            [_row(o, run, fp) for o in read],
        )
        db.executemany(
            "DELETE FROM pages WHERE key = ?", [(o.item.key,) for o in read if not o.record_json]
        )
        texts = [
            (o.item.key, o.record_sha or text_sha(o.record_json), o.record_json)
            for o in read
            if o.record_json
        ]
        db.executemany(
            "INSERT OR IGNORE INTO texts (sha, json) VALUES (?, ?)",
            [(sha, text) for _, sha, text in texts],
        )
        db.executemany(
            "INSERT OR REPLACE INTO pages VALUES (?, ?)", [(key, sha) for key, sha, _ in texts]
        )
        db.executemany(
            "INSERT OR REPLACE INTO chips VALUES (?, ?, ?, ?, ?)",
            [_chips_row(o) for o in read],
        )


def _chips_row(o: Outcome) -> tuple[str, str | None, str, str, None]:
    """The chips row of a page just read; the vocabulary it holds for is not known yet."""
    plain = o.chips.plain
    return (
        o.item.key,
        None if plain is None else _json(plain),
        _json(o.chips.lines),
        _json(o.known),
        None,
    )


def _json(values: tuple[str, ...] | list[Any]) -> str:
    """``values`` as compact JSON for the state (strings, integers, None: no float), by orjson;
    the standard library for what orjson refuses (a lone surrogate). An empty one (the usual
    case) spelled out. Read back by :func:`loads`, whichever wrote it."""
    if not values:
        return "[]"
    try:
        return orjson.dumps(values).decode("utf-8")
    except TypeError:
        return json.dumps(values, ensure_ascii=False)


def _row(o: Outcome, run: int, fp: str) -> tuple[Any, ...]:
    findings = _json([f.to_json() for f in o.findings])
    return (
        o.item.key,
        o.item.root,
        o.item.path,
        o.sha256,
        fp,
        o.status.value,
        o.base_id,
        o.identity,
        o.content,
        findings,
        round(o.seconds, 6),
        run,
    )


def _published(db: sqlite3.Connection) -> dict[str, Published]:
    rows = db.execute("SELECT id, identity, input_key, content FROM records")
    return {
        identity: Published(rid, identity, key, content) for rid, identity, key, content in rows
    }


def _resolve(
    db: sqlite3.Connection, run: int, inputs: Inputs, keep_missing: bool, policy: Policy
) -> Plan:
    rows = db.execute("SELECT key, path, root, run, outcome, identity, content FROM inputs")
    live = [
        Live(key, path, root, seen == run, Status(outcome), identity, content)
        for key, path, root, seen, outcome, identity, content in rows
    ]
    return resolve(
        live,
        _published(db).values(),
        scanned=inputs.scanned,
        keep_missing=keep_missing,
        policy=policy,
        retired=lambda: retired(db),
        same_bytes=lambda gone: _same_bytes(db, run, gone),
    )


def _same_bytes(db: sqlite3.Connection, run: int, gone: list[str]) -> dict[str, str]:
    """For inputs gone, the first key read since the last finished run with the same bytes:
    where a page was renamed to (its new key is read; a copy of it left as it was is not).
    Read since: no status yet (a row read is written without one; the run's verdicts come
    after this), whether read by this run or by a killed one before it, whose reads this run
    skips as unchanged (``reused``), which must still find the rename an uninterrupted run
    finds. Asked only when some gone input published nothing: two passes, whatever their
    number."""
    shas: dict[str, str] = {}
    for start in range(0, len(gone), _BATCH_KEYS):
        batch = gone[start : start + _BATCH_KEYS]
        shas.update(
            db.execute(
                f"SELECT key, sha256 FROM inputs WHERE sha256 IS NOT NULL "
                f"AND key IN ({', '.join('?' * len(batch))})",
                batch,
            ).fetchall()
        )
    wanted = set(shas.values())
    first: dict[str, str] = {}
    for key, sha in db.execute(
        "SELECT key, sha256 FROM inputs WHERE run = ? AND status IS NULL ORDER BY key", (run,)
    ):
        if sha in wanted and sha not in first:
            first[sha] = key
    return {key: first[sha] for key, sha in shas.items() if sha in first}


_BATCH_KEYS = 500  # keys bound in one statement (SQLite caps the number of parameters)


def _summary(db: sqlite3.Connection, run: int, elapsed: float) -> dict[str, Any]:
    """The run's counts. Each group partitions what it counts, so its parts add up:
    ``records + duplicates + refused + conflicts == inputs`` (by status),
    ``new + changed + unchanged == records`` (``reread`` are the unchanged read again),
    ``read + skipped == inputs``; the inputs of earlier runs that this run did not meet are
    apart: ``removed`` (gone since the last run, as the key always meant: each has the status
    ``removed`` in report.json), of which ``moved`` (their record is now published from
    another input: a rename), and ``absent`` (not named by this run, or gone with
    ``--keep-missing``: kept as they were, ``kept`` records published from them). report.json
    lists ``inputs + removed + absent`` entries."""
    # Few statements, each one pass over the inputs: a 50,000-input run's tail pays for each.
    groups = db.execute(
        "SELECT status, change, reused, count(*) FROM inputs WHERE run = ? GROUP BY 1, 2, 3",
        (run,),
    ).fetchall()
    counts: dict[str, int] = defaultdict(int)
    changes: dict[str | None, int] = defaultdict(int)
    reread, skipped = 0, 0
    gives = {Status.OK.value, Status.WARNINGS.value, Status.ERRORS.value}
    for status, change, reused, n in groups:
        counts[status] += n
        skipped += n if reused else 0
        if status in gives:
            changes[change] += n
            reread += n if change == "unchanged" and not reused else 0
    # The inputs of earlier runs not met in this one (few, as a rule): gone, or kept.
    gone: dict[int, int] = defaultdict(int)
    absent = 0
    for removed, moved, n in db.execute(
        "SELECT status = ?, other IS NOT NULL, count(*) FROM inputs WHERE run != ? GROUP BY 1, 2",
        (Status.REMOVED.value, run),
    ):
        if removed:
            gone[moved] += n
        else:
            absent += n
    inputs = sum(counts.values())
    kept = (
        db.execute(
            "SELECT count(*) FROM records r JOIN inputs i ON i.key = r.input_key "
            "WHERE i.run != ? AND i.status != ?",
            (run, Status.REMOVED.value),
        ).fetchone()[0]
        if absent
        else 0
    )
    # Records unpublished: their input gone, or it now gives another leader (a new record, or
    # a copy of another's page: a duplicate). Asked only then: a scan of the history.
    unpublished = (
        db.execute(
            "SELECT count(*) FROM history WHERE run = ? AND event = 'removed'", (run,)
        ).fetchone()[0]
        if gone or changes["new"] or counts[Status.DUPLICATE.value]
        else 0
    )

    def count(*statuses: Status) -> int:
        return sum(counts.get(s.value, 0) for s in statuses)

    return {
        "inputs": inputs,
        "records": count(Status.OK, Status.WARNINGS, Status.ERRORS),
        "with_warnings": count(Status.WARNINGS),
        "with_errors": count(Status.ERRORS),
        "refused": count(Status.REFUSED, Status.FAILED),
        "duplicates": count(Status.DUPLICATE),
        "conflicts": count(Status.CONFLICT),
        # Every input gone (the key's meaning for the tools reading it), renames among them.
        "removed": gone[0] + gone[1],
        "moved": gone[1],
        "absent": absent,
        "kept": kept,
        "new": changes["new"],
        "changed": changes["changed"],
        "unchanged": changes["unchanged"],
        # Read again with their record unchanged (--force, a config or corrections change).
        "reread": reread,
        "read": inputs - skipped,
        "skipped": skipped,
        "published": db.execute("SELECT count(*) FROM records").fetchone()[0],
        "unpublished": unpublished,
        "elapsed_seconds": round(elapsed, 3),
        # Pages read this run: an unchanged input skipped unread is not a page parsed.
        "pages_per_second": round((inputs - skipped) / elapsed, 1) if elapsed > 0 else None,
    }


def summary_line(summary: dict[str, Any]) -> str:
    """One line for people (report.json is for tools), in groups whose parts add up: the
    inputs by what became of them, the records by change, the inputs read or skipped; then
    what became of the inputs of earlier runs this run did not meet, and what is published."""
    s = summary
    parts = [
        f"ingest: {_count(s['inputs'], 'input')}: {_count(s['records'], 'record')} "
        f"({s['with_warnings']} with warnings, {s['with_errors']} with errors), "
        f"{_count(s['duplicates'], 'duplicate')}, {s['refused']} refused, "
        f"{_count(s['conflicts'], 'conflict')}",
        f"records: {s['new']} new, {s['changed']} changed, {s['unchanged']} unchanged",
        f"{s['read']:,} read, {s['skipped']:,} skipped (unchanged)",
    ]
    if s.get("removed"):  # people read a partition: the renamed apart from the removed
        parts.append(
            f"gone since the last run: {s['removed'] - s['moved']} removed, "
            f"{s['moved']} renamed or moved (record kept)"
        )
    if s.get("absent"):
        parts.append(
            f"{_count(s['absent'], 'input')} of earlier runs not in this one "
            f"({_count(s['kept'], 'record')} kept as {'it was' if s['kept'] == 1 else 'they were'})"
        )
    unpublished = f", {s['unpublished']} unpublished" if s.get("unpublished") else ""
    parts.append(f"{s['published']} published{unpublished}")
    parts.append(f"{s['elapsed_seconds']:.2f}s ({s['pages_per_second'] or 0:,.0f} pages/s)")
    return "; ".join(parts)


def _count(n: int, noun: str) -> str:
    """``1 input``, ``2 inputs``: the summary line is for people (report.json is for tools)."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"
