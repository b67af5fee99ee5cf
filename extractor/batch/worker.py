"""One input → one outcome, in a worker process. Never raises: a bad page is an outcome too."""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

from extractor.base.config import Config
from extractor.base.errors import Refusal
from extractor.base.findings import Finding, Severity
from extractor.base.jsontext import indented_floatless
from extractor.batch.inputs import Input
from extractor.batch.sources import Placed, SpoolWriter, cut, encode, marks_of, shown
from extractor.batch.state import forget_inherited_lock, text_sha
from extractor.batch.vocabulary import PageChips, page_chips, relevant, with_vocabulary
from extractor.check.policy import Policy
from extractor.correct.corrections import CorrectionSet
from extractor.load.decode import read_bytes
from extractor.pipeline import ParseResult, parse_bytes, parse_member
from extractor.record.folder import Status, status_of
from extractor.record.serialize import record_dict
from extractor.record.slug import slugify

# Parts of a record that say where it came from, not who the leader is: two inputs whose records
# differ only here are the same leader saved twice.
PAGE_ONLY = frozenset({"id", "source", "diagnostics", "provenance"})

if TYPE_CHECKING:
    from extractor.load.warc import Member


@dataclass
class Outcome:
    """What the run needs to know about one input; small enough to send between processes.

    ``identity`` is who the record is about (name slug and company slug): two different people
    who share a name differ in it. ``content`` is a digest of the record without its page-only
    parts. ``record_json`` is the record as the page gives it, with the id its name implies.
    """

    item: Input
    sha256: str | None
    status: Status
    base_id: str | None = None
    identity: str | None = None
    content: str | None = None
    record_json: str | None = None
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    chips: PageChips = field(default_factory=PageChips)
    known: tuple[str, ...] = ()  # vocabulary chips given to the splitter for this outcome
    # The source lines the review page shows (a ``batch.sources.Window``, encoded for the spool),
    # or where a worker process wrote them (its spool file, offset and size).
    window: bytes | Placed | None = None
    record_sha: str | None = None  # of record_json: its key in the state's texts table

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Sent from a worker as a tuple of plain values: dataclasses (the input, the chips)
        cost several times as much to pickle and unpickle, for every page of a run."""
        item, chips = self.item, self.chips
        return (
            _outcome,
            (
                item.key,
                item.path,
                item.root,
                self.sha256,
                self.status.value,
                self.base_id,
                self.identity,
                self.content,
                self.record_json,
                [
                    (f.severity.value, f.code, f.message, f.line, f.field, f.file, f.record)
                    for f in self.findings
                ],
                self.seconds,
                chips.plain,
                chips.lines,
                self.known,
                self.window,
                self.record_sha,
            ),
        )


_STATUSES = {status.value: status for status in Status}
_SEVERITIES = {severity.value: severity for severity in Severity}


def _outcome(  # noqa: PLR0917 - the fields of an Outcome, as its __reduce__ sends them
    key: str,
    path: str,
    root: str,
    sha256: str | None,
    status: str,
    base_id: str | None,
    identity: str | None,
    content: str | None,
    record_json: str | None,
    findings: list[tuple[Any, ...]],
    seconds: float,
    plain: tuple[str, ...] | None,
    lines: tuple[str, ...],
    known: tuple[str, ...],
    window: bytes | Placed | None,
    record_sha: str | None,
) -> Outcome:
    return Outcome(
        Input(key, path, root),
        sha256,
        _STATUSES[status],
        base_id,
        identity,
        content,
        record_json,
        [Finding(_SEVERITIES[f[0]], *f[1:]) for f in findings],
        seconds,
        PageChips(plain, lines),
        known,
        window,
        record_sha,
    )


@dataclass(frozen=True)
class Job:
    """What every worker needs: the config, and inputs whose last result still holds
    (key → sha256 of the bytes that gave it, for the same path and config fingerprint)."""

    config: Config = field(default_factory=Config)
    done: dict[str, str] = field(default_factory=dict)
    archived: dict[str, Member] = field(default_factory=dict)  # input key → page in a WARC
    corrections: CorrectionSet = field(default_factory=CorrectionSet)  # editors', by record id
    spool: str = ""  # the output folder, where worker processes write their spool files

    @property
    def policy(self) -> Policy:
        return Policy.from_config(self.config)


_JOB = Job()
_WRITER: SpoolWriter | None = None  # a worker process's spool file (see batch.sources)
_WATCH_SECONDS = 0.5


def init_worker(job: Job, parent: int | None = None) -> None:
    """Set up a worker process (``parent``: the run's pid, given by the run itself: a worker
    asking ``getppid()`` here would get init's when the run was killed before this ran, and
    then wait for that to die, for ever); without ``parent``, the run's own process."""
    global _JOB, _WRITER  # noqa: PLW0603 - one job per worker process, set once at start
    if parent is not None and os.getppid() != parent:
        # Set up after its run was killed (late, on a loaded machine): its spool file would be
        # made in a folder a next run may already have cleared, and outlive that run.
        os._exit(1)
    _JOB = job
    _WRITER = SpoolWriter(job.spool) if parent is not None and job.spool else None
    if parent is not None:
        # Ctrl-C reaches the whole process group: the run ends its pool itself, and a worker
        # must not print a KeyboardInterrupt's traceback above the run's "interrupted".
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        forget_inherited_lock()
        _exit_with(parent)


