"""A block quote's caption without a dash: Bootstrap's ``<blockquote><p>…</p><footer>On …
</footer></blockquote>`` draws the dash with CSS, so converters give the caption bare, inside
the quote's markup and without quote marks around the words."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = """# Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses.

## Dimension Profile

- Strategic Vision: 95%

## Notable Quotes

> Nobody remembers a fast payment.
>
> On refund speed

> Ship the boring version first.
>
> Grace Mutua, on her first year
"""


def test_a_bare_caption_inside_the_block_quote_is_its_attribution() -> None:
    record = record_dict(parse_bytes(PAGE.encode(), "page.md").record)
    assert record["quotes"] == [
        {
            "text": "Nobody remembers a fast payment.",
            "speaker": "Ada Stone",
            "context": "On refund speed",
        },
        {
            "text": "Ship the boring version first.",
            "speaker": "Grace Mutua",
            "context": "on her first year",
        },
    ]


def test_a_bare_line_that_names_no_topic_is_not_taken_for_a_caption() -> None:
    page = PAGE.replace("> On refund speed", "> Advertisement")
    quotes = record_dict(parse_bytes(page.encode(), "page.md").record)["quotes"]
    assert all(q["context"] != "Advertisement" for q in quotes)


def test_a_quotation_of_two_paragraphs_in_one_block_quote_is_one_quote() -> None:
    page = PAGE.replace(
        "> Nobody remembers a fast payment.\n>\n> On refund speed",
        "> “Downtime in payments is not an outage.\n>\n> It is someone's salary not arriving.”"
        "\n>\n> — On settlement",
    )
    quotes = record_dict(parse_bytes(page.encode(), "page.md").record)["quotes"]
    assert quotes[0] == {
        "text": "Downtime in payments is not an outage. It is someone's salary not arriving.",
        "speaker": "Ada Stone",
        "context": "On settlement",
    }


def test_share_label_after_the_last_quote_is_not_its_context() -> None:
    """A site's "Share this page:" with its links set apart, right under the last quote."""
    page = (
        "<html><body><main><h1>Ada Stone</h1><p>Founder at Example Co</p>"
        "<p>Ada Stone founded Example Co to build tools for hiring.</p>"
        "<h2>Dimension Profile</h2><p>Vision 90%</p><p>Hiring 70%</p>"
        "<h2>Notable Quotes</h2><blockquote>\u201cHire slowly.\u201d</blockquote>"
        "<p>On hiring</p><blockquote>\u201cPricing is a promise.\u201d</blockquote>"
        "<div>Share this page: <a href='#'>Email</a> <a href='#'>Print</a></div>"
        "</main></body></html>"
    )
    record = record_dict(parse_bytes(page.encode(), "p.html", "html").record)
    assert record["quotes"][-1] == {
        "text": "Pricing is a promise.",
        "speaker": "Ada Stone",
        "context": None,
    }
