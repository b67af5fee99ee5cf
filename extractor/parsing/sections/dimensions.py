"""Dimension Profile: "Strategic Vision 95%", on one line or split over two, or a bar (HTML).

A score is a percentage ("95%", "95 percent"), a number out of 100 ("95 / 100", "95 out of
100"), or a number on a small scale ("7/10", "4.5 of 5") when it equals a whole percentage
(converted, and flagged ``score-scaled``); any other scale is reported, not guessed at. Under
its label a score may follow a caption every score shares ("Score: 95%") or stand as a bare
number ("95"): only there, never elsewhere in the section or the page. A table drawn with
characters gives its rows' cells.

The visible number is the source of truth; a bar (``Kind.METER``) only fills a missing score or
raises a warning when it disagrees with the number shown next to it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from extractor.base.memo import per_line
from extractor.base.patterns import compiled
from extractor.parsing.chrome import note_chrome
from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section
from extractor.read.blocks import Block, Kind
from extractor.read.lines import WALL

# Any number of digits and a sign: "Talent -5%" or "Vision 1000%" is a score out of range, to be
# reported as one, not "5%" after a dash or a line that matches nothing. A score is a percentage,
# or a number out of a maximum ("70 / 100", "7/10", "4.5 out of 5", "3 of 5"): the maximum is
# read as written and judged by :func:`_percent`.
_NUMBER = r"[-−]?\d{1,9}(?:[.,]\d+)?"
_SCALE = r"(?:/|\bout\s+of\b|\bof\b)\s*(?P<scale>\d{1,4}(?:[.,]\d+)?)\b"
_SCORE = rf"(?P<score>{_NUMBER})\s*(?:%|percent\b|{_SCALE})"
# A name ends in a letter or a sign other than a dash; the separator may be a dash ("Vision –
# 95%"), but a hyphen against the digits is a minus sign.
_NAME_END = r"[^\d\s%:–—−-]"
_SEPARATOR = r"\s*(?P<sep>[:–—]|-(?!\d))?\s*"
_ON_ONE_LINE = compiled(rf"^(?P<name>[^\d%]*{_NAME_END}){_SEPARATOR}{_SCORE}$")
_SCORE_ONLY = compiled(rf"^{_SCORE}$")
# A bare whole number on its own line: a score only right under a dimension's label.
_BARE = compiled(r"^(?P<score>\d{1,3})$")
# The row patterns below (and _RULE_RUN, _PAIR) are kept as text, compiled by ``re`` on first use
# and cached there: a page with no such row never pays to compile them.
# A table row (reader marker "|"): the score column may carry no "%".
_TABLE_ROW = (
    r"^(?P<name>[^\d%]*[^\d\s%:–—-])(?P<sep>)\s+(?P<score>\d{1,3}(?:[.,]\d+)?)\s*%?(?P<scale>)$"
)
# A table row whose cell walls a converter dropped ("Mission Focus      95", or a tab between):
# a bare number is a score only in a column of such rows (see :func:`in_bare_column`). A colon
# may end the label ("Mission Focus: 95", a blog's list of scores out of 100 set as lines), or
# two (a note's inline field, "Mission Focus :: 95"), or a spaced dash ("Mission Focus – 95": a
# social post's list of scores).
# A bar drawn with characters between a name and its score ("Safety ▰▰▰▰▰▰▰▰▱▱ 82", "Reach
# ████░░░░ 50%", a rating "★★★★☆ 4/5"): a run of filled and empty cells, decoration of the number
# after it, as a bar element is (see :func:`_meter`). At least three cells: one or two such signs
# may be a name's own.
_BAR_FILLED = "█▉▊▋▌▍▎▏▓▰■▪◼▮●◉⬤★"
_BAR_EMPTY = "░▒▱□▫◻▯○◯☆"
# A rating row whose label, stars and number are each a <span> comes out of a text browser run
# together ("Safety Culture★★★★☆88"): the bar's last cell is the only thing before the number.
_BARE_ROW = (
    r"^(?P<name>[^\d%]*[^\d\s%:–—-])(?P<sep>(?:\s?(?:::?|[–—])|\s-)?)"
    rf"(?:\s+|(?<=[{_BAR_FILLED}{_BAR_EMPTY}]))(?P<score>\d{{1,3}})(?P<scale>)$"
)
# The same column with the number first, often glued to the name: a card's big number over its
# label, set on one line ("95Mission Focus").
_BARE_ROW_FIRST = r"^(?P<score>\d{1,3})(?P<sep>)\s*(?P<name>[^\W\d_][^\d%]*)(?P<scale>)$"
# How many rows in a row make a column: one or two "name number" lines are more often prose.
_COLUMN_MIN_ROWS = 3
# A table drawn with characters (elinks, w3m, links, pandoc's grid tables): cell walls, and rules
# made of box-drawing characters, dashes, pluses and equals signs.
_DIGIT = compiled(r"\d")  # (a digit by `\d`: every such character is one by `str.isdigit`)
_RULE = compiled(r"^[\s─━═┌┐└┘├┤┬┴┼╭╮╯╰╔╗╚╝╠╣╦╩╬+\-=:|│┃]+$")
_RULE_RUN = r"[─━═┌┐└┘├┤┬┴┼╭╮╯╰╔╗╚╝╠╣╦╩╬+=\-:]{3,}"
# Scales other than 100 that a score is read on: small ones ("7/10", "4 of 5"). A larger one
# ("11/25", "3/2026") is more often a date or a count than a rating.
_SCALE_MAX = 10
_NAME_MAX_WORDS = 8
# Dimension lines are short; longer lines are never tried, which also bounds regex work.
_LINE_MAX_CHARS = 120
_BAR_TOLERANCE = 2
_CAPTION_MIN_LINES = 3
# How far past a bar its number may stand (a second bar drawn inside the first, say).
_BARS_MAX = 3
# Several "name score" pairs on one line: what a converter or a browser gives when each row is
# an inline element (custom elements, <span>s, a glued <dt>/<dd> list) — "Strategic
# Vision90%Execution & Craft 70%". Each pair's name is at least two letters long.
_PAIR = rf"\s*(?P<name>[^\d%]*?{_NAME_END}){_SEPARATOR}{_SCORE}"
_RUN_MAX_CHARS = 1200
_DRAWN_MAX_CHARS = 4 * _RUN_MAX_CHARS  # a drawn table's run with its rules
# A metric card's trend mark after its value: a triangle or an arrow pointing up or down
# ("Governance 89 ▲"; "Governance89▲" when a converter runs the card's label, value and mark
# together, each a <span>). The mark says which way the score moved; the number is the score.
TREND_MARKS = frozenset("▲△▴▵▼▽▾▿↑↓⬆⬇⇧⇩↗↘⬈⬊")
# A score in brackets after its name ("Talent Scouting (87)", "Reach [73]"): a badge a site
# sets next to the label. Read inside the dimensions only: elsewhere a count in brackets
# ("Comments (12)", "Cart (0)") is as common.
_BRACKETED = compiled(
    rf"^(?P<name>[^\d%]*{_NAME_END})(?P<sep>)\s*[(\[](?P<score>\d{{1,3}})\s*%?[)\]](?P<scale>)$"
)
# The bar may be glued to the name (each a <span>, run together by a text browser).
_TEXT_BAR = compiled(rf"\s*(?P<bar>[{_BAR_FILLED}{_BAR_EMPTY}]{{3,}})$")
# A line that is a bar alone ("★★★★☆" between a rating's label and its number, each a line).
_BAR_ONLY = compiled(rf"^[{_BAR_FILLED}{_BAR_EMPTY}]{{3,}}$")
_TRENDED = compiled(
    rf"^(?P<name>[^\d%]*{_NAME_END})(?P<sep>)\s*(?P<score>\d{{1,3}})\s*%?(?P<scale>)\s*"
    rf"[{''.join(sorted(TREND_MARKS))}]$"
)


def _ends_like_a_score(text: str) -> bool:
    """The cheap test before a pattern: every score form ends in "%", a digit or "percent"
    ("$" also allows a final newline). Most lines of a page end otherwise."""
    last = text[-1:]
    return last == "%" or last.isdigit() or last == "\n" or text.endswith("percent")


def is_trend_mark(text: str) -> bool:
    """A metric card's trend mark alone on its line (the card's label, value and mark each a
    line): decoration of the score above it."""
    return len(text) == 1 and text in TREND_MARKS


class _State:
    """The name waiting for its score, and the dimension a following bar belongs to."""

    def __init__(self, draft: Draft, captions: tuple[frozenset[str], int]) -> None:
        self.draft = draft
        self.captions, self.caption_lines = captions  # see :func:`_captions`
        self.pending: Block | None = None
        self.bars: list[Block] = []  # bars between the pending name and its number
        self.drawn: Block | None = None  # a bar drawn with characters on its own line, likewise
        self.last: tuple[str, int, Block] | None = None  # (path, score, block)
        self.column: set[int] = set()  # ids of the blocks in a column of bare scores

    def flush(self) -> None:
        if self.pending is not None:
            if self.bars:  # the name's bar, and no number came: the bar's value, said so
                bar, *others = self.bars
                self.bars = []
                _from_bar(self.pending, bar, self)
                for other in others:
                    _meter(other, self)
            else:
                self.draft.unplaced(self.pending, "Dimension Profile (a name with no score)")
        if self.drawn is not None:
            self.draft.unplaced(self.drawn, "Dimension Profile (a bar with no score)")
        self.pending, self.drawn = None, None


def parse_dimensions(section: Section, draft: Draft) -> None:
    body = section.body
    pairs = _scores_first(body)
    if pairs is not None:
        for score, name in pairs:
            found = _SCORE_ONLY.match(score.text) or _BARE.match(score.text)
            assert found is not None  # (checked by _scores_first)
            scale = found.groupdict().get("scale")
            _add(name.text, found["score"], scale, [score, name], draft)
        return
    if body and _lone_score(body[0]):
        draft.flag(
            "score-pairing-doubtful",
            f"the dimension section opens with a score ({body[0].text!r}) before any name, but"
            " its lines do not alternate score, name: each name was given the score after it",
            body[0],
            "dimensions",
        )
    state = _State(draft, _captions(body))
    state.column = {id(body[i]) for i in range(len(body)) if in_bare_column(body, i)}
    heading: Block | None = None
    if not state.column:
        state.column, heading = short_column(body)
    for index, block in enumerate(body):
        if block.kind is Kind.METER:
            if state.pending is not None and _number_follows(body, index):
                state.bars.append(block)  # checked against the number shown next to it
            else:
                _meter(block, state)
            continue
        if _RULE.match(block.text) or (state.last is not None and is_trend_mark(block.text)):
            # a drawn table's rule; a card's trend mark under its score ("89", then "▲")
            draft.accounted.update(range(block.start, block.end + 1))
            continue
        if _may_head_the_table(block.text) and (
            block is heading
            or _column_headings(body, index)
            or _bare_column_heading(body, index)
            or _cell_headings(body, index)
            or _row_headings(body, index)
        ):
            note_chrome([block], "atop the dimension table (its column headings)", draft)
            continue
        if state.pending is not None and _drawn_bar_line(body, index):
            state.drawn = block  # "★★★★☆" between the label and its number: checked against it
            continue
        if _read_line(block, state):
            continue
        state.flush()
        state.last = None
        if _could_be_name(block.text):
            state.pending = block
        else:
            draft.unplaced(block, "Dimension Profile")
    state.flush()


def is_drawn_bar(text: str) -> bool:
    """A bar drawn with characters alone on its line ("★★★★☆"): see ``_BAR_ONLY``."""
    return _BAR_ONLY.match(text) is not None


def _drawn_bar_line(body: list[Block], index: int) -> bool:
    """A bar drawn with characters alone on its line ("★★★★☆"), a number on the next: a
    rating row whose label, stars and number are each a line (a browser's copy of a row of
    <span>s). The number is the score; the bar only checks it."""
    return _BAR_ONLY.match(body[index].text) is not None and _number_follows(body, index)


def _may_head_the_table(text: str) -> bool:
    """Could the line be a table's heading row (:func:`_column_headings`: cells between walls;
    :func:`_bare_column_heading`, :func:`_cell_headings`: no digit)? Most lines of a dimension
    section are scores, with a digit and no wall: read as such without those tests. A scale
    in brackets is no figure ("Score (0-100)")."""
    return WALL.search(text) is not None or _DIGIT.search(unscaled(text)) is None


def unscaled(text: str) -> str:
    """``text`` without a scale in brackets ("Score (0-100)" -> "Score "): a column heading's
    scale or unit is no figure (here, and where other modules tell a table's heading cell)."""
    return _SCALE_IN_BRACKETS.sub("", text) if "(" in text else text


def _scores_first(body: list[Block]) -> list[tuple[Block, Block]] | None:
    """Each score with the name AFTER it, when the section is a run of score, name, score,
    name... from its first line to its last (card grids set the big number above its label).

    Only the whole run counts: a section that opens with a number but then breaks the
    alternation is read name-first and flagged (see :func:`parse_dimensions`).
    """
    if len(body) < 2 or len(body) % 2:
        return None
    pairs = list(zip(body[::2], body[1::2], strict=True))
    for score, name in pairs:
        if not _lone_score(score) or name.kind is Kind.METER or _lone_score(name):
            return None
        if not _could_be_name(name.text) or _match(name.text) is not None:
            return None
    return pairs


def _lone_score(block: Block) -> bool:
    """A score with no name on its line: "65", "65%", "7/10"."""
    text = block.text
    return (
        block.kind is not Kind.METER
        and len(text) <= _LINE_MAX_CHARS
        and (_SCORE_ONLY.match(text) or _BARE.match(text)) is not None
    )


def _read_line(block: Block, state: _State) -> bool:
    """Read ``block`` as one or more dimensions, or as the score of the name above it."""
    draft = state.draft
    text = block.text
    whole = (
        _match(text)
        or _table_row(block)
        or _column_row(block, state)
        or _trended(text)
        or _bracketed(text)
    )
    if whole and _caption_of(whole, state.captions) and state.pending is not None:
        _pending_score(whole["score"], whole["scale"], block, state)  # "Score: 70%"
        return True
    if whole:
        state.flush()
        name = _without_caption(whole, state)
        state.last = _add(name, whole["score"], whole["scale"], [block], draft)
        return True
    pairs = _run_together(block.text) or _drawn_table(block.text)
    if pairs:
        state.flush()
        for name, raw, scale in pairs:
            state.last = _add(name, raw, scale, [block], draft)
        return True
    if state.pending is None or len(block.text) > _LINE_MAX_CHARS:
        return False
    score = _SCORE_ONLY.match(block.text) or _BARE.match(block.text)
    if score is None:
        return False
    scale = score.groupdict().get("scale")
    _pending_score(score["score"], scale, block, state)
    return True


def _column_headings(body: list[Block], index: int) -> bool:
    """A drawn table's first row, all names ("│ Dimension │ Score │"), over rows with scores."""
    text = body[index].text
    if WALL.search(text) is None or not _at_top(body, index):
        return False  # (the wall first: one search, where the rules are one per block above)
    cells = [c.strip() for c in WALL.split(re.sub(_RULE_RUN, " ", text)) if c.strip()]
    if len(cells) < 2 or not all(_could_be_name(c) and not is_score(c) for c in cells):
        return False
    following = _next_row(body, index)
    return following is not None and _drawn_table(following.text) is not None


def _pending_score(raw: str, scale: str | None, block: Block, state: _State) -> None:
    assert state.pending is not None
    name_block, bars, drawn = state.pending, state.bars, state.drawn
    state.pending, state.bars, state.drawn = None, [], None
    if drawn is None:
        state.last = _add(name_block.text, raw, scale, [name_block, block], state.draft)
    else:  # the name with its bar, as on one line: the bar read and checked by _add
        name = f"{name_block.text} {drawn.text}"
        state.last = _add(name, raw, scale, [name_block, drawn, block], state.draft)
    for bar in bars:
        _meter(bar, state)


def _number_follows(body: list[Block], index: int) -> bool:
    """Is the next block after this run of bars a number (the score the page shows)?"""
    for block in body[index + 1 : index + 1 + _BARS_MAX]:
        if block.kind is not Kind.METER:
            text = block.text
            return len(text) <= _LINE_MAX_CHARS and bool(
                _SCORE_ONLY.match(text) or _BARE.match(text) or _ON_ONE_LINE.match(text)
            )
    return False


def _captions(body: list[Block]) -> tuple[frozenset[str], int]:
    """Words that caption the score rather than name a dimension ("Score: 70%" under each
    label, or "Strategic Vision Score: 70%" on each line): dimension names differ from one
    another, so a last word before a colon that every such line of the section shares is the
    value's caption (two lines at least; see :func:`_without_caption` for names it ends)."""
    ends: list[str] = []
    for block in body:
        found = _match(block.text)
        if found is None or found["sep"] != ":":
            continue
        ends.append(found["name"].split()[-1].casefold())
    if len(ends) < 2 or len(set(ends)) != 1:
        return frozenset(), 0
    return frozenset(ends), len(ends)


def _caption_of(found: re.Match[str], captions: frozenset[str]) -> bool:
    """The line's whole name is the caption: a score for the name above it."""
    return found["sep"] == ":" and found["name"].strip().casefold() in captions


def _without_caption(found: re.Match[str], state: _State) -> str:
    """The name without the caption that ends it ("Strategic Vision Score: 70%").

    Only when three lines at least end so: two names may well end alike ("Product Strategy",
    "Growth Strategy"). A caption stripped wrongly still leaves names that the dimension-set
    check reports as unexpected.
    """
    name: str = found["name"]
    if found["sep"] == ":" and state.caption_lines >= _CAPTION_MIN_LINES:
        words = name.split()
        if len(words) > 1 and words[-1].casefold() in state.captions:
            return " ".join(words[:-1])
    return name


def _meter(block: Block, state: _State) -> None:
    """A bar: check it against the label just read, or take its value when there is none."""
    assert block.meter is not None
    draft = state.draft
    if state.pending is not None or (block.text and state.last is None):
        name_block = state.pending or block
        state.pending = None
        _from_bar(name_block, block, state)
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
    else:
        draft.accounted.update(range(block.start, block.end + 1))


def _from_bar(name_block: Block, block: Block, state: _State) -> None:
    """A dimension that shows no number: its bar's value, flagged as read from the bar."""
    assert block.meter is not None
    draft = state.draft
    state.last = _add(name_block.text, str(block.meter), None, [name_block, block], draft)
    if state.last is not None:
        draft.flag(
            "score-from-bar",
            f"dimension {name_block.text!r} shows no number; score {block.meter} read from its bar",
            block,
            f"{state.last[0]}.score",
        )


@per_line  # asked of every block of a page, twice; dimension lines recur across pages
def is_dimension_line(text: str) -> bool:
    """For finding a dimension list whose section label is missing."""
    if not _ends_like_a_score(text):
        return False  # asked of every line of a page: the cheap test without a call
    match = _match(text)
    return (
        match is not None
        and _could_be_name(match["name"])
        and not math.isnan(_percent(match["score"], match["scale"])[0])
    )


def dimension_label(text: str) -> str | None:
    """The name on a dimension line ("Strategic Vision 70%": "Strategic Vision"), or None."""
    if not is_dimension_line(text):
        return None
    match = _match(text)
    return None if match is None else match["name"].strip()


def is_score(text: str) -> bool:
    """A score standing on its own line ("95%", "70 / 100", "7/10"); not a bare number."""
    return (
        len(text) <= _LINE_MAX_CHARS
        and _ends_like_a_score(text)
        and _SCORE_ONLY.match(text) is not None
    )


def is_captioned_score(text: str) -> bool:
    """A score after a one-word caption and a colon ("Score: 70%"): under a label, its value."""
    match = _match(text)
    return match is not None and match["sep"] == ":" and len(match["name"].split()) == 1


def is_bare_score(text: str) -> bool:
    """A whole number from 0 to 100 on its own line: a score right under a dimension's label."""
    return _BARE.match(text) is not None and int(text) <= 100


def is_table_rule(text: str) -> bool:
    """A rule of a table drawn with characters ("├────┼────┤", "+----+----+")."""
    return len(text) >= 3 and _RULE.match(text) is not None


def is_table_row(text: str) -> bool:
    """A drawn table's row (or rows run together) of dimension names and scores."""
    return _drawn_table(text) is not None


def drawn_rows(text: str) -> int:
    """How many name and score rows a drawn table's rows run together hold (0: none)."""
    rows = _drawn_table(text)
    return 0 if rows is None else len(rows)


@per_line  # asked of a line by the locator, the outline and the section, in turn
def _match(text: str) -> re.Match[str] | None:
    if len(text) > _LINE_MAX_CHARS or not _ends_like_a_score(text):
        return None
    return _ON_ONE_LINE.match(text)


def is_trended_row(text: str) -> bool:
    """A metric card's row, its trend mark last (see :func:`_trended`), its name a name's:
    a row of a section's scored body, though no evidence of one alone."""
    match = _trended(text)
    return match is not None and _could_be_name(match["name"])


def _trended(text: str) -> re.Match[str] | None:
    """A metric card's row, its trend mark last ("Governance 89 ▲", "Governance89▲").

    Read inside the dimensions only, not as a page's evidence of them (see
    :func:`is_dimension_line`): a site's own title over such cards is found by the rows'
    other shapes, or not at all."""
    if len(text) > _LINE_MAX_CHARS or text[-1:] not in TREND_MARKS:
        return None
    return _TRENDED.match(text)


def _bracketed(text: str) -> re.Match[str] | None:
    """A row whose score stands in brackets after its name ("Talent Scouting (87)")."""
    if len(text) > _LINE_MAX_CHARS or text[-1:] not in (")", "]"):
        return None
    return _BRACKETED.match(text)


def _run_together(text: str) -> list[tuple[str, str, str | None]] | None:
    """Two or more dimensions on one line, each a name and its score, nothing else between."""
    if len(text) > _RUN_MAX_CHARS or not _ends_like_a_score(text):
        return None
    pairs: list[tuple[str, str, str | None]] = []
    at = 0
    for found in re.finditer(_PAIR, text):
        if found.start() != at or not _could_be_name(found["name"].strip()):
            return None
        pairs.append((found["name"], found["score"], found["scale"]))
        at = found.end()
    return pairs if len(pairs) >= 2 and at == len(text) else None


def _drawn_table(text: str) -> list[tuple[str, str, str | None]] | None:
    """Rows of a table drawn with characters, one row or several run together: cells between
    walls, rules dropped; every pair of cells is a name, then its score (a heading row of two
    names, "Dimension | Score", is none)."""
    if len(text) > _DRAWN_MAX_CHARS or WALL.search(text) is None:
        return None
    unruled = re.sub(_RULE_RUN, " ", text)  # (the rules between rows: most of a long table)
    if len(unruled) > _RUN_MAX_CHARS:
        return None
    cells = [c.strip() for c in WALL.split(unruled)]
    cells = [c for c in cells if c]
    if not cells or len(cells) % 2:
        return None
    # the table's heading row run into its rows ("Dimension | Score (0-100)"): it names the
    # columns, so a bare number in the second is a score; so it is in a column of them, every
    # row's second cell a whole number (a text browser's table of scores with no heading row)
    headed = len(cells) > _HEADED_CELLS_MIN and all(map(_heading_text, cells[:2]))
    if headed:
        cells = cells[2:]
    column = len(cells) >= 2 * _COLUMN_MIN_ROWS and all(
        _BARE.match(value) is not None for value in cells[1::2]
    )
    pairs: list[tuple[str, str, str | None]] = []
    for name, value in zip(cells[::2], cells[1::2], strict=True):
        score = _SCORE_ONLY.match(value) if len(value) <= _LINE_MAX_CHARS else None
        bare = score is None and (headed or column) and _BARE.match(value) is not None
        if (score is None and not bare) or not _could_be_name(name) or name[-1:].isdigit():
            return None
        pairs.append(
            (name, value, None) if score is None else (name, score["score"], score["scale"])
        )
    return pairs


_HEADED_CELLS_MIN = 7  # a heading row and three rows at least (two cells each)


def _heading_text(text: str) -> bool:
    """A table's heading cell (see :func:`_heading_cell`) of a line's text."""
    return _could_be_name(text) and not any(c.isdigit() for c in unscaled(text))


def _bare_row(block: Block) -> int:
    """A "name number" line (1) or a "number name" line (2) whose number is a whole score from
    0 to 100; 0 for any other line."""
    text = block.text
    if block.kind is Kind.METER or len(text) > _LINE_MAX_CHARS or not text:
        return 0
    if text[-1].isdigit():
        found, shape = re.match(_BARE_ROW, text), 1
    elif text[0].isdigit():
        found, shape = re.match(_BARE_ROW_FIRST, text), 2
    else:
        return 0
    if found is None or int(found["score"]) > 100 or not _could_be_name(found["name"].strip()):
        return 0
    return shape


def in_bare_column(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index`` is one of at least three "name number" lines in a row (or three "number
    name" lines): a table's rows whose cell walls the converter dropped (a Score column of bare
    numbers, no "%"), or cards that set the number before the label."""
    shape = _bare_row(blocks[index])
    if not shape:
        return False
    lo = index
    while lo > 0 and index - lo < _COLUMN_MIN_ROWS and _bare_row(blocks[lo - 1]) == shape:
        lo -= 1
    hi = index
    while (
        hi + 1 < len(blocks)
        and hi - lo + 1 < _COLUMN_MIN_ROWS
        and _bare_row(blocks[hi + 1]) == shape
    ):
        hi += 1
    return hi - lo + 1 >= _COLUMN_MIN_ROWS


def in_bracketed_column(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index`` is one of at least three lines in a row whose score stands in brackets
    after its name ("Fleet Operations (92)", a badge beside each label of a list): as a column
    of "name number" rows (:func:`in_bare_column`), the run is a section's scores whatever
    titles it. One or two such lines are a site's counts ("Comments (12)"), read inside the
    dimensions only (:func:`_bracketed`)."""
    if blocks[index].text[-1:] not in (")", "]") or not _bracketed_score(blocks[index]):
        return False  # (most lines end otherwise: no pattern is tried)
    lo = index
    while lo > 0 and index - lo < _COLUMN_MIN_ROWS and _bracketed_score(blocks[lo - 1]):
        lo -= 1
    hi = index
    while (
        hi + 1 < len(blocks) and hi - lo + 1 < _COLUMN_MIN_ROWS and _bracketed_score(blocks[hi + 1])
    ):
        hi += 1
    return hi - lo + 1 >= _COLUMN_MIN_ROWS


def _bracketed_score(block: Block) -> bool:
    """A line (no meter) whose score, a whole number to 100, stands in brackets after a name."""
    if block.kind is Kind.METER:
        return False
    found = _bracketed(block.text)
    return (
        found is not None and int(found["score"]) <= 100 and _could_be_name(found["name"].strip())
    )


def short_column(body: Sequence[Block]) -> tuple[set[int], Block | None]:
    """The rows of a section that holds only "name number" lines of one shape, two of them
    (a leader scored on two dimensions: "Systems Thinking: 95", "Vendor Management: 67"), the
    drawn table's rules aside and perhaps a heading row of words over them ("Competency
    Rating (out of 100)"), and that heading: under the section's title they are its scores,
    as three would be anywhere (:func:`in_bare_column`). Empty for any other section."""
    rows = [b for b in body if not _RULE.match(b.text)]
    heading = None
    if len(rows) == _SHORT_COLUMN_ROWS + 1 and _heading_row(rows[0]):
        heading, rows = rows[0], rows[1:]
    if len(rows) != _SHORT_COLUMN_ROWS:
        return set(), None
    shapes = {_bare_row(b) for b in rows}
    if len(shapes) != 1 or 0 in shapes:
        return set(), None
    return {id(b) for b in rows}, heading


def _heading_row(block: Block) -> bool:
    """A table's heading row as a line: a few words, no score ("Dimension   Score")."""
    text = unscaled(block.text)
    return (
        block.kind is not Kind.METER
        and _could_be_name(text)
        and len(text.split()) >= _HEADED_CELLS_MIN_WORDS
        and not any(c.isdigit() for c in text)
    )


_HEADED_CELLS_MIN_WORDS = 2


_SHORT_COLUMN_ROWS = 2


def is_bare_column_heading(blocks: Sequence[Block], index: int) -> bool:
    """The heading row over a column of bare scores ("Dimension   Score"): a few words, no
    number, with the column's first row next (a rule of dashes may stand between)."""
    block = blocks[index]
    text = block.text
    if block.kind is Kind.METER or not _could_be_name(text) or any(c.isdigit() for c in text):
        return False
    following = index + 1
    while following < len(blocks) and _RULE.match(blocks[following].text):
        following += 1
    return following < len(blocks) and in_bare_column(blocks, following)


def _bare_column_heading(body: list[Block], index: int) -> bool:
    """A bare column's heading row at the top of the section (only rules above it)."""
    if not _at_top(body, index):
        return False
    return is_bare_column_heading(body, index)


def _cell_headings(body: list[Block], index: int) -> bool:
    """A table's heading cells at the top of the section, each a line ("Dimension", "Score"),
    over its first row's cells: a name, then its score on the next line."""
    if index > 1 or len(body) < 4:
        return False
    top, name, score = body[:2], body[2], body[3]
    return all(_heading_cell(b) for b in top) and _heading_cell(name) and _lone_score(score)


def _row_headings(body: list[Block], index: int) -> bool:
    """A Markdown table's heading row at the top of the section ("| Dimension | Score |", its
    cells joined, "Dimension Score"), over a row of the same table with a score: every pipe
    table has one, and it names the columns, not a dimension."""
    block = body[index]
    if block.marker != "|" or not _at_top(body, index):
        return False
    following = _next_row(body, index)
    return (
        following is not None
        and following.marker == "|"
        and _heading_cell(block)
        and _match(following.text) is not None
    )


def _at_top(body: list[Block], index: int) -> bool:
    """Only a drawn table's rules stand above ``body[index]`` in the section."""
    return all(_RULE.match(b.text) for b in body[:index])


def _next_row(body: list[Block], index: int) -> Block | None:
    """The first block under ``body[index]`` that is not a drawn table's rule."""
    return next((b for b in body[index + 1 :] if not _RULE.match(b.text)), None)


def _heading_cell(block: Block) -> bool:
    """A table's heading cell: no figure, but in a scale in brackets ("Score (0-100)")."""
    text = block.text
    return (
        block.kind is not Kind.METER
        and _could_be_name(text)
        and not any(c.isdigit() for c in unscaled(text))
        and _match(text) is None
    )


_SCALE_IN_BRACKETS = compiled(r"\([^()]*\)")


def score_pairs(body: Sequence[Block]) -> list[Block]:
    """The first run of three or more names each over its score on the next line ("Cash
    Flow", then "68 / 100": a table's cells read one a line), with the table's heading cells
    right above it (see :func:`_cell_headings`); [] when there is none."""
    index = 0
    while index + 1 < len(body):
        end = index
        # The score under the name first: one match, where most blocks are no score at all.
        while end + 1 < len(body) and _lone_score(body[end + 1]) and _heading_cell(body[end]):
            end += 2
        if (end - index) // 2 >= _COLUMN_MIN_ROWS:
            return list(body[table_top(body, index, _heading_cell) : end])
        index = max(end, index + 1)
    return []


def table_top(blocks: Sequence[Block], first: int, is_cell: Callable[[Block], bool]) -> int:
    """Where a table of scores whose first row starts at ``first`` begins: its two heading
    cells above that row ("Dimension", "Score", each a line) are the table's. One line alone
    above is a title more often than a heading cell."""
    top = first
    while top > 0 and first - top < 2 and is_cell(blocks[top - 1]):
        top -= 1
    return first if first - top == 1 else top


def _column_row(block: Block, state: _State) -> re.Match[str] | None:
    if id(block) not in state.column:
        return None
    return re.match(_BARE_ROW, block.text) or re.match(_BARE_ROW_FIRST, block.text)


def _table_row(block: Block) -> re.Match[str] | None:
    if block.marker != "|" or len(block.text) > _LINE_MAX_CHARS:
        return None
    return re.match(_TABLE_ROW, block.text)


def _could_be_name(text: str) -> bool:
    """A few words, no sentence; a lone number ("12") names nothing."""
    return (
        0 < len(text.split()) <= _NAME_MAX_WORDS
        and not text.endswith((".", "?", "!"))
        and not text.isdigit()
    )


def _percent(raw: str, scale: str | None) -> tuple[float, str | None]:
    """The score as a percentage, and the conversion made when it was on another scale.

    Out of 100 is a percentage as written. A small scale ("7/10", "4.5 of 5") converts only
    when the percentage is a whole number; otherwise (and for any other scale) the value is
    returned as NaN, which no range admits: the line is reported, not guessed at.
    """
    value = float(raw.replace(",", ".").replace("−", "-"))
    if not scale:  # None, or the table row's empty group
        return value, None
    maximum = float(scale.replace(",", "."))
    if maximum == 100:
        return value, None
    if not (1 < maximum <= _SCALE_MAX and maximum.is_integer()) or not 0 <= value <= maximum:
        return float("nan"), None
    from fractions import Fraction  # exact arithmetic, loaded only for a score on a small scale

    percent = Fraction(raw.replace(",", ".")) * 100 / int(maximum)
    if percent.denominator != 1:
        return float("nan"), None
    return float(percent), f"{raw}/{int(maximum)}"


# A number field's type icon before its label ("#Process Knowledge", "# Data Literacy": a
# record view's fields, see extractor.parsing.fieldicons); never a rank ("#1 Priority").
_NUMBER_ICON = compiled(r"# ?(?=[^\W\d_])")


def _without_number_icon(name: str) -> str:
    """A dimension's name without a number field's "#" before it."""
    if not name.startswith("#"):
        return name
    icon = _NUMBER_ICON.match(name)
    return name if icon is None else name[icon.end() :]


def _add(
    name: str, raw_score: str, scale: str | None, blocks: list[Block], draft: Draft
) -> tuple[str, int, Block] | None:
    value, converted = _percent(raw_score, scale)
    name, bar = _without_text_bar(_without_number_icon(name.strip()))
    if math.isnan(value):  # a scale read no further
        draft.unplaced(blocks[-1], "Dimension Profile (a score on a scale not read)")
        for block in blocks[:-1]:
            draft.unplaced(block, "Dimension Profile (a name with no score)")
        return None
    score = round(value)
    shown = f"{raw_score}/{scale}" if scale else raw_score
    if not 0 <= score <= 100:
        draft.flag(
            "score-out-of-range",
            f"dimension {name!r} has score {shown}, outside 0-100; not recorded",
            blocks[-1],
            "dimensions",
        )
        return None
    path = draft.append("dimensions", {"name": name, "score": score}, blocks)
    if bar is not None and abs(score - bar[0]) > bar[1] + _BAR_TOLERANCE:
        draft.flag(
            "score-bar-mismatch",
            f"label says {score}% but the bar drawn before it shows {bar[0]}%; the label is kept",
            blocks[-1],
            f"{path}.score",
        )
    if converted is not None:
        draft.flag(
            "score-scaled",
            f"dimension {name!r} score {converted} read as {score}%",
            blocks[-1],
            f"{path}.score",
        )
    elif value != score:
        draft.flag(
            "score-rounded",
            f"dimension {name!r} score {raw_score} rounded to {score}",
            blocks[-1],
            f"{path}.score",
        )
    return (path, score, blocks[-1])


def _without_text_bar(name: str) -> tuple[str, tuple[int, int] | None]:
    """``name`` without a bar drawn with characters at its end, and the bar's reading: its
    percentage and the width of one cell in points (how far a drawn bar may round the score)."""
    if name[-1:] not in _BAR_FILLED and name[-1:] not in _BAR_EMPTY:
        return name, None  # most names: no bar, no pattern run
    found = _TEXT_BAR.search(name)
    if found is None or not found.start():
        return name, None
    cells = found["bar"]
    filled = sum(1 for c in cells if c in _BAR_FILLED)
    return name[: found.start()], (round(100 * filled / len(cells)), math.ceil(100 / len(cells)))