def _exit_with(parent: int) -> None:
    """End this worker when ``parent`` dies: a killed run's workers would otherwise wait on
    their task queue for ever (they hold its other end themselves), orphaned."""

    import threading  # a pool's workers only: a run in one process never starts a thread

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def process_chunk(
    items: list[Input], known: dict[str, tuple[str, ...]] | None = None
) -> list[Outcome]:
    """Each input's outcome; with ``known`` (key → vocabulary chips), each is parsed again
    with those chips added to the config's ``known_themes``, whether its bytes changed or not."""
    if known is None:
        outcomes = [process(item, _JOB) for item in items]
    else:
        outcomes = [process(item, _JOB, known.get(item.key, ())) for item in items]
    if _WRITER is not None:
        spooled = [o for o in outcomes if isinstance(o.window, bytes)]
        placed = _WRITER.write([o.window for o in spooled if isinstance(o.window, bytes)])
        for outcome, where in zip(spooled, placed, strict=True):
            outcome.window = where
    return outcomes


def relevance_chunk(
    vocabulary: tuple[str, ...], pages: list[tuple[str, list[str]]]
) -> list[tuple[str, tuple[str, ...]]]:
    """:func:`extractor.batch.vocabulary.relevant`, in a worker: it has the word tables."""
    return relevant(vocabulary, pages)


