"""Dimension Profile: "Strategic Vision 95%", on one line or split over two, or a bar (HTML).

The visible label is the source of truth; a bar (``Kind.METER``) only fills a missing score or
raises a warning when it disagrees with the label.
"""

from __future__ import annotations

import re

from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section
from extractor.read.blocks import Block, Kind

# Any number of digits and a sign: "Talent -5%" or "Vision 1000%" is a score out of range, to be
# reported as one, not "5%" after a dash or a line that matches nothing.
_SCORE = r"(?P<score>[-−]?\d{1,9}(?:[.,]\d+)?)\s*(?:%|/\s*100\b|percent\b)"
# A name ends in a letter or a sign other than a dash; the separator may be a dash ("Vision –
# 95%"), but a hyphen against the digits is a minus sign.
_NAME_END = r"[^\d\s%:–—−-]"
_SEPARATOR = r"\s*(?:[:–—]|-(?!\d))?\s*"
_ON_ONE_LINE = re.compile(rf"^(?P<name>[^\d%]*{_NAME_END}){_SEPARATOR}{_SCORE}$")
_SCORE_ONLY = re.compile(rf"^{_SCORE}$")
# A table row (reader marker "|"): the score column may carry no "%".
_TABLE_ROW = re.compile(r"^(?P<name>[^\d%]*[^\d\s%:–—-])\s+(?P<score>\d{1,3}(?:[.,]\d+)?)\s*%?$")
_NAME_MAX_WORDS = 8
# Dimension lines are short; longer lines are never tried, which also bounds regex work.
_LINE_MAX_CHARS = 120
# Every score form ends the line with one of these ("$" also allows a final newline): a line
# ending otherwise is never handed to the backtracking pattern, which is most lines of a page.
_SCORE_ENDINGS = ("%", "100", "percent", "\n")
_BAR_TOLERANCE = 2
# Several "name score" pairs on one line: what a converter or a browser gives when each row is
# an inline element (custom elements, <span>s, a glued <dt>/<dd> list) — "Strategic
# Vision90%Execution & Craft 70%". Each pair's name is at least two letters long.
_PAIR = re.compile(rf"\s*(?P<name>[^\d%]*?{_NAME_END}){_SEPARATOR}{_SCORE}")
_RUN_MAX_CHARS = 1200


class _State:
    """The name waiting for its score, and the dimension a following bar belongs to."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.pending: Block | None = None
        self.last: tuple[str, int, Block] | None = None  # (path, score, block)

    def flush(self) -> None:
        if self.pending is not None:
            self.draft.unplaced(self.pending, "Dimension Profile (a name with no score)")
        self.pending = None


def parse_dimensions(section: Section, draft: Draft) -> None:
    state = _State(draft)
    for block in section.body:
        if block.kind is Kind.METER:
            _meter(block, state)
            continue
        whole = _match(block.text) or _table_row(block)
        pairs = None if whole else _run_together(block.text)
        if pairs:
            state.flush()
            for name, raw in pairs:
                state.last = _add(name, raw, [block], draft)
            continue
        if whole:
            state.flush()
            state.last = _add(whole["name"], whole["score"], [block], draft)
            continue
        score = _SCORE_ONLY.match(block.text) if len(block.text) <= _LINE_MAX_CHARS else None
        if score and state.pending is not None:
            state.last = _add(state.pending.text, score["score"], [state.pending, block], draft)
            state.pending = None
            continue
        state.flush()
        state.last = None
        if _could_be_name(block.text):
            state.pending = block
        else:
            draft.unplaced(block, "Dimension Profile")
    state.flush()


def _meter(block: Block, state: _State) -> None:
    """A bar: check it against the label just read, or take its value when there is none."""
    assert block.meter is not None
    draft = state.draft
    if state.pending is not None or (block.text and state.last is None):
        name_block = state.pending or block
        state.pending = None
        state.last = _add(name_block.text, str(block.meter), [name_block, block], draft)
        if state.last is not None:
            draft.flag(
                "score-from-bar",
                f"dimension {name_block.text!r} shows no number; "
                f"score {block.meter} read from its bar",
                block,
                f"{state.last[0]}.score",
            )
        return
    if state.last is not None:
        path, score, _ = state.last
        draft.trace(path, [block])
        if abs(score - block.meter) > _BAR_TOLERANCE:
            draft.flag(
                "score-bar-mismatch",
                f"label says {score}% but the bar shows {block.meter}%; the label is kept",
                block,
                f"{path}.score",
            )
        state.last = None
    else:
        draft.accounted.update(range(block.start, block.end + 1))


def is_dimension_line(text: str) -> bool:
    """For finding a dimension list whose section label is missing."""
    if not text.endswith(_SCORE_ENDINGS):
        return False  # asked of every line of a page: the cheap test without a call
    match = _match(text)
    return bool(match) and _could_be_name(match["name"]) if match else False


def _match(text: str) -> re.Match[str] | None:
    if len(text) > _LINE_MAX_CHARS or not text.endswith(_SCORE_ENDINGS):
        return None
    return _ON_ONE_LINE.match(text)


def _run_together(text: str) -> list[tuple[str, str]] | None:
    """Two or more dimensions on one line, each a name and its score, nothing else between."""
    if len(text) > _RUN_MAX_CHARS or not text.endswith(_SCORE_ENDINGS):
        return None
    pairs: list[tuple[str, str]] = []
    at = 0
    for found in _PAIR.finditer(text):
        if found.start() != at or not _could_be_name(found["name"].strip()):
            return None
        pairs.append((found["name"], found["score"]))
        at = found.end()
    return pairs if len(pairs) >= 2 and at == len(text) else None


def _table_row(block: Block) -> re.Match[str] | None:
    if block.marker != "|" or len(block.text) > _LINE_MAX_CHARS:
        return None
    return _TABLE_ROW.match(block.text)


def _could_be_name(text: str) -> bool:
    return 0 < len(text.split()) <= _NAME_MAX_WORDS and not text.endswith((".", "?", "!"))


def _add(
    name: str, raw_score: str, blocks: list[Block], draft: Draft
) -> tuple[str, int, Block] | None:
    value = float(raw_score.replace(",", ".").replace("−", "-"))
    score = round(value)
    name = name.strip()
    if not 0 <= score <= 100:
        draft.flag(
            "score-out-of-range",
            f"dimension {name!r} has score {raw_score}, outside 0-100; not recorded",
            blocks[-1],
            "dimensions",
        )
        return None
    path = draft.append("dimensions", {"name": name, "score": score}, blocks)
    if value != score:
        draft.flag(
            "score-rounded",
            f"dimension {name!r} score {raw_score} rounded to {score}",
            blocks[-1],
            f"{path}.score",
        )
    return (path, score, blocks[-1])
