"""The profile ends with an unmarked list of principles (a browser's text copy lost the
bullets), and the site's next box starts right under it: its title ("Trusted by teams at",
"More mentors") was set as plain text too, so the locator reads it as the list's last line
and cuts the profile only where the box's cards begin. A title left unfinished for the box
below ("... at", "Featured in:") is the site's and is set aside; any other line shorter than
every entry above it is kept and flagged on the principles. Whole pages (made up)."""

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
    "Leadership Principles\n"
    "Open the gate for the slowest barge first\n"
    "Every shift leaves the log cleaner than it found it\n"
    "{last}\n"
    "{title}\n"
    "Milan Kovač\n\nHead of Finance at Dunav Locks\n\nRead More »\n"
    "Vesna Ilić\n\nLock Keeper at Dunav Locks\n\nRead More »\n"
)
LAST = "Ask the river before you ask the board"


def _parse(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode("utf-8"), "team.txt", "text").record)


def _flags(record: dict[str, Any]) -> list[str]:
    return [
        d["message"]
        for d in record["diagnostics"]
        if d["field"] == "principles" and d["code"] == "section-line-doubtful"
    ]


@pytest.mark.parametrize("title", ["Trusted by crews at", "Featured in:"])
def test_an_unfinished_box_title_under_the_list_is_set_aside(title: str) -> None:
    record = _parse(PAGE.format(last=LAST, title=title))
    assert record["principles"][-1] == LAST
    assert not _flags(record)


def test_a_short_box_title_under_the_list_is_flagged() -> None:
    record = _parse(PAGE.format(last=LAST, title="Meet more mentors"))
    assert any("Meet more mentors" in m for m in _flags(record))


@pytest.mark.parametrize(
    ("above", "last"),
    [
        ("Never close a lock in anger", "Ask the river before you ask the board"),
        ("Never close in anger", "Stay with the crews"),  # as short as an entry above
    ],
)
def test_an_entry_written_like_the_others_stays_quiet(above: str, last: str) -> None:
    record = _parse(PAGE.format(last=above, title=last))
    assert record["principles"][-1] == last
    assert not _flags(record)
