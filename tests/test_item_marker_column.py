"""A text browser (lynx) sets a list item's text past its marker ("   • Governance: 80", its
wrapped tail under "Governance"), and the block after the list at the marker's own column,
with no blank line between when the page's markup has none (a chat message's rich text:
"   • Public Speaking: 47" / "   🏷️ Tags" / "   harbours ferries"). A line at the marker's
column right under the item's line is the item's tail only where a wrap put it there (its
first word did not fit above, or it goes on in lower case: a table cell's column, "· Lend
after the harvest calendar, not the bank" / "calendar"). Before, every such line was taken
into the last item: the titles and lists below the scores ran into its text and the page
was refused."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.text import read_text

PAGE = """\
   Wilhelmina Osei-Brandt
   Harbour Master at Port of Kalvoy

   Wilhelmina Osei-Brandt runs the small harbour of Kalvoy, where the ferry, the
   fishing fleet and two salmon farms share one breakwater.
   🎙️ In a nutshell
   Wilhelmina Osei-Brandt explains why a harbour is a timetable with water in it,
   and how she kept the ferry running through the storm of 2023.
   📊 Scores from the board
   • Strategic Vision: 80
   • Execution and Craft: 91
   • Stakeholder Relations: 83
   • Talent Development: 72
   • Public Speaking: 47
   🏷️ Tags
   harbours, fisheries, ferries
   🧭 What she stands for
   1. Tie up the ferry first
   2. Walk the quay every morning
   3. Publish the tide tables a year ahead
   💬 Good lines

     The tide keeps its own timetable.

   — Harbour board, 2024

     A breakwater is a promise you keep in every storm.

   — Jonas Keller, skipper of the Kalvoy ferry
"""


def test_a_line_at_the_markers_column_is_not_the_items_text() -> None:
    blocks = read_text(PAGE)
    texts = [b.text for b in blocks]
    assert "Public Speaking: 47" in texts
    assert "🧭 What she stands for" in texts
    assert "Publish the tide tables a year ahead" in texts


def test_the_page_is_read() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert [d["name"] for d in data["dimensions"]] == [
        "Strategic Vision",
        "Execution and Craft",
        "Stakeholder Relations",
        "Talent Development",
        "Public Speaking",
    ]
    assert data["principles"] == [
        "Tie up the ferry first",
        "Walk the quay every morning",
        "Publish the tide tables a year ahead",
    ]


def test_a_wrapped_tail_at_the_markers_column_stays_the_items() -> None:
    """A table cell's column: the converter wraps the item's text under its marker."""
    text = (
        "   Guiding Principles\n"
        "   · Lend after the harvest calendar, not the bank\n"
        "   calendar\n"
        "   · A farmer who repays late still repays\n"
    )
    items = [b.text for b in read_text(text) if b.kind.value == "item"]
    assert items == [
        "Lend after the harvest calendar, not the bank calendar",
        "A farmer who repays late still repays",
    ]
