"""A table's index column: row numbers counting up before each row's cells.

A data frame prints its rows numbered from 0 (pandas, R's from 1), and notebook exports keep
that column: "0 Community Relations 98" as a browser copies the row, "│0│Delegation │41 │" as a
text browser draws it, or a cell "0" before the row's cells in HTML. The number is the row's
place, not part of the label: read with it, no row is a score line and the section is lost.
Only a run of rows that each end in a number (a score) and whose first numbers count up by one
(from 0 or 1) is taken for such a table, and the number is cut off; nothing else changes.
"""

from __future__ import annotations

from extractor.base.patterns import compiled
from extractor.read.blocks import Block, Kind
from extractor.read.lines import WALL

# A row's number at its start: after a cell wall or not, then a wall or a space before the
# next cell ("0 Name 98", "│0│Name │98 │", "0| Name| 98").
_ROW_NUMBER = compiled(r"^(?P<wall>[│┃|]?)\s*(?P<number>\d{1,4})\s*(?:[│┃|]|\s)\s*(?=\S)")
# The row ends in its score (a wall may close it): "… 98", "… 98%", "…│98 │".
_ENDS_IN_SCORE = compiled(r"\D\s*\d{1,3}(?:\.\d+)?\s*%?\s*[│┃|]?\s*$")
# A drawn table's rule between rows ("├─┼──┤", "---|---").
_RULE = compiled(r"^[\s─━═┌┐└┘├┤┬┴┼╭╮╯╰╔╗╚╝╠╣╦╩╬+\-=:|│┃]+$")
_ROWS_MIN = 3
_ROW_MAX_CHARS = 200  # a table's row: the patterns are only ever run over short lines
_CELLS_MAX = 3  # cells after the number in a row of cells (label, score; a bar, say)


def without_index_column(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each index column's numbers cut off (see the module's docstring)."""
    replaced: dict[int, Block] = {}  # a row's block without its number
    drop: set[int] = set()  # a cell of its own that holds the number; a drawn table's rule
    index = 0
    while index < len(blocks):
        first = blocks[index].text[:1]
        if not (first.isdigit() or first in "\u2502\u2503|"):
            index += 1
            continue
        rows = _numbered_rows(blocks, index)
        if rows:
            for at, (wall, cut) in rows.items():
                text = blocks[at].text
                replaced[at] = blocks[at]._replace(text=text[:wall] + text[cut:])
            if any(wall for wall, _ in rows.values()):
                _undrawn(blocks, min(rows), max(rows), replaced, drop)
            index = max(rows) + 1
            continue
        cells = _numbered_cells(blocks, index)
        if cells:
            drop.update(cells)
            index = cells[-1] + 1
            continue
        index += 1
    if not replaced and not drop:
        return blocks
    return [replaced.get(at, b) for at, b in enumerate(blocks) if at not in drop]


def _undrawn(
    blocks: list[Block], first: int, last: int, replaced: dict[int, Block], drop: set[int]
) -> None:
    """A drawn table with an index column (a data frame as a text browser draws it), read as
    its rows' text: each row's cells joined by spaces ("Delegation 41"), its heading row's too
    ("dimension score"), each rule joined to the row above it (or the heading row under it),
    so no source line is lost and the rows read as a column of scores."""
    top = first - 1
    while top >= 0 and _RULE.match(blocks[top].text):
        top -= 1
    if top >= 0 and _walled_heading(blocks[top].text):
        first = top  # the heading row joins
    while first > 0 and _RULE.match(blocks[first - 1].text):
        first -= 1
    while last + 1 < len(blocks) and _RULE.match(blocks[last + 1].text):
        last += 1
    above: int | None = None
    pending: list[Block] = []  # rules above the first row of text
    for at in range(first, last + 1):
        block = replaced.get(at, blocks[at])
        if _RULE.match(block.text):
            drop.add(at)
            if above is None:
                pending.append(block)
            else:
                replaced[above] = replaced[above]._replace(end=max(block.end, replaced[above].end))
            continue
        cells = [cell.strip() for cell in WALL.split(block.text)]
        text = " ".join(cell for cell in cells if cell)
        start = min([block.start, *(b.start for b in pending)])
        replaced[at] = block._replace(text=text, start=start)
        above, pending = at, []


def _walled_heading(text: str) -> bool:
    """A drawn table's heading row: cells between walls, no digit ("│ │ name │score│")."""
    return WALL.search(text) is not None and not any(c.isdigit() for c in text)


def _numbered_rows(blocks: list[Block], index: int) -> dict[int, tuple[int, int]]:
    """The rows of a run from ``index`` whose text starts with its number (see
    ``_ROW_NUMBER``), each ending in a score, the numbers counting up by one from 0 or 1 (a
    drawn rule may stand between two rows): each row's block and the span of its number
    (the wall before it stays). Empty when there is no such run."""
    rows: dict[int, tuple[int, int]] = {}
    expected: int | None = None
    at = index
    while at < len(blocks):
        block = blocks[at]
        if rows and _RULE.match(block.text) and at + 1 < len(blocks):
            at += 1  # a rule between two rows
            continue
        short = block.kind is Kind.PARAGRAPH and len(block.text) <= _ROW_MAX_CHARS
        match = _ROW_NUMBER.match(block.text) if short else None
        if match is None or _ENDS_IN_SCORE.search(block.text) is None:
            break
        number = int(match["number"])
        if (expected is None and number not in (0, 1)) or (
            expected is not None and number != expected
        ):
            break
        rows[at] = (len(match["wall"]), match.end())
        expected = number + 1
        at += 1
    return rows if len(rows) >= _ROWS_MIN else {}


def _numbered_cells(blocks: list[Block], index: int) -> list[int]:
    """The blocks from ``index`` that are an index column's cells, each a number alone before
    the row's other cells (a table's cells one a block, as an HTML reader gives them): the
    numbers count up by one from 0 or 1, every row is as wide and ends in a score. Empty when
    there is no such run."""
    if blocks[index].text not in ("0", "1"):
        return []
    for width in range(2, _CELLS_MAX + 1):  # the cells after the number in each row
        cells: list[int] = []
        at, number = index, int(blocks[index].text)
        while at + width < len(blocks) and blocks[at].text == str(number):
            row = blocks[at + 1 : at + 1 + width]
            if any(b.kind is not Kind.PARAGRAPH for b in row) or not _score_cell(row[-1].text):
                break
            if any(_score_cell(b.text) for b in row[:-1]):
                break
            cells.append(at)
            at, number = at + 1 + width, number + 1
        if len(cells) >= _ROWS_MIN:
            return cells
    return []


def _score_cell(text: str) -> bool:
    """A cell that is a number of a score's size ("98", "98%", "7.5")."""
    digits = text.removesuffix("%").strip()
    whole = digits.split(".", 1)[0]
    return 0 < len(whole) <= 3 and whole.isdigit() and digits.replace(".", "", 1).isdigit()
