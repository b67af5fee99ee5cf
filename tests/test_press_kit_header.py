"""A press kit's header: under the headline, a row of download buttons run together on one
line by a browser's copy ("Download portrait (JPG, 4.2 MB)Download biography (PDF, 180 KB)"),
then a dated line ("Last updated 9 March 2026 · Free for editorial use"), then the bio as a
section of its own. Before, both lines were joined to the bio as "the bio given twice"."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

BIO = (
    "Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill country, "
    "and sells its yarn to knitters and weavers in twelve countries."
)


def _page(row: str, dated: str) -> str:
    return f"""Newsroom Press releases Media contacts

Mara Quillfeather

Chief Executive Officer at Lantern Mills

{row}

{dated}

About

{BIO}

Dimension Profile
Strategic Vision: 88
Execution: 74

Key Themes
wool
cooperatives
rural trade
"""


ROW = "Download portrait (JPG, 4.2 MB)Download biography (PDF, 180 KB)Download all (ZIP, 38 MB)"
DATED = "Last updated 9 March 2026 · Free for editorial use with credit"


def _record(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode(), "page.txt").record)


def test_the_button_row_and_the_dated_line_are_not_the_bio() -> None:
    record = _record(_page(ROW, DATED))
    assert record["name"] == "Mara Quillfeather"
    assert record["headline"] == "Chief Executive Officer at Lantern Mills"
    assert record["bio"] == BIO
    assert not any(d["code"] == "section-duplicate" for d in record["diagnostics"])


def test_buttons_apart_by_spaces_too() -> None:
    spaced = ROW.replace(")Download", ") Download")
    assert _record(_page(spaced, DATED))["bio"] == BIO
