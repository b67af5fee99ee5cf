"""A profile's follower count under the headline ("500+ connections", "12K Followers") is the
site's, even when the bio is a section of its own below: it never joins the bio."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

_BIO = "Ada Stone founded Example Co to build tools for hiring and pricing."


def _page(count: str) -> str:
    return "\n".join(
        [
            "Ada Stone",
            "Founder at Example Co",
            count,
            "",
            "About",
            _BIO,
            "",
            "Dimension Profile",
            "Strategic Vision 95%",
            "Hiring 70%",
            "",
            "Key Themes",
            "hiring, open source, pricing",
            "",
            "Episode Summary",
            "Ada Stone talks about hiring, pricing and open source.",
        ]
    )


def test_follower_count_under_the_headline_is_not_the_bio() -> None:
    for count in ("500+ connections", "12K Followers", "1,204 followers"):
        got = parse_bytes(_page(count).encode(), "p.txt", "text").data
        assert got["name"] == "Ada Stone"
        assert got["headline"] == "Founder at Example Co"
        assert got["bio"] == _BIO, count
        assert "site-chrome" in {d["code"] for d in got["diagnostics"]}


def test_a_sentence_with_a_number_stays_in_the_bio() -> None:
    """Only a count and one word is a count line; prose with numbers is the bio's."""
    page = _page("Ada Stone has 3 patents.")
    got = parse_bytes(page.encode(), "p.txt", "text").data
    assert "3 patents" in got["bio"]
