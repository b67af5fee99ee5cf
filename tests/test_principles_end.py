"""After a bulleted principles list, an unbulleted line is what follows the list, not an item.

A site's "You may also like" box or footer line after the last section used to become a last
principle when the page had no quotes (held-out trial, web-component design).
"""

from __future__ import annotations

from conftest import SAMPLES

from extractor.pipeline import parse_bytes

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")


def test_a_box_after_the_last_bulleted_section_is_not_a_principle() -> None:
    head = PAGE[: PAGE.index("Notable Quotes")]
    tail = (
        "You may also like\nIna Korhonen\nHead of Data at Lumo\n\n"
        "Ole Brandt\nChief Executive Officer at Tidewater\n\nThe Operators, made with care in Oslo"
    )
    record = parse_bytes((head + tail).encode("utf-8"), "page.txt").record
    assert len(record.principles) == 3
    assert record.principles[-1].startswith("All truly great products")


def test_principles_without_bullets_are_still_read_one_per_line() -> None:
    page = PAGE.replace("  • ", "")
    record = parse_bytes(page.encode("utf-8"), "page.txt").record
    assert len(record.principles) == 3
