"""Side-by-side columns in a text dump (w3m, links, elinks, inscriptis on a table layout).

The dump is made here the way a text browser lays out a three-cell table row: a menu cell,
the profile cell wrapped at its own width, an advertisement cell; the page must parse to the
same record as the profile alone, every line keeping its source number.
"""

from __future__ import annotations

import textwrap

from conftest import SAMPLES
from hypothesis import given, strategies as st

from extractor.parsing.sections import is_section_title
from extractor.pipeline import parse_bytes
from extractor.read.columns import _GAP, _has_gap, column_lines
from extractor.read.text import read_text
from extractor.record.serialize import record_dict

PROFILE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
MENU = ["Menu", "Home", "All leaders", "Search", "", "Other guests", "Ines Carvalho", "Ama Boateng"]
IGNORED = ("source", "diagnostics", "provenance")


def dump(width: int = 38, gutter: int = 24, side: int = 64) -> str:
    column: list[str] = []
    for line in PROFILE.split("\n"):
        lead = len(line) - len(line.lstrip())
        wrapped = textwrap.wrap(line.strip(), width - lead, break_on_hyphens=False)
        column += [" " * lead + part for part in wrapped] or [""]
    rows = []
    for i, text in enumerate(column):
        left = MENU[i] if i < len(MENU) else ""
        row = left.ljust(gutter) + text
        if i == 0:
            row = row.ljust(side) + "Advertisement"
        rows.append(row.rstrip())
    return "OPERATORS ONLINE\n\n" + "\n".join(rows) + "\n\nCopyright 2026 | Webmaster | Top\n"


def content(data: str, name: str) -> dict[str, object]:
    record = record_dict(parse_bytes(data.encode("utf-8"), name).record)
    return {k: v for k, v in record.items() if k not in IGNORED}


def test_a_profile_beside_a_menu_and_an_ad_cell_parses_as_the_profile() -> None:
    assert content(dump(), "dump.txt") == content(PROFILE, "page.txt")


def test_each_column_keeps_its_source_line_numbers() -> None:
    text = dump()
    lines = column_lines(text)
    assert lines is not None
    source = text.split("\n")
    for line in lines:
        if line.text:
            words = line.text.split()
            assert all(word in source[line.number - 1] for word in words)


def test_a_two_column_table_of_scores_is_not_a_layout() -> None:
    table = "\n".join(f"{name:<30}{score}%" for name, score in [("Strategic Vision", 95)] * 12)
    assert column_lines("Dimension Profile\n" + table) is None
    assert column_lines(PROFILE) is None


@given(st.text(alphabet=" a\n\t.\u00a0", max_size=40))
def test_the_quick_gap_test_is_the_pattern(text: str) -> None:
    assert _has_gap(text) == bool(_GAP.search(text))


def test_a_bulleted_list_with_hanging_indents_is_not_a_column() -> None:
    """pandoc's plain text sets each item as "-   text" with its wrapped lines indented to the
    text: the marker and the text line up like a gutter, but a list is one column."""
    items = [
        "-   The internet went from curation to recommendation to generation —",
        "    each era requires rethinking your entire product and sometimes your",
        "    business model",
    ]
    text = "\n".join(["Leadership Principles", "", *items * 4, "", "Notable Quotes"])
    assert column_lines(text) is None


def narrow_dump(headline: str, bio: str | None = None, width: int = 36) -> str:
    """A text browser's table cell without blank lines between its rows (w3m sets one row of
    the layout table under the other), the headline (and bio) wrapped at the cell's width."""
    lines = [line for line in PROFILE.split("\n") if line.strip()]
    at = lines.index("Co-President, CPO and CTO at Spotify")
    lines[at] = headline
    if bio is not None:
        lines[at + 1] = bio
    column = [part for line in lines for part in textwrap.wrap(line.strip(), width)]
    menu = MENU + [""] * len(column)
    rows = [(menu[i].ljust(24) + text).rstrip() for i, text in enumerate(column)]
    rows[0] = rows[0].ljust(64) + "Advertisement"
    return "OPERATORS ONLINE\n\n" + "\n".join(rows) + "\n"


