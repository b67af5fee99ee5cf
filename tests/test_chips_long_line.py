"""Chips one a line with no bullets (a converter dropped them, and the blank line after the
list), then the page's own lines touching the last chip ("Edit this page", "Last updated on
..."): a line far longer than any chip above it may be the first of those. It stays in the
themes (no shape says where the list ended), but the themes say so at that line.

Before, such lines joined the themes with no word of doubt.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEAD = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Leadership Principles\n\n- Publish the delays before anyone asks\n"
    "- Fly the schedule you can crew\n- Ask the gate agents first\n\n"
    "Key Themes\n\nregional aviation\ntimetables\ncrew welfare\nBergen\n"
)


def _doubts(page: str) -> list[object]:
    data = parse_bytes(page.encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [
        d["line"]
        for d in diagnostics
        if d["code"] == "section-line-doubtful" and d["field"] == "themes"
    ]


def test_a_long_line_under_chips_one_a_line_is_doubted() -> None:
    page = HEAD + "Edit this page Last updated on Jan 12 by the docs bot\nPrevious\nNext\n"
    assert _doubts(page) == [25]


def test_a_chip_of_a_few_more_words_is_no_doubt() -> None:
    page = HEAD + "selling software to freight forwarders\n"
    assert _doubts(page) == []
