"""Where the profile sits in a page: found by its own shape, not by its position.

A leader profile is a name, a headline, a bio, then the known sections in roughly the known
order, each holding content of its own shape (scores, chips, prose, bullets, quotes with their
attributions). Site chrome (menus, banners, breadcrumbs, sidebars, comments, footers) can stand
above or below it in any language; none of it has that shape. So:

1. the known section titles are the anchors; the longest run of distinct sections whose bodies
   fit their shapes is the profile's core;
2. the core ends where the last section's content stops having its section's shape;
3. the core starts at the name: the name-like line that, followed by a headline and prose, best
   explains what stands before the first section.

Everything outside the span is chrome: the caller reports it and never reads a field from it.
Works on any reader's block stream (HTML, Markdown, text), so all formats behave alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from extractor.blocks import Block, Kind
from extractor.readers.lines import OPEN_QUOTE, looks_like_heading
from extractor.sections import SECTIONS, rule_for
from extractor.sections.dimensions import is_dimension_line
from extractor.sections.preamble import is_headline, looks_like_name

# How many blocks before the first section the name may stand (name, headline, bio paragraphs,
# a few stray lines): enough for a long bio, short enough not to wander into the site's header.
_LOOKBACK = 30
# A middle section whose body mostly fits its shape may hold this many stray blocks (an ad, a
# caption) and still link the sections around it.
_STRAY_ALLOWED = 2
_PROSE_MIN_WORDS = 12
_WRAP_MAX_LINES = 40
_WRAPPED_LINE_MIN_CHARS = 40
_SENTENCE_MIN_WORDS = 1
_PRINCIPLE_MIN_WORDS = 3  # a principle without its bullet is still a sentence
_SENTENCE_END = re.compile(r"[.!?…]['\"’”»)]*$")
_SCORE_ONLY = re.compile(r"^\d{1,3}(?:[.,]\d+)?\s*%$")
_LABEL_MAX_WORDS = 6
_QUOTE_MIN_WORDS = 3
_RECURS = 2
_PERSON = 3
_HEADLINE = 4
_BIO_PARAGRAPHS = 2  # more prose says nothing more: an article above must not outweigh a name
_ROLE_AT = 2
_NAME_BELOW = 4  # "role at company", the headline's documented shape
_DIMENSION_RUN = 2
# Bounds the search on pages that repeat section titles everywhere (a hostile page).
_MAX_ANCHORS = 200


@dataclass(frozen=True, slots=True)
class Span:
    """The profile: ``blocks[start:end]``; ``name`` is the index of the name line (or None).

    ``titles`` are blocks that the reader took for paragraphs but that head an extra section of
    the profile (div soup sets every title in a plain element): the caller reads them as headings.
    ``strays`` are site lines inside the last section ("Tweet this" under a quote): chrome.
    """

    start: int
    end: int
    name: int | None
    titles: frozenset[int] = frozenset()
    strays: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class _Anchor:
    index: int
    rule: str
    titled: bool  # False for a run of score lines without a title


def locate(blocks: Sequence[Block]) -> Span | None:
    """The profile's span, or None when no run of known sections is found at all."""
    anchors = _anchors(blocks)
    if not anchors:
        return None
    chain = _best_chain(blocks, anchors)
    first, last = chain[0], chain[-1]
    strays: list[int] = []
    end = _body_start(last) + _trailing_fit(blocks, chain, strays)
    lookback_from = max(0, first.index - _LOOKBACK)
    profile_words = _words(
        [b for i, b in enumerate(blocks[:end]) if i >= first.index or is_prose(blocks, i)]
    )
    name = find_name(blocks, lookback_from, first.index, profile_words)
    titles = _plain_titles(blocks, chain, end)
    return Span(first.index if name is None else name, end, name, titles, frozenset(strays))


def _plain_titles(blocks: Sequence[Block], chain: list[_Anchor], end: int) -> frozenset[int]:
    """Unknown section titles set as plain paragraphs, like the profile's own titles."""
    found: set[int] = set()
    for position, anchor in enumerate(chain):
        if not anchor.titled or blocks[anchor.index].kind is not Kind.PARAGRAPH:
            continue
        stop = chain[position + 1].index if position + 1 < len(chain) else end
        title = blocks[anchor.index]
        found.update(
            index
            for index in range(anchor.index + 1, stop)
            if blocks[index].kind is Kind.PARAGRAPH and _unknown_title(blocks, index, stop, title)
        )
    return frozenset(found)


