"""An event page's tags: the profile's themes under their own title ("Key Themes") in a box
far down the page, after the organiser's FAQ, where the profile was read to end. When the
profile has no themes of its own and the list is on its topic, it is read as the themes, with
a warning naming the guess."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """Ada Stone

   CEO at Acme Labs

   Ada Stone runs Acme Labs, a maker of small robots for warehouses and the people who run
   them; she built the warehouse robots business from a garage in Leeds.

   Dimension Profile

   Strategic Vision - 95/100

   Notable Quotes

   “Nobody remembers a fast payment.”
   – On refund speed

   “Ada knows every driver by name.”
   – Grace Mutua, her cofounder

   The link to join will be emailed to you before the event.

Frequently asked questions

   Will the session be recorded?

   Yes. Registered attendees get the recording within a week.

Key Themes

     * warehouse robots
     * robots for logistics
     * small business in Leeds

Organized by

   Northbeam Forum
"""


def test_themes_below_the_profile_are_read_and_flagged() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["themes"] == ["warehouse robots", "robots for logistics", "small business in Leeds"]
    assert any(
        d["code"] == "section-below-profile" and d["field"] == "themes" for d in data["diagnostics"]
    )


def test_a_profile_with_themes_keeps_its_own() -> None:
    page = PAGE.replace(
        "   Notable Quotes", "   Key Themes\n\n     * delivery\n     * hiring\n\n   Notable Quotes"
    )
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["themes"] == ["delivery", "hiring"]
