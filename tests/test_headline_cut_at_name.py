"""A headline a narrow column joined to the bio's first line, the bio opening with the leader's
name, whose last word is a generational suffix ("... at Fenwick Haulage Bertram Ashby Fenwick
III is the third ..."): the name's capitals run on from the company's, and "III is" looked like
the sentence's start. The bio starts where the leader's name does."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """                        Bertram Ashby Fenwick III
    Senior Vice President, Global Operations at Fenwick Haulage Bertram Ashby
    Fenwick III is the third generation of his family to work at Fenwick
    Haulage, the Leeds trucking company his grandfather started in 1952.

Dimension Profile

  Strategic Vision: 95%

Key Themes

  * long-haul trucking
  * rail
"""


def test_the_bio_starts_at_the_leaders_name() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["headline"] == "Senior Vice President, Global Operations at Fenwick Haulage"
    assert data["company"] == "Fenwick Haulage"
    assert data["bio"].startswith("Bertram Ashby Fenwick III is the third generation")
