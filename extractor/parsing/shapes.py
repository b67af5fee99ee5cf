"""The shapes of a profile's content: what a line of each section looks like.

Used by the locator (:mod:`extractor.parsing.locate`) to tell where a section's content ends and the
site's chrome begins, and to judge whether prose stays on the profile's topic. Each test looks at
one block in its context (``blocks``, ``index``), whatever reader produced it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise

from extractor.base.patterns import compiled
from extractor.parsing.sections import parser_for, qualified_only
from extractor.parsing.sections.dimensions import (
    in_bare_column,
    in_bracketed_column,
    is_bare_column_heading,
    is_bare_score,
    is_captioned_score,
    is_dimension_line,
    is_drawn_bar,
    is_score,
    is_table_row,
    is_table_rule,
    is_trend_mark,
    is_trended_row,
)
from extractor.parsing.sections.principles import is_lone_ordinal
from extractor.parsing.sections.quotes import (
    box_part,
    caption_as_before,
    caption_second_line,
    caption_under_marked_card,
    card_caption_at,
    dashed_line,
    dashed_run_in,
    in_testimonials,
    lone_opening_mark,
    name_above_quotation,
    names_a_person,
    names_who_or_what,
    reads_as_caption,
    run_in_caption,
    set_as_quote,
    single_quoted_with_caption,
)
from extractor.read.blocks import (  # Kind's members as names (see read.blocks)
    ATTRIBUTION as _ATTRIBUTION,
    HEADING as _HEADING,
    ITEM as _ITEM,
    METER as _METER,
    PARAGRAPH as _PARAGRAPH,
    QUOTE as _QUOTE,
    Block,
    Kind,
)
from extractor.read.lines import CLOSE_QUOTE, OPEN_QUOTE, WALLS, is_quote_ornament

_PROSE_MIN_WORDS = 12
_WRAP_MAX_LINES = 40
_WRAPPED_LINE_MIN_CHARS = 40
_PRINCIPLE_MIN_WORDS = 3  # a principle without its bullet is still a sentence
# A page's stamp, a label and its figure or date ("Last update: March 2, 2026", "Reading time:
# 6 min"): no principle, though as long as one, when a converter ran it on under the list.
_LABELLED_FIGURE = compiled(r"^[^\W\d_][^:.!?]{0,30}:\s+[^.!?]*\d[^.!?]*$")
# Full stops of every script: Latin, CJK's ideographic and full-width ones, Devanagari's danda.
_SENTENCE_END = compiled(r"[.!?…。！？।]['\"’”»)」』]*$")
_STOPS = ".!?…。！？।"
_CLOSERS = "'\"’”»)」』"
_STOP_SET = frozenset(_STOPS)
_CLOSER_SET = frozenset(_CLOSERS)


def ends_sentence(text: str) -> bool:
    """``_SENTENCE_END`` found: a full stop, then closing marks only, at the end.

    Read from the end of the text rather than searched for: a search tries every position of
    a long paragraph. (A final newline, which ``$`` also allows, goes to the pattern.)
    """
    last = text[-1:]
    if last in _STOP_SET:
        return True  # the usual sentence: its last character is the stop
    if last == "\n":
        return _SENTENCE_END.search(text) is not None
    if last not in _CLOSER_SET:
        return False
    body = text.rstrip(_CLOSERS)
    return bool(body) and body[-1] in _STOPS


_LABEL_MAX_WORDS = 6
_QUOTE_MIN_WORDS = 3
_CAPTION_LOOKBACK = 40  # blocks; bounds the look back over a long run of quotations
_CAPTION_GAP = 2  # lines from a quotation's last line to its caption's: one blank between


_CONTENT_WORD = compiled(r"[^\W\d_]{6,}")
_ON_TOPIC_MIN = 2
TOPIC_MIN_WORDS = 20
# A section out of the usual order at the very end must be clearly about this leader.
STRICT_SHARED = 3
STRICT_SHARE = 0.3
_ON_TOPIC_SHARE = 0.15


def vocabulary(blocks: Sequence[Block]) -> set[str]:
    """The longer words of some text, case-folded: what it is about, in any language."""
    found: set[str] = set()
    for block in blocks:
        found.update(_content_words(block.text))
    return found


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    """One block's longer words; cached, since the locator asks about the same blocks often."""
    return frozenset(w.casefold() for w in _CONTENT_WORD.findall(text))