def test_a_company_name_wrapped_in_a_narrow_cell_stays_in_the_headline() -> None:
    """'Director of Research at Volta' / 'Institute for Energy': the second line looks like a
    title, but it is no section's and the wrap cut a capitalised name."""
    headline = "Director of Research at Volta Institute for Energy"
    page = narrow_dump(headline)
    assert "Volta\n" in page  # the cell's width did cut the name
    record = content(page, "dump.txt")
    assert record["headline"] == headline
    assert record["company"] == "Volta Institute for Energy"


def test_a_known_title_under_a_full_line_ending_in_a_name_stays_a_title() -> None:
    """The same wrap shape with a section's title under it: the title starts its section."""
    lines = [
        "Leads a team of forty researchers in Accra",
        "studying mini-grids and solar home for Volta",
        "Dimension Profile",
        "Strategic Vision 95%",
    ]
    page = "\n".join(["Some filler words to set the width of the text."] * 3 + lines) + "\n"
    assert "Dimension Profile" in [b.text for b in read_text(page, is_section_title)]
    # Without the section names the shape alone reads it as the name's wrapped tail.
    assert "Dimension Profile" not in [b.text for b in read_text(page)]


def test_lynx_button_markers_are_not_the_page_s_text() -> None:
    """lynx writes a button as "(BUTTON) label": an accordion's titles come out so."""
    page = PROFILE.replace("Key Themes", "(BUTTON) Key Themes").replace(
        "Dimension Profile", "(BUTTON) Dimension Profile"
    )
    assert content(page, "page.txt") == content(PROFILE, "page.txt")


def test_pandoc_plain_s_empty_image_marks_are_not_the_page_s_text() -> None:
    """pandoc's plain writer prints an image without alt text (a list item's icon) as "[]"."""
    page = PROFILE.replace("  • ", "  • []")
    assert page != PROFILE
    assert content(page, "page.txt") == content(PROFILE, "page.txt")


def test_a_section_title_under_a_full_line_starts_its_section() -> None:
    """A chip line that fills the wrap width, the next section's title right under it."""
    lines = [
        "CTO at Nordkraft AB, a Swedish maker of industrial heat pumps and firmware.",
        "",
        "Key Themes",
        "heat pumps firmware updates remote diagnostics hardware & software teams",
        "Episode Summary",
        "",
        "Björn Åkesson explains how Nordkraft ships firmware updates to heat pumps.",
    ]
    blocks = [b.text for b in read_text("\n".join(lines) + "\n", is_section_title)]
    assert "Episode Summary" in blocks


def test_a_prose_line_ending_unfinished_runs_on_in_a_page_without_blank_lines() -> None:
    """w3m sets a table cell's text without blank lines, wrapped at the cell: a line of prose
    that ends in "the" or "and" did not end its paragraph (one that ends in "in" may have)."""
    lines = [
        "Siobhán O'Brien",
        "VP Product at Lantern Health",
        "Leads product at Lantern Health, a telehealth company for rural clinics and",
        "GP practices in Ireland, after ten years building booking software.",
        "Dimension Profile",
        "Strategic Vision 80%",
    ]
    texts = [b.text for b in read_text("\n".join(lines) + "\n", is_section_title)]
    assert texts[2] == " ".join(lines[2:4])
    assert "Dimension Profile" in texts


def test_a_row_of_lynx_buttons_is_a_row_of_chips_even_wrapped() -> None:
    """Chips set as <button>s come out of lynx as "(BUTTON) chip (BUTTON) chip ...", wrapped
    at its width: the row gives the chips, each whole."""
    chips = [
        "curation to recommendation to generation era",
        "fault-tolerant user interfaces for AI",
        "product magic tricks for virality",
        "AI DJ as generative product innovation",
    ]
    row = " ".join(f"(BUTTON) {chip}" for chip in chips)
    wrapped = "\n".join(textwrap.wrap(row, 72))
    line = next(t for t in PROFILE.split("\n") if t.startswith("curation to recommendation"))
    record = content(PROFILE.replace(line, wrapped), "page.txt")
    assert record["themes"] == chips
