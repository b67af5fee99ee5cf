"""No headline under the line taken for the name, while further down a line written like a
name stands over a "Role at Company" line: that pair is the profile's header, and the line
taken (a site's name over its menu) may not be the leader's. Flagged on the name. Before, a
site's two-word name was the record's name with no warning naming it."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = (
    "Keynote Collective\n\n"
    "Topics\n\n- Virtual events\n- About us\n- Contact\n\n"
    "{crumb}"
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "Biography\n\nMira Castell runs operations at Northwind Air, a regional airline in "
    "Bergen.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n"
)


def _name_warnings(page: str) -> tuple[object, list[str]]:
    data = parse_bytes(page.encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return data["name"], [
        d["message"] for d in diagnostics if d["code"] == "name-doubtful" and d["field"] == "name"
    ]


def test_a_name_and_headline_pair_below_the_name_taken_flags_it() -> None:
    name, warnings = _name_warnings(PAGE.format(crumb="Home » Speakers » Mira Castell\n\n"))
    assert name == "Keynote Collective"  # the misread this is about
    assert any("'Mira Castell'" in w and "Northwind Air" in w for w in warnings)


def test_a_name_with_its_headline_stays_quiet() -> None:
    page = (
        "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
        "Biography\n\nMira Castell runs operations at Northwind Air, a regional airline.\n\n"
        "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
        "Related\n\nAda Stone\n\nChief Nursing Officer at Bergen Hospital\n"
    )
    name, warnings = _name_warnings(page)
    assert name == "Mira Castell"
    assert warnings == []


def test_another_speaker_card_below_a_name_the_profile_names_stays_quiet() -> None:
    """The bio names the line taken ("Ada Stone leads ..."): the name + headline pair further
    down is another person's card (a "More speakers" list), not the leader's (reviewer)."""
    page = (
        "Ada Stone\n\n"
        "Ada Stone leads risk at Duna Pay, where she built the fraud team from two analysts.\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "Key Themes\n\nfraud, payments, risk\n\n"
        "More speakers\n\nJane Doe\n\nCTO at Acme Bank\n"
    )
    assert _name_warnings(page) == ("Ada Stone", [])
