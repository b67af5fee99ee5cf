"""Text set twice for accessibility, as a converter's text shows it: read once.

Sites such as LinkedIn (and many design systems) set each string twice side by side: once for
the eye (``aria-hidden="true"``) and once for screen readers (a visually-hidden class such as
``sr-only``). A browser paints one; a converter or a select-all copy keeps both. Their text then
shows each heading, chip, score and paragraph doubled: ``AboutAbout`` (the spans run together),
``About About`` (Markdown that kept the span markup), or ``About`` on two lines in a row (a
browser's copy).

A single such repetition proves nothing ("Bora Bora", a chorus line repeated), so the page is
read once only when it shows the pattern as a whole: many blocks doubled, a good share of the
page. One page's copies stand one way (its converter's): only the style or styles the page
shows are read once, so "Bora Bora" on a page whose copies stand on their own lines, or a quote
that repeats itself on a page whose copies run together, keeps its words. The texts read once
are reported (``text-doubled``), their copies' lines with them, never dropped silently.
"""

from __future__ import annotations

from extractor.base.catalog import severity_of
from extractor.base.findings import Finding
from extractor.read.blocks import ATTRIBUTION, PARAGRAPH, Block, Doubled

# The page shows the pattern: at least this many doubled blocks, and this share of all blocks.
_MIN_DOUBLED = 4
_MIN_SHARE = 0.25
# A style of copy is the page's when this many of its doubled blocks stand that way, and this
# share of them: a place named twice on a page of copies on their own lines is no copy.
_MIN_STYLE = 2
_MIN_STYLE_SHARE = 0.25
_PARAGRAPH_BREAK = "\n"  # between two paragraphs read from one block (no block text has one)

RUN = "run together"  # "AboutAbout"
SPACE = "a space apart"  # "About About"
LINE = "on their own lines"  # "About" on two lines in a row


def undouble(blocks: list[Block], text: str = "") -> tuple[list[Block], list[Doubled]]:
    """The blocks with each doubled text read once, and what was read so; the blocks unchanged
    (and nothing read) when the page does not show the pattern. ``text`` is the page the
    blocks were read from, line for line (a text page's): where its lines break tells a copy
    the converter set on the next line from a text that says itself twice on one."""
    styles = _page_styles(blocks)
    if not styles:
        return blocks, []
    source = text.split("\n") if text else []
    main = styles[0]
    out: list[Block] = []
    read: list[Doubled] = []
    skip = -1  # a block already read: the copy on its own line, or a wrapped line's end
    for i, block in enumerate(blocks):
        if i == skip:
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            after is not None
            and _repeats(block, after)
            and (LINE in styles or _broken(block, after))
        ):
            skip = i + 1  # the screen reader's copy on a line of its own
            copies = tuple(range(after.start, after.end + 1))
            read.append(Doubled(block.start, copies, LINE, main == LINE))
            out.append(block)
            continue
        found = _halved(blocks, i, styles, source)
        if found is None:
            out.append(block)
            continue
        once, through, style = found
        read.append(Doubled(block.start, (), style, style == main))
        # the copy was a whole element: its end ends the paragraph (a text browser ran the
        # two copies together mid-line, so no short line shows it)
        for part in once.split(_PARAGRAPH_BREAK):
            out.append(block._replace(text=part, end=blocks[through].end, wraps=False))
        if through > i:
            skip = through
    return out, read


def _broken(block: Block, after: Block) -> bool:
    """On a page whose copies share a line, a text set once and then again on the very next
    line: the converter broke the line between the two copies (w3m wraps after a closing quote
    mark, pandoc before a tag), as the text itself, not doubled, shows. Read once, named as less
    sure; two chips each doubled ("hiringhiring" twice) are two chips."""
    return after.start == block.end + 1 and _once_block(block) is None


def _page_styles(blocks: list[Block]) -> list[str]:
    """The styles the page's copies stand in, the most frequent first; none when the page does
    not show the pattern as a whole."""
    counts: dict[str, int] = {}
    before: Block | None = None
    for block in blocks:
        whole = _once(block.text)
        if whole is not None:
            counts[whole[1]] = counts.get(whole[1], 0) + 1
        elif before is not None and block.text == before.text and _repeats(before, block):
            counts[LINE] = counts.get(LINE, 0) + 1
        before = block
    doubled = sum(counts.values())
    if doubled < _MIN_DOUBLED or doubled < _MIN_SHARE * len(blocks):
        return []
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [s for s, n in ranked if n >= _MIN_STYLE and n >= _MIN_STYLE_SHARE * doubled]


