"""An article page's header: title (the leader's name), subtitle (the headline), then the
post's author, a "Follow" button, the byline ("Published in ... · 9 min read · date") and its
engagement (claps, responses, "Share"). The author is not the leader, and none of it is the
bio."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

_BIO = "Ada Stone founded Example Co to build tools for hiring and pricing."
_HEADER = [
    "Ada Stone",
    "",
    "Founder at Example Co",
    "",
    "Weekly Leaders",
    "",
    "Follow",
    "",
    "Published in Weekly Leaders·9 min read·Jan 20, 2026",
    "",
    "👏",
    "",
    "1.2K",
    "",
    "Share",
    "",
    _BIO,
    "",
]
_SECTIONS = [
    "Dimension Profile",
    "",
    "Strategic Vision: 95",
    "Hiring: 70",
    "Pricing: 64",
    "",
    "Key Themes",
    "",
    "-   hiring",
    "-   open source",
    "",
    "Episode Summary",
    "",
    "Ada Stone talks about hiring, pricing and open source.",
]


def test_author_and_byline_under_the_subtitle_are_the_sites() -> None:
    got = parse_bytes("\n".join(_HEADER + _SECTIONS).encode(), "p.txt", "text").data
    assert got["name"] == "Ada Stone"
    assert got["headline"] == "Founder at Example Co"
    assert got["bio"] == _BIO


def test_scores_out_of_100_after_a_colon() -> None:
    """ "Label: 95" lines, three or more in a column: scores out of 100."""
    header = ["Ada Stone", "Founder at Example Co", "", _BIO, ""]
    got = parse_bytes("\n".join(header + _SECTIONS).encode(), "p.txt", "text").data
    assert [(d["name"], d["score"]) for d in got["dimensions"]] == [
        ("Strategic Vision", 95),
        ("Hiring", 70),
        ("Pricing", 64),
    ]


def test_byline_joined_on_one_line_in_html_is_not_the_bio() -> None:
    page = (
        "<html><body><article><h1>Ada Stone</h1><h2>Founder at Example Co</h2>"
        "<div><a>Weekly Leaders</a><button>Follow</button><span>Published in Weekly Leaders"
        "</span><span>·</span><span>9 min read</span><span>·</span><span>Jan 20, 2026</span>"
        f"</div><section><p>{_BIO}</p><h3>Dimension Profile</h3><p>Strategic Vision 95%</p>"
        "<p>Hiring 70%</p><h3>Key Themes</h3><ul><li>hiring</li><li>pricing</li></ul>"
        "</section></article></body></html>"
    )
    got = parse_bytes(page.encode(), "p.html", "html").data
    assert got["name"] == "Ada Stone"
    assert got["bio"] == _BIO


def test_byline_wrapped_by_a_text_browser() -> None:
    """'... · 9 min' over 'read · Jan 20, 2026': one byline over two lines, the site's."""
    header = [
        "Ada Stone",
        "",
        "Founder at Example Co",
        "",
        "   Weekly Leaders (BUTTON) FollowPublished in Weekly Leaders·9 min",
        "   read·Jan 20, 2026",
        "   (BUTTON) 👏",
        "",
        "   1.2K",
        "   (BUTTON) 💬",
        "",
        "   18",
        "   (BUTTON) Share",
        "",
        "   " + _BIO,
        "",
    ]
    got = parse_bytes("\n".join(header + _SECTIONS).encode(), "p.txt", "text").data
    assert got["name"] == "Ada Stone"
    assert got["headline"] == "Founder at Example Co"
