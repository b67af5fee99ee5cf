"""A team page with one person's card open (an accordion): each card's button holds the name,
the role and a toggle's label, inline with no space between them, so a converter runs them
into one line ("Tomas Reyes-OrtizChief Executive at Kestrel FreightClose −"). The toggle is the
site's; the name and the role are read apart."""

from __future__ import annotations

import time

from extractor.parsing.cards import card_headers
from extractor.parsing.draft import Draft
from extractor.pipeline import parse_bytes
from extractor.read.text import read_text

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


def _html_card(name: str, role: str, toggle: str, bio: str, inner: str = "") -> str:
    """A card as a team page's accordion sets it: the photo, then the name, the role and the
    toggle's label in spans with nothing between them."""
    opened = " open" if toggle.endswith("−") else ""
    return (
        f'<details class="member"{opened}><summary><img alt="" src="/p.jpg">'
        f'<span class="member-name">{name}</span><span class="member-title">{role}</span>'
        f'<span class="toggle">{toggle}</span></summary>'
        f'<div class="member-bio"><p>{bio}</p>{inner}</div></details>'
    )


_SECTIONS = (
    "<h4>Dimension Profile</h4><ul><li>Strategic Vision 81%</li><li>Hiring 70%</li>"
    "<li>Pricing 64%</li></ul><h4>Key Themes</h4><p>rail freight, grain</p>"
    "<h4>Episode Summary</h4><p>Tomas Reyes-Ortiz on running grain trains through a drought.</p>"
)


def _team_page(name: str, role: str, bio: str) -> bytes:
    cards = (
        _html_card("Ines Wolff", "Head of Finance", "Read bio +", "Ines keeps the accounts.")
        + _html_card(name, role, "Close −", bio, _SECTIONS)
        + _html_card("Omar Haddad", "General Counsel", "Read bio +", "Omar leads legal work.")
    )
    return f"<html><body><main><h1>Our people</h1>{cards}</main></body></html>".encode()


def test_open_card_spaced_apart_by_the_reader_is_the_profile() -> None:
    """The HTML's spans (and pandoc's Markdown of them) keep the name, the role and the toggle
    apart with a space, not run together: the open card's name is the one the bio names."""
    got = parse_bytes(_team_page("Tomas Reyes-Ortiz", "Chief Executive at Kestrel Freight", _BIO))
    assert (got.data["name"], got.data["headline"]) == (
        "Tomas Reyes-Ortiz",
        "Chief Executive at Kestrel Freight",
    )
    assert got.data["bio"] == _BIO


def test_spaced_card_in_a_script_apart_from_the_role() -> None:
    """A name in Greek letters that the bio writes in Latin ones: the scripts tell them apart."""
    bio = "Eleni Papadopoulou runs the fleet's operations from Piraeus."
    got = parse_bytes(_team_page("Ελένη Παπαδοπούλου", "Chief Operating Officer at Aegean", bio))
    assert (got.data["name"], got.data["headline"]) == (
        "Ελένη Παπαδοπούλου",
        "Chief Operating Officer at Aegean",
    )


def test_spaced_card_markdown_spans() -> None:
    """Pandoc's Markdown of the card's spans, touching: read with a space between."""
    page = "\n".join(_PAGE).replace(
        "{card}",
        "![](/p.jpg)[Tomas Reyes-Ortiz]{.member-name}[Chief Executive at Kestrel"
        " Freight]{.member-title}[Close −]{.toggle}",
    )
    got = parse_bytes(page.encode(), "p.md", "markdown").data
    assert (got["name"], got["headline"]) == (
        "Tomas Reyes-Ortiz",
        "Chief Executive at Kestrel Freight",
    )


def test_spaced_colleague_card_named_nowhere_is_not_cut() -> None:
    """A closed card whose name the page never writes again gives no evidence where the name
    ends ("Ines Wolff Head" | "of Finance"?): left whole, never the profile's name."""
    got = parse_bytes(_team_page("Tomas Reyes-Ortiz", "Chief Executive at Kestrel Freight", _BIO))
    assert "Ines Wolff" not in (got.data["name"] or "")


def test_name_run_into_the_role_at_a_letter_the_decoding_lost() -> None:
    """Damaged UTF-8 ("Adébáy\ufffd") right before the role: the join is there all the same."""
    page = "\n".join(_PAGE).replace("Tomas Reyes-Ortiz", "Tomas Reyes-Ort\ufffd")
    card = "Tomas Reyes-Ort\ufffdChief Executive at Kestrel FreightClose −"
    got = parse_bytes(page.replace("{card}", card).encode(), "p.txt").data
    assert (got["name"], got["headline"]) == (
        "Tomas Reyes-Ort\ufffd",
        "Chief Executive at Kestrel Freight",
    )


def test_spaced_card_whose_bio_opens_with_the_name_and_the_role_is_not_cut() -> None:
    """A bio that opens with the name and the role as the button writes them names every
    start of the button's line: no cut there is sure, so the card leaves the line whole (the
    header's reading then cuts it where the summary names the leader alone)."""
    bio = "Tomas Reyes-Ortiz Chief Executive at Kestrel Freight, moves grain by rail."
    got = parse_bytes(_team_page("Tomas Reyes-Ortiz", "Chief Executive at Kestrel Freight", bio))
    assert got.data["name"] == "Tomas Reyes-Ortiz"
    assert got.data["headline"] == "Chief Executive at Kestrel Freight"


def test_a_page_of_many_spaced_cards_is_read_in_linear_time() -> None:
    """Six hundred cards whose buttons keep the name and the role apart with a space, none
    named elsewhere: each start of each button was once searched for in the whole page,
    quadratic in the page's length (seconds here)."""
    lines = ["Our people", ""]
    for n in range(600):
        name = f"Person{chr(65 + n % 26)}{chr(97 + n // 26 % 26)} Lastname{chr(97 + n % 26)}"
        lines += [f"{name} Head of Unit {n} Read bio +", "", "Works on things. " * 20, ""]
    blocks = read_text("\n".join(lines))
    started = time.process_time()
    assert len(card_headers(blocks, Draft(frozenset()))) == len(blocks)
    assert time.process_time() - started < 1.0


def _spaced_card(bio: str) -> dict[str, object]:
    page = "\n".join(_PAGE).replace(_BIO, bio)
    card = "Mary Ann Young Executive Director Close −"
    return parse_bytes(page.replace("{card}", card).encode(), "p.txt", "text").data


def _joined_doubts(data: dict[str, object]) -> list[object]:
    return [f for f in data["diagnostics"] if f["code"] == "name-headline-joined"]  # type: ignore[attr-defined]


def test_a_spaced_cut_before_a_role_word_named_nowhere_else_is_said() -> None:
    """The bio names "Mary Ann" only, and "Young" is nowhere else on the page: the surname may
    be the role's first word or the name's last. The cut stands, said (was: silent)."""
    data = _spaced_card("Mary Ann has run Kestrel Freight, a rail operator, since 2015.")
    assert (data["name"], data["headline"]) == ("Mary Ann", "Young Executive Director")
    assert _joined_doubts(data)


def test_a_spaced_cut_whose_role_the_profile_restates_is_not_doubted() -> None:
    data = _spaced_card("Mary Ann Young is executive director of Kestrel Freight.")
    assert (data["name"], data["headline"]) == ("Mary Ann Young", "Executive Director")
    assert not _joined_doubts(data)
