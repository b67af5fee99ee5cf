"""A speaker page: under the headline a row of links ("Website", "LinkedIn"), then the bio
under the site's own title ("Why you should listen"). The links are no bio: the first section,
prose that opens by naming the leader, is taken as the bio by what it holds (flagged), and the
links' row is set aside as the site's."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """# Ada Stone

CEO at Acme Labs

[Website](#)[LinkedIn](#)

## Why you should listen

Ada Stone runs Acme Labs, a maker of small robots for warehouses.

She spent eleven years building logistics software for retailers.

## Episode Summary

Ada Stone talks about robots, warehouses and the people who run them.

## Dimension Profile

* Strategic Vision: 95%
* Execution & Craft: 80%

## Key Themes

* warehouse robots
* logistics
"""


def test_the_speakers_bio_under_the_sites_title_is_the_bio() -> None:
    data = parse_bytes(PAGE.encode(), "page.md", "markdown").data
    assert data["bio"] == (
        "Ada Stone runs Acme Labs, a maker of small robots for warehouses.\n\n"
        "She spent eleven years building logistics software for retailers."
    )
    assert not data.get("extra_sections")
    assert any(
        d["code"] == "section-typed-by-content" and d["field"] == "bio" for d in data["diagnostics"]
    )


def test_a_bio_under_the_headline_is_kept() -> None:
    page = PAGE.replace("[Website](#)[LinkedIn](#)", "Ada Stone builds robots. She lives in Leeds.")
    data = parse_bytes(page.encode(), "page.md", "markdown").data
    assert data["bio"] == "Ada Stone builds robots. She lives in Leeds."
