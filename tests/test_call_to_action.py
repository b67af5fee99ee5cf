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
        # A short question before the call, and what the site publishes named as the object.
        "Enjoying Field Notes? Subscribe to get every interview first.",
        "Like what you read? Sign up to receive new episodes.",
        "Enjoying Field Notes? Subscribe to get every interview first. Subscribe now",
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
        "Why listen? Subscribe to the idea that a leader must hear the staff.",
        "Who reads them? She signed up for every interview the board held.",
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
    "platform.</p>\n<div class='{}'><p>{}</p><form><input type='email'>"
    "<input type='submit' value='Subscribe'></form></div>\n"
    "<h2>Dimension Profile</h2><ul><li>Strategic Vision 60%</li></ul>"
    "<h2>Key Themes</h2><ul><li>planning</li></ul><h2>Episode Summary</h2>"
    "<p>Liam O'Connor describes the operating rhythm of a platform team at Tidewater Bank.</p>"
    "</article></body></html>"
)
BIO = (
    "Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer "
    "platform."
)
CTA = "Thanks for reading Field Notes! Subscribe for free to receive new posts."


def _chrome_notes(page: str) -> tuple[object, list[object]]:
    data = parse_bytes(page.encode(), "page.html").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list)
    return data["bio"], [d for d in diagnostics if d["code"] == "site-chrome"]


def _note(where: str) -> dict[str, object]:
    message = f"line 2 {where} read as site chrome (1 blocks), not as profile content"
    return {"severity": "info", "code": "site-chrome", "message": message, "line": 2, "field": None}


def test_call_to_action_between_bio_and_sections_is_reported_not_read() -> None:
    bio, notes = _chrome_notes(PAGE.format("box", CTA))
    assert (bio, notes) == (BIO, [_note("(a call to subscribe)")])


@pytest.mark.parametrize("name", ["subscription-widget", "newsletter-form", "Newsletter"])
def test_widget_named_by_its_markup_is_reported_whatever_its_words(name: str) -> None:
    bio, notes = _chrome_notes(PAGE.format(name, "Essays on platform teams, each Sunday."))
    assert (bio, notes) == (BIO, [_note("(a subscription widget, by the page's markup)")])


def test_hidden_widget_is_dropped_as_hidden_content_is() -> None:
    bio, notes = _chrome_notes(PAGE.format("newsletter hidden", "Essays each Sunday."))
    assert (bio, notes) == (BIO, [])


def test_container_named_newsletter_holding_the_profile_is_read() -> None:
    page = PAGE.format("box", CTA).replace("<article>", "<div class='newsletter-post'>")
    bio, notes = _chrome_notes(page.replace("</article>", "</div>"))
    assert (bio, notes) == (BIO, [_note("(a call to subscribe)")])


def test_inline_element_named_newsletter_stays_in_its_sentence() -> None:
    page = PAGE.format("box", CTA).replace(
        "internal developer platform.</p>",
        "internal developer platform and the <a class='newsletter-link'>Field Notes</a> letter.</p>",
    )
    bio, notes = _chrome_notes(page)
    assert bio == BIO.removesuffix(".") + " and the Field Notes letter."
    assert notes == [_note("(a call to subscribe)")]


def test_call_to_action_after_the_summary_is_not_read_into_it() -> None:
    """A question then a call to subscribe, and its button, between the summary and the next
    section (a blog's card inside the post): chrome, not the summary's second paragraph."""
    page = PAGE.replace(
        "platform team at Tidewater Bank.</p>",
        "platform team at Tidewater Bank.</p><p>Enjoying Field Notes? Subscribe to get every "
        "interview first.</p><p>Subscribe now</p><h2>Leadership Principles</h2>"
        "<ul><li>Ship the platform in small steps</li></ul>",
    )
    data = parse_bytes(page.encode(), "page.html").data
    assert data["summary"] == (
        "Liam O'Connor describes the operating rhythm of a platform team at Tidewater Bank."
    )
