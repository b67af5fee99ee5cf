"""Principles set as plain lines (a browser's copy drops the list's marks), the last section
of the profile, with the site's note under them ("This interview has been edited for length
and clarity."): nothing marks where the list ends, so the note was read as one more principle
with no word of doubt. A line with a full stop under entries without one is flagged.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEAD = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Leadership Principles\n\n"
)


def _doubts(entries: str) -> list[tuple[object, object]]:
    data = parse_bytes((HEAD + entries).encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [(d["field"], d["line"]) for d in diagnostics if d["code"] == "section-line-doubtful"]


def test_a_sentence_under_unstopped_entries_is_doubtful() -> None:
    entries = (
        "Publish the delays before anyone asks\n\nFly the schedule you can crew\n\n"
        "This interview has been edited for length and clarity.\n"
    )
    assert _doubts(entries) == [("principles", 19)]


def test_entries_that_are_sentences_are_no_doubt() -> None:
    entries = (
        "Publish the delays before anyone asks.\n\nFly the schedule you can crew.\n\n"
        "Ask the gate agents first.\n"
    )
    assert _doubts(entries) == []


def test_marked_entries_are_no_doubt() -> None:
    entries = "- Publish the delays\n- Fly the schedule you can crew\n- Ask the gate agents.\n"
    assert _doubts(entries) == []
