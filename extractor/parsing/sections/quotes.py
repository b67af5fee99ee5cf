"""Notable Quotes: quoted text, then an attribution on the same line or the next one.

The attribution says who and on what: ``— On hiring`` (the leader, context "On hiring"),
``— Marc Lin, on hiring`` (speaker Marc Lin, context "on hiring"), ``— Marc Lin``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from extractor.base.patterns import compiled
from extractor.parsing.chrome import note_chrome
from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section
from extractor.read.blocks import Block, Kind
from extractor.read.lines import CLOSE_QUOTE, OPEN_QUOTE, is_quote_ornament

_TRAILING_ATTRIBUTION = r"^\s*(?:—|–|―|--|-|~(?=\s))\s*(?P<text>\S.*)$"
_NOT_A_NAME_START = frozenset(
    """on about in at the from when why how during speaking discussing re regarding a an of for to
    with by as""".split()
)
_PARTICLES = frozenset("""de da di del der den van von le la du dos das bin al y""".split())
_NAME_THEN_TOPIC = compiled(r"^(?P<name>.+?)\s+(?P<topic>(?:on|about|discussing)\s+.+)$")
_TOPIC_WORDS = ("on", "about", "discussing")  # the pattern cannot match without one


class _Pending:
    """A quote read, its attribution perhaps still to come (a plain class: see
    :mod:`extractor.base.values`)."""

    __slots__ = ("attribution", "attribution_text", "more", "quote", "text", "wrapped")

    def __init__(
        self, quote: Block, text: str, attribution: Block | None = None, attribution_text: str = ""
    ) -> None:
        self.quote = quote
        self.text = text
        self.attribution = attribution
        self.attribution_text = attribution_text
        self.more: Block | None = None  # the attribution's second line, if it has one
        self.wrapped: list[Block] = []  # the quotation's lines a reader left apart


def parse_quotes(section: Section, draft: Draft) -> None:
    if any(len(block.text) == 1 for block in section.body):  # (most sections: none)
        marks = [i for i, block in enumerate(section.body) if lone_opening_mark(block)]
        if marks and _parse_marked_cards(section.body, marks, draft):
            return
        section = _without_lone_marks(section, draft)
    labels = _ControlLabels(section.body, draft)
    cards = captions_first(section.body)
    if cards is not None:
        for caption, quote in cards:
            _emit(_caption_first(caption, quote), draft, labels)
        return
    boxes = captions_over_sentences(section.body)
    if boxes is not None:
        for box in boxes:
            _emit(_boxed(*box), draft, labels)
        return
    _flag_doubtful_order(section.body, draft)
    _parse_in_order(section, draft, labels)


def _parse_marked_cards(body: list[Block], marks: list[int], draft: Draft) -> bool:
    """Quote cards that each open with a big lone mark (see :func:`lone_opening_mark`): each
    card is its mark, its quotation (the blocks set as a block quote under it), then its
    caption, a short line, if it has one. A line the cards repeat word for word ("Share this
    quote"), or that the page sets apart as its control elsewhere, is the cards' control.
    False, with nothing read, when a card has no quotation under its mark: then the section
    is read line by line."""
    if marks[0] != 0 or not all(
        index + 1 < len(body) and body[index + 1].kind is Kind.QUOTE for index in marks
    ):
        return False
    ends = [*marks[1:], len(body)]
    cards = [body[start + 1 : end] for start, end in zip(marks, ends, strict=True)]
    seen = Counter(block.text for card in cards for block in card[1:])
    labels = _ControlLabels(body, draft)
    for mark, card in zip(marks, cards, strict=True):
        note_chrome([body[mark]], "(a quote card's ornamental opening mark)", draft)
        quoted = 1
        while quoted < len(card) and card[quoted].kind is Kind.QUOTE:
            quoted += 1
        pending = _Pending(card[0], " ".join(block.text for block in card[:quoted]))
        pending.wrapped = card[1:quoted]
        for block in card[quoted:]:
            if seen[block.text] > 1 or labels.is_label(block):
                note_chrome([block], "(a control every quote card repeats)", draft)
            elif pending.attribution is None and _card_caption(block):
                pending.attribution = block
                pending.attribution_text = labels.spaced_off(block.text, seen)
            else:
                draft.unplaced(block, "Notable Quotes (a line of a quote card under its caption)")
        _emit(pending, draft, labels)
    return True


def _without_lone_marks(section: Section, draft: Draft) -> Section:
    """The section without its cards' lone opening marks (see :func:`lone_opening_mark`), each
    block under one read as a quotation set in block-quote markup (its words keep no mark)."""
    body: list[Block] = []
    marked = False
    for block in section.body:
        if lone_opening_mark(block):
            note_chrome([block], "(a quote card's ornamental opening mark)", draft)
            marked = True
            continue
        opened = marked and block.kind is Kind.PARAGRAPH and block.text[:1] not in OPEN_QUOTE
        body.append(block._replace(kind=Kind.QUOTE) if opened else block)
        marked = False
    return Section(section.title, section.heading, body)


def _parse_in_order(section: Section, draft: Draft, labels: _ControlLabels) -> None:
    """The quotes of a section whose attributions follow their quotations (or that have none),
    read line by line: each quotation with the attribution and wrapped lines under it."""
    pending: _Pending | None = None
    first: _Pending | None = None
    body, named, title = _lines_to_read(section, draft)
    for index, block in enumerate(body):
        if title and block.text.strip().casefold() == title and block.kind is not Kind.QUOTE:
            # the section's title again over the next quote (one quote a slide or a card,
            # each under the same title): the page's, never a quote or a caption
            if pending is not None:
                _emit(pending, draft, labels)
                pending = None
            note_chrome([block], "(the quotes' title repeated over the next quote)", draft)
            continue
        if pending is not None and labels.is_label(block):
            draft.flag(
                "site-chrome",
                f"line in the quotes that the page also sets apart as its own control, read "
                f"as site chrome: {block.text!r}",
                block,
            )
            continue
        if pending is not None and _wrapped_on(pending, block):
            pending.text = f"{pending.text} {block.text}"
            pending.wrapped.append(block)
            continue
        if pending is not None and _is_attribution(block) and pending.attribution is None:
            pending.attribution, pending.attribution_text = block, block.text
            continue
        dashed = dashed_line(block)
        if pending is not None and dashed and pending.attribution is None:
            pending.attribution, pending.attribution_text = block, dashed
            continue
        if (
            pending is not None
            and pending.attribution is not None
            and pending.attribution is body[index - 1]
            and caption_second_line(body, index)
        ):
            # "Abdirahman Yusuf" then "chief pilot": one caption over two lines
            pending.attribution_text = f"{pending.attribution_text}, {block.text}"
            pending.more = block
            continue
        following = body[index + 1] if index + 1 < len(body) else None
        if pending is not None and following is None and _labelled_site_line(pending, block):
            draft.unplaced(block, "Notable Quotes (a labelled line after the last quote)")
            continue
        if (
            pending is not None
            and following is None
            and _short_line_after_sentences(pending, block, body, index)
        ):
            draft.unplaced(
                block,
                "Notable Quotes (a short line with no sentence's end after the last quote, "
                "where every quote ends as a sentence: a site's link, or a quote)",
            )
            continue
        if pending is not None and (
            _undashed_attribution(pending, block, following, named)
            or (pending.attribution is None and caption_second_line(body, index + 1))
            or (pending.attribution is None and caption_as_before(body, index))
        ):
            draft.flag(
                "quote-attribution-undashed",
                f"line after a quote, without a dash, taken as its attribution: {block.text!r}",
                block,
                "quotes",
            )
            pending.attribution, pending.attribution_text = block, block.text
            continue
        if _is_attribution(block):
            draft.flag(
                "quote-attribution-orphan",
                f"attribution with no quote before it: {block.text!r}",
                block,
            )
            continue
        if pending is not None:
            _emit(pending, draft, labels)
        pending = _start_line(body, index, draft, labels)
        first = first or pending
    _flag_guessed_ends(first, pending, body, draft)
    if pending is not None:
        _emit(pending, draft, labels)


def _lines_to_read(
    section: Section, draft: Draft
) -> tuple[list[Block], Callable[[str], bool], str]:
    """What :func:`_parse_in_order` reads: the section's lines without the site's lines at its
    end, the test for a name the profile gives, and the title (case-folded; empty without a
    heading) that a slide or card may set again over its quote."""
    body = _without_unattributed_tail(_without_unmarked_tail(section.body, draft), draft)
    title = section.title.strip().casefold() if section.heading is not None else ""
    return body, _named_in_profile(draft, section), title


def _flag_guessed_ends(
    first: _Pending | None, last: _Pending | None, body: list[Block], draft: Draft
) -> None:
    """A warning for the section's first or last quote where only its place made it one
    (:func:`_first_guessed`, :func:`_last_guessed`)."""
    if first is not None and _first_guessed(first, body):
        draft.flag(
            "quote-first-guessed",
            "the section's first line, with neither quote marks nor an attribution, over a "
            f"quotation and its attribution, was taken for the leader's quote: {first.text!r}; "
            "it may be the site's line",
            first.quote,
            "quotes",
        )
    if last is not None and _last_guessed(last, body):
        draft.flag(
            "quote-last-guessed",
            "the section's last line, with neither quote marks nor an attribution, under "
            f"the last attribution, was taken for the leader's quote: {last.text!r}; it "
            "may be the site's line",
            last.quote,
            "quotes",
        )


def captions_first(body: Sequence[Block]) -> list[tuple[list[Block], Block]] | None:
    """Each (caption, quotation) of a section of testimonial cards that set who spoke ABOVE
    the words: a person's name (and perhaps who they are or on what on the next line), then
    the quotation in its marks; and so card after card ("Lee Park" / "her cofounder" /
    "“…”"). Read as captions under the quotation, each quote would take the next card's
    name. The order shows at the section's ends: a caption before the first quotation and
    none after the last. None for any other section (a line that is neither such a caption
    nor a quotation wholly in its marks, two quotations in a row, a caption after the last)."""
    if len(body) < 2 or not _whole_quotation(body[-1]):
        return None
    cards: list[tuple[list[Block], Block]] = []
    caption: list[Block] = []
    for block in body:
        if _whole_quotation(block):
            if not caption:
                return None
            cards.append((caption, block))
            caption = []
        elif _caption_above(block, caption):
            caption.append(block)
        else:
            return None
    return cards


_CAPTION_ABOVE_MAX_LINES = 2  # a name, then who they are or on what


def _caption_above(block: Block, caption: Sequence[Block]) -> bool:
    """A card's caption line set above its quotation: the first names a person ("Lee Park",
    "Lee Park, her cofounder"), a second says who or on what; short lines, no sentence."""
    if len(caption) >= _CAPTION_ABOVE_MAX_LINES or not _card_caption(block):
        return False
    if block.text.endswith(":") or dashed_line(block):
        return False
    return bool(caption) or names_a_person(block.text)


def name_above_quotation(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index`` is a card's one-line caption set above its quotation (see
    :func:`captions_first`), between the card above's quotation and its own: a person's name
    under one quotation and over the next, wherever the lines stand (an avatar image between
    the cards leaves more blank lines than a caption under its words is allowed). The first
    card's name has no quotation above it: the next card's, set so, counts instead."""
    if not (index < len(blocks) - 1 and _whole_quotation(blocks[index + 1])):
        return False
    if not _caption_above(blocks[index], []):
        return False
    if index > 0 and _whole_quotation(blocks[index - 1]):
        return True
    # The section's first card: the next card, set the same way, shows the order.
    return name_above_quotation(blocks, index + 2) if index + 2 < len(blocks) else False


