"""A ``<pre>`` block's lines are lines: a forum's post sets its table of scores in a code
block ("Craft    97" a line), which the rest of HTML's text would collapse into one run of
words ("Craft 97 Vineyard Stewardship 94 ...")."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """<html><body>
<p>Ada Stone</p>
<p>CEO at Acme Labs</p>
<p>Ada Stone runs Acme Labs, a maker of small robots for warehouses.</p>
<p>Dimension Profile:</p>
<pre><code>  Strategic Vision         95
  Execution &amp; Craft        80
  Team &amp; Leadership        72</code></pre>
<p>Key Themes:</p>
<ul><li>warehouse robots</li><li>logistics</li></ul>
</body></html>
"""


def test_a_code_blocks_lines_are_read_one_by_one() -> None:
    data = parse_bytes(PAGE.encode(), "page.html").data
    assert data["dimensions"] == [
        {"name": "Strategic Vision", "score": 95},
        {"name": "Execution & Craft", "score": 80},
        {"name": "Team & Leadership", "score": 72},
    ]
