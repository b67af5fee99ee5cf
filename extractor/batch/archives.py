"""Crawl archives among a batch run's inputs: each becomes the pages it holds.

An archive's pages are inputs like files, named by their target URI; what else the archive held
(images, redirects, errors, revisits) is counted for the report. A URL captured in two archives
is taken from the later one on the command line, as from the later capture within one archive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.load.decode import is_archive
from extractor.load.warc import Member, scan_archive


@dataclass
class Expanded:
    """The run's input keys (sorted), the archive members among them, and per-archive counts."""

    inputs: list[str]
    members: dict[str, Member] = field(default_factory=dict)
    archives: dict[str, dict[str, int]] = field(default_factory=dict)


def expand_archives(paths: list[str]) -> Expanded:
    """Replace every WARC among ``paths`` by its pages' keys; other paths pass through."""
    plain = [p for p in paths if not is_archive(p)]
    members: dict[str, Member] = {}
    archives: dict[str, dict[str, int]] = {}
    for path in paths:
        if not is_archive(path):
            continue
        scan = scan_archive(path)
        counts = scan.summary()
        counts["superseded"] += sum(1 for key in scan.members if key in members)
        members.update(scan.members)
        archives[path] = counts
    taken = set(members)
    return Expanded(sorted({*(p for p in plain if p not in taken), *taken}), members, archives)


def archive_line(archives: dict[str, dict[str, int]]) -> str:
    """One line for the run's summary: what the archives held besides the pages parsed."""
    total: dict[str, int] = {}
    for counts in archives.values():
        for name, count in counts.items():
            total[name] = total.get(name, 0) + count
    parts = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in total.items())
    return f"archives: {len(archives)} read; {parts}"
