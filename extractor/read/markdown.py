"""Markdown exports: ATX/setext headings, lists, block quotes, tables and inline emphasis.

Only the constructs a profile export uses are read; anything else is treated as text, so no
line is lost. Lines are grouped first (a hard-wrapped line joins its paragraph, item or quote;
see :mod:`reflow`) and inline syntax is removed from the joined text, because converters wrap
in the middle of links and emphasis.
"""

from __future__ import annotations

import itertools
import re

from extractor.base.patterns import compiled
from extractor.read.blocks import Block, Kind
from extractor.read.lines import (
    ATTRIBUTION,
    BULLET,
    CLOSE_QUOTE,
    OPEN_QUOTE,
    Line,
    attach_lone_markers,
    classify,
    closes_quote,
    is_lone_marker,
    quote_is_open,
    split_lines,
)
from extractor.read.mdinline import (
    is_reference_definition,
    is_table_alignment,
    link_labels,
    remove_html,
    strip_inline,
    table_cells,
)
from extractor.read.mdnested import holds_a_table, nested_rows
from extractor.read.properties import label_and_value, row_cells, touching_spans, value_columns
from extractor.read.reflow import MIN_WRAP, UNWRAPPED, join_lines, wrap_width, wraps_into

_ATX = compiled(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
# An ATX heading with no words: a heading whose words sit in a block inside it (GitBook's
# ``<h2><div>Title</div><a>…</a></h2>``), which html2text writes as "##" over the title's own
# line and pandoc as "##  {#slug .heading}" (its attributes only) over a ``<div>`` of the title.
_EMPTY_ATX = compiled(r"^#{1,6}(?:\s+\{[^}]*\})?\s*$")
_SETEXT = compiled(r"^(=+|-+)\s*$")
_RULE = compiled(r"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_QUOTE = compiled(r"^>\s?(.*)$")
_FENCE = compiled(r"^(```|~~~|:::)")  # code fences, and pandoc's fenced divs
# A list item that opens with a fenced div (pandoc's Markdown of a <li> holding <div>s).
_FENCED_ITEM = compiled(r"^([-*+]|\d{1,3}[.)])\s+:{3,}(?:\s.*)?$")
# A line of emphasis markers alone: markup with no text, as html2text writes when an <i> left
# open in the page is closed by a later element (the text it emphasised stands lines above).
_MARKERS_ONLY = compiled(r"^(?:\*{1,2}|_{1,2})$")
# A definition list's description line (pandoc, PHP Markdown Extra, markdownify): ":   85%".
_DEFINITION = compiled(r"^:\s+(?P<text>\S.*)$")
_GROUPS = itertools.count(2_000_000)  # apart from the HTML reader's group numbers

__all__ = ["read_markdown", "read_markdown_aside", "strip_inline"]


def read_markdown(text: str) -> list[Block]:
    """The page's blocks (see :func:`read_markdown_aside` for the lines set aside too)."""
    return read_markdown_aside(text)[0]


def read_markdown_aside(text: str) -> tuple[list[Block], tuple[int, ...]]:
    """The page's blocks, and the source lines that carry only markup the reader set aside
    (see :func:`_set_aside`), in order."""
    # The lines as written, tags and all: a converter wrapped them at its width with the tags
    # counted (pandoc), so that is the length that tells a wrap from a line break.
    source = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    html_ends = _html_block_ends(source) if "<" in text else set()
    original = text
    removed = remove_html(text)
    # A <br> at a line's end is a hard break too; the other forms are judged without the tags.
    hard_breaks = _hard_breaks(removed) | (_hard_breaks(text) if removed is not text else set())
    text = removed
    lines = split_lines(text)
    aside = _set_aside(source, lines) if removed is not original or _FENCE_SIGN.search(text) else ()
    width = wrap_width([" " * line.indent + line.text for line in lines])
    tables = _table_lines(lines)
    # A pandoc table's rows are cells apart only by the border's columns: found on the lines
    # as written (the lines above have their runs of spaces closed up).
    written_lines = text.split("\n") if tables and "--- -" in text else []
    # A layout table's row as written, its runs of spaces kept: markdownify's trace of a
    # paragraph break inside a cell (see :mod:`extractor.read.mdnested`).
    text_lines = (written_lines or text.split("\n")) if tables and "  " in text else []
    columns = value_columns(written_lines) if written_lines else {}
    if "|" in text:
        lines = _layout_cells(lines, tables)
    blocks: list[Block] = []
    raws: list[list[str]] = []  # each block's lines before inline syntax is removed
    open_quote: list[bool] = []  # whether each block is a quotation not closed yet
    for index, line in enumerate(lines):
        if not line.text or _FENCE.match(line.text) or is_reference_definition(line.text):
            continue
        if _MARKERS_ONLY.match(line.text):
            continue
        if line.number in tables:
            written = columns.get(line.number)
            cells = None if written is None else row_cells(written_lines[line.number - 1], written)
            as_written = source[line.number - 1] if "<span" in source[line.number - 1] else ""
            properties = not _heads_other_rows(lines, index, tables, written_lines, columns)
            open_quote += [False] * _table_row(
                line,
                blocks,
                raws,
                cells,
                as_written,
                properties=properties,
                spaced=text_lines[line.number - 1] if text_lines else "",
            )
            continue
        if (
            _SETEXT.match(line.text)
            and not _icon_item(line, source)
            and _under_broken_lines(lines, index, hard_breaks)
        ):
            continue  # a table's rule under cells' lines, not a heading's underline
        fenced = _FENCED_ITEM.match(line.text)
        # "-   ::: {.icon}": a lone bullet; the item's text comes on its indented lines.
        found = _block(Line(line.number, fenced[1], line.indent) if fenced else line, blocks)
        if found is None:
            if blocks and open_quote[-1] and _QUOTE.match(line.text):
                # ">" alone inside a quotation still open: its next paragraph goes on with it.
                blocks[-1] = blocks[-1]._replace(end=line.number)
            continue
        block, raw = found
        previous = lines[index - 1] if index else None
        soft = previous is not None and previous.number not in hard_breaks
        closed = previous is not None and (
            previous.number in html_ends
            # a quote callout's title, the quotation's attribution: the quotation is no part
            or ("[!" in previous.text and _quote_callout(previous.text))
        )
        if (
            blocks
            and not closed
            and (
                _merges(
                    blocks[-1],
                    open_quote[-1],
                    block,
                    (line, previous),
                    width=width,
                    soft=soft,
                )
                or (soft and _inside_span(blocks[-1], block, source))
            )
        ):
            raws[-1].append(_merged_raw(blocks[-1], block, line, raw))
            blocks[-1] = blocks[-1]._replace(end=line.number)
            open_quote[-1] = open_quote[-1] and not closes_quote(raw)
        else:
            blocks.append(_after_break(block, blocks, raws) if not soft and blocks else block)
            raws.append([raw])
            open_quote.append(block.kind is Kind.QUOTE and quote_is_open(strip_inline(raw)))
    return _finished(blocks, raws, source, callouts="[!" in text, hard_broken="\\\n" in text), aside


def _finished(
    blocks: list[Block],
    raws: list[list[str]],
    source: list[str],
    *,
    callouts: bool,
    hard_broken: bool = False,
) -> list[Block]:
    """The blocks as read, with the last passes over the whole page: paragraphs the lines
    apart rule splits, lone list markers attached, and (``callouts``: a note with ``[!``)
    a quote callout's title moved under its quotation. ``hard_broken``: a line of the page
    ends in a backslash's hard break, which may part a span (see :func:`_span_parted`)."""
    if hard_broken:
        for index in range(1, len(blocks)):
            if _span_broken(blocks[index - 1], blocks[index], source):
                raws[index - 1][-1], raws[index][0] = _span_parted(
                    raws[index - 1][-1], raws[index][0]
                )
    finished = attach_lone_markers(_finish(*_lines_apart(blocks, raws, source)))
    return _callout_titles_under(finished, source) if callouts else finished


_FENCE_SIGN = compiled(r"^(?:```|~~~|:::)", re.MULTILINE)


def _set_aside(source: list[str], lines: list[Line]) -> tuple[int, ...]:
    """The lines that carry only markup (a raw HTML tag, a fenced div's or code fence's
    fence, emphasis markers alone), with the blank lines that touch them: what the reader
    read no text from.

    Pandoc writes a page's ``<div>`` nesting as such lines, each with the blank lines Markdown
    needs around it, between a quotation and its caption; a rule that measures how far apart
    two blocks stand counts the lines a reader sees, not these (see
    :meth:`extractor.parsing.shapes.ProseWords.apart`).
    """
    markup = [
        bool(written.strip())
        and (not line.text or bool(_FENCE.match(line.text)) or bool(_MARKERS_ONLY.match(line.text)))
        for written, line in zip(source, lines, strict=False)  # as many, unless HTML lost one
    ]
    last = len(markup) - 1
    return tuple(
        index + 1
        for index, written in enumerate(source)
        if markup[index]
        or (
            not written.strip()
            and ((index > 0 and markup[index - 1]) or (index < last and markup[index + 1]))
        )
    )


# An icon list's item as pandoc keeps its raw HTML: the bullet, the icon's empty element, then
# the text's element left open at the line's end (``-   <span class="icon"></span><span`` over
# ``class="text">off-grid solar</span>``), so the bullet is alone on its line once the tags go.
_ICON_ITEM = compiled(
    r"\s*(?:[-*+]|\d{1,3}[.)])\s+(?:<([A-Za-z][\w-]*)\b[^<>]*>\s*</\1\s*>\s*)+"
    r"<[A-Za-z][\w-]*\b[^<>]*"
)


def _icon_item(line: Line, source: list[str]) -> bool:
    """Is ``line`` a lone bullet whose item's text an icon list's markup set on the next line
    (see ``_ICON_ITEM``)? Not a rule under a table's cells, then, which a lone ``-`` may be."""
    return len(line.text) == 1 and _ICON_ITEM.fullmatch(source[line.number - 1]) is not None


def _block(line: Line, blocks: list[Block]) -> tuple[Block, str] | None:
    """The block a line starts, with its raw text (markers removed, inline syntax kept)."""
    number = line.number
    if line.text[:1] == "#" and _EMPTY_ATX.match(line.text):
        return None  # no words of its own: its title is the line under it
    atx = _ATX.match(line.text)
    if atx:
        return Block(Kind.HEADING, atx[2], number, number, level=len(atx[1])), atx[2]
    if (
        _SETEXT.match(line.text)
        and blocks
        and blocks[-1].end == number - 1
        and blocks[-1].kind is Kind.PARAGRAPH
        and len(line.text.strip()) > 1  # a lone "-" is an empty item's bullet (its text follows)
    ):
        _promote_setext(blocks, line.text)
        return None
    if _RULE.match(line.text):
        return None
    raw = line.text
    definition = _DEFINITION.match(raw)
    if definition:
        raw = definition["text"]
    depth = 0
    while (quoted := _QUOTE.match(raw)) is not None:
        raw, depth = quoted[1].strip(), depth + 1
    if depth:
        callout = _CALLOUT.match(raw)
        if callout is not None:
            return _callout_title(callout, number)
        if not strip_inline(raw):
            return None
        attribution = ATTRIBUTION.match(raw)
        if attribution:
            block = Block(
                Kind.ATTRIBUTION, attribution["text"], number, number, attribution["marker"]
            )
            return block, attribution["text"]
        return Block(Kind.QUOTE, raw, number, number, marker=">"), raw
    plain = strip_inline(raw)
    if not plain:
        return None
    block = classify(plain, number)
    if block.kind is Kind.ITEM:
        bullet = BULLET.match(raw)
        return block, bullet["text"] if bullet else block.text
    if block.kind is Kind.ATTRIBUTION:
        attribution = ATTRIBUTION.match(raw)
        return block, attribution["text"] if attribution else block.text
    return block, raw


# A callout's first line (Obsidian's "> [!quote]", "> [!info] Title", GitHub's "> [!NOTE]"):
# its type in brackets, a fold sign, then its title.
_CALLOUT = compiled(r"^\[!(?P<type>[A-Za-z][\w-]*)\][+-]?(?:\s+(?P<title>.*))?$")
_QUOTE_CALLOUTS = frozenset({"quote", "cite"})


def _callout_title(callout: re.Match[str], number: int) -> tuple[Block, str] | None:
    """A callout's marker is no text: a quote callout's words follow on its next lines, and its
    title on the marker's line ("[!quote] On hiring", "[!quote] Ada Stone, 2024") says on what
    or whose they are, as an attribution does (``_callout_titles_under`` sets it under them);
    any other callout's title is a line of the page (a box: "[!info] CTO at Acme")."""
    title = (callout["title"] or "").strip()
    plain = strip_inline(title)
    if not plain:
        return None
    if callout["type"].lower() in _QUOTE_CALLOUTS:
        return Block(Kind.ATTRIBUTION, plain, number, number), title
    return classify(plain, number), title


def _callout_titles_under(blocks: list[Block], source: list[str]) -> list[Block]:
    """Each quote callout's title set right after the quotation the callout holds: a quote's
    attribution stands under it (``— On hiring``), so the quotes read it as one (the title was
    read as the quotation's first words)."""
    out = list(blocks)
    for i in range(len(out) - 1):
        title, quote = out[i], out[i + 1]
        if (
            title.kind is Kind.ATTRIBUTION
            and quote.kind is Kind.QUOTE
            and quote.start == title.end + 1
            and _quote_callout(source[title.start - 1])
        ):
            out[i], out[i + 1] = quote, title
    return out


def _quote_callout(line: str) -> bool:
    """Is the line a quote callout's first line ("> [!quote] On hiring")?"""
    raw = line.strip()
    while (quoted := _QUOTE.match(raw)) is not None:
        raw = quoted[1].strip()
    callout = _CALLOUT.match(raw)
    return callout is not None and callout["type"].lower() in _QUOTE_CALLOUTS


# A pipe right after a cell's text: how html2text separates a table's cells ("Vision| 85%").
# People write a pipe between spaces ("Speaker | Author"); that is text, and so is an escaped
# pipe ("Speaker \\| Author", as pandoc writes a literal one).
_CELL_END = compiled(r"(?<=[^\s\\])\|")
_CELL_BREAK = compiled(r"(?<!\\)\|")
_VALUE = compiled(r"^[\d\s.,%/+-]*$")  # a label's value cell: "85%", "4.5"
_LIST_NUMBER = compiled(r"\d{1,3}[.)]")  # a list's number in a cell of its own: "1.", "2)"
_LETTER = compiled(r"[^\W\d_]")


def _layout_cells(lines: list[Line], tables: set[int]) -> list[Line]:
    """Lines with a layout table's cells apart, each cell a line of the same source number.

    html2text writes a table row as its cells' texts joined by ``|`` with no line break
    between cells, so a layout table (menu | profile | advertisement) glues the menu cell's
    last line to the profile cell's first: ``[Wen Jie Lau](/p/3)| | **Chidi Okonkwo-Hart**``.
    A row of a label and its value ("Strategic Vision| 85%") stays one line, without the
    pipe: "Strategic Vision 85%" is what the sections read.
    """
    out: list[Line] = []
    one_cell = _one_cell_rows(lines)
    for line in lines:
        if line.number in one_cell:
            out.append(Line(line.number, line.text[2:], line.indent))
            continue
        cells = _cells_of(line.text) if line.number not in tables else None
        if cells is None:
            out.append(line)
            continue
        out += [Line(line.number, cell, 0) for cell in cells]
    return out


_CELL_MAX_LINES = 12
_DASHES = compiled(r"-{3,}")


def _one_cell_rows(lines: list[Line]) -> set[int]:
    """Line numbers of html2text's one-column table rows: ``| text`` (no other pipe), its
    cell's hard-broken lines, then a rule of dashes alone (the table's head rule), all before
    a blank line. The pipe is the table's mark, not the cell's text (an email's layout table
    sets a quotation so: ``|  _'Downtime ...`` then ``— On settlement``, ``---``)."""
    rows: set[int] = set()
    for index, line in enumerate(lines):
        text = line.text
        if not text.startswith("| ") or "|" in text[1:]:
            continue
        for later in lines[index + 1 : index + _CELL_MAX_LINES]:
            if not later.text:
                break
            if _DASHES.fullmatch(later.text):
                rows.add(line.number)
                break
    return rows


def _cells_of(text: str) -> list[str] | None:
    """The cells of an html2text row as the lines to read, or None when ``text`` is not one."""
    if "|" not in text or not _CELL_END.search(text):
        return None
    filled = [cell for cell in (part.strip() for part in _CELL_BREAK.split(text)) if cell]
    if len(filled) == 2 and _VALUE.match(filled[1]):
        return [" ".join(filled)]
    return filled or None


def _under_broken_lines(lines: list[Line], index: int, hard_breaks: set[int]) -> bool:
    """Is the dash run at ``index`` under a paragraph of several hard-broken lines?

    A setext underline makes its whole paragraph one heading; a heading of lines with hard
    breaks between them is html2text's table: the rule under a layout table's first row.
    """
    if index < 2:
        return False
    above, before = lines[index - 1], lines[index - 2]
    return bool(above.text and before.text) and before.number in hard_breaks


def _promote_setext(blocks: list[Block], underline: str) -> None:
    last = blocks[-1]
    level = 1 if underline.startswith("=") else 2
    blocks[-1] = Block(Kind.HEADING, last.text, last.start, last.end, level=level)


def _merges(
    previous: Block,
    open_quote: bool,
    block: Block,
    where: tuple[Line, Line | None],
    *,
    width: int | None,
    soft: bool,
) -> bool:
    """Does ``line`` (after ``before``) continue ``previous`` (a wrapped quote, item or text)?

    In Markdown a paragraph runs on over touching lines (a soft break) unless the line before
    ends in a hard break (two spaces or a backslash), as html2text ends its table-like rows.
    """
    line, before = where
    if previous.end != line.number - 1:
        return False
    if previous.kind is Kind.HEADING:
        return _wrapped_heading(block, before, width=width, soft=soft)
    if is_lone_marker(block.text) or is_lone_marker(previous.text):
        # a bullet alone on its line opens the next item, its text below (pandoc's "-   :::"
        # before an item's fenced div): the marker and that text are joined as an item later
        return False
    if previous.kind is Kind.QUOTE and block.kind is Kind.QUOTE and previous.marker == ">":
        return block.marker == ">"
    if open_quote:
        return block.kind is Kind.PARAGRAPH
    if previous.kind is Kind.ATTRIBUTION and block.kind is Kind.QUOTE and soft:
        # An attribution inside a block quote, wrapped: "> — On the three eras ... changes"
        # then "> everything". A new quotation would open with its quote mark.
        return block.text[:1] not in OPEN_QUOTE
    if block.kind is Kind.ATTRIBUTION and previous.kind is Kind.ITEM:
        return _dash_wrapped_into_item(previous, block, line, soft=soft)
    if block.kind is not Kind.PARAGRAPH:
        return False
    if _indented_block(previous, before) and line.indent < _CODE_INDENT:
        return False
    if previous.kind is Kind.ITEM and (line.indent > 0 or _lazy(block, before, soft=soft)):
        return True
    if previous.kind in (Kind.PARAGRAPH, Kind.ATTRIBUTION) and soft:
        return True
    # A hard break ends the line where the writer ended it: whatever the width, no wrap.
    return (
        soft
        and before is not None
        and wraps_into(" " * before.indent + before.text, line.text, width)
    )


_CLOSING = tuple(CLOSE_QUOTE)


def _merged_raw(previous: Block, block: Block, line: Line, raw: str) -> str:
    """The text ``line`` adds to the block above it: a dash-led line that goes on with an
    item (:func:`_dash_wrapped_into_item`) keeps its dash, the item's own words."""
    if block.kind is Kind.ATTRIBUTION and previous.kind is Kind.ITEM:
        return line.text
    return raw


def _dash_wrapped_into_item(previous: Block, block: Block, line: Line, *, soft: bool) -> bool:
    """Is an indented line that opens with a dash, under an item's line, the item's sentence
    wrapped before the dash ("-   One member, one vote" / "    — even when it slows us
    down")? Only where the sentence goes on: the item ends no sentence and no quotation, and
    the words after the dash start in lower case. A caption under a quotation or a saying
    ("- “Words.”" / "  — Ana Lima", "- Ship it" / "  — On releases") names its source with
    a capital and stays its attribution."""
    text = previous.text.rstrip()
    return (
        soft
        and line.indent > 0
        and block.text[:1].islower()
        and not text.endswith((".", "!", "?", *_CLOSING))
    )


def _after_break(block: Block, blocks: list[Block], raws: list[list[str]]) -> Block:
    """``block`` under a hard break: set apart from the prose above when it starts a paragraph
    (see :func:`_broken_after_paragraph`)."""
    broken = _broken_after_paragraph(blocks[-1], block, raws[-1])
    return block._replace(wraps=False) if broken else block


def _broken_after_paragraph(previous: Block, block: Block, raws: list[str]) -> bool:
    """Does ``block``, under a hard break, start a paragraph of its own? Yes when the block
    above is prose the converter wrapped over several lines (or one longer than any wrap)
    and it ended a sentence, and a capital starts the block: consecutive rows of a table, each
    a paragraph (an email's bio, one row each), that html2text ends with hard breaks. A hard
    break inside a paragraph of short lines (an address, a poem's lines) still joins them."""
    return (
        block.kind is Kind.PARAGRAPH
        and previous.kind is Kind.PARAGRAPH
        and previous.end == block.start - 1
        and block.text[:1].isupper()
        and (len(raws) > 1 or len(raws[0]) > UNWRAPPED)
        and strip_inline(raws[-1]).rstrip("\"'”’»)").endswith((".", "!", "?"))
    )


_OPEN_TAG = compiled(r"<([A-Za-z][\w-]*)\b[^<>]*>")
# A tag whose attributes run past the line's end, and the next line's first ``>`` closing it.
_TAG_LEFT_OPEN = compiled(r"<[A-Za-z][\w-]*\s[^<>]*$")
_CLOSES_TAG = compiled(r"[^<>]*>")


def _inside_span(previous: Block, block: Block, source: list[str]) -> bool:
    """Does ``block``'s line close an inline span the line above opened (a link's or pandoc's
    bracketed span's ``[``, an HTML ``<span>``)? Then the converter wrapped inside the span and
    the two lines are one paragraph, whatever their shapes: a quotation with its caption in a
    span after it (``"Words." [--- On the cold`` / ``chain]{.small}``) is one line of the page,
    and so is a heading whose link pandoc wrapped (``## CTO at <a href=…>Acme &amp;`` then
    ``Co</a>``). A list item's lines follow the item's own rules (see :func:`_lazy`).
    """
    number = block.start
    if block.kind is not Kind.PARAGRAPH or previous.end != number - 1 or number < 2:
        return False
    if previous.kind is Kind.ITEM:
        return False  # an item's own continuation rules (see _lazy) decide
    above, written = source[number - 2], source[number - 1]
    if "[" in above and above.count("[") > above.count("]"):
        return written.count("]") > written.count("[")
    if "<" not in above:
        return False
    if _TAG_LEFT_OPEN.search(above):
        # the converter wrapped inside the tag itself (pandoc, at an MkDocs heading's
        # permalink: ``## Key Themes<a href="#key-themes" class="headerlink"`` then
        # ``title="Permanent link">¶</a>``): the line that closes the tag is the same line
        return _CLOSES_TAG.match(written) is not None
    opened = [tag[1] for tag in _OPEN_TAG.finditer(above)]
    return bool(opened) and f"</{opened[-1]}>" not in above and f"</{opened[-1]}>" in written


def _span_broken(previous: Block, block: Block, source: list[str]) -> bool:
    """Does a backslash's hard break at the end of the line above part a bracketed span that
    ``block``'s line closes (see :func:`_span_parted`)?"""
    number = block.start
    if block.kind is not Kind.PARAGRAPH or previous.end != number - 1 or number < 2:
        return False
    above, written = source[number - 2], source[number - 1]
    return (
        above.endswith("\\")
        and above.count("[") > above.count("]")
        and written.count("]") > written.count("[")
        and _SPAN_CLOSE.search(written) is not None
    )


# A span's or a link's closing bracket, its attributes or its target right after it: brackets
# closed by neither (a "[sic]", an aside in brackets) are the text's, left as written.
_SPAN_CLOSE = compiled(r"\][{(]")


def _span_parted(head: str, tail: str) -> tuple[str, str]:
    """A span (``[text]{attributes}``, a link) a hard break parts (``[Jane Doe\\`` then
    ``CEO at Acme]{lang="EN-GB"}``, pandoc's Markdown of a ``<br>`` inside a ``<span>``, as Word
    writes every line): each line its own, as the break parts them, each half closed as a span of
    its own, so neither keeps the other's bracket or the attributes as text."""
    cut = head.rfind("[")
    if cut < 0:
        return head, tail
    return head[:cut] + head[cut + 1 :], "[" + tail


def _lazy(block: Block, before: Line | None, *, soft: bool) -> bool:
    """A list item's paragraph going on on an unindented line (CommonMark's lazy continuation),
    as a converter wraps an item set in inline markup: "- On public trust in flood" then
    "defence". Only after a soft break, and only a line that starts no block of its own (the
    caller asks for a plain paragraph line) and does not start like a sentence of its own (a
    capital goes on only after a comma: "- Ulrike Brandt," then "Betriebsratsvorsitzende")."""
    return (
        soft
        and before is not None
        and bool(block.text)
        and (not block.text[0].isupper() or before.text.rstrip().endswith(","))
        and not before.text.rstrip().endswith((".", "!", "?", ":"))
    )


def _wrapped_heading(block: Block, before: Line | None, *, width: int | None, soft: bool) -> bool:
    """A paragraph line right under an ATX heading that the converter wrapped at its width
    (html2text wraps a long ``### heading`` as it wraps prose): the heading's last words.

    Markdown ends a heading at its line's end, so only a heading line as long as the page's
    wrap width, whose next line's first word would not have fit on it, goes on.
    """
    return (
        block.kind is Kind.PARAGRAPH
        and soft
        and before is not None
        and before.text.startswith("#")
        and wraps_into(" " * before.indent + before.text, block.text, width)
    )


_CODE_INDENT = 4


def _indented_block(previous: Block, before: Line | None) -> bool:
    """Did ``previous`` open on an indented line of its own (Markdown's indented block)?

    Such a block takes no lazy continuation: a line indented less starts a new block.
    html2text writes a definition list's ``<dd>`` so ("Strategic Vision", blank, "    70%",
    then "Execution & Craft" on the next line), and the two must not join.
    """
    return (
        previous.kind is Kind.PARAGRAPH
        and before is not None
        and before.indent >= _CODE_INDENT
        and previous.start == before.number
    )


_HARD_BREAK = compiled(r"(?:  |\\|<br\s*/?>)$", re.IGNORECASE)
# Raw HTML that a converter kept (pandoc's gfm writes a layout table as HTML): a block element
# closing at a line's end, or opening at the next line's start, ends the block there.
_BLOCK_NAMES = r"(?:p|li|dt|dd|td|th|tr|div|h[1-6]|ul|ol|dl|table|tbody|thead|section|article)"
_CLOSES_BLOCK = compiled(rf"</{_BLOCK_NAMES}>\s*$", re.IGNORECASE)
_OPENS_BLOCK = compiled(rf"^\s*<{_BLOCK_NAMES}[\s>/]", re.IGNORECASE)


def _html_block_ends(raws: list[str]) -> set[int]:
    """Numbers of the lines (as written) after which raw HTML ends a block (``</li>`` last,
    ``<li>`` next)."""
    return {
        number
        for number, raw in enumerate(raws, 1)
        if _CLOSES_BLOCK.search(raw) or (number < len(raws) and _OPENS_BLOCK.match(raws[number]))
    }


def _lines_apart(
    blocks: list[Block], raws: list[list[str]], source: list[str]
) -> tuple[list[Block], list[list[str]]]:
    """Paragraphs whose every line is short, set apart again line by line (with their raws).

    Markdown joins touching lines into one paragraph; but when no line of it is long enough for
    a wrapper at any believable width (:data:`MIN_WRAP` or more) to have broken it, as written
    (tags and all, which is what a converter counted), its writer broke every line:
    "Strategic Vision 95%" then "Execution & Craft 70%", or chips one per line without bullets.
    Each line becomes a block that ``wraps`` (the section parsers join prose back, as for the
    text reader's touching lines); a paragraph that inline syntax spans stays whole.
    """
    out: list[Block] = []
    out_raws: list[list[str]] = []
    for block, lines in zip(blocks, raws, strict=True):
        if (
            block.kind is Kind.PARAGRAPH
            and len(lines) > 1
            and block.end - block.start + 1 == len(lines)
            and _all_short(source[block.start - 1 : block.end])
            and strip_inline(join_lines(lines)) == " ".join(strip_inline(line) for line in lines)
        ):
            out.extend(block._replace(start=n, end=n) for n in range(block.start, block.end + 1))
            out_raws.extend([line] for line in lines)
        else:
            out.append(block)
            out_raws.append(lines)
    return out, out_raws


def _all_short(written: list[str]) -> bool:
    """Could no line break between these lines (as written) be a wrap at a believable width?"""
    return all(
        len(above.rstrip()) + 1 + len(below.split(None, 1)[0] if below.strip() else "") <= MIN_WRAP
        for above, below in itertools.pairwise(written)
    )


def _hard_breaks(text: str) -> set[int]:
    """Numbers of the lines that end in a Markdown hard break."""
    return {
        number
        for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1)
        if _HARD_BREAK.search(raw)
    }


def _finish(blocks: list[Block], raw_lines: list[list[str]]) -> list[Block]:
    """Inline syntax removed from each block; a paragraph of links becomes a row of items."""
    out: list[Block] = []
    for block, lines in zip(blocks, raw_lines, strict=True):
        raw = join_lines(_unbroken(lines) if len(lines) > 1 else lines)
        labels = link_labels(raw) if block.kind is Kind.PARAGRAPH else None
        if labels:
            group = next(_GROUPS)
            out.extend(
                Block(Kind.ITEM, label, block.start, block.end, group=group, wraps=False)
                for label in labels
            )
            continue
        text = strip_inline(raw)
        if text:
            out.append(block._replace(text=text))
    return out


def _unbroken(lines: list[str]) -> list[str]:
    """A block's lines without the backslash of a hard break that ends one of them but the last
    (pandoc's Markdown of a ``<br>`` in an item or a quotation): the lines join as a two-space
    break's do, where the backslash would be left in the text before the next line. An even run
    of backslashes is escaped ones, the text's."""
    return [
        line[:-1] if line.endswith("\\") and (len(line) - len(line.rstrip("\\"))) % 2 else line
        for line in lines[:-1]
    ] + lines[-1:]


def _is_property(cells: list[str]) -> bool:
    return label_and_value([strip_inline(cell) for cell in cells]) is not None


def _heads_other_rows(
    lines: list[Line],
    index: int,
    tables: set[int],
    written_lines: list[str],
    columns: dict[int, int],
) -> bool:
    """Is ``lines[index]`` a table's header row ("Dimension | Score", or a pandoc table's
    "Dimension   Rating") over a first body row of two cells that is no property's (a score
    row)? Then its two cells name the columns, not a label and its value."""
    following = index + 1
    if following < len(lines) and is_table_alignment(lines[following].text):
        following += 1
    if following >= len(lines) or lines[following].number not in tables:
        return False
    below = lines[following]
    column = columns.get(below.number)
    if column is None:
        cells = table_cells(below.text)
    else:
        cells = row_cells(written_lines[below.number - 1], column)
    return cells is not None and len(cells) == 2 and not _is_property(cells)


def _table_lines(lines: list[Line]) -> set[int]:
    """Line numbers of pipe-table rows.

    A table is a run of lines with cells that has an alignment row (``---|---``), or whose
    rows all start and end with a pipe.
    """
    rows: set[int] = set()
    run: list[Line] = []
    single: list[int] = []  # where the run holds a one-column row
    for line in [*lines, Line(0, "", 0)]:
        if line.text and (table_cells(line.text) or is_table_alignment(line.text)):
            run.append(line)
            continue
        if line.text and _one_column_row(line.text):
            single.append(len(run))
            run.append(line)
            continue
        if any(is_table_alignment(row.text) for row in run):
            rows.update(row.number for row in run)
        else:  # the rows between one-column rows, each run of them as it stands
            for part in _between(run, single):
                if len(part) >= 2 and all(
                    r.text.startswith("|") and r.text.endswith("|") for r in part
                ):
                    rows.update(row.number for row in part)
        run, single = [], []
    return rows | _simple_table_lines(lines)


def _between(run: list[Line], cuts: list[int]) -> list[list[Line]]:
    """``run`` cut at the indexes ``cuts``, the lines there left out."""
    parts, start = [], 0
    for cut in [*cuts, len(run)]:
        parts.append(run[start:cut])
        start = cut + 1
    return parts


def _one_column_row(text: str) -> bool:
    """``| Leaders Weekly |``: a row of a table of one column (an email's layout table as
    markdownify writes it, one row a line of the email, under ``|  |`` and ``| --- |``); read
    as a table's row only in a run with an alignment row."""
    return len(text) > 1 and text[0] == "|" and text[-1] == "|"


_BORDER = compiled(r"^-{3,}(?: +-{3,})+$")  # dash runs, one per column


def _simple_table_lines(lines: list[Line]) -> set[int]:
    """Rows of pandoc's simple and multiline tables: columns underlined by dash runs.

    The border (two or more dash runs) starts the table; the line above it, when not blank,
    is the header; rows run to the next blank line (or border). Cells are separated by
    white space only, so a row is read as its text with the table marker.
    """
    rows: set[int] = set()
    inside = False
    for index, line in enumerate(lines):
        if _BORDER.match(line.text):
            rows.add(line.number)
            if not inside and index and lines[index - 1].text:
                rows.add(lines[index - 1].number)
            inside = not inside if index + 1 < len(lines) and lines[index + 1].text else False
            continue
        if inside and line.text:
            rows.add(line.number)
        elif not line.text:
            inside = False
    return rows


def _chips_of(value: str, as_written: str) -> list[str] | None:
    """A value cell's chips set as touching spans: pandoc's Markdown spans in the cell, or
    the HTML spans of the row as written (its second cell)."""
    chips = touching_spans(value)
    if chips is None and as_written:
        written = table_cells(as_written)
        chips = touching_spans(written[1]) if written and len(written) == 2 else None
    return chips


def _property_chips(
    line: Line, label: str, chips: list[str], blocks: list[Block], raws: list[list[str]]
) -> int:
    """A property row of chips: the label, then each chip, one group (as a list's items)."""
    group = next(_GROUPS)
    blocks.append(Block(Kind.PARAGRAPH, label, line.number, line.number, "|", wraps=False))
    raws.append([label])
    for chip in chips:
        blocks.append(
            Block(Kind.PARAGRAPH, chip, line.number, line.number, "|", group=group, wraps=False)
        )
        raws.append([chip])
    return 1 + len(chips)


def _table_row(
    line: Line,
    blocks: list[Block],
    raws: list[list[str]],
    written: list[str] | None = None,
    as_written: str = "",
    *,
    properties: bool = True,
    spaced: str = "",
) -> int:
    """A row as one paragraph of its cells (``Strategic Vision 88%``); alignment rows go.
    Returns how many blocks it added.

    The marker ``|`` says the cells were a table's: a bare number there is a table column's
    value (a score column without ``%``), which the section parsers may rely on.

    A header row is kept as a paragraph too: if its cells are a profile row (a converter that
    takes the first row for the header), the section parser reads it like any other. A row
    that carries a whole table flattened into it (see :mod:`mdnested`) gives its inner rows.
    A row of a list number and a text ("1. | Ship small", an email's numbered list laid out
    as a table) is that list's item. A property's row ("Role | CTO at Acme") gives its label
    and its value apart (see :mod:`extractor.read.properties`), a value of chips set as
    touching spans as one group of chips; ``written``: a pandoc table row's cells, when known;
    ``as_written``: the row's source line when it holds HTML spans (taken off ``line``);
    ``properties``: False for a header row over rows that are no properties ("Dimension |
    Score" over the scores): column names, not a label and its value. ``spaced``: the row as
    written, its runs of spaces kept (a flattened table's cells are read from it).
    """
    if is_table_alignment(line.text) or _BORDER.match(line.text):
        return 0
    cells = written or table_cells(line.text) or [line.text.strip().strip("|").strip()]
    if holds_a_table(cells):
        pieces = nested_rows((table_cells(spaced) if "  " in spaced else None) or cells)
    elif properties and len(cells) == 2 and _is_property(cells):
        pieces = [(Kind.PARAGRAPH, " ".join(cell.split()), "|") for cell in cells]
        chips = _chips_of(cells[1], as_written)
        if chips:
            return _property_chips(line, pieces[0][1], chips, blocks, raws)
    elif (
        len(cells) == 2
        and _LIST_NUMBER.fullmatch(number := strip_inline(cells[0]).strip())
        and _LETTER.search(cells[1])
    ):
        # a numbered list set as a table (an email's): "1.| Ship small", pandoc's "1\.   Ship"
        pieces = [(Kind.ITEM, " ".join(cells[1].split()), number)]
    else:
        raw = " ".join(cell for cell in cells if cell)
        pieces = [(Kind.PARAGRAPH, raw, "|")] if raw else []
    for kind, raw, marker in pieces:
        blocks.append(Block(kind, raw, line.number, line.number, marker=marker, wraps=False))
        raws.append([raw])
    return len(pieces)
