"""A database page's properties table (a Notion export): "Label | Value" rows under the title.

The headline is set as a property ("Role | Head of Growth at Bamboo Ledger") and the themes as
another ("Tags | referral loops, pricing tests, churn"), with no Key Themes section. Each
converter shows the cell break its own way (a pipe table, a tab in a browser's copy, a pandoc
table's columns); the readers keep it, so the label never joins the headline and the tags are
read as the themes (said so: the page does not call them themes). One fixture per shape.
"""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes
from extractor.read.properties import label_and_value, row_cells, value_columns

NAME = "Zhang Wei"
HEADLINE = "Head of Growth at Bamboo Ledger"
CHIPS = ["referral loops", "pricing tests", "churn"]
BIO = "Runs growth at Bamboo Ledger, an accounting app for small shops in Shenzhen and Singapore."
REST = """
Dimension Profile

Strategic Vision 70%
Execution & Craft 85%
Data & Experimentation 95%
Growth & Distribution 90%
Team & Leadership 60%
User Empathy & Research 55%

Episode Summary

Zhang Wei explains how Bamboo Ledger grew through referral loops and why pricing tests taught
the team more than any survey.

Leadership Principles

- Every experiment needs a kill date
- Measure retention before acquisition
"""


def page(rows: str, fmt: str) -> bytes:
    title = f"# {NAME}" if fmt == "markdown" else NAME
    rest = REST.replace("\nDimension", "\n## Dimension") if fmt == "markdown" else REST
    if fmt == "markdown":
        for title_line in ("Episode Summary", "Leadership Principles"):
            rest = rest.replace(f"\n{title_line}\n", f"\n## {title_line}\n")
    return f"{title}\n\n{rows}\n\n{BIO}\n{rest}".encode()