def _halved(
    blocks: list[Block], i: int, styles: list[str], source: list[str]
) -> tuple[str, int, str] | None:
    """Block ``i``'s text read once, the last block it took (itself, or the next one when a
    text browser wrapped the second copy's end onto it) and the copies' style; None unless the
    copies stand in one of the page's ``styles`` (or on a line of their own, see ``_broken``)."""
    block = blocks[i]
    once = _once_block(block)
    through = i
    if once is None and i + 1 < len(blocks) and _wrapped_on(block, blocks[i + 1]):
        after = blocks[i + 1]
        # its mark too, when the wrapped line opened with a dash the reader took for one
        rest = f"{after.marker} {after.text}" if after.marker else after.text
        once = _once_block(block._replace(text=f"{block.text} {rest}"))
        through = i + 1
    if once is None:
        return None
    style = once[1]
    # the copy on the next line, which the reader joined to the shown one (a paragraph's lines,
    # a list item's lazy continuation): a space between them is no style of its own
    if (
        style == SPACE
        and SPACE not in styles
        and blocks[through].end > block.start
        and (LINE in styles or _copy_opens_a_line(source, block, once[0]))
    ):
        style = LINE
    return (once[0], through, style) if style in styles or style == LINE else None


def _copy_opens_a_line(source: list[str], block: Block, once: str) -> bool:
    """Do the block's first lines, as written, hold exactly the first copy (so the second opens
    a line: a converter broke the line between the copies)?"""
    joined = ""
    for number in range(block.start, block.end):
        if number > len(source):
            return False
        line = source[number - 1].strip()
        joined = f"{joined} {line}" if joined else line
        if len(joined) >= len(once):
            return joined == once
    return False


def _wrapped_on(block: Block, after: Block) -> bool:
    """``after`` may be the rest of ``block`` wrapped onto the next line by a text browser or
    a converter (a plain line, or one opening with a dash: "— that is where ..."); only the
    two copies read as one text decide it."""
    return after.start == block.end + 1 and (
        (after.kind == PARAGRAPH and not after.marker) or after.kind == ATTRIBUTION
    )


def _once_block(block: Block) -> tuple[str, str] | None:
    """A block's text read once and its copies' style: doubled whole, as two doubled parts, or
    doubled with the list or attribution mark the reader took off the first copy only ("On X—
    On X" after "— ")."""
    text = block.text
    once = _once(text) or _once_in_two(text)
    if once is None and block.marker:
        for mark in (block.marker + " ", block.marker):
            whole = _once(mark + text)
            if whole is not None and whole[0].startswith(mark):
                return whole[0][len(mark) :].strip(), whole[1]
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


def _once(text: str) -> tuple[str, str] | None:
    """``X`` for ``XX`` or ``X X`` (the whole text twice) and which of the two it was, else
    None. Each has one place the copy can start (half way, or after the middle space)."""
    n = len(text)
    if n < 4:
        return None
    half = n // 2
    if n % 2 == 0:
        if text[0] != text[half] or text[half - 1] != text[-1]:
            return None  # most texts end here, no copy made
        first = text[:half]
        rest = text[half:]
        style = RUN
    else:
        if text[half] != " " or text[0] != text[half + 1]:
            return None
        first = text[:half]
        rest = text[half + 1 :]
        style = SPACE
    return (first, style) if first == rest and _worth(first) else None


def _once_in_two(text: str) -> tuple[str, str] | None:
    """Two doubled texts a converter set on one line (a label and its score: ``AA BB``), each
    read once; None unless both parts are doubled, in one style. When the first ends a sentence
    they were two paragraphs a text browser set on touching lines: they stay two
    (``_PARAGRAPH_BREAK`` between).

    Linear in the text: which prefixes and which suffixes are doubled is read off two
    Z-arrays (the text's and its reverse's), so no part is cut out and compared at every space.
    """
    n = len(text)
    if n < 9 or " " not in text:
        return None
    backward = text[::-1]
    ahead, back = _z_array(text), _z_array(backward)
    counts = _Counts(text)
    start = text.find(" ")
    while start != -1:
        left = _doubled_prefix(text, ahead, start)
        right = _doubled_prefix(backward, back, n - start - 1) if left else None
        if left and right and left[1] == right[1]:
            head, tail = left[0], right[0]
            if counts.worth(0, head) and counts.worth(start + 1, start + 1 + tail):
                first, second = text[:head], text[start + 1 : start + 1 + tail]
                ended = first.rstrip("\"'”’»)").endswith((".", "!", "?"))
                return f"{first}{_PARAGRAPH_BREAK if ended else ' '}{second}", left[1]
        start = text.find(" ", start + 1)
    return None


