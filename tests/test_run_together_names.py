"""A menu's labels run together by a browser's copy ("HomeMy NetworkJobsMessaging") are not
written like a person's name; names with inner capitals after short prefixes are ("McDonald",
"DeShawn", "DeLaCruz", "VanDerMeer")."""

from __future__ import annotations

from extractor.parsing.leader_name import written_like_a_name
from extractor.pipeline import parse_bytes


def test_run_together_labels_are_no_name() -> None:
    assert not written_like_a_name("HomeMy NetworkJobsMessagingNotificationsMe")
    assert not written_like_a_name("Acme HomeAboutContact")
    assert not written_like_a_name("Ada NetworkJobsMessaging")
    assert written_like_a_name("Ronald McDonald")
    assert written_like_a_name("DeShawn MacKay-McLean")


def test_names_with_several_inner_capitals_are_names() -> None:
    """A capital after a particle of two letters or fewer is no join ("DeLaCruz"): such names
    were once flagged doubtful, and could lose to another line that competes for the name."""
    for name in (
        "Maria DeLaCruz",
        "Pieter VanDerMeer",
        "Ana DeLaRosa-Smith",
        "Douglas MacArthur",
        "Ronald McDonald",
    ):
        assert written_like_a_name(name), name


def test_a_name_with_inner_capitals_is_not_doubted_on_a_page() -> None:
    page = (
        "Pieter VanDerMeer\n\nChief Executive Officer at Example Co\n\n"
        "About\n\nPieter VanDerMeer builds tools for hiring.\n\n"
        "Dimension Profile\n\nStrategic Vision 95%\nExecution & Craft 70%\n\n"
        "Key Themes\n\nhiring\n"
    )
    data = parse_bytes(page.encode(), "p.txt", "text").data
    assert data["name"] == "Pieter VanDerMeer"
    assert not [d for d in data["diagnostics"] if d["code"] == "name-doubtful"]
