"""The profile ends with its quotes, and the line right under the last quotation is a short
caption with no dash (where or on what it was said), then the site's next card. The locator
cuts the profile at the quotation, so the caption is set aside with the site's lines: the
last quote's context goes missing. It stays set aside, but the quotes are flagged, naming the
line. A one-word label ("Advertisement") or a site's known line is no caption. Whole pages
(made up)."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = (
    "Ana Lukić\n\nChief Engineer at Dunav Locks\n\n"
    "Ana Lukić runs the lock crews on the middle Danube, from Novi Sad to Smederevo.\n\n"
    "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\nTeam & Leadership 60%\n\n"
    "Key Themes\n\nlocks\nriver freight\nshift rosters\nflood season\n\n"
    "Notable Quotes\n\n“A lock is a promise to both ends of the river.”\n\n{below}\n\n"
    "Milan Kovač\nHead of Finance\nRead bio +\n"
)


def _parse(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode("utf-8"), "team.txt", "text").record)


def _flags(record: dict[str, Any]) -> list[str]:
    return [
        d["message"]
        for d in record["diagnostics"]
        if d["field"] == "quotes" and d["code"] == "section-line-doubtful"
    ]


def test_a_caption_cut_below_the_last_quote_is_flagged() -> None:
    record = _parse(PAGE.format(below="Na sastanku u Novom Sadu"))
    assert record["quotes"][-1]["context"] is None  # set aside, as before
    assert any("Na sastanku u Novom Sadu" in m for m in _flags(record))


@pytest.mark.parametrize(
    "below", ["Advertisement", "Back to top", "Previous Episode — Scaling Teams"]
)
def test_a_sites_label_under_the_last_quote_stays_quiet(below: str) -> None:
    assert not _flags(_parse(PAGE.format(below=below)))


def test_the_quotes_title_repeated_over_each_quote_is_no_quote() -> None:
    """A deck sets one quote a slide, each under the same title of its own words: the title
    over the first is typed by what it holds, and each repeat over the next quote is the
    title again, never a quote or a caption (before, "Heard at the lock" became a quote)."""
    page = (
        "Ana Lukić\n\nChief Engineer at Dunav Locks\n\n"
        "About\n\nAna Lukić runs the lock crews on the middle Danube, from Novi Sad onward.\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "Key Themes\n\nlocks\nriver freight\nshift rosters\nflood season\n"
        "Heard at the lock\n“A lock is a promise to both ends of the river.”\n\n— On locks\n\n"
        "Heard at the lock\n“She knows every gate by its sound.”\n\n— Milan Kovač, lock keeper\n"
    )
    record = _parse(page)
    assert [q["text"] for q in record["quotes"]] == [
        "A lock is a promise to both ends of the river.",
        "She knows every gate by its sound.",
    ]
