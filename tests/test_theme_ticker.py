"""A chip list set as a scrolling ticker, and a chip that reads like another section's title.

A ticker ("marquee") sets its list twice so the animation loops; every converter keeps both
copies, and the themes came out doubled. A chip such as "CII ratings" reads like a qualified
title ("… Ratings": the dimensions), and used to cut the themes there and end the profile.
"""

from __future__ import annotations

from conftest import SAMPLES

from extractor.pipeline import parse_bytes

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
START = PAGE.index("Key Themes")
END = PAGE.index("Episode Summary")
CHIPS = ["dry bulk", "IMO 2030", "CII ratings", "crew welfare", "Piraeus", "LNG"]


def _parse(chips: list[str]):  # type: ignore[no-untyped-def]
    body = "Key Themes\n\n" + "\n\n".join(chips) + "\n\n"
    page = PAGE[:START] + body + PAGE[END:]
    return parse_bytes(page.encode("utf-8"), "page.txt")


def test_a_list_said_twice_is_read_once_and_the_copy_reported() -> None:
    result = _parse(CHIPS + CHIPS)
    record = result.record
    assert list(record.themes) == CHIPS
    assert record.summary is not None and record.summary.startswith("Gustav Soderstrom shares")
    assert len(record.quotes) == 3
    assert any(f.code == "site-chrome" and "ticker" in f.message for f in result.findings)


def test_a_chip_that_reads_like_a_title_stays_a_chip() -> None:
    record = _parse(CHIPS).record
    assert list(record.themes) == CHIPS
    assert len(record.principles) == 3
    assert not record.extra_sections


def test_a_chip_said_twice_is_not_a_ticker() -> None:
    chips = ["pricing", "growth", "pricing", "hiring"]
    assert list(_parse(chips).record.themes) == chips


def test_a_real_title_after_the_chips_still_opens_its_section() -> None:
    # "Leadership Quotes" is a qualified title too; prose-free quotes follow it, so it stays one.
    page = PAGE.replace("Notable Quotes", "Leadership Quotes")
    record = parse_bytes(page.encode("utf-8"), "page.txt").record
    assert len(record.quotes) == 3
