"""A listing's header: the name, the headline, then a panel of "Label: value" facts and a row
of buttons that carry icons ("Save ☆", "▶ Play"), then the bio under a title of its own.

The facts are the page's key/value rows (the "Position" rows of a ``<dl>`` are read so
already): never the bio's start, and they do not count against the name above them, so the
button row just above the first section is not taken for a name with a headline. A line that
starts or ends with a control's icon is the site's, like a tab bar's labels. Whole pages (made
up), every header field and the findings that name them."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

NAME = "Maarja-Liis Tamm"
HEADLINE = "Head of Logistics and Fleet Planning at Rannaküla Freight"
BIO = f"{NAME} plans the routes of forty lorries between the Baltic ports and inland depots."
FACTS = ("Based in: Tallinn", "Languages: Estonian, English", "Availability: on request")
BUTTONS = ("Request a quote Save ☆", "▶ Play intro video (1:05)")
SECTIONS = (
    "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
    "Key Themes\n\nroute planning, port logistics, depot staffing\n\n"
    f"Episode Summary\n\n{NAME} on planning routes around ferry timetables.\n"
)


def _parse(page: str, name: str) -> dict[str, Any]:
    fmt = {"html": "html", "md": "markdown"}.get(name.rsplit(".", 1)[-1], "text")
    return record_dict(parse_bytes(page.encode("utf-8"), name, fmt).record)


def _header(record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(record[k] for k in ("name", "headline", "role", "company", "bio"))


def _chrome(record: dict[str, Any]) -> str:
    return "\n".join(d["message"] for d in record["diagnostics"] if d["code"] == "site-chrome")


WANT = (NAME, HEADLINE, "Head of Logistics and Fleet Planning", "Rannaküla Freight", BIO)


def test_copied_text_facts_and_buttons_above_the_bio_title() -> None:
    """A browser's copy: every fact and button on a line of its own, no blank line between.
    Before, the facts and buttons outweighed the name: the button row was read as the name,
    the play link as the headline."""
    page = (
        f"Speakers\nContact\n{NAME}\n\n{HEADLINE}\n\n"
        + "\n".join(FACTS + BUTTONS)
        + f"\nAbout\n\n{BIO}\n\n{SECTIONS}"
    )
    record = _parse(page, "listing.txt")
    assert _header(record) == WANT
    assert not any(d["code"] == "section-duplicate" for d in record["diagnostics"])
    assert "key/value rows" in _chrome(record)


def test_markdown_facts_as_list_items_stay_out_of_the_bio() -> None:
    """A Markdown converter: the name a heading, the facts a bulleted list, each button its
    own paragraph. Before, the facts and buttons were joined to the bio, flagged as the bio
    given twice."""
    page = (
        f"# {NAME}\n\n{HEADLINE}\n\n"
        + "".join(f"  * {fact}\n" for fact in FACTS)
        + "".join(f"\n{button}\n" for button in BUTTONS)
        + f"\n## About\n\n{BIO}\n\n"
        + SECTIONS.replace("Dimension Profile", "## Dimension Profile")
        .replace("Key Themes", "## Key Themes")
        .replace("Episode Summary", "## Episode Summary")
    )
    record = _parse(page, "listing.md")
    assert _header(record) == WANT
    assert not any(d["code"] == "section-duplicate" for d in record["diagnostics"])


def test_a_tagline_above_the_bio_title_stays_the_bio() -> None:
    """A line with no icon between the headline and the bio's title is no control: it stays
    the bio's, flagged as the bio given twice (as before)."""
    page = (
        f"{NAME}\n\n{HEADLINE}\n\nMoving freight on time since 2009\n\nAbout\n\n{BIO}\n\n{SECTIONS}"
    )
    record = _parse(page, "listing.txt")
    assert record["bio"].startswith("Moving freight on time since 2009")
    assert any(d["code"] == "section-duplicate" for d in record["diagnostics"])


def test_two_facts_are_no_panel() -> None:
    """Two "Label: value" lines are not enough for a panel of the page's (a name over its
    headline pairs up as often): they stay where they were."""
    page = f"{NAME}\n\n{HEADLINE}\n\n{FACTS[0]}\n\n{FACTS[1]}\n\nAbout\n\n{BIO}\n\n{SECTIONS}"
    record = _parse(page, "listing.txt")
    assert record["name"] == NAME
    assert "Tallinn" in record["bio"]


def test_a_name_in_lower_case_over_the_panel_is_not_outweighed_by_the_buttons() -> None:
    """A name styled in lower case is not written like a person's name, so it weighs no more
    than the button row's line; the play link under that line is a control, never a
    headline, so the button row is no name (before, the tie went to the lower line)."""
    name = "tove lindqvist"
    page = (
        f"# {name}\n\nfounder and lead designer at atelier nord\n\n"
        + "".join(f"  * {fact}\n" for fact in FACTS)
        + "".join(f"\n{button}\n" for button in BUTTONS)
        + f"\n## About\n\n{name} designs furniture for libraries and schools in Umeå.\n\n"
        + "## Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n"
    )
    record = _parse(page, "listing.md")
    assert (record["name"], record["headline"]) == (
        name,
        "founder and lead designer at atelier nord",
    )
    assert record["bio"] == f"{name} designs furniture for libraries and schools in Umeå."


def test_plain_text_button_row_read_as_a_title_stays_out_of_the_bio() -> None:
    """A plain-text converter sets each line apart by blank lines: the reader takes the
    button row, a short line alone, for a title by its shape. Still a control: the site's."""
    page = (
        f"{NAME}\n\n{HEADLINE}\n\n"
        + "".join(f"-   {fact}\n" for fact in FACTS)
        + "".join(f"\n{button}\n" for button in BUTTONS)
        + f"\nAbout\n\n{BIO}\n\n{SECTIONS}"
    )
    record = _parse(page, "listing.txt")
    assert _header(record) == WANT
