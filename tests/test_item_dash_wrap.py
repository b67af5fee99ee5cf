"""Pandoc wraps a list item's text at its width, and a dash inside the sentence may open the
wrapped line ("-   One member, one vote" / "    — even when it slows us down"). A line that
opens with a dash reads as a quotation's attribution; indented under an item that ends no
sentence and no quotation, its words going on in lower case, it is the item's own text.
Before, it became an attribution and the principle was cut in two."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.markdown import read_markdown

PAGE = """# Ana Ribeiro

Chief Executive at Cooperativa Vale Verde

Ana Ribeiro leads Cooperativa Vale Verde, a grain cooperative of 1,200 farming families in Paraná.

## Dimension Profile

- Governance: 88%
- Execution: 75%
- Member Relations: 93%

## Key Themes

co-op governance, soy, grain storage

## Leadership Principles

-   One member, one vote
    — even when it slows us down
-   Build storage before you build a brand
"""


def test_a_dash_wrapped_into_an_item_is_its_text() -> None:
    data = parse_bytes(PAGE.encode(), "page.md", "markdown").data
    assert data["principles"] == [
        "One member, one vote — even when it slows us down",
        "Build storage before you build a brand",
    ]


def test_a_quotations_caption_under_an_item_stays_an_attribution() -> None:
    blocks = read_markdown("-   “A harvest is a loan from the weather.”\n    — Ana Ribeiro\n")
    assert [b.kind.value for b in blocks] == ["item", "attribution"]


def test_a_capitalised_source_under_a_saying_stays_an_attribution() -> None:
    blocks = read_markdown("-   Build storage first\n    — On the 2019 harvest\n")
    assert [b.kind.value for b in blocks] == ["item", "attribution"]
