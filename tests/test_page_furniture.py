"""A PDF converted to HTML, or a text copied from it, sets each page break's furniture in the
middle of the section that runs across it: the page's number, the page image's label
("background image") and the next page's running head. In a theme list they read as three
more chips, silently. A running head that stands again under a page number that counts the
pages proves the break: the lines are set aside as the page's.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEAD = "Harbour Voices — Guest profile: Rūta Kazlauskienė"


def _page(image: str) -> str:
    return (
        f"{image}{HEAD}\n\nRūta Kazlauskienė\n\nFounder at Duonos Namai\n\n"
        "Rūta Kazlauskienė runs Duonos Namai, a bakery in Vilnius.\n\n"
        "Dimension Profile\n\nBaking Craft: 91 out of 100\nRetail Operations: 84 out of 100\n\n"
        "Key Themes\n\n• sourdough\n\n• rye bread\n\n1\n\n"
        f"{image}{HEAD}\n\n• small bakeries\n\n• school for bakers\n\n"
        "Leadership Principles\n\n1. Feed the starter first\n\n2. Bake for the street\n\n2\n"
    )


def test_page_furniture_is_no_theme() -> None:
    for image in ("", "background image\n\n"):
        data = parse_bytes(_page(image).encode(), "p.txt").data
        assert data["themes"] == ["sourdough", "rye bread", "small bakeries", "school for bakers"]
        assert data["name"] == "Rūta Kazlauskienė"


def test_a_line_twice_without_page_numbers_stays() -> None:
    page = _page("").replace("\n\n1\n\n", "\n\n")
    data = parse_bytes(page.encode(), "p.txt").data
    assert HEAD in data["themes"]
