"""A right-aligned line (a quote's attribution set with ``text-align: right``) as elinks and
w3m lay it out: far to the right, with the page's next line at the left margin right under
it. The next line's first word does not fit after the right-set line, so it read as that
line's wrapped tail: a blog's closing line was taken into the last quote's attribution,
unflagged. A line set to the right wraps to the right too."""

from __future__ import annotations

from extractor.read.text import read_text

TEXT = """     Ships are safe in harbour, but that is not what ships are for, said the old

     skipper to the harbour board when it asked him why he sailed in the storm.

                                          — Jon Hauge, ferry captain in Kalvøy
   This post is part of our Harbour Voices series. The full episode of the talk
   is on every podcast app.
"""


def test_a_line_under_a_right_set_line_is_its_own() -> None:
    blocks = read_text(TEXT)
    kinds = [b.kind.value for b in blocks]
    assert kinds[-2:] == ["attribution", "paragraph"]
    assert blocks[-2].text == "Jon Hauge, ferry captain in Kalvøy"
    assert blocks[-1].text.startswith("This post is part")
    assert blocks[-1].text.endswith("podcast app.")


def test_a_wrapped_line_at_the_same_indent_still_wraps() -> None:
    text = (
        "   This post is part of our Harbour Voices series, and the full episode of the\n"
        "   interview is on every podcast app.\n"
    )
    assert len(read_text(text)) == 1
