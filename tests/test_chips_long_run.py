"""Chips one a line (a text copy: no bullets, no blank lines), then a title the parser does
not know ("How she runs the kitchen") and that section's entries, each longer than any chip
but under twice the longest: they were read on as more chips, unsaid. Two such lines in a row
are no chips: the themes are flagged at the first of them, and kept. One long chip alone, or
long chips among long chips, stays quiet. Whole pages (made up)."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = (
    "Ana Lukić\n\nChief Engineer at Dunav Locks\n\n"
    "Ana Lukić runs the lock crews on the middle Danube, from Novi Sad to Smederevo.\n\n"
    "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\nTeam & Leadership 60%\n\n"
    "Key Themes\nriver freight logistics\nlock maintenance\nflood season planning\n"
    "{tail}\n\n"
    "Notable Quotes\n\n“A lock is a promise to both ends of the river.”\n\n— On locks\n"
)


def _flags(tail: str) -> list[str]:
    record: dict[str, Any] = record_dict(
        parse_bytes(PAGE.format(tail=tail).encode("utf-8"), "p.txt", "text").record
    )
    return [
        d["message"]
        for d in record["diagnostics"]
        if d["field"] == "themes" and d["code"] == "section-line-doubtful"
    ]


def test_a_run_of_entries_under_the_chips_is_flagged() -> None:
    tail = "Her way of working\nOpen the slowest gate first\nEvery shift leaves the log cleaner\n"
    assert any("Open the slowest gate first" in m for m in _flags(tail))


@pytest.mark.parametrize(
    "tail",
    [
        "crew rosters\ninland waterway freight policy reform",  # one long chip
        "crew rosters\nsafety",
    ],
)
def test_chips_and_one_long_chip_stay_quiet(tail: str) -> None:
    assert not _flags(tail)


def _segmented(line: str) -> bool:
    page = PAGE.replace("river freight logistics\nlock maintenance\nflood season planning\n", "")
    data = page.format(tail=line).encode("utf-8")
    record: dict[str, Any] = record_dict(parse_bytes(data, "p.txt", "text").record)
    return any(d["code"] == "themes-segmented" for d in record["diagnostics"])


def test_a_sole_line_of_four_words_is_asked_about() -> None:
    """The section's only line, four words with no separator: two chips of two that a
    browser's copy ran together as often as one chip, so it is kept and said so."""
    assert _segmented("hydropower forecasting product-led growth")


def test_a_sole_chip_of_three_words_stays_quiet() -> None:
    assert not _segmented("inland waterway freight")
