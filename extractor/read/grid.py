"""pandoc's grid tables: a layout table's cells drawn in ``+---+`` and ``|`` lines.

pandoc writes a table it cannot set as a simple one (a cell holding paragraphs, or a table) as
a grid table, in its plain text and its Markdown alike. An email's layout is tables nested in
tables, one cell a row, so every line of the profile comes framed::

    +:-----------------------------------:+
    | +---------------------------------+ |
    | | Amaka Okonkwo-Nwosu             | |
    | +---------------------------------+ |
    | | SVP Engineering at Kora         | |

Read as it stands, each line's text is glued to the frames' pipes and the cells' lines run
together. This takes the frames off before a reader reads the text: a border line becomes a
blank line (the cells it separates are blocks apart), a row line its cell's text. Lines keep
their numbers. A row of several cells side by side keeps the pipes between them.
"""

from __future__ import annotations

import re

# A border: plus signs at the frame's corners, dashes (or "=" under a header, ":" for the
# alignment) between them, perhaps inside the pipes of the tables around it. One cell wide:
# a table of cells side by side (a page's menu | profile | advertisement) is left as it is.
_BORDER = re.compile(r"^[ \t|]*\+[-=:]+\+[ \t|]*$")
_TOP = re.compile(r"^[ \t]*\+[-=:]+\+[ \t]*$")
_ANY_BORDER = re.compile(r"^[ \t|]*\+[-=:+]+\+[ \t|]*$")


def without_grid_frames(text: str, *, rejoin: bool = True) -> str:
    """``text`` with its one-column grid tables' frames taken off; the same text when it has
    none. ``rejoin``: undo each cell's wraps (plain text; Markdown joins a paragraph's lines
    itself)."""
    if "+-" not in text and "+:" not in text and "+=" not in text:
        return text
    lines = text.split("\n")
    changed = False
    index = 0
    while index < len(lines):
        if _TOP.match(lines[index]) is None and _COLUMNS_TOP.match(lines[index].strip()) is None:
            index += 1
            continue
        end = index + 1  # the table: its top border to the last line framed like it
        while end < len(lines) and lines[end].strip()[:1] in ("|", "+"):
            end += 1
        if _one_column(lines[index:end]):
            _unframe(lines, index, end, rejoin)
            changed = True
        elif _layout_rows(lines, index, end, rejoin):
            changed = True
            continue  # the unframed lines may hold tables of their own
        index = end
    return "\n".join(lines) if changed else text


# A rule between rows of cells side by side, drawn inside the frame's pipes as links and
# elinks draw it ("|--------+-------|"): the table has columns.
_INNER_RULE = re.compile(r"\|[-=:]+\+[-=:+]*\|")


def _one_column(table: list[str]) -> bool:
    """Every border of the table (and of the tables in its cells) one cell wide."""
    return all(
        _BORDER.match(line) is not None for line in table if _ANY_BORDER.match(line) is not None
    ) and not any(_INNER_RULE.search(line) for line in table)


def _unframe(lines: list[str], start: int, end: int, rejoin: bool) -> None:
    """Borders to blank lines, rows to their cell's text, each cell's wraps undone."""
    cell: list[tuple[int, int]] = []  # the current cell's row lines: index, wrap width
    for index in range(start, end):
        stripped = lines[index].strip()
        if stripped[:1] == "+" or _BORDER.match(stripped) is not None:
            lines[index] = ""
            (_rejoin if rejoin else _heading_apart)(lines, cell)
            cell = []
            continue
        lines[index], width = _cell_text(stripped)
        cell.append((index, width))
    (_rejoin if rejoin else _heading_apart)(lines, cell)


def _cell_text(row: str) -> tuple[str, int]:
    """A row line's text, the frames around it (``| | text | |``) taken off, and the width
    its cell wraps at (the inner frame's, less a space of padding on each side)."""
    width = len(row)
    while len(row) >= 2 and row[0] == "|" and row[-1] == "|":
        width = len(row) - 4
        row = row[1:-1].strip()
    return row, width


