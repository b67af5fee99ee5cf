"""Key Themes: chips, one per line, separated by commas or dots, or run together on one line."""

from __future__ import annotations

import re

from extractor.blocks import Block
from extractor.draft import Draft
from extractor.sections.base import Section
from extractor.segment import PhraseIndex, segment

_SEPARATORS = re.compile(r"\s*(?:·|•|\||;|\s/\s)\s*")
_COMMA = re.compile(r"\s*,\s*")
_CHIP_MAX_WORDS = 8
# A line longer than this with no separators is taken for chips run together.
_RUN_TOGETHER_MIN_WORDS = 9


def parse_themes(section: Section, draft: Draft) -> None:
    page: PhraseIndex | None = None
    for block in section.body:
        chips = [block.text] if block.group else split_explicit(block.text)
        if len(chips) == 1 and not block.group and _run_together(block.text):
            page = page or PhraseIndex.from_text(draft.page_text())
            chips = segment(block.text, page, draft.known_themes)
            if len(chips) > 1:
                _warn_guess(block, chips, draft)
        for chip in chips:
            draft.append("themes", chip, [block])


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


def _warn_guess(block: Block, chips: list[str], draft: Draft) -> None:
    listed = " | ".join(chips)
    draft.flag(
        "themes-segmented",
        f"themes were run together on one line; split into {len(chips)} by guesswork, "
        f"please review: {listed}",
        block,
        "themes",
    )