def _whole_quotation(block: Block) -> bool:
    """A line that is one quotation in its marks and nothing else (no attribution after)."""
    text = block.text.rstrip(".,")
    return len(text) > 2 and text[0] in OPEN_QUOTE and text[-1] in CLOSE_QUOTE


def captions_over_sentences(body: Sequence[Block]) -> list[tuple[Block, list[Block]]] | None:
    """Each (caption, the quotation's lines) of a section that sets each quotation as a box
    whose title says who spoke or on what, over the words without quote marks (a docs site's
    "quote" admonition, a card's heading): the caption, then the sentences over a line or
    more, box after box. Read in the usual order, each caption went to the quote above it. A
    box's bare default title ("Quote") names no one: that quote is the leader's. None for any
    other section: it must open with such a caption and end with a sentence, every caption
    over words that end as a sentence does (a page's stamp, "Last update: 2 March", or a
    question over the next line is not a box)."""
    if not body or not box_caption(body[0]):
        return None
    boxes: list[tuple[Block, list[Block]]] = []
    for index, block in enumerate(body):
        lines = boxes[-1][1] if boxes else []
        if box_caption(block) and (not boxes or _box_ends(lines)):
            boxes.append((block, []))
        elif _box_line(block) and (lines or not box_caption(block) or _runs_on(body, index)):
            lines.append(block)
        else:
            return None
    return boxes if all(_box_ends(lines) for _, lines in boxes) else None


_BOX_MAX_LINES = 4  # a quotation's lines in a box (a converter wraps a long one)


def box_part(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index`` is a box's title over its quotation, or a line of that quotation (see
    :func:`captions_over_sentences`), in a run of boxes right under a heading (the section's
    title): the first box's title says who spoke or on what (:func:`_box_names`), each box's
    words end as a sentence within a few lines, the next box's title right under them."""
    for top in range(index, max(-1, index - _BOX_MAX_LINES - 1), -1):
        end = _box_end(blocks, top)
        if end > index and _boxes_above(blocks, top, _BOXES_MAX):
            return True
    return False


_BOXES_MAX = 16  # boxes walked up to the heading over the first: a section's worth


def _box_end(blocks: Sequence[Block], top: int) -> int:
    """Where the box whose title is block ``top`` ends (``top`` when there is none)."""
    if not box_caption(blocks[top]):
        return top
    lines: list[Block] = []
    for below in range(top + 1, min(len(blocks), top + 1 + _BOX_MAX_LINES)):
        block = blocks[below]
        if not _box_line(block) or (
            box_caption(block) and not lines and not _runs_on(blocks, below)
        ):
            break
        lines.append(block)
        if _box_ends(lines):
            return below + 1
    return top


def _boxes_above(blocks: Sequence[Block], top: int, budget: int) -> bool:
    """Does the box at ``top`` stand in a run of boxes that a heading opens: right under the
    heading with a title that names (the first box), or right under another such box?"""
    if top == 0 or budget == 0:
        return False
    above = blocks[top - 1]
    if above.kind is Kind.HEADING:
        return _box_names(blocks[top])
    if not above.text.endswith((".", "!")):
        return False  # the box above ends as a sentence (its last line may be a word or two)
    for start in range(top - 2, max(-1, top - 2 - _BOX_MAX_LINES), -1):
        if _box_end(blocks, start) == top and _boxes_above(blocks, start, budget - 1):
            return True
    return False


_BOX_TITLES = frozenset({"quote", "quotation", "cite"})  # a box's default title: its kind


