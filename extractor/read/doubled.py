"""Text set twice for accessibility, as a converter's text shows it: read once.

Sites such as LinkedIn (and many design systems) set each string twice side by side: once for
the eye (``aria-hidden="true"``) and once for screen readers (a visually-hidden class such as
``sr-only``). A browser paints one; a converter or a select-all copy keeps both. Their text then
shows each heading, chip, score and paragraph doubled: ``AboutAbout`` (the spans run together),
``About About`` (Markdown that kept the span markup), or ``About`` on two lines in a row (a
browser's copy).

A single such repetition proves nothing ("Bora Bora", a chorus line repeated), so the page is
read once only when it shows the pattern as a whole: many blocks doubled, a good share of the
page. The lines read once are reported (``text-doubled``), never dropped silently.
"""

from __future__ import annotations

from extractor.read.blocks import ATTRIBUTION, PARAGRAPH, Block

# The page shows the pattern: at least this many doubled blocks, and this share of all blocks.
_MIN_DOUBLED = 4
_MIN_SHARE = 0.25
_PARAGRAPH_BREAK = "\n"  # between two paragraphs read from one block (no block text has one)


def undouble(blocks: list[Block]) -> tuple[list[Block], list[int]]:
    """The blocks with each doubled text read once, and the source lines where that was done;
    the blocks unchanged (and no lines) when the page does not show the pattern."""
    doubled = sum(
        1
        for i, block in enumerate(blocks)
        if _once(block.text) is not None or (i and _repeats(blocks[i - 1], block))
    )
    if doubled < _MIN_DOUBLED or doubled < _MIN_SHARE * len(blocks):
        return blocks, []
    out: list[Block] = []
    lines: list[int] = []
    skip = -1  # a block already read: the copy on its own line, or a wrapped line's end
    for i, block in enumerate(blocks):
        if i == skip:
            lines.append(block.start)
            continue
        if i and skip != i - 1 and _repeats(blocks[i - 1], block):
            skip = i  # the screen reader's copy on a line of its own
            lines.append(block.start)
            continue
        once, through = _read_once(blocks, i)
        if once is None:
            out.append(block)
            continue
        lines.append(block.start)
        # the copy was a whole element: its end ends the paragraph (a text browser ran the
        # two copies together mid-line, so no short line shows it)
        for part in once.split(_PARAGRAPH_BREAK):
            out.append(block._replace(text=part, end=blocks[through].end, wraps=False))
        if through > i:
            skip = through
    return out, lines


def _read_once(blocks: list[Block], i: int) -> tuple[str | None, int]:
    """Block ``i``'s text read once, and the last block it took: itself, or the next one when
    a text browser wrapped the second copy's end onto it."""
    block = blocks[i]
    once = _once_block(block)
    if once is None and i + 1 < len(blocks) and _wrapped_on(block, blocks[i + 1]):
        after = blocks[i + 1]
        # its mark too, when the wrapped line opened with a dash the reader took for one
        rest = f"{after.marker} {after.text}" if after.marker else after.text
        once = _once_block(block._replace(text=f"{block.text} {rest}"))
        if once is not None:
            return once, i + 1
    return once, i


def _wrapped_on(block: Block, after: Block) -> bool:
    """``after`` may be the rest of ``block`` wrapped onto the next line by a text browser or
    a converter (a plain line, or one opening with a dash: "— that is where ..."); only the
    two copies read as one text decide it."""
    return after.start == block.end + 1 and (
        (after.kind == PARAGRAPH and not after.marker) or after.kind == ATTRIBUTION
    )


def _once_block(block: Block) -> str | None:
    """A block's text read once: doubled whole, as two doubled parts, or doubled with the
    list or attribution mark the reader took off the first copy only ("On X— On X" after
    "— ")."""
    text = block.text
    once = _once(text) or _once_in_two(text)
    if once is None and block.marker:
        for mark in (block.marker + " ", block.marker):
            whole = _once(mark + text)
            if whole is not None and whole.startswith(mark):
                return whole[len(mark) :].strip()
    return once


def _repeats(before: Block, block: Block) -> bool:
    """The same text as the block right before it, of the same kind or on the very next line
    (where a reader took the copy's opening quote mark for a new quotation): a browser's copy
    of the two spans, each on its own line."""
    return (
        block.text == before.text
        and (
            (block.kind == before.kind and block.marker == before.marker)
            or block.start == before.end + 1
        )
        and _worth(block.text)
    )


def _once(text: str) -> str | None:
    """``X`` for ``XX`` or ``X X`` (the whole text twice), else None."""
    n = len(text)
    if n < 4:
        return None
    half = n // 2
    if n % 2 == 0:
        if text[0] != text[half] or text[half - 1] != text[-1]:
            return None  # most texts end here, no copy made
        first = text[:half]
        rest = text[half:]
    else:
        if text[half] != " " or text[0] != text[half + 1]:
            return None
        first = text[:half]
        rest = text[half + 1 :]
    return first if first == rest and _worth(first) else None


def _once_in_two(text: str) -> str | None:
    """Two doubled texts a converter set on one line (a label and its score: ``AA BB``), each
    read once; None unless both parts are doubled. When the first ends a sentence they were
    two paragraphs a text browser set on touching lines: they stay two (``_PARAGRAPH_BREAK``
    between)."""
    start = text.find(" ")
    while start != -1:
        left, right = _once(text[:start]), _once(text[start + 1 :])
        if left is not None and right is not None:
            joint = _PARAGRAPH_BREAK if left.rstrip("\"'”’»)").endswith((".", "!", "?")) else " "
            return f"{left}{joint}{right}"
        start = text.find(" ", start + 1)
    return None


def _worth(text: str) -> bool:
    """Text whose repetition can be told from chance: two characters or more, one of them a
    letter or a digit (a rule or a row of dots repeats by design)."""
    return len(text.strip()) >= 2 and any(c.isalnum() for c in text)
