"""Scores with a bar drawn in characters between the name and the number ("Safety ▰▰▰▰▰▰▰▰▱▱
82", "Reach ████░░░░ 50%"): a newsletter's scorecard set as text. The bar is decoration of the
number after it, as a bar element is: the name is the words before it, and a bar that disagrees
with the number is reported, the number kept.

Before, the bar was kept as part of the dimension's name ("Safety ▰▰▰▰▰▰▰▰▱▱").
"""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

DIMENSIONS = [
    {"name": "Safety Culture", "score": 82},
    {"name": "Route Economics", "score": 60},
    {"name": "Crew Development", "score": 91},
]
HEAD = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.\n\n"
    "Dimension Profile\n\n"
)
TAIL = (
    "\nKey Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
    "Leadership Principles\n\n- Publish the delays before anyone asks\n"
    "- Fly the schedule you can crew\n- Ask the gate agents first\n"
)


def _bar(score: int, filled: str, empty: str, cells: int = 10) -> str:
    full = round(score * cells / 100)
    return filled * full + empty * (cells - full)


def _codes(data: dict[str, object]) -> list[str]:
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [d["code"] for d in diagnostics if d["severity"] != "info"]


@pytest.mark.parametrize(("filled", "empty"), [("▰", "▱"), ("█", "░"), ("■", "□")])
@pytest.mark.parametrize("unit", ["", "%"])
def test_a_drawn_bar_is_not_part_of_the_name(filled: str, empty: str, unit: str) -> None:
    rows = "".join(
        f"{d['name']}  {_bar(int(str(d['score'])), filled, empty)}  {d['score']}{unit}\n\n"
        for d in DIMENSIONS
    )
    data = parse_bytes((HEAD + rows + TAIL).encode(), "page.txt", "text").data
    assert data["dimensions"] == DIMENSIONS
    assert "score-bar-mismatch" not in _codes(data)


def test_a_drawn_bar_that_disagrees_with_its_number_is_reported() -> None:
    rows = "".join(
        f"{d['name']} {'▰▰▱▱▱▱▱▱▱▱' if i == 2 else _bar(int(str(d['score'])), '▰', '▱')} "
        f"{d['score']}%\n"
        for i, d in enumerate(DIMENSIONS)
    )
    data = parse_bytes((HEAD + rows + TAIL).encode(), "page.txt", "text").data
    assert data["dimensions"] == DIMENSIONS
    flagged = [
        d["field"]
        for d in data["diagnostics"]
        if d["code"] == "score-bar-mismatch"  # type: ignore[union-attr]
    ]
    assert flagged == ["dimensions[2].score"]


def test_a_name_ending_in_one_such_sign_keeps_it() -> None:
    rows = "Safety Culture ★ 82%\nRoute Economics 60%\nCrew Development 91%\n"
    data = parse_bytes((HEAD + rows + TAIL).encode(), "page.txt", "text").data
    assert data["dimensions"][0]["name"] == "Safety Culture ★"  # type: ignore[index]
