"""Lines set aside as site chrome below the profile that hold a section's shape: reported.

The locator ends the profile where its sections stop linking up (a title no rule knows, a
shape not seen), and everything below is set aside as the site's with one info note. When
those lines hold a section's shape (sentences each under its attribution, short sentences
under a title-shaped line, scored labels, a known title over its content), the profile was
most likely cut short: a warning on that section's field names the lines (nothing is lost
unsaid). Real chrome below a profile (related-leader cards, a newsletter box, a footer with
its links and legal line) stays quiet. Before, the info note was all: a missing field's
content sat in chrome with no warning naming where.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEADER = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen, and "
    "rebuilt its timetable around crew welfare and punctual departures.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Episode Summary\n\nMira Castell on why a timetable is a promise to the crew first, "
    "and how punctual departures follow from crew welfare.\n\n"
)
# Two sections under titles no rule knows, after a line of the site's that ends the profile.
CUT = (
    "Listen to the full conversation wherever you get your podcasts.\n\n"
    "How she runs the place\n\n"
    "Publish the delays before anyone asks\n"
    "Fly the timetable your crew welfare allows\n"
    "Ask the gate agents about punctual departures first\n\n"
    "Heard on the apron\n\n"
    "A timetable is a promise with numbers in it.\n\n"
    "\u2014 On punctuality\n\n"
    "Nobody at Northwind flies tired twice.\n\n"
    "\u2014 Jon Aas, first officer\n\n"
)
# What a site sets below a profile: related cards, a newsletter box, a footer.
FOOTER = (
    "More profiles\n\n"
    "Ada Stone: Chief Nursing Officer\n\n"
    "Leaders Weekly \u00b7 6 min read\n\n"
    "Olu Adeyemi: Director of Operations\n\n"
    "Leaders Weekly \u00b7 5 min read\n\n"
    "Get the newsletter\n\n"
    "One profile every Tuesday, straight to your inbox. No spam, ever.\n\n"
    "Subscribe\n\n"
    "About us\nContact\nPrivacy policy\nTerms of use\nCareers\n\n"
    "\u00a9 2026 Leaders Weekly. All rights reserved.\n"
)


def _cut_warnings(page: str) -> dict[str, str]:
    data = parse_bytes(page.encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return {
        d["field"]: d["message"]
        for d in diagnostics
        if d["code"] == "content-unplaced" and "below the profile" in d["message"]
    }


def test_sections_cut_below_the_profile_are_named_on_their_fields() -> None:
    data = parse_bytes((HEADER + CUT + FOOTER).encode(), "page.txt", "text").data
    assert data["principles"] == [] and data["quotes"] == []  # the cut this test is about
    warned = _cut_warnings(HEADER + CUT + FOOTER)
    assert sorted(warned) == ["principles", "quotes"]
    assert "'How she runs the place'" in warned["principles"]
    assert "lines 19-23" in warned["principles"]
    assert "'Heard on the apron'" in warned["quotes"]
    assert "lines 25-33" in warned["quotes"]


def test_site_chrome_below_the_profile_stays_quiet() -> None:
    assert _cut_warnings(HEADER + FOOTER) == {}


def test_a_list_below_is_not_asked_about_when_the_profile_has_the_section() -> None:
    """Short lines below a profile whose principles were read are the site's, not more of
    them; quotations with attributions are asked about always (a cut after the first quote
    loses the rest)."""
    principles = (
        "Leadership Principles\n\n- Publish the delays before anyone asks\n"
        "- Fly the schedule you can crew\n- Ask the gate agents first\n\n"
    )
    warned = _cut_warnings(HEADER + principles + CUT + FOOTER)
    assert "principles" not in warned


def test_a_list_under_its_own_title_below_is_asked_about_even_with_the_field_filled() -> None:
    """The themes read from a site's list above, the page's own "Key Themes" below the cut:
    named on the themes, though the field is not empty."""
    page = (
        HEADER
        + "Key Themes\n\nwebinars, newsletters, events, contact\n\n"
        + "Listen to the full conversation wherever you get your podcasts.\n\n"
        + "Key Themes\n\nregional aviation\ntimetables\ncrew welfare\npunctual departures\n\n"
        + FOOTER
    )
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["themes"] == ["webinars", "newsletters", "events", "contact"]
    warned = _cut_warnings(page)
    assert "'Key Themes'" in warned["themes"]
