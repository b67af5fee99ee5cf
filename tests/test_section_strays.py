"""Lines a site sets between sections, which land in the section above them (a section runs to
the next title): never taken into the field silently.

* a short line with no sentence after a summary's or bio's prose (an ad's label in a box of
  its own, a link under the paragraph, a tab's label): set aside as site chrome, and the
  field flagged ``section-line-doubtful``, since it may still be the section's own;
* a last paragraph of one short sentence written as an editor's note ("Presented at ..."):
  kept, and flagged;
* a prose title over no prose (a panel of key/value rows): kept, and flagged;
* a link's label and title on one line at the end of the quotes, taken as a quote: flagged.

Before, each was appended to the field with no warning (a silent wrong record).
"""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section
from extractor.parsing.sections.prose import parse_summary
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind

SUMMARY = (
    "Mira Castell explains how a regional airline rebuilt its timetable around two airports, "
    "and why it now publishes its delays every morning."
)
BIO = "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen."


def _page(summary_tail: str = "", bio_tail: str = "", quotes_tail: str = "") -> str:
    return (
        "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
        f"About\n\n{BIO}\n\n{bio_tail}"
        "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
        "Key Themes\n\nregional aviation, timetables, crew welfare, Bergen\n\n"
        f"Episode Summary\n\n{SUMMARY}\n\n{summary_tail}"
        "Leadership Principles\n\n- Publish the delays before anyone asks\n"
        "- Fly the schedule you can crew\n- Ask the gate agents first\n\n"
        "Notable Quotes\n\n\u201cA timetable is a promise with numbers in it.\u201d\n"
        f"\u2014 On punctuality\n\n{quotes_tail}"
    )


def _parse(page: str) -> dict[str, object]:
    return parse_bytes(page.encode(), "page.txt", "text").data


def _flagged(data: dict[str, object], field: str) -> list[str]:
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [
        d["message"]
        for d in diagnostics
        if d["code"] == "section-line-doubtful" and d["field"] == field
    ]


@pytest.mark.parametrize("label", ["ADVERTISEMENT", "Continue reading", "Show full episode"])
def test_a_label_between_the_summary_and_the_next_section_is_chrome_and_flagged(
    label: str,
) -> None:
    data = _parse(_page(summary_tail=f"{label}\n\n"))
    assert data["summary"] == SUMMARY
    assert any(repr(label) in message for message in _flagged(data, "summary"))


def test_a_link_right_under_a_wrapped_bio_paragraph_is_chrome_and_flagged() -> None:
    wrapped = "Mira Castell runs operations at Northwind Air, a regional\nairline based in Bergen."
    page = _page().replace(BIO, wrapped + "\nView profile")
    data = _parse(page)
    assert data["bio"] == BIO
    assert _flagged(data, "bio")


def test_a_closing_note_is_kept_and_flagged() -> None:
    note = "Recorded live at the Bergen Aviation Forum, spring 2026."
    data = _parse(_page(summary_tail=f"{note}\n\n"))
    assert data["summary"] == f"{SUMMARY}\n\n{note}"
    assert _flagged(data, "summary")


def test_a_second_paragraph_of_prose_is_the_summarys_own() -> None:
    second = "She also talks about training dispatchers in-house and the fuel crisis of 2022."
    data = _parse(_page(summary_tail=f"{second}\n\n"))
    assert data["summary"] == f"{SUMMARY}\n\n{second}"
    assert not _flagged(data, "summary")


def test_a_prose_title_over_key_value_rows_is_flagged() -> None:
    rows = ["Organization", "Northwind Air", "Location", "Bergen"]
    body = [Block(Kind.PARAGRAPH, text, 10 + 2 * i, 10 + 2 * i) for i, text in enumerate(rows)]
    draft = Draft()
    parse_summary(Section("Overview", Block(Kind.HEADING, "Overview", 8, 8), body), draft)
    assert draft.text("summary") == "\n\n".join(rows)  # kept: nothing is lost
    assert [(d.code, d.field) for d in draft.diagnostics] == [("section-line-doubtful", "summary")]


