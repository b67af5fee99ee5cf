"""``extractor ingest``: parse many pages in parallel into an output folder, resumably.

Results are consumed in input order (sorted paths) through a bounded window of worker chunks,
so every file but report.json is byte-identical whatever ``--jobs`` is, and memory stays flat:
records go to disk as they arrive and leaders.jsonl is streamed from them at the end.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor import SCHEMA_VERSION, __version__
from extractor.base.atomic import remove_stale_temporaries, write_atomic
from extractor.base.config import Config
from extractor.base.findings import Finding
from extractor.batch.progress import Progress
from extractor.batch.state import Entry, Journal, load_entries, write_report
from extractor.batch.worker import Job, Outcome, init_worker, process_chunk
from extractor.check.policy import Policy
from extractor.correct.corrections import CorrectionSet
from extractor.record.folder import LEADERS, RECORDS, Status, record_path
from extractor.record.schema import SCHEMA_FILE, schema_json

if TYPE_CHECKING:
    from extractor.batch.archives import Expanded

_WINDOW_PER_JOB = 4
_MAX_CHUNK = 32


@dataclass
class RunResult:
    summary: dict[str, Any]
    exit_code: int


def ingest(
    inputs: list[str],
    out: Path,
    config: Config,
    *,
    jobs: int = 0,
    force: bool = False,
    quiet: bool = False,
    archives: Expanded | None = None,
    corrections: CorrectionSet | None = None,
) -> RunResult:
    """``archives``: the WARC pages among ``inputs`` and what else the archives held;
    ``corrections``: editors' corrections, applied to each record as it is parsed."""
    jobs = jobs or os.cpu_count() or 1
    (out / RECORDS).mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out)
    entries = load_entries(out)
    done = {} if force else _reusable(entries, out)
    owners = {
        e["id"]: p
        for p, e in sorted(entries.items())
        if e.get("id") and e.get("status") not in {Status.CONFLICT, Status.DUPLICATE}
    }
    policy = Policy.from_config(config)
    journal = Journal(out)
    progress = Progress(len(inputs), quiet=quiet)
    finished = False
    try:
        archived = archives.members if archives else {}
        job = Job(config, done, archived, corrections or CorrectionSet())
        for outcome in _outcomes(inputs, job, jobs):
            entry = _settle(outcome, entries.get(outcome.path), owners, out, policy)
            entries[outcome.path] = entry
            journal.append(entry)
            progress.tick()
        finished = True
    finally:
        journal.close(finished)
    elapsed = progress.finish()
    conflicts = _resolve_conflicts(entries, out, policy)
    _write_leaders(entries, out)
    write_atomic(out / SCHEMA_FILE, schema_json())
    current = [entries[p] for p in inputs]
    summary = _summary(current, conflicts, elapsed)
    if archives and archives.archives:
        summary["archives"] = archives.archives
    tool = {"name": "extractor", "version": __version__, "schema_version": SCHEMA_VERSION}
    write_report(out, tool, summary, (entries[p] for p in sorted(entries)))
    failed = any(Status(e["status"]).fails_run for e in current)
    return RunResult(summary, 1 if failed else 0)


def _reusable(entries: dict[str, Entry], out: Path) -> dict[str, str]:
    """Inputs whose bytes and tool version match a finished entry whose output is still there."""
    done = {}
    for path, entry in entries.items():
        if entry.get("version") != __version__ or not entry.get("sha256"):
            continue
        has_output = entry.get("id") is None or record_path(out, entry["id"]).is_file()
        if has_output and entry.get("status") not in {
            Status.FAILED,
            Status.CONFLICT,
            Status.DUPLICATE,
        }:
            done[path] = entry["sha256"]
    for path, entry in entries.items():  # a duplicate stays one while its original is unchanged
        unchanged = entry.get("version") == __version__ and entry.get("sha256")
        if (
            unchanged
            and entry.get("status") == Status.DUPLICATE
            and entry.get("duplicate_of") in done
        ):
            done[path] = entry["sha256"]
    return done


