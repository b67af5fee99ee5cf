"""One input → one outcome, in a worker process. Never raises: a bad page is an outcome too."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Any

from extractor.base.config import Config
from extractor.base.errors import Refusal
from extractor.base.findings import Severity
from extractor.load.decode import read_bytes
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_json


@dataclass
class Outcome:
    """What the run needs to know about one input; small enough to send between processes."""

    path: str
    sha256: str | None
    status: str  # ok | warnings | errors | refused | failed
    record_id: str | None = None
    record_json: str | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0


@dataclass(frozen=True)
class Job:
    """What every worker needs: the config, and the inputs already done (path → sha256)."""

    config: Config = field(default_factory=Config)
    done: dict[str, str] = field(default_factory=dict)


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
        data = read_bytes(path, job.config.max_bytes)
        digest = hashlib.sha256(data).hexdigest()
        if job.done.get(path) == digest:
            return Outcome(path, digest, "skipped", seconds=time.perf_counter() - started)
        result = parse_bytes(data, path, None, job.config)
    except Refusal as refusal:
        return _no_record(path, digest, "refused", f"{refusal.code}: {refusal.message}", started)
    except Exception as exc:
        message = f"internal error {type(exc).__name__}: {exc} (please report)"
        return _no_record(path, digest, "failed", message, started)
    findings = [
        {
            "file": path,
            "line": d.line,
            "severity": d.severity.value,
            "code": d.code,
            "field": d.field,
            "message": d.message,
        }
        for d in result.diagnostics
    ]
    severities = {d.severity for d in result.diagnostics}
    status = (
        "errors"
        if Severity.ERROR in severities
        else "warnings"
        if Severity.WARNING in severities
        else "ok"
    )
    return Outcome(
        path,
        digest,
        status,
        result.record.id,
        record_json(result.record, result.provenance),
        findings,
        time.perf_counter() - started,
    )


def _no_record(path: str, digest: str | None, status: str, message: str, started: float) -> Outcome:
    finding = {
        "file": path,
        "line": None,
        "severity": "error",
        "code": "input-refused",
        "field": None,
        "message": message,
    }
    return Outcome(path, digest, status, findings=[finding], seconds=time.perf_counter() - started)
