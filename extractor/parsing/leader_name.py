"""Which line is the leader's name: the one that best starts "name, headline, bio".

The locator (:mod:`extractor.parsing.locate`) finds the profile's sections; the name is searched
in the lines before the first one, by structure first (a headline under it, prose after it),
then by how it is written (as a person's name, not a shouting banner or a lower-case headline),
then by whether the profile names it again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise

from extractor.base.memo import per_line
from extractor.base.patterns import compiled
from extractor.parsing.sections.preamble import (
    HEADLINE_LABELS,
    is_byline,
    is_control,
    is_headline,
    is_headline_text,
    is_post_engagement,
    is_post_meta,
    is_property_pair,
    is_rows_caption,
    is_term,
    key_value_end,
    labels_another_field,
    looks_like_name,
    names_the_job,
    property_row_end,
)
from extractor.parsing.shapes import is_prose
from extractor.read.blocks import Block, Kind

_RECURS = 2
_PERSON = 3
_HEADLINE = 4
_BIO_PARAGRAPHS = 2  # more prose says nothing more: an article above must not outweigh a name
_ROLE_AT = 2  # "role at company", the headline's documented shape
_NAME_BELOW = 4  # a line below that the profile names as its leader


def find_name(
    blocks: Sequence[Block],
    lo: int,
    first: int,
    profile_words: frozenset[str],
    prose: Sequence[bool] | None = None,
    *,
    titles: Sequence[str | None] | None = None,
    profile_text: Callable[[], str] | None = None,
) -> int | None:
    """The index of the name: the line that best starts "name, headline, bio" before ``first``.

    Each name-like line in the window is tried: what follows it must read as a headline and
    prose. Lines that would land in the bio without being prose count against a candidate,
    which is what rejects a site's logo or menu above the real name. A name whose words recur
    in the profile (the bio and summary name the leader) gains; a heading gains a little.
    Ties go to the line nearest the sections. ``prose``: whether each block is prose, when the
    caller knows it already; ``titles``: each block's section rule, if it is a known section's
    title ("Dimension Profile" is written like a name, and is never one); ``profile_text``:
    the profile's text from its first section on, asked only when a line too long for a name
    may be the name with its headline on the same line (see :func:`joined_name_end`).

    Every line of the window is judged once (prose? does it name the leader? is it written
    like a person's name?), and counted from the bottom up: each candidate reads how many of the
    lines under it are prose or name the leader from those counts, without reading the lines
    again.
    """
    # Joined once, when a line first asks (most pages never do).
    text = None if profile_text is None else _Once(profile_text)
    rows = _key_value_rows(blocks, lo, first, text)
    shaped = [
        index
        for index in range(lo, first)
        if blocks[index].kind in (Kind.HEADING, Kind.PARAGRAPH)
        and looks_like_name(blocks[index].text)
        and not labels_another_field(blocks[index].text)
        and not _property_label(blocks, index)
        and index not in rows
    ]
    # a key/value row's value that starts like a name ("Acme Labs · Board Member ...") is a
    # row all the same: never the name
    joined = _joined_lines(blocks, lo, first, text, titles) - rows
    if joined:
        shaped = sorted({*shaped, *joined})
    candidates = shaped if titles is None else [i for i in shaped if titles[i] is None]
    if not candidates:
        return None
    lines = _Window(blocks, profile_words, shaped, joined, text, rows=rows)
    candidates = _under_the_title(lines, candidates)
    top = candidates[0] + 1  # every line under some candidate: top .. first - 1
    # From each line of the window down to ``first``: how many lines are prose, and how many
    # name the leader (one more entry, 0, for ``first`` itself).
    prose_from = [0] * (first - top + 1)
    naming_from = [0] * (first - top + 1)
    for i in range(first - 1, top - 1, -1):
        running = prose[i] if prose is not None else is_prose(blocks, i)
        prose_from[i - top] = prose_from[i - top + 1] + (1 if running else 0)
        naming = lines.names_the_leader(i)
        naming_from[i - top] = naming_from[i - top + 1] + (1 if naming else 0)
    best: tuple[int, int] | None = None
    for index in candidates:
        window = (prose_from, naming_from, top)
        score = _name_score(lines, index, first, window)
        if best is None or score >= best[0]:
            best = (score, index)
    return None if best is None else best[1]


def _property_label(blocks: Sequence[Block], index: int) -> bool:
    """A properties table's label ("Role", its value on its line): the page's, never the name.

    A table has rows: the row must have a row of its own kind right above or below it (a name
    with its headline on one source line is one such "row" alone). And the row must have its
    source line to itself: a page on one line (minified HTML) has every block on line 1.
    """
    end = _row_end(blocks, index)
    if end is None:
        return False
    if end < len(blocks) and _row_end(blocks, end) is not None:
        return True  # a row under it
    label = index - 2  # the row above: its label, past a value of several chips
    while label > 0 and blocks[label + 1].group and blocks[label].group == blocks[label + 1].group:
        label -= 1
    return label >= 0 and _row_end(blocks, label) == index


def _key_value_rows(
    blocks: Sequence[Block], lo: int, first: int, profile_text: Callable[[], str] | None
) -> frozenset[int]:
    """The lines of the window that are key/value rows (see :func:`key_value_end`): a
    ``<dl>`` of "Position", "Office", "Email" under the headline. Their labels are the page's,
    never the name, and the run counts neither for nor against the name above it. A one-word
    line the profile names as a word of its own (a mononym over its headline) is no row's
    label."""
    rows: set[int] = set()
    index = lo

    def named(term: str) -> bool:
        return profile_text is not None and " " not in term and names_in(profile_text(), term)

    while index < first - 1:
        end = key_value_end(blocks, index, first, named=named)
        if end > index and _name_over_headline(blocks, end, first):
            end = key_value_end(blocks, index, end - 2, named=named)  # the header is no row
        if end > index:
            above = index - 1 if _caption(blocks, lo, index - 1, named) else index
            rows.update(range(above, end))  # with their panel's title
            index = end
        else:
            index += 1
    return frozenset(rows)


def _name_over_headline(blocks: Sequence[Block], end: int, first: int) -> bool:
    """Does the run of rows ending before ``end`` end with a value written like a person's
    name over a line that reads as a headline and is no row's label? That pair is the
    profile's header (a name over its headline is shaped like a label over its value), never
    the last row: short lines above the header ("Menu", "Home") pair up into rows as well."""
    if end >= first:
        return False
    under = blocks[end]
    return (
        written_like_a_name(blocks[end - 1].text)
        and under.kind in (Kind.HEADING, Kind.PARAGRAPH)
        and is_headline_text(under.text)
        and not is_term(under)
    )


def _caption(blocks: Sequence[Block], lo: int, index: int, named: Callable[[str], bool]) -> bool:
    """Is line ``index`` the title of the key/value rows under it (see
    :func:`is_rows_caption`)? A panel's title stands under the header: a line of one word
    counts only under a line written like a person's name, and never one the profile names
    (a mononym over its properties)."""
    block = blocks[index] if index >= lo else None
    if block is None or not is_rows_caption(block) or named(block.text):
        return False
    if block.kind is Kind.HEADING and block.level > 1:
        return True
    return any(written_like_a_name(blocks[i].text) for i in range(lo, index))


def _row_end(blocks: Sequence[Block], index: int) -> int | None:
    """:func:`property_row_end`, for a row that has its source line to itself."""
    end = property_row_end(blocks, index)
    if end is None:
        return None
    line = blocks[index].start
    if index and blocks[index - 1].start == line:
        return None
    return end if end == len(blocks) or blocks[end].start != line else None


def _under_the_title(lines: _Window, candidates: list[int]) -> list[int]:
    """Without the lines that cannot outweigh the page's title when it names the leader.

    The top heading (``<h1>``, ``#``) written like a person's name and named again by the
    profile is the strongest evidence a page gives: a line neither written like a name nor
    named by the profile (a chip, a property's value under the title) may then never be taken
    instead, however well the lines under it read as "headline, bio".
    """
    titled = any(
        lines.blocks[i].kind is Kind.HEADING
        and lines.blocks[i].level == 1
        and lines.person(i)
        and lines.recurs(i)
        for i in candidates
    )
    if not titled:
        return candidates
    return [i for i in candidates if lines.person(i) or lines.recurs(i)]


def _joined_lines(
    blocks: Sequence[Block],
    lo: int,
    first: int,
    profile_text: Callable[[], str] | None,
    titles: Sequence[str | None] | None,
) -> frozenset[int]:
    """Lines in the window too long to be a name that start with the leader's name, the
    headline after it on the same line (see :func:`joined_name_end`)."""
    if profile_text is None:
        return frozenset()
    found: set[int] = set()
    text = profile_text
    for index in range(lo, first):
        block = blocks[index]
        if (
            block.kind not in (Kind.HEADING, Kind.PARAGRAPH)
            or (titles is not None and titles[index] is not None)
            or looks_like_name(block.text)
            or not _joined_shape(block.text)
        ):
            continue
        if joined_name_end(block.text, text) is not None:
            found.add(index)
    return frozenset(found)


class _Once:
    """``make()`` worked out on the first call and kept: the profile's text, joined only if a
    line asks for it. (``functools.cache`` does the same, but setting it up costs more than
    most pages' whole use of it.)"""

    __slots__ = ("_kept", "_make")

    def __init__(self, make: Callable[[], str]) -> None:
        self._make = make
        self._kept: str | None = None

    def __call__(self) -> str:
        if self._kept is None:
            self._kept = self._make()
        return self._kept


_JOINED_MAX_WORDS = 26  # a name's six words and a headline's twenty


@per_line  # asked of every line above the sections of each page
def _joined_shape(text: str) -> bool:
    """Cheap first test of a joined name line: short, capitalised, not a sentence."""
    words = text.split()
    return (
        _PERSON_WORDS[0] < len(words) <= _JOINED_MAX_WORDS
        and text[:1].isupper()
        and written_like_a_name(" ".join(_shortest_name(words)))
    )


def _shortest_name(words: Sequence[str]) -> Sequence[str]:
    """The first words of a line up to the second that counts toward a name's length (see
    :func:`_counted_words`): "Lucía de la Fuente", not "Lucía de"."""
    counted = 0
    for end, word in enumerate(words, 1):
        counted += _counted_words((word,))
        if counted == _PERSON_WORDS[0]:
            return words[:end]
    return words


def joined_name_end(
    text: str, elsewhere: Callable[[], str], *, no_headline_below: bool = False
) -> int | None:
    """Where the leader's name ends in a line that also holds the headline, or None.

    A heading that sets the headline inline after the name comes out of a text browser as one
    line ("Jane Doe Chief Operating Officer at Acme"). The name is the longest start of two to
    six words written like a person's name, followed by a capitalised line shaped like a
    headline, that the profile's text (``elsewhere()``, not this line) names again, as a whole
    and between word boundaries: the summary and quotes name the leader, the headline's words
    never follow the name there.

    A line written like a name may hold both too ("Jane Doe General Manager, Payments": six
    capitalised words): asked only when no headline stands under it (``no_headline_below``)
    and the profile never names the whole line, and then the headline has two words at least.
    """
    shortest_tail = 1
    if written_like_a_name(text):
        if not no_headline_below or names_in(elsewhere(), text):
            return None
        shortest_tail = 2  # a surname alone is no headline: "Mary Ann" | "Smith" is not cut
    words = text.split(" ")
    longest = min(len(words) - shortest_tail, _PERSON_MAX_WITH_PARTICLES)
    for count in range(longest, _PERSON_WORDS[0] - 1, -1):
        head, tail = " ".join(words[:count]), " ".join(words[count:])
        if not written_like_a_name(head):
            continue
        if not (tail[:1].isupper() and is_headline_text(tail)):
            if tail[:1].islower() and names_in(elsewhere(), head):
                return None  # the name, then a sentence goes on ("… Ka-wai runs the …")
            continue
        if names_in(elsewhere(), head):
            return len(head)
    return None


@per_line  # asked of each line before the sections by every candidate, card and locator walk
def in_ordinary_case(text: str) -> str:
    """``text`` with its words in capitals capitalised ("WATANABE Haruki" -> "Watanabe
    Haruki"); a line all in capitals (a banner) as it is."""
    words = text.split()
    shouting = [_shouting(word) for word in words]
    if all(shouting):
        return text
    return " ".join(
        word.capitalize() if loud else word for word, loud in zip(words, shouting, strict=True)
    )


def _shouting(word: str) -> bool:
    """A word of two letters or more, all capitals."""
    if word.islower():  # no capital at all (most words): cheaper than listing its letters
        return False
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


# Two to four words of letters in lower case (a name styled so: "noor ashfaq").
_LOWER_CASE_NAME = compiled(r"^[^\W\d_A-Z]+(?:[ '-][^\W\d_A-Z]+){1,3}$")


def names_in(text: str, name: str) -> bool:
    """Does ``text`` hold ``name`` between word boundaries?"""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


class _Window:
    """What :func:`find_name` asks of the lines before the sections, each answered once:
    whether a line is written like a person's name, and whether the profile names it again.

    ``shaped``: the lines that look like a name (a heading or paragraph of that shape), section
    titles among them."""

    __slots__ = (
        "_person",
        "_recurs",
        "_text",
        "blocks",
        "joined",
        "profile_words",
        "rows",
        "shaped",
    )

    def __init__(
        self,
        blocks: Sequence[Block],
        profile_words: frozenset[str],
        shaped: list[int],
        joined: frozenset[int] = frozenset(),
        profile_text: Callable[[], str] | None = None,
        *,
        rows: frozenset[int] = frozenset(),
    ) -> None:
        self.blocks = blocks
        self.rows = rows  # key/value rows (see :func:`_key_value_rows`)
        self.profile_words = profile_words
        self.shaped = frozenset(shaped)
        self.joined = joined  # lines that hold the name, then the headline
        self._text = profile_text
        self._person: dict[int, bool] = {}
        self._recurs: dict[int, bool] = {}

    def person(self, index: int) -> bool:
        """:func:`written_like_a_name` of the line (of its name, for a joined line), or the
        page's title standing as a mononym (see :meth:`mononym`)."""
        known = self._person.get(index)
        if known is None:
            text = self.blocks[index].text
            known = (
                index in self.joined
                or written_like_a_name(text)
                or self.mononym(index)
                or self.surname_in_capitals(index)
                or self.named_mononym(index)
            )
            self._person[index] = known
        return known

    def surname_in_capitals(self, index: int) -> bool:
        """The line is a name whose surname is set in capitals ("WATANABE Haruki", "Jean
        DUPONT", as Japanese and French usage and many directories write it), and the profile's
        prose names it again in ordinary case ("Watanabe Haruki"): a banner in capitals
        ("OUR TEAM") has no word in ordinary case, and the profile never names it."""
        text = self.blocks[index].text
        titled = in_ordinary_case(text)
        return (
            titled != text
            and written_like_a_name(titled)
            and bool(_capitalised_keys(titled) & self.profile_words)
        )

    def mononym(self, index: int) -> bool:
        """The page's top heading (``<h1>``, ``#``) is one capitalised word that the profile's
        text names again as a word of its own: a person known by one name ("Thandiwe"), the
        strongest evidence a page gives for its name. A site's one-word title ("Profile") is
        named nowhere in the profile. Taken as a guess: the name is flagged as doubtful."""
        block = self.blocks[index]
        if block.kind is not Kind.HEADING or block.level != 1:
            return False
        return self.named_word(index)

    def named_word(self, index: int) -> bool:
        """The line is one capitalised word that the profile's text names again as a word of
        its own (a mononym, wherever it stands)."""
        word = self.blocks[index].text
        if self._text is None or " " in word or not word.isalpha():
            return False
        if not word[0].isupper() or word.isupper():
            return False
        return names_in(self._text(), word)

    def named_mononym(self, index: int) -> bool:
        """A line of one capitalised word, shaped like a name, that the profile names as a word
        of its own (see :meth:`named_word`): a mononym, wherever it stands, but for a few lines
        under a full name the profile names (see :meth:`_under_a_full_name`)."""
        return (
            index in self.shaped and self.named_word(index) and not self._under_a_full_name(index)
        )

    def _under_a_full_name(self, index: int) -> bool:
        """Does line ``index`` stand a few lines (``_NAME_ABOVE``) under a line written like a
        person's name that the profile names again? One word there that the profile names
        too is the company's or the city's (a logo's link "Lumen" under "CEO at Lumen"), not a
        second name: taken for one, it stood as a name below the leader's and cost it the
        page."""
        for above in range(index - 1, max(index - 1 - _NAME_ABOVE, -1), -1):
            if (
                above in self.shaped
                and written_like_a_name(self.blocks[above].text)
                and bool(words_of([self.blocks[above]]) & self.profile_words)
            ):
                return True
        return False

    def titled(self, index: int) -> bool:
        """The line is a heading of one capitalised word that the profile names as a word of
        its own: a mononym set as a title by a text browser (its level lost), so the line
        under it is its headline, not a name (see :meth:`named_word`)."""
        block = self.blocks[index]
        return block.kind is Kind.HEADING and index in self.shaped and self.named_word(index)

    def recurs(self, index: int) -> bool:
        """Does the profile name the line's capitalised words again (a joined line's name is
        named again: it is found that way)?"""
        if index in self.joined or self.mononym(index) or self.surname_in_capitals(index):
            return True
        if self.named_mononym(index):
            return True  # named as a word of its own
        known = self._recurs.get(index)
        if known is None:
            keys = words_of([self.blocks[index]])
            known = (
                bool(keys & self.profile_words)
                or self._initials_named(index, keys)
                or self._lower_case_named(index, keys)
            )
            self._recurs[index] = known
        return known

    def _lower_case_named(self, index: int, keys: frozenset[str]) -> bool:
        """A name styled in lower case ("noor ashfaq") has no capitalised word for a key: it
        recurs when the profile's text holds the whole line again, as written."""
        text = self.blocks[index].text
        if keys or self._text is None or not _LOWER_CASE_NAME.match(text):
            return False
        return names_in(self._text(), text)

    def _initials_named(self, index: int, keys: frozenset[str]) -> bool:
        """A name of initials and one surname ("J. R. Thistlewood") has one capitalised word
        for a key, which alone says nothing: it recurs when the profile's text holds the whole
        line again."""
        text = self.blocks[index].text
        if self._text is None or len(keys) != 1 or " " not in text:
            return False
        return names_in(self._text(), text)

    def names_the_leader(self, index: int) -> bool:
        """A heading or paragraph that looks like a name, is written like a person's name, and
        is named again by the profile: the leader's name standing on this line."""
        return index in self.shaped and self.person(index) and self.recurs(index)


def _name_score(
    lines: _Window, index: int, first: int, window: tuple[list[int], list[int], int]
) -> int:
    """Structure first (headline under it, prose after), then how it is written, then whether
    the profile names it again. ``window``: from each line (numbered from its third item) down
    to ``first``, how many lines are prose and how many name the leader."""
    prose_from, naming_from, top = window
    blocks = lines.blocks
    block = blocks[index]
    person = lines.person(index)
    recurs = lines.recurs(index)
    score = (_PERSON if person else 0) + (_RECURS if recurs else 0)
    rest = index + 1  # the bio: from here down to ``first``
    while rest < first - 1 and is_byline(blocks[rest]):
        rest += 1  # the post's date or author under the name: the site's, counted for nothing
    # A byline stands under the post's title, the leader's name: the line after it is no name.
    titled = rest > index + 1
    if rest < first - 1 and rest in lines.rows:
        if names_the_job(blocks[rest].text):
            rest += 1  # a key/value run's "Position" row: its value is the headline
    elif rest < first - 1 and (
        (_property_label(blocks, rest) and property_row_end(blocks, rest) == rest + 2)
        or is_property_pair(blocks[rest], blocks[rest + 1])
    ):
        # "Role | CTO at Acme", or a definition list's term ("Position") over the headline:
        # the headline given as a property, its label the site's
        rest += 1
    if index in lines.joined:  # the headline is on the name's own line
        score += _HEADLINE + (_ROLE_AT if " at " in block.text else 0)
    elif (
        rest < first
        and is_headline(blocks[rest])
        and not is_control(blocks[rest])  # "▶ Watch the reel": a control, no headline
        and (rest not in lines.rows or not is_rows_caption(blocks[rest]))
        and (titled or not _is_the_name(lines, rest, person, recurs))
    ):
        score += _HEADLINE + (_ROLE_AT if " at " in blocks[rest].text else 0)
        rest = _past_post_meta(blocks, rest + 1, first)
    # the page's key/value rows below (a directory's panel, a <dl>): counted for nothing
    rows = sum(1 for row in lines.rows if row >= rest) if lines.rows else 0
    prose = prose_from[rest - top] if rest < first else 0
    score += min(prose, _BIO_PARAGRAPHS) - 2 * (first - rest - prose - rows)
    if rest < first and naming_from[rest - top]:
        score -= _NAME_BELOW  # the leader's name stands further down: this is above the profile
    if not recurs and _under_a_named_header(lines, index):
        score -= _NAME_BELOW  # the post's author, under its title (the leader) and subtitle
    above = index - 1  # the line over it, past a box's label of the field ("Role")
    if above > 0 and blocks[above].text.lower() in HEADLINE_LABELS:
        above -= 1
    if (
        (not person or _role_before_comma(lines, index))
        and index
        and (lines.names_the_leader(above) or lines.titled(above))
    ):
        score -= _NAME_BELOW  # the headline under the leader's name, not a name
    elif not recurs and _under_the_leaders_name(lines, index, window):
        score -= _NAME_BELOW  # a site's line (tabs, a link) under the leader's name or bio
    if block.kind is Kind.HEADING:
        score += 2 if block.level == 1 else 1
    return score


_NAME_ABOVE = 3  # lines: a name, its buttons, its tabs


def _role_before_comma(lines: _Window, index: int) -> bool:
    """Line ``index`` is written like a name but holds a comma, and the profile names none of
    the words before it: a headline with no " at " ("Chef-Owner, Baan Khun Yai"), its company
    after the comma (which the bio names), not a person. A name with a comma keeps a word the
    profile names before it ("Amara Okafor, MD"; "Okafor, Amara" in a directory's order)."""
    text = lines.blocks[index].text
    if "," not in text:
        return False
    head = text.split(",", 1)[0]
    return not words_of([lines.blocks[index]._replace(text=head)]) & lines.profile_words


def _under_the_leaders_name(
    lines: _Window, index: int, window: tuple[list[int], list[int], int]
) -> bool:
    """Does line ``index`` stand a few lines under a line that names the leader (written like
    a person's name, named again by the profile), or under the prose that follows it? A line
    there that the profile never names, however it is written ("Summary Investments News
    Signals", a directory's tabs; "Read more" under the bio), is the site's: a name stands
    above its bio. ``window``: as :func:`_name_score` has it."""
    prose_from, _, top = window
    for above in range(index - 1, top - 2, -1):  # the window's lines (its first candidate on)
        if lines.names_the_leader(above) or lines.named_mononym(above):
            near = index - above <= _NAME_ABOVE
            return near or prose_from[above + 1 - top] > prose_from[index - top]
    return False


def _under_a_named_header(lines: _Window, index: int) -> bool:
    """Does line ``index`` stand right under a name the profile names again and the headline
    under it? A post sets its author there, under its title and subtitle; the profile never
    names the author."""
    if index < 2:
        return False
    above = index - 2
    return (
        above in lines.shaped
        and lines.recurs(above)
        and is_headline(lines.blocks[index - 1])
        and not lines.names_the_leader(index - 1)
    )


def _past_post_meta(blocks: Sequence[Block], rest: int, first: int) -> int:
    """The first line after the post's byline under a headline, or ``rest``.

    A blog post sets its title (the leader's name) and subtitle (the headline), then its
    author and date ("Jane Roe", "Mar 14, 2026"): the site's lines, which count neither for
    nor against the name above them (a follower count, "500+ connections", too, right above
    the first section; and the counts, icons and one-word buttons under a byline). An
    author's line is one written like a name with a byline right under it (or under a
    one-word button right under it: "Follow"). A database page sets its properties there
    ("Tags | pricing, churn", a label and its value on one source line): the page's too.
    """
    dated = False  # a byline seen: the post's engagement under it is the site's too
    while rest < first:
        if is_post_meta(blocks[rest]) or (dated and is_post_engagement(blocks[rest])):
            dated = True
            rest += 1  # (the last line before the sections too: "500+ connections")
        elif (after := _author_over_byline(blocks, rest, first)) is not None:
            rest = after
        elif wrapped_byline(blocks, rest, first):
            dated = True
            rest += 2
        elif rest == first - 1:
            break
        elif (end := property_row_end(blocks, rest)) is not None and end < first:
            rest = end  # the page's properties under the headline ("Tags | ..."): its own
        else:
            break
    return rest


def wrapped_byline(blocks: Sequence[Block], rest: int, first: int) -> bool:
    """Lines ``rest`` and the next are one byline a text browser wrapped ("... · 9 min" over
    "read · Jan 20, 2026": the second goes on in lower case)."""
    if rest >= first - 1:
        return False
    after = blocks[rest + 1]
    if not after.text[:1].islower() or after.start != blocks[rest].end + 1:
        return False
    return is_byline(blocks[rest]._replace(text=f"{blocks[rest].text} {after.text}"))


def _author_over_byline(blocks: Sequence[Block], rest: int, first: int) -> int | None:
    """The byline's index when line ``rest`` is a post's author over it (written like a name;
    a one-word button, "Follow", may stand between), else None."""
    if rest >= first - 1 or not written_like_a_name(blocks[rest].text):
        return None
    after = rest + 2 if is_post_engagement(blocks[rest + 1]) else rest + 1
    return after if after < first and is_byline(blocks[after]) else None


def _is_the_name(lines: _Window, below: int, person: bool, recurs: bool) -> bool:
    """Is the "headline" under a candidate (line ``below``) really the leader's name?

    It is when it reads as a person and the candidate does not, or when the profile names it
    (a person's name, or one word: a mononym) and not the candidate: then the candidate is the
    site's line above the name.
    """
    if not lines.person(below):
        # A mononym under a site's line ("Leader Library Search", then "Thandiwe"): a text
        # browser drops the <h1> that makes it the title; the profile names it, not the line.
        return not recurs and lines.named_word(below)
    return not person or (not recurs and lines.recurs(below))


_PARTICLE_MAX_CHARS = 3
_POSTNOMINAL_MAX_CHARS = 4
# Short lower-case words of English that stand in headlines and titles, never in a person's name.
_FUNCTION_WORDS = frozenset(("at", "of", "and", "for", "the", "in", "on", "to", "with", "by"))
_PERSON_WORDS = (2, 6)


# Particles do not count toward the six words ("Bernardo Álvarez de la Cruz y Montenegro"), but
# a line of this many words is never one name, whatever its particles.
_PERSON_MAX_WITH_PARTICLES = 10


def _counted_words(words: Sequence[str]) -> int:
    """The words of a name that count toward its length: not its short lower-case particles
    ("de", "la", "y", "van", "bin"), which long names of several languages hold several of."""
    return sum(1 for word in words if not _is_particle(word))


def _is_particle(word: str) -> bool:
    """A short word whose first letter is lower case ("de", "van", "d'")."""
    if len(word) > _PARTICLE_MAX_CHARS:
        return False
    first = next((c for c in word if c.isalpha()), "")
    return first.islower()


@per_line  # the same lines are asked by each candidate, the locator and the outline
def written_like_a_name(text: str) -> bool:
    """Two to six words (short lower-case particles not counted), each capitalised as a name is
    (not ALL CAPS, not lower case).

    Short lower-case particles ("de", "van", "bin") and initials are allowed; words of scripts
    without case count as written like a name. A headline has lower-case words ("of", "at"),
    a menu or banner shouts in capitals: neither reads as a person. The particles of names are
    short, but English function words never are one: "Chief Product Officer at Example Co" is
    the headline's "role at company", however it is capitalised.
    """
    words = text.split()
    if not _PERSON_WORDS[0] <= _counted_words(words) <= _PERSON_WORDS[1]:
        return False
    if len(words) > _PERSON_MAX_WITH_PARTICLES:
        return False
    if not _FUNCTION_WORDS.isdisjoint(words):
        return False
    capitalised = 0
    for word in words:
        if word.isascii() and word.isalpha():  # the usual word: every character a cased letter
            first, several, shouting = word[0], len(word) > 1, word.isupper()
        else:
            letters = [c for c in word if c.isalpha()]
            if not letters:
                return False
            first, several = letters[0], len(letters) > 1
            shouting = all(c.isupper() for c in letters)
        if first.islower():
            if len(word) > _PARTICLE_MAX_CHARS and not _particle_joined(word):
                return False
            if len(word) > _PARTICLE_MAX_CHARS:
                capitalised += 1  # "al-Qasimi", "ben-Ami": a particle joined to the name
            continue
        # ALL CAPS is no name (a single capital or an initial is fine), except after the name
        # itself, letters of honours and degrees: "Jane Smith OBE", "Amara Okafor, MD, MPH"
        if (
            several
            and shouting
            and not word.endswith(".")
            and (capitalised < _PERSON_WORDS[0] or len(word.rstrip(",")) > _POSTNOMINAL_MAX_CHARS)
        ):
            return False
        if several and not shouting and not word[1:].islower() and _run_together(word):
            return False
        capitalised += 1
    return capitalised >= 1


# A short lower-case particle joined by a hyphen or an apostrophe to a capitalised name
# ("al-Qasimi", "ben-Ami", "d'Alembert"): a word of the name, however it starts.
# Or glued to it with no mark between ("kaMpungose", "deBoer"): two or three letters, then
# the name's capital and the rest of it in lower case.
_PARTICLE_JOINED = compiled(
    r"^(?:[^\W\d_]{1,3}[-'\u2019][^\W\d_]*[A-Z][^\W\d_]*|[a-z]{2,3}[A-Z][a-z]{2,})$"
)
_GLUED_WORD = compiled(r"[a-z]{2,3}(?=[A-Z])")


def _particle_joined(word: str) -> bool:
    """A particle joined to the name (see ``_PARTICLE_JOINED``), not a function word a copy
    glued to it ("byAda", "forAda": a byline's or a link's word and the name, two elements)."""
    glued = _GLUED_WORD.match(word)
    return _PARTICLE_JOINED.match(word) is not None and (
        glued is None or glued[0] not in _FUNCTION_WORDS
    )


# A capital after a word's lower-case run of three letters or more: where two words were
# joined ("Network|Jobs"). The inner capitals of names follow short prefixes ("McDonald",
# "DeLaCruz", "VanDerMeer") or one longer one ("MacArthur", "FitzGerald").
_CAMEL = compiled(r"[a-z]{3}[A-Z]")
_CAMEL_MAX = 1  # "MacArthur", "DeShawn": one; a menu's labels run together have more


def _run_together(word: str) -> bool:
    """Capitalised words run together with no space ("NetworkJobsMessaging", a menu or a
    row of buttons a converter joined): more than one join of a word (three lower-case letters
    or more) to the next capital in one part of the word (a hyphen parts a double name:
    "MacKay-McLean")."""
    return any(len(_CAMEL.findall(part)) > _CAMEL_MAX for part in word.split("-"))


# Capitalised words, compared as written: the bio and summary name the leader the same way.
_WORD = compiled(r"\b[^\W\d_][^\W_]+")


def words_of(blocks: Sequence[Block]) -> frozenset[str]:
    """Capitalised words and pairs of them ("Jonas Weber"), as written.

    A name is known by a pair when it has two words: one word alone ("Founder") recurs in
    too many places to say anything. Scripts without case (Chinese, Japanese, Korean, Thai...)
    have no capitals to go by and often no spaces between words: there a run of such words
    is a key with its spaces removed, and so is every short stretch of it, so that "山田 花子"
    is found again in "山田花子は…".
    """
    if len(blocks) == 1 and blocks[0].text.isascii():
        return _capitalised_keys(blocks[0].text)  # one line's keys, as cached: nothing to join
    found: set[str] = set()
    budget = _CASELESS_BUDGET
    for block in blocks:
        found.update(_capitalised_keys(block.text))
        if budget > 0 and not block.text.isascii():  # ASCII has no caseless script
            keys = _caseless_keys_of(block.text, budget)
            budget -= len(keys)
            found.update(keys)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _capitalised_keys(text: str) -> frozenset[str]:
    """One block's capitalised pairs (or its single capitalised word); cached like ``_tokens``,
    since the locator asks about the same blocks once per anchor and per candidate name."""
    words = [w for w in _tokens(text) if w[0].isupper()]
    keys = {f"{a} {b}" for a, b in pairwise(words)}
    if len(words) == 1:
        keys.add(words[0])
    return frozenset(keys)


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    """One block's words; cached, since the locator asks about the same blocks often."""
    return tuple(_WORD.findall(text))


# Keys of caseless text kept per call: the profile names its leader early (bio, summary), and
# a page of megabytes in such a script must not make millions of them.
_CASELESS_BUDGET = 50_000


_CASELESS_KEY = (2, 8)  # characters: a name's length in scripts without case and spaces


# A block's caseless keys are cached when there are at most this many (a Latin block with an
# accent or a curly quote has none or a few; the locator asks about the same blocks often); a
# long run of CJK text is recomputed, so the cache stays small whatever the pages hold.
_CACHED_KEYS_MAX = 256
# Longer blocks are never tried uncut: a megabyte of such a script must stay within the budget.
_CACHED_TEXT_MAX_CHARS = 4096


def _caseless_keys_of(text: str, limit: int) -> frozenset[str] | set[str]:
    """``_caseless_keys`` of one block's words: from the cache when no run is long enough for
    ``limit`` to cut it (then the keys are the same)."""
    cached = _caseless_cached(text) if len(text) <= _CACHED_TEXT_MAX_CHARS else None
    if cached is not None and cached[1] <= limit // _CASELESS_KEY[1]:
        return cached[0]
    return _caseless_keys(_tokens(text), limit)


@lru_cache(maxsize=2048)
def _caseless_cached(text: str) -> tuple[frozenset[str], int] | None:
    """A block's caseless keys with no cut, and its longest run (to tell whether a cut matters);
    None when there are too many to keep."""
    runs = _caseless_runs(_tokens(text))
    keys = _run_keys(runs, None)
    return (frozenset(keys), max(map(len, runs))) if len(keys) <= _CACHED_KEYS_MAX else None


def _caseless_keys(tokens: Sequence[str], limit: int) -> set[str]:
    """Keys for words in scripts without case: each stretch of 2 to 8 of their letters.

    Each run is cut to ``limit`` divided by the longest key's length, so a run makes at most
    about ``limit`` keys.

    A name in such a script comes out as one of these stretches (its words run together); the
    prose that names the leader holds it somewhere inside a longer run.
    """
    return _run_keys(_caseless_runs(tokens), limit // _CASELESS_KEY[1])


def _caseless_runs(tokens: Sequence[str]) -> list[str]:
    """The runs of words in scripts without case, each joined without spaces (one per break,
    possibly empty)."""
    runs: list[str] = []
    run = ""
    for token in [*tokens, ""]:
        if token and not token[0].isupper() and not token[0].islower():
            run += token
            continue
        runs.append(run)
        run = ""
    return runs


def _run_keys(runs: Sequence[str], cut: int | None) -> set[str]:
    """Each stretch of 2 to 8 letters of each run, the run first cut to ``cut`` letters."""
    keys: set[str] = set()
    low, high = _CASELESS_KEY
    for whole in runs:
        run = whole if cut is None else whole[:cut]  # at most about ``limit`` keys in all
        for size in range(low, min(high, len(run)) + 1):
            keys.update(run[i : i + size] for i in range(len(run) - size + 1))
    return keys


def _one_word(text: str) -> bool:
    """One capitalised word of letters, not in capitals: a mononym's shape."""
    return text.isalpha() and text[0].isupper() and not text.isupper()


def named_line_above(blocks: Sequence[Block], name: int, end: int) -> int | None:
    """A line a few lines above the name (``_NAME_ABOVE``: a name, its buttons, its tabs)
    written like a person's name (or one word, a mononym) that the profile
    (``blocks[name:end]``) names again, when the line taken for the name is named nowhere in
    it: the leader's name may stand there, and the line taken be the site's (a tab row written
    in capitalised words). Its index, or None."""
    above = [
        index
        for index in range(name - 1, max(name - 1 - _NAME_ABOVE, -1), -1)
        if blocks[index].kind in (Kind.HEADING, Kind.PARAGRAPH)
        and (written_like_a_name(blocks[index].text) or _one_word(blocks[index].text))
    ]
    if not above:
        return None
    profile = words_of(blocks[name + 1 : end])
    text = _Once(lambda: "\n".join(block.text for block in blocks[name + 1 : end]))

    def named(block: Block) -> bool:  # by its words, or whole (a name of initials)
        return bool(words_of([block]) & profile) or names_in(text(), block.text)

    if named(blocks[name]):
        return None
    return next((index for index in above if named(blocks[index])), None)
