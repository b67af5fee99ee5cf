"""One input → one outcome, in a worker process. Never raises: a bad page is an outcome too."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractor.base.config import Config
from extractor.base.errors import Refusal
from extractor.base.findings import Finding
from extractor.check.policy import Policy
from extractor.correct.corrections import CorrectionSet
from extractor.load.decode import read_bytes
from extractor.pipeline import parse_bytes, parse_member
from extractor.record.folder import Status, status_of
from extractor.record.serialize import record_json

if TYPE_CHECKING:
    from extractor.load.warc import Member


@dataclass
class Outcome:
    """What the run needs to know about one input; small enough to send between processes."""

    path: str
    sha256: str | None
    status: Status
    record_id: str | None = None
    record_json: str | None = None
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0


@dataclass(frozen=True)
class Job:
    """What every worker needs: the config, and the inputs already done (path → sha256)."""

    config: Config = field(default_factory=Config)
    done: dict[str, str] = field(default_factory=dict)
    archived: dict[str, Member] = field(default_factory=dict)  # input key → page in a WARC
    corrections: CorrectionSet = field(default_factory=CorrectionSet)  # editors', by record id

    @property
    def policy(self) -> Policy:
        return Policy.from_config(self.config)


_JOB = Job()


def init_worker(job: Job) -> None:
    global _JOB  # noqa: PLW0603 - one job per worker process, set once at start
    _JOB = job


def process_chunk(paths: list[str]) -> list[Outcome]:
    return [process(path, _JOB) for path in paths]


def process(path: str, job: Job) -> Outcome:
    started = time.perf_counter()
    digest: str | None = None
    try:
        member = job.archived.get(path)
        if member:
            from extractor.load.warc import read_member  # only runs over archives pay for it

        data = (
            read_member(member, job.config.max_bytes)
            if member
            else read_bytes(path, job.config.max_bytes)
        )
        digest = hashlib.sha256(data).hexdigest()
        if job.done.get(path) == digest:
            return Outcome(path, digest, Status.SKIPPED, seconds=time.perf_counter() - started)
        result = (
            parse_member(data, member, job.config, job.corrections)
            if member
            else parse_bytes(data, path, None, job.config, corrections=job.corrections)
        )
    except Refusal as refusal:
        reason = f"{refusal.code}: {refusal.message}"
        return _no_record(job, Outcome(path, digest, Status.REFUSED), reason, started)
    except Exception as exc:
        message = f"internal error {type(exc).__name__}: {exc} (please report)"
        return _no_record(job, Outcome(path, digest, Status.FAILED), message, started)
    findings = [f.at(path) for f in result.findings]
    return Outcome(
        path,
        digest,
        status_of(findings),
        result.record.id,
        record_json(result.record, result.provenance),
        findings,
        time.perf_counter() - started,
    )


def _no_record(job: Job, outcome: Outcome, message: str, started: float) -> Outcome:
    """An input that gave no record: one ``input-refused`` finding says why."""
    severity = job.policy.severity("input-refused")
    outcome.findings.append(Finding(severity, "input-refused", message, file=outcome.path))
    outcome.seconds = time.perf_counter() - started
    return outcome
