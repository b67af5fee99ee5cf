"""Testimonial cards: a quotation mark ornament ("❝") in an element of its own over each card's
words, set without quote marks, and the source in bold under them with no dash ("Ola Berg,
station manager"), or none. A text browser sets the ornament alone on its line.

Before, the ornament (a glyph repeated on the page) was read as a list marker, each quotation
became a list item and the section was no quotes section: every quote was lost. Now the
ornament opens a quotation (as block-quote markup does) and the caption under it is its
attribution.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes
from extractor.read.lines import is_quote_ornament

HEAD = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "About\n\nMira Castell runs operations at Northwind Air, a regional airline in Bergen.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
    "Leadership Principles\n\n- Publish the delays before anyone asks\n"
    "- Fly the schedule you can crew\n\n"
)
CARDS = [
    ("A timetable is a promise with numbers in it.", "On punctuality"),
    (
        "She reads the delay log before the newspaper, every single morning.",
        "Ola Berg, station manager",
    ),
    ("Crews remember who asked them first.", None),
    ("We fly the schedule we can crew, not the one we can sell.", "On planning"),
]
WANT = [
    ("A timetable is a promise with numbers in it.", "Mira Castell", "On punctuality"),
    (
        "She reads the delay log before the newspaper, every single morning.",
        "Ola Berg",
        "station manager",
    ),
    ("Crews remember who asked them first.", "Mira Castell", None),
    ("We fly the schedule we can crew, not the one we can sell.", "Mira Castell", "On planning"),
]


def _cards(ornament: str, bold: bool) -> str:
    out = []
    for text, by in CARDS:
        caption = "" if by is None else (f"**{by}**\n\n" if bold else f"{by}\n\n")
        out.append(f"{ornament}\n\n{text}\n\n{caption}")
    return "".join(out)


@pytest.mark.parametrize("ornament", ["❝", "🙶"])
@pytest.mark.parametrize(
    ("bold", "kind", "name"), [(False, "text", "p.txt"), (True, "markdown", "p.md")]
)
def test_cards_under_ornaments_are_quotes(ornament: str, bold: bool, kind: str, name: str) -> None:
    page = f"{HEAD}Notable Quotes\n\n{_cards(ornament, bold)}"
    data = parse_bytes(page.encode(), name, kind).data
    quotes = data["quotes"]
    assert isinstance(quotes, list)
    assert [(q["text"], q["speaker"], q["context"]) for q in quotes] == WANT


def test_quote_ornaments_by_unicode_name() -> None:
    assert is_quote_ornament("❝") and is_quote_ornament("❞") and is_quote_ornament("🙷")
    assert not is_quote_ornament("“")  # punctuation a quotation is written with, not a glyph
    assert not is_quote_ornament("→") and not is_quote_ornament("✔")