def _outcomes(paths: list[str], job: Job, jobs: int) -> Iterator[Outcome]:
    """Outcomes in input order; workers run ahead by a bounded window of chunks."""
    size = max(1, min(_MAX_CHUNK, len(paths) // (jobs * 8) or 1))
    chunks = iter([paths[i : i + size] for i in range(0, len(paths), size)])
    if jobs == 1:
        init_worker(job)
        for chunk in chunks:
            yield from process_chunk(chunk)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=init_worker, initargs=(job,)) as pool:
        window: deque[Future[list[Outcome]]] = deque(
            pool.submit(process_chunk, chunk) for chunk in islice(chunks, jobs * _WINDOW_PER_JOB)
        )
        while window:
            batch = window.popleft().result()
            following = next(chunks, None)
            if following is not None:
                window.append(pool.submit(process_chunk, following))
            yield from batch


def _settle(
    outcome: Outcome, before: Entry | None, owners: dict[str, str], out: Path, policy: Policy
) -> Entry:
    """An outcome as its report entry; its record is written unless another input owns the id."""
    if outcome.status is Status.SKIPPED and before is not None:
        return {**before, "reused": True}
    entry: Entry = {
        "path": outcome.path,
        "sha256": outcome.sha256,
        "status": outcome.status,
        "id": outcome.record_id,
        "change": None,
        "findings": [f.to_json() for f in outcome.findings],
        "seconds": round(outcome.seconds, 6),
        "version": __version__,
        "reused": False,
    }
    old_id = before.get("id") if before else None
    if old_id and old_id != outcome.record_id and owners.get(old_id) == outcome.path:
        record_path(out, old_id).unlink(missing_ok=True)
        del owners[old_id]
    if outcome.record_id is None or outcome.record_json is None:
        return entry
    owner = owners.setdefault(outcome.record_id, outcome.path)
    target = record_path(out, outcome.record_id)
    if owner != outcome.path:
        if _same_content(target, outcome.record_json):
            entry["status"] = Status.DUPLICATE
            entry["duplicate_of"] = owner
            entry["findings"].append(_duplicate_finding(outcome.path, owner, policy).to_json())
        return entry
    previous = target.read_text(encoding="utf-8") if target.is_file() else None
    entry["change"] = (
        "new" if previous is None else "unchanged" if previous == outcome.record_json else "changed"
    )
    if previous != outcome.record_json:
        write_atomic(target, outcome.record_json)
    return entry


_PAGE_ONLY = ("source", "diagnostics", "provenance")


def _same_content(existing: Path, record_json: str) -> bool:
    """The same leader saved twice (HTML and text, say): equal but for where it came from."""
    if not existing.is_file():
        return False
    a, b = json.loads(existing.read_text(encoding="utf-8")), json.loads(record_json)
    return {k: v for k, v in a.items() if k not in _PAGE_ONLY} == {
        k: v for k, v in b.items() if k not in _PAGE_ONLY
    }


def _duplicate_finding(path: str, owner: str, policy: Policy) -> Finding:
    message = f"same leader and content as {owner}; that input's record is kept"
    return Finding(policy.severity("input-duplicate"), "input-duplicate", message, file=path)


def _resolve_conflicts(entries: dict[str, Entry], out: Path, policy: Policy) -> int:
    """Two inputs, one id: neither wins. Both are reported and the record is withdrawn."""
    claims: dict[str, list[str]] = {}
    for path, entry in entries.items():
        if entry.get("id") and entry.get("status") != Status.DUPLICATE:
            claims.setdefault(entry["id"], []).append(path)
    conflicts = 0
    for record_id, paths in claims.items():
        if len(paths) < 2:
            continue
        conflicts += 1
        record_path(out, record_id).unlink(missing_ok=True)
        for path in paths:
            others = ", ".join(p for p in sorted(paths) if p != path)
            entry = entries[path]
            entry["status"] = Status.CONFLICT
            entry["change"] = None
            message = (
                f"id {record_id!r} is also produced by {others}; no record is written for either"
            )
            clash = Finding(
                policy.severity("id-duplicate"), "id-duplicate", message, None, "id", path
            )
            kept = [f for f in entry["findings"] if f.get("code") != "id-duplicate"]
            entry["findings"] = [*kept, clash.to_json()]
    return conflicts


def _write_leaders(entries: dict[str, Entry], out: Path) -> None:
    """leaders.jsonl: every record in the folder, sorted by id, one line each, streamed."""
    ids = sorted(
        {
            e["id"]
            for e in entries.values()
            if e.get("id") and e.get("status") not in {Status.CONFLICT, Status.DUPLICATE}
        }
    )
    tmp = out / f".{LEADERS}.{os.getpid()}.tmp"
    with tmp.open("w", encoding="utf-8") as handle:
        for record_id in ids:
            path = record_path(out, record_id)
            if path.is_file():
                record = json.loads(path.read_text(encoding="utf-8"))
                handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    tmp.replace(out / LEADERS)


def _summary(current: list[Entry], conflicts: int, elapsed: float) -> dict[str, Any]:
    def count(*statuses: Status) -> int:
        return sum(1 for e in current if e["status"] in statuses)

    return {
        "inputs": len(current),
        "records": count(Status.OK, Status.WARNINGS, Status.ERRORS),
        "with_warnings": count(Status.WARNINGS),
        "with_errors": count(Status.ERRORS),
        "refused": count(Status.REFUSED, Status.FAILED),
        "duplicates": count(Status.DUPLICATE),
        "conflicts": conflicts,
        "skipped": sum(1 for e in current if e.get("reused")),
        "changed": sum(1 for e in current if e.get("change") == "changed" and not e.get("reused")),
        "elapsed_seconds": round(elapsed, 3),
        "pages_per_second": round(len(current) / elapsed, 1) if elapsed > 0 else None,
    }


def summary_line(summary: dict[str, Any]) -> str:
    return (
        f"ingest: {summary['inputs']} inputs, {summary['records']} records "
        f"({summary['with_warnings']} with warnings, {summary['with_errors']} with errors), "
        f"{summary['refused']} refused, {summary['duplicates']} duplicates, "
        f"{summary['conflicts']} id conflicts, "
        f"{summary['skipped']} unchanged and skipped, {summary['changed']} changed; "
        f"{summary['elapsed_seconds']:.2f}s ({summary['pages_per_second'] or 0:,.0f} pages/s)"
    )
