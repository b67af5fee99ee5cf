"""What an output folder remembers between runs: report.json, and a journal for killed runs.

Each finished input is appended to ``.journal.jsonl`` as it completes, so a run that is killed
part-way resumes where it stopped; a clean finish folds the journal into ``report.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from extractor.batch.atomic import write_atomic

REPORT = "report.json"
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
    out: Path, tool: dict[str, str], summary: dict[str, Any], entries: list[Entry]
) -> None:
    report = {"tool": tool, "summary": summary, "inputs": entries}
    write_atomic(out / REPORT, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
