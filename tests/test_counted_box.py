"""A site's box of labels with counts ("Categories": "Leadership (12)", "Product (7)"), a blog's
sidebar, set among or under the profile's sections: the site's, not more principles, and not
a dimensions section that cuts the profile short.

Before, under the principles in the same element it was read as more principles, silently;
between the principles and the quotes, as a scored list that ended the profile there (the
quotes lost)."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from extractor.pipeline import parse_bytes

TEXT = (SAMPLES / "amara-okafor.txt").read_text("utf-8")
HTML = (SAMPLES / "elena-petrova.html").read_text("utf-8")
BOX = "Categories\n\nLeadership (12)\nProduct (7)\nEngineering (23)\nCulture (4)\n\n"
PRINCIPLES = [
    "Developers are the customer, even when they never pay the bill",
    "Every price change ships with a migration guide",
    "Write it down before you meet about it",
]


def _chrome_notes(data: dict[str, object]) -> list[str]:
    return [
        str(f["message"])
        for f in data["diagnostics"]  # type: ignore[attr-defined]
        if "labels with counts" in str(f["message"])
    ]


@pytest.mark.parametrize("title", ["Categories", "Archives", "Key Themes"])
def test_box_between_principles_and_quotes_is_the_sites(title: str) -> None:
    """Under a blog platform's word for such a box, or a themes title (themes have no
    counts)."""
    at = TEXT.index("Notable Quotes")
    box = BOX.replace("Categories", title)
    data = parse_bytes((TEXT[:at] + box + TEXT[at:]).encode(), "p.txt").data
    want = parse_bytes(TEXT.encode(), "p.txt").data
    assert data["principles"] == want["principles"]
    assert data["quotes"] == want["quotes"]
    assert _chrome_notes(data)


def test_box_set_inside_the_principles_element_is_not_more_principles() -> None:
    end = HTML.index("</section>", HTML.index("<h2>Leadership Principles"))
    box = (
        '<div class="sidebar"><div class="box-title">Categories</div><ul><li>Leadership (12)</li>'
        "<li>Product (7)</li><li>Engineering (23)</li><li>Culture (4)</li></ul></div>"
    )
    data = parse_bytes((HTML[:end] + box + HTML[end:]).encode(), "p.html").data
    assert data["principles"] == PRINCIPLES
    assert _chrome_notes(data)


def test_counted_lines_under_another_title_end_the_principles_with_a_warning() -> None:
    """A box whose title is no blog platform's word: its counted lines under the principles are
    set aside all the same, and a warning names them (they may be the profile's)."""
    end = HTML.index("</section>", HTML.index("<h2>Leadership Principles"))
    box = "<p>Browse</p><ul><li>Leadership (12)</li><li>Product (7)</li></ul>"
    data = parse_bytes((HTML[:end] + box + HTML[end:]).encode(), "p.html").data
    assert data["principles"] == PRINCIPLES
    assert [
        f
        for f in data["diagnostics"]
        if f["code"] == "section-line-doubtful" and f["field"] == "principles"
    ]


def test_scores_with_counts_under_a_section_title_of_their_own_stay_the_dimensions() -> None:
    """A "Strengths" title over "Roast Craft (93)" lines: no box's title, the dimensions."""
    at = TEXT.index("Dimension Profile")
    end = TEXT.index("Key Themes")
    scores = "Strengths\n\nRoast Craft (93)\nSourcing (96)\nPricing Power (57)\n\n"
    data = parse_bytes((TEXT[:at] + scores + TEXT[end:]).encode(), "p.txt").data
    assert data["dimensions"] == [
        {"name": "Roast Craft", "score": 93},
        {"name": "Sourcing", "score": 96},
        {"name": "Pricing Power", "score": 57},
    ]


@pytest.mark.parametrize("title", ["Key Themes", "Topics"])
def test_the_pages_only_themes_title_over_counted_chips_stays_the_themes(title: str) -> None:
    """A themes section whose chips carry counts, as a tag cloud sets them, under the page's
    only themes title: the profile's themes, not a sidebar's box (was: all set aside, the
    themes left empty)."""
    at = TEXT.index("Key Themes")
    end = TEXT.index("Episode Summary")
    chips = f"{title}\n\nPlatform teams (4)\nReliability (2)\nHiring (1)\n\n"
    data = parse_bytes((TEXT[:at] + chips + TEXT[end:]).encode(), "p.txt").data
    assert data["themes"] == ["Platform teams (4)", "Reliability (2)", "Hiring (1)"]
    assert not _chrome_notes(data)


@pytest.mark.parametrize("numbered", [False, True])
def test_principles_that_end_in_counts_going_on_the_list_stay_with_a_warning(
    numbered: bool,
) -> None:
    """Counted lines with no title over them that go on the list's own bullets (or its
    numbers): the principles' own, kept, and said (was: set aside, the principles cut short)."""
    at = TEXT.index("- Treat your platform")
    end = TEXT.index("Notable Quotes")
    entries = [line[2:] for line in TEXT[at:end].split("\n") if line]
    entries += ["Review incidents twice (2)", "Pair on every outage (3)"]
    lines = [f"{n}. {entry}" if numbered else f"- {entry}" for n, entry in enumerate(entries, 1)]
    page = TEXT[:at] + "\n".join(lines) + "\n\n" + TEXT[end:]
    data = parse_bytes(page.encode(), "p.txt").data
    assert data["principles"] == entries
    assert not _chrome_notes(data)
    assert [f for f in data["diagnostics"] if "end in counts" in str(f["message"])]


def test_counted_list_of_its_own_right_under_the_principles_is_set_aside() -> None:
    """The same lines as a list of their own in the markup (another ``<ul>``), no title: a
    box, set aside with a warning."""
    end = HTML.index("</section>", HTML.index("<h2>Leadership Principles"))
    box = "<ul><li>Leadership (12)</li><li>Product (7)</li></ul>"
    data = parse_bytes((HTML[:end] + box + HTML[end:]).encode(), "p.html").data
    assert data["principles"] == PRINCIPLES
    assert _chrome_notes(data)
