"""Scores in brackets after their names ("Talent Scouting (87)"): a badge a team page sets next
to each label, under the dimensions' title. Read there only; elsewhere a count in brackets
("Comments (12)") is as common and stays what it was.

Before, each such line was a name with no score: the dimensions were empty.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

DIMENSIONS = [
    {"name": "Punctuality", "score": 91},
    {"name": "Crew Care & Training", "score": 84},
    {"name": "Cost Discipline", "score": 72},
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


@pytest.mark.parametrize("shape", ["{} ({})", "{} [{}]", "{}({})", "- {} ({})", "{} ({}%)"])
def test_scores_in_brackets_are_the_dimensions(shape: str) -> None:
    rows = "".join(shape.format(d["name"], d["score"]) + "\n" for d in DIMENSIONS)
    data = parse_bytes((HEAD + rows + TAIL).encode(), "page.txt", "text").data
    assert data["dimensions"] == DIMENSIONS


def test_a_count_in_brackets_outside_the_dimensions_is_no_score() -> None:
    rows = "".join(f"{d['name']} {d['score']}%\n" for d in DIMENSIONS)
    page = HEAD + rows + TAIL + "\nComments (12)\nShares (3)\nLikes (40)\n"
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["dimensions"] == DIMENSIONS