def _box_names(block: Block) -> bool:
    """A box's title that says who spoke or on what ("On hiring", "Lee Park, her cofounder"),
    or the box's bare default title: how the locator knows a box among a page's lines (a
    wiki's "Early life" over its paragraph is a title and a sentence too)."""
    if not box_caption(block):
        return False
    text = block.text.strip()
    return text.casefold() in _BOX_TITLES or names_who_or_what(text) or names_a_person(text)


def box_caption(block: Block) -> bool:
    """A box's title over a quotation: a caption's shape (:func:`_card_caption`), no label
    and colon, no dash, no sentence ending inside it (a wrapped quotation's first line)."""
    text = block.text
    return (
        _card_caption(block)
        and ":" not in text
        and not dashed_line(block)
        and _SENTENCE_INSIDE.search(text) is None
    )


_SENTENCE_INSIDE = compiled(r"[.!?]\s")


def _runs_on(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index``, a short line, is a quotation's first line wrapped (a text converter's
    hard wrap): the next line, right under it, goes on in lower case."""
    if index + 1 >= len(blocks):
        return False
    below = blocks[index + 1]
    return below.start == blocks[index].end + 1 and below.text[:1].islower()


def _box_line(block: Block) -> bool:
    """A line of a quotation set without marks in a box: plain words, no question."""
    text = block.text
    return block.kind is Kind.PARAGRAPH and text[:1] not in OPEN_QUOTE and not text.endswith("?")


def _box_ends(lines: Sequence[Block]) -> bool:
    """The quotation's lines so far end as a sentence does (three words at least)."""
    return (
        bool(lines)
        and lines[-1].text.endswith((".", "!"))
        and (len(" ".join(b.text for b in lines).split()) > 2)
    )


def _boxed(caption: Block, lines: list[Block]) -> _Pending:
    """The quote of one box (see :func:`captions_over_sentences`)."""
    text = " ".join(b.text.strip() for b in lines)
    if caption.text.strip().casefold() in _BOX_TITLES:
        pending = _Pending(lines[0], text)
    else:
        pending = _Pending(lines[0], text, caption, caption.text)
    pending.wrapped = lines[1:]
    return pending


def _caption_first(caption: list[Block], quote: Block) -> _Pending:
    """The quote of one card whose caption stands above it (see :func:`captions_first`)."""
    pending = _Pending(quote, quote.text, caption[0], ", ".join(b.text for b in caption))
    pending.more = caption[1] if len(caption) > 1 else None
    return pending


def _flag_doubtful_order(body: Sequence[Block], draft: Draft) -> None:
    """Quotations each between caption lines, with captions both before the first and after
    the last: whether a card's caption stands above or under its words cannot be told, so
    each quote may carry its neighbour's speaker. Warn (the quotes are read as captions
    under, the common order)."""
    if len(body) < 3 or _whole_quotation(body[-1]) or not _caption_above(body[0], []):
        return
    tail = 2 if _caption_above(body[-1], body[-2:-1]) and not _whole_quotation(body[-2]) else 1
    if not _caption_above(body[-tail], []) or captions_first(body[:-tail]) is None:
        return
    draft.flag(
        "quote-order-doubtful",
        "the quotes section sets a caption both before its first quotation and after its "
        "last: whether each caption names the quote above or below it is doubtful; read as "
        f"under: {body[0].text!r}",
        body[0],
        "quotes",
    )


_LABEL_MAX_CHARS = 40  # a button's or a link's label: a few short words


class _ControlLabels:
    """A site's control set with each quote ("Copy quote", "Share"): the same short label
    the page also sets apart, on a line of its own read as site chrome (under a quote with
    no attribution, after the last one), or run into the end of two attributions or more
    (converters write a ``<footer>`` and the ``<a>`` after it as one line, "— On
    hiringCopy quote"). An attribution names a different speaker or topic under each quote;
    a label repeats. Worked out when first asked."""

    __slots__ = ("_body", "_draft", "_labels")

    def __init__(self, body: list[Block], draft: Draft) -> None:
        self._body = body
        self._draft = draft
        self._labels: frozenset[str] | None = None

    def _known(self) -> frozenset[str]:
        if self._labels is None:
            apart = {b.text for b in self._draft.chrome if _label_shaped(b.text)}
            glued: dict[str, set[int]] = {}
            for at, block in enumerate(self._body):
                if _is_attribution(block) or dashed_line(block):
                    for tail in _glued_tails(block.text):
                        glued.setdefault(tail, set()).add(at)
            apart.update(tail for tail, where in glued.items() if len(where) > 1)
            self._labels = frozenset(apart)
        return self._labels

    def is_label(self, block: Block) -> bool:
        """A line of its own in the section that is a known label: never a quote's caption."""
        text = block.text
        return (
            block.kind is not Kind.QUOTE
            and block.kind is not Kind.ATTRIBUTION
            and _label_shaped(text)
            and text in self._known()
        )

    def spaced_off(self, text: str, repeated: Counter[str]) -> str:
        """``text`` without a control's label a reader joined to its end after a space (a
        caption as long as the wrap, "... energy regulator Share this quote"): a known label,
        or a line the quote cards repeat."""
        for label in (*self._known(), *(line for line, count in repeated.items() if count > 1)):
            if text.endswith(f" {label}") and len(label) < len(text) // 2 + 1:
                return text[: -len(label) - 1].rstrip()
        return text

    def glued(self, text: str) -> str:
        """The known label run into the end of attribution ``text`` (empty if none)."""
        for tail in _glued_tails(text):
            if tail in self._known():
                return tail
        return ""


def _label_shaped(text: str) -> bool:
    """Short, and no sentence: a control's label."""
    return (
        0 < len(text) <= _LABEL_MAX_CHARS
        and len(text.split()) <= _LABEL_MAX_WORDS
        and text[:1].isalpha()
        and not text.endswith((".", "!", "?"))
    )


def _glued_tails(text: str) -> list[str]:
    """Where a label may have been run into ``text``: each tail that starts with a capital
    right after a lower-case letter, no space between ("hiringCopy quote"), longest first.
    Only the last ``_LABEL_MAX_CHARS`` characters are looked at (no longer tail is
    label-shaped): a tail sliced at every capital of a long line was quadratic."""
    return [
        tail
        for at in range(max(1, len(text) - _LABEL_MAX_CHARS), len(text))
        if text[at].isupper() and text[at - 1].islower() and _label_shaped(tail := text[at:])
    ]


def _wrapped_on(pending: _Pending, block: Block) -> bool:
    """The next line of a quotation a reader left apart (a text browser's wrap it did not
    join): right under it, the quotation with no attribution yet and no sentence's end, the
    line opening in lower case ("It cares whether you" / "bruise it.")."""
    last = pending.wrapped[-1] if pending.wrapped else pending.quote
    text = pending.text
    return (
        pending.attribution is None
        and block.kind is Kind.PARAGRAPH
        and last.kind is Kind.PARAGRAPH
        and block.start - last.end == 1
        and block.text[:1].islower()
        and text[-1:].isalpha()
        and not _ends_as_sentence(text)
    )


_MARKED_MIN = 2  # quotations in marks above an unmarked end: one is no pattern


def _without_unmarked_tail(body: list[Block], draft: Draft) -> list[Block]:
    """The section's lines up to its unmarked end (see :func:`_unmarked_tail`); the lines
    after it are reported, not taken."""
    tail = _unmarked_tail(body)
    for block in body[tail:]:
        draft.unplaced(
            block,
            "Notable Quotes (a line after the last quote, set without the quote marks every "
            "quote above has: the site's line under the quotes)",
        )
    return body[:tail]