def on_topic(
    text: str, topic: set[str], least: int = _ON_TOPIC_MIN, share: float = _ON_TOPIC_SHARE
) -> bool:
    """Shares at least ``least`` longer words, and ``share`` of its own, with ``topic``."""
    words = {w.casefold() for w in _CONTENT_WORD.findall(text)}
    shared = len(words & topic)
    return shared >= least and shared >= share * len(words)


def is_prose(blocks: Sequence[Block], index: int) -> bool:
    """A paragraph of running text: a sentence or a long line, judged on the whole paragraph
    when the source hard-wrapped it over several lines."""
    block = blocks[index]
    if block.kind not in (_PARAGRAPH, _QUOTE) or drawn_rows(block.text):
        return False
    text = wrapped_paragraph(blocks, index)
    if ends_sentence(text):  # then it holds a word: the stop is not white space
        return True
    return len(text.split()) >= _PROSE_MIN_WORDS


def prose_flags(blocks: Sequence[Block]) -> list[bool]:
    """:func:`is_prose` of every block, with whether each block continues the one above worked
    out once for the page: most blocks neither continue one nor are continued, and then their
    paragraph is their own text."""
    size = len(blocks)
    follows = [False] * (size + 1)  # follows[i]: continues(blocks, i), for 0 < i < size
    for i in range(1, size):
        block, previous = blocks[i], blocks[i - 1]
        follows[i] = (
            block.wraps
            and block.kind is previous.kind
            and block.start == previous.end + 1
            and len(previous.text) >= _WRAPPED_LINE_MIN_CHARS
        )
    flags = [False] * size
    for i, block in enumerate(blocks):
        if (block.kind is _PARAGRAPH or block.kind is _QUOTE) and not drawn_rows(block.text):
            text = wrapped_paragraph(blocks, i) if follows[i] or follows[i + 1] else block.text
            flags[i] = ends_sentence(text) or len(text.split()) >= _PROSE_MIN_WORDS
    return flags


_BORDER_FIRST = frozenset("┌└╭╰╔╚+")
_BORDER = compiled(r"[┌└╭╰╔╚+][─━═┬┴╦╩+\-=]+[┐┘╮╯╗╝+]")


def drawn_rows(text: str) -> bool:
    """A drawn table's rows read as one block (the text reader joins a bordered table's rows
    across the rules between them: "│ Ferries │ 4 │ ├───┼───┤ │ Berths │ 22 │"), or its top or
    bottom border under or over them ("└───┴───┘"): cells between walls, however many words
    they hold, are no running text, and a border does not wrap into them."""
    first = text[:1]
    if first in WALLS:
        return text.rstrip()[-1:] in WALLS
    return first in _BORDER_FIRST and _BORDER.fullmatch(text.strip()) is not None


def wrapped_paragraph(blocks: Sequence[Block], index: int) -> str:
    first = last = index
    while first > 0 and index - first < _WRAP_MAX_LINES and continues(blocks, first):
        first -= 1
    while last + 1 < len(blocks) and last - index < _WRAP_MAX_LINES and continues(blocks, last + 1):
        last += 1
    if first == last:
        return blocks[index].text  # not wrapped: nothing to join
    return " ".join(b.text for b in blocks[first : last + 1])


def continues(blocks: Sequence[Block], index: int) -> bool:
    """A hard-wrapped line: on the very next source line after a long line of its kind.

    Wrapping happens near a fixed width, so the line before a wrap is long; a column of short
    lines (a menu, a list of links) is not one paragraph.
    """
    block, previous = blocks[index], blocks[index - 1]
    return (
        block.wraps
        and block.kind is previous.kind
        and block.start == previous.end + 1
        and len(previous.text) >= _WRAPPED_LINE_MIN_CHARS
    )


_BRACKET_ENDS = frozenset(")]")


