"""A row of tags a text browser set without spaces ("TagOneTagTwoTagThree") right under a
line that nearly fills the width: the wrap test alone would take it for that line's tail, and
a quote's attribution would end in the tags."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = """Ada Stone

CEO at Acme Labs

   Ada Stone runs Acme Labs, a maker of small robots for warehouses and the
   people who run them. Before that she spent eleven years building
   logistics software for retailers across Europe, and she still writes code
   on the weekends for the open-source routing library she started.

Dimension Profile

   Strategic Vision: 95%

Notable Quotes

     Nobody remembers how fast a payment was, only how late the last one came.

   — Grace Mutua, her cofounder and the head of operations at Acme
   WarehousesRoboticsHiringPayments
   Share

   Related reading on the site
"""


def test_a_row_of_glued_tags_is_not_the_tail_of_the_attribution() -> None:
    record = record_dict(parse_bytes(PAGE.encode(), "page.txt").record)
    assert record["quotes"] == [
        {
            "text": "Nobody remembers how fast a payment was, only how late the last one came.",
            "speaker": "Grace Mutua",
            "context": "her cofounder and the head of operations at Acme",
        }
    ]


def test_a_wrapped_word_with_one_inner_capital_still_joins() -> None:
    """A name's internal capital ("PricewaterhouseCoopers") is one hump: the wrap goes on as before."""
    page = PAGE.replace("   WarehousesRoboticsHiringPayments\n", "   PricewaterhouseCoopers\n")
    quotes = record_dict(parse_bytes(page.encode(), "page.txt").record)["quotes"]
    assert (
        quotes[0]["context"]
        == "her cofounder and the head of operations at Acme PricewaterhouseCoopers"
    )