SHAPES = {
    # Chromium's copy of a table: cells apart by a tab.
    "tab": (f"Role\t{HEADLINE}\nTags\t{', '.join(CHIPS)}", "text"),
    # pandoc's plain text: a simple table, columns set by the border's dash runs.
    "pandoc-plain": (
        f"  ------ ----------------------------------\n  Role   {HEADLINE}\n"
        f"  Tags   {', '.join(CHIPS)}\n  ------ ----------------------------------",
        "text",
    ),
    # pandoc's Markdown: the same table, the label after an empty span (an icon).
    "pandoc-markdown": (
        f"  ------------------------- ----------------------------------\n"
        f"  {'[]{.icon}Role':<26}{HEADLINE}\n  {'Tags':<26}{', '.join(CHIPS)}\n"
        f"  ------------------------- ----------------------------------",
        "markdown",
    ),
    # html2text: cells joined by "|" with no space before it, the rule under the first row.
    "html2text": (f"Role| {HEADLINE}  \n---|---  \nTags| {', '.join(CHIPS)}  ", "markdown"),
    # markdownify: a pipe table with an empty header row.
    "markdownify": (
        f"|  |  |\n| --- | --- |\n| Role | {HEADLINE} |\n| Tags | {', '.join(CHIPS)} |",
        "markdown",
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_properties_are_headline_and_themes(shape: str) -> None:
    rows, fmt = SHAPES[shape]
    result = parse_bytes(page(rows, fmt), f"notion.{fmt}", fmt)  # type: ignore[arg-type]
    record = result.data
    assert record["name"] == NAME
    assert record["headline"] == HEADLINE
    assert (record["role"], record["company"]) == ("Head of Growth", "Bamboo Ledger")
    assert record["bio"] == BIO
    assert record["themes"] == CHIPS
    codes = {d["code"] for d in record["diagnostics"]}
    assert "themes-from-tags" in codes


HTML = (
    f'<html><body><article class="page"><header><h1 class="page-title">{NAME}</h1>'
    f'<table class="properties"><tbody><tr><th>Role</th><td>{HEADLINE}</td></tr>'
    "<tr><th>Tags</th><td>"
    + "".join(f'<span class="selected-value">{chip}</span>' for chip in CHIPS)
    + f"</td></tr></tbody></table></header><div><p>{BIO}</p>"
    "<h2>Dimension Profile</h2><table><tr><td>Strategic Vision</td><td>70%</td></tr>"
    "<tr><td>Execution &amp; Craft</td><td>85%</td></tr></table>"
    "<h2>Episode Summary</h2><p>Zhang Wei explains how Bamboo Ledger grew.</p>"
    "</div></article></body></html>"
)


def test_html_tags_property_is_the_themes() -> None:
    record = parse_bytes(HTML.encode(), "notion.html", "html").data
    assert record["headline"] == HEADLINE
    assert record["themes"] == CHIPS
    assert [d["field"] for d in record["diagnostics"] if d["code"] == "themes-from-tags"] == [
        "themes"
    ]


def test_a_key_themes_section_wins_over_the_tags() -> None:
    """The page's own themes section is the themes; its tags stay the page's."""
    rows, fmt = SHAPES["tab"]
    data = page(rows, fmt).replace(
        b"\nEpisode Summary", b"\nKey Themes\n\ngrowth loops, pricing\n\nEpisode Summary"
    )
    record = parse_bytes(data, "notion.txt", "text").data
    assert record["themes"] == ["growth loops", "pricing"]
    assert "themes-from-tags" not in {d["code"] for d in record["diagnostics"]}


def test_score_rows_stay_one_line() -> None:
    assert label_and_value(["Strategic Vision", "85%"]) is None
    assert label_and_value(["CEO", "Acme"]) is None  # an acronym is a value, not a label
    assert label_and_value(["Role", "CTO at Acme"]) == ("Role", "CTO at Acme")


def test_pandoc_columns_and_tabs() -> None:
    raws = ["  ---- -----", "  Role CTO at Acme", "", "  Role CTO at Acme"]
    assert value_columns(raws) == {2: 7}
    assert row_cells(raws[1], 7) == ["  Role ", "CTO at Acme"]
    assert row_cells("Role\tCTO at Acme", None) == ["Role", "CTO at Acme"]
    assert row_cells("Role\tCTO\tAcme", None) is None


def test_w3m_rows_closed_up_are_guessed_and_flagged() -> None:
    """w3m sets the labels' column one space wide when the labels are of one length: the
    first word of each row is taken for its label, and the guess is said."""
    rows = f"Role {HEADLINE}\nTags {', '.join(CHIPS)}"
    record = parse_bytes(page(rows, "text"), "notion.txt", "text").data
    assert record["headline"] == HEADLINE
    assert record["themes"] == CHIPS
    guessed = [d for d in record["diagnostics"] if d["code"] == "properties-guessed"]
    assert [d["field"] for d in guessed] == ["headline"]
    assert "'Role', 'Tags'" in guessed[0]["message"]


def test_a_headline_and_a_line_under_it_are_no_properties() -> None:
    """ "Head of Growth at ..." starts with a capitalised word too; its rest is no headline."""
    rows = f"{HEADLINE}\nBased in Singapore"
    record = parse_bytes(page(rows, "text"), "notion.txt", "text").data
    assert record["headline"] == HEADLINE
    assert "properties-guessed" not in {d["code"] for d in record["diagnostics"]}


def test_a_headline_over_a_byline_is_no_properties_table() -> None:
    """Two lines under the name that each start with a capitalised word, but of two lengths:
    no label column, so no properties."""
    rows = "Chief Design Officer at Hoshi Mobility\nEda Kaya"
    record = parse_bytes(page(rows, "text"), "notion.txt", "text").data
    assert record["headline"] == "Chief Design Officer at Hoshi Mobility"
    assert "properties-guessed" not in {d["code"] for d in record["diagnostics"]}


def test_chips_set_as_touching_spans_are_the_chips() -> None:
    """A multi-select's values as spans side by side, no space between: pandoc's Markdown
    keeps ``[a]{.x}[b]{.x}``, its GitHub Markdown the HTML spans. Each span is a chip, no
    segmenter guess."""
    spans = "".join(f"[{chip}]{{.selected-value}}" for chip in CHIPS)
    html = "".join(f'<span class="selected-value">{chip}</span>' for chip in CHIPS)
    for value in (spans, html):
        rows = f"|  |  |\n|---|---|\n| Role | {HEADLINE} |\n| Tags | {value} |"
        record = parse_bytes(page(rows, "markdown"), "notion.md", "markdown").data
        assert record["themes"] == CHIPS
        assert "themes-segmented" not in {d["code"] for d in record["diagnostics"]}


def test_a_property_label_is_never_the_name() -> None:
    """Under a one-word name (the page's icon above it), "Role" and "Tags" are written like
    names too; a label with its value on its line is the page's."""
    rows = "Role\tAcme Studios · Chief of Staff\nTags\toperating rhythm"
    data = "🧭\n".encode() + page(rows, "text").replace(NAME.encode(), b"Thandiwe", 1)
    record = parse_bytes(data, "notion.txt", "text").data
    assert record["name"] == "Thandiwe"
    assert record["headline"] == "Acme Studios · Chief of Staff"
    assert record["themes"] == ["operating rhythm"]


def test_a_one_line_page_name_in_a_paragraph_is_still_the_name() -> None:
    """Minified HTML has every block on line 1: a two-word name in a <p> with the headline
    "on its line" after it is no property row (trial3's Google Docs export)."""
    html = (
        f'<html><body><p class="title">{NAME}</p><p>{HEADLINE}</p><p>{BIO}</p>'
        "<p>Dimension Profile</p><p>Strategic Vision\t70%</p><p>Execution &amp; Craft\t85%</p>"
        "<p>Key Themes</p><ul>" + "".join(f"<li>{c}</li>" for c in CHIPS) + "</ul>"
        "<p>Episode Summary</p><p>Zhang Wei explains how Bamboo Ledger grew.</p></body></html>"
    )
    record = parse_bytes(html.encode(), "doc.html", "html").data
    assert record["name"] == NAME
    assert record["headline"] == HEADLINE


def test_a_name_with_its_headline_on_its_line_is_no_property_row() -> None:
    """A layout cell sets the name and the headline on one source line, a menu of other
    names above it: one "row" alone is no properties table, the name stays the name."""
    menu = "\n".join(f"<p>{other}</p>" for other in ("Ines Carvalho", "Wen Jie Lau"))
    html = (
        f"<html><body><table><tr><td>\n{menu}\n</td><td>\n"
        f"<p><strong>{NAME}</strong></p><p>{HEADLINE}</p>\n<p>{BIO}</p>\n"
        "<h2>Dimension Profile</h2>\n<p>Strategic Vision 70%</p>\n<p>Execution &amp; Craft 85%</p>\n"
        "<h2>Key Themes</h2>\n<p>referral loops, pricing tests, churn</p>\n"
        "<h2>Episode Summary</h2>\n<p>Zhang Wei explains how Bamboo Ledger grew.</p>\n"
        "</td></tr></table></body></html>"
    )
    record = parse_bytes(html.encode(), "layout.html", "html").data
    assert record["name"] == NAME
    assert record["headline"] == HEADLINE
