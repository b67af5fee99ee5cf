"""A profile posted as one chat message (Slack, Teams, Discord): plain lines, each section's
title a bold line led by an emoji ("📊 By the numbers"), in the poster's own words, and the
quotations as sentences each over its "— who" line, their block-quote markup lost in a text
copy. Before, no title was taken for one (a title opens with a letter) and the unmarked
quotations were prose under their title: the page was refused as no leader page."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind

PAGE = """# bookings

Ada Lindqvist
2026-03-12 10:42:07

Final profile for Thursday 👇

Wilhelmina Osei-Brandt
Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet and two salmon farms share one breakwater.

📊 Numbers from the scoring call
• Seamanship: 91
• Port Operations: 84
• Community Trust: 77

🧭 How she works
1. Tie up the ferry first
2. Walk the quay every morning
3. Publish the tide tables a year ahead

💬 Good lines

A harbour is a promise that the weather keeps testing.
— On the breakwater

She knows every skipper's boat by the sound of its engine.
— Jon Hauge, ferry captain

👏 4
3 replies
"""


def test_emoji_led_titles_type_their_sections() -> None:
    data = parse_bytes(PAGE.encode(), "message.txt", "text").data
    assert data["name"] == "Wilhelmina Osei-Brandt"
    assert [d["name"] for d in data["dimensions"]] == [
        "Seamanship",
        "Port Operations",
        "Community Trust",
    ]
    assert data["principles"] == [
        "Tie up the ferry first",
        "Walk the quay every morning",
        "Publish the tide tables a year ahead",
    ]
    assert [(q["text"][:12], q["speaker"]) for q in data["quotes"]] == [
        ("A harbour is", "Wilhelmina Osei-Brandt"),
        ("She knows ev", "Jon Hauge"),
    ]


def test_a_glyph_before_words_is_a_title_shape_a_sentence_is_not() -> None:
    from extractor.parsing.bycontent import title_shaped

    def line(text: str) -> Block:
        return Block(Kind.PARAGRAPH, text, 1, 1)

    assert title_shaped(line("🏷️ Tags"))
    assert title_shaped(line("📊 By the numbers"))
    assert not title_shaped(line("👏 4"))  # a reaction's count: a figure, no title
    assert not title_shaped(line("🎉 We shipped it."))


def test_one_sentence_over_a_dash_is_no_quotes_section() -> None:
    """A lone sentence over a dashed line is any page's (a signature, a footer's motto); two
    such pairs in a row under a title are a quotes section."""
    from extractor.parsing.bycontent import typed_by_content
    from extractor.read.text import read_text

    def typed(text: str) -> tuple[str, int] | None:
        blocks = read_text(text)
        prose = [False] * len(blocks)
        return typed_by_content(blocks, 0, lambda rule, i: False, prose, inside=True)

    one = "Good lines\n\nShips are safe in harbour.\n— On the breakwater\n"
    two = one + "\nShe knows every boat by its engine.\n— Jon Hauge, ferry captain\n"
    assert typed(one) is None
    assert typed(two) == ("quotes", 5)


def test_a_sentence_without_attribution_before_the_pairs_is_in_the_run() -> None:
    """The leader's own words, no one named under them, before or between the pairs."""
    from extractor.parsing.bycontent import typed_by_content
    from extractor.read.text import read_text

    text = (
        "Good lines\n\nA quay is a promise.\n\nShips are safe in harbour.\n— On the breakwater\n"
        "\nWe sail at dawn.\n\nShe knows every boat by its engine.\n— Jon Hauge, ferry captain\n"
    )
    blocks = read_text(text)
    prose = [False] * len(blocks)
    assert typed_by_content(blocks, 0, lambda rule, i: False, prose, inside=True) == (
        "quotes",
        len(blocks),
    )
