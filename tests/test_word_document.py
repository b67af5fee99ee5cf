"""A profile written in a word processor and saved as a web page: a document-control table
under the headline, a table of contents with dot leaders and page numbers, and a footnote's
mark after the bio's last sentence.

The table of contents is the document's furniture: never the bio, never the name. The
document-control rows are key/value rows (one value may read like a label: "Events office").
A footnote's mark is cut from the sentence it follows. Whole pages (made up)."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.parsing.chrome import contents_entries
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind
from extractor.record.serialize import record_dict

NAME = "Ruairí Ó Fathaigh"
HEADLINE = "Managing Director at Clochán Stone Works"
BIO = f"{NAME} runs a quarry and masonry firm of forty people in Connemara."
SCORES = (("Stone Supply", 88), ("Site Safety", 76), ("Planning Work", 64))
TITLES = ("Biography", "Episode Summary", "Dimension Profile", "Key Themes")
SECTIONS = (
    f"Episode Summary\n\n{NAME} on keeping a quarry open in a protected landscape.\n\n"
    "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
    "Key Themes\n\nstone masonry, planning permission, apprenticeships, Connemara\n"
)


def _parse(page: str, name: str = "doc.txt") -> dict[str, Any]:
    fmt = {"html": "html", "md": "markdown"}.get(name.rsplit(".", 1)[-1], "text")
    return record_dict(parse_bytes(page.encode("utf-8"), name, fmt).record)


def _page(contents: str, mark: str = "[1]") -> str:
    return (
        "INTERNAL – briefing pack – draft 2\n\n"
        f"{NAME}\n\n{HEADLINE}\n\n"
        "Prepared by\n\nEvents office\n\nDate\n\n4 March 2026\n\nStatus\n\nApproved for release\n\n"
        f"Contents\n\n{contents}\n\n"
        f"Biography\n\n{BIO}{mark}\n\n{SECTIONS}\n"
        "[1] Figures from the firm's annual return.\n"
    )


def _dotted(spaced: str = "") -> str:
    return "\n\n".join(f"{t}{spaced}{'.' * (50 - len(t))} {n}" for n, t in enumerate(TITLES, 1))


@pytest.mark.parametrize("spaced", ["", ". "], ids=["leader", "stop-then-leader"])
def test_a_table_of_contents_is_neither_bio_nor_name(spaced: str) -> None:
    """Before, the entries were the bio's start (the bio given twice) and, with the
    document-control rows above, a row's label was taken for the name."""
    record = _parse(_page(_dotted(spaced)))
    assert (record["name"], record["headline"], record["bio"]) == (NAME, HEADLINE, BIO)
    chrome = [d["message"] for d in record["diagnostics"] if d["code"] == "site-chrome"]
    assert any("table of contents" in message for message in chrome)


def test_entries_cut_in_two_by_a_converter() -> None:
    """A Markdown converter that keeps the entries' links may set each title apart from its
    leader and page number ("[Biography ." over ". . . 1](#_Toc1)")."""
    contents = "\n\n".join(f"[{t} .\n\n{'.' * 40} {n}](#_Toc{n})" for n, t in enumerate(TITLES, 1))
    record = _parse(_page(contents).replace("Contents", "Table of contents"), "doc.md")
    assert (record["name"], record["bio"]) == (NAME, BIO)


@pytest.mark.parametrize("mark", ["[1]", " [1]", "[[1]](#_ftn1)"])
def test_a_footnotes_mark_after_the_bio_is_cut(mark: str) -> None:
    record = _parse(_page(_dotted(), mark))
    assert record["bio"] == BIO


def _blocks(*texts: str) -> list[Block]:
    return [Block(Kind.PARAGRAPH, text, line, line) for line, text in enumerate(texts, 1)]


def test_one_dotted_line_is_no_table_of_contents() -> None:
    """A form's blank to fill in ("Signed ........ 1") is one line: two entries at least."""
    assert contents_entries(_blocks("Signed ......... 1", "Alpha"), 0) == 0
    assert contents_entries(_blocks("Alpha ......... 1", "Beta …… 2", "Gamma"), 0) == 2


