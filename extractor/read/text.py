"""Pasted text: one block per line, headings inferred from shape, wrapped lines re-joined."""

from __future__ import annotations

import re
from itertools import pairwise

from extractor.base.patterns import compiled
from extractor.read.blocks import (  # Kind's members as names (see read.blocks)
    ATTRIBUTION as _ATTRIBUTION,
    HEADING as _HEADING,
    ITEM as _ITEM,
    PARAGRAPH as _PARAGRAPH,
    QUOTE as _QUOTE,
    Block,
    Kind,
    TitleTest,
    new_block,
    no_titles,
)
from extractor.read.columns import column_lines
from extractor.read.lines import (
    CLOSE_QUOTE,
    LONE_MARKERS,
    OPEN_QUOTE,
    RULE_FIRST,
    SHAPED_FIRST,
    WALL,
    WALLS,
    attach_lone_markers,
    classify,
    closes_quote,
    glyph_items,
    is_lone_marker,
    is_rule,
    looks_like_heading,
    quote_is_open,
    split_texts,
)
from extractor.read.linkrefs import LINK_START, split_link_runs, strip_link_texts
from extractor.read.reflow import (
    MIN_WRAP,
    NEAR,
    UNWRAPPED,
    blank_line_separated,
    join_lines,
    wrap_width,
    wraps_into,
)


def read_text(text: str, is_title: TitleTest = no_titles) -> list[Block]:
    """Blocks of pasted or converted text; ``is_title`` tells a profile section's title.

    Three ways a line break is read: at a detected wrap width it is undone here (hard-wrapped
    converter output); in a page that separates paragraphs by blank lines, touching lines stay
    one paragraph (``wraps``, joined by the section parsers); in a page without blank lines
    (``innerText``, a browser copy) every line is a paragraph of its own.

    The lines are read by position from parallel lists: their texts, source numbers, indents,
    shapes and soft-break verdicts; the only object made per line is its block.
    """
    columns = column_lines(text)
    if columns:  # side-by-side columns, each read in turn: lines keep their source numbers
        split = [line.text for line in columns]
        indents = [line.indent for line in columns]
        numbers = [line.number for line in columns]
    else:
        split, indents = split_texts(text)
        numbers = list(range(1, len(split) + 1))
    as_wrapped = split  # the lines as the converter wrapped them, its marks included
    if _BUTTON in text or _NO_ALT in text:
        split = _without_converter_marks(split)
    texts = strip_link_texts(split)
    # Link markers exist only where the reference list was found (or the page holds one).
    links = texts is not split or LINK_START in text
    # (Only lines longer than any wrap width count: the others are not built.) The width is
    # the converter's: measured on its lines, before its button marks went and a row of
    # buttons was joined back into one long line.
    width = wrap_width(
        [
            " " * indent + line
            for line, indent in zip(
                texts if as_wrapped is split else as_wrapped, indents, strict=False
            )  # without a reference list
            if indent + len(line) > MIN_WRAP
        ]
    )
    soft_breaks = blank_line_separated(texts)
    # Each line's shape by itself (bullet, dash, quote, plain), worked out once: whether a line
    # continues the one above, and whether its neighbours set it apart as a title, read these.
    # (Most lines start with a letter: their shape is a plain paragraph, made here.)
    shaped = [
        (
            classify(line, number, soft)
            if line[0] in SHAPED_FIRST
            else new_block((_PARAGRAPH, line, number, number, "", 0, 0, None, soft))
        )
        if line
        else _BLANK
        for line, number, soft in zip(texts, numbers, soft_breaks, strict=False)
    ]
    page = (texts, numbers, indents, width, is_title)
    # Each block as its first line gave it, then its last line and whether it is a quotation
    # not closed yet; the texts of a block that runs over several lines (joined at the end).
    blocks: list[Block] = []
    ends: list[int] = []
    open_quote: list[bool] = []
    wrapped: dict[int, list[str]] = {}
    lone = False  # a bullet or dash alone on its line, for the next block
    for index, line in enumerate(texts):
        if not line or (line[0] in RULE_FIRST and is_rule(line)):
            continue
        if (
            blocks
            and index
            and texts[index - 1]  # under a blank line, a line starts a block
            and _continues(
                (blocks[-1].kind, ends[-1], open_quote[-1], blocks[-1].start),
                page,
                (index, shaped[index].kind, soft_breaks[index]),
            )
        ):
            last = len(blocks) - 1
            ends[last] = numbers[index]
            parts = wrapped.get(last)
            if parts is None:
                parts = wrapped[last] = [blocks[last].text]
            parts.append(line)
            open_quote[last] = open_quote[last] and not closes_quote(line)
            continue
        block = shaped[index]
        if (
            block.kind is _PARAGRAPH
            and looks_like_heading(line)  # a table lookup for most lines: asked first
            and _isolated(texts, shaped, index)
            and not _between_quotations(blocks, open_quote, texts, index)
        ):
            number = numbers[index]
            block = new_block((_HEADING, line, number, number, "", 0, 0, None, soft_breaks[index]))
        if (
            block.wraps
            and block.kind is _PARAGRAPH
            and index
            and blocks
            and _paragraph_ended(texts[index - 1])
            and (
                ends[-1] > blocks[-1].start  # the paragraph above was wrapped at the width
                if width is not None
                else _unwrapped_break(texts[index - 1], line, ends[-1] == numbers[index - 1])
            )
        ):
            block = block._replace(wraps=False)  # see _paragraph_ended, _unwrapped_break
        lone = lone or block.text in LONE_MARKERS or (len(line) <= 2 and is_lone_marker(line))
        blocks.append(block)
        ends.append(block.end)
        open_quote.append(block.kind is _QUOTE and quote_is_open(block.text))
    for at, parts in wrapped.items():
        blocks[at] = blocks[at]._replace(text=join_lines(parts), end=ends[at])
    if links:
        blocks = attach_lone_markers(split_link_runs(blocks))
    elif lone:  # (without a lone marker, attaching markers gives the blocks as they are)
        blocks = attach_lone_markers(blocks)
    return glyph_items(blocks) if glyph_led_twice(text) else blocks


