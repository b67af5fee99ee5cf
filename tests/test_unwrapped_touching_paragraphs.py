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


MARKDOWN = """# Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses and the people
who run them across the north of England.{hard}
She spent eleven years building logistics software for retailers before she
founded the company in 2019.{hard}
## Dimension Profile

* Strategic Vision: 95%
""".format(hard="  ")  # html2text's hard break: two spaces at the line's end


def test_rows_html2text_ends_with_hard_breaks_are_paragraphs() -> None:
    """html2text sets an email's table rows (one paragraph each) on touching lines, each row
    ended by a hard break: under a wrapped paragraph that ended a sentence, a new paragraph."""
    data = parse_bytes(MARKDOWN.encode(), "page.md", "markdown").data
    assert data["bio"].count("\n\n") == 1
    assert data["bio"].startswith("Ada Stone runs Acme Labs")


def test_a_hard_break_between_short_lines_still_joins() -> None:
    page = MARKDOWN.replace(
        "Ada Stone runs Acme Labs, a maker of small robots for warehouses and the people\n"
        "who run them across the north of England.",
        "Ada Stone runs Acme Labs.",
    )
    data = parse_bytes(page.encode(), "page.md", "markdown").data
    assert "\n\n" not in data["bio"]
