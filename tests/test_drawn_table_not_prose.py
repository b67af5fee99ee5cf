"""A bordered table that is no score table (a harbour's facts) between the headline and the
first section, as the text browsers draw it with a rule between every two rows. The text reader
joins such a table's rows into one block across the rules (tests/test_bordered_table_rules.py);
that block, many words long, read as running text: it went into the bio, rules and walls and
all, unflagged. Its rows were each a short line before, set aside as the site's and reported."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

W3M = """┌──────────┬─────┐
│ Ferries  │ 4   │
├──────────┼─────┤
│ Berths   │ 22  │
├──────────┼─────┤
│ Staff    │ 240 │
└──────────┴─────┘"""

LINKS = """+----------+-----+
| Ferries  | 4   |
|----------+-----|
| Berths   | 22  |
|----------+-----|
| Staff    | 240 |
+----------+-----+"""

PAGE = """Wilhelmina Osei-Brandt

Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet
and two salmon farms share one breakwater.

{table}

Dimension Profile

  • Seamanship: 91
  • Port Operations: 84
  • Community Trust: 77

Key Themes

  • harbours
  • fisheries
"""

BIO = (
    "Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing"
    " fleet and two salmon farms share one breakwater."
)


@pytest.mark.parametrize("table", [W3M, LINKS], ids=["w3m", "links"])
def test_a_drawn_table_in_the_preamble_is_no_bio(table: str) -> None:
    result = parse_bytes(PAGE.format(table=table).encode(), "page.txt", "text")
    assert result.data["bio"] == BIO
    chrome = [f for f in result.findings if f.code == "site-chrome"]
    assert any("lines 8-14" in f.message for f in chrome)