# A line that opens with a character other than ASCII and a space: maybe a list item after
# its decorative glyph (see :func:`glyph_items`), searched for in the page's text at once.
_GLYPH_LED = compiled(r"^[ \t]*([^\x00-\x7f]\ufe0f?) \S", re.MULTILINE)


def glyph_led_twice(text: str) -> bool:
    """Do two lines of ``text`` open with the same character other than ASCII and a space?
    :func:`glyph_items` changes nothing otherwise (a glyph's items are two at the least), and
    most pages have one such line, a site's back link ("← All Leaders"): asked of the text at
    once, so that the blocks are looked at only on a page that may hold a glyph's list."""
    seen: set[str] = set()
    for match in _GLYPH_LED.finditer(text):
        glyph = match.group(1)
        if glyph in seen:
            return True
        seen.add(glyph)
    return False


_BUTTON = "(BUTTON)"
_NO_ALT = "[]"


def _without_converter_marks(texts: list[str]) -> list[str]:
    """The converter's marks for what has no text of its own, gone: lynx writes a form button
    as ``(BUTTON) label`` (an accordion's section title comes out "(BUTTON) Key Themes"), and
    pandoc's plain writer an image without alt text (a list item's icon) as ``[]``. The
    labels stay. A row of buttons is a row of chips: its marks become the separator " · ",
    and a row lynx wrapped ("(BUTTON) heat pumps (BUTTON) remote" / "diagnostics (BUTTON) …")
    is joined back on its first line (the next left blank: line numbers hold)."""
    texts = list(texts)
    row: int | None = None  # the first line of a row of buttons, while its tails follow
    for index, text in enumerate(texts):
        if text.startswith(_BUTTON) and text.count(_BUTTON) >= _BUTTON_ROW:
            row = index
        elif row is not None and _BUTTON in text and not text.startswith(_BUTTON):
            texts[row], texts[index] = join_lines([texts[row], text]), ""
        else:
            row = None
    return [_unmarked(t) if _BUTTON in t or _NO_ALT in t else t for t in texts]


_BUTTON_ROW = 2


def _unmarked(text: str) -> str:
    text = text.replace(_NO_ALT, " ")
    if text.count(_BUTTON) >= _BUTTON_ROW:
        labels = [" ".join(label.split()) for label in text.split(_BUTTON)]
        return " · ".join(label for label in labels if label)
    return " ".join(text.replace(_BUTTON, " ").split())


def _unwrapped_break(previous: str, line: str, touching: bool) -> bool:
    """In a page with no wrap width, is a touching line under ``previous`` (which ended a
    sentence) a paragraph of its own? Yes under a line longer than any wrap (``UNWRAPPED``),
    when a capital starts it: the page is unwrapped (a browser's copy), and the copy set
    consecutive rows or divs (an email's paragraphs, one table row each) on touching lines,
    where a wrap would have gone on."""
    return touching and len(previous) > UNWRAPPED and line[:1].isupper()


