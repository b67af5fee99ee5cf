"""Scores under a title the registry does not know ran on into the prose section above them
("About", then "Leadership assessment" and its label/score lines): they are the dimensions,
flagged, and the bio keeps only its prose."""

from __future__ import annotations

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