def _doubled_prefix(text: str, z: list[int], length: int) -> tuple[int, str] | None:
    """The copy's length and style when ``text[:length]`` is ``XX`` or ``X X``, read off the
    text's Z-array (``z[p]``: how far the text from ``p`` on repeats its own start)."""
    if length < 4:
        return None
    half = length // 2
    if length % 2 == 0:
        return (half, RUN) if z[half] >= half else None
    if text[half] == " " and z[half + 1] >= half:
        return half, SPACE
    return None


def _z_array(text: str) -> list[int]:
    """``z[p]``: the length of the longest common prefix of ``text`` and ``text[p:]`` (the
    standard linear-time Z algorithm; ``z[0]`` is the whole length)."""
    n = len(text)
    z = [0] * n
    if n:
        z[0] = n
    left = right = 0
    for p in range(1, n):
        k = min(right - p, z[p - left]) if p < right else 0
        while p + k < n and text[k] == text[p + k]:
            k += 1
        z[p] = k
        if p + k > right:
            left, right = p, p + k
    return z


class _Counts:
    """Running counts of letters-or-digits and of non-space characters, so whether any slice is
    ``_worth`` repeating is told without reading it again."""

    def __init__(self, text: str) -> None:
        self.alnum = [0]
        self.solid = [0]
        for c in text:
            self.alnum.append(self.alnum[-1] + c.isalnum())
            self.solid.append(self.solid[-1] + (not c.isspace()))

    def worth(self, start: int, end: int) -> bool:
        """``_worth(text[start:end])``."""
        return self.alnum[end] - self.alnum[start] > 0 and self.solid[end] - self.solid[start] >= 2


def _worth(text: str) -> bool:
    """Text whose repetition can be told from chance: two characters or more, one of them a
    letter or a digit (a rule or a row of dots repeats by design)."""
    return len(text.strip()) >= 2 and any(c.isalnum() for c in text)


def doubled_finding(read: list[Doubled]) -> Finding:
    """The warning for a page whose text was set twice for accessibility and read once: how
    many texts, where (a copy on a line of its own named with its copy's lines), and each one
    read in a style the page shows less often than its main one named apart, as less sure."""
    usual = [d for d in read if d.usual]
    main = usual[0].style if usual else read[0].style
    message = (
        f"the page sets its text twice (a copy for screen readers next to the shown one; "
        f"copies {main}): {len(read)} doubled texts read once, at lines "
        f"{_doubled_lines(usual)}"
    )
    for style in dict.fromkeys(d.style for d in read if not d.usual):
        rare = [d for d in read if not d.usual and d.style == style]
        message += f"; less sure, copies {style}: lines {_doubled_lines(rare)}"
    return Finding(severity_of("text-doubled"), "text-doubled", message, read[0].line, None)


_SHOWN_DOUBLED = 12  # lines named in the warning; the rest are counted


def _doubled_lines(read: list[Doubled]) -> str:
    """``4, 6 (copy 7), 9`` for the first lines where texts were read once (a copy on lines of
    its own named with them; a page on one line, as HTML may be, named once), then how many
    more lines."""
    shown: list[str] = []
    seen: set[str] = set()
    for doubled in read:
        copies = (
            sorted({doubled.copies[0], doubled.copies[-1]} - {doubled.line})
            if doubled.copies
            else []
        )
        where = (
            f"{doubled.line} (copy {'-'.join(map(str, copies))})" if copies else str(doubled.line)
        )
        if where not in seen:
            seen.add(where)
            shown.append(where)
    more = len(shown) - _SHOWN_DOUBLED
    return ", ".join(shown[:_SHOWN_DOUBLED]) + (f" and {more} more" if more > 0 else "")
