"""A theme chip with code's marks (braces, "=", a call, a prompt, a parenthesis left open): a
notebook's cell or a code listing under the themes title ("In [4]:",
``print(*profile["themes"]``), not a topic. Kept, with a warning on the themes naming it.
Before, such chips were themes with no warning. Topics with a parenthesis, an ampersand or a
plus ("AI (applied)", "R&D", "C++"), brackets or quotation marks ("[PSD2]", "\"jobs to be
done\"") stay quiet; a line cut inside its brackets is flagged once."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

PAGE = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "About\n\nMira Castell runs operations at Northwind Air, a regional airline in Bergen.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Key Themes\n\n{chips}\n\n"
    "Leadership Principles\n\n- Publish the delays before anyone asks\n"
    "- Fly the schedule you can crew\n- Ask the gate agents first\n\n"
    "Notable Quotes\n\n\u201cA timetable is a promise with numbers in it.\u201d\n"
    "\u2014 On punctuality\n"
)


def _theme_warnings(chips: list[str]) -> tuple[list[str], list[str]]:
    page = PAGE.format(chips="\n".join(chips))
    data = parse_bytes(page.encode(), "page.txt", "text").data
    diagnostics = data["diagnostics"]
    assert isinstance(diagnostics, list) and isinstance(data["themes"], list)
    return data["themes"], [
        d["message"]
        for d in diagnostics
        if d["code"] == "section-line-doubtful" and d["field"] == "themes"
    ]


def test_code_lines_among_the_themes_are_flagged() -> None:
    chips = ["In [4]:", 'print(*profile["themes"],', 'sep="\\n")', "aviation", "timetables"]
    themes, warnings = _theme_warnings(chips)
    assert themes[-2:] == ["aviation", "timetables"]
    # the prompt is a notebook cell's furniture, set aside as the page's (test_notebook_export)
    assert "In [4]:" not in themes
    assert len(warnings) == 2
    assert "print(" in warnings[0]


@pytest.mark.parametrize(
    "chip",
    ["AI (applied)", "R&D", "C++", "crew welfare", "open banking [PSD2]", '"jobs to be done"'],
)
def test_topics_with_punctuation_stay_quiet(chip: str) -> None:
    themes, warnings = _theme_warnings([chip, "aviation", "timetables", "Bergen"])
    assert chip in themes
    assert warnings == []


def test_a_line_cut_inside_its_brackets_is_flagged_once() -> None:
    themes, warnings = _theme_warnings(["payments (cards, wallets), fraud, open banking"])
    assert themes[:2] == ["payments (cards", "wallets)"]
    assert len(warnings) == 1 and "parenthesis left open or closed" in warnings[0]
