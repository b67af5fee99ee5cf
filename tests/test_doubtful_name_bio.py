"""A bio read from the lines under a name that is not written like a person's: when the real
header was set aside (a site's header above the profile, say) and a section's own title was
taken for the name, the prose under it (another section's text) became the bio with no
warning. The bio was found by its place under that line: as doubtful as the name, flagged."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

SECTIONS = (
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
    "Leadership Principles\n\n- Publish the delays before anyone asks\n"
    "- Fly the schedule you can crew\n- Ask the gate agents first\n\n"
)
PROSE = "Mira Castell explains how a regional airline rebuilt its timetable around two airports."


def _fields(page: str, code: str) -> list[str]:
    data = parse_bytes(page.encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [d["field"] for d in diagnostics if d["code"] == code]


def test_bio_under_a_title_taken_for_the_name_is_flagged() -> None:
    page = f"The talk in brief\n\n{PROSE}\n\n{SECTIONS}"
    flagged = _fields(page, "name-doubtful")
    assert "name" in flagged
    assert "bio" in flagged


def test_bio_under_a_person_s_name_is_not_flagged() -> None:
    page = f"Mira Castell\n\nChief Operating Officer at Northwind Air\n\n{PROSE}\n\n{SECTIONS}"
    assert _fields(page, "name-doubtful") == []
