"""A team page with one person's card open (an accordion): each card's button holds the name,
the role and a toggle's label, inline with no space between them, so a converter runs them
into one line ("Tomas Reyes-OrtizChief Executive at Kestrel FreightClose −"). The toggle is the
site's; the name and the role are read apart."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

_BIO = "Tomas Reyes-Ortiz runs Kestrel Freight, a rail operator moving grain across three states."
_PAGE = [
    "Our people",
    "",
    "Ines WolffHead of FinanceShow more +",
    "",
    "Ines joined in 2020 and looks after the group's accounts.",
    "",
    "{card}",
    "",
    _BIO,
    "",
    "Dimension Profile",
    "",
    "Strategic Vision 81%",
    "Hiring 70%",
    "Pricing 64%",
    "",
    "Key Themes",
    "",
    "rail freight, grain",
    "",
    "Episode Summary",
    "",
    "Tomas Reyes-Ortiz on running grain trains through a drought year.",
]


def _parse(card: str) -> dict[str, object]:
    text = "\n".join(_PAGE).replace("{card}", card)
    return parse_bytes(text.encode(), "p.txt", "text").data


def test_open_cards_button_is_the_name_and_the_role() -> None:
    got = _parse("Tomas Reyes-OrtizChief Executive at Kestrel FreightClose −")
    assert (got["name"], got["headline"]) == (
        "Tomas Reyes-Ortiz",
        "Chief Executive at Kestrel Freight",
    )
    assert got["bio"] == _BIO


def test_surname_in_capitals_and_a_name_in_a_script_without_case() -> None:
    page = "\n".join(_PAGE).replace(
        "{card}", "REYES TomasChief Executive at Kestrel FreightClose −"
    )
    got = parse_bytes(page.replace("Tomas Reyes-Ortiz", "Reyes Tomas").encode(), "p.txt").data
    assert (got["name"], got["headline"]) == ("REYES Tomas", "Chief Executive at Kestrel Freight")
    page = "\n".join(_PAGE).replace("{card}", "林佳蓉Chief Executive at Kestrel FreightClose −")
    got = parse_bytes(page.replace("Tomas Reyes-Ortiz", "林佳蓉").encode(), "p.txt").data
    assert (got["name"], got["headline"]) == ("林佳蓉", "Chief Executive at Kestrel Freight")


def test_a_plus_sign_in_a_word_is_no_toggle() -> None:
    got = _parse("Tomas Reyes-Ortiz\nChief Executive at Kestrel Freight, C++")
    assert got["headline"] == "Chief Executive at Kestrel Freight, C++"


def test_photo_mark_and_a_suffix_run_into_the_role() -> None:
    """w3m writes the card's photo as "[photo]" before the name; "Jr." runs into the role."""
    page = "\n".join(_PAGE).replace("Tomas Reyes-Ortiz", "Tomas Reyes Jr.")
    card = "[photo]Tomas Reyes Jr.Chief Executive at Kestrel FreightClose −"
    got = parse_bytes(page.replace("{card}", card).encode(), "p.txt").data
    assert (got["name"], got["headline"]) == (
        "Tomas Reyes Jr.",
        "Chief Executive at Kestrel Freight",
    )
