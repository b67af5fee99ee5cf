"""A bulleted chip list ends at its last bullet: the lines under it are the page's footer.

A docs site sets the tags last on the page, then "Edit this page", "Last updated on …",
"Previous" / "Next": short lines, no sentences, so they read like chips and used to be
appended to the themes. Once the chips are bulleted, a line without a bullet after the last
one ends the list (as the principles' list ends, see test_principles_end).
"""

from __future__ import annotations

from conftest import SAMPLES

from extractor.pipeline import parse_bytes

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
CHIPS = ["generative AI", "product magic tricks", "recommendation", "internal podcasting"]
FOOTER = (
    "Edit this page\nLast updated on Jan 12, 2026 by docs-bot\nPrevious\nJonas Berg\n"
    "Next\nPriya Rao\n"
)


def test_footer_lines_under_the_last_bulleted_chip_are_not_chips() -> None:
    # The themes last on the page, as a docs site sets its tags.
    head = PAGE[: PAGE.index("Key Themes")]
    start = PAGE.index("Episode Summary")
    end = PAGE.index("Want to know")
    page = (
        head
        + PAGE[start:end]
        + "Key Themes\n\n"
        + "".join(f"  • {chip}\n" for chip in CHIPS)
        + "\n"
        + FOOTER
    )
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    assert list(result.record.themes) == CHIPS
    assert len(result.record.quotes) == 3
    # the footer is accounted for as chrome, not lost
    assert any(
        f.code == "site-chrome" and "below the profile" in f.message for f in result.findings
    )


def test_unbulleted_chips_one_per_line_still_read() -> None:
    head = PAGE[: PAGE.index("Key Themes")]
    tail = PAGE[PAGE.index("Episode Summary") :]
    page = head + "Key Themes\n\n" + "\n".join(CHIPS) + "\n\n" + tail
    assert list(parse_bytes(page.encode("utf-8"), "page.txt").record.themes) == CHIPS
