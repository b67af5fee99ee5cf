"""An attribution under a quotation the page set without marks, the quotation's line nearly
as wide as the wrap allows: the dash line under a sentence's end starts the attribution, not
the tail of the sentence (a wrap inside a sentence would not follow its full stop)."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = """Ada Stone

CEO at Acme Labs

  Ada Stone runs Acme Labs, a maker of small robots for warehouses and the
  people who run them. Before that she spent eleven years building
  logistics software for retailers across Europe, and she still writes
  code on the weekends for the open-source routing library she started.

Dimension Profile

  Strategic Vision: 95%

Notable Quotes

  Nobody remembers a fast payment.
  — On refund speed

  Ada knows every driver by name and every warehouse by its temperature.
  — Grace Mutua, her cofounder
"""


def test_a_dash_line_under_a_full_stop_is_the_attribution() -> None:
    record = record_dict(parse_bytes(PAGE.encode(), "page.txt").record)
    assert record["quotes"] == [
        {
            "text": "Nobody remembers a fast payment.",
            "speaker": "Ada Stone",
            "context": "On refund speed",
        },
        {
            "text": "Ada knows every driver by name and every warehouse by its temperature.",
            "speaker": "Grace Mutua",
            "context": "her cofounder",
        },
    ]


CAPTION_BEGUN = """Ada Stone

CEO at Acme Labs

  Ada Stone runs Acme Labs, a maker of small robots for warehouses and the people who run them.

Dimension Profile

  Strategic Vision: 95%

Notable Quotes

  « Nobody remembers a fast payment. Everybody remembers the late one. » — On
  refund speed

  « Ship the boring version first. » — Grace Mutua, her cofounder
"""


def test_a_caption_begun_after_its_quotation_goes_on_below() -> None:
    """The caption started on the quotation's line ("» — On") and the line under it starts in
    lower case: its rest, even where the page's widest line hides the wrap."""
    record = record_dict(parse_bytes(CAPTION_BEGUN.encode(), "page.txt").record)
    assert record["quotes"][0] == {
        "text": "Nobody remembers a fast payment. Everybody remembers the late one.",
        "speaker": "Ada Stone",
        "context": "On refund speed",
    }
