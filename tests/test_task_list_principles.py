"""A principles list written as a task list (GitHub's ``<li class="task-list-item">`` with a
checkbox, or ``- [x] item`` in Markdown) comes out of the text converters with the box drawn
before each item: "[ ]" (elinks, links), "[X]" (lynx), "[*]" (w3m). Before, the box stayed on
every principle, unflagged."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

PAGE = """Wilhelmina Osei-Brandt

Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet
and two salmon farms share one breakwater.

Key Themes

  • harbours
  • fisheries

Leadership Principles

  • {box} Tie up the ferry first
  • {box} Walk the quay every morning
  • {box} Publish the tide tables a year ahead
"""

PRINCIPLES = [
    "Tie up the ferry first",
    "Walk the quay every morning",
    "Publish the tide tables a year ahead",
]


@pytest.mark.parametrize("box", ["[ ]", "[X]", "[*]", "[x]"])
def test_checkboxes_before_every_item_are_left_out(box: str) -> None:
    data = parse_bytes(PAGE.format(box=box).encode(), "page.txt", "text").data
    assert data["principles"] == PRINCIPLES


def test_markdown_task_list() -> None:
    page = PAGE.replace("  • {box}", "- [x]").replace("  •", "-")
    data = parse_bytes(page.encode(), "page.md", "markdown").data
    assert data["principles"] == PRINCIPLES


def test_a_box_before_one_item_only_is_kept() -> None:
    """Brackets before one entry alone may be the principle's own words."""
    page = PAGE.format(box="").replace("  •  Tie", "  • [x] Tie")
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["principles"][0] == "[x] Tie up the ferry first"
