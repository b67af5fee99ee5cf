"""Quotes set as boxes (a docs site's "quote" admonition, a card with a heading): each box's
title says who spoke or on what, the words under it carry no quote marks ("On punctuality",
then "A timetable is a promise."). Read in the usual order (a caption under its quotation),
each title went to the quote above it, or the section did not read as quotes at all and was
cut from the profile. A box's bare default title ("Quote") names no one: the leader's quote.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEAD = (
    "# Mira Castell\n\n"
    "Chief Operating Officer at Northwind Air\n\n"
    "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.\n\n"
    "## Dimension Profile\n\n- Punctuality: 91%\n- Crew Care: 84%\n- Cost Discipline: 72%\n\n"
    "## Key Themes\n\n- regional aviation\n- crew rostering\n- delay reporting\n\n"
)
BOXES = (
    "## Notable Quotes\n\n"
    "On punctuality\n\n"
    "A timetable is a promise.\n\n"
    "Jon Arvid Lund, chief pilot\n\n"
    "She reads every delay report herself, and she answers\n"
    "the ones that make her angry first.\n\n"
    "Quote\n\n"
    "Cheap seats are no excuse for a late plane.\n\n"
)
WANT = [
    {"text": "A timetable is a promise.", "speaker": "Mira Castell", "context": "On punctuality"},
    {
        "text": "She reads every delay report herself, and she answers the ones that make her "
        "angry first.",
        "speaker": "Jon Arvid Lund",
        "context": "chief pilot",
    },
    {
        "text": "Cheap seats are no excuse for a late plane.",
        "speaker": "Mira Castell",
        "context": None,
    },
]


def _quotes(text: str, fmt: str) -> object:
    return parse_bytes(text.encode(), f"page.{'md' if fmt == 'markdown' else 'txt'}", fmt).data[
        "quotes"
    ]


def test_boxes_titled_above_their_words_are_read_title_first() -> None:
    assert _quotes(HEAD + BOXES + "Last update: March 2, 2026\n", "markdown") == WANT


def test_boxes_from_a_text_converter_are_read_title_first() -> None:
    plain = (HEAD + BOXES).replace("## ", "").replace("# ", "").replace("- ", "")
    assert _quotes(plain + "Was this page helpful?\n", "text") == WANT


def test_a_caption_over_a_question_is_no_box() -> None:
    # A site's line over its question under the quotes: no box, not a quote.
    page = HEAD + BOXES + "Feedback\n\nWas this page helpful?\n"
    quotes = _quotes(page, "markdown")
    assert quotes == WANT