def process(item: Input, job: Job, known: tuple[str, ...] | None = None) -> Outcome:
    """``item``'s outcome; ``known``: parse it regardless, with these vocabulary chips."""
    started = time.perf_counter()
    config = job.config if known is None else with_vocabulary(job.config, known)
    digest: str | None = None
    try:
        member = job.archived.get(item.key)
        if member:
            from extractor.load.warc import read_member  # only runs over archives pay for it

        data = (
            read_member(member, job.config.max_bytes)
            if member
            else read_bytes(item.path, job.config.max_bytes)
        )
        digest = hashlib.sha256(data).hexdigest()
        if known is None and job.done.get(item.key) == digest:
            return Outcome(item, digest, Status.SKIPPED, seconds=time.perf_counter() - started)
        result = (
            parse_member(data, member, config, job.corrections, sha256=digest)
            if member
            else parse_bytes(
                data, item.path, None, config, corrections=job.corrections, sha256=digest
            )
        )
    except Refusal as refusal:
        reason = f"{refusal.code}: {refusal.message}"
        return _no_record(job, Outcome(item, digest, Status.REFUSED), reason, started)
    except Exception as exc:
        message = f"internal error {type(exc).__name__}: {exc} (please report)"
        return _no_record(job, Outcome(item, digest, Status.FAILED), message, started)
    # The plain record the pipeline built (no pydantic model in a worker: the same JSON).
    data_dict = record_dict(result.data, result.provenance)
    # ``data`` is exactly what the model dumps (no float in a record: its numbers are integers),
    # provenance spans are line numbers: orjson writes it as json.dumps would, without the walk.
    text = indented_floatless(data_dict) + "\n"  # as to_json writes it
    findings = [f.at(item.path) for f in result.findings]
    record_id: str = result.data["id"]
    company = slugify(result.data["company"]) if result.data["company"] else ""
    sha = text_sha(text)
    window = None
    if not member and digest is not None:
        record_json = _compact(data_dict)
        window = _window(result, data, digest, sha, data_dict, record_json, findings)
    return Outcome(
        item,
        digest,
        status_of(findings),
        record_id,
        f"{record_id}\x00{company}",
        text_digest(text, data_dict),
        text,
        findings,
        time.perf_counter() - started,
        page_chips(result),
        known or (),
        window,
        sha,
    )


def _compact(record: dict[str, Any]) -> bytes | None:
    """The record's compact JSON for the review page, where orjson writes it alone."""
    try:
        return orjson.dumps(record)
    except TypeError:  # a lone surrogate: the review page writes it from the state
        return None


def _window(  # noqa: PLR0917 - one call, by position
    result: ParseResult,
    data: bytes,
    digest: str,
    sha: str,
    record: dict[str, Any],
    record_json: bytes | None,
    findings: list[Finding],
) -> bytes | None:
    """The review page's window of a page read from a file, when the review page would decode
    the file to the same text: an HTML page is decoded alike, a text page when its bytes are
    UTF-8 (the parser looks for an HTML charset declaration in any page that is not). With it,
    the page's review entry, when the record's compact JSON (``record_json``) is known.
    ``data``: the page's bytes, which ``result.text`` decodes."""
    source = result.data["source"]
    if source["format"] != "html" and source["encoding"] != "utf-8":
        return None
    marks = marks_of(result.provenance.values(), (f.line for f in result.findings))
    # A text decoded from UTF-8 holds a carriage return where its bytes do (a BOM aside, no
    # byte of another character is 0x0D): looked for in the bytes, with memchr.
    carriage = b"\r" in data if source["encoding"] == "utf-8" else None
    window = cut(result.text, marks, digest, carriage=carriage)
    if record_json is None:
        return encode(window)
    return encode(window, shown(sha, record, record_json, [f.to_json() for f in findings], window))


def content_digest(record: dict[str, Any]) -> str:
    """Who the leader is and what the page says of them, without where it was saved."""
    kept = {k: v for k, v in record.items() if k not in PAGE_ONLY}
    canonical = json.dumps(kept, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def text_digest(record_json: str, record: dict[str, Any]) -> str:
    """:func:`content_digest` of a record, read off its canonical JSON without serialising it
    again: the top-level keys are on lines of their own at a two-space indent, in model order,
    with the page-only ones (id aside) last. Falls back to the slow way if that ever changes."""
    try:
        start, end = record_json.index('\n  "name": '), record_json.index('\n  "source": ')
    except ValueError:
        return content_digest(record)
    if list(record)[2] != "name" or set(list(record)[list(record).index("source") :]) - PAGE_ONLY:
        return content_digest(record)
    return hashlib.sha256(record_json[start:end].encode("utf-8")).hexdigest()


def _no_record(job: Job, outcome: Outcome, message: str, started: float) -> Outcome:
    """An input that gave no record: one ``input-refused`` finding says why."""
    finding = Finding(job.policy.severity("input-refused"), "input-refused", message)
    outcome.findings.extend(job.policy.apply([finding.at(outcome.item.path)]))
    outcome.seconds = time.perf_counter() - started
    return outcome
