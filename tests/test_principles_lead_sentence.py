"""A principles section that opens with a sentence over entries that are not sentences (a hint
box's "Principles as the guest stated them, in their order." over its list, the list's marks
kept or lost): the first line is the site's lead, not a principle. Left out, flagged."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

PAGE = """Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses.

Dimension Profile

Strategic Vision: 95%

Leadership Principles

These are the principles as she put them, in her order.

{m1}Ship the boring version first

{m2}Ask the driver before the dashboard

{m3}Nobody remembers a fast payment

Notable Quotes

“Ship it.”
"""


@pytest.mark.parametrize("marks", [("", "", ""), ("1. ", "2. ", "3. ")])
def test_the_lead_sentence_is_no_principle(marks: tuple[str, str, str]) -> None:
    m1, m2, m3 = marks
    data = parse_bytes(PAGE.format(m1=m1, m2=m2, m3=m3).encode(), "page.txt", "text").data
    assert data["principles"] == [
        "Ship the boring version first",
        "Ask the driver before the dashboard",
        "Nobody remembers a fast payment",
    ]
    assert any(d["code"] == "section-line-doubtful" for d in data["diagnostics"])


def test_principles_written_as_sentences_are_all_kept() -> None:
    page = PAGE.format(m1="", m2="", m3="").replace("first\n", "first.\n")
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert len(data["principles"]) == 4
