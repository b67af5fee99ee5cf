"""What an output folder remembers between runs: report.json, and a journal for killed runs.

Each finished input is appended to ``.journal.jsonl`` as it completes, so a run that is killed
part-way resumes where it stopped; a clean finish folds the journal into ``report.json``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from extractor.record.folder import REPORT

JOURNAL = ".journal.jsonl"
Entry = dict[str, Any]


def load_entries(out: Path) -> dict[str, Entry]:
    """The latest entry per input path from the last report and any unfinished journal."""
    entries: dict[str, Entry] = {}
    report = out / REPORT
    if report.is_file():
        try:
            data = json.loads(report.read_text(encoding="utf-8"))
            for entry in data.get("inputs", []):
                if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                    entries[entry["path"]] = entry
        except (OSError, ValueError, AttributeError):
            pass  # an unreadable report only costs a full re-run
    journal = out / JOURNAL
    if journal.is_file():
        for line in journal.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # the line a kill cut short
            if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                entries[entry["path"]] = entry
    return entries


class Journal:
    """Append-only, flushed per entry: what survives a SIGKILL."""

    def __init__(self, out: Path) -> None:
        self.path = out / JOURNAL
        self.handle: TextIO = self.path.open("a", encoding="utf-8")

    def append(self, entry: Entry) -> None:
        self.handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.handle.flush()

    def close(self, finished: bool) -> None:
        self.handle.close()
        if finished:
            self.path.unlink(missing_ok=True)


def write_report(
    out: Path, tool: dict[str, str], summary: dict[str, Any], entries: Iterable[Entry]
) -> None:
    """report.json, streamed entry by entry: a 50 000-input report is never one string in memory."""
    target = out / REPORT
    tmp = target.with_name(f".{REPORT}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write('{\n  "tool": ' + _indented(tool) + ',\n  "summary": ' + _indented(summary))
        handle.write(',\n  "inputs": [')
        for count, entry in enumerate(entries):
            handle.write(("," if count else "") + "\n    " + _indented(entry, level=2))
        handle.write("\n  ]\n}\n")
    tmp.replace(target)


def _indented(value: Any, level: int = 1) -> str:
    """``value`` as 2-space-indented JSON, nested ``level`` deep."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)
