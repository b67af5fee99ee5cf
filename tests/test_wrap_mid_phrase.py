"""A hard-wrapped line that ends in "at", "of", "and"... goes on, even before a Title Case line.

In a dump without blank lines, a Title Case line right under a nearly full line is usually a
section title; but no line of a page ends in a preposition, article or conjunction unless the
wrap cut a phrase there ("Director of Digital Services at" / "Statens Vegvesen Digital").
"""

from __future__ import annotations

from extractor.read.text import read_text

LINES = [
    "Runs digital services for a national roads agency and more of",
    "the public registers that insurers, garages and the police use",
    "every day, from licensing to registration, for the whole of",
    "Norway and its islands, with a team of two hundred people.",
    "Director of Digital Services at the Roads Administration of",
    "Statens Vegvesen Digital",
    "Dimension Profile",
]


def test_a_line_ending_mid_phrase_continues_into_a_title_case_line() -> None:
    texts = [b.text for b in read_text("\n".join(LINES))]
    assert texts[-2].endswith("Roads Administration of Statens Vegvesen Digital")
    assert texts[-1] == "Dimension Profile"
