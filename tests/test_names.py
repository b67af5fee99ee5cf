"""The leader's name as pages write it: honorifics, post-nominals, particles, other scripts; and
a line taken for the name that does not read as one is reported, never passed off as certain."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import parse_bytes

EXAMPLE = Path(__file__).resolve().parents[2] / "shared" / "examples" / "gustav-soderstrom.txt"
PAGE = """{name}

Chief Product Officer at Example Co

{first} leads product at Example Co, where the teams ship to millions of people every week.

Dimension Profile

Strategic Vision 95%
Execution & Craft 70%

Key Themes

hiring
pricing

Episode Summary

{first} talks about hiring and pricing with the host, and about what changed at Example Co.
"""


def parsed(name: str) -> tuple[str | None, list[str]]:
    first = name.split(maxsplit=1)[0]
    result = parse_bytes(PAGE.format(name=name, first=first).encode(), "page.txt", "text")
    return result.data["name"], [f.code for f in result.raw_findings]


@pytest.mark.parametrize(
    "name",
    [
        "Dr. Amara Okafor-Nwosu",
        "Prof. Dr. Hans Müller",
        "Rev. Dr. Martin Luther King Jr.",
        "Mrs. Jane Doe",
        "Amara Okafor, MD, MPH",
        "Sir Tim Berners-Lee",
        "Ludwig van der Berg",
        "María José García-López",
        "Anne-Marie O'Neil",
        "J. R. Smith",
        "李伟",
    ],
)
def test_a_name_as_pages_write_it_is_the_name(name: str) -> None:
    found, codes = parsed(name)
    assert found == name
    assert "name-doubtful" not in codes


def test_a_line_taken_for_the_name_that_is_not_one_is_reported() -> None:
    found, codes = parsed("Bob")  # one word: a person may be called so, but it is not sure
    assert found == "Bob"
    assert "name-doubtful" in codes


def test_the_headline_taken_for_a_missed_name_is_reported() -> None:
    """A name the parser cannot take (here a line of digits) leaves the headline next in line:
    the record says the name is a guess."""
    found, codes = parsed("Agent 007")
    assert found != "Agent 007"
    assert "name-doubtful" in codes


@pytest.mark.parametrize("name", ["Jane Smith OBE", "John Smith III", "Ada Lovelace, PhD"])
def test_letters_after_a_name_are_still_a_name(name: str) -> None:
    assert parsed(name) == (name, parsed(name)[1])
    assert "name-doubtful" not in parsed(name)[1]


@pytest.mark.parametrize(
    "line", ["ABOUT US", "LEADERS Jane Smith", "Chief Product Officer at Acme"]
)
def test_shouting_and_headlines_are_not_written_like_a_name(line: str) -> None:
    from extractor.parsing.leader_name import written_like_a_name

    assert not written_like_a_name(line)