def _paragraph_ended(previous: str) -> bool:
    """At a detected wrap width, a touching line that the wrap did not move (its first word
    would have fitted above: ``_continues`` said no) under a paragraph the wrap did run over
    several lines, whose last line ends a sentence, starts a paragraph of its own: a text
    browser sets consecutive block elements (paragraphs as divs) on touching lines. Without
    this the section parsers would join them again. (Under a line no wrap touched, a touching
    line is a soft break in written text: "...at Meridian AI." / "Previously a ...".)"""
    return previous.rstrip("\"'”’»)").endswith((".", "!", "?"))


def _continues(
    above: tuple[Kind, int, bool, int],
    page: tuple[list[str], list[int], list[int], int | None, TitleTest],
    here: tuple[int, Kind, bool],
) -> bool:
    """Is line ``index`` (of shape ``kind`` by itself) the wrapped tail of the block above
    rather than a block of its own? ``above``: that block's kind, its last line, whether it is
    a quotation not closed yet; ``page``: the lines' texts, source numbers and indents, and the
    wrap width;
    ``here``: the line's index, its shape, and whether blank lines separate blocks around it.

    A quote still open continues, as does a line ending in a dash (the wrap came right after
    it); so does an indented line under a bullet; and any line that
    only a hard wrap at ``width`` moved off the line before it (see :mod:`reflow`), unless,
    in a page without blank lines, it looks like a section title: there a title follows the
    last line of a paragraph directly, and that line may happen to be nearly full — unless
    the wrap shows it is no title (see :func:`_wrapped_not_title`).
    """
    texts, numbers, indents, width, is_title = page
    index, kind, soft_breaks = here
    above_kind, above_end, open_quote, above_start = above
    previous = texts[index - 1] if index else ""
    # The block must end on the line above.
    if not previous or above_end != numbers[index - 1]:
        return False
    text = texts[index]
    if text[:1] in _ROW_FIRST and _drawn_row_goes_on(texts, index):
        return True
    if text[:1] in _TABLE_CORNERS:
        return False  # a drawn table's top border, a line of its own: no text wraps into it
    if above_kind is _HEADING or is_lone_marker(text):
        return False
    if open_quote or previous.endswith(_DANGLING):
        return True
    if above_kind is _QUOTE and text[:1].islower() and _attribution_begun(previous):
        return True  # "« Words. » — On" / "settlement": the caption goes on, whatever the width
    if above_kind is _QUOTE and previous.rstrip(".,").endswith(_CLOSING):
        return False  # the quotation closed at the line's end: what follows is not its words
    if kind is _ATTRIBUTION and above_kind in (_PARAGRAPH, _ITEM):
        # A dash the wrap put first on the line, inside a sentence: only a quote has an
        # attribution under it. Under a sentence's end it is one (a quotation whose marks
        # the page left out, then "— Name", nearly as wide as the line allows).
        if _paragraph_ended(previous):
            return False
        return wraps_into(" " * indents[index - 1] + previous, text, width)
    if kind is _ITEM and above_kind is _PARAGRAPH and _run_goes_on(previous, text):
        return True
    if kind is not _PARAGRAPH:
        return False
    if is_title(text) and not (
        _ends_mid_phrase(previous) and _wrap_possible(previous, indents[index - 1], text, width)
    ):
        # a section's own title starts its section, however full or indented; after a line
        # that ends mid-phrase ("... before they ask you to") only where a wrap could have
        # moved it there (the line above is nearly full)
        return False
    indent = indents[index]
    if above_kind is _ITEM and indent > 0 and indent >= indents[index - 1]:
        if indent == indents[index - 1] and above_start == numbers[index - 1]:
            # set at the column of the item's own marker, right under its marker's line: the
            # item's tail only where a wrap put it there (a table cell's column: "· Lend after
            # the bank" / "calendar"); else a block beside the list ("   • Governance: 80" /
            # "   🏷️ Tags"), whose first word would have fitted on the item's line
            return text[:1].islower() or wraps_into(" " * indent + previous, text, width)
        return not is_title(previous)  # under a toggle's title ("* Episode Summary"): its text
    if above_kind is _PARAGRAPH and _ends_unfinished(previous) and _prose_line(previous):
        return True  # "... a company of the" / "Nordic kind": no sentence ends so
    if indents[index - 1] - indent > _RIGHT_SET_DROP:
        # the line above was set to the right (a right-aligned attribution, w3m's or elinks'
        # way with ``text-align: right``): a wrapped line of it would be set to the right too
        return False
    set_above = " " * indents[index - 1] + previous  # as the page sets it, with its indent
    following = texts[index + 1] if index + 1 < len(texts) else ""
    if (
        not soft_breaks
        and looks_like_heading(text)
        and not _ends_mid_phrase(previous)
        and not _wrapped_not_title(set_above, text, following, width, is_title)
    ):
        return False
    if text.isalpha() and _glued_words(text):
        return False  # a row of links without spaces, not the tail of a wrapped line
    if width is not None and text[:1].isupper() and _paragraph_ended(previous):
        # a sentence ended and a capital starts the line: the wrap's one column of tolerance
        # is not given (a tie is a paragraph break: consecutive divs on touching lines)
        return wraps_into(set_above, text, width + 1)
    return wraps_into(set_above, text, width)


