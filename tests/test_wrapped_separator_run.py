"""A run of items set apart by a middle dot or a bullet ("Tags: a · b · c"), hard-wrapped by a
text converter right before a separator, so that the next line starts with it ("· d · e"):
that line goes on with the run; it only looks like a bullet.

Before, the line was read as a list item of its own: the themes ended at the wrap and the items
after it were set aside with the page's footer.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes
from extractor.read.blocks import Kind
from extractor.read.text import read_text

THEMES = [
    "regional aviation",
    "timetables",
    "crew welfare",
    "Bergen",
    "winter operations",
    "de-icing",
    "island routes",
]
HEAD = (
    "Mira Castell\n\nChief Operating Officer at Northwind Air\n\n"
    "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.\n\n"
    "Dimension Profile\n\nPunctuality 91%\nCrew Care 84%\nCost Discipline 72%\n\n"
    "Leadership Principles\n\n- Publish the delays before anyone asks\n"
    "- Fly the schedule you can crew\n- Ask the gate agents first\n\n"
)
FOOT = "\nHow did you like this issue?\n\nReply to this email to suggest a guest.\n"


@pytest.mark.parametrize("mark", ["·", "•"])
@pytest.mark.parametrize("cut", [3, 5])
def test_a_run_wrapped_before_its_separator_goes_on(mark: str, cut: int) -> None:
    first = f" {mark} ".join(THEMES[:cut])
    rest = f" {mark} ".join(THEMES[cut:])
    page = f"{HEAD}Key Themes: {first}\n{mark} {rest}\n{FOOT}"
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert data["themes"] == THEMES


@pytest.mark.parametrize(
    "above", ["Her themes, in order · as she ranks them:", "Punctuality · Crew Care"]
)
def test_bullets_under_a_line_that_ended_stay_bullets(above: str) -> None:
    """Under a line that ends a sentence or a list's lead-in, or that holds another separator,
    the bullets are a list's items."""
    blocks = read_text(f"{above}\n• regional aviation\n• timetables\n")
    assert [b.kind for b in blocks][-2:] == [Kind.ITEM, Kind.ITEM]
