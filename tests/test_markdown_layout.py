"""html2text and markdownify on a page laid out with a table (menu cell | profile cell).

html2text writes a table row as its cells' texts joined by ``|``, so the menu cell's last line
and the profile cell's first share one line, and writes the rule under the table's first row
under the cells' hard-broken lines, where it reads as a setext underline. The Markdown reader
takes such rows apart; a pipe between spaces, as people write one, stays text. markdownify
writes a table nested in a cell on its parent row's one line (see :mod:`extractor.read.mdnested`).
"""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from hypothesis import given, strategies as st

from extractor.pipeline import parse_bytes
from extractor.read.markdown import _cells_of, read_markdown
from extractor.read.mdnested import holds_a_table, nested_rows
from extractor.record.serialize import record_dict

html2text = pytest.importorskip("html2text")

MENU = (
    '<b>Menu</b><br><a href="/">Home</a><br><a href="/l">All leaders</a><br><br>'
    '<b>Other guests</b><br><a href="/p/1">Ines Carvalho</a><br><a href="/p/2">Ama Boateng</a>'
)


def layout_page(article: str) -> str:
    """The profile in a cell of a layout table, as sites of the 2000s set pages. (No cell
    after it: html2text would put its text on the profile's last line, after " | ", which
    reads as the attribution's own words; a known gap.)"""
    return (
        '<html><body><table><tr><td colspan="3"><b>LEADERS WEEKLY</b></td></tr>'
        f"<tr><td>{MENU}</td><td></td><td>{article}</td></tr>"
        '<tr><td colspan="3">Copyright 2026 | Contact</td></tr></table></body></html>'
    )


PAGE = (SAMPLES / "gustav-soderstrom.html").read_text("utf-8")


def profile_cell() -> str:
    """The sample's article, opening with the name in bold and the headline under it."""
    found = re.search(r'<article class="leader">(.*)</article>', PAGE, re.S)
    assert found
    return re.sub(
        r"<header.*?</header>",
        "<b>Gustav Soderstrom</b><br>Co-President, CPO and CTO at Spotify<br>",
        found[1],
        flags=re.S,
    )


def profile_table(article: str) -> str:
    """The profile's parts as rows of a table of its own (name, bio, each section's title,
    each score, ...), as table-laid-out sites set them."""
    rows = [
        "<b>Gustav Soderstrom</b><br>Co-President, CPO and CTO at Spotify",
        "Co-President, Chief Product Officer and Chief Technology Officer at Spotify.",
        "Dimension Profile",
        "Strategic Vision</td><td>95%",
        "Execution &amp; Craft</td><td>70%",
        "Key Themes",
        "AI DJ, internal podcasting",
        "Leadership Principles",
        "<ol><li>Design for the phone your customer has</li><li>Reliability is the product</li></ol>",
        "Notable Quotes",
        "<i>\u201cShip it.\u201d</i> \u2014 On speed",
    ]
    inner = "".join(f"<tr><td>{row}</td></tr>" for row in rows)
    return f"<table>{inner}</table>"


def test_the_menu_cell_s_last_link_is_not_the_leader_s_name() -> None:
    page = PAGE
    markdown = str(html2text.HTML2Text().handle(layout_page(profile_cell())))
    assert re.search(r"Ama Boateng\]\(/p/2\)\| \| +\*\*Gustav", markdown)  # the glued row
    record = record_dict(parse_bytes(markdown.encode(), "page.md").record)
    expected = record_dict(parse_bytes(page.encode(), "page.html").record)
    assert record["name"] == "Gustav Soderstrom"
    assert record["headline"] == "Co-President, CPO and CTO at Spotify"
    for key in ("dimensions", "themes", "summary", "principles", "quotes"):
        assert record[key] == expected[key], key


def test_cells_are_taken_apart_only_at_a_pipe_glued_to_text() -> None:
    assert _cells_of("[Wen Jie Lau](/p/3)| | **Chidi Okonkwo-Hart**") == [
        "[Wen Jie Lau](/p/3)",
        "**Chidi Okonkwo-Hart**",
    ]
    assert _cells_of("Strategic Vision| 85%") == ["Strategic Vision 85%"]
    assert _cells_of("Product Leader | Speaker | Author") is None
    assert _cells_of("Copyright 2026 | Contact") is None


