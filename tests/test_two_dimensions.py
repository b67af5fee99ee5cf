"""A leader scored on two dimensions: the section holds two "Name: 95" lines and nothing
else. A column of bare numbers needs three rows to be read anywhere on a page (one or two
"name number" lines are more often prose); under the section's own title two are its scores.
Before, both were left unplaced and the dimensions came out empty."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """Wilhelmina Osei-Brandt
Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet and two salmon farms share one breakwater.

Dimension Profile
• Seamanship: 91
• Port Operations: 84

Key Themes
• harbours
• fisheries
"""


def test_two_scored_lines_under_the_title_are_the_dimensions() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["dimensions"] == [
        {"name": "Seamanship", "score": 91},
        {"name": "Port Operations", "score": 84},
    ]


def test_two_lines_with_prose_beside_them_stay_unread() -> None:
    """Only a section of nothing but the two rows: a sentence beside them says the numbers
    may be the prose's."""
    page = PAGE.replace(
        "• Port Operations: 84\n", "• Port Operations: 84\nThe board rates the master yearly.\n"
    )
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["dimensions"] == []


def test_two_rows_under_a_heading_row_are_the_dimensions() -> None:
    """A table of two rows with its heading row, its cell walls dropped ("Competency   Rating
    (out of 100)" over "Seamanship   91"): the heading is the table's, the rows its scores."""
    page = PAGE.replace(
        "• Seamanship: 91\n• Port Operations: 84\n",
        "Competency\tRating (out of 100)\nSeamanship\t91\nPort Operations\t84\n",
    )
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["dimensions"] == [
        {"name": "Seamanship", "score": 91},
        {"name": "Port Operations", "score": 84},
    ]


def test_a_two_row_table_links_the_sections_around_it() -> None:
    """The locator reads the two rows as the section's content too: the sections after it
    join the profile (before, the profile ended above the table and the page was refused)."""
    page = """Wilhelmina Osei-Brandt

Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet and two salmon farms share one breakwater.

About this episode

Wilhelmina Osei-Brandt explains why a harbour is a promise that the weather keeps testing.

Scores
Dimension\tScore
Seamanship\t91
Port Operations\t84
Topics
harbours
fisheries
ferries
"""
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert [d["name"] for d in data["dimensions"]] == ["Seamanship", "Port Operations"]
    assert data["themes"] == ["harbours", "fisheries", "ferries"]
