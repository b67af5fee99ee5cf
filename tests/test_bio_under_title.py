"""A line of a title's shape set aside between the bio's paragraphs (a section title no rule
knows, "In this episode"): the paragraphs under it may be that section's, not the bio's. They
stay the bio's, with a warning on the bio naming the line. Before, the bio took them with no
warning (a silent wrong bio). A site's label there ("Share", "5 min read") stays quiet.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

BIO = "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen."
ABOUT = (
    "Mira Castell on why a timetable is a promise to the crew first, and how punctual "
    "departures follow from crew welfare."
)


def _page(between: str) -> str:
    return (
        "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
        f"{BIO}\n\n{between}\n\n{ABOUT}\n\n"
        "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
        "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
        "Leadership Principles\n\n- Publish the delays before anyone asks\n"
        "- Fly the schedule you can crew\n- Ask the gate agents first\n\n"
        "Notable Quotes\n\n\u201cA timetable is a promise with numbers in it.\u201d\n"
        "\u2014 On punctuality\n"
    )


def _bio_warnings(page: str) -> list[str]:
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["bio"] == f"{BIO}\n\n{ABOUT}"  # kept: the warning says it may be another's
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [d["message"] for d in diagnostics if d["field"] == "bio" and d["severity"] == "warning"]


@pytest.mark.parametrize("title", ["In this episode", "Background"])
def test_paragraphs_under_an_unknown_title_in_the_bio_are_flagged(title: str) -> None:
    (warning,) = _bio_warnings(_page(title))
    assert f"{title!r} (line 7)" in warning
    assert "from line 9" in warning


# (A one-word line, "Advertisement" or "Background", may be a label or a title: it is flagged.)
@pytest.mark.parametrize("between", ["5 min read", "Share"])
def test_a_site_label_between_the_bio_paragraphs_stays_quiet(between: str) -> None:
    assert _bio_warnings(_page(between)) == []
