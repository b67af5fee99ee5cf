"""A theme with a number in it ("1,300 varieties"): the comma between its digits is a thousands
separator, not a separator between chips, and the chip stays whole; commas between words still
separate chips ("seed banks, 2,000 farms, rye")."""

from __future__ import annotations

from extractor.parsing.sections.themes import split_explicit
from extractor.pipeline import parse_bytes


def test_a_thousands_comma_separates_no_chips() -> None:
    assert split_explicit("1,300 varieties") == ["1,300 varieties"]
    assert split_explicit("seed banks, 2,000 farms, rye") == ["seed banks", "2,000 farms", "rye"]


def test_a_chip_with_a_thousands_comma_in_a_list() -> None:
    page = (
        "Rūta Kazlauskienė\n\nFounder at Duonos Namai\n\n"
        "Rūta Kazlauskienė runs Duonos Namai, a bakery in Vilnius.\n\n"
        "Dimension Profile\n\nBaking Craft: 91 out of 100\nRetail Operations: 84 out of 100\n\n"
        "Key Themes\n\nsourdough\n\nrye bread\n\n1,300 loaves a day\n\n"
    )
    data = parse_bytes(page.encode(), "p.txt").data
    assert data["themes"] == ["sourdough", "rye bread", "1,300 loaves a day"]
