"""A section title whose end a converter wrote as bytes that are not UTF-8 (elinks sets a
heading's anchor mark so, and takes the title's last letter with it: "Dimension Profil" then
the damage). The title is the known one it cuts short; the damage is reported as before.

Before, no such title was known: the page was refused as no leader page.
"""

from __future__ import annotations

import pytest

from extractor.parsing.sections import parser_for
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind

DAMAGE = b"\xfd\xbf\xbf\xbd\xa3\xad"
PAGE = (
    b"Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    + "Mira Castell runs operations at Northwind Air, a regional airline flying Bergen, Tromsø, "
    "Ålesund, Bodø and Kristiansund — a UTF-8 page but for a few bytes.\n\n".encode()
    + b"Dimension Profil"
    + DAMAGE
    + b"\n\nPunctuality: 91\nCrew Care: 84\nCost Discipline: 72\n\n"
    b"Leadership Principle" + DAMAGE + b"\n\n1. Publish the delays before anyone asks\n"
    b"2. Fly the schedule you can crew\n3. Ask the gate agents first\n\n"
    + "Key Themes\n\nregional aviation, timetables, crew welfare, Tromsø, Bodø\n".encode()
)


def test_titles_cut_short_by_damage_are_the_known_titles() -> None:
    data = parse_bytes(PAGE, "page.txt", "text").data
    assert [d["name"] for d in data["dimensions"]] == [  # type: ignore[union-attr]
        "Punctuality",
        "Crew Care",
        "Cost Discipline",
    ]
    assert len(data["principles"]) == 3  # type: ignore[arg-type]
    codes = [d["code"] for d in data["diagnostics"]]  # type: ignore[union-attr]
    assert "encoding-damaged" in codes


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Dimension Profil\ufffd", "dimensions"),
        ("Notable Quote\ufffd", "quotes"),
        ("Key Themes\ufffd", "themes"),  # the damage after the whole title
        ("Dimen\ufffdsion Profil\ufffd", None),  # damaged twice: no title is read into it
        ("Dimension Profi\ufffd", None),  # more than one letter gone
        ("Dimension Profil", None),  # cut short with no damage: some other line
    ],
)
def test_only_a_title_cut_short_by_damage_at_its_end_is_known(text: str, known: str | None) -> None:
    parser = parser_for(Block(Kind.HEADING, text, 1, 1, "", 0, 0, None, False))
    assert (None if parser is None else parser.name) == known
