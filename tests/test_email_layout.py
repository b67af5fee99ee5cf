"""An email newsletter's profile: every part in a cell of a nested presentation table.

Converters write those tables their own ways; each shape here is one they produce, read as
the profile it lays out. One test per shape, on the smallest text that shows it.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.blocks import Kind
from extractor.read.markdown import read_markdown

# html2text's lines end in two spaces (a hard break) where the email's cells end.
HEAD = "  \n".join(
    [
        "# Zhang Wei",
        "",
        " _Head of Growth at Bamboo Ledger_",
        "Runs growth at Bamboo Ledger, an accounting app for small shops in Shenzhen\n"
        "and Singapore.",
        "Dimension Profile",
        "| Strategic Vision| **70%**",
        "---|---",
        "Execution & Craft| **85%**",
        "Data & Experimentation| **95%**",
        "Key Themes",
        "referral loops · pricing tests · churn",
        "",
    ]
)


def test_html2text_numbered_list_as_table_rows() -> None:
    """A numbered list laid out as a table: number cell, text cell. The number is the item's
    marker, not part of the principle."""
    text = HEAD + (
        "Leadership Principles  \n| 1.| Every experiment needs a kill date  \n---|---  \n"
        "2.| Measure retention before acquisition  \n"
    )
    record = parse_bytes(text.encode(), "email.md", "markdown").data
    assert record["principles"] == [
        "Every experiment needs a kill date",
        "Measure retention before acquisition",
    ]
    items = [b for b in read_markdown(text) if b.kind is Kind.ITEM]
    assert [b.marker for b in items] == ["1.", "2."]


def test_html2text_one_column_row_mark_is_not_text() -> None:
    """A one-column table's row: ``| `` before the cell's first line, the head rule after
    its last. The quotation starts at its quote mark, not at the pipe."""
    text = HEAD + (
        "Notable Quotes  \n"
        "|  _'A referral loop is only a loop if the second person also invites\n"
        "someone.'_  \n— On referral loops  \n---  \n"
        " _'We ran forty pricing tests and the answer was the price on the napkin.'_  \n"
        "— On pricing tests  \n"
    )
    record = parse_bytes(text.encode(), "email.md", "markdown").data
    assert [q["text"] for q in record["quotes"]] == [
        "A referral loop is only a loop if the second person also invites someone.",
        "We ran forty pricing tests and the answer was the price on the napkin.",
    ]
    assert [q["context"] for q in record["quotes"]] == ["On referral loops", "On pricing tests"]


def test_a_pipe_at_a_line_start_without_a_rule_stays() -> None:
    """No head rule under it: a line that starts with a pipe is the writer's text."""
    blocks = read_markdown("| not a table row\nbut text\n")
    assert blocks[0].text.startswith("| not a table row")


def test_w3m_right_aligned_cell_sets_no_wrap_width() -> None:
    """w3m pads a right-aligned cell ("View in browser") out past its 80 columns; that line's
    length is the alignment's, so the paragraphs wrapped at 80 columns are still joined."""
    from extractor.read.reflow import wrap_width
    from extractor.read.text import read_text

    bio = (
        "Runs growth at Bamboo Ledger, an accounting app for small shops in Shenzhen and\n"
        "Singapore, after two payments start-ups."
    )
    lines = [
        " " * 70 + "View in browser",
        "Zhang Wei",
        "",
        "Head of Growth at Bamboo Ledger",
        *bio.split("\n"),
        "Zhang Wei explains how Bamboo Ledger grew through referral loops inside WeChat",
        "mini-programs and why the Singapore launch taught the team more about pricing",
        "than any test had.",
    ]
    assert wrap_width(lines) == 79  # the widest wrapped line's length
    texts = [b.text for b in read_text("\n".join(lines))]
    assert " ".join(bio.split("\n")) in texts


