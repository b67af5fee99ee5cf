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


def test_count_right_above_the_first_section_does_not_make_the_headline_the_name() -> None:
    """Name, a headline without ' at ', the count, then the first section: the count is
    the site's, so the line under the name still reads as name + headline."""
    page = (
        "<html><body><h1>Ada van der Stone</h1><div>Director-General, Example Waterways</div>"
        "<div>500+ connections</div><h2>About</h2>"
        "<p>Ada van der Stone has run Example Waterways since 2019.</p>"
        "<h2>Dimension Profile</h2><p>Strategic Vision 95%</p><p>Hiring 70%</p>"
        "<h2>Key Themes</h2><ul><li>dikes</li><li>public trust</li></ul></body></html>"
    )
    got = parse_bytes(page.encode(), "p.html", "html").data
    assert got["name"] == "Ada van der Stone"
    assert got["headline"] == "Director-General, Example Waterways"
