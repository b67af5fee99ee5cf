"""pandoc's Markdown spells an em dash "---": an attribution in emphasis that the converter
wrapped over two lines ("*--- Grace Mutua, her cofounder at the" / "first warehouse*") is a
paragraph that opens with "--- ", a dashed attribution like "— Grace Mutua"."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """# Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses.

## Dimension Profile

- Strategic Vision: 95%

## Notable Quotes

> Ada knows every driver by name.

*--- Grace Mutua, her cofounder at the
first warehouse*

## Key Themes

- warehouse robots
"""


def test_a_wrapped_attribution_after_pandocs_dash() -> None:
    data = parse_bytes(PAGE.encode(), "page.md", "markdown").data
    quote = data["quotes"][0]
    assert quote["speaker"] == "Grace Mutua"
    assert quote["context"] == "her cofounder at the first warehouse"
