"""Dimension Profile: "Strategic Vision 95%", on one line or split over two."""

from __future__ import annotations

import re

from extractor.blocks import Block
from extractor.diagnostics import Severity
from extractor.draft import Draft
from extractor.sections.base import Section

_SCORE = r"(?P<score>\d{1,3}(?:[.,]\d+)?)\s*(?:%|/\s*100\b|percent\b)"
_ON_ONE_LINE = re.compile(rf"^(?P<name>[^\d%]*[^\d\s%:–—-])\s*[:–—-]?\s*{_SCORE}$")
_SCORE_ONLY = re.compile(rf"^{_SCORE}$")
_NAME_MAX_WORDS = 8
# Dimension lines are short; longer lines are never tried, which also bounds regex work.
_LINE_MAX_CHARS = 120


def parse_dimensions(section: Section, draft: Draft) -> None:
    pending: Block | None = None
    for block in section.body:
        whole = _match(block.text)
        if whole:
            _flush(pending, draft)
            pending = None
            _add(whole["name"], whole["score"], [block], draft)
            continue
        score = _SCORE_ONLY.match(block.text) if len(block.text) <= _LINE_MAX_CHARS else None
        if score and pending is not None:
            _add(pending.text, score["score"], [pending, block], draft)
            pending = None
            continue
        _flush(pending, draft)
        pending = block if _could_be_name(block.text) else None
        if pending is None:
            draft.unplaced(block, "Dimension Profile")
    _flush(pending, draft)


def is_dimension_line(text: str) -> bool:
    """For finding a dimension list whose section label is missing."""
    match = _match(text)
    return bool(match) and _could_be_name(match["name"]) if match else False


def _match(text: str) -> re.Match[str] | None:
    return _ON_ONE_LINE.match(text) if len(text) <= _LINE_MAX_CHARS else None


def _could_be_name(text: str) -> bool:
    return 0 < len(text.split()) <= _NAME_MAX_WORDS and not text.endswith((".", "?", "!"))


def _flush(pending: Block | None, draft: Draft) -> None:
    if pending is not None:
        draft.unplaced(pending, "Dimension Profile (a name with no score)")


def _add(name: str, raw_score: str, blocks: list[Block], draft: Draft) -> None:
    value = float(raw_score.replace(",", "."))
    score = round(value)
    if not 0 <= score <= 100:
        draft.report(
            Severity.ERROR,
            "score-out-of-range",
            f"dimension {name.strip()!r} has score {raw_score}, outside 0-100; not recorded",
            blocks[-1],
            "dimensions",
        )
        return
    path = draft.append("dimensions", {"name": name.strip(), "score": score}, blocks)
    if value != score:
        draft.warn(
            "score-rounded",
            f"dimension {name.strip()!r} score {raw_score} rounded to {score}",
            blocks[-1],
            f"{path}.score",
        )
