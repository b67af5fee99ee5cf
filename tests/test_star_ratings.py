"""Rating rows with star glyphs: a label, a run of stars and a number out of 100, each a
<span> on a speaker bureau's or review site's page.

A text browser runs the three together ("Crew Care★★★★☆84"); a browser's copy sets each on its
own line ("Crew Care", "★★★★☆", "84"). Either way the number is the score and the stars only
check it (``score-bar-mismatch`` when they disagree). Before, the glued rows were no dimension
at all and the three-line rows gave dimensions named "★★★★☆".

Also here: a name taken from a line not written like a person's (a site's button row) makes the
headline read under it as doubtful, flagged on the headline.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

STARS = {91: "★★★★★", 84: "★★★★☆", 72: "★★★★☆"}
ROWS = [("Punctuality", 91), ("Crew Care", 84), ("Cost Discipline", 72)]
WANT = [{"name": name, "score": score} for name, score in ROWS]


def _page(title: str, rows: str, header: str = "Mira Castell") -> str:
    return (
        f"{header}\n\nChief Operating Officer at Northwind Air\n\n"
        "About\n\nMira Castell runs operations at Northwind Air, a regional airline in Bergen.\n\n"
        f"{title}\n\n{rows}\n"
        "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
        "Leadership Principles\n\n- Publish the delays before anyone asks\n"
        "- Fly the schedule you can crew\n- Ask the gate agents first\n\n"
        "Notable Quotes\n\n\u201cA timetable is a promise with numbers in it.\u201d\n"
        "\u2014 On punctuality\n"
    )


def _glued(stars: dict[int, str]) -> str:
    return "".join(f"{name}{stars[score]}{score}\n" for name, score in ROWS)


def _lines(stars: dict[int, str]) -> str:
    return "".join(f"{name}\n{stars[score]}\n{score}\n" for name, score in ROWS)


def _parse(page: str) -> dict[str, object]:
    return parse_bytes(page.encode(), "page.txt", "text").data


def _codes(data: dict[str, object], code: str) -> list[str]:
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [d["field"] for d in diagnostics if d["code"] == code]


@pytest.mark.parametrize("title", ["Dimension Profile", "Audience ratings"])
@pytest.mark.parametrize("rows", [_glued, _lines], ids=["glued", "lines"])
def test_star_rows_are_dimensions(title: str, rows: object) -> None:
    assert callable(rows)
    data = _parse(_page(title, rows(STARS)))
    assert data["dimensions"] == WANT
    assert data["themes"] == ["regional aviation", "timetables", "crew welfare", "Bergen"]
    assert not _codes(data, "content-unplaced")
    assert not _codes(data, "score-bar-mismatch")


@pytest.mark.parametrize("rows", [_glued, _lines], ids=["glued", "lines"])
def test_stars_that_disagree_with_the_number_are_flagged(rows: object) -> None:
    assert callable(rows)
    data = _parse(_page("Dimension Profile", rows({**STARS, 72: "★☆☆☆☆"})))
    assert data["dimensions"] == WANT  # the number is the score
    assert _codes(data, "score-bar-mismatch") == ["dimensions[2].score"]


def test_headline_under_a_button_row_taken_for_the_name_is_flagged() -> None:
    page = _page("Dimension Profile", _glued(STARS), header="Book now Add to list ♡")
    data = _parse(page)
    assert data["name"] == "Book now Add to list ♡"
    assert set(_codes(data, "name-doubtful")) >= {"name", "headline"}


def _copied(title: str) -> str:
    """A browser's copy (no blank line between a list and the next title) of a page whose
    menu holds a section title's word ("Topics") above the profile."""
    rows = _lines(STARS)
    return (
        "Northwind Speakers\nHome\nTopics\nEvents\nAbout us\nContact\n"
        "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
        "About\n\nMira Castell runs operations at Northwind Air, a regional airline in Bergen.\n\n"
        "Key Themes\nregional aviation\ntimetables\ncrew welfare\nBergen\n"
        f"{title}\n{rows}\n"
        "Leadership Principles\n\n- Publish the delays before anyone asks\n"
        "- Fly the schedule you can crew\n- Ask the gate agents first\n\n"
        "Notable Quotes\n\n\u201cA timetable is a promise with numbers in it.\u201d\n"
        "\u2014 On punctuality\n"
    )


@pytest.mark.parametrize("title", ["Dimension Profile", "Audience ratings"])
def test_three_line_star_rows_hold_the_profile_together(title: str) -> None:
    """The rows' lines (label, stars, number) are the dimensions' shape for the locator too:
    before, the stars line broke the run of sections there, and a shorter run from the menu's
    "Topics" won (the menu's entries read as the themes, the name a menu entry)."""
    data = _parse(_copied(title))
    assert data["name"] == "Mira Castell"
    assert data["dimensions"] == WANT
    assert data["themes"] == ["regional aviation", "timetables", "crew welfare", "Bergen"]
    assert len(data["principles"]) == 3