def test_the_rule_under_hard_broken_cell_lines_is_no_heading() -> None:
    text = "**Chidi Okonkwo-Hart**  \nHead of Product at Kobo Rail  \n---  \nLeads payments.\n"
    blocks = read_markdown(text)
    assert [b.kind.value for b in blocks] == ["paragraph", "paragraph", "paragraph"]
    assert [b.text for b in blocks][:2] == ["Chidi Okonkwo-Hart", "Head of Product at Kobo Rail"]
    # One line over a dash run is a setext heading still.
    assert read_markdown("Key Themes\n---\n\nmentorship\n")[0].kind.value == "heading"


def test_a_hard_break_is_never_undone_as_a_wrap() -> None:
    """html2text ends a cell's last line with a hard break; the next cell's title must not
    join it however full the line is."""
    filler = "word " * 14
    text = (
        f"{filler}\n{filler}\n{filler}\n"
        "registration and the public APIs that insurers and garages use here.  \n"
        "Dimension Profile  \nStrategic Vision| 70%  \n"
    )
    texts = [b.text for b in read_markdown(text)]
    assert "Dimension Profile" in texts
    assert "Strategic Vision 70%" in texts


def test_markdownify_s_one_line_nested_table_is_read_row_by_row() -> None:
    markdownify = pytest.importorskip("markdownify")
    markdown = str(markdownify.markdownify(layout_page(profile_table(""))))
    assert any("Gustav" in line and "| --- |" in line for line in markdown.split("\n"))
    record = record_dict(parse_bytes(markdown.encode(), "page.md").record)
    assert record["name"] == "Gustav Soderstrom"
    assert record["headline"] == "Co-President, CPO and CTO at Spotify"
    assert record["dimensions"] == [
        {"name": "Strategic Vision", "score": 95},
        {"name": "Execution & Craft", "score": 70},
    ]
    assert record["themes"] == ["AI DJ", "internal podcasting"]
    assert record["principles"] == [
        "Design for the phone your customer has",
        "Reliability is the product",
    ]
    assert record["quotes"] == [
        {"text": "Ship it.", "speaker": "Gustav Soderstrom", "context": "On speed"}
    ]


@given(
    st.lists(
        st.one_of(st.just(""), st.just("---"), st.text("ab *Xy,.&%", min_size=1, max_size=12)),
        max_size=20,
    )
)
def test_a_flattened_table_loses_no_cell_text(cells: list[str]) -> None:
    cells = [cell.strip() for cell in cells]
    if not holds_a_table(cells):
        return
    kept = [cell for cell in cells if cell and cell.strip("-")]
    pieces = nested_rows(cells)
    assert " ".join(raw for _, raw, _ in pieces).split() == " ".join(kept).split()


def test_a_flattened_cell_s_paragraphs_and_glyph_list_come_apart() -> None:
    """markdownify writes a ``<br>`` inside a layout table's cell as a space, so a paragraph
    break (two ``<br>``) is two spaces, and a list of "&middot;" lines one line of items.
    Before, the bio's two paragraphs were read as one, and the principles as one principle
    "· A · B", with no warning."""
    bio = ["Mira Holt runs the Tern Valley dairy co-op.", "She joined it in 2009 as a driver."]
    principles = ["Count the churns twice", "Pay on Friday", "Fix the road first"]
    cells = [
        "**Mira Holt** *Chair at Tern Valley Dairy*",
        "  ".join(bio),
        "**Dimension Profile**",
        "Strategic Vision | 80",
        "Execution & Craft | 75",
        "**Key Themes**",
        "dairy, co-ops",
        "**Leadership Principles**",
        "· " + " · ".join(principles),
    ]
    row = " | | ".join(cells)
    page = (
        f"Tern Valley\n\n|  |  |\n| --- | --- |\n| [Home](#) | |  |  | | --- | --- | | {row} | |\n"
    )
    record = record_dict(parse_bytes(page.encode(), "page.md").record)
    assert record["name"] == "Mira Holt"
    assert record["bio"] == "\n\n".join(bio)
    assert record["principles"] == principles
