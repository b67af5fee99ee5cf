"""Leadership Principles: one principle per bullet (or per line when bullets were lost)."""

from __future__ import annotations

import re

from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section
from extractor.read.blocks import Block

# A list number alone in its block: "1.", "2)", "01". Sites set a numbered list's numbers in an
# element of their own (a table cell, a "01" div beside the text), and converters keep it on
# a line of its own; it numbers the next block, it is no principle.
_LONE_ORDINAL = re.compile(r"\d{1,3}[.)]?")


# A list's mark left at the start of an entry's text ("✓ Ship small", "→ Hire slowly"): a
# symbol, then a space, then the entry. Not a quotation mark or a bracket, which are the text's.
_LEADING_MARK = re.compile(r"[^\w\s\"'“”‘’«»„(\[{<][ \u00a0]+(?=\w)")


def parse_principles(section: Section, draft: Draft) -> None:
    marker: Block | None = None
    for block in section.body:
        text = _without_mark(block.text)
        if marker is not None:
            draft.append("principles", text, [marker, block])
            marker = None
        elif is_lone_mark(block):
            marker = block
        else:
            draft.append("principles", text, [block])
    if marker is not None:  # a number with nothing after it: kept, and its length is flagged
        draft.append("principles", marker.text, [marker])


def _without_mark(text: str) -> str:
    """An entry's text without the list mark a converter left in front of it."""
    found = _LEADING_MARK.match(text)
    return text[found.end() :] if found else text


def is_lone_ordinal(block: Block) -> bool:
    """A list number alone in its block ("1.", "2)", "01"): the next block's marker."""
    return len(block.text) <= 4 and _LONE_ORDINAL.fullmatch(block.text) is not None


_MARK_MAX_CHARS = 2


def is_lone_mark(block: Block) -> bool:
    """A list's mark alone in its block: a list number, or a symbol of a character or two
    ("→", "✓", "•") that a site set in an element of its own beside each entry."""
    text = block.text
    return is_lone_ordinal(block) or (
        0 < len(text) <= _MARK_MAX_CHARS and not any(c.isalnum() or c.isspace() for c in text)
    )
