"""A converter that wraps inside an inline span: pandoc breaks a long line inside a bracketed
span (``[--- On the cold`` / ``chain]{.small}``) or inside an HTML ``<span>`` (``-t gfm``). The
two lines are one line of the page, however the first one's shape reads alone (a closed
quotation, then what looks like a line of its own), and however long the page's longest line
(a line longer than the wrap width, as an image's address is, hides the wrap)."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.markdown import read_markdown
from extractor.record.serialize import record_dict

HEAD = """# Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses, and has run it since she founded it in 2015 with two friends.

## Dimension Profile

- Strategic Vision: 95%

## Notable Quotes

"""

BRACKETED = """"Nobody remembers how fast a payment was, only a late one." [--- On refund
speed]{.small}

"Ship the boring version first." [--- Grace Mutua, her cofounder]{.small}
"""

HTML_SPAN = """“Nobody remembers how fast a payment was, only a late one.” <span class="small">—
On refund speed</span>

“Ship the boring version first.” <span class="small">— Grace Mutua, her cofounder</span>
"""

WANT = [
    {
        "text": "Nobody remembers how fast a payment was, only a late one.",
        "speaker": "Ada Stone",
        "context": "On refund speed",
    },
    {
        "text": "Ship the boring version first.",
        "speaker": "Grace Mutua",
        "context": "her cofounder",
    },
]


def _quotes(page: str) -> object:
    return record_dict(parse_bytes(page.encode(), "page.md").record)["quotes"]


def test_a_caption_wrapped_inside_a_bracketed_span_stays_on_its_quote() -> None:
    assert _quotes(HEAD + BRACKETED) == WANT


def test_a_caption_wrapped_inside_an_html_span_stays_on_its_quote() -> None:
    assert _quotes(HEAD + HTML_SPAN) == WANT


def test_touching_lines_with_no_span_open_stay_apart_after_a_quotation() -> None:
    """Only a span left open joins them: a closed quotation and a short line under it stay two
    blocks (the line may be the quote's caption or the site's)."""
    blocks = read_markdown('"Ship the boring version first."\nOn shipping\n')
    assert [b.text for b in blocks] == ['"Ship the boring version first."', "On shipping"]


def test_a_heading_whose_link_pandoc_wrapped_keeps_its_last_words() -> None:
    """``## CTO at <a href=…>Acme Robotics &amp;`` then ``Co</a>``: one heading, the whole
    company name in it (the next line is not a paragraph of its own)."""
    page = (
        "# Ada Stone\n\n"
        '## Chief Technology Officer at <a href="/companies/acme" class="Link-root">Acme Robotics &amp;\n'
        "Logistics</a>\n\n"
        "Ada Stone runs the engineering teams at Acme Robotics & Logistics in Leeds.\n\n"
        "## Dimension Profile\n\n- Strategic Vision: 95%\n"
    )
    record = record_dict(parse_bytes(page.encode(), "page.md").record)
    assert record["headline"] == "Chief Technology Officer at Acme Robotics & Logistics"