QUOTES_PAGE = """# Mira Castell

Chief Operating Officer at Northwind Air

## About

Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.

## Dimension Profile

Punctuality 91%

Crew Care 84%

## Notable Quotes

A timetable is a promise with numbers in it.

On punctuality

We fly the schedule we can crew.

**Related:** The long night at Flesland

## Key Themes

- regional aviation
- timetables
"""


def test_a_linked_title_after_the_quotes_is_flagged_where_it_is_taken_as_a_quote() -> None:
    data = parse_bytes(QUOTES_PAGE.encode(), "page.md", "markdown").data
    quotes = data["quotes"]
    assert isinstance(quotes, list)
    link = "Related: The long night at Flesland"
    # Never a quote silently: left out of the quotes, or named on the quote it became.
    assert all(q["text"] != link or _flagged(data, f"quotes[{i}]") for i, q in enumerate(quotes))
    assert [q["text"] for q in quotes][:2] == [
        "A timetable is a promise with numbers in it.",
        "We fly the schedule we can crew.",
    ]


CUT_PAGE = """Ada Quist

Head of Operations at Brightwater Ferries

Dimension Profile

Route Planning 92%
Crew Safety 88%
Fleet Upkeep 71%

Key Themes

ferries, Solent, crew welfare, timetables

About

Ada Quist runs operations for Brightwater Ferries, a passenger line across the Solent.

She spent nine years as a harbour pilot in Rotterdam before moving ashore.

Similar people

Tomas Berg
"""


def test_a_paragraph_cut_from_the_last_prose_section_is_named_on_its_field() -> None:
    """The profile ends where prose leaves its topic: the bio's second paragraph, on words the
    first does not use, is read as the site's. It may be the bio's own: said on the bio."""
    data = _parse(CUT_PAGE)
    bio = data["bio"]
    assert isinstance(bio, str)
    if "harbour pilot" not in bio:
        assert any("harbour pilot" in message for message in _flagged(data, "bio"))


_WORD = st.sampled_from(["the", "crew", "Bergen", "timetable", "airline", "runs", "delays"])
_SENTENCE = st.lists(_WORD, min_size=1, max_size=14).map(lambda w: " ".join(w) + ".")
_LABEL = st.lists(_WORD, min_size=1, max_size=5).map(" ".join)


@given(st.lists(st.one_of(_SENTENCE, _LABEL), min_size=1, max_size=6))
def test_sentences_are_never_set_aside_and_nothing_goes_unsaid(texts: list[str]) -> None:
    """Whatever the mix of sentences and short lines: every sentence stays in the field, in
    order; a line left out of it is site chrome with a warning naming it on the field."""
    body = [Block(Kind.PARAGRAPH, text, 10 + 2 * i, 10 + 2 * i) for i, text in enumerate(texts)]
    draft = Draft()
    parse_summary(Section("Episode Summary", Block(Kind.HEADING, "x", 8, 8), body), draft)
    kept = (draft.text("summary") or "").split("\n\n")
    assert [t for t in texts if t.endswith(".")] == [t for t in kept if t.endswith(".")]
    named = " ".join(d.message for d in draft.diagnostics if d.field == "summary")
    for block in body:
        if block.text not in kept:
            assert block in draft.chrome and repr(block.text) in named


def test_many_stray_lines_are_set_aside_in_linear_time() -> None:
    """The stray lines are taken out of the body with a set, not a list's ``in``. Before: a
    summary of 12,000 sentences, each with a short line under it, took ~5 s (quadratic)."""
    import time

    body: list[Block] = []
    for i in range(12_000):
        line = 3 + 4 * i
        body.append(
            Block(Kind.PARAGRAPH, f"The airline added route number {i} that year.", line, line)
        )
        body.append(Block(Kind.PARAGRAPH, "see the archive", line + 2, line + 2))
    draft = Draft()
    started = time.process_time()  # CPU time: a loaded shared machine is not the parser's cost
    parse_summary(Section("Episode Summary", None, body), draft)
    took = time.process_time() - started
    summary = draft.text("summary") or ""
    assert summary.count("\n\n") == 12_000 - 1 and "archive" not in summary
    assert took < 2.5, took
