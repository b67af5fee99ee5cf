"""Markdown exports: ATX/setext headings, lists, block quotes and inline emphasis.

Only the constructs a profile export uses are read; anything else is treated as text, so no
line is lost.
"""

from __future__ import annotations

import re

from extractor.base.textnorm import clean
from extractor.read.blocks import Block, Kind
from extractor.read.lines import (
    ATTRIBUTION,
    Line,
    attach_lone_markers,
    classify,
    extend,
    quote_is_open,
    split_lines,
)

_ATX = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_RULE = re.compile(r"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_QUOTE = re.compile(r"^>\s?(.*)$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)|`([^`]+)`")
_COMMENT = re.compile(r"<!--.*?-->")
_FENCE = re.compile(r"^(```|~~~)")


def strip_inline(text: str) -> str:
    """Markdown inline syntax to plain text: links keep their label, images go."""
    text = _COMMENT.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", text)
    return clean(text)


def read_markdown(text: str) -> list[Block]:
    lines = split_lines(text)
    blocks: list[Block] = []
    for index, line in enumerate(lines):
        if not line.text or _FENCE.match(line.text):
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else None
        block = _block(line, nxt, blocks)
        if block is None:
            continue
        if blocks and _merges(blocks[-1], block, line):
            blocks[-1] = extend(blocks[-1], block.text, line.number)
        else:
            blocks.append(block)
    return attach_lone_markers([b for b in blocks if b.text])


def _block(line: Line, nxt: Line | None, blocks: list[Block]) -> Block | None:
    number = line.number
    atx = _ATX.match(line.text)
    if atx:
        return Block(Kind.HEADING, strip_inline(atx[2]), number, number, level=len(atx[1]))
    if _SETEXT.match(line.text) and blocks and blocks[-1].end == number - 1:
        _promote_setext(blocks, line.text)
        return None
    if _RULE.match(line.text):
        return None
    quoted = _QUOTE.match(line.text)
    if quoted:
        inner = strip_inline(quoted[1])
        if not inner:
            return None
        attribution = ATTRIBUTION.match(inner)
        if attribution:
            return Block(
                Kind.ATTRIBUTION, attribution["text"], number, number, attribution["marker"]
            )
        return Block(Kind.QUOTE, inner, number, number, marker=">")
    plain = strip_inline(line.text)
    return classify(plain, number) if plain else None


def _promote_setext(blocks: list[Block], underline: str) -> None:
    last = blocks[-1]
    level = 1 if underline.startswith("=") else 2
    blocks[-1] = Block(Kind.HEADING, last.text, last.start, last.end, level=level)


def _merges(previous: Block, block: Block, line: Line) -> bool:
    if previous.end != line.number - 1:
        return False
    if previous.kind is Kind.QUOTE and block.kind is Kind.QUOTE and previous.marker == ">":
        return block.marker == ">"
    if previous.kind is Kind.QUOTE and quote_is_open(previous.text):
        return block.kind is Kind.PARAGRAPH
    return previous.kind is Kind.ITEM and block.kind is Kind.PARAGRAPH and line.indent > 0
