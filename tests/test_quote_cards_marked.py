"""Quote cards that each open with a big decorative quote mark set in an element of its own
(``<span class="mark">“</span>`` over the card's ``<blockquote>``), a caption under the
quotation (a ``<figcaption>``: a name, a topic, an outlet) and a row of share controls: text
converters set the mark on a line alone, the quotation under it without marks, and the share
row ("Share this quote", its links) between the cards. The mark opens the quotation; the
share row is the cards' control, not a caption and not the profile's end."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

HEAD = """Ada Stone

CEO at Acme Labs

   Ada Stone runs Acme Labs, a maker of small robots for warehouses.

Dimension Profile

     * Strategic Vision 95

Key Themes

     * warehouse robots
     * logistics

Notable Quotes
"""

CARD = """
   {mark}

     {text}
{caption}
   Share this quote

   X Facebook
"""

CARDS = [
    ("Nobody remembers a fast payment.", "   On refund speed\n"),
    ("Ada knows every driver by name.", "   Grace Mutua, her cofounder\n"),
    ("Ship the boring version first.", ""),
]

TAIL = """
Talks by Ada

     * 14:52
"""


def page(mark: str) -> str:
    cards = "".join(CARD.format(mark=mark, text=t, caption=c) for t, c in CARDS)
    return HEAD + cards + TAIL


@pytest.mark.parametrize("mark", ["“", '"'])
def test_marked_cards_are_read_card_by_card(mark: str) -> None:
    data = parse_bytes(page(mark).encode(), "page.txt", "text").data
    assert data["quotes"] == [
        {
            "text": "Nobody remembers a fast payment.",
            "speaker": "Ada Stone",
            "context": "On refund speed",
        },
        {
            "text": "Ada knows every driver by name.",
            "speaker": "Grace Mutua",
            "context": "her cofounder",
        },
        {"text": "Ship the boring version first.", "speaker": "Ada Stone", "context": None},
    ]


ELINKS = """Ada Stone

CEO at Acme Labs

   Ada Stone runs Acme Labs, a maker of small robots for warehouses and the
   people who run them. Before that she spent eleven years building logistics
   software for retailers across Europe, and she still writes code at night.

Dimension Profile

     * Strategic Vision 95

Notable Quotes

   “

     Nobody remembers a fast payment.

   On refund speed
   Share this quoteXFacebook
   “

     Ada knows every driver by name and every warehouse by its temperature.

   Nino Kvaratskhelia, former commissioner of the Georgian energy regulator
   Share this quoteXFacebook

Talks by Ada

     * 14:52
"""


def test_a_share_label_run_onto_a_long_caption_is_cut_off() -> None:
    """A caption as long as the wrap, the share row on the touching line under it: the reader
    joins them; the label every card repeats is cut from the caption's end."""
    data = parse_bytes(ELINKS.encode(), "page.txt", "text").data
    assert data["quotes"][1]["context"] == "former commissioner of the Georgian energy regulator"
