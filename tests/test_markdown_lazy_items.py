"""A list item's text wrapped onto an unindented line (CommonMark's lazy continuation), as
pandoc wraps an item set in inline HTML: the line goes on with the item.

Before, the line was a paragraph of its own, so a quote's "- On public trust in flood" kept
half its context and "defence" was lost to the next quote's block."""

from __future__ import annotations

from extractor.read.blocks import Kind
from extractor.read.markdown import read_markdown


def test_an_unindented_line_after_an_item_goes_on_with_it() -> None:
    blocks = read_markdown("“A dike is a promise.”\n\n- On public trust in flood\ndefence\n")
    assert [(b.kind, b.text) for b in blocks] == [
        (Kind.QUOTE, "“A dike is a promise.”"),
        (Kind.ITEM, "On public trust in flood defence"),
    ]


def test_a_capitalised_line_goes_on_after_a_comma() -> None:
    blocks = read_markdown("- Ulrike Brandt,\nBetriebsratsvorsitzende\n")
    assert [(b.kind, b.text) for b in blocks] == [
        (Kind.ITEM, "Ulrike Brandt, Betriebsratsvorsitzende")
    ]


def test_a_sentence_or_a_capitalised_line_after_an_item_is_not_lazily_joined() -> None:
    for text in ("- Ship small.\nthen measure\n", "- Ship small\nMeasure first\n"):
        blocks = read_markdown(text)
        assert [b.kind for b in blocks] == [Kind.ITEM, Kind.PARAGRAPH], text