def test_a_table_whose_cells_are_paragraphs() -> None:
    """A browser's copy of a word processor's table: each cell a paragraph of its own, blank
    lines between, the heading cells over the rows ("Dimension", "Score (0-100)"). A text
    reader takes each short label for a title; before, the heading cell opened a section of
    its own and every row after it was lost to the dimensions."""
    rows = "".join(f"{name}\n\n\t\n\n{score}\n\n\n\n" for name, score in SCORES)
    page = (
        f"{NAME}\n\n{HEADLINE}\n\nBiography\n\n{BIO}\n\n"
        f"Dimension Profile\n\nDimension\n\n\t\n\nScore (0\u2013100)\n\n\n\n{rows}"
        "Key Themes\n\nstone masonry, planning permission, apprenticeships, Connemara\n"
    )
    record = _parse(page)
    assert [(d["name"], d["score"]) for d in record["dimensions"]] == list(SCORES)
    assert not [d for d in record["diagnostics"] if d["code"] == "content-unplaced"]


def test_tags_in_one_paragraph_under_a_title_no_rule_knows() -> None:
    """Themes written as one paragraph, split by semicolons, under the document's own title:
    a long line of many words, but tags, not prose. Before, the line counted as prose, so the
    title over it was never typed and both were lost to the section above."""
    themes = ["stone masonry", "planning permission", "apprenticeships", "Connemara granite"]
    themes += ["quarry safety", "export markets", "family business"]
    page = (
        f"{NAME}\n\n{HEADLINE}\n\nBiography\n\n{BIO}\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        f"Areas we cover\n\n{'; '.join(themes)}\n\n"
        "Leadership Principles\n\n- Cut the stone you can sell\n- Train two for every one who "
        "retires\n- Ask the neighbours first\n"
    )
    record = _parse(page)
    assert record["themes"] == themes


def test_a_drawn_table_run_into_one_paragraph_with_its_heading_row() -> None:
    """A text browser draws the table (walls, rules) and its reader joins the lines into one
    paragraph: the heading row names the columns ("Score (0-100)"), so the bare numbers under
    it are scores. Before, the whole table was one line placed in no field."""
    rule = "   +" + "-" * 50 + "+" + "-" * 16 + "+"
    rows = "".join(f"   |{name:<50}|{score:<16}|\n{rule}\n" for name, score in SCORES)
    table = f"{rule}\n   |{'Dimension':<50}|{'Score (0-100)':<16}|\n{rule}\n{rows}"
    page = (
        f"{NAME}\n\n{HEADLINE}\n\nBiography\n\n{BIO}\n\nDimension Profile\n\n{table}\n"
        "Key Themes\n\nstone masonry, planning permission, apprenticeships, Connemara\n"
    )
    record = _parse(page)
    assert [(d["name"], d["score"]) for d in record["dimensions"]] == list(SCORES)


@pytest.mark.parametrize("mark", ["·", "•", "▪"])
def test_a_bullet_kept_as_text_before_each_principle_is_cut(mark: str) -> None:
    """A word processor's list whose bullet is a character of a symbol font: a converter
    keeps it as text before each item ("·        Cut the stone"). Before, the mark stayed on
    every principle, with no warning. An ASCII dash or star stays (it may be the text's)."""
    items = ["Cut the stone you can sell", "Train two for every one who retires"]
    lines = "\n\n".join(f"{mark}        {item}" for item in items)
    page = (
        f"{NAME}\n\n{HEADLINE}\n\nBiography\n\n{BIO}\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        f"Leadership Principles\n\n{lines}\n\n"
        "Key Themes\n\nstone masonry, planning permission, apprenticeships, Connemara\n"
    )
    assert _parse(page)["principles"] == items
    # pandoc's Markdown of the page: each mark in a span of its own, kept before the text
    spans = "\n\n".join(
        f'[{mark}[        ]{{style="font:7.0pt"}}]{{lang="EN-GB"\nstyle="font-family:Symbol"}}'
        f'[{item}]{{lang="EN-GB"}}'
        for item in items
    )
    markdown = page.replace(lines, spans).replace(
        "Leadership Principles", "## Leadership Principles"
    )
    for title in ("Biography", "Dimension Profile", "Key Themes"):
        markdown = markdown.replace(f"\n{title}\n", f"\n## {title}\n")
    assert _parse(markdown, "doc.md")["principles"] == items
