"""The layout of an output folder: where records, the JSONL file and the report live.

Batch ingest writes this layout; the gate and the review page read it. Keeping the names here,
below all three, lets them agree without importing each other's internals.
"""

from __future__ import annotations

from pathlib import Path

RECORDS = "records"
LEADERS = "leaders.jsonl"
REPORT = "report.json"
# File names Windows reserves whatever the extension; a leader called "Con" must still land.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)}


def record_path(out: Path, record_id: str) -> Path:
    """records/<id>.json. Ids are slugs ([a-z0-9-]), so they cannot leave the folder."""
    name = f"{record_id}_" if record_id in _RESERVED else record_id
    return out / RECORDS / f"{name}.json"


def is_output_folder(folder: Path) -> bool:
    """A folder that ``ingest`` wrote: it has a report and a records folder."""
    return (folder / REPORT).is_file() and (folder / RECORDS).is_dir()
