"""Fixture-file tests of the section parsers (format in tests/fixtures/sections.txt)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from extractor.base.catalog import CODES
from extractor.base.config import Config
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

FIXTURES = Path(__file__).parent / "fixtures" / "sections.txt"
PAGE_HEAD = "Ada Stone\n\nChief Executive Officer at Example Co\n\n"


@dataclass(frozen=True)
class Case:
    line: int
    title: str
    body: str
    expected: dict[str, Any]


def read_cases(path: Path) -> list[Case]:
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip() or lines[index].startswith("#"):
            index += 1
            continue
        title_line = index
        parts: list[list[str]] = [[], []]
        index += 2  # title, then the "." that opens the body
        for part in parts:
            while lines[index] != ".":
                part.append(lines[index])
                index += 1
            index += 1
        expected = json.loads("\n".join(parts[1]))
        cases.append(Case(title_line + 1, lines[title_line], "\n".join(parts[0]), expected))
    return cases


CASES = read_cases(FIXTURES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"line{c.line}")
def test_case(case: Case) -> None:
    result = parse_bytes((PAGE_HEAD + case.body + "\n").encode("utf-8"), "case.txt", "text")
    record = record_dict(result.record)
    expected = dict(case.expected)
    codes = expected.pop("codes", None)
    for field, value in expected.items():
        assert record[field] == value, f"{case.title}: field {field}"
    if codes is not None:
        parse_stage = [
            d["code"] for d in record["diagnostics"] if CODES[d["code"]].stage == "parse"
        ]
        assert parse_stage == codes, case.title


def test_fixture_file_has_cases() -> None:
    assert len(CASES) >= 10


def test_known_themes_are_evidence_for_segmentation() -> None:
    """A chip already known from other pages is kept whole when the page itself is no help."""
    line = "zebra crossing design patterns for busy cities quantum lettuce farming methods"
    page = (PAGE_HEAD + f"Key Themes\n\n{line}\n\nEpisode Summary\n\nA talk.\n").encode()
    plain = parse_bytes(page, "p.txt", "text").record.themes
    config = Config(known_themes=("quantum lettuce farming methods",))
    known = parse_bytes(page, "p.txt", "text", config).record.themes
    assert plain[-1] != "quantum lettuce farming methods"  # the page alone gives no evidence
    assert known[-1] == "quantum lettuce farming methods"
    assert " ".join(known) == " ".join(plain) == line  # a split, never a rewrite
