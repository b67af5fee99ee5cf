"""A section title repeated over one item each: a slide deck gives every quote (or principle)
a slide of its own under the same title. The items under the repeats are the section's, joined
in order; before, the profile ended at the first repeat and they were set aside as chrome.

A title repeated after other sections is still a second profile's (or a site menu's) start,
and a menu entry that repeats a title with nothing of the section's shape under it (the menu's
"About" over the profile's own "About") does not start the profile.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEAD = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "About\n\nMira Castell runs operations at Northwind Air, a regional airline in Bergen.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
)
PRINCIPLES = [
    "Publish the delays before anyone asks",
    "Fly the schedule you can crew",
    "Ask the gate agents first",
]
QUOTES = [
    ("A timetable is a promise with numbers in it.", "\u2014 On punctuality"),
    ("She reads the delay log before the newspaper.", "\u2014 Ola Berg, station manager"),
    ("Crews remember who asked them first.", ""),
]


def _parse(page: str) -> dict[str, object]:
    return parse_bytes(page.encode(), "page.txt", "text").data


def _quote_slides() -> str:
    return "".join(f"Notable Quotes\n\n\u201c{text}\u201d\n{by}\n\n" for text, by in QUOTES)


def _texts(data: dict[str, object]) -> list[str]:
    quotes = data["quotes"]
    assert isinstance(quotes, list)
    return [q["text"] for q in quotes]


def test_one_quote_per_repeated_title() -> None:
    principles = "".join(f"- {p}\n" for p in PRINCIPLES)
    page = f"{HEAD}Leadership Principles\n\n{principles}\n{_quote_slides()}Thank you!\n"
    data = _parse(page)
    assert _texts(data) == [text for text, _ in QUOTES]
    assert data["principles"] == PRINCIPLES


def test_one_principle_per_repeated_title() -> None:
    slides = "".join(f"Leadership Principles\n\n- {p}\n\n" for p in PRINCIPLES)
    data = _parse(f"{HEAD}{slides}{_quote_slides()}")
    assert data["principles"] == PRINCIPLES
    assert _texts(data) == [text for text, _ in QUOTES]


def test_menu_entry_repeating_a_title_does_not_start_the_profile() -> None:
    menu = "Mira Castell\n\nMira.\n\nAbout\n\nNumbers\n\nBook a talk\n\n"
    principles = "".join(f"- {p}\n" for p in PRINCIPLES)
    data = _parse(f"{menu}{HEAD}Leadership Principles\n\n{principles}\n{_quote_slides()}")
    assert data["name"] == "Mira Castell"
    assert data["headline"] == "Chief Operating Officer at Northwind Air"
    assert data["principles"] == PRINCIPLES
