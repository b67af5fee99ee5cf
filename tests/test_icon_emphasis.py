"""An icon font's empty ``<i class="fa fa-check"></i>`` before each list item, as html2text
writes it: an emphasis around nothing, ``__``, glued to the item's words ("__farm-to-table").
Before, every chip and principle kept the two underscores, and nothing said so."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.read.mdinline import strip_inline
from extractor.record.serialize import record_dict

PAGE = """# Mara Quillfeather

Chief Executive Officer at Lantern Mills

## About

Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill country,
and sells its yarn to knitters and weavers in twelve countries.

## Key Themes

  *  __wool
  *  __cooperatives
  *  __rural trade

## Leadership Principles

  *  __Pay the spinners before the bank
  *  __Sell slowly, to people who come back
"""


def _record(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode(), "page.md").record)


def test_an_empty_icon_before_each_item_is_gone() -> None:
    record = _record(PAGE)
    assert record["themes"] == ["wool", "cooperatives", "rural trade"]
    assert record["principles"] == [
        "Pay the spinners before the bank",
        "Sell slowly, to people who come back",
    ]


def test_underscores_that_belong_to_the_words_stay() -> None:
    """Only a pair at the line's start, glued to words, closed nowhere after it, goes."""
    assert strip_inline("__one__ and __two") == "one and __two"
    assert strip_inline("__bold__ words") == "bold words"
    assert strip_inline("__ a lone pair") == "__ a lone pair"
    assert strip_inline("__wool") == "wool"


def test_a_pair_before_punctuation_stays() -> None:
    """An icon's pair is glued to the item's words; one before punctuation ("__:", "__(")
    is the text's own, kept as written."""
    assert strip_inline("__:") == "__:"
    assert strip_inline("__(see the notes)") == "__(see the notes)"
    assert strip_inline("__\u201cQuoted\u201d") == "__\u201cQuoted\u201d"
