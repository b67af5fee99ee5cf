"""A title the parser does not know under the Key Themes chips ("Her approach", a site's own
wording), alone between blank lines, over lines of its own: before, it and its lines became
more chips with no warning. Now flagged ``section-line-doubtful`` at that line (kept: it may
still be a chip). A list of chips whose lines are each set apart, or one group, is left alone."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

HEAD = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "About\n\nMira Castell runs operations at Northwind Air, a regional airline in Bergen.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
)
TAIL = "Notable Quotes\n\n\u201cA timetable is a promise with numbers in it.\u201d\n\u2014 On punctuality\n"
UNDER = "Publish the delays early\nFly the schedule you can crew\nAsk the gate agents first\n\n"


def _doubtful(themes: str) -> list[str]:
    data = parse_bytes(f"{HEAD}Key Themes\n\n{themes}{TAIL}".encode(), "p.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [
        d["message"]
        for d in diagnostics
        if d["code"] == "section-line-doubtful" and d["field"] == "themes"
    ]


@pytest.mark.parametrize(
    "chips",
    ["regional aviation\ntimetables\ncrew welfare\nBergen\n\n", "aviation, timetables, Bergen\n\n"],
    ids=["one-a-line", "one-line"],
)
def test_lone_line_over_its_own_lines_is_flagged(chips: str) -> None:
    found = _doubtful(f"{chips}Her way of running things\n\n{UNDER}")
    assert len(found) == 1
    assert "'Her way of running things'" in found[0]


@pytest.mark.parametrize(
    "themes",
    [
        "regional aviation\n\ntimetables\n\ncrew welfare\n\nBergen\n\n",
        "regional aviation\ntimetables\ncrew welfare\nBergen\n\n",
        "regional aviation\ntimetables\n\nBergen\n\nfleet\n\n",
    ],
    ids=["each-apart", "one-group", "lone-last-lines"],
)
def test_plain_chip_lists_are_not_flagged(themes: str) -> None:
    assert _doubtful(themes) == []
