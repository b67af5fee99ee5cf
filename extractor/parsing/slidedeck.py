"""A slide deck's own lines, the same on every slide: what a presentation saved as a web page
(PowerPoint's "Save as Web Page", a deck's HTML export) sets under each slide's content.

Each slide ends with the master slide's footer box (one text on every slide), the slide's
number, and the viewer's counter "Slide n of N" with its "Previous slide | Next slide" links;
speaker notes may follow under a "Notes:" label. Read in page order they sit at the end of
whatever section the slide holds (a summary's last paragraph, two extra principles, a footer
read as a dimension with the slide's number for its score). The counter is what proves a deck:
two at least, of one total, counting up; only then are the lines around each one set aside.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from extractor.base.patterns import compiled
from extractor.parsing.bycontent import title_shaped
from extractor.read.blocks import Block, Kind

_NAV_LINK = r"(?:previous|prev|next|first|last)\s+slide"
# The viewer's counter, alone or with its links before it, as every converter writes the row.
_COUNTER = compiled(
    rf"^(?:{_NAV_LINK}\s*[|·•/]?\s*){{0,4}}slide\s+(\d{{1,3}})\s+(?:of|/)\s+(\d{{1,3}})$",
    re.IGNORECASE,
)
_COUNTER_MAX_CHARS = 80
_COUNTERS_MIN = 2
_TAIL = 3  # a slide's chrome above its counter: the footer, the number (a date box at most)
_FOOTER_MAX_CHARS = 120
# The speaker notes' label, alone on its line under the counter.
_NOTES_LABEL = compiled(r"^(?:speaker\s+)?notes\s*:?$", re.IGNORECASE)


def _counter(block: Block) -> tuple[int, int] | None:
    """The slide's number and the deck's total when ``block`` is a viewer's counter line.
    Cheap on any line: only a short one ending in a figure is matched."""
    text = block.text
    if not text or not text[-1].isdigit() or len(text) > _COUNTER_MAX_CHARS:
        return None
    found = _COUNTER.match(text)
    return None if found is None else (int(found[1]), int(found[2]))


def _counters(blocks: list[Block]) -> list[tuple[int, int]]:
    """(index, slide number) of each counter line, when they are a deck's: two at least, one
    total, numbers counting up. Else none."""
    found = [(i, c) for i, b in enumerate(blocks) if (c := _counter(b)) is not None]
    if len(found) < _COUNTERS_MIN or len({total for _, (_, total) in found}) != 1:
        return []
    numbers = [n for _, (n, _) in found]
    if any(b <= a for a, b in pairwise(numbers)):
        return []
    return [(i, n) for i, (n, _) in found]


def _footers(blocks: list[Block], counters: list[tuple[int, int]]) -> frozenset[str]:
    """The texts that stand in the tail of half the slides at least (two at least): the
    master slide's footer box. A slide's own content is not the same on every slide."""
    seen: Counter[str] = Counter()
    for index, number in counters:
        tail = {
            b.text
            for b in blocks[max(0, index - _TAIL) : index]
            if b.text != str(number) and len(b.text) <= _FOOTER_MAX_CHARS
        }
        seen.update(tail)
    least = max(_COUNTERS_MIN, (len(counters) + 1) // 2)
    return frozenset(text for text, count in seen.items() if count >= least)


def slide_chrome(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """``blocks`` without a deck's per-slide chrome, and that chrome (empty when the page is
    no deck). A footer run into the paragraph above it (a text browser joins the two lines)
    is cut off that paragraph's end."""
    counters = _counters(blocks)
    if not counters:
        return blocks, []
    footers = _footers(blocks, counters)
    drop: set[int] = set()
    cut: dict[int, str] = {}
    for index, number in counters:
        drop.add(index)
        drop.update(_tail(blocks, index, number, footers, cut))
        drop.update(_notes(blocks, index))
    titles = _titles(blocks, drop)
    kept = [_kept(b, cut.get(i), title=i in titles) for i, b in enumerate(blocks) if i not in drop]
    return kept, [b for i, b in enumerate(blocks) if i in drop]


def _titles(blocks: list[Block], drop: set[int]) -> set[int]:
    """The slides' title boxes: the first line after each slide's chrome (the deck's first
    slide has none above it), when it has a title's shape. A slide opening with a paragraph
    (a bio's slide, untitled) has none."""
    found: set[int] = set()
    for index in sorted(drop):
        after = index + 1
        if (
            after < len(blocks)
            and after not in drop
            and title_shaped(blocks[after])
            and not _NOTES_LABEL.match(blocks[after].text)  # notes kept (see _notes)
        ):
            found.add(after)
    return found


def _kept(block: Block, footer: str | None, *, title: bool) -> Block:
    """A block the deck keeps: a footer glued to its end cut off (see :func:`cut_block`), a
    slide's title box read as the heading it is (level 0: known by its place, not markup)."""
    if footer is not None:
        block = cut_block(block, footer)
    return block._replace(kind=Kind.HEADING, level=0) if title else block


def _tail(
    blocks: list[Block], index: int, number: int, footers: frozenset[str], cut: dict[int, str]
) -> list[int]:
    """The chrome just above the counter at ``index``: the footer and the slide's number, in
    either order, up to the first line of the slide's own. A footer glued to the end of that
    line is recorded in ``cut``."""
    found: list[int] = []
    numbered = False
    at = index - 1
    while at >= 0 and index - at <= _TAIL:
        text = blocks[at].text
        if text == str(number) and not numbered:
            numbered = True
        elif text in footers:
            pass
        else:
            glued = next((f for f in footers if text.endswith(" " + f)), None)
            if glued is not None:
                cut[at] = glued
            break
        found.append(at)
        at -= 1
    return found


def cut_block(block: Block, footer: str) -> Block:
    """``block`` without ``footer`` at its end."""
    return block._replace(text=block.text[: -len(footer)].rstrip())


def _notes(blocks: list[Block], index: int) -> list[int]:
    """The speaker notes under the counter at ``index``: their label and the note, when the
    note is one line of its own. A note the reader ran on over several lines may hold the next
    slide's first paragraph (a text browser joins them): both stay, and the label then stands
    over that text as a title nobody knows, which the section's reader flags."""
    label, note = index + 1, index + 2
    if note >= len(blocks) or not _NOTES_LABEL.match(blocks[label].text):
        return []
    if blocks[note].end > blocks[note].start:
        return []
    return [label, note]
