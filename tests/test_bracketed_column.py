"""A list of scores set as badges beside their labels ("Fleet Operations (92)"), under a title
the parser does not know ("Strengths"): three such lines in a row or more are a column of
scores, as three "name number" rows are, and type their section as the dimensions by what it
holds (said so with a warning). One or two are a site's counts ("Comments (12)") and stay
unread outside the dimensions. Before, a bracketed score was read only under a known
dimensions title: a page whose sections are all under its own words was refused."""

from __future__ import annotations

from extractor.parsing.sections.dimensions import in_bracketed_column
from extractor.pipeline import parse_bytes
from extractor.read.text import read_text

PAGE = """Read bio +
Tomasz Wierzbicki
Chief Operating Officer at Baltic Ferry Lines
Close −

Tomasz Wierzbicki runs operations at Baltic Ferry Lines, which sails four ships between Gdynia and Karlskrona.

Strengths
Fleet Operations (92)
Safety at Sea (100)
Crew Welfare (86)
Port Relations (74)
Operating principles
✓ Sail the timetable you can crew
✓ Every crew change is a safety event
✓ Ask the bosun first
On the record

“A ferry is a bridge that needs a crew.”

On the winter timetable

“He knows every deckhand by name.”

Anna Nowak, master of the MS Kaszuby
"""


def test_a_column_of_bracketed_scores_types_its_section() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["dimensions"] == [
        {"name": "Fleet Operations", "score": 92},
        {"name": "Safety at Sea", "score": 100},
        {"name": "Crew Welfare", "score": 86},
        {"name": "Port Relations", "score": 74},
    ]
    codes = {d["code"] for d in data["diagnostics"]}
    assert "section-label-missing" in codes  # the unknown title over them is said


def test_two_bracketed_counts_are_no_column() -> None:
    blocks = read_text("Comments (12)\nShares (3)\nRead more\n")
    assert not any(in_bracketed_column(blocks, i) for i in range(len(blocks)))


def test_a_count_over_100_breaks_the_column() -> None:
    blocks = read_text("Leadership (12)\nStrategy (140)\nCulture (5)\n")
    assert not any(in_bracketed_column(blocks, i) for i in range(len(blocks)))
