"""A score table whose cells are paragraphs (Atlassian's ``<td><p>``), as w3m lays it out: a
blank line between every two rows, so the heading row ("Dimension   Score") stands apart like
a title the reader infers. It opened an unknown section of its own and took the rows with it
(into extra_sections): the dimensions came out empty."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """Wilhelmina Osei-Brandt

Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet
and two salmon farms share one breakwater.

Dimension Profile

      Dimension       Score

Seamanship            91

Port Operations       84

Community Trust       77

Key Themes

  • harbours

  • fisheries
"""


def test_column_heading_set_apart_is_the_tables() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["dimensions"] == [
        {"name": "Seamanship", "score": 91},
        {"name": "Port Operations", "score": 84},
        {"name": "Community Trust", "score": 77},
    ]
    assert data.get("extra_sections", []) == []
