"""Principles set as subheadings: a blog editor sets each principle as an ``<h3>`` under the
section's ``<h2>`` (and html2text wraps a long ``###`` line as it wraps prose).

Before, the subheadings did not fit the principles' shape, so the profile was cut before the
principles and everything from there on (the quotes too) was read as chrome.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.markdown import read_markdown

PRINCIPLES = [
    "Keep the specialist knowledge inside the organisation, whatever the consultants say",
    "Publish the hard numbers, even when they frighten people",
    "Plan in decades and budget in years",
]
HEAD = (
    "<html><body><article><h1>Liam O'Connor</h1><p>Head of Platform at Tidewater Bank</p>"
    "<p>Liam O'Connor runs the internal developer platform at Tidewater Bank in Halifax.</p>"
    "<h2>Dimension Profile</h2><ul><li>Strategic Vision 60%</li><li>Execution 70%</li></ul>"
    "<h2>Key Themes</h2><ul><li>platform teams</li><li>planning</li></ul>"
    "<h2>Episode Summary</h2><p>Liam O'Connor describes how a platform team plans.</p>"
)
QUOTES = (
    "<h2>Notable Quotes</h2><blockquote><p>“A platform is a promise to the teams that use "
    "it.”</p></blockquote><p>— Liam O'Connor</p>"
)
FOOT = "<h2>Sign up for our letter</h2><p>Long reads about people who run things.</p>"


def _parse(principles: str) -> dict[str, object]:
    page = HEAD + principles + QUOTES + FOOT + "</article></body></html>"
    return parse_bytes(page.encode(), "page.html").data


def test_principles_as_subheadings_are_read_and_the_quotes_after_them_too() -> None:
    data = _parse("<h2>Leadership Principles</h2>" + "".join(f"<h3>{p}</h3>" for p in PRINCIPLES))
    assert data["principles"] == PRINCIPLES
    assert data["quotes"] == [
        {
            "text": "A platform is a promise to the teams that use it.",
            "speaker": "Liam O'Connor",
            "context": None,
        }
    ]


def test_a_subheading_over_prose_still_titles_a_part_of_the_text() -> None:
    """The footer's heading after the quotes is set like the title, not under it: it is not
    a principle, and a subheading with prose under it is not one either."""
    data = _parse(
        "<h2>Leadership Principles</h2><ul><li>Plan in decades</li></ul>"
        "<h3>How the principles came about</h3><p>They were written after the 2019 outage, "
        "when the platform team had to rebuild trust with the product teams.</p>"
    )
    assert data["principles"] == ["Plan in decades"]


def test_a_long_heading_wrapped_by_the_converter_goes_on_on_its_next_line() -> None:
    text = (
        "Some prose written out to the converter's wrap width, which is seventy-eight\n"
        "characters here, as html2text sets it: each line breaks at the last space that\n"
        "fits, so most lines of a paragraph come near the width, and the reader learns\n"
        "it from them.\n\n"
        "### Keep the specialist knowledge inside the organisation, whatever the\n"
        "consultants say\n\n"
        "### Plan in decades\n"
        "Short heading, then a paragraph: a new block.\n"
    )
    blocks = read_markdown(text)
    assert [(b.kind.name, b.text) for b in blocks[1:]] == [
        ("HEADING", PRINCIPLES[0]),
        ("HEADING", "Plan in decades"),
        ("PARAGRAPH", "Short heading, then a paragraph: a new block."),
    ]
