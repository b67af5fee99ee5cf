"""Sections whose titles are no known words, typed by what they hold (parsing.bycontent).

Each page below titles its sections in words the registry does not know (made up here, as a
site would): the sections are read by their content — scored labels, quotations with their
attributions, marked short sentences, short tags — and each is reported
(``section-typed-by-content``), never silently. The old code refused these pages or lost the
sections as site chrome.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor.base.errors import Refusal
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

HEADER = """Ada Stone

CEO at Acme Labs

About

Ada Stone runs Acme Labs, a maker of small robots for warehouses and the people who run them.

"""

SCORES = """How she measures up

Vision: 82%

Delivery: 74%

Hiring: 91%

"""

TAGS = """Ask her about

warehouse robots

payments

Rotterdam

small batches

"""

RULES = """Ground rules

→

Ship the boring version first

→

Hire slowly and fire kindly

→

Write the memo before the meeting

"""

SAID = """Overheard

“Robots are the easy part. People are the hard part.”

— On automation

“Ship it small, then ship it again.”

— On releases
"""

FOOTER = """
Contact us

Send us a note and we will reply within a week.
"""


def _record(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode(), "page.txt").record)


# Scores under a site's own title are reported as before this module (section-label-missing).
_CODES = ("section-typed-by-content", "section-label-missing")


def _typed(record: dict[str, Any]) -> dict[str, int]:
    """Each typed section's field, with the line of its title."""
    return {d["field"]: d["line"] for d in record["diagnostics"] if d["code"] in _CODES}


def test_scored_labels_under_an_unknown_title_are_the_dimensions() -> None:
    record = _record(HEADER + SCORES + TAGS + RULES + SAID + FOOTER)
    assert record["dimensions"] == [
        {"name": "Vision", "score": 82},
        {"name": "Delivery", "score": 74},
        {"name": "Hiring", "score": 91},
    ]
    assert _typed(record)["dimensions"] == 9  # the title's line: "How she measures up"


def test_each_typed_section_is_read_and_reported_with_its_title_line() -> None:
    record = _record(HEADER + SCORES + TAGS + RULES + SAID + FOOTER)
    assert record["themes"] == ["warehouse robots", "payments", "Rotterdam", "small batches"]
    assert record["principles"] == [
        "Ship the boring version first",
        "Hire slowly and fire kindly",
        "Write the memo before the meeting",
    ]
    assert [q["text"] for q in record["quotes"]] == [
        "Robots are the easy part. People are the hard part.",
        "Ship it small, then ship it again.",
    ]
    assert _typed(record) == {"dimensions": 9, "themes": 17, "principles": 27, "quotes": 41}
    titles = ("How she measures up", "Ask her about", "Ground rules", "Overheard")
    for title in titles:  # a title is a title, not content of any field
        assert title not in str({k: v for k, v in record.items() if k != "diagnostics"})


def test_a_known_title_is_not_typed_by_content() -> None:
    page = HEADER + SCORES.replace("How she measures up", "Dimension Profile") + TAGS + SAID
    record = _record(page)
    typed = _typed(record)
    assert "dimensions" not in typed
    assert set(typed) == {"themes", "quotes"}


def test_a_page_known_only_by_its_untitled_content_says_its_header_is_a_guess() -> None:
    record = _record(HEADER.replace("About\n\n", "") + SCORES + TAGS + RULES + SAID)
    doubted = {d["field"] for d in record["diagnostics"] if d["code"] == "profile-found-by-content"}
    assert doubted == {"name", "headline", "bio"}
    assert record["name"] == "Ada Stone"


def test_a_tag_list_above_every_section_is_a_menu_not_the_themes() -> None:
    menu = "Home\n\nBlog\n\nPodcast\n\nShop\n\nAbout us\n\n"
    record = _record("Menu\n\n" + menu + HEADER + SCORES + RULES + SAID)
    assert record["themes"] == []
    assert "themes" not in _typed(record)


def test_a_list_of_people_is_not_a_list_of_tags() -> None:
    people = "Recent guests\n\nMarta Ruiz\n\nOlu Adeyemi\n\nHanne Berg\n\nKai Moana\n\n"
    record = _record(HEADER + SCORES + RULES + people + SAID)
    assert "themes" not in _typed(record)


