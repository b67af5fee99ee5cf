"""Crawl archives among a batch run's inputs: each becomes the pages it holds.

An archive's pages are inputs like files, named by their target URI; what else the archive held
(images, redirects, errors, revisits) is counted for the report. A URL captured in two archives
is taken from the later one in the run's order (by path, whatever the command line's order), as
from the later capture within one archive, unless that capture is damaged and the other reads:
a page that reads is never given up for one that does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from extractor.batch.inputs import Input, Inputs
from extractor.load.decode import is_archive

if TYPE_CHECKING:
    from extractor.load.warc import Member


@dataclass
class Expanded:
    """The run's inputs (sorted by key), the archive members among them (by key, their URL),
    and per-archive counts."""

    inputs: Inputs
    members: dict[str, Member] = field(default_factory=dict)
    archives: dict[str, dict[str, int]] = field(default_factory=dict)


def expand_archives(inputs: Inputs) -> Expanded:
    """Replace every WARC among ``inputs`` by its pages, keyed by URL; other inputs pass through.

    A page keeps its archive's root: when the folder holding the archive is named again and a
    URL is gone from it, its record is unpublished like a deleted file's. Not after damage: a
    URL missing from a damaged archive may be in its unreadable part, so nothing under that
    root is taken as deleted in this run (a truncated re-crawl unpublishes nothing).
    """
    members: dict[str, Member] = {}
    unsure: set[str] = set()
    notes = list(inputs.notes)
    archives: dict[str, dict[str, int]] = {}
    pages: dict[str, Input] = {}
    for item in inputs.items:
        if not is_archive(item.path):
            continue
        from extractor.load.warc import preferred, scan_archive  # only archive runs pay for it

        scan = scan_archive(item.path)
        counts = scan.summary()
        counts["superseded"] += sum(1 for key in scan.members if key in members)
        for key, member in scan.members.items():
            members[key] = preferred(members.get(key), member)
            if members[key] is member:  # the page's root is the archive it is taken from
                pages[key] = Input(key, key, item.root)
        archives[item.path] = counts
        if counts["damaged"] and item.root in inputs.scanned:
            unsure.add(item.root)
            notes.append(
                f"{item.path}: damaged; nothing under {item.root} is taken as deleted this run"
            )
    plain = [i for i in inputs.items if not is_archive(i.path) and i.key not in pages]
    items = sorted([*plain, *pages.values()])
    walked = inputs.scanned - unsure
    return Expanded(replace(inputs, items=items, scanned=walked, notes=notes), members, archives)


def archive_line(archives: dict[str, dict[str, int]]) -> str:
    """One line for the run's summary: what the archives held besides the pages parsed."""
    total: dict[str, int] = {}
    for counts in archives.values():
        for name, count in counts.items():
            total[name] = total.get(name, 0) + count
    parts = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in total.items())
    return f"archives: {len(archives)} read; {parts}"
