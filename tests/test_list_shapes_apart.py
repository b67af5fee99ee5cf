"""List and table shapes a converter set apart from their section: scores written "Name – 95"
one to a line (a social post's list), a bulleted list whose every item is a box of its own
(the bullet's span and the text's), and a drawn table's top border right under its title with
no blank line between (w3m). Whole pages (made up)."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

HEADER = (
    "Mara Quill\n\nHead of Ferries at Laguna Lines\n\n"
    "Mara Quill runs the ferry crews on the lagoon, from the rail station to the islands.\n\n"
)
THEMES = "Key Themes\n\nferries\ntimetables\nlagoon transport\nnight shifts\n\n"


def _parse(page: str, name: str = "profile.txt") -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode("utf-8"), name).record)


def test_scores_after_a_spaced_dash_make_a_column() -> None:
    page = (
        HEADER + "Dimension Profile\n\nStrategic Vision – 70\nExecution & Craft — 85\n"
        "Team & Leadership – 60\n\n" + THEMES
    )
    record = _parse(page)
    assert [(d["name"], d["score"]) for d in record["dimensions"]] == [
        ("Strategic Vision", 70),
        ("Execution & Craft", 85),
        ("Team & Leadership", 60),
    ]


def test_one_bullets_items_each_in_a_box_of_its_own_are_one_list() -> None:
    items = "".join(
        f'<div><span style="position:absolute">&#8226;</span><span>{t}</span></div>'
        for t in ("ferries", "timetables", "lagoon transport", "night shifts", "fog")
    )
    page = (
        "<html><body><h1>Mara Quill</h1><p>Head of Ferries at Laguna Lines</p>"
        "<p>Mara Quill runs the ferry crews on the lagoon, from the rail station to the islands."
        "</p><h2>Dimension Profile</h2><p>Strategic Vision: 70%</p><p>Execution &amp; Craft: 85%"
        f"</p><h2>Key Themes</h2>{items}<h2>Leadership Principles</h2><ul>"
        "<li>Open the gate for the slowest boat first</li><li>Ask the tide first</li></ul>"
        "</body></html>"
    )
    record = _parse(page, "profile.html")
    assert record["themes"] == ["ferries", "timetables", "lagoon transport", "night shifts", "fog"]


def test_a_drawn_tables_top_border_ends_the_paragraph_above() -> None:
    summary = (
        "Mara Quill talks about timetables, fog and the night boat that never\n"
        "ran late, about the winter the lagoon froze for a week and the crews\n"
        "walked the ice with the post, and about the ferry she wants to build\n"
        "before she retires, one that runs on the tide and nothing else at all.\n"
    )
    rule, wall = "─" * 60, " " * 50
    page = (
        HEADER + "Episode Summary\n\n" + summary + "Dimension Profile\n"
        f"┌{rule}┬{'─' * 12}┐\n│Strategic Vision{wall[:44]}│{wall[:10]}70│\n"
        f"├{rule}┼{'─' * 12}┤\n│Execution & Craft{wall[:43]}│{wall[:10]}85│\n"
        f"└{rule}┴{'─' * 12}┘\n\n" + THEMES
    )
    record = _parse(page)
    assert record["summary"] == " ".join(summary.split())


ROWS = [("Strategic Vision", 70), ("Execution & Craft", 85), ("Team & Leadership", 60)]


def _drawn(rows: list[tuple[str, int]]) -> str:
    rule = "─" * 60
    return (
        f"┌{rule}┬{'─' * 12}┐\n"
        + f"├{rule}┼{'─' * 12}┤\n".join(f"│{name:<60}│{score:>12}│\n" for name, score in rows)
        + f"└{rule}┴{'─' * 12}┘\n\n"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Dimension Profile\n\n",
        "How we scored them\n\n",  # a title of the site's own: the table typed by its rows
    ],
)
def test_a_drawn_table_without_a_heading_row_is_a_column_of_scores(title: str) -> None:
    principles = "Leadership Principles\n\n- Open the gate for the slowest boat first\n"
    record = _parse(HEADER + title + _drawn(ROWS) + THEMES + principles)
    assert [(d["name"], d["score"]) for d in record["dimensions"]] == ROWS