def _unmarked_tail(body: list[Block]) -> int:
    """Where the section's unmarked end starts (``len(body)`` when it has none): the lines
    after the last quotation and its caption, in a section whose quotations are all set in
    quote marks or block-quote markup, two or more, and none after them. Such lines are the
    site's, read on because nothing set apart where the quotes end (an organiser's "The link
    will be emailed to you.", a FAQ under the description). A line right under a quotation
    without a caption that reads as one (short, a name, a topic) is its caption; one starting
    in lower case goes on the quotation."""
    marked = [i for i, block in enumerate(body) if _opens_quote(block)]
    if len(marked) < _MARKED_MIN or marked[-1] >= len(body) - 1:
        return len(body)
    last = body[marked[-1]]
    closing = max(map(last.text.rfind, CLOSE_QUOTE))
    captioned = closing > 0 and re.match(_TRAILING_ATTRIBUTION, last.text[closing + 1 :])
    if last.kind is not Kind.QUOTE and closing < 0 and last.text[:2] != "> ":
        return len(body)  # a quotation that may go on below
    start = marked[-1] + 1
    first = body[start]
    if not first.text[:1].isupper():
        return len(body)  # the quotation's words going on, or no sentence of the site's
    if not captioned and _caption_shaped(first):
        start += 1
        if start < len(body) and caption_second_line(body, start):
            start += 1  # "Abdirahman Yusuf" then "chief pilot": one caption over two lines
    rest = body[start:]
    if (
        not rest
        or not _ends_as_sentence(rest[0].text)  # a short line: the rules for it are above
        or any(_is_attribution(b) or dashed_line(b) for b in rest)
    ):
        return len(body)
    return start


def _without_unattributed_tail(body: list[Block], draft: Draft) -> list[Block]:
    """The section's lines up to the last attribution, when two quotations or more above have
    their own attribution under them and the lines after the last one (two or more) have
    none and end no sentence: "Last updated 3 months ago", "Was this helpful?" with its
    buttons, a pager's "Previous ... Next ...", read on because a text copy keeps no marks
    on its quotations (a browser sets them apart by indentation only). A quotation ends as a
    sentence; these are the site's lines: reported, not taken."""
    last = max((i for i, block in enumerate(body) if _attributed(block)), default=-1)
    tail = body[last + 1 :]
    if last < 0 or len(tail) < _TAIL_MIN or any(_said_or_sentence(b) for b in tail):
        return body  # (one line: see _last_guessed)
    said = [i for i in range(1, last + 1) if _attributed(body[i]) and not _attributed(body[i - 1])]
    if len(said) < _MARKED_MIN:
        return body
    for block in tail:
        draft.unplaced(
            block,
            "Notable Quotes (a line after the last attribution, with none of its own where "
            "the quotes above have one, and no sentence: the site's line under the quotes)",
        )
    return body[: last + 1]


_TAIL_MIN = 2


def _said_or_sentence(block: Block) -> bool:
    """A sentence, or words set as a quotation (in marks, as a block quote, or with their
    attribution run in after a dash: '"Same line." — On hiring')."""
    return (
        _ends_as_sentence(block.text)
        or _opens_quote(block)
        or dashed_run_in(block, loose=True) is not None
    )


def _attributed(block: Block) -> bool:
    """An attribution line, set as one or with its dash left in the text."""
    return _is_attribution(block) or bool(dashed_line(block))


def _caption_shaped(block: Block) -> bool:
    """A line that may be the caption of the quotation above it: one set as an attribution,
    or a few words that do not end as a sentence, or a name or a topic."""
    text = block.text
    return bool(
        _is_attribution(block)
        or dashed_line(block)
        or (not _ends_as_sentence(text) and len(text.split()) <= _ATTRIBUTION_MAX_WORDS)
        or names_who_or_what(text)
        or names_a_person(text)
    )


def _last_guessed(pending: _Pending, body: list[Block]) -> bool:
    """The section ends with words set without marks or an attribution right under another
    quote's attribution: read as one more quote (the others were set so too), but a site's
    line stands there as often, so it is a guess."""
    quote = pending.quote
    return (
        pending.attribution is None
        and quote is body[-1]
        and len(body) >= 2
        and card_caption_at(body, len(body) - 2)
        and quote.kind is not Kind.QUOTE
        and quote.text[:1] not in OPEN_QUOTE
    )


def _first_guessed(first: _Pending, body: list[Block]) -> bool:
    """The section opens with words set without marks or an attribution, over a quotation
    and its attribution: read as the leader's own quote (the others were set so too, each
    with its "— who" line), but a site's lead-in stands there as often, so it is a guess."""
    quote = first.quote
    return (
        first.attribution is None
        and quote is body[0]
        and len(body) >= 3
        and not first.wrapped
        and quote.kind is not Kind.QUOTE
        and quote.text[:1] not in OPEN_QUOTE
        and not _is_attribution(body[1])
        and (_is_attribution(body[2]) or bool(dashed_line(body[2])))
    )


_ATTRIBUTION_MAX_WORDS = 12


def _undashed_attribution(
    pending: _Pending, block: Block, following: Block | None, named: Callable[[str], bool]
) -> bool:
    """A short unquoted line right under a finished quotation: its attribution.

    Sites put "who, on what" in a ``<cite>`` or caption without a dash; converters and
    ``innerText`` give it as the next line. Only after a quotation that opened and closed, and
    only for a line that is not itself quoted and reads like a caption, not a sentence. A line
    the reader took for a title by its shape alone (level 0) counts only when another
    quotation or nothing follows it: a title would have its own text under it. ``named``: see
    :func:`names_who_or_what`.
    """
    if pending.attribution is not None or (block.kind is Kind.HEADING and block.level > 0):
        return False
    marked = set_as_quote(pending.quote)
    if (
        block.kind is Kind.HEADING
        and following is not None
        and following.text[:1] not in OPEN_QUOTE
        # "Amaka Okonkwo — On x": no title
        and not names_who_or_what(block.text, marked=marked, named=named)
    ):
        return False
    ornamented = pending.quote.kind is Kind.QUOTE and is_quote_ornament(pending.quote.marker)
    return reads_as_caption(
        pending.text, block.text, marked=marked, named=named, ornamented=ornamented
    )


def _named_in_profile(draft: Draft, section: Section) -> Callable[[str], bool]:
    """Whether one word is the leader's name, or is named by the profile outside this section:
    the test for a one-word speaker (see :func:`names_who_or_what`). The profile's text is
    joined once, when a line first asks."""
    leader = draft.text("name") or ""
    joined: list[str] = []

    def named(word: str) -> bool:
        if word == leader:
            return True
        if not joined:
            others = (body for body in draft.evidence if body is not section.body)
            joined.append("\n".join(block.text for body in others for block in body))
        return _names_word(joined[0], word)

    return named


def _names_word(text: str, word: str) -> bool:
    """Does ``text`` hold ``word`` between word boundaries?"""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def lone_opening_mark(block: Block) -> bool:
    """An opening quote mark alone in its block: a quote card's big decorative "“" set in an
    element of its own above its ``<blockquote>``; it opens the quotation under it, which the
    card never closes."""
    return len(block.text) == 1 and block.text in OPEN_QUOTE and block.kind is not Kind.HEADING


def caption_under_marked_card(blocks: Sequence[Block], index: int) -> bool:
    """A short line right under the quotation a card's lone mark opened (mark, quotation,
    caption): the card's caption, a name or a context ("BBC Radio Sheffield"), whatever its
    words; a site's line under it (a share button) stands after the caption."""
    return (
        index > 1
        and lone_opening_mark(blocks[index - 2])
        and blocks[index - 1].kind is Kind.QUOTE
        and _card_caption(blocks[index])
    )


