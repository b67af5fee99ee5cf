"""Quotations typed with plain text's quoting mark, "> " before the words (a forum that shows
no Markdown, an email): the mark is no part of the words, and it sets the lines apart as
quotations as quote marks do (a closing line of the poster's under them is no quote)."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses.

Dimension Profile

Strategic Vision: 95%

Notable Quotes

> Nobody remembers a fast payment.
– On refund speed

> Ship the boring version first.

Happy to answer questions about how we run these interviews.

Key Themes

- warehouse robots
- logistics
"""


def test_a_typed_quote_mark_is_no_part_of_the_quotation() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert [q["text"] for q in data["quotes"]] == [
        "Nobody remembers a fast payment.",
        "Ship the boring version first.",
    ]
