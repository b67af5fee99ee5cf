"""A known section title and its content on one line ("Key Themes: a, b, c"), as a blog sets a
post's tags: the title heads a section, the rest of the line is its content.

Before, the line was one paragraph: in the bio's place it was read as bio text, after a
section as that section's content (a principle, a second summary paragraph)."""

from __future__ import annotations

from conftest import SAMPLES

from extractor.pipeline import parse_bytes

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
THEMES = PAGE[PAGE.index("Key Themes") : PAGE.index("Episode Summary")]
CHIPS = ["curation", "recommendation", "AI DJ", "internal podcasting"]


def _parse(page: str) -> dict[str, object]:
    return parse_bytes(page.encode("utf-8"), "page.txt").data


def test_title_and_chips_on_one_line_are_the_themes() -> None:
    page = PAGE.replace(THEMES, "Key Themes: " + ", ".join(CHIPS) + "\n\n")
    data = _parse(page)
    assert data["themes"] == CHIPS
    before = _parse(PAGE)
    assert {k: v for k, v in data.items() if k not in ("themes", "diagnostics", "source")} == {
        k: v for k, v in before.items() if k not in ("themes", "diagnostics", "source")
    }


def test_a_colon_after_other_words_stays_in_its_paragraph() -> None:
    line = "Note: this interview was edited for length and clarity by the producers.\n\n"
    page = PAGE.replace("Episode Summary\n\n", "Episode Summary\n\n" + line)
    data = _parse(page)
    summary = data["summary"]
    assert isinstance(summary, str) and summary.startswith(line.strip())


def test_the_line_is_the_whole_section_and_share_links_under_it_are_chrome() -> None:
    """After the last section, the tags line then the site's share buttons: the buttons are
    not chips of it."""
    html = (
        "<html><body><article><h1>Ada Stone</h1><p>CEO at Acme Labs</p>"
        "<p>Ada Stone runs Acme Labs, a maker of small warehouse robots in Leeds.</p>"
        "<h2>Dimension Profile</h2><ul><li>Strategic Vision 90%</li><li>Execution 80%</li></ul>"
        "<h2>Episode Summary</h2><p>Ada Stone explains how Acme Labs builds warehouse robots "
        "for small warehouses.</p><p>Key Themes: warehouse robots, small warehouses, Leeds</p>"
        "<ul><li><a href='#'>Facebook</a></li><li><a href='#'>LinkedIn</a></li></ul>"
        "</article></body></html>"
    )
    data = parse_bytes(html.encode(), "page.html").data
    assert data["themes"] == ["warehouse robots", "small warehouses", "Leeds"]


def test_a_tags_line_after_a_box_below_the_quotes_does_not_pull_the_box_into_them() -> None:
    """The quotes, a sign-up box's text, then the tags line: the box is not read as one more
    quotation (the tags line stands apart from the profile: chrome, as it was)."""
    box = "One email a month. No spam.\n\nSign Up\n\n"
    page = PAGE.replace(THEMES, "") + "\n" + box + "Key Themes: " + ", ".join(CHIPS) + "\n"
    data = _parse(page)
    assert data["quotes"] == _parse(PAGE.replace(THEMES, ""))["quotes"]