def set_as_quote(block: Block) -> bool:
    """Words set in block-quote markup (a Markdown ``>`` block quote, an HTML ``<blockquote>``):
    the readers give the kind QUOTE also to any paragraph that opens with a quote mark, but only
    markup sets a caption apart with its quotation (see :func:`names_who_or_what`). So does a
    quotation mark ornament set over the words ("❝" atop a testimonial card, see
    :func:`~extractor.read.lines.attach_lone_markers`): the card is the markup."""
    return block.kind is Kind.QUOTE and (block.marker == ">" or is_quote_ornament(block.marker))


def _labelled_site_line(pending: _Pending, block: Block) -> bool:
    """The section's last line set as a label and its items ("Share this page: Email Print",
    "See also: an article's title"), or the label alone, its links set apart: the site's, not
    the quote's caption, which names who said it or on what ("Lee Park, her cofounder", "On
    hiring"), nor one more quotation, which the page would set as it set the others (under a
    quotation that has its attribution, a line of caption's shape is no quotation). A line the
    text reader took for a title by its shape alone (level 0) counts too."""
    text = block.text
    if block.kind not in (Kind.PARAGRAPH, Kind.HEADING):
        return False
    if block.kind is Kind.HEADING and block.level > 0:
        return False
    label, colon, _ = text.partition(":")
    if not colon or len(label.split()) > _LABEL_MAX_WORDS:
        return False
    head = _name_and_rest(text)[0]
    captioned = _card_caption(block) and (
        pending.attribution is not None or _card_sentence(pending.quote)
    )
    return (
        (captioned or (pending.attribution is None and reads_as_caption(pending.text, text)))
        and not names_who_or_what(text)
        and not looks_like_person(head.strip())
        and not looks_like_person(label.strip())
    )


_LABEL_MAX_WORDS = 4


def _short_line_after_sentences(
    pending: _Pending, block: Block, body: list[Block], index: int
) -> bool:
    """The section's last line, a few words with no sentence's end ("Read the full
    interview", "More from our archive"), under a quote that has its attribution, in a
    section whose every quote ends as a sentence: the site's link more likely than one more
    quote set unlike the others. It is reported, not taken. A line that names who or what
    ("On hiring", "Lee Park") is a caption, the rules above it; one quoted is a quotation."""
    if pending.attribution is None or not _card_caption(block):
        return False
    text = block.text
    if names_who_or_what(text) or names_a_person(text):
        return False
    quotes = [b for b in body[:index] if _opens_quote(b) or _card_sentence(b)]
    return bool(quotes) and all(_ends_as_sentence(b.text) for b in quotes)


def _ends_as_sentence(text: str) -> bool:
    return text.rstrip("”\"'’»").endswith((".", "!", "?", "…"))


def reads_as_caption(
    quote: str,
    text: str,
    *,
    marked: bool = False,
    named: Callable[[str], bool] | None = None,
    ornamented: bool = False,
) -> bool:
    """Could ``text``, standing right under quotation ``quote``, be its undashed attribution?

    Only after a quotation that opened and closed (or, when the line names a topic, after
    words set as a quotation without marks: a block quote's ``<footer>``), and only for a line
    that is not itself quoted and reads like a caption (a few words), not a sentence.
    ``marked``, ``named``: see :func:`names_who_or_what`. ``ornamented``: the quotation was
    opened by a quotation mark ornament on the line above it ("❝" atop a card), which the card
    closes: as closed as a quotation in marks.
    """
    closed = ornamented or (
        quote[:1] in OPEN_QUOTE and quote.rstrip(".").endswith(tuple(CLOSE_QUOTE))
    )
    if not text or text[0] in OPEN_QUOTE:
        return False
    if not (closed or names_who_or_what(text, marked=marked, named=named)):
        return False
    return len(text.split()) <= _ATTRIBUTION_MAX_WORDS and not text.endswith((".", "!", "?"))


# How far back a section's earlier two-line caption is looked for (see caption_second_line).
_SECOND_LINE_LOOKBACK = 40


def caption_second_line(blocks: Sequence[Block], index: int) -> bool:
    """The second line of a caption set over two lines: a person's name alone right under a
    closed quotation, then who they are or on what ("Abdirahman Yusuf" / "chief pilot"), as a
    testimonial card sets the name in bold and the role in small type under it.

    A short line under a name may also be the site's ("Share"), so it counts when it names a
    topic ("On hiring"), when another quotation follows it, or when the section set an earlier
    caption so (name, line, then a quotation): the last quote keeps its second line.
    """
    if not _name_then_line(blocks, index):
        return in_testimonials(blocks, index - 2)
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if names_who_or_what(blocks[index].text) or (following is not None and _opens_quote(following)):
        return True
    for earlier in range(index - 3, max(1, index - _SECOND_LINE_LOOKBACK), -1):
        if _name_then_line(blocks, earlier) and _opens_quote(blocks[earlier + 1]):
            return True
    return False


_TESTIMONIALS_MIN = 2  # cards set alike: one is a paragraph over a team card as often


def in_testimonials(blocks: Sequence[Block], index: int) -> bool:
    """Is block ``index`` the words of a testimonial card set without marks, its caption under
    them over two lines (a name, then who they are or on what), in a run of two such cards
    or more? A page builder's testimonial widget sets each card so (Elementor's: the words,
    the avatar, the name, the job), and a converter drops the markup that said so. One card
    alone is as likely a paragraph over a team member's card, so the run decides."""
    if not _testimonial_at(blocks, index):
        return False
    return _testimonial_at(blocks, index - CARD_LINES) or _testimonial_at(
        blocks, index + CARD_LINES
    )


CARD_LINES = 3  # a testimonial card: the words, the name, the line under it


