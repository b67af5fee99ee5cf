"""A name holding a nickname in straight quotation marks ('Siddharth "Sid" Venkataraman'):
pandoc's Markdown writer sets the page's curly marks so, so the name read may not be the one
the page shows; a warning names it. Curly marks, or none, raise nothing.

Before, the name was taken as it stood, silently."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from extractor.pipeline import parse_bytes

TEXT = (SAMPLES / "amara-okafor.txt").read_text("utf-8")


def _name_doubts(name: str) -> list[object]:
    page = TEXT.replace("\nAmara Okafor\n", f"\n{name}\n", 1)
    data = parse_bytes(page.encode(), "p.md", "markdown").data
    assert data["name"] == name
    return [
        f
        for f in data["diagnostics"]
        if f["code"] == "name-doubtful" and "quotation marks" in f["message"]
    ]


@pytest.mark.parametrize("name", ['Amara "Ama" Okafor', 'Amara Okafor "Ama"'])
def test_straight_marks_around_a_nickname_are_doubted(name: str) -> None:
    """Inside the name or after it (the name's end: was not doubted)."""
    assert _name_doubts(name)


@pytest.mark.parametrize("name", ["Amara “Ama” Okafor", "Amara Okafor"])
def test_curly_marks_or_none_are_not(name: str) -> None:
    assert not _name_doubts(name)


def test_straight_marks_in_an_html_page_are_the_pages_own() -> None:
    """An HTML page shows the marks its markup holds: no converter stands between, so its
    straight marks raise nothing (was: doubted as a converter's)."""
    page = (SAMPLES / "elena-petrova.html").read_text("utf-8")
    assert ">Elena Petrova</h1>" in page
    page = page.replace(">Elena Petrova</h1>", '>Elena "Lena" Petrova</h1>')
    data = parse_bytes(page.encode(), "p.html").data
    assert data["name"] == 'Elena "Lena" Petrova'
    assert not [f for f in data["diagnostics"] if "quotation marks" in str(f["message"])]