# pandoc's plain text of an email: one-column layout tables nested, each cell framed, each
# cell wrapped at its own width (a quotation's cell holds a one-column table of its own).
GRID = """+:-----------------------------------------------------:+
| +--------------------------------------------------:+ |
| | Zhang Wei                                         | |
| +---------------------------------------------------+ |
| | Head of Growth at Bamboo Ledger                   | |
| +---------------------------------------------------+ |
| | Runs growth at Bamboo Ledger, an accounting app   | |
| | for small shops in Shenzhen and Singapore.        | |
| +---------------------------------------------------+ |
| | Dimension Profile                                 | |
| +---------------------------------------------------+ |
| |   ------------------------- -----                 | |
| |   Strategic Vision            70%                 | |
| |   Execution & Craft           85%                 | |
| |   Data & Experimentation      95%                 | |
| |   ------------------------- -----                 | |
| +---------------------------------------------------+ |
| | Key Themes                                        | |
| +---------------------------------------------------+ |
| | referral loops · pricing tests · retention        | |
| | cohorts · churn                                   | |
| +---------------------------------------------------+ |
| | Leadership Principles                             | |
| +---------------------------------------------------+ |
| |   ---- ----------------------------------------   | |
| |   1.   Every experiment needs a kill date         | |
| |   2.   Measure retention before acquisition       | |
| |   ---- ----------------------------------------   | |
| +---------------------------------------------------+ |
| | Notable Quotes                                    | |
| +---------------------------------------------------+ |
| |   ---------------------------------------------   | |
| |   'A referral loop is only a loop if the          | |
| |   second person also invites someone.'            | |
| |   — On referral loops                             | |
| |   ---------------------------------------------   | |
| +---------------------------------------------------+ |
+-------------------------------------------------------+
"""


def test_pandoc_grid_one_column_layout() -> None:
    """The frames come off, each cell is a block, a cell's wraps are undone at its width."""
    from extractor.read.grid import without_grid_frames

    unframed = without_grid_frames(GRID)
    assert len(unframed.split("\n")) == len(GRID.split("\n"))  # line numbers stay
    assert "referral loops · pricing tests · retention cohorts · churn" in unframed
    record = parse_bytes(GRID.encode(), "email.txt", "text").data
    assert record["name"] == "Zhang Wei"
    assert record["headline"] == "Head of Growth at Bamboo Ledger"
    assert record["bio"].endswith("in Shenzhen and Singapore.")
    assert [d["score"] for d in record["dimensions"]] == [70, 85, 95]
    assert record["themes"] == ["referral loops", "pricing tests", "retention cohorts", "churn"]
    assert record["principles"] == [
        "Every experiment needs a kill date",
        "Measure retention before acquisition",
    ]
    assert [(q["text"], q["context"]) for q in record["quotes"]] == [
        (
            "A referral loop is only a loop if the second person also invites someone.",
            "On referral loops",
        )
    ]


def test_pandoc_markdown_numbered_rows() -> None:
    """pandoc's Markdown escapes a list number in a table cell ("1\\."): still the item's."""
    text = "  ---- --------------------\n  1\\.   Ship small\n  2\\.   Ship often\n  ---- ----\n"
    items = [(b.marker, b.text) for b in read_markdown(text) if b.kind is Kind.ITEM]
    assert items == [("1.", "Ship small"), ("2.", "Ship often")]


def test_grid_of_cells_side_by_side_is_left_alone() -> None:
    """A layout of several columns (menu | profile) is not one cell a row: not unframed."""
    from extractor.read.grid import without_grid_frames

    text = "+------+------+\n| Menu | Name |\n+------+------+\n"
    assert without_grid_frames(text) == text


def test_pandoc_markdown_heading_cut_in_a_grid_cell() -> None:
    """pandoc cuts a heading wider than its cell: at a space, or mid-word with the last piece
    filling the cell. Either way the heading is one line again."""
    from extractor.read.grid import without_grid_frames

    cut = (
        "+:-----------------------------------:+\n"
        "| # Amaka Okon                        |\n"
        '| kwo-Nwosu {#amaka style="margin:0"} |\n'
        "+-------------------------------------+\n"
        "| # Bernardo de la Cruz y             |\n"
        "| Montenegro {#b}                     |\n"
        "+-------------------------------------+\n"
    )
    lines = without_grid_frames(cut, rejoin=False).split("\n")
    assert lines[1] == '# Amaka Okonkwo-Nwosu {#amaka style="margin:0"}'
    assert lines[4] == "# Bernardo de la Cruz y Montenegro {#b}"
    headings = [b.text for b in read_markdown("\n".join(lines)) if b.kind is Kind.HEADING]
    assert headings == ["Amaka Okonkwo-Nwosu", "Bernardo de la Cruz y Montenegro"]


