"""Sentences without quote marks, each right over a dashed line, two pairs in a row, are read
as quotations whose block-quote markup a text copy dropped (tests/test_emoji_led_titles.py).
A bio's paragraphs each over a credit line ("— Photo: Jon Hauge", "— Source: Harbour Weekly":
a label and a colon, a caption's credit) are no such pairs: before, the headline was taken for
the title of a quotes section, the bio's paragraphs for its quotes, and the headline and the
bio came out empty."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """Wilhelmina Osei-Brandt

Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet and two salmon farms share one breakwater.

— Photo: Jon Hauge

She took the job in 2015 after twenty years as a ferry skipper on the coastal route.

— Source: Harbour Weekly

Dimension Profile

  • Seamanship: 91
  • Port Operations: 84
  • Community Trust: 77

Key Themes

  • harbours
  • fisheries
"""


def test_paragraphs_over_credit_lines_stay_the_bio() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["headline"] == "Harbour Master at Port of Kalvøy"
    assert data["bio"].startswith("Wilhelmina Osei-Brandt runs the small harbour")
    assert "twenty years as a ferry skipper" in data["bio"]
    assert data["quotes"] == []


def test_only_credit_lines_are_set_apart() -> None:
    """The credit's label is what sets it apart: a name or an occasion under each sentence
    is its source."""
    from extractor.parsing.bycontent import typed_by_content
    from extractor.read.text import read_text

    def typed(first: str, second: str) -> tuple[str, int] | None:
        text = (
            f"Good lines\n\nShips are safe in harbour.\n— {first}\n"
            f"\nShe knows every boat by its engine.\n— {second}\n"
        )
        blocks = read_text(text)
        prose = [False] * len(blocks)
        return typed_by_content(blocks, 0, lambda rule, i: False, prose, inside=True)

    assert typed("On the breakwater", "Jon Hauge, ferry captain") == ("quotes", 5)
    assert typed("Photo: Jon Hauge", "Source: Harbour Weekly") is None


def test_paragraphs_right_under_the_headline_stay_the_bio() -> None:
    """A credit without its label ("— Jon Hauge") under each of the bio's paragraphs: the line
    over them is the page's headline, under its name, no quotes section's title."""
    page = PAGE.replace("Photo: Jon Hauge", "Jon Hauge").replace(
        "Source: Harbour Weekly", "Harbour Weekly"
    )
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["headline"] == "Harbour Master at Port of Kalvøy"
    assert data["bio"].startswith("Wilhelmina Osei-Brandt runs the small harbour")
    assert data["quotes"] == []
