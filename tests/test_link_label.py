"""A link's label closed by an arrow ("Listen on Spotify ↗") is site chrome, not the section's text.

Page builders set a button under the summary ("Listen on Spotify ↗", "Read the transcript →");
every converter gives it as a line of its own at the end of the section, and it used to become
the summary's last paragraph.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from extractor.parsing.chrome import is_link_label
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")


@pytest.mark.parametrize("label", ["Listen on Spotify ↗", "Read the transcript →", "Watch ›"])
def test_a_label_under_the_summary_is_chrome(label: str) -> None:
    at = PAGE.index("Leadership Principles")
    page = PAGE[:at] + label + "\n\n" + PAGE[at:]
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    original = parse_bytes(PAGE.encode("utf-8"), "page.txt")
    assert result.record.summary == original.record.summary
    assert any(f.code == "site-chrome" and "link" in f.message for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Build → measure → learn",  # the arrow inside, not closing it
        "→ Read more",  # a leading arrow decorates a list item
        "Margins moved from 12% to 18% over the three years she ran the division →",  # a sentence
        "Ship it -->",  # ASCII art is not an arrow glyph here
        "Co-President, CPO and CTO at Spotify ↗",  # a headline linking the company's site
        "Head of Research at Nordhafen ↗",
    ],
)
def test_other_lines_are_not_labels(text: str) -> None:
    assert not is_link_label(Block(Kind.PARAGRAPH, text, 1, 1))


def test_a_list_item_is_never_a_label() -> None:
    assert not is_link_label(Block(Kind.ITEM, "Read the transcript →", 1, 1))
    assert is_link_label(Block(Kind.PARAGRAPH, "Read the transcript →", 1, 1))
