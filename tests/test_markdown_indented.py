"""Markdown: a block opened by an indented line takes no lazy continuation.

html2text writes ``<dt>Strategic Vision</dt><dd>70%</dd>`` as "Strategic Vision", a blank line,
"    70%" (indented), then the next ``<dt>`` on the very next line. The "70%" and the next name
must stay apart (CommonMark: an indented code block has no lazy continuation lines).
"""

from __future__ import annotations

from extractor.read.markdown import read_markdown

DL = "## Dimension Profile\n\nStrategic Vision\n\n    70%\nExecution & Craft\n\n    90%\n"


def test_an_indented_line_and_the_next_unindented_one_stay_apart() -> None:
    texts = [b.text for b in read_markdown(DL)]
    assert texts == ["Dimension Profile", "Strategic Vision", "70%", "Execution & Craft", "90%"]


def test_a_paragraph_still_runs_on_over_its_indented_and_lazy_lines() -> None:
    texts = [b.text for b in read_markdown("A paragraph that\n    goes on\nand on.\n")]
    assert texts == ["A paragraph that goes on and on."]
