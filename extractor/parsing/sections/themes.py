"""Key Themes: chips, one per line, separated by commas or dots, or run together on one line."""

from __future__ import annotations

import re

from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section
from extractor.read.blocks import Block

_SEPARATORS = re.compile(r"\s*(?:·|•|\||;|\s/\s)\s*")
_COMMA = re.compile(r"\s*,\s*")
_CHIP_MAX_WORDS = 8
_GLUED_TOKENS = 2  # as glue.glue_points asks: chips glued at two joins at least
# A line longer than this with no separators is taken for chips run together.
_RUN_TOGETHER_MIN_WORDS = 9


def parse_themes(section: Section, draft: Draft) -> None:
    for block in section.body:
        chips = [block.text] if block.group else split_explicit(block.text)
        if len(chips) == 1 and not block.group:
            chips = _one_piece(block, draft)
            if chips == [block.text] and _glued_look(block.text):
                draft.flag(
                    "themes-glued",
                    f"theme chip {block.text!r} looks like several chips glued with no space"
                    " between; no cut was clear, kept as one",
                    block,
                    "themes",
                )
        for chip in chips:
            draft.append("themes", chip, [block])


def _one_piece(block: Block, draft: Draft) -> list[str]:
    """The chips of a line with no separator: glued with no space, run together with spaces
    (the segmenter), or the one chip it is."""
    glued = _glue_points(block.text)
    if glued:
        return _unglue(block, glued, draft)
    if not _run_together(block.text):
        return [block.text]
    # The segmenter and its word tables load only for a page whose chips run together
    # (looked up here at each call: a spy on chips.split.split_line sees every split).
    from extractor.parsing.chips.report import flag_split
    from extractor.parsing.chips.split import split_line, vocabulary

    split = split_line(block.text, draft.page_text(), vocabulary(draft.known_themes))
    flag_split(split, block, draft)
    return split.chips


# Inside a word, a capital or a digit right after a lower-case letter: where a chip set as a
# button meets the next with no space ("defencePPP", "adaptation2050").
_GLUE_SIGN = re.compile(r"[a-z](?=[A-Z]|\d)")
_GLUED_LOOK_WORDS = 5


def _glued_look(text: str) -> bool:
    """Two such joins, or one in a line too long for one chip: chips glued together. One
    alone in a short chip is a name's spelling ("iPhone", "McKinsey")."""
    signs = len(_GLUE_SIGN.findall(text))
    return signs >= _GLUED_TOKENS or (signs == 1 and len(text.split()) >= _GLUED_LOOK_WORDS)


def _glue_points(text: str) -> list[int]:
    """Where chips glued with no space between (buttons side by side) meet; the word tables
    are asked only for a line that may hold such joins."""
    if not may_be_glued(text):
        return []
    from extractor.parsing.chips.glue import glue_points

    return glue_points(text)


# Without two long tokens, or a capital inside one, no line is worth the word table's lookups.
_LONG = 10
_CAMEL = re.compile(r"[a-z][A-Z]")


def may_be_glued(text: str) -> bool:
    """A cheap first test: two tokens of ten letters or more, or a capital inside a word."""
    long = sum(1 for token in text.split() if len(token) >= _LONG)
    return long >= _GLUED_TOKENS or (long >= 1 and _CAMEL.search(text) is not None)


def _unglue(block: Block, points: list[int], draft: Draft) -> list[str]:
    """The chips cut at each join, said so with the joins named."""
    from extractor.parsing.chips.glue import unglued

    text = block.text
    joins = ", ".join(f"'{text[max(0, p - 12) : p]}|{text[p : p + 12]}'" for p in points)
    draft.flag(
        "themes-unglued",
        f"theme chips were glued together with no space between; split at {len(points)} "
        f"joins where two common words met inside one word: {joins}",
        block,
        "themes",
    )
    return unglued(text, points)


# A lowercase word followed by a capitalised one: where one sentence-case chip ends and the
# next begins when a copy or converter puts chips on one line.
_CHIP_BOUNDARY = re.compile(r"\b[a-z][\w'’-]*\s+[A-Z][a-z]")
_BOUNDARY_MIN_WORDS = 4


def _run_together(text: str) -> bool:
    """Too long for one chip, or shorter but with a chip boundary inside."""
    words = len(text.split())
    if words >= _RUN_TOGETHER_MIN_WORDS:
        return True
    return words >= _BOUNDARY_MIN_WORDS and _CHIP_BOUNDARY.search(text) is not None


def split_explicit(text: str) -> list[str]:
    """Chips split at separators a person or site put there; [] for an empty line."""
    pieces = [p for p in _SEPARATORS.split(text) if p]
    if len(pieces) == 1:
        commas = [p for p in _COMMA.split(text) if p]
        if len(commas) > 1 and all(len(p.split()) <= _CHIP_MAX_WORDS for p in commas):
            pieces = commas
    return pieces