def is_dimension_block(
    blocks: Sequence[Block], index: int, dimension_line: bool | None = None
) -> bool:
    """A score line, a bar, a score on its own line, a drawn table's row or rule, or a short
    label with a score under it. A bare number ("70") is a score only right under such a
    label (the dimension parser reads it so only inside its section).

    ``dimension_line``: ``is_dimension_line`` of the block's text, when the caller knows it."""
    block = blocks[index]
    text = block.text
    if dimension_line is None:
        dimension_line = is_dimension_line(text)
    if block.kind is _METER or dimension_line or is_score(text):
        return True
    if is_table_rule(text) or is_table_row(text) or is_trended_row(text):
        return True
    if in_bare_column(blocks, index) or is_bare_column_heading(blocks, index):
        return True
    if text[-1:] in _BRACKET_ENDS and in_bracketed_column(blocks, index):
        return True
    previous = blocks[index - 1] if index > 0 else None
    if previous is not None and is_bare_score(text) and (_label(previous) or _bar(previous)):
        return True  # (a bar's number shown after it: name, bar, "96")
    if _in_drawn_row(blocks, index):
        return True
    if previous is not None and is_trend_mark(text):  # a card's mark under its score
        return is_bare_score(previous.text) or is_score(previous.text)
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or not _label(block):
        return False
    return (
        following.kind is _METER
        or is_score(following.text)
        or is_captioned_score(following.text)
        or is_bare_score(following.text)
    )


def _bar(block: Block) -> bool:
    return block.kind is _METER


def _in_drawn_row(blocks: Sequence[Block], index: int) -> bool:
    """A line of a rating row whose label, drawn bar ("★★★★☆") and number are each a line
    (a browser's copy of a row of ``<span>``s): the label, the bar or the number."""
    for bar in (index - 1, index, index + 1):  # the block is the bar's label, bar or number
        if 0 < bar < len(blocks) - 1 and is_drawn_bar(blocks[bar].text):
            label, number = blocks[bar - 1], blocks[bar + 1]
            if _label(label) and is_bare_score(number.text):
                return True
    return False


def _label(block: Block) -> bool:
    """A short line that could name a dimension (no sentence, no number at its end)."""
    text = block.text
    return (
        block.kind in (Kind.PARAGRAPH, Kind.HEADING, Kind.ITEM)
        and 0 < len(text.split()) <= _LABEL_MAX_WORDS
        and not ends_sentence(text)
        and not text[-1:].isdigit()
        and not text.endswith("%")
    )


def _is_chip(blocks: Sequence[Block], index: int) -> bool:
    """A theme chip, a line of chips, or chips run together: anything but a sentence."""
    block = blocks[index]
    if block.group and not _same_bullet(blocks, index):
        # Right after another container's row of chips: a second row (share links, a tag
        # cloud) that is not the section's, whose chips are one container's.
        previous = blocks[index - 1].group if index > 0 else 0
        return not previous or previous == block.group
    if block.kind is not _ITEM and index > 0 and blocks[index - 1].kind is _ITEM:
        # Once the chips are a bulleted list, a line without a bullet after its last item is
        # what follows the list (a docs page's "Edit this page", "Previous"), as for the
        # principles: not a chip that lost its bullet.
        return False
    return block.kind in (_PARAGRAPH, _ITEM, _HEADING) and not ends_sentence(block.text)


