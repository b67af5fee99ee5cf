"""The contract of an output folder: where records, JSONL and report live, and the statuses.

Batch ingest writes this layout; the gate and the review page read it. Keeping the names here,
below all three, lets them agree without importing each other's internals.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from extractor.base.patterns import compiled
from extractor.record.slug import SLUG_PATTERN

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from pathlib import Path

    from extractor.base.findings import Finding

_SLUG = compiled(SLUG_PATTERN)

RECORDS = "records"
LEADERS = "leaders.jsonl"
REPORT = "report.json"
REVIEW = "review.html"
STATE = "state.sqlite"  # the folder's state; everything else in it is a view of this database
SCHEMA_FILE = "leader-record.schema.json"  # the published schema, beside the records
CORRECTIONS = "corrections"  # editors' corrections files: every run into the folder applies them
# File names Windows reserves whatever the extension; a leader called "Con" must still land.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}


def record_path(out: Path, record_id: str) -> Path:
    """records/<id>.json. Ids are checked to be slugs ([a-z0-9-]) here, before they touch the
    file system, so no id (whatever wrote it) can name a file outside the folder."""
    if not _SLUG.fullmatch(record_id):
        raise ValueError(f"{record_id!r} is not a record id (a lowercase slug)")
    name = f"{record_id}_" if record_id in _RESERVED else record_id
    return out / RECORDS / f"{name}.json"


def is_output_folder(folder: Path) -> bool:
    """A folder that ``ingest`` wrote: it holds the state database."""
    return (folder / STATE).is_file()


class Status(StrEnum):
    """What became of one input in a batch run, as report.json records it."""

    OK = "ok"  # a record without warnings or errors
    WARNINGS = "warnings"
    ERRORS = "errors"
    REFUSED = "refused"  # not a leader page (or unreadable): no record
    FAILED = "failed"  # the tool itself failed on this input: no record
    SKIPPED = "skipped"  # unchanged since the last run; the earlier entry stands
    DUPLICATE = "duplicate"  # same leader and content as another input, which keeps the record
    CONFLICT = "conflict"  # same leader as another input with other content: an error
    REMOVED = "removed"  # gone from its folder since the last run; its record is unpublished


def status_of(findings: Iterable[Finding]) -> Status:
    """A record's status: its worst finding."""
    from extractor.base.findings import Severity  # the folder's names load without dataclasses

    severities = {f.severity for f in findings}
    if Severity.ERROR in severities:
        return Status.ERRORS
    return Status.WARNINGS if Severity.WARNING in severities else Status.OK
