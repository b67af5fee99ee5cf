"""Markdown line joins: an indented block takes no lazy continuation; raw HTML ends blocks.

html2text writes ``<dt>Strategic Vision</dt><dd>70%</dd>`` as "Strategic Vision", a blank line,
"    70%" (indented), then the next ``<dt>`` on the very next line. The "70%" and the next name
must stay apart (CommonMark: an indented code block has no lazy continuation lines).
"""

from __future__ import annotations

from extractor.parsing.sections.base import paragraphs
from extractor.read.markdown import read_markdown

DL = "## Dimension Profile\n\nStrategic Vision\n\n    70%\nExecution & Craft\n\n    90%\n"


def test_an_indented_line_and_the_next_unindented_one_stay_apart() -> None:
    texts = [b.text for b in read_markdown(DL)]
    assert texts == ["Dimension Profile", "Strategic Vision", "70%", "Execution & Craft", "90%"]


def test_a_paragraph_still_runs_on_over_its_indented_and_lazy_lines() -> None:
    """(Its short lines stay blocks of their own, which the section parsers join as prose.)"""
    blocks = read_markdown("A paragraph that\n    goes on\nand on.\n")
    assert paragraphs(blocks) == "A paragraph that goes on and on."
    long = "A paragraph that runs on for a while,\n    goes on\nand on.\n"
    assert [b.text for b in read_markdown(long)] == [
        "A paragraph that runs on for a while, goes on and on."
    ]


RAW_HTML = """<table>
<tr>
<th><strong>Ona Bexley</strong><br />
Head of Operations at Quayline</th>
</tr>
<tr>
<td><ol>
<li>Walk the quay at night</li>
<li>Tell the crews first</li>
</ol></td>
</tr>
</table>
"""


def test_raw_html_line_breaks_and_block_ends_keep_lines_apart() -> None:
    """pandoc's gfm keeps a layout table as HTML: a ``<br />`` at a line's end, a block
    element closing at a line's end or opening at the next one's start end the block."""
    texts = [b.text for b in read_markdown(RAW_HTML)]
    assert texts == [
        "Ona Bexley",
        "Head of Operations at Quayline",
        "Walk the quay at night",
        "Tell the crews first",
    ]
