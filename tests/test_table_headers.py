"""A score table's header row names its columns: it is no property row, and a text browser's
drawn table of two columns is no one-column layout frame."""

from __future__ import annotations

import re
from typing import Any

import pytest

from extractor.pipeline import parse_bytes
from extractor.read import Format
from extractor.read.grid import without_grid_frames
from extractor.read.markdown import read_markdown
from extractor.read.properties import split_property_rows
from extractor.read.text import read_text

HEAD = "# A. J. Stone\n\nCEO at Example Co\n\nA. J. Stone runs Example Co in Leeds.\n\n"
TAIL = "\n## Key Themes\n\n- platform\n- hiring\n\n## Episode Summary\n\nAda on hiring.\n"
DIMENSIONS = [{"name": "Strategic Vision", "score": 85}, {"name": "Execution & Craft", "score": 70}]

TABLES = {
    "pipe": (
        "markdown",
        "## Dimension Profile\n\n| Dimension | Score |\n| --- | --- |\n"
        "| Strategic Vision | 85% |\n| Execution & Craft | 70% |\n",
    ),
    "pandoc simple": (
        "markdown",
        "## Dimension Profile\n\n  ------------------- ----------\n"
        "  Dimension           Rating\n  Strategic Vision    85%\n"
        "  Execution & Craft   70%\n  ------------------- ----------\n",
    ),
    "tabs": (
        "text",
        "Dimension Profile\n\nDimension\tScore\nStrategic Vision\t85%\nExecution & Craft\t70%\n",
    ),
}


def _record(fmt: Format, table: str) -> dict[str, Any]:
    text = HEAD + table + TAIL
    if fmt == "text":
        text = re.sub(r"^(?:#+|-) ", "", text, flags=re.MULTILINE)
    return parse_bytes(text.encode(), f"page.{'md' if fmt == 'markdown' else 'txt'}", fmt).data


@pytest.mark.parametrize("case", sorted(TABLES))
def test_header_row_names_columns(case: str) -> None:
    fmt, table = TABLES[case]
    data = _record(fmt, table)  # type: ignore[arg-type]
    assert (data["name"], data["headline"], data["bio"]) == (
        "A. J. Stone",
        "CEO at Example Co",
        "A. J. Stone runs Example Co in Leeds.",
    )
    assert data["dimensions"] == DIMENSIONS


LINKS_GRID = (
    "   +------------------------------------+\n"
    "   | Dimension               | Score    |\n"
    "   |-------------------------+----------|\n"
    "   | Strategic Vision        | 85%      |\n"
    "   +------------------------------------+\n"
)


def test_a_drawn_table_of_two_columns_keeps_its_frame() -> None:
    """links and elinks draw a table's inner rules inside its frame ("|----+----|"): a table
    of columns, which the one-column layout unframing must leave alone (it kept the inner
    pipe in each dimension's name: 'Strategic Vision |')."""
    assert without_grid_frames(LINKS_GRID) == LINKS_GRID


def test_header_row_is_one_line_not_a_label_and_value() -> None:
    """The readers keep a table's header over score rows as one line, as before property rows
    were read; a property row under a property row is still read as one."""
    pipe = "| Dimension | Score |\n| --- | --- |\n| Strategic Vision | 85% |\n"
    assert [b.text for b in read_markdown(pipe)] == ["Dimension Score", "Strategic Vision 85%"]
    tabs = "Dimension\tScore\nStrategic Vision\t85%\n"
    assert [b.text for b in split_property_rows(tabs, read_text(tabs))] == [
        "Dimension Score",
        "Strategic Vision 85%",
    ]
    props = "Role\tCEO at Example Co\nCompany\tExample Co\n"
    assert [b.text for b in split_property_rows(props, read_text(props))] == [
        "Role",
        "CEO at Example Co",
        "Company",
        "Example Co",
    ]
