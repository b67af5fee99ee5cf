"""A section title in sentence case between the bio's paragraphs, in pasted text ("What we
talked about": a text reader takes only a capitalised line for a heading). The line is set
aside as the site's, like any short line under the headline, and the prose under it kept in the
bio; but it may be that section's prose, so the bio says so at the line.

Before, the line was set aside and the prose under it joined the bio with no word of doubt.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEAD = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.\n\n"
)
PROSE = (
    "Mira Castell explains why a regional airline publishes its delays before anyone asks, "
    "and what a crew roster teaches about trust.\n\n"
)
TAIL = (
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
    "Leadership Principles\n\n- Publish the delays before anyone asks\n"
    "- Fly the schedule you can crew\n- Ask the gate agents first\n"
)


def _doubts(text: str) -> list[tuple[object, object]]:
    data = parse_bytes(text.encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [(d["field"], d["line"]) for d in diagnostics if d["code"] == "section-line-doubtful"]


def test_a_title_between_the_bios_paragraphs_makes_the_bio_doubtful() -> None:
    page = HEAD + "What we talked about\n\n" + PROSE + TAIL
    assert _doubts(page) == [("bio", 7)]


def test_a_short_line_above_the_bios_prose_is_no_doubt() -> None:
    page = (
        "Mira Castell\n\nChief Operating Officer at Northwind Air\n\nListen on your app\n\n"
        + HEAD.split("\n\n", 2)[2]
        + PROSE
        + TAIL
    )
    assert _doubts(page) == []


def test_a_sentence_between_the_bios_paragraphs_is_no_doubt() -> None:
    page = HEAD + "She flies the route herself each spring.\n\n" + PROSE + TAIL
    assert _doubts(page) == []
