"""``chrome.widget_of`` answers as the three widget tests asked in turn (the chrome pass's
order): a call to subscribe, a sponsor's label naming its sponsor, a link's label."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from extractor.parsing.chrome import (
    CALL_TO_ACTION,
    LINK_LABEL,
    NO_WIDGET,
    SPONSOR_LABEL,
    is_call_to_action,
    is_link_label,
    sponsor_block,
    widget_of,
)
from extractor.read.blocks import Block, Kind


def _in_turn(block: Block) -> int:
    if is_call_to_action(block):
        return CALL_TO_ACTION
    if sponsor_block([block], 0):
        return SPONSOR_LABEL
    return LINK_LABEL if is_link_label(block) else NO_WIDGET


_KINDS = [Kind.PARAGRAPH, Kind.HEADING, Kind.ITEM, Kind.QUOTE]
_LINES = [
    "Thanks for reading Field Notes! Subscribe for free to receive new posts.",
    "Together with Ledgerly",
    "Advertisement",
    "Sponsored by a grant from the council to study it",
    "Listen on Spotify ↗",
    "Read the transcript →",
    "Read the transcript ->",
    "Gustav Söderström",
    "He led the product team →  ",
    "Presented by Acme ↗",
    "→",
    "",
]


@pytest.mark.parametrize("kind", _KINDS)
@pytest.mark.parametrize("text", _LINES)
def test_widget_of_asks_the_three_tests_in_turn(text: str, kind: Kind) -> None:
    block = Block(kind, text, 1, 1)
    assert widget_of(block) == _in_turn(block)


_WORDS = st.sampled_from(
    ["Subscribe", "to", "our", "newsletter", "Together", "with", "Acme", "Read", "more", "the"]
)
_ENDS = st.sampled_from(["", ".", "!", "?", " →", " ↗️", " »", " ›", "→ ", " +"])


@given(st.lists(_WORDS, max_size=12), _ENDS, st.sampled_from(_KINDS))
def test_widget_of_agrees_on_generated_lines(words: list[str], end: str, kind: Kind) -> None:
    block = Block(kind, " ".join(words) + end, 1, 1)
    assert widget_of(block) == _in_turn(block)