# Lines that start or end a block of their own inside a cell, never a wrapped paragraph's:
# a rule (an inner table's border), a list item, an attribution's dash, a heading.
_OWN_LINE = re.compile(r"^(?:-{3,}|[-*+•]\s|\d{1,3}(?:\\?[.)])\s|[—–―]|#)")


def _rejoin(lines: list[str], cell: list[tuple[int, int]], *, items: bool = False) -> None:
    """Undo the wraps pandoc made at the cell's width: a line whose first word would have
    fitted on the line above was set apart by the writer; one whose word would not was moved
    by the wrap and joins the line above. A run of joined lines is set on one of its lines,
    the others left blank (line numbers stay the source's): on its first, unless a line of
    the cell follows it directly (an attribution under a quotation), then on its last. Inside
    a table of the cell (between its dash rules) the table's width is the one its lines were
    wrapped at. ``items``: a list item's first line may wrap too (a layout table's cell)."""
    texts = [lines[index] for index, _ in cell]
    widths = _widths(texts, [width for _, width in cell])
    runs: list[list[int]] = []  # positions in ``cell`` of each run of joined lines
    for at in range(len(cell)):
        if at and _wrapped(texts[at - 1], texts[at], widths[at - 1], items):
            runs[-1].append(at)
        else:
            runs.append([at])
    for run in runs:
        if len(run) == 1:
            continue
        after = run[-1] + 1
        keep = run[-1] if after < len(cell) and texts[after] else run[0]
        for at in run:
            lines[cell[at][0]] = ""
        lines[cell[keep][0]] = " ".join(texts[at] for at in run)


def _heading_apart(lines: list[str], cell: list[tuple[int, int]]) -> None:
    """A Markdown heading that pandoc broke over the cell's lines, on one line again.

    An ATX heading is one line, so pandoc, when a heading with its attributes is wider than
    the cell, cuts it: at a space when one is left, else mid-word, the last piece exactly the
    cell's width ("# Amaka Okon" over "kwo-Nwosu {#amaka-okonkwo-nwosu ...}"). A piece that
    fills the cell was cut off mid-word and joins without a space."""
    if len(cell) < 2 or not lines[cell[0][0]].startswith("#"):
        return
    heading = lines[cell[0][0]]
    for index, width in cell[1:]:
        piece = lines[index]
        if not piece:
            break
        heading += piece if len(piece) >= width else " " + piece
        lines[index] = ""
    lines[cell[0][0]] = heading


def _widths(texts: list[str], widths: list[int]) -> list[int]:
    """Each line's wrap width: its cell's, or inside a table in the cell, the table's (a
    table of columns sets each row on its line: no width can move a word off one)."""
    out: list[int] = []
    table: int | None = None
    for text, width in zip(texts, widths, strict=True):
        if _RULE.match(text):
            columns = " " in text
            table = (_NEVER if columns else len(text)) if table is None else None
        out.append(width if table is None else table)
    return out


_RULE = re.compile(r"^-{3,}(?: +-{3,})*$")
_ITEM = re.compile(r"^(?:[-*+•]\s|\d{1,3}(?:\\?[.)])\s|[—–―])")
_NEVER = 1 << 30


def _wrapped(above: str, below: str, width: int, items: bool = False) -> bool:
    """Was ``below`` moved off ``above`` by a wrap at ``width`` (its first word would not
    have fitted), both lines a paragraph's (or ``items``: ``above`` a list item's), not a hard
    break after ``above``?"""
    if not above or not below or above.endswith("\\"):
        return False
    if (_OWN_LINE.match(above) and not (items and _ITEM.match(above))) or _OWN_LINE.match(below):
        return False
    return len(above) + 1 + len(below.split(" ", 1)[0]) > width


_TABLE_TAG = re.compile(r"<(/?)table\b", re.IGNORECASE)
_HTML_SHARE = 0.85


def is_html_table_document(text: str) -> bool:
    """Is this Markdown an HTML table with little around it?

    pandoc's GitHub Markdown writes a table that no pipe table can hold (an email's layout:
    tables in cells) as raw HTML, and when the whole page is such a table, the Markdown is
    an HTML document with a line or two of Markdown around it. Read as Markdown, its tags are
    taken off and its cells' text is left in pieces (a heading broken over the tag's lines);
    read as HTML, it is the page it was. So: most of the non-blank lines (85%) lie inside an
    HTML table.
    """
    if "<table" not in text and "<TABLE" not in text:
        return False
    depth = 0
    inside = filled = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        filled += 1
        was = depth
        for tag in _TABLE_TAG.finditer(line):
            depth = max(0, depth + (-1 if tag[1] else 1))
        if was or depth:
            inside += 1
    return filled > 0 and inside >= _HTML_SHARE * filled


