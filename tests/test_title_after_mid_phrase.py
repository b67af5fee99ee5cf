"""A list item that ends on a word that usually goes on ("... before they ask you to"), then
the next section's title on the line under it with no blank line (lynx sets a list and the
next title so). The line above is far from full, so no wrap moved the title there; before,
an end mid-phrase was enough to take the title for the item's wrapped tail: the principle
ended "... you to Notable Quotes" and the quotes were lost, unflagged."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """   Wilhelmina Osei-Brandt

   Harbour Master at Port of Kalvøy
   Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry,
   the fishing fleet and two salmon farms share one breakwater, and she has
   kept the tide tables of the port since the year the new quay was opened.

   Dimension Profile
   • Seamanship: 91
   • Port Operations: 84
   • Community Trust: 77
   Leadership Principles
   1. Tie up the ferry first
   2. Leave the quay before they ask you to
   Notable Quotes

     “Ships are safe in harbour, but that is not what ships are for.”

   — Jon Hauge, ferry captain
"""


def test_a_title_under_a_short_line_ending_mid_phrase_is_a_title() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["principles"] == ["Tie up the ferry first", "Leave the quay before they ask you to"]
    assert [q["speaker"] for q in data["quotes"]] == ["Jon Hauge"]
