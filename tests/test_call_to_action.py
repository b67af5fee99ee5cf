"""A newsletter's call to action is site chrome, reported (info), never read into a field."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from extractor.parsing.chrome import is_call_to_action
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind


def _paragraph(text: str) -> Block:
    return Block(Kind.PARAGRAPH, text, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for reading Field Notes! Subscribe for free to receive new posts.",
        "Thank you for reading The Weekly. Subscribe to get every issue by email.",
        "Subscribe for free to receive new posts and support my work.",
        "Thanks for reading Field Notes! This post is public so feel free to share it.",
        "Sign up for our weekly newsletter",
        "Get the latest stories delivered to your inbox.",
        "Join the newsletter",
    ],
)
def test_calls_to_subscribe_are_recognised(text: str) -> None:
    assert is_call_to_action(_paragraph(text))
    assert is_call_to_action(Block(Kind.HEADING, text, 1, 1, level=3))


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe",  # a lone word is the plain chrome-line list's
        "Thanks for reading!",
        "Get comfortable with discomfort.",
        "Join teams early and ship updates weekly.",
        "Share your work early.",
        "She writes a newsletter about platform teams and how to subscribe engineers to them.",
        "Subscribe to new posts " + "and more " * 30,  # too long for a widget's line
    ],
)
def test_content_that_only_mentions_the_words_is_not(text: str) -> None:
    assert not is_call_to_action(_paragraph(text))


@given(st.sampled_from([Kind.ITEM, Kind.QUOTE, Kind.ATTRIBUTION, Kind.METER]))
def test_list_items_and_quotations_are_never_taken(kind: Kind) -> None:
    block = Block(kind, "Subscribe for free to receive new posts.", 1, 1)
    assert not is_call_to_action(block)


PAGE = (
    "<html><body><article><h1>Liam O'Connor</h1><h3>Head of Platform at Tidewater Bank</h3>"
    "<p>Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer "
    "platform.</p>\n<div class='subscription-widget'><p>Thanks for reading Field Notes! "
    "Subscribe for free to receive new posts.</p><form><input type='email'>"
    "<input type='submit' value='Subscribe'></form></div>\n"
    "<h2>Dimension Profile</h2><ul><li>Strategic Vision 60%</li></ul>"
    "<h2>Key Themes</h2><ul><li>planning</li></ul><h2>Episode Summary</h2>"
    "<p>Liam O'Connor describes the operating rhythm of a platform team at Tidewater Bank.</p>"
    "</article></body></html>"
)


def test_widget_between_bio_and_sections_is_reported_not_read() -> None:
    data = parse_bytes(PAGE.encode(), "page.html").data
    assert data["bio"] == (
        "Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer "
        "platform."
    )
    chrome = [d for d in data["diagnostics"] if d["code"] == "site-chrome"]  # type: ignore[union-attr,index]
    assert chrome == [
        {
            "severity": "info",
            "code": "site-chrome",
            "message": "line 2 (a call to subscribe) read as site chrome (1 blocks), "
            "not as profile content",
            "line": 2,
            "field": None,
        }
    ]
