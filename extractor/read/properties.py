"""A page's properties table, read by a converter: "Label<cell break>Value" rows.

A database page (a Notion export, a wiki's infobox) sets facts as rows of a label and a value:
``Role | Head of Platform at Acme``, ``Tags | referral loops, pricing``. A converter that keeps
the cell break (a pipe table, a tab in a browser's copy, a pandoc table's column) shows where
the label ends; one that joins the cells with a space ("Role Head of Platform at Acme") loses
it, and no later stage can tell the label from the value. So the readers that still see the
break give the label and the value as two blocks on the same source line, as the HTML reader
gives a table's cells; the parser then reads the row as a property.

A score row ("Strategic Vision | 85%") stays one line: the dimension parser reads it whole.
"""

from __future__ import annotations

import re

from extractor.base.patterns import compiled
from extractor.read.blocks import Block, Kind

_LABEL_MAX_WORDS = 2
_WORD = compiled(r"[^\W\d_]+")  # letters only
_NO_LETTER = compiled(r"[^\W\d_]")


def is_label(text: str) -> bool:
    """One or two words of letters, the first capitalised, not an acronym ("Role", "Job
    title"; not "CEO"): how a properties table labels its values."""
    words = text.split()
    return (
        0 < len(words) <= _LABEL_MAX_WORDS
        and text[:1].isupper()
        and all(_WORD.fullmatch(word) for word in words)
        and not words[0].isupper()
    )


def label_and_value(cells: list[str]) -> tuple[str, str] | None:
    """The row's label and value when ``cells`` (as written, inline markup and all) are a
    property's: two cells, a label, then a value with letters (a score is no property's)."""
    if len(cells) != 2:
        return None
    label, value = (cell.strip() for cell in cells)
    if not value or _NO_LETTER.search(value) is None or not is_label(label):
        return None
    return label, value


# pandoc's simple table border: one dash run per column ("  ------ ----------").
_BORDER = compiled(r"^ *-{3,}(?: +-{3,})+ *$")
_RUN = compiled(r"-{3,}")


def value_columns(raws: list[str]) -> dict[int, int]:
    """For each row of a two-column pandoc table (simple or multiline) in ``raws``, the
    column where its second cell starts, by 1-based line number. The border's dash runs
    say where each column starts; the rows run from a border to a blank line or the next
    border."""
    columns: dict[int, int] = {}
    column: int | None = None
    for number, raw in enumerate(raws, 1):
        if not raw.strip():
            column = None
        elif raw.lstrip()[:3] == "---" and _BORDER.match(raw):
            runs = [match.start() for match in _RUN.finditer(raw)]
            column = runs[1] if len(runs) == 2 and column is None else None
        elif column is not None:
            columns[number] = column
    return columns


def row_cells(raw: str, column: int | None) -> list[str] | None:
    """A source line's two cells: split at its one tab (a browser's copy of a table row),
    or at ``column`` (a pandoc table's second column) when a space stands before it."""
    if column is not None:
        if column >= len(raw) or raw[column - 1] != " " or not raw[:column].strip():
            return None
        return [raw[:column], raw[column:]]
    cells = [cell for cell in raw.strip().split("\t") if cell.strip()]
    return cells if len(cells) == 2 and raw.count("\t") == raw.strip().count("\t") else None


def split_property_rows(text: str, blocks: list[Block]) -> list[Block]:
    """The text reader's one-line paragraphs that are a property row, as a label block and
    a value block on that line. Only a page with a tab or a pandoc table border is looked at."""
    if "\t" not in text and "--- -" not in text:
        return blocks
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    columns = value_columns(raws) if "--- -" in text else {}
    out: list[Block] = []
    for block in blocks:
        pair = _property_pair(block, raws, columns)
        if pair is None:
            out.append(block)
        else:
            out += [block._replace(text=pair[0]), block._replace(text=pair[1])]
    return out


def _property_pair(
    block: Block, raws: list[str], columns: dict[int, int]
) -> tuple[str, str] | None:
    """The label and value of ``block`` when its one source line is a property row whose
    cells, cleaned as the reader cleaned the line, make up the block's text."""
    if block.kind is not Kind.PARAGRAPH or block.start != block.end or block.marker:
        return None
    raw = raws[block.start - 1] if 0 < block.start <= len(raws) else ""
    column = columns.get(block.start)
    if column is None and "\t" not in raw:
        return None
    cells = row_cells(raw, column)
    labelled = label_and_value(cells) if cells else None
    if labelled is None or _heads_other_rows(raws, block.start, columns):
        return None
    label, value = (" ".join(cell.split()) for cell in labelled)
    return (label, value) if f"{label} {value}" == block.text else None


def _heads_other_rows(raws: list[str], number: int, columns: dict[int, int]) -> bool:
    """Is line ``number`` a table's header ("Dimension<tab>Score"): the line under it a row
    of two cells that is no property's (a score row)? Then its cells name the columns."""
    if number >= len(raws):
        return False
    below = row_cells(raws[number], columns.get(number + 1))
    return below is not None and label_and_value(below) is None


# A value cell of chips side by side with nothing between (a multi-select's values): pandoc's
# Markdown spans ``[a]{.tag}[b]{.tag}``, or the HTML spans its GitHub Markdown keeps.
_PANDOC_SPANS = compiled(r"(?:\[[^\[\]]+\]\{[^{}]*\})+")
_PANDOC_SPAN = compiled(r"\[([^\[\]]+)\]\{[^{}]*\}")
_HTML_SPANS = compiled(r"(?:<span\b[^>]*>[^<]*</span>)+", re.IGNORECASE)
_HTML_SPAN = compiled(r"<span\b[^>]*>([^<]*)</span>", re.IGNORECASE)


def touching_spans(cell: str) -> list[str] | None:
    """The chips of a cell that is two or more spans touching, each span's text as written
    (Markdown escapes and all); None for any other cell. Read as text the spans run together
    ("settlementfraud") or into one line of words: the spans' edges are the chips' own."""
    from html import unescape  # only a table of chips asks: parse loads no html module

    cell = cell.strip()
    for whole, one in ((_PANDOC_SPANS, _PANDOC_SPAN), (_HTML_SPANS, _HTML_SPAN)):
        if whole.fullmatch(cell):
            chips = [" ".join(unescape(match[1]).split()) for match in one.finditer(cell)]
            return chips if len(chips) >= 2 and all(chips) else None
    return None
