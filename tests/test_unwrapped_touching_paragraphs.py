"""A browser's copy of an email (each bio paragraph in a table row of its own): the text is
not wrapped at any width, each paragraph is one long line, and the rows touch with no blank
line between them, though blank lines stand elsewhere on the page. A touching line under a
line longer than any wrap, that ended a sentence, starts a paragraph; a wrap would have gone on."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

BIO_1 = (
    "Ada Stone runs Acme Labs, a maker of small robots for warehouses and the people who run "
    "them across the north of England."
)
BIO_2 = (
    "She spent eleven years building logistics software for retailers before she founded the "
    "company in 2019 with two engineers from her old team."
)
PAGE = f"""Weekly Letters
Issue 12


Ada Stone
CEO at Acme Labs
{BIO_1}
{BIO_2}
Dimension Profile

Strategic Vision: 95%

Key Themes

warehouse robots
"""


def test_touching_unwrapped_paragraphs_stay_apart() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["bio"] == f"{BIO_1}\n\n{BIO_2}"


def test_short_touching_lines_are_still_one_paragraph() -> None:
    """Lines an editor wrapped by hand (no wrap width found): one paragraph, as before."""
    page = PAGE.replace(f"{BIO_1}\n{BIO_2}", "Ada Stone runs Acme Labs.\nShe founded it in 2019.")
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["bio"] == "Ada Stone runs Acme Labs. She founded it in 2019."