@pytest.mark.parametrize(
    "page",
    [
        # A forum's figures: one scored box is any site's, not a profile.
        "Forum\n\nWelcome to the board.\n\nStatistics\n\nOnline: 12\n\nGuests: 9\n\nMembers: 3\n",
        # A blog's sidebar lists: links and tags are in every site.
        "My blog\n\nToday I baked bread and it was good.\n\nRecent posts\n\n"
        "• Baking bread at home today\n• Why sourdough takes so long\n• A week in the garden\n\n"
        "Tags\n\nbread\n\ngarden\n\nsourdough\n\nweekend\n",
    ],
)
def test_pages_with_only_content_shaped_lists_are_still_refused(page: str) -> None:
    with pytest.raises(Refusal):
        parse_bytes(page.encode(), "page.txt")


def test_a_mark_left_before_each_principle_is_not_the_principles_text() -> None:
    marked = "Leadership Principles\n\n✓ Ship the boring version first\n\n→ Hire slowly\n\n"
    record = _record(HEADER + SCORES.replace("How she measures up", "Dimension Profile") + marked)
    assert record["principles"] == ["Ship the boring version first", "Hire slowly"]


def test_a_bracketed_start_stays_in_the_principle() -> None:
    kept = "Leadership Principles\n\n(a) Ship small\n\n[1] Why before how\n\n"
    record = _record(HEADER + SCORES.replace("How she measures up", "Dimension Profile") + kept)
    assert record["principles"] == ["(a) Ship small", "[1] Why before how"]


def test_a_score_table_s_column_heading_with_its_scale_is_no_title() -> None:
    """A table of scores under its own ``##`` heading whose column heading gives the scale in
    brackets ("Score (0-100)"): that row is the table's heading row, the ``##`` heading the
    section's title. Before, the figures in brackets made the row a title of its own, and
    the ``##`` heading above it was read as one more theme."""
    page = (
        "# Ines Varga\n\nHead of Research at Lumo Labs\n\n## Biography\n\n"
        "Ines Varga leads research at Lumo Labs, a maker of sensors for cold stores.\n\n"
        "## Research interests\n\ncold chain, sensors, food safety, logistics\n\n"
        "## How we rated her\n\nArea| Score (0–100)  \n---|---  \n"
        "Judgment| 90  \nCraft| 80  \nHiring| 70  \n\n"
        "## Teaching philosophy\n\n* Measure the cold before you sell it\n"
        "* Let the driver read the log\n* Fix the door seal first\n"
    )
    record = record_dict(parse_bytes(page.encode(), "page.md").record)
    assert record["themes"] == ["cold chain", "sensors", "food safety", "logistics"]
    assert [d["name"] for d in record["dimensions"]] == ["Judgment", "Craft", "Hiring"]


_INTERVIEW = (
    "# Ines Varga\n\nHead of Research at Lumo Labs\n\n## Biography\n\n"
    "Ines Varga leads research at Lumo Labs, a maker of sensors for cold stores.\n\n"
    "## Research interests\n\ncold chain, sensors, food safety, logistics\n\n"
    "## How we rated her\n\nJudgment 90%\n\nCraft 80%\n\nHiring 70%\n\n"
    "## {title}\n\n{opening} on why a cold store fails at the door, and what a driver's log "
    "can tell an engineer.\n\nShe also talks about hiring.\n\nSPONSORED\n\n"
    "## Get in touch\n\nWrite to the editors and we will reply within a week.\n\n"
    "## Teaching philosophy\n\n* Measure the cold before you sell it\n"
    "* Let the driver read the log\n* Fix the door seal first\n"
)


def test_prose_that_opens_by_naming_the_leader_under_a_site_s_title_is_the_summary() -> None:
    """A section under the site's own title ("The conversation") whose prose opens by naming
    the leader, on a page with a bio and no summary: the summary, a guess said so (a short
    label under the prose, an ad's, is the site's). Before, it was kept in extra_sections and
    the summary was missing. A box of prose that never names the leader ("Get in touch")
    stays the site's."""
    page = _INTERVIEW.format(title="The conversation", opening="Varga")
    record = record_dict(parse_bytes(page.encode(), "page.md").record)
    assert record["summary"] == (
        "Varga on why a cold store fails at the door, and what a driver's log can tell an "
        "engineer.\n\nShe also talks about hiring."
    )
    assert [s["title"] for s in record["extra_sections"]] == ["Get in touch"]
    assert any(
        d["code"] == "section-typed-by-content" and d["field"] == "summary"
        for d in record["diagnostics"]
    )


def test_prose_that_does_not_name_the_leader_is_no_summary() -> None:
    page = _INTERVIEW.format(title="The conversation", opening="The lab")
    record = record_dict(parse_bytes(page.encode(), "page.md").record)
    assert record["summary"] is None