# A table of columns in a cell of the frame: its top border, inside the frame's pipe.
_NESTED_COLUMNS = re.compile(r"^[ \t]*\|[ \t]*\+[-=:]+\+[-=:]+\+")
# A border of cells side by side: its corners' plus signs mark the columns' edges.
_COLUMNS_TOP = re.compile(r"^\+(?:[-=:]+\+){2,}$")


def _layout_rows(lines: list[str], start: int, end: int, rejoin: bool) -> bool:
    """A web page's layout table: the rows of a table whose cells stand side by side where
    only one cell is filled (a spacer cell or two beside the content) unframed to that
    cell's lines; or, for a one-cell frame around such tables, the frame taken off. A row of
    several short filled cells (a vote arrow beside a link) has them one under the other; a
    table with any other row (a menu beside the profile) is left as it is. Did any line
    change?

    Hacker News's page is such tables in a one-cell frame: read through pandoc, the profile's
    paragraphs sit in the third column of rows whose first two are empty."""
    top = lines[start].strip()
    if _COLUMNS_TOP.match(top) is None:
        return _outer_frame_off(lines, start, end, rejoin)
    left = len(lines[start]) - len(lines[start].lstrip())
    edges = [left + at for at, char in enumerate(top) if char == "+"]
    groups: list[list[int]] = [[]]  # each row's lines
    borders: list[int] = []
    for index in range(start, end):
        line = lines[index]
        if line[left : left + 1] != "+":
            groups[-1].append(index)
            continue
        groups.append([])
        if all(line[edge : edge + 1] == "+" for edge in edges):
            borders.append(index)
    rows = [group for group in groups if group]
    if not rows or not all(_unframable(lines, group, edges) for group in rows):
        return False  # a page's columns side by side (a menu beside the profile): as it is
    for index in borders:
        lines[index] = ""
    for group in rows:
        _one_cell_row(lines, group, edges)
    return True


def _unframable(lines: list[str], group: list[int], edges: list[int]) -> bool:
    """Is the row framed at the table's edges, with one filled cell, or several short ones
    (see ``_cells_in_turn``)?"""
    if any(lines[index][edge : edge + 1] != "|" for index in group for edge in edges):
        return False
    filled = sum(
        any(lines[index][edges[at] + 1 : edges[at + 1]].strip() for index in group)
        for at in range(len(edges) - 1)
    )
    return filled <= 1 or filled <= len(group) <= _ITEM_LINES


def _one_cell_row(lines: list[str], group: list[int], edges: list[int]) -> bool:
    """The row's lines to its one filled cell's text, its wraps undone (a code line pandoc
    cut at the cell's width set whole again); several filled cells one under the other (see
    ``_cells_in_turn``); False, nothing changed, when the lines are not framed at the edges."""
    if not group or any(lines[index][edge : edge + 1] != "|" for index in group for edge in edges):
        return False
    cells = [
        [lines[index][edges[at] + 2 : edges[at + 1]].rstrip() for index in group]
        for at in range(len(edges) - 1)
    ]
    filled = [at for at, column in enumerate(cells) if any(text.strip() for text in column)]
    if len(filled) > 1:
        return _cells_in_turn(lines, group, [cells[at] for at in filled])
    if not filled:
        for index in group:
            lines[index] = ""
        return True
    width = edges[filled[0] + 1] - edges[filled[0]] - 3
    for index, text in zip(group, _code_rejoined(cells[filled[0]], width), strict=True):
        lines[index] = text
    _rejoin(lines, [(index, width) for index in group], items=True)
    return True


# The most lines a row of short items side by side takes (a name wrapped over three or four).
_ITEM_LINES = 8