# What a drawn table's rule between two rows starts with: its left junction ("├───┼───┤",
# "╠═══╬═══╣"), or a wall or a plus in ASCII ("|----+----|", "+----+----+"). Three strokes
# exactly, then any run of strokes and junctions: the second run holds the first's strokes, so
# "{3,}" there would try every split of a long line of dashes between the two (quadratic).
_ROW_RULE_FIRST = frozenset("├╠╟╞┝|+")
_ROW_RULE = compiled(r"[├╠╟╞┝|+][─━═\-=]{3}[─━═\-=┼╬╫╪┿+|]*[┤╣╢╡┥|+]")
_ROW_FIRST = _ROW_RULE_FIRST | WALLS
# A drawn table's top-left corner (w3m's "┌────┬───┐", its double and heavy kinds), which
# opens the table's top border under its title.
_TABLE_CORNERS = frozenset("┌┍┎┏╒╓╔╭")


def _row_rule(texts: list[str], index: int) -> bool:
    """A rule between two rows of a drawn table, right under a row."""
    return (
        index > 0
        and texts[index][:1] in _ROW_RULE_FIRST
        and texts[index - 1][:1] in WALLS
        and _ROW_RULE.fullmatch(texts[index]) is not None
    )


def _drawn_row_goes_on(texts: list[str], index: int) -> bool:
    """A bordered table's rule that a text browser draws between every two rows (links' and
    elinks' ``|----+----|``, w3m's ``├────┼────┤``), over a row whose score is a bare number,
    or that row under such a rule: the same table goes on. Its rows are read as one block,
    the heading row with them, as a table without the rules comes out; else each row stood
    alone, its bare number no score without the heading above it, and the run of rows was
    broken by the rules. Rows of two cells only (a name and its score); a table whose scores
    say their scale ("85%", "7/10") is read row by row as before."""
    if _row_rule(texts, index):
        return (
            _two_cells(texts[index - 1])
            and index + 1 < len(texts)
            and _bare_score_row(texts[index + 1])
        )
    return _bare_score_row(texts[index]) and _row_rule(texts, index - 1)


def _bare_score_row(text: str) -> bool:
    """A drawn row of two cells whose second is a bare number ("│ Name │ 96 │")."""
    if not _two_cells(text):
        return False
    score = WALL.split(text)[-2].strip()
    return score.isdigit() and len(score) <= _SCORE_DIGITS


_SCORE_DIGITS = 3


def _two_cells(text: str) -> bool:
    """A drawn row of two cells between walls ("│ Name │ 96 │"): a name and its score, the
    table this joining is for (a table with more columns, an index's, is read row by row)."""
    if text[:1] not in WALLS or text[-1:] not in WALLS:
        return False
    return sum(1 for c in text[1:-1] if c in WALLS) == 1


# How much further right than the line under it a line must start to be set to the right, not
# wrapped into that line: more than a paragraph's first-line indent or a list's hanging one.
_RIGHT_SET_DROP = 16


# Marks that set items apart inside a line ("dry bulk · LNG · Piraeus") and also start a bullet.
_RUN_SEPARATORS = frozenset("·•")


def _run_goes_on(previous: str, text: str) -> bool:
    """A line that starts with the separator the line above sets between its items ("Tags: a ·
    b · c", then "· d · e"), no blank line between: the converter wrapped the run before a
    separator, and the line looks like a bullet only for that."""
    mark = text[:1]
    return (
        mark in _RUN_SEPARATORS
        and text[1:2] == " "
        and f" {mark} " in previous
        and not _paragraph_ended(previous)
    )


# A quotation's closing mark, a dash, then the start of its caption with no stop after it.
_BEGUN_ATTRIBUTION = compiled(r"[”»\"’]\s+[—–―]\s+[^\s.!?][^.!?]*$")


def _attribution_begun(previous: str) -> bool:
    """Does the line end in a caption begun after its quotation ("« Words. » — On"), so that
    a line starting in lower case under it is that caption's rest, not a line of its own?"""
    return _BEGUN_ATTRIBUTION.search(previous) is not None


