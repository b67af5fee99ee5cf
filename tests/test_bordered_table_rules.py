"""A bordered score table (``border="1"``) as the text browsers draw it: a rule between every
two rows (w3m's ``├────┼────┤``, links' and elinks' ``|----+----|``) and the heading row
"Competency | Rating (out of 100)" on top. Each row stood alone (links even took a rule for a
row's wrapped tail), its bare number no score without the heading above it: the dimensions
came out empty. The table's rows are now read as one block, as a table without the rules is."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

W3M = """┌────────────────────┬───────────────────┐
│     Competency     │Rating (out of 100)│
├────────────────────┼───────────────────┤
│Seamanship          │91                 │
├────────────────────┼───────────────────┤
│Port Operations     │84                 │
├────────────────────┼───────────────────┤
│Community Trust     │77                 │
└────────────────────┴───────────────────┘"""

LINKS = """   +--------------------------------------------+
   | Competency           | Rating (out of 100) |
   |----------------------+---------------------|
   | Seamanship           | 91                  |
   |----------------------+---------------------|
   | Port Operations      | 84                  |
   |----------------------+---------------------|
   | Community Trust      | 77                  |
   +--------------------------------------------+"""

PAGE = """Wilhelmina Osei-Brandt

Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet
and two salmon farms share one breakwater.

Dimension Profile

{table}

Key Themes

  • harbours
  • fisheries
"""


@pytest.mark.parametrize("table", [W3M, LINKS], ids=["w3m", "links"])
def test_rules_between_rows_keep_the_table_whole(table: str) -> None:
    data = parse_bytes(PAGE.format(table=table).encode(), "page.txt", "text").data
    assert data["dimensions"] == [
        {"name": "Seamanship", "score": 91},
        {"name": "Port Operations", "score": 84},
        {"name": "Community Trust", "score": 77},
    ]
    assert data["themes"] == ["harbours", "fisheries"]


def test_a_table_of_more_columns_is_read_row_by_row() -> None:
    """An index column's table (a DataFrame's) keeps its rows apart (see parsing.indexcol)."""
    from extractor.read.text import read_text

    rows = "| 0 | Seamanship | 91 |\n|---+------------+----|\n| 1 | Port Operations | 84 |\n"
    assert len(read_text(rows)) >= 2


def test_a_long_line_of_dashes_under_a_row_is_read_in_linear_time() -> None:
    """A line of dashes under a row that ends in no junction ("|----...----x", a long one): the
    rule's pattern tried every split of the dashes between its two runs, quadratic in the
    line's length (about 25 s for 64,000 dashes). Read at once now."""
    import time

    from extractor.read.text import read_text

    text = "| Seamanship | 91 |\n|" + "-" * 64_000 + "x\n| Port Operations | 84 |\n"
    started = time.perf_counter()
    read_text(text)
    assert time.perf_counter() - started < 2.0
