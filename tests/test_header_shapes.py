"""The top of a profile in shapes sites give it: bylines under the name, a headline set inside
the name's heading (``<small>``, a subtitle span) or in a heading of its own under it, a name
line that also holds the headline. Whole pages, every header field and the parse findings."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.base.catalog import CODES
from extractor.parsing.sections.preamble import is_byline
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind
from extractor.record.serialize import record_dict

SECTIONS_TEXT = (
    "\nDimension Profile\n\nStrategic Vision\n70%\nExecution & Craft\n60%\n\n"
    "Key Themes\n\nhiring, pricing, open source\n\n"
    "Episode Summary\n\nMira Okonkwo-Hale talks about pricing and hiring.\n"
)
SECTIONS_HTML = (
    "<h2>Dimension Profile</h2><p>Strategic Vision 70%</p><p>Execution & Craft 60%</p>"
    "<h2>Key Themes</h2><ul><li>hiring</li><li>pricing</li></ul>"
    "<h2>Episode Summary</h2><p>Mira Okonkwo-Hale talks about pricing and hiring.</p>"
)
BIO = "Leads the lending business, from underwriting to collections."


def _parse(page: str, fmt: str) -> dict[str, Any]:
    name = "p.html" if fmt == "html" else "p.txt"
    return record_dict(parse_bytes(page.encode("utf-8"), name, fmt).record)


def _header(record: dict[str, Any]) -> dict[str, Any]:
    fields = ("name", "headline", "role", "company", "bio")
    return {field: record[field] for field in fields}


def _codes(record: dict[str, Any]) -> list[str]:
    return [
        d["code"]
        for d in record["diagnostics"]
        if CODES[d["code"]].stage == "parse" and d["code"] != "dimension-set"
    ]


def _html(main: str) -> str:
    return f"<!doctype html><html><body><main>{main}{SECTIONS_HTML}</main></body></html>"


EXPECTED = {
    "name": "Mira Okonkwo-Hale",
    "headline": "Head of Credit at Ledgerline",
    "role": "Head of Credit",
    "company": "Ledgerline",
    "bio": BIO,
}


@pytest.mark.parametrize(
    "byline",
    [
        "Published 14 May 2025",
        "Updated on Sep. 3rd, 2024 by the editors",
        "2025-05-14 · 6 min read",
        "By Staff Writer",
    ],
)
def test_a_byline_between_name_and_headline_is_the_sites(byline: str) -> None:
    page = (
        f"Mira Okonkwo-Hale\n\n{byline}\n\nHead of Credit at Ledgerline\n\n{BIO}\n{SECTIONS_TEXT}"
    )
    record = _parse(page, "text")
    assert _header(record) == EXPECTED
    assert _codes(record) == ["site-chrome"]
    notes = [d["message"] for d in record["diagnostics"] if d["code"] == "site-chrome"]
    assert notes == [
        "line 3 between the name and the headline read as site chrome (1 blocks), "
        "not as profile content"
    ]


def test_a_byline_does_not_make_the_headline_the_name() -> None:
    """A headline without " at " that reads like a name ("General Manager, Payments"), named
    again by the bio: the byline under the real name says which line is the post's title."""
    bio = "General Manager, Payments, a team at a marketplace."
    page = (
        f"Tomasz Wielgosz\n\nPosted on March 2, 2026 by editor\n\n"
        f"General Manager, Payments\n\n{bio}\n{SECTIONS_TEXT}"
    )
    record = _parse(page, "text")
    assert (record["name"], record["headline"], record["bio"]) == (
        "Tomasz Wielgosz",
        "General Manager, Payments",
        bio,
    )


def test_a_date_in_the_bio_stays_in_the_bio() -> None:
    bio = "Joined Ledgerline on 3 March 2019 and has run credit since."
    page = f"Mira Okonkwo-Hale\n\nHead of Credit at Ledgerline\n\n{bio}\n{SECTIONS_TEXT}"
    record = _parse(page, "text")
    assert _header(record) == {**EXPECTED, "bio": bio}
    assert _codes(record) == []


