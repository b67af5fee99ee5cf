"""Scores under a title the registry does not know ran on into the prose section above them
("About", then "Leadership assessment" and its label/score lines): they are the dimensions,
flagged, and the bio keeps only its prose."""

from __future__ import annotations

import pytest

from extractor.base.errors import Refusal
from extractor.pipeline import parse_bytes

_BIO = "Ada Stone founded Example Co to build tools for hiring and pricing."


def test_scores_after_the_bio_under_an_unknown_title() -> None:
    page = "\n".join(
        [
            "Ada Stone",
            "Founder at Example Co",
            "",
            "About",
            _BIO,
            "",
            "Assessment results",
            "Craft",
            "95%",
            "Hiring",
            "70%",
            "Pricing",
            "64%",
            "",
            "Key Themes",
            "hiring, open source, pricing",
            "",
            "Episode Summary",
            "Ada Stone talks about hiring, pricing and open source.",
        ]
    )
    got = parse_bytes(page.encode(), "p.txt", "text").data
    assert got["bio"] == _BIO
    assert [(d["name"], d["score"]) for d in got["dimensions"]] == [
        ("Craft", 95),
        ("Hiring", 70),
        ("Pricing", 64),
    ]
    flagged = {(d["code"], d["field"]) for d in got["diagnostics"]}
    assert ("section-label-missing", "dimensions") in flagged


def _page(*about: str, rest: tuple[str, ...] = ()) -> str:
    return "\n".join(["Ada Stone", "Founder at Example Co", "", "About", *about, *rest])


_REST = (
    "",
    "Key Themes",
    "hiring, pricing",
    "",
    "Episode Summary",
    "Ada Stone talks about hiring.",
)


def test_figures_in_an_about_section_are_no_evidence_of_a_leader_page() -> None:
    """A company's page lists figures in its "About": they are read as scores on a leader page
    (see above), but do not make any page one."""
    page = "\n".join(
        [
            "Acme Cloud Hosting",
            "",
            "Fast, reliable hosting for small teams.",
            "",
            "About",
            "",
            "Acme Cloud Hosting runs servers in three regions for over 2,000 customers.",
            "",
            "Our numbers",
            "Uptime 99%",
            "Customer satisfaction 95%",
            "Support tickets answered within an hour 80%",
        ]
    )
    with pytest.raises(Refusal) as refused:
        parse_bytes(page.encode(), "p.txt", "text")
    assert refused.value.code == "not-a-leader-page"


def test_a_bio_line_above_the_scores_stays_in_the_bio() -> None:
    """Only a line written like a title is set aside as the scores' title (reported as chrome);
    the bio's own last line ("Based in Berlin, Germany") stays in the bio."""
    got = parse_bytes(
        _page(_BIO, "", "Based in Berlin, Germany", "Craft 95%", "Hiring 70%", rest=_REST).encode(),
        "p.txt",
        "text",
    ).data
    assert "Based in Berlin, Germany" in got["bio"]
    assert [d["score"] for d in got["dimensions"]] == [95, 70]
    titled = parse_bytes(
        _page(_BIO, "", "Assessment results", "Craft 95%", "Hiring 70%", rest=_REST).encode(),
        "p.txt",
        "text",
    ).data
    assert titled["bio"] == _BIO
