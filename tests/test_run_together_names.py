"""A menu's labels run together by a browser's copy ("HomeMy NetworkJobsMessaging") are not
written like a person's name; names with one inner capital are ("McDonald", "DeShawn")."""

from __future__ import annotations

from extractor.parsing.leader_name import written_like_a_name


def test_run_together_labels_are_no_name() -> None:
    assert not written_like_a_name("HomeMy NetworkJobsMessagingNotificationsMe")
    assert written_like_a_name("Ronald McDonald")
    assert written_like_a_name("DeShawn MacKay-McLean")