@pytest.mark.parametrize(
    "heading",
    [
        "<h1>Mira Okonkwo-Hale <small>Head of Credit at Ledgerline</small></h1>",
        '<h1>Mira Okonkwo-Hale <span class="profile-subtitle">Head of Credit at Ledgerline'
        "</span></h1>",
        "<h1>Mira Okonkwo-Hale</h1><h2>Head of Credit at Ledgerline</h2>",
        "<h1>Mira Okonkwo-Hale</h1><h6><span>Head of Credit</span> at <a href='/c'>Ledgerline"
        "</a></h6>",
    ],
)
def test_a_headline_set_in_or_as_a_heading(heading: str) -> None:
    record = _parse(_html(f"{heading}<p>{BIO}</p>"), "html")
    assert _header(record) == EXPECTED
    assert _codes(record) == []
    assert record["extra_sections"] == []


def test_a_long_headline_of_two_roles_set_as_a_heading() -> None:
    """A headline of two roles ("ex-Head of ... at ..., now ... at ...") set as the ``<h2>``
    under the name: longer than a title-like heading may be, but in the headline's shape
    ("role at company"), so the headline. Before, it was kept as an unknown section, the
    headline and the bio under it missing."""
    headline = "ex-Head of Credit at Ledgerline Bank, now Chief Risk Officer at Ledgerline Pay"
    record = _parse(_html(f"<h1>Mira Okonkwo-Hale</h1><h2>{headline}</h2><p>{BIO}</p>"), "html")
    assert (record["headline"], record["bio"]) == (headline, BIO)
    assert record["company"] == "Ledgerline Pay"


def test_a_small_before_any_title_text_stays_in_the_heading() -> None:
    record = _parse(_html(f"<h1><small>Mira</small> Okonkwo-Hale</h1><p>{BIO}</p>"), "html")
    assert record["name"] == "Mira Okonkwo-Hale"


def test_a_title_like_heading_under_the_name_is_a_flagged_headline() -> None:
    main = f"<h1>Mira Okonkwo-Hale</h1><h2>Chief Risk Officer</h2><p>{BIO}</p>"
    record = _parse(_html(main), "html")
    assert (record["headline"], record["bio"]) == ("Chief Risk Officer", BIO)
    assert "headline-under-name-heading" in _codes(record)


def test_a_heading_after_the_bio_is_still_an_extra_section() -> None:
    main = (
        f"<h1>Mira Okonkwo-Hale</h1><p>Head of Credit at Ledgerline</p><p>{BIO}</p>"
        "<h2>Early Career</h2><p>She started in collections at a regional bank.</p>"
    )
    record = _parse(_html(main), "html")
    assert _header(record) == EXPECTED
    assert [s["title"] for s in record["extra_sections"]] == ["Early Career"]


def test_a_heading_right_after_a_headline_is_still_an_extra_section() -> None:
    """The headline reads like a name (no " at "): the heading under it is no second headline."""
    main = (
        "<h1>Mira Okonkwo-Hale</h1><p>General Manager, Payments</p>"
        "<h2>Early Career</h2><p>She started in collections at a regional bank.</p>"
    )
    record = _parse(_html(main), "html")
    assert (record["headline"], record["bio"]) == ("General Manager, Payments", None)
    assert [s["title"] for s in record["extra_sections"]] == ["Early Career"]


def test_a_breadcrumb_name_then_the_name_with_its_headline() -> None:
    page = (
        "Home\nProfiles\nMira Okonkwo-Hale\nMira Okonkwo-Hale Head of Credit at Ledgerline\n\n"
        f"{BIO}\n{SECTIONS_TEXT}"
    )
    record = _parse(page, "text")
    assert _header(record) == EXPECTED


def test_a_name_line_holding_the_headline_is_split_where_the_profile_names_the_leader() -> None:
    page = f"Mira Okonkwo-Hale Head of Credit at Ledgerline\n\n{BIO}\n{SECTIONS_TEXT}"
    record = _parse(page, "text")
    assert _header(record) == EXPECTED
    assert "name-headline-joined" in _codes(record)


