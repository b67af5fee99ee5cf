"""Side-by-side columns in a text dump: read each column on its own, top to bottom.

Text-mode browsers and some converters (``w3m -dump``, ``links -dump``, ``elinks -dump``,
inscriptis) lay out a table-based page's cells side by side, as the screen shows them: a menu
column's lines stand to the left of the profile's lines, on the same lines::

    Menu                    Chidi Okonkwo-Hart                    Advertisement
    Home                    Head of Product, Payments at Kobo
    All leaders             Rail

Read line by line, every profile line has menu text glued in front. This finds such a region by
its shape — a gutter: a column at which, over a run of lines, text starts after two or more
spaces and no line crosses — and gives each column's lines in turn, keeping each line's source
number (a source line then gives a line to each column). Only a region with enough rows and
with prose in a column counts: a two-column table of scores ("Strategic Vision      85%") or
a few aligned lines stay as they are.
"""

from __future__ import annotations

from collections import Counter

from extractor.base.patterns import compiled
from extractor.read.lines import Line, split_lines

# Text, two or more spaces, text: where a gutter may be (the end is the next column's start).
_GAP = compiled(r"(?<=\S) {2,}(?=\S)")
_MIN_ROWS = 8  # lines of the region with text starting right at the gutter
_MIN_BOTH = 3  # lines with text on both sides of the gutter
_MIN_PROSE_WORDS = 5  # a column line this long is prose: a layout column, not a table's
_MIN_PROSE = 2
_CANDIDATES = 4
_SIDE_CELL_ROWS = 2  # a further column this short is a side cell's caption, not a table's
_LIST_MARKER = compiled(r"[-*+•●▪◦‣∙·]|\d{1,3}[.)]|\(?[a-z\d]{1,3}\)")
_MAX_LINES = 20_000  # a longer text is not a screen dump; left as it is


def column_lines(text: str) -> list[Line] | None:
    """The text's lines with side-by-side columns read one after another; None when it has
    none (most texts: one regex search decides)."""
    if not _has_gap(text):
        return None
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(raw) > _MAX_LINES:
        return None
    raw = [line.expandtabs(8) if "\t" in line else line for line in raw]
    region = _region(raw)
    if region is None:
        return None
    first, last, gutter = region
    out = _numbered(raw[:first], 1)
    out += _columns(raw, first, last, gutter)
    out += _numbered(raw[last + 1 :], last + 2)
    return out


def _has_gap(text: str) -> bool:
    """``_GAP.search(text)``, found by ``str.find`` (the regex's lookbehind costs ~20 µs on
    every page; most pages have two spaces only as an indent, at a line's start)."""
    at = text.find("  ")
    size = len(text)
    while at >= 0:
        end = at + 2
        while end < size and text[end] == " ":
            end += 1
        if at > 0 and not text[at - 1].isspace() and end < size and not text[end].isspace():
            return True
        at = text.find("  ", end)
    return False


def _numbered(lines: list[str], first: int) -> list[Line]:
    out = split_lines("\n".join(lines)) if lines else []
    for offset, line in enumerate(out):
        line.number = first + offset
    return out


def _columns(raw: list[str], first: int, last: int, gutter: int) -> list[Line]:
    """The region's left column, a blank line, then its right part (itself split again when a
    further gutter runs through all of it: a third column such as an advertisement cell)."""
    screen = max(len(line.rstrip()) for line in raw)
    out = _numbered_rows([raw[i][:gutter].rstrip() for i in range(first, last + 1)], first, None)
    right = [raw[i][gutter:].rstrip() for i in range(first, last + 1)]
    further = _further_gutter(right)
    parts = [right] if further is None else [[r[:further].rstrip() for r in right]]
    for part in parts:
        out.append(Line(first + 1, "", 0))
        out += _numbered_rows(part, first, screen)
    if further is not None:
        out.append(Line(first + 1, "", 0))
        out += _numbered_rows([r[further:] for r in right], first, None)
    return out


def _numbered_rows(rows: list[str], first: int, screen: int | None) -> list[Line]:
    """Each row as a line of its source number.

    The main column's rows are indented so that its widest row ends at the screen's right
    edge (``screen``): the reader finds one wrap width for the page, and a row of this column
    then counts as wrapped exactly when the next row's first word would not have fitted in the
    column. Other columns (menus, a side cell) keep their own short lines.
    """
    lines = [split_lines(row)[0] for row in rows]
    shift = 0
    if screen is not None:
        shift = max(0, screen - max((len(row) for row in rows), default=0))
    for offset, line in enumerate(lines):
        line.number = first + 1 + offset
        if line.text:
            line.indent += shift
    return lines


def _region(raw: list[str]) -> tuple[int, int, int] | None:
    """(first line index, last line index, gutter column) of a side-by-side region."""
    starts: Counter[int] = Counter()
    for line in raw:
        for gap in _GAP.finditer(line):
            starts[gap.end()] += 1
    for gutter, count in starts.most_common(_CANDIDATES):
        if count < _MIN_BOTH:
            break
        found = _best_run(raw, gutter)
        if found is not None:
            return (*found, gutter)
    return None


def _best_run(raw: list[str], gutter: int) -> tuple[int, int] | None:
    """The first run of lines that the gutter passes through cleanly and that reads as columns."""
    index = 0
    while index < len(raw):
        if not _clear(raw[index], gutter):
            index += 1
            continue
        end = index
        while end + 1 < len(raw) and _clear(raw[end + 1], gutter):
            end += 1
        first, last = _trim(raw, index, end)
        if first <= last and _reads_as_columns(raw[first : last + 1], gutter):
            return first, last
        index = end + 1
    return None


def _clear(line: str, gutter: int) -> bool:
    """No text in the two columns before the gutter (or the line ends before it)."""
    return not line[max(0, gutter - 2) : gutter].strip()


def _trim(raw: list[str], first: int, last: int) -> tuple[int, int]:
    """The run without the lines at its edges that have nothing right of the gutter."""
    while first <= last and not raw[first][:].strip():
        first += 1
    while last >= first and not raw[last].strip():
        last -= 1
    return first, last


def _reads_as_columns(rows: list[str], gutter: int) -> bool:
    at_gutter = both = prose = 0
    for row in rows:
        right = row[gutter:]
        if right[:1].strip():
            at_gutter += 1
            left = row[:gutter].strip()
            if left and not _LIST_MARKER.fullmatch(left):  # "-   item": a list, not a column
                both += 1
        if len(right.split()) >= _MIN_PROSE_WORDS:
            prose += 1
    return at_gutter >= _MIN_ROWS and both >= _MIN_BOTH and prose >= _MIN_PROSE


def _further_gutter(rows: list[str]) -> int | None:
    """A further column, right of some text, that no row crosses and at which some row has
    text: a layout column (it reads as one) or a side cell's few lines ("Advertisement").
    A table's value column beside its labels ("Strategic Vision      85%") is neither."""
    starts = sorted({gap.end() for row in rows for gap in _GAP.finditer(row)})
    for column in starts:
        if not all(_clear(row, column) for row in rows):
            continue
        filled = [row for row in rows if row[column : column + 1].strip()]
        if not any(row[:column].strip() for row in filled):
            continue
        if len(filled) <= _SIDE_CELL_ROWS or _reads_as_columns(rows, column):
            return column
    return None
