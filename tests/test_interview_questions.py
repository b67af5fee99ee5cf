"""An interview's questions set as plain lines (a Q&A page's bold paragraphs, as a
converter writes them) between the bio's paragraphs and the sections under them: no rule knows
a question's words, so the prose under one runs on into the bio. The bio says so at the first
question; before, it took the question and the prose under it with no word of doubt.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEAD = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.\n\n"
)
MIDDLE = (
    "Mira Castell explains why a regional airline publishes its delays before anyone asks, "
    "and what a crew roster teaches about trust.\n\n"
)
TAIL = "Punctuality: 91 out of 100\nCrew Care: 84 out of 100\nCost Discipline: 72 out of 100\n\n"


def _doubts(text: str) -> list[tuple[object, object]]:
    data = parse_bytes(text.encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [(d["field"], d["line"]) for d in diagnostics if d["code"] == "section-line-doubtful"]


def test_a_question_between_the_bios_paragraphs_makes_the_bio_doubtful() -> None:
    page = HEAD + "What did we talk about with her this spring?\n\n" + MIDDLE + TAIL
    assert _doubts(page) == [("bio", 7)]


def test_a_question_over_the_scores_makes_the_bio_doubtful() -> None:
    page = HEAD + MIDDLE + "How would you rate yourself?\n\n" + TAIL
    assert _doubts(page) == [("bio", 9)]


def test_a_question_inside_a_paragraph_is_no_doubt() -> None:
    page = HEAD + "Why fly at all? She asks it of every route she plans.\n\n" + MIDDLE + TAIL
    assert _doubts(page) == []


def test_a_quoted_question_is_no_doubt() -> None:
    page = HEAD + "“Who pays for the delay?”\n\n" + MIDDLE + TAIL
    assert _doubts(page) == []