def test_a_long_name_line_the_profile_never_names_is_left_whole_and_flagged() -> None:
    page = f"Kwame Boateng Head of Credit at Ledgerline\n\n{BIO}\n{SECTIONS_TEXT}"
    record = _parse(page, "text")
    assert record["name"] == "Kwame Boateng Head of Credit at Ledgerline"
    assert "name-doubtful" in _codes(record)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_name_line_too_long_for_a_name_still_starts_the_profile(fmt: str) -> None:
    """Eleven words with the headline: no name candidate by shape; the profile's summary names
    the leader, so the line is the name's, split there (a menu line above is not the name)."""
    line = "Lucía de la Fuente Chief People Officer at Grupo Andaluz de Seguros"
    heading = f"# {line}" if fmt == "markdown" else line
    summary = "Lucía de la Fuente talks about pricing and hiring."
    page = f"Toggle navigation\n\nExecProfiles\n\n{heading}\n\n{BIO}\n" + SECTIONS_TEXT.replace(
        "Mira Okonkwo-Hale talks about pricing and hiring.", summary
    )
    name = "p.md" if fmt == "markdown" else "p.txt"
    record = record_dict(parse_bytes(page.encode("utf-8"), name, fmt).record)
    assert _header(record) == {
        "name": "Lucía de la Fuente",
        "headline": "Chief People Officer at Grupo Andaluz de Seguros",
        "role": "Chief People Officer",
        "company": "Grupo Andaluz de Seguros",
        "bio": BIO,
    }
    assert "name-headline-joined" in _codes(record)


def test_a_name_line_written_like_a_name_with_the_headline_in_it() -> None:
    """Six capitalised words, no headline under them, the profile names only the first three."""
    line = "Tomasz Wielgosz Nowak General Manager, Payments"
    page = f"{line}\n\n{BIO}\n" + SECTIONS_TEXT.replace(
        "Mira Okonkwo-Hale talks", "Tomasz Wielgosz Nowak talks"
    )
    record = _parse(page, "text")
    assert (record["name"], record["headline"]) == (
        "Tomasz Wielgosz Nowak",
        "General Manager, Payments",
    )
    assert "name-headline-joined" in _codes(record)


@pytest.mark.parametrize("named", ["Mary Ann", "Mary Ann Smith"])
def test_a_name_is_not_cut_at_a_surname(named: str) -> None:
    page = f"Mary Ann Smith\n\n{BIO}\n" + SECTIONS_TEXT.replace("Mira Okonkwo-Hale", named)
    record = _parse(page, "text")
    assert (record["name"], record["headline"]) == ("Mary Ann Smith", None)
    assert "name-headline-joined" not in _codes(record)


def test_a_name_with_a_headline_under_it_is_never_cut() -> None:
    page = (
        f"Tomasz Wielgosz Nowak General Manager\n\nHead of Credit at Ledgerline\n\n{BIO}\n"
        + SECTIONS_TEXT.replace("Mira Okonkwo-Hale talks", "Tomasz Wielgosz Nowak talks")
    )
    record = _parse(page, "text")
    assert record["name"] == "Tomasz Wielgosz Nowak General Manager"
    assert record["headline"] == "Head of Credit at Ledgerline"


def _line(text: str) -> Block:
    return Block(Kind.PARAGRAPH, text, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted on March 2, 2026 by editor", True),
        ("12 min read", True),
        ("by Jane Doe", True),
        ("Updated 3 days ago", True),
        ("Published in Interviews by the editors", True),
        ("Posted in Interviews", False),
        ("Chief Product Officer at Bylines Media", False),
        ("Head of Credit at Ledgerline", False),
        ("Marching Band Director at Maystone", False),
        ("Mira Okonkwo-Hale", False),
        ("Chief Executive Officer since 2019", False),
    ],
)
def test_is_byline(text: str, expected: bool) -> None:
    assert is_byline(_line(text)) is expected


MONONYM_SUMMARY = "Nandi talks about pricing at Ledgerline and hiring."
MONONYM_SECTIONS = SECTIONS_TEXT.replace(
    "Mira Okonkwo-Hale talks about pricing and hiring.", MONONYM_SUMMARY
).replace("Strategic Vision\n70%", "| Dimension | Score |\n|---|---|\n| Strategic Vision | 70% |")


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_one_word_title_the_profile_names_is_the_name_flagged(fmt: str) -> None:
    """A mononym in the page's top heading, a post's author and date under the headline: the
    title is the name (a guess, flagged), the author line is the site's, not the name."""
    if fmt == "markdown":
        page = f"# Nandi\n\n*Ledgerline · Head of Credit*\n\n{BIO}\n" + MONONYM_SECTIONS
        record = record_dict(parse_bytes(page.encode("utf-8"), "p.md", fmt).record)
    else:
        meta = '<div class="meta"><a href="/@w">Wren Ito</a><div>Mar 14, 2026</div></div>'
        main = f"<h1>Nandi</h1><h3>Ledgerline · Head of Credit</h3>{meta}<p>{BIO}</p>"
        page = _html(main).replace(
            "Mira Okonkwo-Hale talks about pricing and hiring.", MONONYM_SUMMARY
        )
        record = _parse(page, fmt)
    assert (record["name"], record["headline"], record["bio"]) == (
        "Nandi",
        "Ledgerline · Head of Credit",
        BIO,
    )
    assert "name-doubtful" in _codes(record)


