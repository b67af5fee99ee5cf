"""A headline that ends in a company's abbreviation ("... at Aegean Bulk Carriers S.A.") is a
headline, not a sentence, when the locator asks whether a name, a headline and prose open the
profile (a shop's journal post sets its tags as a section above that header).

Before, the stop of "S.A." made the headline read as prose: the header was not seen, the post's
title above the tags was taken for the name and its byline for the headline, with no warning on
the headline.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

PAGE = """Free shipping on orders over 60 euros

Northwind Goods
Shop Journal About
Meet the maker: Mira Castell
January 22, 2026 by the Editors
Key Themes
regional aviation
timetables
crew welfare
Bergen

Name: Mira Castell

Role: {headline}

Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.

Dimension Profile
Punctuality
91 out of 100
Crew Care
84 out of 100
Cost Discipline
72 out of 100

Leadership Principles
Publish the delays before anyone asks.
Fly the schedule you can crew.

Related posts
"""


@pytest.mark.parametrize(
    "headline",
    [
        "Chief Operating Officer at Northwind Air S.A.",
        "Chief Operating Officer at Northwind Air Co.",
        "Chief Operating Officer at Northwind Air",
    ],
)
def test_a_header_under_the_tags_with_an_abbreviation_last(headline: str) -> None:
    data = parse_bytes(PAGE.format(headline=headline).encode(), "page.txt", "text").data
    assert (data["name"], data["headline"]) == ("Mira Castell", headline)
    assert data["themes"] == ["regional aviation", "timetables", "crew welfare", "Bergen"]
