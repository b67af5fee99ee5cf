"""Quotes set as ``<li><q>words</q> — <em>who or on what</em></li>``: a browser's copy and most
converters drop the ``<q>``'s marks, leaving "words. — On hiring" on one line. Before, no line of
the section read as a quote (no marks, no attribution of its own line), the section was cut
at its title and every quote was lost (reported, but lost)."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

TOP = """Mara Quillfeather

Chief Executive Officer at Lantern Mills

Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill country, and sells its yarn to knitters and weavers in twelve countries.

Key Themes
wool
cooperatives
rural trade

Notable Quotes
"""

LINES = [
    "A fleece tells you how the winter went. — On sourcing wool",
    "She answered every farmer's letter by hand. — Tobias Wren, cooperative treasurer",
    "Slow yarn sells itself.",
    "We price by the skein because spinners count in skeins. — Interview with Wool Weekly, 2023",
]

WANT = [
    {
        "text": "A fleece tells you how the winter went.",
        "speaker": "Mara Quillfeather",
        "context": "On sourcing wool",
    },
    {
        "text": "She answered every farmer's letter by hand.",
        "speaker": "Tobias Wren",
        "context": "cooperative treasurer",
    },
    {"text": "Slow yarn sells itself.", "speaker": "Mara Quillfeather", "context": None},
    {
        "text": "We price by the skein because spinners count in skeins.",
        "speaker": "Mara Quillfeather",
        "context": "Interview with Wool Weekly, 2023",
    },
]

BOTTOM = """
Brand assets
Portrait, studio · 3000 × 4000 px
"""


def _record(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode(), "page.txt").record)


def test_quotes_with_the_attribution_after_a_dash_on_their_line() -> None:
    """As a browser's copy gives them: one line each."""
    assert _record(TOP + "\n".join(LINES) + "\n" + BOTTOM)["quotes"] == WANT


def test_the_same_as_a_text_browser_lists_them() -> None:
    """As links or lynx lists them: an item each, the last with no attribution."""
    lines = [*LINES[:2], LINES[3], LINES[2]]
    record = _record(TOP + "\n".join(f"  * {line}" for line in lines) + "\n" + BOTTOM)
    assert record["quotes"] == [*WANT[:2], WANT[3], WANT[2]]


def test_a_sentence_with_a_dash_in_prose_is_no_quote() -> None:
    """A dash whose words name no one and no topic, on a line under no quotes title, is a
    sentence's own: the summary keeps it."""
    page = TOP.replace("Notable Quotes\n", "") + (
        "\nEpisode Summary\nMara talks about wool and weather. — and why she kept the old mill.\n"
    )
    assert _record(page)["quotes"] == []


def test_quotations_in_a_list_with_dash_bullets() -> None:
    """pandoc's plain text sets a list's bullets as dashes: "-   “Words.” — On hiring" is a
    quotation and its attribution, not an attribution with no quote above it."""
    items = [
        "\u201cA fleece tells you how the winter went.\u201d \u2014 On sourcing wool",
        "\u201cShe answered every farmer's letter by hand.\u201d \u2014 Tobias Wren, "
        "cooperative treasurer",
        "\u201cSlow yarn sells itself.\u201d",
    ]
    page = TOP + "\n" + "\n".join(f"-   {item}" for item in items) + "\n" + BOTTOM
    assert _record(page)["quotes"] == WANT[:3]
