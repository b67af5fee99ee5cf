"""The lines a press page sets between the headline and the bio: an image's alt text and links
that offer files ("Download press photo (PNG, 3.1 MB)", "Curriculum vitae (PDF)"). A link that
names a file's format or size is the site's, wherever it stands; under a short name (a mononym)
or a headline with no " at ", the name window used to slide onto them. Made-up pages."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.parsing.chrome import LINK_LABEL, widget_of
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind
from extractor.record.serialize import record_dict

SECTIONS = (
    "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
    "Key Themes\n\nmicrofinance, dairy cooperatives, rural credit\n\n"
    "Episode Summary\n\n{name} talks about lending to dairy farmers in the Andes.\n"
)


def _parse(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode("utf-8"), "press.txt", "text").record)


def _page(name: str, headline: str, between: str) -> str:
    bio = f"{name} chairs the board of Caja Rural Altiplano, a lender to dairy farmers."
    return (
        "Newsroom > Executive biographies\n\n"
        f"{name}\n\n{headline}\n\n{between}\n\n{bio}\n\n" + SECTIONS.format(name=name)
    )


@pytest.mark.parametrize(
    "between",
    [
        "Download press photo (PNG, 3.1 MB)\n\nCurriculum vitae (PDF)",
        "Portrait\n\nDownload press photo (PNG, 3.1 MB)\n\nCurriculum vitae (PDF)",
    ],
)
def test_a_mononym_keeps_its_name_over_file_links(between: str) -> None:
    record = _parse(_page("Amaru", "Board Chair at Caja Rural Altiplano", between))
    assert (record["name"], record["headline"]) == (
        "Amaru",
        "Board Chair at Caja Rural Altiplano",
    )
    assert record["bio"].startswith("Amaru chairs the board")
    notes = [d["message"] for d in record["diagnostics"] if d["code"] == "site-chrome"]
    assert sum("(a link's label)" in note for note in notes) == 2


def test_a_headline_without_at_keeps_its_name_over_file_links() -> None:
    headline = "Board Chair, Caja Rural Altiplano; Trustee, Andean Dairy Fund"
    page = _page(
        "Rosa Quispe Mamani",
        headline,
        "Download press photo (PNG, 3.1 MB)\n\nCurriculum vitae (PDF)",
    )
    record = _parse(page)
    assert (record["name"], record["headline"]) == ("Rosa Quispe Mamani", headline)


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Download press photo (PNG, 3.1 MB)", True),
        ("Annual report [pdf]", True),
        ("Curriculum vitae (PDF, 3 pages)", True),
        ("Keynote recording (MP4, 240 MB)", True),
        ("Chief Executive (CEO)", False),
        ("Head of Data (ex-Google)", False),
        ("She published the results (see below)", False),
        ("open data (CSV)", False),
    ],
)
def test_a_file_link_is_a_links_label(text: str, offered: bool) -> None:
    block = Block(Kind.PARAGRAPH, text, 1, 1)
    assert (widget_of(block) == LINK_LABEL) is offered


@pytest.mark.parametrize("separator", ["·", "|", ";", ","])
def test_a_headline_wrapped_after_its_separator_goes_on(separator: str) -> None:
    """A narrow column (a text browser's table cell) wraps a two-part headline after its
    separator: a line that ends in one goes on in the next line right under it."""
    first = f"Board Chair at Caja Rural Altiplano {separator}".replace(" ,", ",")
    headline = f"{first} Trustee, Andean Dairy Fund"
    bio = "Amaru Quispe chairs the board of Caja Rural Altiplano, a lender to dairy farmers."
    page = f"Amaru Quispe\n{first}\nTrustee, Andean Dairy Fund\n\n{bio}\n\n" + SECTIONS.format(
        name="Amaru Quispe"
    )
    record = _parse(page)
    assert (record["name"], record["headline"], record["bio"]) == ("Amaru Quispe", headline, bio)


@pytest.mark.parametrize("between", ["Quillwork", "Quillwork\n\nPortrait"])
def test_the_company_s_one_word_line_under_a_full_name_is_no_mononym(between: str) -> None:
    """A one-word line under the headline (the company's logo link, "Quillwork" under "CEO at
    Quillwork") that the profile names as a word of its own is no name when a full name the
    profile names stands a few lines above it. Before: it was taken as a mononym, stood as a
    name below the leader's and cost it the page (name "Quillwork", no headline)."""
    name, headline = "Marisol Tupac Quispe", "Chief Executive Officer at Quillwork"
    page = _page(name, headline, between).replace(
        "dairy farmers in the Andes.", "dairy farmers in the Andes, and why Quillwork lends."
    )
    record = _parse(page)
    assert (record["name"], record["headline"]) == (name, headline)


def test_a_mononym_under_its_site_s_title_is_still_the_name() -> None:
    """A mononym with no full name above it is still the name."""
    page = _page("Suharti", "Founder and CEO, Kebun Data", "Portrait")
    record = _parse(page)
    assert (record["name"], record["headline"]) == ("Suharti", "Founder and CEO, Kebun Data")


def test_a_theme_chip_naming_a_format_stays_a_theme() -> None:
    """Theme chips each on a line of their own, one naming a file format in brackets: a
    list's item in lower case, not a link offering a file. Before: "open data (CSV)" was set
    aside as a link's label (an info note only), lost from the themes unreported."""
    page = _page("Rosa Quispe Mamani", "Board Chair at Caja Rural Altiplano", "").replace(
        "microfinance, dairy cooperatives, rural credit",
        "microfinance\n\nopen data (CSV)\n\nrural credit",
    )
    assert _parse(page)["themes"] == ["microfinance", "open data (CSV)", "rural credit"]
