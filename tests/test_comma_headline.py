"""A headline with no " at " but a comma ("Brewer-Owner, Kettle Oak"), under the leader's
name, with a byline and a caption under it: written like a name too (capitalised words), it
took the name's place, the caption became the headline, and nothing said so. A line that holds
a comma and whose words before it the profile never names is the headline under the name.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

TAIL = (
    "Dimension Profile\n\nBrewing Craft: 91 out of 100\nCellar Discipline: 84 out of 100\n"
    "Pub Trade: 72 out of 100\n\n"
    "Key Themes\n\ncask ale\nhop farming\nrural pubs\nbrewery tours\n"
)


def _page(name: str, headline: str) -> str:
    return (
        f"Q&A · Brewers 2026\n\n{name}\n\n{headline}\n\n"
        "By Lee Marsh, Communications · 2 May 2026 · 5 min read\n\n"
        "Photo: Northbank / Sam Ode\n\n"
        "Ruth Okonjo-Hale founded Kettle Oak in a railway arch in 2011 and now runs two "
        "breweries and a pub.\n\n"
        "She buys her hops from three farms in the county and prints their names on every "
        "cask.\n\n" + TAIL
    )


def test_a_comma_headline_under_the_name_is_no_name() -> None:
    data = parse_bytes(_page("Ruth Okonjo-Hale", "Brewer-Owner, Kettle Oak").encode(), "p.txt").data
    assert data["name"] == "Ruth Okonjo-Hale"
    assert data["headline"] == "Brewer-Owner, Kettle Oak"


def test_a_name_with_a_comma_the_profile_names_stays_the_name() -> None:
    page = _page("Okonjo-Hale, Ruth", "Brewer-Owner at Kettle Oak")
    data = parse_bytes(page.encode(), "p.txt").data
    assert (data["name"], data["headline"]) == ("Okonjo-Hale, Ruth", "Brewer-Owner at Kettle Oak")
