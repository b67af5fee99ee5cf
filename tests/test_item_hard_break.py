"""A backslash's hard break inside a list item or a quotation (pandoc's Markdown of a ``<br>``
in an ``<li>`` or a ``<blockquote>``: "-   Pay nurses first\\" then "    and on time") ends a
line of the block the item goes on past. The lines join as those of a two-space break do;
before, the backslash stayed in the item's text ("Pay nurses first\\ and on time")."""

from __future__ import annotations

import pytest

from extractor.read.markdown import read_markdown


@pytest.mark.parametrize(
    ("page", "text"),
    [
        ("-   Pay nurses first\\\n    and always on time\n", "Pay nurses first and always on time"),
        ("1. Open on time\\\n   every day\n", "Open on time every day"),
        ("> She said it\\\n> twice.\n", "She said it twice."),
        ("-   Pay nurses first  \n    and always on time\n", "Pay nurses first and always on time"),
    ],
)
def test_a_hard_break_inside_a_block_leaves_no_backslash(page: str, text: str) -> None:
    assert [b.text for b in read_markdown(page)] == [text]


def test_an_escaped_backslash_at_a_lines_end_stays() -> None:
    """ "\\\\" is a backslash written as one (escaped), not a break's."""
    page = "-   A path ends in C:\\\\\n    on the old drive\n"
    assert [b.text for b in read_markdown(page)] == ["A path ends in C:\\ on the old drive"]
