"""Records on a pipe: an output folder's records as JSON Lines, for ``jq`` and friends."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from extractor.record.folder import LEADERS


def stream_records(out: Path, sink: TextIO) -> None:
    """Copy ``leaders.jsonl`` (one record a line, sorted by id) to ``sink``, in constant memory.

    Printed once the run has settled (after id conflicts are resolved), so a record that a
    later input withdraws never reaches the pipe.
    """
    import shutil  # with bz2 and lzma: only for a run that streams its records

    with (out / LEADERS).open(encoding="utf-8") as handle:
        shutil.copyfileobj(handle, sink)
    sink.flush()
