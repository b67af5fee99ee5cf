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

from collections.abc import Sequence

from extractor.parsing.bycontent import (
    TYPED_SECTIONS,
    is_tag_line,
    title_shaped,
    typed_by_content,
)
from extractor.parsing.leader_name import (
    find_name,
    in_ordinary_case,
    words_of,
    written_like_a_name,
)
from extractor.parsing.sections import SECTIONS, parsers_for
from extractor.parsing.sections.dimensions import (
    dimension_label,
    is_dimension_line,
    is_score,
    is_table_row,
    short_column,
    table_top,
)
from extractor.parsing.sections.preamble import (
    NAME_LABELS,
    is_headline,
    labelled_value,
    looks_like_name,
)
from extractor.parsing.sections.principles import is_lone_ordinal
from extractor.parsing.sections.questions import is_question_line
from extractor.parsing.sections.quotes import lone_opening_mark
from extractor.parsing.shapes import (
    BOXED,
    SHAPES,
    STRICT_SHARE,
    STRICT_SHARED,
    TOPIC_MIN_WORDS,
    ProseWords,
    box_body,
    box_label,
    chip_not_title,
    continues,
    ends_sentence,
    is_dimension_block,
    is_prose,
    is_quote_part,
    on_topic,
    prose_flags,
    reads_as_quote,
    unattributed_first,
    vocabulary,
    wrapped_paragraph,
)
from extractor.read.blocks import (  # Kind's members as names (see read.blocks)
    ATTRIBUTION as _ATTRIBUTION,
    HEADING as _HEADING,
    ITEM as _ITEM,
    METER as _METER,
    PARAGRAPH as _PARAGRAPH,
    QUOTE as _QUOTE,
    Block,
)
from extractor.read.lines import OPEN_QUOTE, looks_like_heading

# How many blocks before the first section the name may stand (name, headline, bio paragraphs,
# a few stray lines): enough for a long bio, short enough not to wander into the site's header.
_LOOKBACK = 30
# A middle section whose body mostly fits its shape may hold this many stray blocks (an ad, a
# caption) and still link the sections around it.
_STRAY_ALLOWED = 2
_DIMENSION_RUN = 2
# Label-then-score pairs in a row that make a list of dimensions without a title: three, as a
# table of scores has (two could be a card of figures).
_PAIRS_RUN = 3
_LABEL_MAX_WORDS = 6
# A stray line inside the last section is a button or label, a few words long.
_STRAY_MAX_WORDS = 6
# Bounds the search on pages that repeat section titles everywhere (a hostile page).
_MAX_ANCHORS = 200
# A two-row table's lines under its title: the heading row and two rows (rules apart).
_SHORT_TABLE_LINES = 3
# Untitled score lines in a row below the profile that read as the dimensions: three, as the
# sections typed by content need.
_SCORES_BELOW = 3
# Short lines under a title below the profile that read as a list whose marks were dropped:
# three, each of three words (more than a menu's link) to a long sentence.
_SHORT_LINES_BELOW = 3
# Sentences under their attributions that read as quotes below the profile: two, each with its
# own (one is as often an article's cited line or a testimonial).
_SAID_BELOW = 4  # blocks
_SHORT_LINE_WORDS = (3, 25)
# The marker of a title set on one line with its content ("Key Themes: a, b"), split in two
# before the profile is located: that section is that one line (wrapped or not).
INLINE_TITLE = ":"