def evidence_of(blocks: Sequence[Block], span: Span) -> int:
    """How strongly the span looks like a profile: distinct sections (dimensions count twice)."""
    rules = {a.rule for a in _anchors(blocks[span.start : span.end])}
    return len(rules) + (1 if "dimensions" in rules else 0)


def _anchors(blocks: Sequence[Block]) -> list[_Anchor]:
    """Known section titles, plus runs of score lines that stand without a title."""
    anchors: list[_Anchor] = []
    run = 0
    for index, block in enumerate(blocks):
        rule = rule_for(block)
        if rule is not None:
            anchors.append(_Anchor(index, rule.name, True))
        if is_dimension_line(block.text) and block.kind is not Kind.HEADING:
            run += 1
            if run == _DIMENSION_RUN and not _titled_dimensions_before(anchors, index - 1):
                anchors.append(_Anchor(index - 1, "dimensions", False))
        else:
            run = 0
    anchors.sort(key=lambda a: a.index)
    return anchors


def _titled_dimensions_before(anchors: list[_Anchor], index: int) -> bool:
    return bool(anchors) and anchors[-1].rule == "dimensions" and anchors[-1].index == index - 1


def _best_chain(blocks: Sequence[Block], anchors: list[_Anchor]) -> list[_Anchor]:
    """The run of linked anchors with the most distinct sections (the first such run on ties).

    A run is tried from every anchor, so a site's menu entry that happens to be a section title
    ("Topics" above the profile) cannot take the profile's own title away from it.
    """
    best: list[_Anchor] = []
    for first in range(min(len(anchors), _MAX_ANCHORS)):
        chain = [anchors[first]]
        for anchor in anchors[first + 1 : first + _MAX_ANCHORS]:
            if not _links(blocks, chain, anchor):
                break
            chain.append(anchor)
        while len(chain) > 1 and chain[-1].titled and _trailing_fit(blocks, chain) == 0:
            chain.pop()  # a last title with nothing of its shape under it: a footer link
        if _chain_weight(chain) > _chain_weight(best):
            best = chain
    return best


def _body_start(anchor: _Anchor) -> int:
    return anchor.index + 1 if anchor.titled else anchor.index


def _trailing_fit(
    blocks: Sequence[Block], chain: list[_Anchor], strays: list[int] | None = None
) -> int:
    """How far the last section of ``chain`` runs: as long as its content keeps its shape.

    A prose section that comes out of the usual order at the end (an "About" after the quotes)
    must be on the profile's topic from its first paragraph: a footer's "About" box is prose too.
    """
    last = chain[-1]
    start = _body_start(last)
    title = blocks[last.index] if last.titled else None
    topic = _vocabulary(blocks[chain[0].index : start])
    strict = (
        len(chain) > 1
        and _ORDER[last.rule] < _ORDER[chain[-2].rule]
        and len(topic) >= _TOPIC_MIN_WORDS  # too little text to have a topic: no judging
    )
    fit = _fitting(
        blocks, start, len(blocks), last.rule, title, topic=topic, strict=strict, strays=strays
    )
    body = " ".join(b.text for b in blocks[start : start + fit])
    topic = _vocabulary(blocks[chain[0].index : start])
    if strict and fit and not _on_topic(body, topic, _STRICT_SHARED, _STRICT_SHARE):
        return 0  # a footer's "Topics" links after the quotes, say: not this leader's
    return fit


def _chain_weight(chain: list[_Anchor]) -> int:
    rules = {a.rule for a in chain}
    return len(rules) + (1 if "dimensions" in rules else 0)


def _links(blocks: Sequence[Block], chain: list[_Anchor], anchor: _Anchor) -> bool:
    """Does ``anchor`` continue the profile that ``chain`` has read so far?

    A section already read means a second profile (or the site's own menu) begins; a body that
    does not fit its section's shape means chrome stands between the two titles.
    """
    if anchor.rule in {a.rule for a in chain}:
        return False
    last = chain[-1]
    start = last.index + 1 if last.titled else last.index
    if anchor.index == start and last.titled:
        return False  # a title with nothing under it: a menu entry, not a section
    if _profile_header_within(blocks, start, anchor.index):
        return False  # the profile starts here: what came before was the site's
    title = blocks[last.index] if last.titled else None
    return _misfits(blocks, start, anchor.index, last.rule, title) <= _STRAY_ALLOWED


