"""The last quote without a caption, a site's title right under it: the section set its
earlier captions without a dash, but that is evidence only for a line that names a person;
"Related people" over a column of names is the site's, and the last quote keeps no context."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = """Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses and the people who run them.

Dimension Profile

Strategic Vision: 95%

Notable Quotes

“Nobody remembers a fast payment.”

On refund speed

“Ship the boring version first.”

On shipping

“Pricing is a promise you keep every month.”

Related people
Lee Park
Chief Financial Officer at Example Co
Sam Ortiz
Head of Design at Other Co
"""


def test_a_site_title_under_the_last_quote_is_not_its_caption() -> None:
    quotes = record_dict(parse_bytes(PAGE.encode(), "page.txt").record)["quotes"]
    assert quotes[-1] == {
        "text": "Pricing is a promise you keep every month.",
        "speaker": "Ada Stone",
        "context": None,
    }


def test_a_name_under_the_last_quote_is_still_its_caption() -> None:
    page = PAGE.replace("Related people\n", "Grace Mutua, her cofounder\n")
    quotes = record_dict(parse_bytes(page.encode(), "page.txt").record)["quotes"]
    assert quotes[-1] == {
        "text": "Pricing is a promise you keep every month.",
        "speaker": "Grace Mutua",
        "context": "her cofounder",
    }