def _testimonial_at(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index`` ends a sentence set as a plain paragraph, a person's name alone is
    under it, and a caption's short line under that (see :func:`in_testimonials`)."""
    if index < 0 or index + 2 >= len(blocks):
        return False
    words, name, line = blocks[index], blocks[index + 1], blocks[index + 2]
    return (
        words.kind is Kind.PARAGRAPH
        and _ends_as_sentence(words.text)
        and words.text[:1] not in OPEN_QUOTE
        and _plain_line(name)
        and _plain_line(line)
        and not _name_and_rest(name.text)[1]
        and looks_like_person(name.text)
        and bool(line.text)
        and line.text[0] not in OPEN_QUOTE
        and len(line.text.split()) <= _ATTRIBUTION_MAX_WORDS
        and not _ends_as_sentence(line.text)
    )


def _name_then_line(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index`` is a short plain line under a lone person's name under a quotation."""
    if index < 2 or index >= len(blocks):
        return False
    block, name, quote = blocks[index], blocks[index - 1], blocks[index - 2]
    if not (_plain_line(block) and _plain_line(name)):
        return False
    if _name_and_rest(name.text)[1] or not looks_like_person(name.text):
        return False  # "Lee Park, her cofounder": the caption is whole on its line
    # (The name may end in a stop, "Luiz de Souza Jr.", as no caption's words may.)
    return reads_as_caption(quote.text, name.text.rstrip(".")) and reads_as_caption(
        quote.text, block.text
    )


def caption_as_before(blocks: Sequence[Block], index: int) -> bool:
    """A short line opening with a person's name ("Lee Park, her cofounder") right under a
    sentence set without marks, where the quote above was set the same way: a sentence, then
    its caption on a line of its own (one that names who or what, "On hiring", or one found so
    in turn). A quote card sets its source in a ``<div>`` or ``<span>`` under the words, with
    no dash and often no marks; the first caption says on what, the next who.

    Under a sentence alone a name line may be a byline or the site's; under the section's
    second quote set as its first, it is the caption. A name with nothing after it reads as
    well as a title of two capitalised words ("Key Themes"): it counts only when another
    quotation follows it, not a section.

    The walk up the cards stops after ``_CARDS_UP_MAX`` of them: callers ask this of every
    line of a page, so an unbounded walk made a page of thousands of name-captioned sentences
    with nothing that names what quadratic (4,000 such cards: a minute). A profile's quotes
    section holds a few quotes; its first caption lies well within the bound.
    """
    if index >= len(blocks):
        return False
    for _ in range(_CARDS_UP_MAX):
        if not (index >= 3 and _card_caption(blocks[index]) and _card_sentence(blocks[index - 1])):
            return False
        text = blocks[index].text
        head, separator, _ = _name_and_rest(text)
        if ":" in head or not looks_like_person(head.strip()):
            return False  # (a label's "Tagged: Ada Park" is no name)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if not separator and not (following is not None and _card_sentence(following)):
            return False  # a name alone, unless the next card follows: a title ("Key Themes")
        earlier = blocks[index - 2]
        if earlier.kind is Kind.ATTRIBUTION or (
            _card_caption(earlier)
            and _card_sentence(blocks[index - 3])
            and names_who_or_what(earlier.text)
        ):
            return True
        index -= 2
    return False


_CARDS_UP_MAX = 64  # quote cards walked up from a caption to the one that names what (above)


# One quotation in its marks, then perhaps its dashed attribution, up to the next quotation.
_ONE_OF_SEVERAL = compiled(
    r"\s*(?P<quote>[\"“][^\"“”]+[\"”])(?:\s+(?:—|–|--)\s+(?P<caption>[^\"“”]+?))?"
    r"(?=\s+[\"“]|\s*$)"
)


def run_together(text: str) -> list[tuple[str, str]]:
    """(quotation, attribution) of each of several quotations a line holds, each in its marks
    and each perhaps with its dashed attribution ("\"A.\" -- On x \"B.\" -- Lee Park, cfo"):
    a table cell whose ``<br>`` breaks a converter dropped. Empty unless the line is wholly
    such quotations, two or more: nothing of it may be left out."""
    if text[:1] not in '"“' or len(text) < 2:
        return []
    found: list[tuple[str, str]] = []
    at = 0
    while at < len(text):
        one = _ONE_OF_SEVERAL.match(text, at)
        if one is None or one.end() == at:
            return []
        found.append((one["quote"], one["caption"] or ""))
        at = one.end()
    return found if len(found) > 1 else []


_RUN_IN = compiled(r"^(?P<quote>.*[.!?][”\"'’»]?)\s+(?P<caption>[^.!?]+)$")


def run_in_caption(blocks: Sequence[Block], index: int) -> tuple[str, str] | None:
    """(quotation, caption) of a line that holds both: a quote card's words and, run into
    them after the sentence's end, the person's name and who they are ("... at the door.
    Dewi Kartika, branch manager"), as a text browser joins a short line under a line it
    took for wrapped. Only where the card above set its caption on a line of its own (see
    :func:`card_caption_at`, on a line of its own), and only a caption that names a person and
    says who they are:
    a sentence's own last words do not read so. None otherwise."""
    block = blocks[index]
    if block.kind is not Kind.PARAGRAPH or index < 2 or block.text[:1] in OPEN_QUOTE:
        return None
    found = _RUN_IN.match(block.text)
    if found is None:
        return None
    quote, caption = found["quote"], found["caption"]
    head, separator, _ = _name_and_rest(caption)
    if (
        not separator
        or ":" in head
        or len(caption.split()) > _ATTRIBUTION_MAX_WORDS
        or len(quote.split()) < _SINGLE_QUOTED_MIN_WORDS
        or not looks_like_person(head.strip())
    ):
        return None
    return (quote, caption) if _caption_apart(blocks, index - 1) else None


_DASHED_RUN_IN = compiled(r"^(?P<quote>[^\"“”«»]+[.!?…])\s+(?:—|–|--)\s+(?P<caption>\S.*)$")
_DASHED_RUN_IN_KINDS = frozenset({Kind.PARAGRAPH, Kind.ITEM, Kind.QUOTE})


def dashed_run_in(block: Block, *, loose: bool = False) -> tuple[str, str] | None:
    """(quotation, attribution) of a line that holds a sentence set without quote marks and,
    after its end, a dash and who said it or on what ("Ship it. — On speed", "… a single
    question. — Abebe Girma, vegetable trader"): a ``<q>``'s words, whose marks a browser's
    copy and most converters drop, and its attribution set on the same line. Only an
    attribution that names a person or a topic, on a line that is no more than that: a
    sentence's own dash ("… we said. — and then we left") names neither; ``loose``: any
    short attribution ("Interview with Ouest-France, 2023"), where the line is known to stand
    among quotes (in their section, or under such a line). None otherwise."""
    text = block.text
    if block.kind not in _DASHED_RUN_IN_KINDS or text[:1] in OPEN_QUOTE:
        return None
    if " — " not in text and " – " not in text and " -- " not in text:
        return None  # (most lines: no dash between words, no pattern to try)
    found = _DASHED_RUN_IN.match(text)
    if found is None:
        return None
    quote, caption = found["quote"].strip(), found["caption"].strip()
    if len(quote.split()) < _SINGLE_QUOTED_MIN_WORDS:
        return None
    if len(caption.split()) > _ATTRIBUTION_MAX_WORDS or caption.endswith((".", "!", "?")):
        return None
    if not (loose or names_who_or_what(caption) or names_a_person(caption)):
        return None
    return quote, caption


def card_caption_at(blocks: Sequence[Block], index: int) -> bool:
    """Block ``index`` ends a quote as its attribution: a dashed one, or a caption on its own
    line under words set without marks (one that names who or what, "On hiring", or a name
    where the quote above was set so: :func:`caption_as_before`)."""
    return run_in_caption(blocks, index) is not None or _caption_apart(blocks, index)


def _caption_apart(blocks: Sequence[Block], index: int) -> bool:
    """:func:`card_caption_at` for a caption on a line of its own."""
    block = blocks[index]
    if block.kind is Kind.ATTRIBUTION:
        return True
    return index >= 1 and (
        caption_as_before(blocks, index)
        or (
            _card_caption(block)
            and _card_sentence(blocks[index - 1])
            and names_who_or_what(block.text)
        )
    )


def _card_caption(block: Block) -> bool:
    """A plain short line, not quoted, not ending as a sentence does: a caption's shape."""
    text = block.text
    return (
        _plain_line(block)
        and text[:1] not in OPEN_QUOTE
        and len(text.split()) <= _ATTRIBUTION_MAX_WORDS
        and not text.endswith((".", "!", "?", ":"))
    )


def _card_sentence(block: Block) -> bool:
    """Words set without quote marks that end as a sentence does (a quotation that opens
    with its mark has the caption rules of :func:`reads_as_caption`)."""
    if block.kind is not Kind.PARAGRAPH and block.kind is not Kind.QUOTE:
        return False
    text = block.text
    return text[:1] not in OPEN_QUOTE and text.endswith((".", "!", "?")) and len(text.split()) > 2


def _plain_line(block: Block) -> bool:
    """A paragraph, or a title the text reader inferred from blank lines alone (level 0)."""
    return block.kind is Kind.PARAGRAPH or (block.kind is Kind.HEADING and block.level == 0)


def _opens_quote(block: Block) -> bool:
    """Set as a quotation: block-quote markup, an opening mark, or a typed "> " (plain
    text's way to quote, see :func:`unquote`)."""
    return block.kind is Kind.QUOTE or block.text[:1] in OPEN_QUOTE or block.text[:2] == "> "


def dashed_line(block: Block) -> str:
    """The words of a plain line that opens with a dash and a space ("- Pieter Hoekstra, ..."):
    an attribution whose dash the reader left in the text (a converter's markup around it
    kept it from being read as one; or a list item of its own, as a site sets each quote and
    its attribution in one list entry, two lines). Empty for anything else."""
    if (block.kind is not Kind.PARAGRAPH and block.kind is not Kind.ITEM) or len(
        block.text.split()
    ) > _ATTRIBUTION_MAX_WORDS:
        return ""
    found = re.match(_DASHED, block.text)
    return "" if found is None else found["text"]


_DASHED = r"^(?:—|–|―|---|--|-)\s+(?P<text>\S.*)$"  # "---": pandoc's em dash


def _is_attribution(block: Block) -> bool:
    """An attribution line; a list item set with a dash counts (the dash may be the
    attribution's), unless it opens with a quote mark: a quotation in a list whose bullets
    are dashes ("- “Words.” — On hiring", as pandoc writes a list as plain text)."""
    return block.kind is Kind.ATTRIBUTION or (
        block.kind is Kind.ITEM and block.marker == "-" and block.text[:1] not in OPEN_QUOTE
    )


def _start_line(body: list[Block], index: int, draft: Draft, labels: _ControlLabels) -> _Pending:
    """The quote line ``index`` starts; of several quotations run together on it, the ones
    before the last are emitted here."""
    block = body[index]
    together = run_together(block.text)
    if together:
        for text, caption in together[:-1]:
            _emit(_Pending(block, text, block if caption else None, caption), draft, labels)
        text, caption = together[-1]
        return _Pending(block, text, block if caption else None, caption)
    dashed = dashed_run_in(block, loose=True)
    if dashed is not None:
        return _Pending(block, dashed[0], block, dashed[1])
    run_in = run_in_caption(body, index)
    if run_in is not None:
        draft.flag(
            "quote-attribution-undashed",
            f"end of a quote's line, without a dash, taken as its attribution: {run_in[1]!r}",
            block,
            "quotes",
        )
        return _Pending(block, run_in[0], block, run_in[1])
    return _start(block, draft)


def _start(block: Block, draft: Draft) -> _Pending:
    text = block.text
    if _single_quoted(text):
        return _Pending(block, text)
    if (captioned := single_quoted_with_caption(text)) is not None:
        return _Pending(block, captioned[0], block, captioned[1])
    if not text or text[0] not in OPEN_QUOTE:
        if block.kind is not Kind.QUOTE:
            draft.flag(
                "quote-marks-missing",
                "quote without quote marks; taken as a quote",
                block,
                "quotes",
            )
        return _Pending(block, text)
    closing = max(map(text.rfind, CLOSE_QUOTE))
    if closing > 0:
        tail = re.match(_TRAILING_ATTRIBUTION, text[closing + 1 :])
        if tail:
            return _Pending(block, text[: closing + 1], block, tail["text"])
    return _Pending(block, text)


def _emit(pending: _Pending, draft: Draft, labels: _ControlLabels) -> None:
    leader = draft.text("name") or ""
    attribution = pending.attribution_text
    if pending.attribution is not None and (label := labels.glued(attribution)):
        attribution = attribution[: -len(label)].rstrip()
        draft.flag(
            "site-chrome",
            f"{label!r} run into the end of a quote's attribution, a control the page sets "
            f"apart elsewhere, read as site chrome: {pending.attribution_text!r}",
            pending.attribution,
        )
    speaker, context = split_attribution(_said_once(unbracketed(attribution)), leader)
    if context is not None and speaker == leader and names_an_organisation(context):
        draft.flag(
            "quote-attribution-organisation",
            f"a quote's attribution names an organisation, not a person: {context!r} taken "
            "as its context, the leader as the speaker",
            pending.attribution or pending.quote,
            "quotes",
        )
    elif context is not None and speaker == leader and _occasion_or_person(context):
        draft.flag(
            "quote-attribution-occasion",
            f"a quote's attribution reads as an occasion and its date: {context!r} taken as "
            "its context, the leader as the speaker (a person's name and a year read the same)",
            pending.attribution or pending.quote,
            "quotes",
        )
    blocks = [pending.quote] + ([pending.attribution] if pending.attribution else [])
    if pending.more is not None:
        blocks.append(pending.more)
    path = draft.append(
        "quotes",
        {"text": unquote(pending.text), "speaker": speaker, "context": context},
        blocks + pending.wrapped,
    )
    draft.trace(f"{path}.text", [pending.quote, *pending.wrapped])
    if pending.attribution is not None:
        draft.trace(f"{path}.speaker", [pending.attribution])
        if context is not None:
            draft.trace(f"{path}.context", blocks[2:] or [pending.attribution])


def _said_once(text: str) -> str:
    """An attribution given twice around a dash ("On hiring — On hiring"): a page's copy for
    screen readers beside the one it shows, joined by a converter that kept both and the
    dash of the markup between them. Once."""
    for dash in _DASHES:
        head, found, tail = text.partition(dash)
        if found and head.strip() == tail.strip():
            return head.strip()
    return text


def unbracketed(text: str) -> str:
    """An attribution set in parentheses as a whole ("(On hiring)", "(Lee Park, her
    cofounder)", a source line under a quote): its words without them. Brackets that close
    inside the line ("(CFO) Lee Park") or open a second pair are the words' own."""
    text = text.strip()
    inner = text[1:-1]
    if len(text) > 2 and text[0] == "(" and text[-1] == ")" and "(" not in inner:
        return inner.strip() if ")" not in inner else text
    return text


_SINGLE_QUOTED_MIN_WORDS = 3


def _single_quoted(text: str) -> bool:
    """'Words set in straight single quotes.' (British style, and what many editors type): a
    pair at both ends around three words or more, not an elision ("'90s were ...")."""
    return (
        len(text) > 2
        and text[0] == "'"
        and text.rstrip(".,").endswith("'")
        and text[1:2].isalpha()
        and len(text.split()) >= _SINGLE_QUOTED_MIN_WORDS
    )


def single_quoted_with_caption(text: str) -> tuple[str, str] | None:
    """'Words in straight single quotes.' — On hiring: the quotation and its attribution's
    text, when one line holds both (a table cell read as one line, as markdownify gives an
    email's); None otherwise. The quotation ends at the last single quote a dash follows."""
    if text[:1] != "'":
        return None
    closing = text.rfind("' ")
    while closing > 0:
        tail = re.match(_TRAILING_ATTRIBUTION, text[closing + 1 :])
        if tail is not None and _single_quoted(text[: closing + 1]):
            return text[: closing + 1], tail["text"]
        closing = text.rfind("' ", 0, closing)
    return None


def unquote(text: str) -> str:
    """Remove one pair of wrapping quote marks; unbalanced marks are left for the gate to flag.
    A "> " typed before the words (plain text's way to quote, as a forum or an email shows it
    without Markdown) marks the quotation too: it goes as well."""
    if text[:2] == "> ":
        text = text[2:].lstrip()
    if _single_quoted(text):
        inner = text.rstrip(".,")
        return (inner[1:-1] + text[len(inner) :]).strip()
    if len(text) >= 2 and text[0] in OPEN_QUOTE and text[-1] in CLOSE_QUOTE:
        return text[1:-1].strip()
    if len(text) >= 3 and text[0] in OPEN_QUOTE and text[-2] in CLOSE_QUOTE and text[-1] in ".,":
        return (text[1:-2] + text[-1]).strip()
    return text


def split_attribution(text: str, leader: str) -> tuple[str, str | None]:
    """(speaker, context) from an attribution line without its dash."""
    text = text.strip()
    if not text:
        return leader, None
    head, comma, tail = _name_and_rest(text)
    if names_an_organisation(head):
        return leader, text  # an outlet or an event ("BBC Radio Sheffield"): where it was said
    if comma.strip() == "," and head.strip() != leader and dated_occasion(text):
        return leader, text  # "Tirana Tech Days, 2025": where and when it was said
    if comma and (looks_like_person(head.strip()) or (leader and head.strip() == leader)):
        return head.strip(), tail.strip() or None  # the leader's own name: a mononym too
    if looks_like_person(text) and not _unspaced_name(text):
        # (A caption of one word in a caseless script, "播客", is as likely a word as a name:
        # only a role or context after it, "陳建宏, farmer", makes it the speaker above.)
        return text, None
    # The pattern needs one of its topic words: without them it is not tried (it tries every
    # split of the line in two).
    topical = any(word in text for word in _TOPIC_WORDS)
    named = _NAME_THEN_TOPIC.match(text) if topical else None
    if named and looks_like_person(named["name"]):
        return named["name"], named["topic"]
    return leader, text


# A date after the comma: a bare year ("2025"), or a month before it ("March 2025", "3 March
# 2025", "March 3, 2025").
_DATE_TAIL = compiled(r"(?:(?:\d{1,2} )?[A-Z][a-z]{2,8}\.?(?: \d{1,2},?)? )?(?:1[89]|20)\d\d")


def dated_occasion(text: str) -> bool:
    """Words, a comma, then only a date ("Tirana Tech Days, 2025", "Eisteddfod talk, 2023"):
    an occasion and when it was, not a person and a note about them (a speaker other than the
    leader is captioned by who they are, "Lee Park, her cofounder", not by a year)."""
    head, comma, tail = text.partition(", ")
    return bool(comma and head.strip() and _DATE_TAIL.fullmatch(tail.strip()))


def _occasion_or_person(context: str) -> bool:
    """A dated occasion whose words also read as a person's name ("Tirana Tech Days, 2025",
    and "Lee Park, 2019" would read the same): taken as the occasion, a guess worth a
    warning."""
    head = context.partition(", ")[0].strip()
    return dated_occasion(context) and looks_like_person(head) and not names_an_organisation(head)


# Words that make capitalised words a broadcaster's, a publication's or an event's name
# ("BBC Radio Sheffield", "The Lagos Business Review", "Logistics Asia Summit"), not a person's.
_OUTLET_WORDS = frozenset(
    """radio tv television news times magazine podcast journal review weekly daily post gazette
    herald tribune chronicle press network broadcasting channel show summit conference
    festival forum expo keynote""".split()
)
_ACRONYM = (2, 6)  # letters of a broadcaster's or a company's initials ("BBC", "NPR")
_ROMAN = frozenset("ii iii iv vi vii viii".split())  # a generational suffix ("Carrington II")


def names_an_organisation(text: str) -> bool:
    """Capitalised words that name an outlet, an event or a company rather than a person: one
    of them a word such names are made of ("Radio", "Times", "Summit"), or the first a run of
    initials in capitals ("BBC Radio Sheffield", "NPR Morning Edition"). A person's name with a
    generational "II" or a nickname in brackets is not one."""
    words = text.split()
    if not words or not all(word[:1].isupper() or not word[:1].isalpha() for word in words):
        return False
    if any(word.strip(".,:;!?").casefold() in _OUTLET_WORDS for word in words):
        return True
    first = words[0]
    low, high = _ACRONYM
    return (
        len(words) > 1
        and low <= len(first) <= high
        and first.isalpha()
        and first.isupper()
        and first.casefold() not in _ROMAN
    )


_TOPIC_START = ("on ", "about ")
# Between a speaker's name and the rest of a caption: a comma ("Grace Mutua, on hiring") or a
# dash ("Liam O'Connor — On golden paths", a <figcaption> with the context in its <cite>).
_NAME_ENDS = (", ", " — ", " – ", " - ", ",")


def _name_and_rest(text: str) -> tuple[str, str, str]:
    """``text.partition`` at the earliest separator that may follow a name, or no split."""
    found = [(at, separator) for separator in _NAME_ENDS if (at := text.find(separator)) > 0]
    if not found:
        return text, "", ""
    at, separator = min(found)
    return text[:at], separator, text[at + len(separator) :]


def names_who_or_what(
    text: str, *, marked: bool = False, named: Callable[[str], bool] | None = None
) -> bool:
    """An attribution's topic: "On hiring", or a person's name, then "on ..." after a comma
    or a dash ("Liam O'Connor — On golden paths"). No site's own label reads so ("Share",
    "Advertisement", "Next post — Summer dresses").

    ``marked``: the line stands under words set in block-quote markup (see
    :func:`set_as_quote`): then also a person's name, a dash and its source in any words (a
    ``<figcaption>``'s "Name — <cite>Sur la billetterie</cite>"). Under a plain paragraph,
    quoted or not, that shape is also a site's "Nächster Beitrag BLUSENKLEID — stilvoll durch
    den Sommer", so it does not count there.

    ``named``: whether the profile names a word (the leader's name, or words of its text
    elsewhere). A one-word name before a dash and "On ..." ("Thandiwe — On saying no") counts
    only when the profile names it: any capitalised word reads so, a site's "Next — On hiring
    well" too. A caption set in parentheses as a whole ("(On hiring)") is read without them."""
    text = unbracketed(text)
    head, comma, tail = _name_and_rest(text)
    topic = tail.strip() if comma else text
    if not topic.casefold().startswith(_TOPIC_START) or len(topic.split()) < 2:
        return marked and comma in _DASHES and bool(topic) and looks_like_person(head.strip())
    if not comma or looks_like_person(head.strip()):
        return True
    name = head.strip()
    return comma in _DASHES and _one_name(name) and named is not None and named(name)


_DASHES = (" — ", " – ")


def names_a_person(text: str) -> bool:
    """A caption that opens with a person's name ("Lee Park, her cofounder", "Lee Park")."""
    return looks_like_person(_name_and_rest(text)[0].strip())


def _one_name(text: str) -> bool:
    """One capitalised word, not an acronym: a mononym ("Thandiwe")."""
    return text.isalpha() and text[0].isupper() and not text.isupper()


_PERSON_MAX_WORDS = 10  # with its particles ("Bernardo Álvarez de la Cruz y Montenegro")


# A name written without spaces, in a script without case (Chinese, Japanese, Korean given
# names and surnames run together): this many letters.
_UNSPACED_NAME = (2, 8)


def looks_like_person(text: str) -> bool:
    """Two to five capitalised words, not counting particles ("de", "van", "y"); or one word
    of 2 to 8 letters in a script that has neither case nor spaces between a name's parts
    ("陳建宏"), where a capital cannot tell a name and the name is one word."""
    words = text.split()
    if len(words) == 1 and _unspaced_name(words[0]):
        return True
    counted = 0  # (a loop: a generator would be resumed once per word)
    for word in words:
        if word.casefold() not in _PARTICLES:
            counted += 1
    if not 2 <= counted <= 5 or len(words) > _PERSON_MAX_WORDS:
        return False
    if words[0].casefold() in _NOT_A_NAME_START:
        return False
    return all(
        word[0].isupper() or word.casefold() in _PARTICLES for word in words if word[0].isalpha()
    ) and not any(map(str.isdigit, text))


def _unspaced_name(word: str) -> bool:
    """A word of 2 to 8 letters, none with case (see :func:`looks_like_person`)."""
    low, high = _UNSPACED_NAME
    return (
        low <= len(word) <= high
        and word.isalpha()
        and not any(letter.isupper() or letter.islower() for letter in word)
    )
