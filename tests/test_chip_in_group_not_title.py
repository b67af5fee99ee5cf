"""A theme chip that reads loosely as a section's title ("CII ratings": "Ratings" after a
qualifying word), set by the page's markup in one row with the chips around it, under a themes
title the registry does not know ("Areas of focus"): a chip of that row, not the dimensions'
title.

Before, the chip was taken for a known dimensions title, which kept the real scores (under an
unknown title) from being typed by their content: the profile was located from the chips down
and a chip taken for the leader's name."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

CHIPS = [
    "dry bulk",
    "IMO rules",
    "CII ratings",
    "crew welfare",
    "Piraeus",
    "LNG",
    "port state control",
]


def _page() -> bytes:
    badges = " ".join(f'<span class="badge">{chip}</span>' for chip in CHIPS)
    return (
        "<html><body><main><h1>Eleni Marou</h1><p>Chief Operating Officer at Aegean Bulk</p>"
        "<p>Eleni Marou runs the fleet's operations from Piraeus, forty ships and their crews."
        "</p><h4>Strengths</h4><ul><li>Fleet Operations (92)</li><li>Safety at Sea (100)</li>"
        "<li>Decarbonisation (61)</li><li>Crew Welfare (86)</li></ul>"
        f'<h4>Areas of focus</h4><p class="badges">{badges}</p>'
        "<h4>Operating principles</h4><ul><li>Decide from the bridge, then check it in the "
        "office</li><li>Every crew change is a safety event</li></ul>"
        '<h4>On the record</h4><div class="quote-card"><p>“The sea does not read our '
        "sustainability report. The charterers do.”</p><p>On CII ratings</p></div>"
        '<div class="quote-card"><p>“Every ship has the character of its crew.”</p>'
        "<p>On crews</p></div></main></body></html>"
    ).encode()


def test_chip_in_a_row_of_chips_is_not_a_title() -> None:
    data = parse_bytes(_page(), "p.html").data
    assert data["name"] == "Eleni Marou"
    assert data["themes"] == CHIPS
    assert [d["name"] for d in data["dimensions"]] == [
        "Fleet Operations",
        "Safety at Sea",
        "Decarbonisation",
        "Crew Welfare",
    ]


def test_a_chip_ending_in_a_year_is_a_chip() -> None:
    """A chip that ends in a number no score is written as ("IMO 2030": four digits, after a
    capitalised word) is a tag of the list, which is then typed as the themes by its content;
    a wrapped line of running text before a year ("and the 2019") is still none."""
    chips = ["dry bulk", "IMO 2030", "CII ratings", "crew welfare", "Piraeus", "LNG"]
    page = _page().replace(b"IMO rules", b"IMO 2030")
    data = parse_bytes(page, "p.html").data
    assert data["themes"] == [*chips, "port state control"]
