"""Pandoc's Markdown writes an HTML ``<sub>`` (a quote's caption set small, as GitHub's
comments set it) as ``~…~`` with its spaces escaped (``~---\\ On\\ hiring~``). Before, the
marks and the backslashes stayed, the caption was no attribution, and the quote lost its
context silently."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.mdinline import strip_inline

PAGE = (
    "# Ada Stone\n\nChief Executive Officer at Tidewater Ferries\n\n"
    "Ada Stone runs a ferry company of nine boats on the Solent and rebuilt its timetable "
    "around the tides.\n\n"
    "## Dimension Profile\n\n- Crew Planning: 91\n- Safety Culture: 88\n- Public Speaking: 40\n\n"
    "## Key Themes\n\n- ferries\n- tides\n- crew rosters\n\n"
    "## Notable Quotes\n\n"
    "> The tide keeps the timetable.\n\n~---\\ Harbour\\ Days\\ 2024~\n\n"
    "> A crew that sleeps sails well.\n\n~---\\ Bo\\ Lind,\\ chief\\ engineer~\n"
)


def test_a_subscript_caption_is_the_attribution() -> None:
    quotes = parse_bytes(PAGE.encode(), "page.md", "markdown").data["quotes"]
    assert quotes[0]["context"] == "Harbour Days 2024"
    assert quotes[1]["speaker"] == "Bo Lind"
    assert quotes[1]["context"] == "chief engineer"


def test_tildes_with_bare_spaces_are_kept() -> None:
    """ "~20 staff and ~30 more": approximations, no subscript (its spaces would be escaped)."""
    assert strip_inline("about ~20 staff and ~30 more") == "about ~20 staff and ~30 more"
    assert strip_inline("H~2~O") == "H~2~O"