def _profile_header_within(blocks: Sequence[Block], start: int, stop: int) -> bool:
    """A name, then a headline, then prose: the shape a profile starts with."""
    for index in range(start, stop - 1):
        name, below = blocks[index], blocks[index + 1]
        if (
            name.kind in (Kind.HEADING, Kind.PARAGRAPH)
            and written_like_a_name(name.text)
            and looks_like_name(name.text)
            and is_headline(below)
            and not is_prose(blocks, index + 1)
            and index + 2 < stop
            and is_prose(blocks, index + 2)
        ):
            return True
    return False


def _misfits(blocks: Sequence[Block], start: int, stop: int, rule: str, title: Block | None) -> int:
    """Blocks between two titles that fit neither the section nor an unknown section's shape."""
    fits = _SHAPES.get(rule, is_prose)
    count = 0
    for index in range(start, stop):
        if fits(blocks, index) or is_prose(blocks, index):
            continue
        if _unknown_title(blocks, index, stop, title) or _unknown_title(blocks, index, stop, None):
            continue
        count += 1
    return count


def _fitting(
    blocks: Sequence[Block],
    start: int,
    stop: int,
    rule: str,
    last_title: Block | None,
    *,
    topic: set[str] | None = None,
    strict: bool = False,
    strays: list[int] | None = None,
) -> int:
    """How many blocks from ``start`` fit section ``rule``'s shape (or an unknown section's).

    An unknown heading followed by prose (an extra section the site added) is part of the
    profile; anything else that does not fit ends it. After the profile's last known section
    (``last_title`` given), an unknown heading must also be set like the profile's own section
    titles (same element level): a site's "Jobs" or "Popular posts" box is set its own way.
    Prose fits everywhere, so a trailing prose section (summary, an extra section) keeps its
    first paragraph and then only paragraphs that stay on the profile's ``topic``: a footer's
    legal text or a comment is prose too, about something else. In a section of a distinct
    shape (scores, bullets, quotes), a stray line with that shape resuming right after it (a
    "Tweet this" under a quote) is collected in ``strays`` and the section goes on.
    """
    stop_at_title = last_title is not None
    fits = _SHAPES.get(rule, is_prose)
    paragraphs = 0
    index = start
    while index < stop:
        block = blocks[index]
        if stop_at_title and rule_for(block) is not None:
            break
        if fits(blocks, index):
            if topic is not None and fits is is_prose and not _continues(blocks, index):
                if (paragraphs or strict) and not _on_topic(
                    _wrapped_paragraph(blocks, index), topic
                ):
                    break
                paragraphs += 1
                topic |= _vocabulary([block])
            index += 1
            continue
        if strays is not None and _resumes(blocks, index + 1, stop, rule):
            strays.append(index)
            index += 1
            continue
        if _unknown_title(blocks, index, stop, last_title):
            if topic is not None and not _on_topic(_wrapped_paragraph(blocks, index + 1), topic):
                break  # a site's own box set like a section ("Jobs", "Comments")
            fits = is_prose
            paragraphs = 0
            index += 1
            continue
        break
    return index - start


def _resumes(blocks: Sequence[Block], index: int, stop: int, rule: str) -> bool:
    """Does the section's own, unmistakable shape go on at ``index``?"""
    if index >= stop:
        return False
    block = blocks[index]
    if rule == "quotes":
        return block.kind in (Kind.QUOTE, Kind.ATTRIBUTION) or (
            block.text[:1] in OPEN_QUOTE and _reads_as_quote(block.text)
        )
    if rule == "principles":
        return block.kind is Kind.ITEM
    if rule == "dimensions":
        return block.kind is Kind.METER or is_dimension_line(block.text)
    return False


_CONTENT_WORD = re.compile(r"[^\W\d_]{6,}")
_ON_TOPIC_MIN = 2
_TOPIC_MIN_WORDS = 20
# A section out of the usual order at the very end must be clearly about this leader.
_STRICT_SHARED = 3
_STRICT_SHARE = 0.3
_ON_TOPIC_SHARE = 0.15


def _vocabulary(blocks: Sequence[Block]) -> set[str]:
    """The longer words of some text, case-folded: what it is about, in any language."""
    return {w.casefold() for b in blocks for w in _CONTENT_WORD.findall(b.text)}


