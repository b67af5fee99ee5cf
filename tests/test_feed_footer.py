"""A feed item as a reader shows it (Miniflux, Feedly, an RSS digest) ends with the footer the
blog's feed adds to every item, naming the post and the site: "The post <title> appeared first
on <site>." (WordPress), "This article was originally published on <site>". Syndication, not
the profile's words: under the quotations it was taken for the leader's last quote."""

from __future__ import annotations

import pytest

from extractor.parsing.chrome import is_feed_footer
from extractor.pipeline import parse_bytes

PAGE = """Profile: Tamsin Arkwright

Tamsin Arkwright
Head Brewer at Saltmarsh Ales

Tamsin Arkwright runs a brewery of eleven people on the Essex marshes and buys her barley from
three farms within sight of the brewhouse.

Key Themes
brewing
barley
small farms

Notable Quotes

    A beer is a field you can drink.

— On sourcing

    We tip out a batch a month, and say so.

— On honesty

{footer}

Attachments (1)
"""

QUOTES = ["A beer is a field you can drink.", "We tip out a batch a month, and say so."]


@pytest.mark.parametrize(
    "footer",
    [
        "The post Profile: Tamsin Arkwright appeared first on Marsh Weekly.",
        "This article was originally published on Marsh Weekly.",
        "This post first appeared at marshweekly.example.",
    ],
)
def test_a_feed_footer_is_not_a_quote(footer: str) -> None:
    data = parse_bytes(PAGE.format(footer=footer).encode(), "item.txt", "text").data
    assert [q["text"] for q in data["quotes"]] == QUOTES


@pytest.mark.parametrize(
    "line",
    [
        "Her essay first appeared in The Atlantic.",
        "The post she held at Acme appeared on her CV.",
        "The post of harbour master was first published in the gazette in 1990.",
        "This post is public so feel free to share it.",
        "Originally published in Harvard Business Review, her essay became her most cited.",
        "The article first appeared in Nature in 2019 and made her name in protein folding.",
        "This piece originally appeared in Wired. She went on to found two companies.",
    ],
)
def test_sentences_of_a_bio_are_not_feed_footers(line: str) -> None:
    assert not is_feed_footer(line)


def test_a_bio_paragraph_opening_as_a_footer_does_stays_in_the_bio() -> None:
    """A paragraph that opens as a footer does ("Originally published in ...") and goes on
    past the site's name is the bio's, not syndication set aside."""
    sentence = (
        "Originally published in Harvard Business Review, her essay on small farms became "
        "the most cited piece she wrote."
    )
    page = PAGE.format(footer="").replace("brewhouse.\n", f"brewhouse.\n\n{sentence}\n", 1)
    data = parse_bytes(page.encode(), "item.txt", "text").data
    assert sentence in data["bio"]
