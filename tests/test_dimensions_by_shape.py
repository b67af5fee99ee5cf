"""A scored list under the site's own title ("How we scored"), or under no title, with each
score on the line after its label (a table's cells, a card per value): read as the dimensions
and flagged, never dropped, and never taken for the profile's name.

Before, the list was an unknown section (or chrome between the headline and the first
section), and the name finder could take a dimension's label for the leader's name.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

DIMENSIONS = [
    {"name": "Public Value", "score": 88},
    {"name": "Delivery", "score": 74},
    {"name": "Stakeholder Trust", "score": 81},
]
TAIL = (
    "<h2>Key Themes</h2><ul><li>flood defence</li><li>procurement</li></ul>"
    "<h2>Leadership Principles</h2><ul><li>Publish the risk maps, even when they frighten</li>"
    "</ul><h2>Notable Quotes</h2><blockquote><p>“A dike is a promise the state makes to "
    "people.”</p></blockquote><p>— On public trust</p></article></body></html>"
)
HEAD = (
    "<html><body><article><h1>Ingrid Meulen</h1><p>Director-General, Zeeland Waterways</p>"
    "<p>Ingrid Meulen has run the Zeeland Waterways Authority since 2019, overseeing its "
    "dikes and barriers.</p>"
)


def _codes(data: dict[str, object]) -> list[str]:
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return [d["code"] for d in diagnostics if d["severity"] != "info"]


def test_a_scored_table_under_the_sites_own_title_is_the_dimensions() -> None:
    rows = "".join(f"<tr><td>{d['name']}</td><td>{d['score']}%</td></tr>" for d in DIMENSIONS)
    table = f"<table><tr><th>Area</th><th>Score</th></tr>{rows}</table>"
    page = HEAD + "<h2>How we scored</h2>" + table + TAIL
    data = parse_bytes(page.encode(), "page.html").data
    assert data["name"] == "Ingrid Meulen"
    assert data["dimensions"] == DIMENSIONS
    assert "section-label-missing" in _codes(data)


def test_labels_with_their_scores_below_and_no_title_are_the_dimensions() -> None:
    cards = "".join(f"<div>{d['name']}</div><div>{d['score']}%</div>" for d in DIMENSIONS)
    page = HEAD + cards + TAIL
    data = parse_bytes(page.encode(), "page.html").data
    assert data["name"] == "Ingrid Meulen"
    assert data["dimensions"] == DIMENSIONS
    assert "section-label-missing" in _codes(data)


def test_a_markdown_tables_heading_row_names_its_columns() -> None:
    """Every pipe table has a heading row: "| Dimension | Score |" over the score rows named
    the columns, and was reported as a dimension with no score (a warning on every such page)."""
    page = (
        "# Ada Lovelace\n\nCEO at Engines Ltd\n\nAda Lovelace leads Engines Ltd, a maker of "
        "analytical engines. She wrote the first program.\n\n## Dimension Profile\n\n"
        "| Dimension | Score |\n|---|---|\n| Strategic Vision | 95% |\n| Execution & Craft | 80% |\n"
        "\n## Key Themes\n\n- analytical engines\n- programming notes\n"
    )
    result = parse_bytes(page.encode(), "page.md")
    assert [d["name"] for d in result.data["dimensions"]] == [
        "Strategic Vision",
        "Execution & Craft",
    ]
    assert "content-unplaced" not in {f.code for f in result.findings}
    assert 9 in result.accounted
