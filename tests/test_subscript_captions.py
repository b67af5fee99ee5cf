"""A quote's caption set as a subscript (``<sub>— On hiring</sub>``, as an issue comment sets
it small), as text converters write one: elinks in brackets ("[— On hiring]"), pandoc's plain
text in "_(…)", links with a "_" before it. Before, the line was no attribution: the quotes
lost their captions, and with the section's shape gone the page was refused. And a list whose
marks a text browser dropped, inside the profile and ending at a known section's title."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes
from extractor.read.lines import classify

PAGE = (
    "Ada Stone\n\nChief Executive Officer at Tidewater Ferries\n\n"
    "Ada Stone runs a ferry company of nine boats on the Solent and rebuilt its timetable "
    "around the tides.\n\n"
    "Dimension Profile\n\nCrew Planning: 91\nSafety Culture: 88\nPublic Speaking: 40\n\n"
    "Key Themes\n\nferries, tides, crew rosters\n\n"
    "Notable Quotes\n\n"
    "The tide keeps the timetable.\n\n{a}\n\n"
    "A crew that sleeps sails well.\n\n{b}\n"
)


@pytest.mark.parametrize(
    ("before", "after"),
    [("[", "]"), ("_(", ")"), ("_", "")],
)
def test_a_subscript_caption_is_an_attribution(before: str, after: str) -> None:
    page = PAGE.format(
        a=f"{before}\u2014 Harbour Days 2024{after}",
        b=f"{before}\u2014 Bo Lind, chief engineer{after}",
    )
    quotes = parse_bytes(page.encode(), "page.txt", "text").data["quotes"]
    assert [q["context"] for q in quotes] == ["Harbour Days 2024", "chief engineer"]
    assert quotes[1]["speaker"] == "Bo Lind"


def test_bracketed_words_without_a_dash_stay_a_paragraph() -> None:
    assert classify("[citation needed]", 1).kind.name == "PARAGRAPH"
    assert classify("_(draft)", 1).kind.name == "PARAGRAPH"


def test_an_italic_dashed_caption_loses_its_closing_mark() -> None:
    """html2text writes ``<em>— On hiring</em>`` as "_— On hiring_": both underscores are the
    italic's. Before, the caption kept the closing one ("On hiring_")."""
    block = classify("_\u2014 On hiring_", 1)
    assert (block.kind.value, block.text) == ("attribution", "On hiring")
    assert classify("_\u2014_", 1).text == "_\u2014_"  # a dash alone names nothing
