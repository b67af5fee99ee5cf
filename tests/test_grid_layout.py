"""A web page's layout table through pandoc's grid tables: cells side by side, one filled.

Hacker News lays its page out in tables: a rank cell and a vote-arrow cell beside each row's
content, the whole in a one-cell frame. pandoc draws them as grid tables of three columns,
the profile's lines in the third, wrapped at its width; a code line wider than the cell cut
into pieces. An email's one-cell frame may hold such a row too (a toolbar of icons), the
profile in rows of its own beside it. Each test is a small page of one such shape.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.grid import without_grid_frames

WIDTH = 19  # the content column's text width


def _columns(rows: list[list[str]], widths: tuple[int, ...] = (5, 5, WIDTH)) -> list[str]:
    """A grid table of three columns, each row's cells' lines (the last column's, or every
    column's when a row gives three lists of lines)."""
    border = "+" + "+".join("-" * (width + 2) for width in widths) + "+"
    out = [border]
    for row in rows:
        cells = [row] if isinstance(row[0], list) else [[], [], row]
        cells = cells[0] if len(cells) == 1 else cells
        height = max(len(cell) for cell in cells)
        for at in range(height):
            parts = [
                " " + (cell[at] if at < len(cell) else "").ljust(width) + " "
                for cell, width in zip(cells, widths, strict=True)
            ]
            out.append("|" + "|".join(parts) + "|")
        out.append(border)
    return out


def _framed(lines: list[str]) -> str:
    """The lines in a one-cell frame, as pandoc draws a table around a table."""
    width = max(len(line) for line in lines) + 2
    border = "+" + "-" * (width + 2) + "+"
    body = ["| " + line.ljust(width) + " |" for line in lines]
    return "\n".join([border, *body, border]) + "\n"


PROFILE = [
    "Amara Osei-Bonsu",
    "",
    "Chief Executive at",
    "Kumasi Solar Works",
    "",
    "Amara Osei-Bonsu",
    "runs Kumasi Solar",
    "Works, a maker of",
    "solar pumps for",
    "cocoa farms.",
    "",
    "Scorecard:",
    "",
    "      Stra",  # "      Strategy          88": a code line cut at the cell's width
    "tegy             88",
    "      Peop",
    "le               92",
    "      Patie",
    "nce              75",
    "",
    "Topics: solar",
    "pumps, cocoa",
    "farming, rural",
    "credit",
]


def _page() -> str:
    title = [["1."], ["[](#)", "", "vote"], ["Profile: Amara", "Osei-Bonsu"]]
    return _framed(_columns([title, PROFILE, ["5 comments"]]))


def test_the_filled_cells_lines_are_read_unframed() -> None:
    """The content cell's lines, its wraps undone, the code line's pieces set whole."""
    text = without_grid_frames(_page())
    assert "Chief Executive at Kumasi Solar Works" in text
    assert (
        "Amara Osei-Bonsu runs Kumasi Solar Works, a maker of solar pumps for cocoa farms." in text
    )
    assert "      Strategy             88" in text
    assert "|" not in text


def test_a_layout_table_reads_as_the_profile_in_plain_text() -> None:
    record = parse_bytes(_page().encode(), "hn.txt", "text").data
    assert record["name"] == "Amara Osei-Bonsu"
    assert record["headline"] == "Chief Executive at Kumasi Solar Works"
    assert [d["name"] for d in record["dimensions"]] == ["Strategy", "People", "Patience"]


def test_a_layout_table_reads_as_the_profile_in_markdown() -> None:
    record = parse_bytes(_page().encode(), "hn.md", "markdown").data
    assert record["name"] == "Amara Osei-Bonsu"
    assert record["bio"].startswith("Amara Osei-Bonsu runs Kumasi Solar Works, a maker of")


def test_several_filled_cells_are_set_one_under_the_other() -> None:
    """The title row (rank, arrow, link): each cell on a line of its own, never glued across."""
    lines = without_grid_frames(_page()).split("\n")
    assert [line for line in lines if line][:3] == [
        "1.",
        "[](#) vote",
        "Profile: Amara Osei-Bonsu",
    ]


QUOTE = "“A loan is a promise the shop keeps on a Tuesday.”"
BYLINE = "— On repayment days, at the Johannesburg Small Business"
RULE = "  " + "-" * (len(BYLINE) + 2)
EMAIL_ROWS = [
    ["Zanele Dlamini"],
    ["Head of Credit at Ubuntu Bank"],
    ["Zanele Dlamini leads credit at Ubuntu Bank, a lender to small shops in", "Soweto."],
    ["Key Themes"],
    [
        "  ---------------------",
        "  spaza shop lending",
        "  mobile repayments",
        "  ---------------------",
    ],
    ["Notable Quotes"],
    [RULE, "  " + QUOTE, "  " + BYLINE, "  Summit", "", RULE],
]


def _email() -> str:
    """A one-cell frame whose first row is a toolbar of icons side by side, its other rows
    the profile, one part a row (a quotation in pandoc's multiline table, the chips in its
    simple table)."""
    toolbar = _columns([[["a"], ["b"], ["c"]]], (3, 3, 3))
    width = 72
    border = "+" + "-" * (width + 2) + "+"
    out = [border]
    for row in [toolbar, *EMAIL_ROWS]:
        out += ["| " + line.ljust(width) + " |" for line in row]
        out.append(border)
    return "\n".join(out) + "\n"


def test_an_email_frame_around_a_toolbar_reads_as_the_profile() -> None:
    """Its rows' wraps undone, the chips' simple table one chip a line, the quotation's
    multiline table joined at its rule's width, the attribution's wrap too."""
    for name, kind in (("mail.txt", "text"), ("mail.md", "markdown")):
        record = parse_bytes(_email().encode(), name, kind).data
        assert record["name"] == "Zanele Dlamini"
        assert record["themes"] == ["spaza shop lending", "mobile repayments"], kind
        assert record["quotes"][0]["context"] == (
            "On repayment days, at the Johannesburg Small Business Summit"
        ), kind


def test_a_label_under_the_chips_is_doubted() -> None:
    """A label ending in a colon under a line of topics ("Rules we live by:", a heading the
    page words its own way) is read into the themes: said so, not passed silently."""
    text = (
        "Amara Osei-Bonsu\n\nChief Executive at Kumasi Solar Works\n\n"
        "Amara Osei-Bonsu runs Kumasi Solar Works, a maker of solar pumps.\n\n"
        "Dimension Profile\n\nStrategy: 88\nPeople: 92\nPatience: 75\n\n"
        "Key Themes\n\nsolar pumps, cocoa farming, rural credit\n\nRules we keep:\n\n"
        "1. Ship it\n\n2. Fix it\n"
    )
    record = parse_bytes(text.encode(), "p.txt", "text").data
    assert "Rules we keep:" in record["themes"]
    assert any("ends in a colon" in d["message"] for d in record["diagnostics"])
