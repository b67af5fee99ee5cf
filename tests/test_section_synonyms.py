"""Section titles a reader expects to be recognised: common synonyms of the six sections, and
a known title after a possessive (a first-person page: "My Leadership Profile").

Before, a page titled so was refused ("not a leader page, found: none"), or its quotes were
read as principles."""

from __future__ import annotations

import pytest

from extractor.parsing.sections import parser_for
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind


def _rule(text: str, kind: Kind = Kind.HEADING) -> str | None:
    parser = parser_for(Block(kind, text, 1, 1, level=2))
    return None if parser is None else parser.name


@pytest.mark.parametrize(
    ("title", "rule"),
    [
        ("Leadership Scores", "dimensions"),
        ("Scorecard", "dimensions"),
        ("My Leadership Profile", "dimensions"),
        ("Focus areas", "themes"),
        ("Her Key Themes", "themes"),
        ("About this episode", "summary"),
        ("Guiding principles", "principles"),
        ("Our Principles", "principles"),
        ("In their own words", "quotes"),
        ("In my own words", "quotes"),
        ("In his words", "quotes"),
        ("Quotations", "quotes"),
    ],
)
def test_synonyms_and_possessives_name_their_section(title: str, rule: str) -> None:
    assert _rule(title) == rule
    assert _rule(title.upper() + ":", Kind.PARAGRAPH) == rule


@pytest.mark.parametrize(
    "title",
    ["My Story", "Our Team", "In other words", "Their Leadership Journey", "The Episode", "My"],
)
def test_other_titles_stay_unknown(title: str) -> None:
    assert _rule(title) is None


PAGE = """# Liam O'Connor

Head of Platform at Tidewater Bank

I run the internal developer platform at Tidewater Bank in Halifax, Nova Scotia.

## My Leadership Profile

- Strategic Vision: 60%
- Execution: 70%

## Focus Areas

- platform teams
- planning

## Guiding Principles

- Ship the platform in small steps

## In My Own Words

> “A platform is a promise to the teams that use it.”
>
> — On platform teams
"""


def test_a_first_person_page_with_its_own_titles_is_read() -> None:
    data = parse_bytes(PAGE.encode(), "page.md").data
    assert data["dimensions"] == [
        {"name": "Strategic Vision", "score": 60},
        {"name": "Execution", "score": 70},
    ]
    assert data["themes"] == ["platform teams", "planning"]
    assert data["principles"] == ["Ship the platform in small steps"]
    assert data["quotes"] == [
        {
            "text": "A platform is a promise to the teams that use it.",
            "speaker": "Liam O'Connor",
            "context": "On platform teams",
        }
    ]