def test_pandoc_gfm_html_table_document_is_read_as_html() -> None:
    """pandoc's GitHub Markdown of an email is its layout table as raw HTML: read as HTML,
    the heading broken over the tag's lines is one heading, each chip its own element. A
    table column's width (``<col style="width: 100%">``) is layout, no score bar."""
    from extractor.read.grid import is_html_table_document

    rows = [
        '<h1 id="z">Zhang\nWei</h1>',
        "<em>Head of Growth at Bamboo\nLedger</em>",
        "Runs growth at Bamboo Ledger, an accounting app for small shops in\nShenzhen.",
        "Dimension Profile",
        '<table role="presentation"><colgroup><col style="width: 100%" /></colgroup>\n'
        "<tr><td>Strategic Vision</td><td><strong>70%</strong></td></tr>\n"
        "<tr><td>Execution &amp; Craft</td><td><strong>85%</strong></td></tr></table>",
        "Key Themes",
        '<span style="color:#00f">referral\nloops</span> · <span>pricing tests</span>',
        "Notable Quotes",
        '<table role="presentation"><colgroup><col style="width: 100%" /></colgroup>\n'
        "<tr><td><em>'A referral loop is only a loop if the second person also\n"
        "invites someone.'</em><br />\n<span>— On referral loops</span></td></tr></table>",
    ]
    body = "\n".join(
        f'<tr class="odd">\n<td\nstyle="text-align: right">{row}</td>\n</tr>' for row in rows
    )
    text = f'<div style="display:none">\n\nThis week: Zhang Wei\n\n</div>\n\n<table width="100%">\n<tbody>\n{body}\n</tbody>\n</table>\n'
    assert is_html_table_document(text)
    record = parse_bytes(text.encode(), "email.md", "markdown").data
    assert record["name"] == "Zhang Wei"
    assert record["headline"] == "Head of Growth at Bamboo Ledger"
    assert [d["score"] for d in record["dimensions"]] == [70, 85]
    assert record["themes"] == ["referral loops", "pricing tests"]
    assert [q["context"] for q in record["quotes"]] == ["On referral loops"]


def test_markdown_with_a_table_of_scores_stays_markdown() -> None:
    from extractor.read.grid import is_html_table_document

    text = "# Zhang Wei\n\nHead of Growth\n\nRuns growth.\n\n## Scores\n\n<table>\n<tr><td>A</td></tr>\n</table>\n"
    assert not is_html_table_document(text)


def test_single_quoted_quotation_and_its_caption_on_one_line() -> None:
    """markdownify writes an email's quotation cell as one line: the quotation in straight
    single quotes (an apostrophe inside), a dash, the caption."""
    from extractor.parsing.sections.quotes import single_quoted_with_caption

    line = "'Downtime is not an outage. It is someone's salary not arriving.' — On settlement"
    assert single_quoted_with_caption(line) == (
        "'Downtime is not an outage. It is someone's salary not arriving.'",
        "On settlement",
    )
    assert single_quoted_with_caption("'90s kids — a generation") is None
    text = (
        HEAD
        + "Notable Quotes  \n\n"
        + "'A referral loop is only a loop if the second person also invites someone.' — On "
        + "referral loops\n\n'We ran forty pricing tests.' — On pricing tests\n"
    )
    record = parse_bytes(text.encode(), "email.md", "markdown").data
    assert [(q["text"], q["context"]) for q in record["quotes"]] == [
        (
            "A referral loop is only a loop if the second person also invites someone.",
            "On referral loops",
        ),
        ("We ran forty pricing tests.", "On pricing tests"),
    ]


def test_w3m_hashtag_cut_after_its_mark() -> None:
    from extractor.read.reflow import join_lines

    assert join_lines(["platform teams · #", "engineering"]) == "platform teams · #engineering"
    assert join_lines(["issue #", "142"]) == "issue #142"
    assert join_lines(["C#", "developers"]) == "C# developers"  # a word's own mark: a space