class Span:
    """The profile: ``blocks[start:end]``; ``name`` is the index of the name line (or None).

    ``titles`` are blocks that the reader took for paragraphs but that head an extra section of
    the profile (div soup sets every title in a plain element): the caller reads them as headings.
    ``strays`` are site lines inside the last section ("Tweet this" under a quote): chrome.
    ``header``: when the name stands below ``start`` (a section above the profile's header, see
    :func:`_name_above_title`), where the header (name, headline, bio) ends: the caller reads
    ``blocks[name:header]`` first. ``asked``: those of ``titles`` that are a Q&A page's
    questions over prose (:func:`_questions_over_prose`): they open a section even in the
    header, above the first section. Read-only by convention. This and :class:`_Anchor` are plain
    classes, not dataclasses (see :mod:`extractor.base.values`; a module mypyc compiles spells
    its methods out).
    """

    __slots__ = ("asked", "end", "header", "name", "start", "strays", "titles", "typed")

    def __init__(  # noqa: PLR0917 - the span's parts, built in one place
        self,
        start: int,
        end: int,
        name: int | None,
        titles: frozenset[int] = frozenset(),
        strays: frozenset[int] = frozenset(),
        header: int | None = None,
        typed: tuple[tuple[int, str], ...] = (),
        asked: frozenset[int] = frozenset(),
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.titles = titles
        self.strays = strays
        self.header = header
        self.typed = typed
        self.asked = asked

    def _values(
        self,
    ) -> tuple[
        int,
        int,
        int | None,
        frozenset[int],
        frozenset[int],
        int | None,
        tuple[tuple[int, str], ...],
        frozenset[int],
    ]:
        return (
            self.start,
            self.end,
            self.name,
            self.titles,
            self.strays,
            self.header,
            self.typed,
            self.asked,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        start, end, name, titles, strays, header, typed, asked = self._values()
        moved = "" if header is None else f", {header=}"
        by_content = f", {typed=}" if typed else ""
        questions = f", {asked=}" if asked else ""
        return (
            f"Span({start=}, {end=}, {name=}, {titles=}, {strays=}{moved}{by_content}{questions})"
        )


class _Anchor:
    __slots__ = ("index", "rule", "titled", "typed")

    def __init__(self, index: int, rule: str, titled: bool, typed: bool = False) -> None:
        self.index = index
        self.rule = rule
        self.titled = titled  # False for a run of score lines without a title
        self.typed = typed  # a title the registry does not know, typed by its content


class _Page:
    """Each block's shape, judged once per page.

    The locator tries a chain from every anchor and judges the blocks between every pair of
    anchors, so the same block is asked the same questions (its section title, whether it is
    prose, whether it fits a section's shape, whether it could start a profile) many times:
    each answer is worked out the first time and read from a table after that.
    """

    __slots__ = (
        "_fits",
        "_header",
        "_labels",
        "_named",
        "blocks",
        "dimension_lines",
        "prose",
        "prose_words",
        "rules",
        "scored",
        "typed_content",
        "typed_end",
    )

    def __init__(self, blocks: Sequence[Block], aside: Sequence[int] = ()) -> None:
        self.blocks = blocks
        self.rules = [None if parser is None else parser.name for parser in parsers_for(blocks)]
        # Whether each line reads "Name 95%": asked of every block for the anchors, and again
        # of a dimension section's blocks for its shape.
        self.dimension_lines = [is_dimension_line(block.text) for block in blocks]
        # Whether each block is a score under its label (a table's two cells, one a line):
        # asked of every block for the anchors, and read again for the dimensions' labels.
        self.scored = _scores_under_labels(blocks)
        self.prose = prose_flags(blocks)
        self.prose_words = ProseWords(blocks, self.prose, aside)  # read if a caption asks
        self._fits: dict[str, list[int]] = {}  # per section rule: 1 fits, 0 not, -1 not asked
        self._header: list[int] = [-1] * len(blocks)
        self._named: frozenset[str] | None = None
        self._labels: tuple[frozenset[str], frozenset[str]] | None = None
        self.typed_end: dict[int, int] = {}  # a typed title's index: where its content ends
        # Each block's section when it is the content of a typed title (else None): its
        # shape was judged as a run (a mark line "→" before each principle, say).
        self.typed_content: list[str | None] = []
        for index, rule in enumerate(self.rules):
            if rule is not None and chip_not_title(blocks, index, rule, self.rules, self.fits):
                self.rules[index] = None
        for index in _contents_lists(self.rules):
            self.rules[index] = None

    def _boxed(self, rule: str, index: int) -> bool:
        """A box's label (see :func:`box_label`) over a block that fits the section."""
        title = index > 0 and self.rules[index - 1] == rule
        if not box_label(self.blocks, index, rule, title):
            return False
        return box_body(self.blocks, index + 1, rule) or self.fits(rule, index + 1)

    def named(self) -> frozenset[str]:
        """Who the page's prose names (see :func:`_joins`), worked out when first asked: only
        a name-like line with prose under it between two sections asks."""
        if self._named is None:
            prose = self.prose
            self._named = words_of(
                [b for b, running in zip(self.blocks, prose, strict=True) if running]
            )
        return self._named

    def fits(self, rule: str | None, index: int) -> bool:
        """Does block ``index`` fit section ``rule``'s shape (prose for None or a rule with no
        shape of its own)?"""
        if rule is None:
            return self.prose[index]
        blocks = self.blocks
        if rule in BOXED and (  # a box's label is one word of letters: most blocks end here
            (blocks[index].text.isalpha() and self._boxed(rule, index))
            or (index > 0 and blocks[index - 1].text.isalpha() and box_body(blocks, index, rule))
        ):
            return True
        if self.typed_content and self.typed_content[index] == rule:
            return True  # inside a section typed by this content (see _typed_anchors)
        shape = SHAPES.get(rule, is_prose)
        if shape is is_prose:
            return self.prose[index]
        table = self._fits.get(rule)
        if table is None:
            table = [-1] * len(self.blocks)
            self._fits[rule] = table
        known = table[index]
        if known < 0:
            if shape is is_dimension_block:
                fit = (
                    is_dimension_block(self.blocks, index, self.dimension_lines[index])
                    or (
                        self.blocks[index].kind in (_PARAGRAPH, _ITEM)
                        and self.labels_a_dimension(index, scored_apart=False)
                    )
                    or self._in_short_table(index)
                )
            elif shape is is_quote_part:
                fit = is_quote_part(self.blocks, index, self.prose_words)
            else:
                fit = shape(self.blocks, index)
            known = 1 if fit else 0
            table[index] = known
        return known == 1

    def _in_short_table(self, index: int) -> bool:
        """Block ``index`` is a row (or the heading row) of a two-row table right under the
        dimensions' own title (see :func:`dimensions.short_column`): a leader scored on two."""
        rules = self.rules
        top = index
        while top > 0 and index - top < _SHORT_TABLE_LINES and rules[top - 1] is None:
            top -= 1
        if top == 0 or rules[top - 1] != "dimensions":
            return False  # (most blocks: no dimensions title right above)
        end = top
        while end < len(self.blocks) and end - top <= _SHORT_TABLE_LINES and rules[end] is None:
            end += 1
        rows, heading = short_column(self.blocks[top:end])
        block = self.blocks[index]
        return id(block) in rows or block is heading

    def labels_a_dimension(self, index: int, *, scored_apart: bool = True) -> bool:
        """Is block ``index`` a short line whose text names a dimension scored elsewhere on the
        page ("Strategic Vision" as in "Strategic Vision 70%", or over a "70%" line)? It is
        that dimension's label, its score dropped or set apart: a line of the dimension
        section, never a person's name nor the start of a second run of scores."""
        block = self.blocks[index]
        if not _short_label(block):
            return False
        if self._labels is None:
            self._labels = _dimension_labels(self.blocks, self.dimension_lines, self.scored)
        on_lines, apart = self._labels
        text = block.text.casefold()
        return text in on_lines or (scored_apart and text in apart)

    def name_like(self, index: int) -> bool:
        """A heading or paragraph written like a person's name (a profile's first line)."""
        known = self._header[index]
        if known < 0:
            block = self.blocks[index]
            known = (
                1
                if block.kind in (_HEADING, _PARAGRAPH)
                and looks_like_name(block.text)  # cheap on a long line: asked first
                and (written_like_a_name(block.text) or _labelled_name(block))
                else 0
            )
            self._header[index] = known
        return known == 1


def _labelled_name(block: Block) -> bool:
    """A name as an "at a glance" box sets it: its label before it ("Name: Jane Doe"), its
    surname perhaps in capitals ("Name: DOE Jane")."""
    value = labelled_value(block, NAME_LABELS)
    return value is not None and written_like_a_name(in_ordinary_case(value))


def _dimension_labels(
    blocks: Sequence[Block], dimension_lines: list[bool], scored: list[bool]
) -> tuple[frozenset[str], frozenset[str]]:
    """The names the page scores (casefolded): on a dimension line; on the line over a score,
    when that pair is one of a run of scores (:func:`_pair_in_a_run`). ``scored``: each
    block's :func:`_score_under_label` (only those blocks can be such a pair: most pages have
    none)."""
    on_lines: set[str] = set()
    apart: set[str] = set()
    for index, block in enumerate(blocks):
        label = dimension_label(block.text) if dimension_lines[index] else None
        if label:
            on_lines.add(label.casefold())
        elif scored[index] and _pair_in_a_run(dimension_lines, scored, index):
            apart.add(blocks[index - 1].text.casefold())
    return frozenset(on_lines), frozenset(apart)


def _pair_in_a_run(dimension_lines: list[bool], scored: list[bool], index: int) -> bool:
    """Is block ``index``, a score under its label (``scored[index]``), next to another scored
    dimension (a pair just above or below it, or a dimension line touching it)? One line over
    one score is as likely the leader's name over a figure ("Ada Stone" over "87%") as a
    dimension's label."""
    below = index + 1
    return (
        (index >= 2 and scored[index - 2])
        or (below + 1 < len(scored) and scored[below + 1])
        or (below < len(scored) and dimension_lines[below])
        or (index >= 2 and dimension_lines[index - 2])
    )


def _prose_shaped(rule: str | None) -> bool:
    """Is ``rule``'s content prose (its own shape, or none registered for it)?"""
    return rule is None or SHAPES.get(rule, is_prose) is is_prose


# Known section titles in a row, nothing between them, that make a contents list: three, as
# a short profile's sections are.
_CONTENTS_MIN = 3


def _contents_lists(rules: Sequence[str | None]) -> list[int]:
    """The lines of a contents list: a run of known section titles one after the other, none
    holding anything, each titling a section again further down (a docs site's "Table of
    contents" or "On this page" box, a sidebar's "In this article"). Read as titles, they made
    empty sections and took the profile's place; they are the site's navigation."""
    runs: list[tuple[int, int]] = []
    index = 0
    size = len(rules)
    while index < size:
        if rules[index] is None:
            index += 1
            continue
        end = index
        while end < size and rules[end] is not None:
            end += 1
        runs.append((index, end))
        index = end
    # From the last run up, with the titles after each gathered on the way (one pass, not a
    # set of the rest of the page per run: a long page of such runs took quadratic time).
    found: list[int] = []
    later: set[str | None] = set()
    done = size
    for start, end in reversed(runs):
        later.update(rules[end:done])
        run = rules[start:end]
        if len(run) >= _CONTENTS_MIN and len(set(run)) == len(run) and later.issuperset(run):
            found.extend(range(start, end))
        later.update(run)
        done = start
    return sorted(found)


def locate(
    blocks: Sequence[Block], aside: Sequence[int] = (), *, by_content: bool = True
) -> Span | None:
    """The profile's span, or None when no run of known sections is found at all. ``aside``:
    the source lines of markup alone the reader set aside (``Document.aside``).
    ``by_content``: titles the registry does not know count too, typed by what they hold
    (:func:`_typed_anchors`)."""
    page = _Page(blocks, aside)
    anchors = _anchors(page, by_content=by_content)
    if not anchors:
        return None
    # Only bare titles: the best of them, as before there was a choice (the page is then refused
    # or read for what its titles say).
    chain = _best_chain(page, anchors) or _best_chain(page, anchors, bare=True)
    strays: list[int] = []
    end = _body_start(chain[-1]) + _trailing_fit(page, chain, strays)
    # A last section typed by its content runs as far as that content (its captions too).
    end = max(end, page.typed_end.get(chain[-1].index, end))
    name = _name_before(page, chain[0].index, end)
    header: int | None = None
    if name is not None:
        core = chain[0].index
        name, chain = _name_above_title(page, anchors, chain, name, end)
        if name > chain[0].index:
            header = core  # a section above the header joined the profile
    if name is None:
        earlier = _earlier_part(page, anchors, chain)
        name = _name_before(page, earlier[0].index, end) if earlier else None
        chain = [*earlier, *chain] if earlier and name is not None else chain
    first = chain[0]
    titles = _plain_titles(page, chain, end)
    typed = tuple((a.index, a.rule) for a in chain if a.typed)
    titles |= _titles_after_typed(page, chain, end)
    asked = _questions_over_prose(page, chain, name, end)
    start = first.index if name is None or header is not None else name
    return Span(start, end, name, titles | asked, frozenset(strays), header, typed, asked)


def _name_above_title(
    page: _Page, anchors: list[_Anchor], chain: list[_Anchor], name: int, end: int
) -> tuple[int, list[_Anchor]]:
    """The name, and the chain, when the line found for the name stands under a known section
    title just above the first section: that line is the titled section's content (a score
    section's labels whose numbers the converter dropped), not the name. The name is looked
    for above that title, and the section joins the profile (its lines are reported as its
    parser reads them). Only when every line between the title and that line is a short label
    too, and only a section of a shape other than prose (a site's "About" link is
    a menu's) that the chain does not hold."""
    before = [a for a in anchors if a.index < chain[0].index]
    if not before:
        return name, chain
    title = before[-1]
    if not title.titled or title.index >= name or title.rule in {a.rule for a in chain}:
        return name, chain
    if _prose_shaped(title.rule) or not all(
        _short_label(b) for b in page.blocks[title.index + 1 : name]
    ):
        return name, chain
    if _opens_header(page, name, chain[0].index):
        return name, [title, *chain]  # the header stands between two sections: read first
    above = _name_before(page, title.index, end)
    if above is None:
        return name, chain
    return above, [title, *chain]


def _opens_header(page: _Page, name: int, first: int) -> bool:
    """Does the name line at ``name`` open a profile's header: written like a person's name, a
    headline under it (not prose), then prose before ``first``? A section's label (a score's
    name whose number was dropped) has neither under it. Some pages set a section (the post's
    tags, "Key Themes") above the header: the header is then read first, the section after
    it."""
    prose = page.prose
    below = name + 1
    return (
        below + 1 < first
        and page.name_like(name)
        and _headline_at(page, below)
        and prose[below + 1]
    )


def _short_label(block: Block) -> bool:
    """A few words and no sentence: a label in a list of them (a score section's names)."""
    text = block.text
    return 0 < len(text.split()) <= _LABEL_MAX_WORDS and not text.endswith((".", "!", "?"))


def _name_before(page: _Page, first: int, end: int) -> int | None:
    """The name line in the few blocks before the first section, judged against the profile."""
    blocks, prose = page.blocks, page.prose
    profile_words = words_of([b for i, b in enumerate(blocks[:end]) if i >= first or prose[i]])
    lo = max(0, first - _LOOKBACK)
    titles = page.rules
    labels = [index for index in range(lo, first) if page.labels_a_dimension(index)]
    if labels:  # a dimension's label is never the name: judged like a section title
        titles = list(titles)
        for index in labels:
            titles[index] = "dimensions"

    def profile_text() -> str:
        return "\n".join(b.text for b in blocks[first:end])

    return find_name(
        blocks, lo, first, profile_words, prose, titles=titles, profile_text=profile_text
    )


def _earlier_part(page: _Page, anchors: list[_Anchor], chain: list[_Anchor]) -> list[_Anchor]:
    """Sections of the same profile above ``chain``, cut off from it by a long run of stray lines.

    Only asked when no name stands before ``chain``: a profile whose sections were split by
    pasted junk must not lose its top half (or be refused); a run of other sections (none
    repeated) with a name above it joins the profile, and the stray lines are reported as
    unplaced content of the section they follow.
    """
    above = [a for a in anchors if a.index < chain[0].index]
    earlier = _best_chain(page, above, bare=True) if above else []
    if {a.rule for a in earlier} & {a.rule for a in chain}:
        return []
    return earlier


def _plain_titles(page: _Page, chain: list[_Anchor], end: int) -> frozenset[int]:
    """Unknown section titles set as plain paragraphs, like the profile's own titles."""
    blocks = page.blocks
    found: set[int] = set()
    for position, anchor in enumerate(chain):
        if not anchor.titled or blocks[anchor.index].kind is not _PARAGRAPH:
            continue
        stop = chain[position + 1].index if position + 1 < len(chain) else end
        title = blocks[anchor.index]
        found.update(
            index
            for index in range(anchor.index + 1, stop)
            if blocks[index].kind is _PARAGRAPH and _unknown_title(page, index, stop, title)
        )
    return frozenset(found)


def _titles_after_typed(page: _Page, chain: list[_Anchor], end: int) -> frozenset[int]:
    """The title of the prose right after a section typed by its content ("From the
    podcast" after a list of tags): where that content stops, a title-shaped line over prose
    starts a section of its own (read as an unknown one), not one more tag."""
    found: set[int] = set()
    for position, anchor in enumerate(chain):
        if not anchor.typed:
            continue
        stop = chain[position + 1].index if position + 1 < len(chain) else end
        after = page.typed_end.get(anchor.index, stop)
        if after + 1 < stop and page.prose[after + 1] and title_shaped(page.blocks[after]):
            found.add(after)
    return frozenset(found)


# Sections titled by the interviewer's questions that make a page a Q&A: two.
_QUESTIONS_MIN = 2


def _questions_over_prose(
    page: _Page, chain: list[_Anchor], name: int | None, end: int
) -> frozenset[int]:
    """On a Q&A page (two sections of the profile or more titled by the interviewer's
    questions, typed by their content), every other question standing alone over prose
    titles a section too (read as an unknown one, the summary if its prose says so): the
    answer under it is no more the bio's than the lists under the other questions are. A
    question above the bio's first paragraph is left to the bio."""
    blocks = page.blocks
    asked = [a.index for a in chain if a.typed and is_question_line(blocks[a.index])]
    if len(asked) < _QUESTIONS_MIN or name is None:
        return frozenset()
    prose = page.prose
    found: set[int] = set()
    told = False  # a paragraph of prose stands between the name and the line
    for index in range(name + 1, end - 1):
        if (
            told
            and page.rules[index] is None
            and prose[index + 1]
            and is_question_line(blocks[index])
        ):
            found.add(index)
        told = told or prose[index]
    return frozenset(found)


def _anchors(page: _Page, *, by_content: bool = True) -> list[_Anchor]:
    """Known section titles, plus runs of score lines that stand without a title."""
    anchors: list[_Anchor] = []
    run = 0
    pairs = 0  # label-then-score pairs in a row, each on two lines (a table's cells)
    blocks = page.blocks
    for index, block in enumerate(blocks):
        rule = page.rules[index]
        if rule is not None:
            anchors.append(_Anchor(index, rule, True))
        if page.scored[index]:
            pairs = pairs + 1 if pairs and index >= 2 and page.scored[index - 2] else 1
            first = index - 2 * pairs + 1
            if (
                pairs == _PAIRS_RUN
                and not _dimensions_before(page, anchors, first)
                and not _under_dimension_title(anchors, first)
            ):
                anchors.append(_Anchor(_table_top(page, first), "dimensions", False))
        if page.dimension_lines[index] and block.kind is not _HEADING:
            run += 1
            if run == _DIMENSION_RUN and not _dimensions_before(page, anchors, index - 1):
                anchors.append(_Anchor(index - 1, "dimensions", False))
        else:
            run = 0
    typed = _typed_anchors(page) if by_content else []
    if typed:
        anchors = [a for a in anchors if a.titled or not _typed_over(typed, a.index)]
        anchors.extend(a for a, _ in typed)
    anchors.sort(key=lambda a: a.index)
    return anchors


def _headline_over_bio(page: _Page, index: int) -> bool:
    """Block ``index`` is the page's headline, right under its name, over a paragraph without
    quote marks: the bio's first, whatever dashed line stands under it (a photo's credit, "—
    Jon Hauge"); not a quotes section's title over sentences whose marks a copy dropped."""
    following = page.blocks[index + 1]
    return (
        index > 0
        and following.kind is _PARAGRAPH
        and following.text[:1] not in OPEN_QUOTE
        and page.name_like(index - 1)
        and _headline_at(page, index)
    )


def _plain_prose(page: _Page, index: int) -> bool:
    """Running text that is no quotation: a paragraph of prose without an opening mark, and
    not right over an attribution line (a quotation whose marks a browser's copy dropped). A
    list's number alone in its block ("1.", its entry on the next line) ends like a sentence
    but opens a list; a drawn table's rows run together (a long line) are a table."""
    block = page.blocks[index]
    return (
        page.prose[index]
        and block.kind is _PARAGRAPH
        and not is_lone_ordinal(block)
        and not is_table_row(block.text)
        and block.text[:1] not in OPEN_QUOTE
        and not is_tag_line(block.text)  # tags split by separators, however long the line
        and not (index + 1 < len(page.blocks) and page.blocks[index + 1].kind is _ATTRIBUTION)
    )


def _typed_over(typed: list[tuple[_Anchor, int]], index: int) -> bool:
    """Does a title typed as the dimensions stand over the untitled run of scores at
    ``index``? Then the run is that section's content, not a second one."""
    return any(a.rule == "dimensions" and a.index < index < end for a, end in typed)


def _typed_anchors(page: _Page) -> list[tuple[_Anchor, int]]:
    """Titles the registry does not know over content of an unmistakable section's shape
    (:mod:`extractor.parsing.bycontent`), for sections the page titles nowhere in known words:
    a known title is always the better anchor. The walk goes on after each typed section's
    content, so a tag or a label inside it is never taken for a title of its own."""
    known = set(page.rules)
    if known.issuperset(TYPED_SECTIONS):
        return []  # every section content can type is titled on the page already
    blocks = page.blocks
    found: list[tuple[_Anchor, int]] = []  # each with where its content ends
    inside = False  # a section of the profile stands above (see typed_by_content)
    index = 0
    while index < len(blocks):
        if page.rules[index] == "dimensions" or page.dimension_lines[index]:
            inside = True
            index += 1  # a known title over scores: its labels are content, not titles
            while index < len(blocks) and page.fits("dimensions", index):
                index += 1
            continue
        if page.rules[index] is not None:
            inside = True
        elif (
            index + 1 < len(blocks)
            and (index == 0 or page.rules[index - 1] is None)
            and (
                (asked := is_question_line(blocks[index]))
                # prose under a line: no typed shape's content (under a question, a list
                # whose marks were dropped may read as prose: its entries are asked)
                or (
                    not _plain_prose(page, index + 1)
                    and title_shaped(blocks[index])
                    and not (not inside and _headline_over_bio(page, index))
                )
            )
        ):
            # (a line right under a known title is that section's content; a line that names
            # a dimension scored on the page is that dimension's label). An interviewer's
            # question is a title by its form: its section stands even where a known title of
            # the same section stands elsewhere (a sidebar's "Topics"); the chain chooses.
            typed = typed_by_content(
                blocks, index, page.fits, page.prose, inside=inside, question=asked
            )
            if (
                typed is not None
                and (asked or typed[0] not in known)
                and not page.labels_a_dimension(index)
            ):
                rule, end = typed
                found.append((_Anchor(index, rule, True, typed=True), end))
                page.rules[index] = rule  # a title now, for the walks that stop at titles
                page.typed_end[index] = end
                if not page.typed_content:
                    page.typed_content = [None] * len(blocks)
                page.typed_content[index + 1 : end] = [rule] * (end - index - 1)
                inside = True
                index = end
                continue
        index += 1
    return found


def _table_top(page: _Page, first: int) -> int:
    """Where a table of scores whose first row starts at ``first`` begins: its two heading
    cells ("Dimension", "Score") above that row are the table's, not stray lines between the
    profile's header and its first section."""
    return table_top(page.blocks, first, _heading_cell)


def _heading_cell(block: Block) -> bool:
    text = block.text
    return (
        block.kind is _PARAGRAPH
        and _short_label(block)
        and not any(c.isdigit() for c in text)
        and not is_score(text)
    )


def _under_dimension_title(anchors: list[_Anchor], first: int) -> bool:
    """Does the run at ``first`` open the dimension section just titled above it, a table's
    two heading cells at most between ("Dimension", "Score")?"""
    if not anchors or anchors[-1].rule != "dimensions":
        return False
    return first - _body_start(anchors[-1]) <= 2


def _scores_under_labels(blocks: Sequence[Block]) -> list[bool]:
    """:func:`_score_under_label` of every block, in order."""
    return [index > 0 and _score_under_label(blocks, index) for index in range(len(blocks))]


def _score_under_label(blocks: Sequence[Block], index: int) -> bool:
    """A score on its own line ("95 / 100", "95%") under a short label: one dimension whose
    name and score a table's cells (or a card) set on two lines."""
    if index < 1:
        return False
    label, score = blocks[index - 1], blocks[index]
    # Asked of every block: the kinds and the score line first, they rule out most.
    if label.kind is not _PARAGRAPH or score.kind is not _PARAGRAPH or not is_score(score.text):
        return False
    text = label.text
    return (
        0 < len(text.split()) <= _LABEL_MAX_WORDS
        and not text[-1:].isdigit()
        and not text.endswith((".", "%"))
    )


def _dimensions_before(page: _Page, anchors: list[_Anchor], index: int) -> bool:
    """Does the run of score lines at ``index`` go on the dimensions section just above it
    (every block between its title and the run a dimension: one score set on a line of its own,
    "Growth & Distribution" then "45%", must not start a second profile there)? A few short
    lines that are not (a label whose score is missing, a caption) are strays of that section,
    as between two sections (:func:`_joins`): its own score lines are not a second copy of it."""
    if not anchors or anchors[-1].rule != "dimensions":
        return False
    start = _body_start(anchors[-1])
    strays = 0
    for between in range(start, index):
        if page.fits("dimensions", between):
            continue
        if page.prose[between] or not _short_label(page.blocks[between]):
            return False
        strays += 1
    return strays <= _STRAY_ALLOWED


def _best_chain(page: _Page, anchors: list[_Anchor], *, bare: bool = False) -> list[_Anchor]:
    """The run of linked anchors with the most distinct sections (the first such run on ties).

    A run is tried from every anchor, so a site's menu entry that happens to be a section title
    ("Topics" above the profile) cannot take the profile's own title away from it.
    ``bare``: a lone title with nothing of its shape under it may be the run (see
    :func:`_empty_title`).
    """
    best: list[_Anchor] = []
    best_weight = 0  # the weight of no run
    # The runs from neighbouring anchors share their links and ends: each is judged once
    # (keyed by the anchors' positions in ``anchors``).
    joins: dict[tuple[int, int], bool] = {}
    fits: dict[tuple[int, str | None, int], int] = {}
    for first in range(min(len(anchors), _MAX_ANCHORS)):
        chain = [anchors[first]]
        at = [first]  # the chain's anchors' positions
        rules = {chain[0].rule}
        for position in range(first + 1, min(len(anchors), first + _MAX_ANCHORS)):
            anchor = anchors[position]
            if anchor.rule in rules and not _repeated_title(page, chain[-1], anchor):
                break  # a section already read: a second profile (or the site's menu) begins
            pair = (at[-1], position)
            joined = joins.get(pair)
            if joined is None:
                joined = joins[pair] = _joins(page, chain[-1], anchor)
            if not joined:
                break
            chain.append(anchor)
            at.append(position)
            rules.add(anchor.rule)
        while len(chain) > 1 and chain[-1].titled:
            key = (chain[0].index, chain[-2].rule, at[len(chain) - 1])
            if key not in fits:
                fits[key] = _trailing_fit(page, chain, any_fit=True)
            if fits[key]:
                break
            chain.pop()  # a last title with nothing of its shape under it: a footer link
            at.pop()
        weight = _chain_weight(chain)
        if weight > best_weight and (bare or not _empty_title(page, chain)):
            best, best_weight = chain, weight
        if len(chain) == len(anchors) - first and weight <= best_weight:
            # Every anchor from here to the last is in this run, and the best run weighs as
            # much: a run from a later anchor has a subset of its sections, so it cannot weigh
            # more (the first run wins ties).
            break
    return best


def _repeated_title(page: _Page, last: _Anchor, anchor: _Anchor) -> bool:
    """``anchor`` repeats the title of the section right before it, word for word: one item per
    slide or card, each under the same title (a deck's quotes). The section goes on; a second
    profile or a site's menu repeats a title after other sections, not right after its own."""
    if not (last.titled and anchor.titled and last.rule == anchor.rule):
        return False
    title, again = page.blocks[last.index].text, page.blocks[anchor.index].text
    body = range(last.index + 1, anchor.index)
    # Each line under the first title of the section's shape: a menu entry over the site's
    # header ("About" in the menu, then the profile's "About") has none.
    return (
        title.casefold() == again.casefold()
        and len(body) > 0
        and all(page.fits(last.rule, index) for index in body)
    )


def _empty_title(page: _Page, chain: list[_Anchor]) -> bool:
    """A lone section title with nothing of its shape under it ("Dimension Profile" over scores
    written as "9/10"): no core for the profile, however much its section weighs, or every
    section after it would be cut off as chrome. It may still start the profile when the name
    stands above it and not above the core (:func:`_earlier_part`): its lines are then read as
    its section's, and reported there."""
    return len(chain) == 1 and chain[0].titled and not _trailing_fit(page, chain, any_fit=True)


def _body_start(anchor: _Anchor) -> int:
    return anchor.index + 1 if anchor.titled else anchor.index


class _Topic:
    """What the profile is about so far (its longer words), worked out when first asked.

    Most walks never judge prose against it (a quotes section at the end, say), and the
    profile's text before the section is the longest part of the page.
    """

    __slots__ = ("_added", "_blocks", "_words")

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._blocks = blocks
        self._added: list[Block] = []
        self._words: set[str] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            self._words = vocabulary(self._blocks)
            self._words |= vocabulary(self._added)
        return self._words

    def add(self, block: Block) -> None:
        """The profile goes on with ``block``: its words join the topic."""
        if self._words is None:
            self._added.append(block)
        else:
            self._words |= vocabulary([block])


def _trailing_fit(
    page: _Page, chain: list[_Anchor], strays: list[int] | None = None, *, any_fit: bool = False
) -> int:
    """How far the last section of ``chain`` runs: as long as its content keeps its shape.

    A prose section that comes out of the usual order at the end (an "About" after the quotes)
    must be on the profile's topic from its first paragraph: a footer's "About" box is prose too.
    ``any_fit``: only whether anything fits is asked (0 or a positive count, not how many).
    """
    blocks = page.blocks
    last = chain[-1]
    start = _body_start(last)
    title = blocks[last.index] if last.titled else None
    if title is not None and _inline(title):
        return _line_after(blocks, start)
    topic = _Topic(blocks[chain[0].index : start])
    strict = (
        len(chain) > 1
        and _rank(last.rule) < _rank(chain[-2].rule)
        and len(topic.words()) >= TOPIC_MIN_WORDS  # too little text to have a topic: no judging
    )
    # A strict section is judged on all of its text; otherwise one block that fits says yes.
    limit = 1 if any_fit and not strict else len(blocks)
    # The quotes after the profile's other sections, opening with the leader's own words
    # without an attribution (see shapes.unattributed_first): that line is the section's. Not
    # for a quotes title alone, which a sidebar's box of sayings has too.
    first = (
        1 if len(chain) > 1 and last.rule == "quotes" and unattributed_first(blocks, start) else 0
    )
    fit = first + _fitting(
        page,
        start + first,
        len(blocks),
        last.rule,
        title,
        topic=topic,
        strict=strict,
        strays=strays,
        limit=limit,
    )
    if strict and fit:
        body = " ".join(b.text for b in blocks[start : start + fit])
        # The topic as it stood before the walk (which grew the one it was given).
        before = vocabulary(blocks[chain[0].index : start])
        if not on_topic(body, before, STRICT_SHARED, STRICT_SHARE):
            return 0  # a footer's "Topics" links after the quotes, say: not this leader's
    return fit


def _line_after(blocks: Sequence[Block], start: int) -> int:
    """The content of a title set on its line: that line and the lines it wraps onto."""
    end = start + 1
    while end < len(blocks) and continues(blocks, end):
        end += 1
    return min(end, len(blocks)) - start


def _chain_weight(chain: list[_Anchor]) -> int:
    rules = {a.rule for a in chain}
    return len(rules) + (1 if "dimensions" in rules else 0)


def _joins(page: _Page, last: _Anchor, anchor: _Anchor) -> bool:
    """Does ``anchor`` continue the profile after its section ``last`` (of another rule)?

    (A section already read means a second profile, or the site's own menu, begins: the caller
    checks that.) A body that does not fit its section's shape means chrome stands between the
    two titles; a profile's header in the body means the profile starts there (``page.named``:
    who the page's prose names). Depends on the two anchors only, so it is asked once per pair.
    """
    start = last.index + 1 if last.titled else last.index
    if anchor.index == start and last.titled:
        return False  # a title with nothing under it: a menu entry, not a section
    if _profile_header_within(page, start, anchor.index):
        return False  # the profile starts here: what came before was the site's
    title = page.blocks[last.index] if last.titled else None
    if _inline(page.blocks[anchor.index]):
        # A title on its line with its content ("Key Themes: a, b") is a post's footer line
        # as often as a section: it goes on from a section whose content runs right up to it.
        return all(page.fits(last.rule, index) for index in range(start, anchor.index))
    return _misfits(page, start, anchor.index, last.rule, title) <= _STRAY_ALLOWED


def _inline(block: Block) -> bool:
    """A title split off the line it shared with its content (see :data:`INLINE_TITLE`)."""
    return block.marker == INLINE_TITLE and block.kind is _HEADING


def _profile_header_within(page: _Page, start: int, stop: int) -> bool:
    """A name, then a headline, then prose: the shape a profile starts with.

    Without a headline, a name followed by prose counts only when the page's prose names that
    person (a title-cased subheading such as "Early Career" is named nowhere).
    """
    blocks, prose = page.blocks, page.prose
    for index in range(start, stop - 1):
        if not page.name_like(index):
            continue
        if _headline_at(page, index + 1) and index + 2 < stop and prose[index + 2]:
            return True
        if prose[index + 1] and words_of([blocks[index]]) & page.named():
            return True
    return False


def _headline_at(page: _Page, index: int) -> bool:
    """Is block ``index`` a headline under a name: a short line that is no sentence? Prose by
    its stop only when that stop is an abbreviation's, a company's ("... at Aegean Bulk
    Carriers S.A.", "... at Pampa & Co."): :func:`is_headline` tells those apart."""
    block = page.blocks[index]
    if not is_headline(block):
        return False
    if not page.prose[index]:
        return True
    text = block.text
    return text.endswith(".") and not prose_flags([block._replace(text=text[:-1])])[0]


def _misfits(page: _Page, start: int, stop: int, rule: str, title: Block | None) -> int:
    """Blocks between two titles that fit neither the section nor an unknown section's shape."""
    count = 0
    for index in range(start, stop):
        if page.prose[index] or page.fits(rule, index):
            continue
        if _unknown_title(page, index, stop, title) or _unknown_title(page, index, stop, None):
            continue
        count += 1
    return count


def _fitting(
    page: _Page,
    start: int,
    stop: int,
    rule: str,
    last_title: Block | None,
    *,
    topic: _Topic | None = None,
    strict: bool = False,
    strays: list[int] | None = None,
    limit: int | None = None,
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
    The walk stops after ``limit`` blocks when given.
    """
    blocks = page.blocks
    stop_at_title = last_title is not None
    shape: str | None = rule
    paragraphs = 0
    index = start
    end = stop if limit is None else min(stop, start + limit)  # ``stop`` still bounds lookahead
    while index < end:
        block = blocks[index]
        if stop_at_title and page.rules[index] is not None:
            break
        if page.fits(shape, index) and not (
            block.kind is _HEADING and _heads_extra_section(page, index, stop, last_title, topic)
        ):
            if topic is not None and _prose_shaped(shape) and not continues(blocks, index):
                if (paragraphs or strict) and not on_topic(
                    wrapped_paragraph(blocks, index), topic.words()
                ):
                    break
                paragraphs += 1
                topic.add(block)
            index += 1
            continue
        if strays is not None and (run := _stray_run(blocks, index, stop, rule)):
            strays.extend(range(index, index + run))
            index += run
            continue
        if _unknown_title(page, index, stop, last_title):
            if topic is not None and not on_topic(
                wrapped_paragraph(blocks, index + 1), topic.words()
            ):
                break  # a site's own box set like a section ("Jobs", "Comments")
            shape = None
            paragraphs = 0
            index += 1
            continue
        break
    return index - start


def _heads_extra_section(
    page: _Page, index: int, stop: int, last_title: Block | None, topic: _Topic | None
) -> bool:
    """A line that fits the section's shape but titles on-topic prose: an extra section.

    A short line under a quotation may be its undashed attribution or the title of a section
    the site added after the quotes; the prose under it decides.
    """
    if topic is None or page.blocks[index].kind is not _HEADING:
        return False
    return _unknown_title(page, index, stop, last_title) and on_topic(
        wrapped_paragraph(page.blocks, index + 1), topic.words()
    )


_STRAY_RUN_MAX = 2  # a share row's label, then its links on a line of their own
_STRAY_BLOCKS_MAX = 3  # the label and two links


def _stray_run(blocks: Sequence[Block], index: int, stop: int, rule: str) -> int:
    """How many short blocks from ``index``, on one source line or two ("Share this quote"
    over its row of links, which a reader may part into one block a link) and a few at most,
    stand between items of the section's own shape that resumes right after them; 0 when
    none do."""
    lines = 0
    end = index
    while end < stop and end - index < _STRAY_BLOCKS_MAX and _is_button(blocks[end]):
        if end == index or blocks[end].start != blocks[end - 1].start:
            lines += 1
            if lines > _STRAY_RUN_MAX:
                return 0
        end += 1
        if _resumes(blocks, end, stop, rule):
            return end - index
    return 0


def _is_button(block: Block) -> bool:
    """A site's short label ("Tweet this", "Share"): a paragraph of text is never a stray."""
    return len(block.text.split()) <= _STRAY_MAX_WORDS


def _resumes(blocks: Sequence[Block], index: int, stop: int, rule: str) -> bool:
    """Does the section's own, unmistakable shape go on at ``index``?"""
    if index >= stop:
        return False
    block = blocks[index]
    if rule == "quotes":
        return (
            block.kind in (_QUOTE, _ATTRIBUTION)
            or (block.text[:1] in OPEN_QUOTE and reads_as_quote(block.text))
            or lone_opening_mark(block)  # the next card's big mark
        )
    if rule == "principles":
        return block.kind is _ITEM
    if rule == "dimensions":
        return block.kind is _METER or is_dimension_line(block.text)
    return False


def _unknown_title(page: _Page, index: int, stop: int, like: Block | None) -> bool:
    """A title the registry does not know, heading prose: an extra section of the profile.

    A heading qualifies (set like ``like``, the profile's own title, when given); so does a
    short capitalised paragraph when the profile sets its own titles as paragraphs.
    """
    blocks = page.blocks
    block = blocks[index]
    if index + 1 >= stop or blocks[index + 1].kind is _QUOTE or not page.prose[index + 1]:
        return False
    if block.kind is _HEADING and not _plain(block):
        return like is None or (block.kind is like.kind and block.level == like.level)
    if block.kind is _HEADING and like is None:
        return True
    return like is not None and _plain(like) and looks_like_heading(block.text.removesuffix(":"))


def _plain(block: Block) -> bool:
    """A line set as plain text: a paragraph, or a heading only the text reader inferred.

    Plain text has no markup, so whether a title line came out as a heading (level 0) or a
    paragraph depends only on what stands around it (a blank line, an attribution above):
    two such titles are set alike.
    """
    return block.kind is _PARAGRAPH or (block.kind is _HEADING and block.level == 0)


def _rank(rule: str) -> int:
    """A section's place in the usual order: the registry's as it is now, so a section
    registered after import (which comes after the built-in ones) has one too."""
    for position, section in enumerate(SECTIONS):
        if section.name == rule:
            return position
    return len(SECTIONS)


def _sibling_heading(title: Block, block: Block) -> bool:
    """``block`` a marked-up heading of ``title``'s level or a shallower one: the next part of
    the page (a sidebar's "Projects" under its "Key Themes"), not a line of the section."""
    return block.kind is _HEADING and title.kind is _HEADING and 0 < block.level <= title.level


def shaped_sections(blocks: Sequence[Block]) -> list[tuple[int, int, str]]:
    """Runs of a profile section's shape among ``blocks`` (the lines the locator set aside
    below the profile), each as (first, end, section): see :func:`_shaped_at`. The caller
    reports them (nothing cut is lost unsaid)."""
    page = _Page(blocks)
    found: list[tuple[int, int, str]] = []
    index = 0
    while index + 1 < len(blocks):
        rule, end = _shaped_at(page, index)
        if rule is not None and end > index + 1:
            found.append((index, end, rule))
            index = end
        else:
            index += 1
    return found


def _shaped_at(page: _Page, index: int) -> tuple[str | None, int]:
    """The section whose shape starts at block ``index``, and where it ends: a known title
    over content that fits its section (a title set on its line, that line only); an untitled
    run of scored labels, or of sentences each under its attribution; a title-shaped line
    over content :func:`typed_by_content` types, over sentences under their attributions, or
    over short lines of a few words to a sentence each (a list whose marks a converter
    dropped: the principles' shape)."""
    blocks = page.blocks
    rule = page.rules[index]
    if rule is not None and page.fits(rule, index + 1):
        if _inline(blocks[index]):
            # a title set on its line with its content ("Key Themes: a, b, c", a post's
            # footer line): that line is the section; the lines under it are the page's
            return rule, index + 1 + _line_after(blocks, index + 1)
        end = index + 1
        while (
            end < len(blocks)
            and page.rules[end] is None
            and page.fits(rule, end)
            and not _sibling_heading(blocks[index], blocks[end])
        ):
            end += 1
        return rule, end
    if page.dimension_lines[index]:
        end = index
        while end < len(blocks) and page.dimension_lines[end]:
            end += 1
        return ("dimensions", end) if end - index >= _SCORES_BELOW else (None, index)
    said = _said_end(blocks, index)
    if said - index >= _SAID_BELOW:
        return "quotes", said
    if not title_shaped(blocks[index]):
        return None, index
    typed = typed_by_content(blocks, index, page.fits, page.prose, inside=True)
    if typed is not None:
        return typed
    said = _said_end(blocks, index + 1)
    if said - index - 1 >= _SAID_BELOW:
        return "quotes", said
    end = index + 1
    while end < len(blocks) and _short_line(blocks[end]) and not _opens_said(blocks, end):
        end += 1
    return ("principles", end) if end - index > _SHORT_LINES_BELOW else (None, index)


def _said_end(blocks: Sequence[Block], first: int) -> int:
    """Where a run of sentences, each with its attribution under it ("— On reporting"),
    starting at ``first`` ends; ``first`` when none stands there."""
    end = first
    while (
        end + 1 < len(blocks)
        and blocks[end].kind in (_PARAGRAPH, _QUOTE)
        and blocks[end + 1].kind is _ATTRIBUTION
        and ends_sentence(blocks[end].text.strip())
    ):
        end += 2
    return end


def _opens_said(blocks: Sequence[Block], index: int) -> bool:
    """Is block ``index`` a quotation (its attribution under it) or the title of a run of
    them? Then a run of short lines ends above it."""
    following = index + 1
    return following < len(blocks) and (
        blocks[following].kind is _ATTRIBUTION
        or _said_end(blocks, following) - following >= _SAID_BELOW
    )


def _short_line(block: Block) -> bool:
    """A paragraph or list entry of a few words to a sentence, no question, no quotation, no
    figure, not every word capitalised: a rule's shape, not a related card's ("Ada Stone: Chief
    Nurse", "Weekly · 6 min read") nor a link's title."""
    text = block.text
    words = text.split()
    return (
        block.kind in (_PARAGRAPH, _ITEM)
        and _SHORT_LINE_WORDS[0] <= len(words) <= _SHORT_LINE_WORDS[1]
        and text[:1] not in OPEN_QUOTE
        and not text.rstrip().endswith("?")
        and not any(c.isdigit() for c in text)
        and not all(word[:1].isupper() for word in words)
    )
