"""Principles a site numbers in the same line as their words, with spaces only between
("01  Let the old vines set the pace": an email's ``<strong>01</strong>&nbsp;&nbsp;text`` in
a table row): the numbers count up from one, so they are the list's, not the words'. Lines
after the run that carry no number (the email's footer) are no principles: left out, flagged."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses.

Dimension Profile

Strategic Vision: 95%

Leadership Principles

01  Ship the boring version first

02  Ask the driver before the dashboard

03  Nobody remembers a fast payment
{footer}"""


def test_the_list_numbers_are_left_out() -> None:
    data = parse_bytes(PAGE.format(footer="").encode(), "page.txt", "text").data
    assert data["principles"] == [
        "Ship the boring version first",
        "Ask the driver before the dashboard",
        "Nobody remembers a fast payment",
    ]


def test_lines_after_the_numbered_run_are_left_out_and_flagged() -> None:
    footer = "\nRead the full interview\n\nYou are receiving this email because you subscribed.\n"
    data = parse_bytes(PAGE.format(footer=footer).encode(), "page.txt", "text").data
    assert data["principles"][-1] == "Nobody remembers a fast payment"
    assert len(data["principles"]) == 3
    assert any(
        d["code"] == "section-line-doubtful" and d["field"] == "principles"
        for d in data["diagnostics"]
    )


def test_a_figure_of_the_words_own_is_kept() -> None:
    page = PAGE.replace("02  Ask", "3 tries, then ask").replace("01  Ship", "Ship")
    data = parse_bytes(page.format(footer="").encode(), "page.txt", "text").data
    assert "3 tries, then ask the driver before the dashboard" in data["principles"]


LISTED = """<html><body><h1>Ada Stone</h1><p>CEO at Acme Labs</p>
<p>Ada Stone runs Acme Labs, a maker of small robots for warehouses.</p>
<h2>Dimension Profile</h2><ul><li>Strategic Vision: 95%</li></ul>
<h2>Leadership Principles</h2>
<ol><li>Ship the boring version first</li><li>Ask the driver before the dashboard</li></ol>
<p>Talks by Ada</p><ul><li>14:52</li></ul>
<h2>Notable Quotes</h2><blockquote>“Ship it.”</blockquote>
</body></html>"""


def test_lines_after_a_numbered_list_are_left_out_and_flagged() -> None:
    """The list's numbers in its marks (``<ol>``): what follows it without them (the next part
    of the page, read on under no heading) is no principle."""
    data = parse_bytes(LISTED.encode(), "page.html").data
    assert data["principles"] == [
        "Ship the boring version first",
        "Ask the driver before the dashboard",
    ]
    assert any(
        d["code"] == "section-line-doubtful" and d["field"] == "principles"
        for d in data["diagnostics"]
    )
