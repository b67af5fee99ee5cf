"""Pasted text: one block per line, headings inferred from shape, wrapped lines re-joined."""

from __future__ import annotations

from extractor.read.blocks import Block, Kind
from extractor.read.columns import column_lines
from extractor.read.lines import (
    OPEN_QUOTE,
    RULE_FIRST,
    Line,
    attach_lone_markers,
    classify,
    closes_quote,
    is_lone_marker,
    is_rule,
    looks_like_heading,
    quote_is_open,
    split_lines,
)
from extractor.read.linkrefs import LINK_START, split_link_runs, strip_link_references
from extractor.read.reflow import (
    MIN_WRAP,
    blank_line_separated,
    join_lines,
    wrap_width,
    wraps_into,
)


def read_text(text: str) -> list[Block]:
    """Blocks of pasted or converted text.

    Three ways a line break is read: at a detected wrap width it is undone here (hard-wrapped
    converter output); in a page that separates paragraphs by blank lines, touching lines stay
    one paragraph (``wraps``, joined by the section parsers); in a page without blank lines
    (``innerText``, a browser copy) every line is a paragraph of its own.
    """
    split = column_lines(text) or split_lines(text)
    lines = strip_link_references(split)
    # Link markers exist only where the reference list was found (or the page holds one).
    links = lines is not split or LINK_START in text
    # (Only lines longer than any wrap width count: the others are not built.)
    width = wrap_width(
        [" " * line.indent + line.text for line in lines if line.indent + len(line.text) > MIN_WRAP]
    )
    soft_breaks = blank_line_separated(lines)
    # Each line's shape by itself (bullet, dash, quote, plain), worked out once: whether a line
    # continues the one above, and whether its neighbours set it apart as a title, read these.
    shaped = [
        classify(line.text, line.number, soft) if line.text else _BLANK
        for line, soft in zip(lines, soft_breaks, strict=True)
    ]
    # Each block as its first line gave it, then its last line, its lines' texts (joined once
    # at the end) and whether it is a quotation not closed yet.
    blocks: list[Block] = []
    ends: list[int] = []
    parts: list[list[str]] = []
    open_quote: list[bool] = []
    for index, line in enumerate(lines):
        text = line.text
        if not text or (text[0] in RULE_FIRST and is_rule(text)):
            continue
        previous = lines[index - 1] if index else None
        if (
            blocks
            and previous is not None
            and previous.text  # under a blank line, a line starts a block
            and _continues(
                (blocks[-1].kind, ends[-1], open_quote[-1]),
                line,
                shaped[index].kind,
                (previous, width, soft_breaks[index]),
            )
        ):
            ends[-1] = line.number
            parts[-1].append(text)
            open_quote[-1] = open_quote[-1] and not closes_quote(text)
            continue
        block = shaped[index]
        if (
            block.kind is Kind.PARAGRAPH
            and _isolated(lines, shaped, index)
            and looks_like_heading(text)
            and not _between_quotations(blocks, open_quote, lines, index)
        ):
            block = Block(Kind.HEADING, text, line.number, line.number, wraps=soft_breaks[index])
        blocks.append(block)
        ends.append(block.end)
        parts.append([block.text])
        open_quote.append(block.kind is Kind.QUOTE and quote_is_open(block.text))
    joined = [
        b._replace(text=join_lines(p), end=end) if len(p) > 1 else b
        for b, end, p in zip(blocks, ends, parts, strict=True)
    ]
    return attach_lone_markers(split_link_runs(joined) if links else joined)


def _continues(
    above: tuple[Kind, int, bool],
    line: Line,
    kind: Kind,
    page: tuple[Line | None, int | None, bool],
) -> bool:
    """Is ``line`` (of shape ``kind`` by itself) the wrapped tail of the block above rather than
    a block of its own? ``above``: that block's kind, its last line, whether it is a quotation
    not closed yet.

    A quote still open continues, as does a line ending in a dash (the wrap came right after
    it); so does an indented line under a bullet; and any line that
    only a hard wrap at ``width`` moved off the line before it (see :mod:`reflow`), unless,
    in a page without blank lines, it looks like a section title: there a title follows the
    last line of a paragraph directly, and that line may happen to be nearly full.
    """
    previous, width, soft_breaks = page
    above_kind, above_end, open_quote = above
    if previous is None or not previous.text or above_end != previous.number:
        return False
    if above_kind is Kind.HEADING or is_lone_marker(line.text):
        return False
    if open_quote or previous.text.endswith(_DANGLING):
        return True
    if kind is Kind.ATTRIBUTION and above_kind in (Kind.PARAGRAPH, Kind.ITEM):
        # A dash the wrap put first on the line, inside a sentence: only a quote has an
        # attribution under it.
        return wraps_into(" " * previous.indent + previous.text, line.text, width)
    if kind is not Kind.PARAGRAPH:
        return False
    if above_kind is Kind.ITEM and line.indent > 0 and line.indent >= previous.indent:
        return True
    if not soft_breaks and looks_like_heading(line.text) and not _ends_mid_phrase(previous.text):
        return False
    return wraps_into(" " * previous.indent + previous.text, line.text, width)


def _between_quotations(
    blocks: list[Block], open_quote: list[bool], lines: list[Line], index: int
) -> bool:
    """A short line between two quotations is the first one's attribution (a name without
    a dash, as a ``<cite>`` comes out), not a section title."""
    if not blocks or blocks[-1].kind is not Kind.QUOTE or open_quote[-1]:
        return False
    following = next((line.text for line in lines[index + 1 :] if line.text), "")
    return following[:1] in OPEN_QUOTE


_BLOCK_END = (".", "!", "?", '"', "”", "»")
_DANGLING = (" —", " –", " ―", " --")  # a dash with nothing after it: the text goes on
# Words no line of a page ends with unless a wrap cut the phrase: "Director of Digital
# Services at" / "Statens Vegvesen Digital" is one headline, not a line and a title.
_MID_PHRASE = frozenset("a an the of at in on for to and or with by from".split())


def _ends_mid_phrase(text: str) -> bool:
    return text.rpartition(" ")[2] in _MID_PHRASE


def _isolated(lines: list[Line], shaped: list[Block], index: int) -> bool:
    """Set apart as a title is: a block ends above it, and a blank line or prose follows.

    ``innerText`` and a browser copy put a title right under the last line of the section
    before (an attribution, a sentence) and right above its first sentence.
    """
    above_ends = (
        index == 0
        or not lines[index - 1].text
        or _ends_block(lines[index - 1].text, shaped[index - 1])
    )
    if not above_ends:
        return False
    if index + 1 >= len(lines) or not lines[index + 1].text:
        return True
    if index == 0 or not lines[index - 1].text:
        return False  # blank above, text below: the first line of a paragraph
    below = lines[index + 1].text
    return (
        shaped[index + 1].kind is Kind.PARAGRAPH
        and below.endswith((".", "!", "?"))
        and len(below.split()) > len(lines[index].text.split())
    )


def _ends_block(text: str, shaped: Block) -> bool:
    return text.endswith(_BLOCK_END) or shaped.kind is Kind.ATTRIBUTION


_BLANK = Block(Kind.PARAGRAPH, "", 0, 0)  # what ``shaped`` holds for a blank line: never read
