"""A presentation saved as a web page, read by a browser's text copy: every slide ends with
the master slide's footer box, the slide's number and the viewer's "Previous slide | Next
slide | Slide n of N" row, and speaker notes may follow under "Notes:". Those lines are the
deck's, set aside; the slide's first line after them is its title box (a ``<div>``, not a
heading); a numbered bullet whose number stood in a box of its own comes out glued ("1.Open
...") or spaced ("1. Open ...") as a paragraph. Whole pages (made up)."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

FOOTER = "Harbour Guests · Spring deck"


def _deck(titles: dict[str, str], mark: str = "{n}.") -> str:
    slides = [
        ["Mara Quill", "Head of Ferries at Laguna Lines"],
        [
            "Mara Quill runs the ferry crews on the lagoon, from the rail station to the islands.",
            "She started as a deckhand on the night boat and wrote its first timetable.",
        ],
        [
            titles["summary"],
            "Mara Quill talks about timetables, fog and the night boat that never ran late.",
        ],
        [titles["dims"], "Strategic Vision 70%", "Execution & Craft 85%", "Team & Leadership 60%"],
        [titles["themes"], "• ferries", "• timetables", "• lagoon transport", "• night shifts"],
        [
            titles["principles"],
            *(
                f"{mark.format(n=n)}{p}"
                for n, p in enumerate(
                    [
                        "Open the gate for the slowest boat first",
                        "Every shift leaves the log cleaner than it found it",
                        "Ask the tide before you ask the board",
                    ],
                    1,
                )
            ),
        ],
    ]
    notes = {1: "Say the surname twice; it rhymes with will.", 2: "Keep this under a minute."}
    lines = ["Outline", *(s[0] if i != 1 else "Slide 2" for i, s in enumerate(slides)), ""]
    for number, slide in enumerate(slides, 1):
        lines += [*slide, FOOTER, str(number)]
        lines.append(f"Previous slide | Next slide | Slide {number} of {len(slides)}")
        if number in notes:
            lines += ["", "Notes:", "", notes[number], ""]
    return "\n".join(lines) + "\n"


STANDARD = {
    "summary": "Episode Summary",
    "dims": "Dimension Profile",
    "themes": "Key Themes",
    "principles": "Leadership Principles",
}
OWN = {
    "summary": "In this episode",
    "dims": "How we scored them",
    "themes": "Key Themes",
    "principles": "Rules of thumb",
}
PRINCIPLES = [
    "Open the gate for the slowest boat first",
    "Every shift leaves the log cleaner than it found it",
    "Ask the tide before you ask the board",
]


def _parse(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode("utf-8"), "deck.txt", "text").record)


@pytest.mark.parametrize("mark", ["{n}.", "{n}. "])
def test_each_slides_footer_number_counter_and_notes_are_the_decks(mark: str) -> None:
    record = _parse(_deck(STANDARD, mark))
    assert record["name"] == "Mara Quill"
    assert record["bio"].startswith("Mara Quill runs the ferry crews")
    assert record["summary"] == (
        "Mara Quill talks about timetables, fog and the night boat that never ran late."
    )
    assert record["themes"] == ["ferries", "timetables", "lagoon transport", "night shifts"]
    assert record["principles"] == PRINCIPLES


@pytest.mark.parametrize("mark", ["{n}.", "{n}.\n"])
def test_a_slides_title_box_titles_its_section(mark: str) -> None:
    record = _parse(_deck(OWN, mark))
    assert record["principles"] == PRINCIPLES
    assert "Rules of thumb" not in record["themes"]
    assert FOOTER not in str(record)


def test_one_slide_counter_is_no_deck() -> None:
    page = _deck(STANDARD).replace("Slide 2 of 6", "Page two").replace("Slide 3 of 6", "Later")
    page = page.replace("Slide 4 of 6", "x").replace("Slide 5 of 6", "y")
    page = page.replace("Slide 6 of 6", "z")
    record = _parse(page)
    assert FOOTER in str(record)  # one counter proves nothing: the footer stays (flagged)