def test_a_one_word_title_the_profile_never_names_is_not_taken_over_a_name() -> None:
    """A site's one-word title ("Leaders") is named nowhere in the profile: the name under it
    stands."""
    page = f"# Leaders\n\nMira Okonkwo-Hale\n\nHead of Credit at Ledgerline\n\n{BIO}\n"
    record = record_dict(parse_bytes((page + SECTIONS_TEXT).encode(), "p.md", "markdown").record)
    assert _header(record) == EXPECTED


def test_a_name_with_particles_may_have_more_than_six_words() -> None:
    """Particles ("de", "la", "y") do not count toward a name's six words: the whole line is
    the name, the line under it the headline."""
    name = "Inés Ortega de la Vega y Castillo"
    page = f"{name}\nHead of Credit at Ledgerline\n\n{BIO}\n" + SECTIONS_TEXT.replace(
        "Mira Okonkwo-Hale", name
    )
    record = _parse(page, "text")
    assert _header(record) == {**EXPECTED, "name": name}
    assert "name-headline-joined" not in _codes(record)


def test_a_particle_does_not_make_two_words_a_name() -> None:
    """ "Previously an" has one word that counts: not written like a person's name."""
    from extractor.parsing.leader_name import written_like_a_name

    assert not written_like_a_name("Previously an")
    assert written_like_a_name("Ludwig van Beethoven")
    assert not written_like_a_name("Ana de la Cruz y de los Rios de Sa e Ma")  # eleven words


def test_a_properties_table_under_the_title_gives_the_headline() -> None:
    """A notes app's page: the title, then a properties table (label cell, value cell; chips).
    The title is the name, the Role value the headline; no chip is taken for the name."""
    props = (
        '<table class="properties"><tr><th>Role</th><td>Head of Credit at Ledgerline</td></tr>'
        "<tr><th>Tags</th><td><span>underwriting rules</span><span>collections</span></td></tr>"
        "</table>"
    )
    record = _parse(_html(f"<h1>Mira Okonkwo-Hale</h1>{props}<p>{BIO}</p>"), "html")
    assert _header(record) == EXPECTED


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Role: Head of Credit at Ledgerline", "Head of Credit at Ledgerline"),
        ("Job title: Head of Credit at Ledgerline", "Head of Credit at Ledgerline"),
        ("CEO: Ledgerline", "CEO: Ledgerline"),  # an acronym is a role, one word no headline
        # a label that is no name for the field may change the meaning: kept, as it reads
        ("Formerly: VP of Product at Google", "Formerly: VP of Product at Google"),
        ("Previously: Head of Growth at Meta", "Previously: Head of Growth at Meta"),
    ],
)
def test_a_labelled_headline_line_loses_its_label(line: str, headline: str) -> None:
    page = f"Mira Okonkwo-Hale\n{line}\n\n{BIO}\n" + SECTIONS_TEXT
    record = _parse(page, "text")
    assert record["name"] == "Mira Okonkwo-Hale"
    assert record["headline"] == headline


def test_a_posts_author_and_date_under_the_headline_are_the_sites() -> None:
    """A newsletter post pasted as text: title (the name), subtitle (the headline), then the
    post's author and date, a reading time and counters: the author is not the name, even
    when the profile names the author too."""
    meta = "Wren Ito\nMar 14, 2026\n∙ 8 min read\n♡ 42 7Share\n\n"
    page = f"The Ledger Letter\n\nMira Okonkwo-Hale\nHead of Credit at Ledgerline\n{meta}{BIO}\n"
    sections = SECTIONS_TEXT.replace(
        "Mira Okonkwo-Hale talks", "Wren Ito and Mira Okonkwo-Hale talk"
    )
    record = _parse(page + sections, "text")
    assert _header(record) == EXPECTED
    assert "name-doubtful" not in _codes(record)
