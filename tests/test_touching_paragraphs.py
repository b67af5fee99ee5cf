"""A text browser sets consecutive block elements (paragraphs as divs) on touching lines: at a
detected wrap width, a line under one that ends a sentence, whose first word would have fitted
above (a tie at the widest line included), starts a paragraph of its own."""

from __future__ import annotations

from extractor.parsing.sections.base import paragraphs
from extractor.read.text import read_text

_WIDE = "Ada Stone founded Example Co to build tools for hiring and pricing across"


def _page(last_line: str) -> str:
    lines = [
        "Summary",
        "",
        _WIDE,  # the widest line: the wrap width
        "many markets, and she explains why small teams ship faster than large",
        last_line,
        "She also talks about open source and about hiring slowly.",
        "",
        "Other text",
        "",
        "A paragraph that wraps at the same width as the others do on this page,",
        "so the width is found from the lines of more than one paragraph here.",
    ]
    return "\n".join(lines)


def test_paragraphs_on_touching_lines_stay_apart() -> None:
    blocks = read_text(_page("ones do."))
    body = [b for b in blocks if b.start in range(3, 7)]
    assert paragraphs(body).count("\n\n") == 1


def test_a_tie_at_the_width_after_a_sentence_end_is_a_break() -> None:
    # "She" would end exactly at the widest line's column
    tie = "x" * (len(_WIDE) - len(" She") - len(".")) + "."
    blocks = read_text(_page(tie))
    body = [b for b in blocks if b.start in range(3, 7)]
    assert paragraphs(body).endswith(
        "\n\nShe also talks about open source and about hiring slowly."
    )
