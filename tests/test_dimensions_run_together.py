"""Dimensions run together on one line: what converters give for rows of inline elements.

A converter (inscriptis on a ``<dl>``, any text converter on ``<score-row>`` custom elements,
``innerText`` on rows of ``<span>``s) writes the six "name score" rows on one line, with or
without spaces. Each pair is still a dimension; anything else on the line keeps it unread.
"""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES

from extractor.pipeline import parse_bytes

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
ROWS = re.search(r"Strategic Vision 95%.*?User Empathy & Research 75%", PAGE, re.DOTALL)
assert ROWS is not None
WANT = [
    ("Strategic Vision", 95),
    ("Execution & Craft", 70),
    ("Data & Experimentation", 60),
    ("Growth & Distribution", 45),
    ("Team & Leadership", 60),
    ("User Empathy & Research", 75),
]


def dimensions(page: str) -> list[tuple[str, int]]:
    record = parse_bytes(page.encode("utf-8"), "page.txt").record
    return [(d.name, d.score) for d in record.dimensions]


@pytest.mark.parametrize("joiner", [" ", "", "   "], ids=["space", "glued", "spaces"])
def test_pairs_on_one_line_are_each_a_dimension(joiner: str) -> None:
    assert ROWS is not None
    line = joiner.join(ROWS[0].splitlines())
    assert dimensions(PAGE.replace(ROWS[0], line)) == WANT


def test_a_line_with_other_text_between_pairs_is_not_read_as_dimensions() -> None:
    assert ROWS is not None
    line = " ".join(ROWS[0].splitlines()).replace("45%", "45%, which is low, and")
    assert dimensions(PAGE.replace(ROWS[0], line)) != WANT
