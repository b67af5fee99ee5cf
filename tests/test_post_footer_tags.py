"""Themes set as a post's tags: links after a label at the end of the post."""

from __future__ import annotations

from extractor.pipeline import parse_bytes


def test_labelled_links_after_the_quotes_are_the_themes() -> None:
    """Themes set as links after a label at the end of a post; the share links that follow
    are another row, not themes."""
    page = (
        "<html><body><article><h1>Ada Stone</h1><p>Founder at Example Co</p>"
        "<p>Ada Stone founded Example Co to build tools for hiring and pricing.</p>"
        "<h2>Dimension Profile</h2><p>Strategic Vision 95%</p><p>Hiring 70%</p>"
        "<h2>Episode Summary</h2><p>Ada Stone talks about hiring, pricing and open source.</p>"
        "<h2>Notable Quotes</h2><blockquote>\u201cShip small.\u201d</blockquote>"
        "<div>Key Themes: <a href='/t/1'>hiring</a> <a href='/t/2'>open source</a>"
        " <a href='/t/3'>pricing</a></div>"
        "<div><a href='#'>Share on X</a> <a href='#'>Share by email</a></div>"
        "</article></body></html>"
    )
    record = parse_bytes(page.encode(), "p.html", "html").record
    assert record.themes == ["hiring", "open source", "pricing"]
