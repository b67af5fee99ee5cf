"""A table flattened into one row of its parent table, as markdownify writes a layout table.

Markdown tables hold no line breaks, so markdownify writes a table nested in a cell (a page
laid out with tables: menu | profile | advertisement) on its parent's single line: the inner
rows' ``| a | b |`` follow one another, an inner alignment row (``| --- | --- |``) among them,
and an empty cell stands between two inner rows. Splitting the row at every pipe gives the
inner cells; runs of filled cells between empty ones are the inner rows, one block each.

Inside a cell markdownify also drops ``<br>`` and runs list items together: a cell
``**Chidi Okonkwo-Hart** Head of Product`` is a bold name over a line, ``First.  Second.``
two paragraphs (two ``<br>``, two spaces), and
``1. Design for the phone 2. Reliability is the product`` (or, in some versions, ``... the
phone- Reliability ...``) an ordered list whose items it ran together. Both are taken apart.
"""

from __future__ import annotations

from extractor.base.patterns import compiled
from extractor.base.textnorm import clean
from extractor.read.blocks import Kind

_ALIGNMENT_CELL = compiled(r"^:?-{3,}:?$")
_BOLD_LEAD = compiled(r"^(\*\*[^*]+\*\*)\s+(\S.*)$")
_ORDERED = compiled(r"^(\d{1,3})\.\s+(\S.*)$")
_ITEM_JOIN = compiled(r"(?<=\S)- (?=\S)")

Piece = tuple[Kind, str, str]  # kind, raw text (inline markup kept), marker


def holds_a_table(cells: list[str]) -> bool:
    """Does a row's cell list carry an inner table's alignment row?"""
    return any(_ALIGNMENT_CELL.match(cell) for cell in cells)


def nested_rows(cells: list[str]) -> list[Piece]:
    """The inner rows of a flattened table, in order, as the blocks to read."""
    pieces: list[Piece] = []
    row: list[str] = []
    for cell in [*cells, ""]:
        if cell and not _ALIGNMENT_CELL.match(cell):
            row.append(cell)
            continue
        if row:
            pieces += _row_pieces(" ".join(row))
            row = []
    return pieces


def _numbered_items(text: str, following: int) -> list[str] | None:
    """``Design for ... 2. Reliability ...``: the items at their numbers, counting on; None
    when the next number is not there."""
    items: list[str] = []
    while True:
        at = text.find(f" {following}. ")
        if at < 0:
            break
        items.append(text[:at])
        text = text[at + len(f" {following}. ") :]
        following += 1
    return [*items, text] if items else None


def _row_pieces(written: str) -> list[Piece]:
    """One inner row's blocks; ``written``: its cells' text, runs of spaces kept (a
    paragraph break, see ``_PARAGRAPH_BREAK``), folded here."""
    parts = [clean(part) for part in _PARAGRAPH_BREAK.split(written)]
    text = " ".join(part for part in parts if part)
    ordered = _ORDERED.match(text)
    if ordered:
        first = int(ordered[1])
        items = _numbered_items(ordered[2], first + 1) or _ITEM_JOIN.split(ordered[2])
        return [(Kind.ITEM, item, f"{first + n}.") for n, item in enumerate(items)]
    bold = _BOLD_LEAD.match(text)
    if bold:
        return [(Kind.PARAGRAPH, bold[1], "|"), (Kind.PARAGRAPH, bold[2], "|")]
    return [(Kind.PARAGRAPH, part, "|") for part in parts if part]


# Two ``<br>`` in a row (a paragraph break inside a layout table's cell): markdownify writes
# each as a space in a cell, and a run of spaces stands nowhere else in its output (it
# collapses the page's own white space).
_PARAGRAPH_BREAK = compiled(r"(?<=\S) {2,}(?=\S)")