_GLUED_HUMPS = 2


def _glued_words(text: str) -> bool:
    """One token of three or more capitalised words run together ("TagOneTagTwoTagThree"):
    a row of links or tags a text browser set without spaces, never a wrapped line's tail
    (a name's internal capital, "McKinsey", "JavaScript", makes one hump, not two; a word
    that ends a sentence carries its stop)."""
    humps = sum(1 for a, b in pairwise(text) if a.islower() and b.isupper())
    return humps >= _GLUED_HUMPS


def _wrapped_not_title(
    set_above: str, text: str, following: str, width: int | None, is_title: TitleTest
) -> bool:
    """Is title-like ``text`` the wrapped tail of the line above rather than a title?

    Only where the wrap test holds (the first word would not have fitted above), and neither
    line is a section's title. Then either of two shapes gives it away. The next line is a
    section's title: a title has its section's lines under it, so ``text`` ends the block above
    (a chip line wrapped before a capitalised last chip, "... traceability" / "Guatemala").
    Or the line above is full and ends in a capitalised word with no stop: the wrap cut a name
    (a narrow table cell's "Director of Research at Volta" / "Institute for Energy"); a real
    title follows a sentence's end, a score or a lower-case chip, or room on the line above.
    """
    if width is None or not wraps_into(set_above, text, width):
        return False
    if is_title(text) or is_title(set_above.strip()):
        return False
    if following and is_title(following):
        return True
    last = set_above.rpartition(" ")[2]
    return len(set_above) >= NEAR * width and last[:1].isupper() and last[-1:].isalpha()


def _between_quotations(
    blocks: list[Block], open_quote: list[bool], texts: list[str], index: int
) -> bool:
    """A short line between two quotations is the first one's attribution (a name without
    a dash, as a ``<cite>`` comes out), not a section title."""
    if not blocks or blocks[-1].kind is not _QUOTE or open_quote[-1]:
        return False
    following = next((text for text in texts[index + 1 :] if text), "")
    return following[:1] in OPEN_QUOTE


_BLOCK_END = (".", "!", "?", '"', "”", "»")
_CLOSING = tuple(CLOSE_QUOTE)
_DANGLING = (" —", " –", " ―", " --")  # a dash with nothing after it: the text goes on
# Words no line of a page ends with unless a wrap cut the phrase: "Director of Digital
# Services at" / "Statens Vegvesen Digital" is one headline, not a line and a title.
_MID_PHRASE = frozenset("a an the of at in on for to and or with by from".split())


_PROSE_LINE_WORDS = 6
# Words no sentence ends with (a preposition may: "the language they dream in").
_UNFINISHED = frozenset("a an the of and or".split())


def _ends_unfinished(text: str) -> bool:
    return text.rpartition(" ")[2] in _UNFINISHED


def _prose_line(text: str) -> bool:
    """A line of running text, long enough that a wrap (not a title or chip) ended it."""
    return text.count(" ") >= _PROSE_LINE_WORDS - 1


def _wrap_possible(previous: str, indent: int, text: str, width: int | None) -> bool:
    """Could a wrap at ``width`` have moved ``text``'s first word off ``previous`` (set at
    ``indent``)? Unknown without a width: then it may have."""
    return width is None or wraps_into(" " * indent + previous, text, width)


def _ends_mid_phrase(text: str) -> bool:
    return text.rpartition(" ")[2] in _MID_PHRASE


def _isolated(texts: list[str], shaped: list[Block], index: int) -> bool:
    """Set apart as a title is: a block ends above it, and a blank line or prose follows.

    ``innerText`` and a browser copy put a title right under the last line of the section
    before (an attribution, a sentence) and right above its first sentence.
    """
    above_ends = (
        index == 0 or not texts[index - 1] or _ends_block(texts[index - 1], shaped[index - 1])
    )
    if not above_ends:
        return False
    if index + 1 >= len(texts) or not texts[index + 1]:
        return True
    if index == 0 or not texts[index - 1]:
        return False  # blank above, text below: the first line of a paragraph
    below = texts[index + 1]
    return (
        shaped[index + 1].kind is _PARAGRAPH
        and below.endswith((".", "!", "?"))
        and len(below.split()) > len(texts[index].split())
    )


def _ends_block(text: str, shaped: Block) -> bool:
    return text.endswith(_BLOCK_END) or shaped.kind is _ATTRIBUTION


_BLANK = Block(_PARAGRAPH, "", 0, 0)  # what ``shaped`` holds for a blank line: never read