def _cells_in_turn(lines: list[str], group: list[int], cells: list[list[str]]) -> bool:
    """A row of several filled cells, each a short item (a dimension's name, bar and score; a
    vote arrow beside a link): each cell's text on one line, the cells one under the other,
    left to right; False, nothing changed, when the row has fewer lines than cells or is a
    page's columns (a menu beside the profile: longer than a few lines)."""
    if len(cells) > len(group) or len(group) > _ITEM_LINES:
        return False
    for at, index in enumerate(group):
        lines[index] = " ".join(" ".join(cells[at]).split()) if at < len(cells) else ""
    return True


def _code_rejoined(texts: list[str], width: int) -> list[str]:
    """A code line (indented four spaces) wider than the cell is cut by pandoc into pieces,
    each after the first exactly the cell's width: set the pieces on the first's line again
    (the others left blank, line numbers stay the source's)."""
    out = list(texts)
    code: int | None = None
    for at, text in enumerate(texts):
        if code is not None and text and len(text) >= width - 1:
            out[code] += text
            out[at] = ""
        elif text.startswith("    "):
            code = at
        else:
            code = None
    return out


def _outer_frame_off(lines: list[str], start: int, end: int, rejoin: bool) -> bool:
    """A one-cell frame (``+---+`` over ``| ... |`` lines) around tables of columns: the frame
    taken off, each line's text kept in its columns (a row without a table in it has its
    wraps undone as ``_unframe`` does); False when a line is not so framed."""
    top = lines[start]
    left = len(top) - len(top.lstrip())
    right = len(top.rstrip()) - 1
    table = lines[start:end]
    if top.strip().count("+") != 2 or any(_INNER_RULE.search(line) for line in table):
        return False  # links's and elinks's tables of columns: rules drawn inside the pipes
    if not any(_NESTED_COLUMNS.match(line) for line in table):
        return False
    for index in range(start + 1, end):
        line = lines[index]
        if line[left : left + 1] not in ("|", "+") or line[right : right + 1] not in ("|", "+"):
            return False
    lines[start] = ""
    cell: list[tuple[int, int]] = []  # a row's lines, while it holds no table of its own
    nested = False
    for index in range(start + 1, end + 1):
        line = lines[index] if index < end else ""
        if index == end or line[left] == "+":
            if not nested:
                _row_apart(lines, cell, rejoin)
            cell, nested = [], False
            if index < end:
                lines[index] = ""
            continue
        lines[index] = line[left + 2 : right].rstrip()
        nested = nested or lines[index].lstrip()[:1] in ("+", "|")
        cell.append((index, right - left - 3))
    return True


def _row_apart(lines: list[str], cell: list[tuple[int, int]], rejoin: bool) -> None:
    """A row of the one-cell frame that holds no table of columns: its lines' text, the wraps
    of a paragraph undone. A table in it between dash rules is pandoc's: a multiline table
    (its last row closed by a blank line: a quotation's box) wraps at the rule's width, its
    attribution's line too; a simple table (chips, one a line) wraps nowhere, in Markdown
    its rows ended by hard breaks (else read as one paragraph)."""
    for at, _ in cell:
        lines[at] = lines[at].strip()
    if not any(_RULE.match(lines[at]) for at, _ in cell):
        (_rejoin if rejoin else _heading_apart)(lines, cell)
        return
    segment: list[tuple[int, int]] = []
    opened: int | None = None  # the width of the table the segment is in
    for index, width in [*cell, (-1, 0)]:
        text = lines[index] if index >= 0 else ""
        if index >= 0 and _RULE.match(text) is None:
            segment.append((index, width if opened is None else opened))
            continue
        multiline = opened is not None and bool(segment) and not lines[segment[-1][0]]
        if opened is not None and not multiline and not rejoin:
            _rows_broken(lines, segment)
        elif rejoin and (opened is None or multiline):
            _rejoin(lines, segment, items=opened is not None)
        segment = []
        opened = len(text) if opened is None and index >= 0 else None


def _rows_broken(lines: list[str], rows: list[tuple[int, int]]) -> None:
    """A simple table's rows, each but the last ended by a Markdown hard break."""
    filled = [index for index, _ in rows if lines[index]]
    for index in filled[:-1]:
        lines[index] += "\\"