def _on_topic(
    text: str, topic: set[str], least: int = _ON_TOPIC_MIN, share: float = _ON_TOPIC_SHARE
) -> bool:
    """Shares at least ``least`` longer words, and ``share`` of its own, with ``topic``."""
    words = {w.casefold() for w in _CONTENT_WORD.findall(text)}
    shared = len(words & topic)
    return shared >= least and shared >= share * len(words)


def _unknown_title(blocks: Sequence[Block], index: int, stop: int, like: Block | None) -> bool:
    """A title the registry does not know, heading prose: an extra section of the profile.

    A heading qualifies (set like ``like``, the profile's own title, when given); so does a
    short capitalised paragraph when the profile sets its own titles as paragraphs.
    """
    block = blocks[index]
    if index + 1 >= stop or blocks[index + 1].kind is Kind.QUOTE or not is_prose(blocks, index + 1):
        return False
    if block.kind is Kind.HEADING:
        return like is None or (block.kind is like.kind and block.level == like.level)
    return (
        like is not None
        and like.kind is Kind.PARAGRAPH
        and block.kind is Kind.PARAGRAPH
        and looks_like_heading(block.text.removesuffix(":"))
    )


def is_prose(blocks: Sequence[Block], index: int) -> bool:
    """A paragraph of running text: a sentence or a long line, judged on the whole paragraph
    when the source hard-wrapped it over several lines."""
    block = blocks[index]
    if block.kind not in (Kind.PARAGRAPH, Kind.QUOTE):
        return False
    text = _wrapped_paragraph(blocks, index)
    words = len(text.split())
    return words >= _PROSE_MIN_WORDS or (
        words >= _SENTENCE_MIN_WORDS and bool(_SENTENCE_END.search(text))
    )


def _wrapped_paragraph(blocks: Sequence[Block], index: int) -> str:
    first = last = index
    while first > 0 and index - first < _WRAP_MAX_LINES and _continues(blocks, first):
        first -= 1
    while (
        last + 1 < len(blocks) and last - index < _WRAP_MAX_LINES and _continues(blocks, last + 1)
    ):
        last += 1
    return " ".join(b.text for b in blocks[first : last + 1])


def _continues(blocks: Sequence[Block], index: int) -> bool:
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


def _is_dimension(blocks: Sequence[Block], index: int) -> bool:
    block = blocks[index]
    text = block.text
    if block.kind is Kind.METER or is_dimension_line(text) or _SCORE_ONLY.match(text):
        return True
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        following is not None
        and len(text.split()) <= _LABEL_MAX_WORDS
        and (following.kind is Kind.METER or bool(_SCORE_ONLY.match(following.text)))
    )


def _is_chip(blocks: Sequence[Block], index: int) -> bool:
    """A theme chip, a line of chips, or chips run together: anything but a sentence."""
    block = blocks[index]
    if block.group:
        return True
    return block.kind in (Kind.PARAGRAPH, Kind.ITEM, Kind.HEADING) and not _SENTENCE_END.search(
        block.text
    )


def _is_principle(blocks: Sequence[Block], index: int) -> bool:
    block = blocks[index]
    return block.kind is Kind.ITEM or (
        block.kind is Kind.PARAGRAPH and len(block.text.split()) >= _PRINCIPLE_MIN_WORDS
    )


def _is_quote_part(blocks: Sequence[Block], index: int) -> bool:
    """A quote, an attribution, or unmarked text that an attribution follows (quote + who)."""
    block = blocks[index]
    if block.kind is Kind.ATTRIBUTION or (block.kind is Kind.ITEM and block.marker == "-"):
        return True
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is not None and following.kind is Kind.ATTRIBUTION:
        return True
    return (block.kind is Kind.QUOTE or block.text[:1] in OPEN_QUOTE) and _reads_as_quote(
        block.text
    )


def _reads_as_quote(text: str) -> bool:
    """Quoted words, not a marker that merely looks like a quote mark ("« Previous")."""
    return sum(1 for word in text.split() if any(c.isalpha() for c in word)) >= _QUOTE_MIN_WORDS


_ORDER = {rule.name: position for position, rule in enumerate(SECTIONS)}

_SHAPES: dict[str, Callable[[Sequence[Block], int], bool]] = {
    "dimensions": _is_dimension,
    "themes": _is_chip,
    "summary": is_prose,
    "bio": is_prose,
    "principles": _is_principle,
    "quotes": _is_quote_part,
}


