"""A Markdown heading whose inline HTML tag the converter wrapped inside the tag itself:
pandoc keeps an MkDocs permalink (``<a class="headerlink" title="Permanent link">¶</a>``)
as raw HTML and breaks the line between the tag's attributes. The line that closes the tag
belongs to the heading; before, it was a paragraph "¶" that opened the section's content.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """# Mira Castell

Chief Operating Officer at Northwind Air

Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.

## Episode Summary<a href="#episode-summary" class="headerlink"
title="Permanent link">¶</a>

Mira Castell explains why a regional airline publishes its delays before anyone asks.

## Key Themes<a href="#key-themes" class="headerlink" title="Permanent link">¶</a>

-   regional aviation
-   timetables
-   crew welfare
"""


def test_the_line_closing_a_wrapped_tag_is_the_headings() -> None:
    data = parse_bytes(PAGE.encode(), "page.md", "markdown").data
    assert data["summary"] == (
        "Mira Castell explains why a regional airline publishes its delays before anyone asks."
    )
    assert data["themes"] == ["regional aviation", "timetables", "crew welfare"]


def test_a_tag_closed_on_its_own_line_is_unchanged() -> None:
    page = PAGE.replace('class="headerlink"\ntitle=', 'class="headerlink" title=')
    data = parse_bytes(page.encode(), "page.md", "markdown").data
    assert data["summary"] == (
        "Mira Castell explains why a regional airline publishes its delays before anyone asks."
    )