def _same_bullet(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index`` is an item alone in its container, with the same bullet as the item
    right above it, alone in its own: one list's next entry, each in a box of its own (a
    slide's bullet paragraphs, each the glyph's span and the text's), not a second row of
    chips. (Two lists of several items each stay two: a second row is the site's.)"""
    block = blocks[index]
    if index == 0 or block.kind is not _ITEM or not block.marker:
        return False
    above = blocks[index - 1]
    return (
        above.kind is _ITEM
        and above.marker == block.marker
        and _alone_in_group(blocks, index)
        and _alone_in_group(blocks, index - 1)
    )


def _alone_in_group(blocks: Sequence[Block], index: int) -> bool:
    group = blocks[index].group
    return (index == 0 or blocks[index - 1].group != group) and (
        index + 1 >= len(blocks) or blocks[index + 1].group != group
    )


_CHIP_MAX_WORDS = 6


def chip_line(block: Block) -> bool:
    """A short line that is no sentence: a chip of a list set one per line ("IMO 2030")."""
    return (
        block.kind in (_PARAGRAPH, _ITEM, _HEADING)
        and len(block.text.split()) <= _CHIP_MAX_WORDS
        and not ends_sentence(block.text)
    )


# Sections whose content a docs page sets in a labelled box (an "admonition": "tip", "note",
# "quote" over the box's text); a chip list is never boxed so (and one-word chips abound).
BOXED = frozenset({"principles", "quotes", "summary", "bio"})
_BOX_LABEL_MAX_CHARS = 12


def box_label(blocks: Sequence[Block], index: int, rule: str, title: bool) -> bool:
    """A box's label: one word of letters, all in one case ("tip", "NOTE", "quote"), set as a
    line of its own over content of the section ``rule`` (a docs page's admonition: the label
    is the box's kind, not the section's words). ``title``: the line stands right under the
    section's title; otherwise the same label must recur in the section (a box per quote),
    right under the end of the part before.
    """
    block = blocks[index]
    text = block.text
    if (
        rule not in BOXED
        or not (block.kind is _PARAGRAPH or (block.kind is _HEADING and block.level == 0))
        or len(text) > _BOX_LABEL_MAX_CHARS
        or not text.isalpha()
        or not (text.islower() or text.isupper())
        or index + 1 >= len(blocks)
    ):
        return False
    if blocks[index + 1].text == text or (index and blocks[index - 1].text == text):
        return False  # a label twice in a row labels no box: a box holds content
    if title:
        return True
    return any(
        blocks[other].text == text
        for other in range(
            max(0, index - _BOX_LOOKAROUND), min(len(blocks), index + _BOX_LOOKAROUND)
        )
        if other != index
    )


_BOX_LOOKAROUND = 8  # blocks: a quote, its attribution and the next box's label lie within


def box_body(blocks: Sequence[Block], index: int, rule: str) -> bool:
    """The text of a box whose label recurs in the section (see :func:`box_label`): the label
    says what it holds, so words under a "quote" label are a quotation even without marks or
    an attribution (the section's last box, its quote the leader's own)."""
    if index <= 0 or index >= len(blocks) or not box_label(blocks, index - 1, rule, False):
        return False
    block = blocks[index]
    if block.kind not in (_PARAGRAPH, _QUOTE):
        return False
    return reads_as_quote(block.text) if rule == "quotes" else is_prose(blocks, index)


# How far back a chip list's title is looked for (see in_chip_list).
_CHIP_LIST_LOOKBACK = 60


def in_chip_list(blocks: Sequence[Block], index: int, rules: Sequence[str | None]) -> bool:
    """Does block ``index`` stand inside a list of chips set one per line: under the themes'
    title with only chips between (``rules``: each block's section rule, or None), and a chip
    after it? A chip there that happens to read as another section's title ("CII ratings",
    "Team quotes") goes on the list."""
    if index + 1 >= len(blocks) or not chip_line(blocks[index + 1]):
        return False
    for earlier in range(index - 1, max(-1, index - _CHIP_LIST_LOOKBACK), -1):
        if rules[earlier] is not None:
            return rules[earlier] == "themes" and earlier < index - 1
        if not chip_line(blocks[earlier]):
            return False
    return False


def chip_not_title(
    blocks: Sequence[Block],
    index: int,
    rule: str,
    rules: Sequence[str | None],
    fits: Callable[[str, int], bool],
) -> bool:
    """A line inside a list of theme chips that only loosely reads as a title ("CII ratings",
    see :func:`extractor.parsing.sections.qualified_only`), with nothing of its section's shape
    under it (``fits(rule, index)``): a chip of the list it stands in, not a section. The
    locator and the outline ask it alike, each with its own ``fits``. So is one that the page's
    markup sets in one group with the chips on both sides of it (an HTML list or row of them),
    whatever the list's title and what follows."""
    if not qualified_only(blocks[index]):
        return False
    if _in_chip_group(blocks, index):
        return True
    if not in_chip_list(blocks, index, rules):
        return False
    return not fits(rule, index + 1)


def _in_chip_group(blocks: Sequence[Block], index: int) -> bool:
    """Does the markup set block ``index`` in one group with the chips right before and after
    it (``Block.group``)?"""
    group = blocks[index].group
    return (
        group != 0
        and 0 < index < len(blocks) - 1
        and blocks[index - 1].group == group == blocks[index + 1].group
        and chip_line(blocks[index - 1])
        and chip_line(blocks[index + 1])
    )


def _is_principle(blocks: Sequence[Block], index: int) -> bool:
    """A bullet, or a long enough paragraph where the list has no bullets: once the list has
    them, a paragraph after its last bullet is what follows the list ("You may also like", a
    footer line), not an item that lost its marker."""
    block = blocks[index]
    if block.kind is _HEADING:
        return _principle_heading(blocks, index)
    return block.kind is _ITEM or (
        block.kind is _PARAGRAPH
        and (len(block.text.split()) >= _PRINCIPLE_MIN_WORDS or _numbered_apart(blocks, index))
        and (index == 0 or blocks[index - 1].kind is not _ITEM)
        and _LABELLED_FIGURE.match(block.text) is None
    )


def _principle_heading(blocks: Sequence[Block], index: int) -> bool:
    """A principle set as a subheading of its own (a blog's editor sets each as an ``<h3>``
    under the section's ``<h2>``): a sentence-long heading right under a shallower heading (the
    title) or a sibling of its level, with no prose under it (a subheading over prose titles a
    part of the text, not a principle)."""
    block = blocks[index]
    if index == 0 or block.level == 0 or len(block.text.split()) < _PRINCIPLE_MIN_WORDS:
        return False
    previous = blocks[index - 1]
    if previous.kind is not _HEADING or not 0 < previous.level <= block.level:
        return False
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return following is None or not is_prose(blocks, index + 1)


def _numbered_apart(blocks: Sequence[Block], index: int) -> bool:
    """A list number set in a block of its own ("01", then the principle), or the block it
    numbers: a numbered list whose numbers a site or converter set apart, short items and all."""
    if index + 1 < len(blocks) and is_lone_ordinal(blocks[index]):
        return True
    return index > 0 and is_lone_ordinal(blocks[index - 1])


_DASHED_AFTER = (_PARAGRAPH, _QUOTE, _ITEM)
_MARKED_MIN_CHARS = 2  # two marks and a word


def _is_quote_part(blocks: Sequence[Block], index: int, named: ProseWords | None = None) -> bool:
    """A quote, an attribution, or unmarked text that an attribution follows (quote + who).

    ``named``: the words of ``blocks``' prose (:class:`ProseWords`), when the caller keeps them
    for the page; else they are read here, if a caption asks."""
    named = ProseWords(blocks) if named is None else named
    block = blocks[index]
    if block.kind is _ATTRIBUTION or (
        block.kind is _ITEM and block.marker == "-" and not _in_dash_list(blocks, index)
    ):
        return True
    if lone_opening_mark(block):
        return index + 1 < len(blocks) and reads_as_quote(blocks[index + 1].text)
    if index > 0 and lone_opening_mark(blocks[index - 1]):
        return reads_as_quote(block.text)  # the quotation a card's big mark opens
    if caption_under_marked_card(blocks, index):
        return True
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is not None and following.kind is _ATTRIBUTION:
        return True
    if following is not None and all(_caption(blocks, index + 1, named)):
        return True  # words set without marks, "On hiring" under them
    if _undashed_attribution(blocks, index, named):
        return True
    if caption_second_line(blocks, index) or caption_second_line(blocks, index + 1):
        return True  # "Abdirahman Yusuf" then "chief pilot": a caption over two lines
    if in_testimonials(blocks, index):
        return True  # a testimonial card's words, its name and line under them
    if caption_as_before(blocks, index) or caption_as_before(blocks, index + 1):
        return True  # a quote card's caption with no dash, set as the card above set its own
    if run_in_caption(blocks, index) is not None:
        return True  # a quote card's words, its caption run into their line
    if block.text[:1] == "'" and single_quoted_with_caption(block.text) is not None:
        return True  # 'Quoted words.' — On hiring, on one line
    if _unattributed_between(blocks, index) or _last_unmarked(blocks, index):
        return True
    if name_above_quotation(blocks, index):
        return True  # a testimonial card's name set above its words, under the card above
    if box_part(blocks, index):
        return True  # a box's title over its words, or those words ("On hiring", then text)
    if _dashed_quote(blocks, index) or _between_dashed_run_ins(blocks, index):
        return True  # "Ship it. — On speed": a <q> whose marks a converter dropped
    if index > 0 and blocks[index - 1].kind in _DASHED_AFTER and dashed_line(block):
        # "- Pieter Hoekstra, ...": an attribution whose dash stayed in its text (a list entry
        # of its own under a quote set as one)
        return True
    return (block.kind is _QUOTE or block.text[:1] in OPEN_QUOTE) and reads_as_quote(block.text)


def _dash_entry(block: Block) -> bool:
    """A list entry set with a dash that is no quotation (no opening mark)."""
    return block.kind is _ITEM and block.marker == "-" and block.text[:1] not in OPEN_QUOTE


def _in_dash_list(blocks: Sequence[Block], index: int) -> bool:
    """A dash entry with another such entry right above or below it: a list of links or
    labels ("- Terms", "- Privacy", "- Security": a site footer as a Markdown converter writes
    it), not an attribution, which stands alone under its quotation. The entry right under a
    quotation stays its attribution where the entries under it are no list of its own: they
    end at the next quotation (the attribution's second line, "- Harbour Day, 2019"), or a
    blank line sets it apart from a tight list (a footer's links): else the quote lost its
    speaker, unflagged."""
    if index > 0 and _quotation(blocks[index - 1]) and _attribution_over_list(blocks, index):
        return False
    return (index > 0 and _dash_entry(blocks[index - 1])) or (
        index + 1 < len(blocks) and _dash_entry(blocks[index + 1])
    )


def _quotation(block: Block) -> bool:
    """A quotation (a block quote, or a line that opens with a quote mark), no dash entry."""
    return block.kind is _QUOTE or (block.text[:1] in OPEN_QUOTE and not _dash_entry(block))


def _attribution_over_list(blocks: Sequence[Block], index: int) -> bool:
    """The dash entry ``index``, under a quotation, over dash entries that are not a list it
    belongs to: they run to the next quotation, or they stand tight under a blank line."""
    end = index + 1
    while end < len(blocks) and _dash_entry(blocks[end]):
        end += 1
    if end < len(blocks) and _quotation(blocks[end]):
        return True
    below = blocks[index + 1 : end]
    return (
        bool(below)
        and below[0].start > blocks[index].end + 1
        and all(b.start == a.end + 1 for a, b in pairwise(below))
    )


def _dashed_quote(blocks: Sequence[Block], index: int) -> bool:
    """A sentence and its dashed attribution on one line (see :func:`dashed_run_in`): one
    that names who or what, or any short one right under such a line or the one above it
    (the list's other quotations say what the dash is)."""
    block = blocks[index]
    if dashed_run_in(block) is not None:
        return True
    if dashed_run_in(block, loose=True) is None:
        return False
    return any(dashed_run_in(blocks[i]) is not None for i in range(max(0, index - 2), index))


def _between_dashed_run_ins(blocks: Sequence[Block], index: int) -> bool:
    """A sentence set without marks or attribution between two lines that each hold a
    sentence and its dashed attribution (see :func:`dashed_run_in`), or last in their list:
    a quotation of the same list that names no one (the leader's own)."""
    if not 0 < index < len(blocks):
        return False
    block, above = blocks[index], blocks[index - 1]
    if not (
        block.kind in (_PARAGRAPH, _ITEM)
        and block.text.endswith((".", "!", "?"))
        and block.text[:1] not in OPEN_QUOTE
        and _dashed_quote(blocks, index - 1)
        and reads_as_quote(block.text)
    ):
        return False
    if index + 1 < len(blocks) and dashed_run_in(blocks[index + 1], loose=True) is not None:
        return True
    # The list's last entry: an item under an item of the same list (same marker)
    return block.kind is _ITEM and above.kind is _ITEM and block.marker == above.marker


def _unattributed_between(blocks: Sequence[Block], index: int) -> bool:
    """Unmarked words between one attributed quotation and the next: a quotation without an
    attribution (the leader's own), its marks lost as the others' were.

    Text set as ``quote, attribution, words, quote, attribution``: the words stand where a
    quotation stands, between an attribution and the next quotation with its attribution.
    """
    if index == 0 or index + 2 >= len(blocks) or blocks[index].kind is not _PARAGRAPH:
        return False
    return (
        blocks[index - 1].kind is _ATTRIBUTION
        and blocks[index + 1].kind in (_PARAGRAPH, _QUOTE)
        and blocks[index + 2].kind is _ATTRIBUTION
        and reads_as_quote(blocks[index].text)
    )


def unattributed_first(blocks: Sequence[Block], index: int) -> bool:
    """Unmarked words right under the quotes' own title, over a quotation and its attribution:
    the run's first quotation without an attribution (the leader's own), set as the others are.

    Text set as ``Notable Quotes, words, quotation, attribution``: the words stand where a
    quotation stands (a site's lead over its quotes is rarely a sentence set apart like one of
    them). The title may be a plain line (a browser's copy keeps no heading)."""
    if index == 0 or index + 2 >= len(blocks) or blocks[index].kind is not _PARAGRAPH:
        return False
    block = blocks[index]
    title = parser_for(blocks[index - 1])
    return (
        title is not None
        and title.name == "quotes"
        and blocks[index + 1].kind in (_PARAGRAPH, _QUOTE)
        and blocks[index + 2].kind is _ATTRIBUTION
        and block.text.rstrip("”\"'’»").endswith((".", "!", "?"))
        and reads_as_quote(block.text)
        and reads_as_quote(blocks[index + 1].text)
    )


def _last_unmarked(blocks: Sequence[Block], index: int) -> bool:
    """A sentence without marks right under an attribution, when the quote above it was set
    without marks too: the section's last quote, set as the others but with no one named."""
    if index < 2 or not card_caption_at(blocks, index - 1):
        return False
    block, above = blocks[index], blocks[index - 2]
    return (
        block.kind is _PARAGRAPH
        and above.kind is _PARAGRAPH
        and block.text[:1] not in OPEN_QUOTE
        and above.text[:1] not in OPEN_QUOTE
        and block.text.endswith((".", "!", "?"))
        and reads_as_quote(block.text)
    )


def _undashed_attribution(blocks: Sequence[Block], index: int, named: ProseWords) -> bool:
    """A caption right under a quotation, without a dash (a ``<cite>`` as converters give it).

    A short line under a quotation may as well be the site's ("Share", "Follow us"), so it is
    a caption when it is set in the block quote too, when another quotation follows it, or
    when the section already set a caption this way (caption, then the next quotation) above
    it: the last quote keeps its caption. So does a caption that says on what, as a site's
    label never does. The section's way is only evidence for a line that opens with a
    person's name ("Lee Park, her cofounder"): under a last quote that has no caption, the
    line there is the site's ("Related people", "More interviews"), which names no one.
    """
    candidate, names = _caption(blocks, index, named)
    if not candidate:
        return False
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if blocks[index].kind is _QUOTE or (following is not None and following.kind is _QUOTE):
        return True  # set inside block-quote markup, as its quotation is: no site line is
    if following is not None and in_marks(blocks[index - 1]) and in_marks(following):
        return True  # between two quotations each wholly in its marks: quote cards' boxes
    if names:
        return True  # "Daniel Ek, on restraint", "On hiring": no site's label reads so
    if not names_a_person(blocks[index].text):
        return False
    for earlier in range(index - 1, max(0, index - _CAPTION_LOOKBACK), -1):
        if _caption_candidate(blocks, earlier, named):
            if blocks[earlier + 1].kind is _QUOTE:
                return True
        elif blocks[earlier].kind is not _QUOTE:
            return False
    return False


def in_marks(block: Block) -> bool:
    """A paragraph or quote wholly in quotation marks ("“Words.”"): a quotation set as such,
    whatever element holds it (a quote card's text box)."""
    text = block.text
    return (
        block.kind in (_PARAGRAPH, _QUOTE)
        and len(text) > _MARKED_MIN_CHARS
        and text[0] in OPEN_QUOTE
        and text[-1] in CLOSE_QUOTE
    )


def _caption_candidate(blocks: Sequence[Block], index: int, named: ProseWords) -> bool:
    """A plain short line standing right under a closed quotation (see :func:`_caption`)."""
    return _caption(blocks, index, named)[0]


def _caption(blocks: Sequence[Block], index: int, named: ProseWords) -> tuple[bool, bool]:
    """Whether block ``index`` is a caption candidate, and whether it names who or what (as
    :func:`names_who_or_what` asks of a line under the block above it).

    A candidate is a plain short line standing right under a closed quotation (or under any
    paragraph, when it names a topic: "On hiring" under words a site set without quote marks).
    Whether a plain line came out as a paragraph or as an inferred title (level 0) depends
    only on the blank lines around it, so both count; a marked-up heading never does. Inside
    a block quote (html2text, markdownify) the caption is a quote block of its own, unquoted.
    A caption stands right under its quotation (one blank line at most).
    """
    block = blocks[index]
    if index <= 0 or not (
        block.kind in (_PARAGRAPH, _QUOTE) or (block.kind is _HEADING and block.level == 0)
    ):
        return False, False
    previous = blocks[index - 1]
    marked = set_as_quote(previous)
    names = caption_names(blocks, index, named)
    # w3m sets two blank lines under a block quote: a caption that names who or what may
    # stand one line further down.
    gap = _CAPTION_GAP + 1 if names else _CAPTION_GAP
    candidate = (
        (previous.kind is _QUOTE or in_marks(previous) or (previous.kind is _PARAGRAPH and names))
        and named.apart(previous, block) <= gap
        and any(c.isalpha() for c in block.text)  # names who or what: a lone dash does not
        and reads_as_caption(
            previous.text,
            block.text,
            marked=marked,
            named=named,
            ornamented=previous.kind is _QUOTE and is_quote_ornament(previous.marker),
        )
    )
    return candidate, names


def caption_names(blocks: Sequence[Block], index: int, named: ProseWords | None = None) -> bool:
    """Does block ``index``, read as a caption under the block above it, name who or what
    (:func:`names_who_or_what`: a name and a source in any words only under block-quote
    markup, a one-word name only when the page's prose names it)? ``named``: as for
    :func:`_is_quote_part`."""
    marked = index > 0 and set_as_quote(blocks[index - 1])
    named = ProseWords(blocks) if named is None else named
    return names_who_or_what(blocks[index].text, marked=marked, named=named)


class ProseWords:
    """Does the page's running text name a word (a one-word speaker, see
    :func:`names_who_or_what`)? The words of the page's paragraphs of running text, read when a
    line first asks. One per page, kept by whoever holds the page's blocks (the locator's page,
    the outline): the blocks must not change while it is asked.

    It keeps the page's other fact a caption rule asks for: ``aside``, the source lines that
    carry only markup the reader set aside (``Document.aside``), which :meth:`apart` does not
    count."""

    __slots__ = ("_aside", "_blocks", "_prose", "_words")

    def __init__(
        self,
        blocks: Sequence[Block],
        prose: Sequence[bool] | None = None,
        aside: Sequence[int] = (),
    ) -> None:
        self._blocks = blocks
        self._prose = prose  # :func:`prose_flags` of the blocks, when the caller has them
        self._words: frozenset[str] | None = None
        self._aside = aside

    def apart(self, upper: Block, lower: Block) -> int:
        """How many lines down from ``upper``'s last line ``lower`` starts, as a reader sees
        them: a line of markup alone (pandoc's ``<div>`` and ``:::`` lines between a quotation
        and its caption) does not count."""
        distance = lower.start - upper.end
        aside = self._aside
        if not aside or distance < 2:
            return distance
        return distance - (bisect_left(aside, lower.start) - bisect_right(aside, upper.end))

    def __call__(self, word: str) -> bool:
        if self._words is None:
            prose = prose_flags(self._blocks) if self._prose is None else self._prose
            words: set[str] = set()
            for block, running in zip(self._blocks, prose, strict=True):
                if running:
                    words.update(_PROSE_WORD.findall(block.text))
            self._words = frozenset(words)
        return word in self._words


_PROSE_WORD = compiled(r"[^\W\d_]+")


def reads_as_quote(text: str) -> bool:
    """Quoted words, not a marker that merely looks like a quote mark ("« Previous").

    Scripts that set no spaces between words (Chinese, Japanese) write a sentence as one
    "word": a run of letters without case as long as a few words counts as a sentence."""
    words = text.split()
    if sum(1 for word in words if any(c.isalpha() for c in word)) >= _QUOTE_MIN_WORDS:
        return True
    return any(_unspaced_words(word) for word in words)


_UNSPACED_SENTENCE_MIN_LETTERS = 6  # letters without case: about three words of such a script


def _unspaced_words(word: str) -> bool:
    """A run of letters without case long enough to be several words run together."""
    caseless = sum(1 for c in word if c.isalpha() and not (c.isupper() or c.islower()))
    return caseless >= _UNSPACED_SENTENCE_MIN_LETTERS


SHAPES: dict[str, Callable[[Sequence[Block], int], bool]] = {
    "dimensions": is_dimension_block,
    "themes": _is_chip,
    "summary": is_prose,
    "bio": is_prose,
    "principles": _is_principle,
    "quotes": _is_quote_part,
}
# The quotes' shape, called by name by a caller that keeps the page's :class:`ProseWords`.
is_quote_part = _is_quote_part
