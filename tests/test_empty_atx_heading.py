"""A heading whose words sit in a block inside it (GitBook's ``<h2><div>Title</div><a>…</a>
</h2>``): html2text writes an ATX mark with no words ("##") over the title's own line, pandoc
the mark with only its attributes ("##  {#key-themes .heading}"). The mark carries no words: it
is no line of the section above (no last theme, no summary's last paragraph)."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

PAGE = """# Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses.

{mark}

Episode Summary

Ada Stone talks about warehouses and the people who run them.

{mark}

Key Themes

  * `warehouse robots`
  * `logistics`

{mark}

Leadership Principles

  1. Ship the boring version first
  2. Ask the driver before the dashboard

{mark}

Dimension Profile

  * Strategic Vision: 95%
"""


@pytest.mark.parametrize("mark", ["##", "##  {#key-themes .heading}"])
def test_an_atx_mark_without_words_is_no_line(mark: str) -> None:
    data = parse_bytes(PAGE.format(mark=mark).encode(), "page.md", "markdown").data
    assert data["summary"] == "Ada Stone talks about warehouses and the people who run them."
    assert data["themes"] == ["warehouse robots", "logistics"]
    assert data["principles"] == [
        "Ship the boring version first",
        "Ask the driver before the dashboard",
    ]
