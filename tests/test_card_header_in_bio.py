"""A team page's cards, each a name run into the person's title on one line ("Henrik Aalto
Chief Financial Officer") over a short bio, the profile's sections under the last one open.
When the name is taken from an earlier card, the open card's header stands between the bio's
paragraphs and is set aside: the name and the bio are then another person's, maybe, and say so.

Before, the header was set aside as the site's line and the first card's name kept with no word
of doubt.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

CARDS = (
    "Our leadership team\n\nMeet the people who run the group day to day.\n\n"
    "Henrik Aalto Chief Financial Officer\n\n"
    "Henrik joined from an investment bank in 2019 and looks after finance and treasury.\n\n"
)
OPEN = (
    "陳美玲 Chief Operating Officer at Northwind Air\n\n"
    "She runs operations at Northwind Air, a regional airline based in Bergen, and flies the "
    "routes herself each spring.\n\n"
)
SECTIONS = (
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
    "Leadership Principles\n\n- Publish the delays before anyone asks\n"
    "- Fly the schedule you can crew\n- Ask the gate agents first\n"
)


def _doubts(text: str) -> set[tuple[object, object, object]]:
    data = parse_bytes(text.encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return {
        (d["code"], d["field"], d["line"])
        for d in diagnostics
        if d["code"] in ("name-doubtful", "section-line-doubtful")
    }


def test_a_card_header_between_the_bios_paragraphs_doubts_name_and_bio() -> None:
    assert _doubts(CARDS + OPEN + SECTIONS) == {
        ("name-doubtful", "name", 9),
        ("section-line-doubtful", "bio", 9),
    }


def test_a_sentence_case_line_is_no_card_header() -> None:
    page = CARDS + "What we talked about\n\n" + OPEN.split("\n\n", 1)[1] + SECTIONS
    assert ("section-line-doubtful", "bio", 9) in _doubts(page)
    assert not any(code == "name-doubtful" for code, _, _ in _doubts(page))


def test_a_title_case_subheading_is_no_card_header() -> None:
    """A bio's own subheading in title case ("Early Career And Education"): its first word is
    an English word, as a given name rarely is, so no other person's card is claimed; the bio
    is flagged as under any title (reviewer: name-doubtful fired here)."""
    page = (
        "Ada Stone\n\nChief Risk Officer at Duna Pay\n\n"
        "Ada Stone leads risk at Duna Pay, where she built the fraud team from two analysts.\n\n"
        "Early Career And Education\n\n"
        "She studied mathematics in Szeged and began as an actuary at a small insurer.\n\n"
        + SECTIONS
    )
    assert _doubts(page) == {("section-line-doubtful", "bio", 7)}
