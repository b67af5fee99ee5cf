"""A browser's text copy of a list whose items carry an icon element or a CSS marker keeps the
glyph first on each line, with no blank line between ("✔ Publish the failures first"). Two
lines or more that open with the same glyph are a list's items; before, they stayed
paragraphs, the list's section went untyped and the principles were lost to the section
above."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.text import read_text

PAGE = """Wilhelmina Osei-Brandt
Harbour Master at Port of Kalvøy
Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet and two salmon farms share one breakwater.
Key Themes
harbours
fisheries
ferries
Dimension Profile
Strategic Vision
80
Execution & Craft
91
Ratings from the harbour board, out of 100.
What she stands for
✔ Tie up the ferry first
✔ Walk the quay every morning
✔ Publish the tide tables a year ahead
"""

PRINCIPLES = [
    "Tie up the ferry first",
    "Walk the quay every morning",
    "Publish the tide tables a year ahead",
]


def test_glyph_led_lines_are_a_list() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["principles"] == PRINCIPLES


def test_one_glyph_led_line_and_table_borders_stay_lines() -> None:
    """A glyph met once is the line's own; a text table's borders are no glyphs."""
    blocks = read_text("✔ Verified speaker\n\n│ 0 │ Grit │ 90 │\n│ 1 │ Care │ 80 │\n")
    assert [b.kind.value for b in blocks] == ["paragraph", "paragraph", "paragraph"]


def test_a_page_with_one_glyph_led_line_is_not_looked_at_for_a_glyph_list() -> None:
    """The text's own test before the blocks are looked at (``read.text.glyph_led_twice``):
    one back link ("← All Leaders") on a page is no list; two lines with one glyph may be,
    and two different glyphs are not."""
    from extractor.read.text import glyph_led_twice

    assert not glyph_led_twice("← All Leaders\n\nAda Stone\n\nCEO at Acme Labs\n")
    assert glyph_led_twice("← All Leaders\n\n✔ Publish the failures first\n✔ Pay on time\n")
    assert glyph_led_twice("  ✔️ Publish the failures first\n  ✔️ Pay on time\n")
    assert not glyph_led_twice("← All Leaders\n\n✔ Publish the failures first\n")
