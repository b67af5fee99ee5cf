"""Scores set as a directory's metric cards: a label, a value and a trend mark ("▲", "▼"),
each a <span> a converter runs together ("Punctuality91▲") or sets a line apart ("Punctuality",
"91", "▲"). The number is the score, the mark decoration. And a scored table under its own
heading (``## By the numbers``) is that heading's section, not a table under the line above.

Before, the cards' rows were lines no field took (the dimensions empty), and the heading was
taken for a table's heading cell, the line above it for the dimensions' title.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

DIMENSIONS = [
    {"name": "Punctuality", "score": 91},
    {"name": "Crew Care", "score": 84},
    {"name": "Cost Discipline", "score": 72},
    {"name": "Route Planning", "score": 65},
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
MARKS = ["▲", "▼", "▲", "↑"]


def _warnings(data: dict[str, object]) -> list[str]:
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [d["code"] for d in diagnostics if d["severity"] != "info"]


@pytest.mark.parametrize("gap", ["", " "])
def test_cards_run_together_on_one_line_are_the_dimensions(gap: str) -> None:
    rows = "".join(
        f"{d['name']}{gap}{d['score']}{gap}{mark}\n"
        for d, mark in zip(DIMENSIONS, MARKS, strict=True)
    )
    data = parse_bytes((HEAD + rows + TAIL).encode(), "page.txt", "text").data
    assert data["dimensions"] == DIMENSIONS
    assert "content-unplaced" not in _warnings(data)


def test_cards_set_a_line_apart_are_the_dimensions() -> None:
    rows = "".join(
        f"{d['name']}\n\n{d['score']}\n\n{mark}\n\n"
        for d, mark in zip(DIMENSIONS, MARKS, strict=True)
    )
    data = parse_bytes((HEAD + rows + TAIL).encode(), "page.txt", "text").data
    assert data["dimensions"] == DIMENSIONS
    assert "content-unplaced" not in _warnings(data)
    assert "section-unknown" not in _warnings(data)


MAGAZINE = """# Mira Castell

Chief Operating Officer at Northwind Air

Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.

## Rules of the road

- Publish the delays before anyone asks
- Fly the schedule you can crew
- Ask the gate agents first

**Related:** The long night at Flesland

## By the numbers

| | |
| --- | --- |
| Punctuality | 91% |
| Crew Care | 84% |
| Cost Discipline | 72% |
| Route Planning | 65% |

## Filed under

- regional aviation
- timetables
- crew welfare
- Bergen
"""


def test_a_scored_table_under_its_own_heading_is_that_headings_section() -> None:
    data = parse_bytes(MAGAZINE.encode(), "page.md", "markdown").data
    assert data["dimensions"] == DIMENSIONS
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    assert any(
        d["code"] == "section-label-missing" and "By the numbers" in d["message"]
        for d in diagnostics
    )


def _directory_page(title: str) -> str:
    """A directory's page as a Markdown converter writes it: the site's own section titles,
    the cards' label, value and mark set apart by spaces."""
    rows = "".join(
        f"{d['name']} {d['score']} {mark}\n\n" for d, mark in zip(DIMENSIONS, MARKS, strict=True)
    )
    return (
        "# Mira Castell\n\nFollow\n\n## About\n\n"
        "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.\n\n"
        f"{title}\n\n{rows}Scores are updated monthly.\n\n"
        "## Leadership Principles\n\n- Publish the delays before anyone asks\n"
        "- Fly the schedule you can crew\n- Ask the gate agents first\n"
    )


@pytest.mark.parametrize("title", ["## Signal scores", "## How the crew rates her"])
def test_cards_under_a_site_s_own_title_are_the_dimensions(title: str) -> None:
    """Cards under a title the registry reads as the dimensions' ("Signal scores") or does
    not know at all: their rows are the section's scored body (one card row alone is no
    evidence of scores, a run of three under a title is). Before, the body did not fit the
    dimensions' shape: the section fell out of the profile (the first card read, the others
    taken for the themes) or the page was refused."""
    data = parse_bytes(_directory_page(title).encode(), "page.md", "markdown").data
    assert data["name"] == "Mira Castell"
    assert data["dimensions"] == DIMENSIONS
    assert data["themes"] == []