def find_name(
    blocks: Sequence[Block], lo: int, first: int, profile_words: frozenset[str]
) -> int | None:
    """The index of the name: the line that best starts "name, headline, bio" before ``first``.

    Each name-like line in the window is tried: what follows it must read as a headline and
    prose. Lines that would land in the bio without being prose count against a candidate,
    which is what rejects a site's logo or menu above the real name. A name whose words recur
    in the profile (the bio and summary name the leader) gains; a heading gains a little.
    Ties go to the line nearest the sections.
    """
    best: tuple[int, int] | None = None
    for index in range(lo, first):
        block = blocks[index]
        if block.kind not in (Kind.HEADING, Kind.PARAGRAPH) or not looks_like_name(block.text):
            continue
        score = _name_score(blocks, index, first, profile_words)
        if best is None or score >= best[0]:
            best = (score, index)
    return None if best is None else best[1]


def _name_score(
    blocks: Sequence[Block], index: int, first: int, profile_words: frozenset[str]
) -> int:
    """Structure first (headline under it, prose after), then how it is written, then whether
    the profile names it again."""
    block = blocks[index]
    person = written_like_a_name(block.text)
    recurs = bool(_words([block]) & profile_words)
    score = (_PERSON if person else 0) + (_RECURS if recurs else 0)
    rest = list(range(index + 1, first))
    if (
        rest
        and is_headline(blocks[rest[0]])
        and not _is_the_name(blocks[rest[0]], person, recurs, profile_words)
    ):
        score += _HEADLINE + (_ROLE_AT if " at " in blocks[rest[0]].text else 0)
        rest = rest[1:]
    prose = sum(1 for following in rest if is_prose(blocks, following))
    score += min(prose, _BIO_PARAGRAPHS) - 2 * (len(rest) - prose)
    if any(_names_the_leader(blocks[i], profile_words) for i in rest):
        score -= _NAME_BELOW  # the leader's name stands further down: this is above the profile
    if block.kind is Kind.HEADING:
        score += 2 if block.level == 1 else 1
    return score


def _names_the_leader(block: Block, profile_words: frozenset[str]) -> bool:
    return (
        block.kind in (Kind.HEADING, Kind.PARAGRAPH)
        and written_like_a_name(block.text)
        and looks_like_name(block.text)
        and bool(_words([block]) & profile_words)
    )


def _is_the_name(below: Block, person: bool, recurs: bool, profile_words: frozenset[str]) -> bool:
    """Is the "headline" under a candidate really the leader's name?

    It is when it reads as a person and the candidate does not, or when the profile names it
    and not the candidate: then the candidate is the site's line above the name.
    """
    if not written_like_a_name(below.text):
        return False
    return not person or (not recurs and bool(_words([below]) & profile_words))


_PARTICLE_MAX_CHARS = 3
_PERSON_WORDS = (2, 6)


def written_like_a_name(text: str) -> bool:
    """Two to six words, each capitalised as a name is (not ALL CAPS, not lower case).

    Short lower-case particles ("de", "van", "bin") and initials are allowed; words of scripts
    without case count as written like a name. A headline has lower-case words ("of", "at"),
    a menu or banner shouts in capitals: neither reads as a person.
    """
    words = text.split()
    if not _PERSON_WORDS[0] <= len(words) <= _PERSON_WORDS[1]:
        return False
    capitalised = 0
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if not letters:
            return False
        if letters[0].islower():
            if len(word) > _PARTICLE_MAX_CHARS:
                return False
            continue
        if len(letters) > 1 and all(c.isupper() for c in letters) and not word.endswith("."):
            return False  # ALL CAPS (a single capital or an initial is fine)
        capitalised += 1
    return capitalised >= 1


# Capitalised words, compared as written: the bio and summary name the leader the same way.
_WORD = re.compile(r"\b[^\W\d_][^\W_]+")


def _words(blocks: Sequence[Block]) -> frozenset[str]:
    """Capitalised words and pairs of them ("Jonas Weber"), as written.

    A name is known by a pair when it has two words: one word alone ("Founder") recurs in
    too many places to say anything.
    """
    found: set[str] = set()
    for block in blocks:
        words = [w for w in _WORD.findall(block.text) if w[0].isupper()]
        found.update(f"{a} {b}" for a, b in pairwise(words))
        if len(words) == 1:
            found.add(words[0])
    return frozenset(found)
