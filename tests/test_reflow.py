"""Hard-wrapped text reads as the unwrapped text, at any width a converter uses."""

from __future__ import annotations

import json
import textwrap

import pytest
from conftest import GOLDEN, SAMPLES

from extractor.parsing.sections.base import paragraphs as paragraphs_of
from extractor.read.blocks import Kind
from extractor.read.lines import split_lines
from extractor.read.reflow import join_wrapped, wrap_width
from extractor.read.text import read_text

_SUMMARIES = [
    json.loads((GOLDEN / f"{p.name}.json").read_text(encoding="utf-8"))["summary"]
    for p in sorted(SAMPLES.glob("*.txt"))
]
PROSE = [s for s in _SUMMARIES if s]


@pytest.mark.parametrize("width", [60, 72, 76, 78, 80])
@pytest.mark.parametrize("prose", PROSE[:6], ids=range(6))
def test_wrapped_paragraphs_are_rejoined(prose: str, width: int) -> None:
    paragraphs = [" ".join(p.split()) for p in prose.split("\n\n")]
    page = "\n\n".join(
        textwrap.fill(p, width, break_on_hyphens=True, break_long_words=False) for p in paragraphs
    )
    page = f"Episode Summary\n\n{page}\n\nLeadership Principles\n"
    lines = split_lines(page)
    if len([line for line in lines if len(line.text) > 40]) >= 6:
        assert wrap_width([line.text for line in lines]) is not None
    # Too few wrapped lines to tell a width: the section parser still joins touching lines.
    body = [b for b in read_text(page) if b.kind is not Kind.HEADING]
    assert paragraphs_of(body) == "\n\n".join(paragraphs)


def test_hyphen_of_the_word_stays_and_no_space_is_added() -> None:
    assert join_wrapped("a product-", "minded leader") == "a product-minded leader"
    assert join_wrapped("growth -", "and more") == "growth - and more"
    assert join_wrapped("ends here", "next") == "ends here next"


def test_one_line_per_paragraph_is_never_joined() -> None:
    page = "Title\nA first paragraph that is long enough to look like prose in a page.\n" * 4
    assert len(read_text(page)) == 8


def test_bullets_and_titles_still_break_in_wrapped_text() -> None:
    bullets = [
        "Treat your platform like a product: it has users, a roadmap and a support rotation",
        "Hire for slope over intercept; the fastest learner beats the most experienced one",
        "Make reliability visible, because customers buy what they can see and feel daily",
    ]
    page = "\n".join(
        textwrap.fill(b, 60, initial_indent="  * ", subsequent_indent="    ") for b in bullets
    )
    assert [b.text for b in read_text(page)] == bullets


def test_a_wrap_after_a_words_own_hyphen_rejoins_without_a_space() -> None:
    sentence = (
        "She built a product-minded engineering culture across three continents and kept "
        "it that way through two acquisitions, a re-organisation and a change of strategy."
    )
    for width in range(44, 81):
        wrapped = textwrap.fill(sentence, width, break_on_hyphens=True)
        page = f"Episode Summary\n\n{wrapped}\n\nNext Section\n\n{wrapped}\n\n{wrapped}\n"
        body = [b for b in read_text(page) if b.kind is not Kind.HEADING]
        assert {paragraphs_of([b]) for b in body} == {sentence}, width


def test_how_a_page_sets_its_paragraphs_is_judged_where_they_stand() -> None:
    """A whole page copied: a long menu line under line above, the profile's paragraphs set
    apart by blank lines below. The menu must not make each of the profile's lines a
    paragraph of its own, and the menu's lines stay apart from each other."""
    menu = "\n".join(f"Menu entry {n}" for n in range(60))
    body = "\n\n".join(
        f"Paragraph {n} starts on this line of the page.\nIt goes on on the next line."
        for n in (1, 2, 3, 4, 5)
    )
    blocks = read_text(f"{menu}\n\n{body}\n")
    paragraphs = [b for b in blocks if b.text.startswith("Paragraph")]
    assert len(paragraphs) == 5 and all(b.wraps for b in paragraphs)
    # Judged over a dozen lines each side: the menu's lines away from the profile stay apart.
    assert all(not b.wraps for b in blocks[:40])
