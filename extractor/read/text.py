"""Pasted text: one block per line, headings inferred from shape, wrapped lines re-joined."""

from __future__ import annotations

from extractor.read.blocks import Block, Kind
from extractor.read.lines import (
    Line,
    attach_lone_markers,
    classify,
    extend,
    looks_like_heading,
    quote_is_open,
    split_lines,
)


def read_text(text: str) -> list[Block]:
    lines = split_lines(text)
    blocks: list[Block] = []
    for index, line in enumerate(lines):
        if not line.text:
            continue
        previous = lines[index - 1] if index else None
        if blocks and _continues(blocks[-1], line, previous):
            blocks[-1] = extend(blocks[-1], line.text, line.number)
            continue
        block = classify(line.text, line.number)
        if (
            block.kind is Kind.PARAGRAPH
            and _isolated(lines, index)
            and looks_like_heading(line.text)
        ):
            block = Block(Kind.HEADING, line.text, line.number, line.number, level=0)
        blocks.append(block)
    return attach_lone_markers(blocks)


def _continues(block: Block, line: Line, previous: Line | None) -> bool:
    """Is ``line`` the wrapped tail of ``block`` rather than a block of its own?"""
    if previous is None or not previous.text or block.end != previous.number:
        return False
    if block.kind is Kind.QUOTE and quote_is_open(block.text):
        return True
    if block.kind is Kind.ITEM and line.indent > 0:
        following = classify(line.text, line.number)
        return following.kind is Kind.PARAGRAPH
    return False


def _isolated(lines: list[Line], index: int) -> bool:
    before = index == 0 or not lines[index - 1].text
    after = index + 1 >= len(lines) or not lines[index + 1].text
    return before and after
