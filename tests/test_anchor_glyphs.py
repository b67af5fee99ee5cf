"""A link glyph a site sets after every heading (Sphinx, MkDocs and Jupyter's "¶", a link or
anchor emoji), which converters keep glued to the heading's text: cut off when two lines or
more end in it, so the name and the section titles read as written. Before, the name kept
the glyph ("Ada Stone¶") with no warning, and standard titles were not known with it."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

PAGE = (
    "# Ada Stone{g}\n\nChief Executive Officer at Tidewater Ferries\n\n"
    "Ada Stone runs a ferry company of nine boats on the Solent and rebuilt its timetable "
    "around the tides.\n\n"
    "## Key Themes{g}\n\n- ferries\n- tides\n- crew rosters\n\n"
    "## Episode Summary{g}\n\nAda Stone on running boats to the tide, not to the clock.\n\n"
    "## Leadership Principles{g}\n\n- Sail the timetable you can crew\n"
    "- Publish the delays first\n- Ask the skippers\n\n"
    "## Notable Quotes{g}\n\n> \u201cThe tide keeps the timetable.\u201d\n>\n"
    "> \u2014 On scheduling\n"
)


@pytest.mark.parametrize(
    "glyph",
    [
        "\u00b6",
        " \u00b6",
        "\U0001f517",
        "#",
        " #",
        "\u00a7",
        "\u29c9",
        "\U0001f516",
        "\U0001f517\ufe0f",
    ],
)
def test_heading_glyphs_are_cut_off(glyph: str) -> None:
    plain = parse_bytes(PAGE.format(g="").encode(), "page.md", "markdown").data
    data = parse_bytes(PAGE.format(g=glyph).encode(), "page.md", "markdown").data
    assert data["name"] == "Ada Stone"
    for field in ("headline", "bio", "themes", "summary", "principles", "quotes"):
        assert data[field] == plain[field], field


def test_one_pilcrow_is_kept() -> None:
    """A line's own glyph, on one line only, is not a heading's link: kept as written."""
    page = PAGE.format(g="").replace("the tides.", "the tides \u00b6")
    data = parse_bytes(page.encode(), "page.md", "markdown").data
    assert str(data["bio"]).endswith("\u00b6")


def test_a_sharp_after_one_letter_is_a_name() -> None:
    """ "C#", "F#": a language's name, not a heading's link, even on two lines."""
    page = PAGE.format(g="").replace("- tides\n", "- C#\n- F#\n")
    data = parse_bytes(page.encode(), "page.md", "markdown").data
    assert data["themes"] == ["ferries", "C#", "F#", "crew rosters"]


def test_a_sharp_after_one_letter_glued_to_a_word_is_a_name() -> None:
    """ ".NET/C#", "Unity/C#": the one letter before the "#" is glued to a slash, not a space."""
    page = PAGE.format(g="").replace("- tides\n", "- .NET/C#\n- Unity/C#\n")
    data = parse_bytes(page.encode(), "page.md", "markdown").data
    assert data["themes"] == ["ferries", ".NET/C#", "Unity/C#", "crew rosters"]
