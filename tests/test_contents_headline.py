"""A table of contents above the profile (a Word document's: "Biography. ........ 1"): when
its title is taken for the name, the contents line under it is read as the headline. A line
ending in dot leaders is nobody's headline: flagged on the headline. Before, only the name
was flagged and the headline was a silent wrong field."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

PAGE = (
    "Briefing pack\n\n"
    "Contents\n\n"
    "Biography.{d} 1\n\nSession outline.{d} 1\n\nAreas of focus.{d} 2\n\n"
    "Biography\n\nMira Castell runs operations at Northwind Air, a regional airline based "
    "in Bergen.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n"
)


def _headline_warnings(page: str) -> list[str]:
    data = parse_bytes(page.encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [d["message"] for d in diagnostics if d["field"] == "headline"]


@pytest.mark.parametrize("leaders", ["." * 40, " " + "." * 40])
def test_a_contents_line_read_as_the_headline_is_flagged(leaders: str) -> None:
    """One entry alone is no table of contents (see tests/test_word_document.py): the line
    may still be read as the headline, and is flagged."""
    page = PAGE.format(d=leaders).replace(f"Session outline.{leaders} 1\n\n", "")
    page = page.replace(f"Areas of focus.{leaders} 2\n\n", "")
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert str(data["headline"]).startswith("Biography.")  # the misread this is about
    assert any("dot leaders" in m for m in _headline_warnings(page))


@pytest.mark.parametrize("leaders", ["." * 40, " " + "." * 40])
def test_a_table_of_contents_is_never_the_headline(leaders: str) -> None:
    """Three entries are a table of contents: the page's, set aside; no headline is read from
    it (the headline is missing, said so, and the name a guess, flagged)."""
    data = parse_bytes(PAGE.format(d=leaders).encode(), "page.txt", "text").data
    assert data["headline"] is None
    assert _headline_warnings(PAGE.format(d=leaders))
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    assert any("table of contents" in d["message"] for d in diagnostics)


def test_a_headline_with_an_ellipsis_stays_quiet() -> None:
    page = (
        "Mira Castell\n\nChief Operating Officer at Northwind Air...\n\n"
        "About\n\nMira Castell runs operations at Northwind Air, a regional airline.\n\n"
        "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n"
    )
    assert not any("dot leaders" in m for m in _headline_warnings(page))
