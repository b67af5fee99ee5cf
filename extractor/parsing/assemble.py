"""Blocks → sections → record: the driver that walks the registered section parsers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet
from itertools import pairwise

from extractor.base.errors import Refusal
from extractor.base.patterns import compiled
from extractor.base.textnorm import fold_key
from extractor.parsing.boxtitle import box_title_at_end
from extractor.parsing.bycontent import title_shaped
from extractor.parsing.cards import card_headers
from extractor.parsing.chrome import (
    CALL_TO_ACTION,
    CHROME,
    LINK_LABEL,
    NO_WIDGET,
    SPONSOR_LABEL,
    chrome_of,
    contents_caption,
    contents_entries,
    form_fields,
    is_chrome,
    is_feed_footer,
    may_open_contents,
    may_open_page_contents,
    note_chrome,
    notebook_cell,
    page_contents,
    page_titles,
    sponsor_block,
)
from extractor.parsing.dashedname import split_dashed_name
from extractor.parsing.draft import Draft
from extractor.parsing.fieldicons import field_icons_cut
from extractor.parsing.indexcol import without_index_column
from extractor.parsing.leader_name import (
    joined_name_end,
    named_line_above,
    names_in,
    words_of,
    written_like_a_name,
)
from extractor.parsing.locate import INLINE_TITLE, Span, locate, shaped_sections
from extractor.parsing.pagebreaks import page_furniture
from extractor.parsing.properties import property_sections, split_joined_rows
from extractor.parsing.sections import (
    SECTIONS,
    Section,
    SectionParser,
    parser_for,
    parser_named,
    parsers_for,
)
from extractor.parsing.sections.base import paragraph_blocks, paragraphs
from extractor.parsing.sections.dimensions import (
    is_bare_column_heading,
    is_bare_score,
    is_captioned_score,
    is_dimension_line,
    is_score,
    parse_dimensions,
    score_pairs,
    unscaled,
)
from extractor.parsing.sections.preamble import (
    glued_label_end,
    is_headline_text,
    is_term,
    key_value_end,
    looks_like_name,
    parse_preamble,
)
from extractor.parsing.sections.principles import is_lone_ordinal
from extractor.parsing.sections.prose import holds_prose
from extractor.parsing.sections.quotes import (
    box_part,
    caption_as_before,
    caption_second_line,
    caption_under_marked_card,
    captions_first,
    lone_opening_mark,
    names_a_person,
    names_who_or_what,
)
from extractor.parsing.shapes import (
    BOXED,
    SHAPES,
    ProseWords,
    box_body,
    box_label,
    caption_names,
    chip_not_title,
    is_dimension_block,
    is_prose,
    reads_as_quote,
    vocabulary,
)
from extractor.parsing.sitebox import COUNTED_BOX, box_at, counted, without_box_at_end
from extractor.parsing.slidedeck import slide_chrome
from extractor.parsing.subtitles import is_subtitle, set_subtitle_aside
from extractor.parsing.teamcards import cards_under_quotes
from extractor.parsing.thread import thread_chrome
from extractor.read.blocks import (  # Kind's members as names (see read.blocks)
    HEADING as _HEADING,
    METER as _METER,
    Block,
    Kind,
)
from extractor.read.lines import OPEN_QUOTE, is_glyph

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from extractor.parsing.draft import TextField

_MIN_EVIDENCE = 2
# With sections typed by their content: the scores (which count twice) and two more sections.
_TYPED_MIN_EVIDENCE = 4


class Outline:
    """The page cut at its headings: the preamble, then each section with its parser (or None).
    A plain class, not a dataclass: see :mod:`extractor.base.values`."""

    __slots__ = ("preamble", "sections")

    def __init__(self, preamble: Section) -> None:
        self.preamble = preamble
        self.sections: list[tuple[Section, SectionParser | None]] = []


def assemble(
    blocks: list[Block], known_themes: tuple[str, ...] = (), aside: tuple[int, ...] = ()
) -> Draft:
    """Run every section parser over the page; raises Refusal when it is not a leader page.
    ``aside``: the source lines of markup alone the reader set aside (``Document.aside``).

    Sections typed by their content (:mod:`extractor.parsing.bycontent`) add to what the
    known titles find, never take it away: a page refused with them is read again without
    them (a site's list typed as a section can draw the profile's span away from its known
    sections), and refused only if it is refused so too. So with an in-page contents list
    set aside as the site's (:func:`~extractor.parsing.chrome.page_contents`): a page refused
    without it is read again with it, as before such lists were known."""
    dropped: list[bool] = []
    try:
        return _assemble_typed(blocks, known_themes, aside, dropped)
    except Refusal:
        if not dropped:
            raise
    return _assemble_typed(blocks, known_themes, aside, None)


def _assemble_typed(
    blocks: list[Block],
    known_themes: tuple[str, ...],
    aside: tuple[int, ...],
    contents: list[bool] | None,
) -> Draft:
    """:func:`assemble` with sections typed by their content, then without them if refused.
    ``contents``: see :func:`_assemble`."""
    typed_used: list[bool] = []
    try:
        return _assemble(blocks, known_themes, aside, typed_used, contents)
    except Refusal:
        if not typed_used:
            raise
    return _assemble(blocks, known_themes, aside, None, contents)


def _assemble(
    blocks: list[Block],
    known_themes: tuple[str, ...],
    aside: tuple[int, ...],
    typed_used: list[bool] | None,
    contents: list[bool] | None = None,
) -> Draft:
    """:func:`assemble`, typing sections by their content unless ``typed_used`` is None (else
    it is told whether any section was so typed). In-page contents lists are set aside unless
    ``contents`` is None (else it is told whether one was)."""
    draft = Draft(known_themes=known_themes)
    # a slide deck's or a thread's chrome first (see _without_frames), then a record view's icons
    unmarked, labels = field_icons_cut(without_index_column(_without_frames(blocks, draft)))
    content = _inline_titles(
        card_headers(
            _drop_chrome(
                split_dashed_name(_without_anchor_glyphs(unmarked)),
                draft,
                contents,
            ),
            draft,
        ),
        draft,
    )
    if any(len(block.text) == 1 for block in content):  # (most pages: no such block)
        content = _opened_by_lone_marks(_without_lone_glyphs_over_titles(content))
    span = locate(content, aside, by_content=typed_used is not None)
    profile = content if span is None else _within(content, span, draft)
    located = span is not None and span.name is not None
    typed = {} if span is None else _typed_positions(span)
    if typed and typed_used is not None:
        typed_used.append(True)
    opens = frozenset() if span is None or not span.asked else _positions(span, span.asked)
    outline = outline_of(profile, named=located, aside=aside, typed=typed, opens=opens)
    if span is not None and span.end < len(content):
        _doubt_ends_cut_below(outline, content[span.end :], draft, aside)
    typed_titles = {id(profile[at]) for at in typed}
    _doubt_typed(outline, typed_titles, draft)
    _headline_heading(outline, draft, located=located)
    _rows_panel_into_header(outline, draft)
    if located:
        split_joined_rows(outline.preamble.body, draft)
    taken = {parser.name for _, parser in outline.sections if parser is not None}
    outline.sections += property_sections(outline.preamble.body, taken, draft)
    _dimensions_by_shape(outline, draft)
    unlabelled = _take_unlabelled_dimensions(outline.preamble)
    # Scores inside a prose section are read as the dimensions, but are no evidence of a leader
    # page: any page's "About" may list figures ("Uptime 99%"); its other sections must say so.
    _require_leader_page(outline, unlabelled, typed_titles)
    _doubt_header_by_content(outline, typed_titles, draft)
    if not unlabelled.body and "dimensions" not in taken:
        unlabelled = _scores_in_prose(outline, draft)
    draft.evidence = [
        s.body for s, parser in outline.sections if not parser or parser.name != "themes"
    ]
    draft.evidence.append(outline.preamble.body)
    name_at = 0 if located else None
    preamble = _without_meters(outline.preamble, draft)
    bio_below = any(parser is not None and parser.name == "bio" for _, parser in outline.sections)
    name = parse_preamble(preamble, draft, name_at, joined_name_end, bio_below=bio_below)
    _doubt_names(name, content, span, draft, bio_below=bio_below)
    if unlabelled.body:
        draft.flag(
            "section-label-missing",
            "dimension scores found without a 'Dimension Profile' heading; taken as dimensions",
            unlabelled.body[0],
            "dimensions",
        )
        parse_dimensions(unlabelled, draft)
    _prose_by_content(outline, (name, preamble.body), draft)
    _team_cards_under_quotes(outline, content[span.end :] if span is not None else [], draft)
    for section, parser in outline.sections:
        _parse_section(section, parser, draft)
    _doubt_titles_under_lists(outline, draft)
    _doubt_link_under_quotes(outline, draft)
    if labels:
        _doubt_field_labels(outline, labels, draft)
    if span is not None and span.end < len(content):
        _doubt_sections_cut_below(content[span.end :], profile, draft)
    return draft


def _doubt_ends_cut_below(
    outline: Outline, below: list[Block], draft: Draft, aside: tuple[int, ...]
) -> None:
    """What the lines under the profile (``below``) say of where its sections end: prose, a
    quote's caption or a box title there may be the profile's, cut off (each said where so)."""
    _doubt_prose_cut_below(outline, below, draft)
    _doubt_caption_cut_below(outline, below, draft, aside)
    box_title_at_end(outline.sections, below, draft)


def _team_cards_under_quotes(outline: Outline, below: list[Block], draft: Draft) -> None:
    """The quotes without a row of team cards under their last quotation (see
    :mod:`extractor.parsing.teamcards`); ``below``: the lines under the profile."""
    sections = outline.sections
    for at, (section, parser) in enumerate(sections):
        if parser is None or parser.name != "quotes":
            continue
        under = below if at == len(sections) - 1 else []
        sections[at] = (cards_under_quotes(section, under, frozenset(draft.cards), draft), parser)


# A link set between sections as a label and the linked page's title ("Related: How we
# hire", "See also: The cost of cold"): a few words before a colon, a title after it.
_LABELLED_LINK = compiled(r"^[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,2}:\s+[\w\"“‘'][^.!?:]*$")
_LABELLED_LINK_MAX_WORDS = 10


def _doubt_link_under_quotes(outline: Outline, draft: Draft) -> None:
    """The quotes' last line, when it is a link's label and title on one line ("Related: How
    we hire") right before the next section and was taken as a quote: a site's link between
    sections as often as a quote without marks, so the quote is named as doubtful."""
    for section, parser in outline.sections:
        if parser is None or parser.name != "quotes" or not section.body:
            continue
        last = section.body[-1]
        text = last.text.strip()
        if (
            last.kind is not Kind.PARAGRAPH
            or last.start != last.end
            or len(text.split()) > _LABELLED_LINK_MAX_WORDS
            or _LABELLED_LINK.match(text) is None
        ):
            continue
        quotes: list[dict[str, object]] = draft.values.get("quotes", [])  # type: ignore[assignment]
        for index, quote in enumerate(quotes):
            if quote.get("text") == text:
                draft.flag(
                    "section-line-doubtful",
                    f"line {last.start} {text!r}, a link's label and title on one line, right "
                    "before the next section, was taken as a quote; it may be the site's link",
                    last,
                    f"quotes[{index}]",
                )


_LIST_SECTIONS = ("themes", "principles")


def _title_under_list(above: Section, rule: SectionParser, section: Section) -> bool:
    """Does ``section``'s title touch the last item of the list section ``above`` (of
    ``rule``) and stand apart from its own text? Then it may be that list's last item."""
    heading = section.heading
    if heading is None or not above.body or rule.name not in _LIST_SECTIONS:
        return False
    if heading.start != above.body[-1].end + 1:
        return False
    return not (section.body and section.body[0].start <= heading.end + 1)


def _doubt_field_labels(
    outline: Outline, labels: AbstractSet[tuple[int, str]], draft: Draft
) -> None:
    """A record view's field label (its type icon cut off, see
    :mod:`extractor.parsing.fieldicons`) read as a line of a section: the label of the next
    field, whose title is unknown, taken for one more chip or entry. Said so on that field;
    and on the bio where the record has no summary (:func:`_doubt_record_bio`)."""
    _doubt_record_bio(outline, draft)
    for section, parser in outline.sections:
        if parser is None:
            continue
        for block in section.body:
            if (block.start, block.text) in labels:
                draft.flag(
                    "section-line-doubtful",
                    f"line {block.start} {block.text!r} is a record's field label (its type "
                    f"icon cut off) read as part of the {parser.name}; it may title the next "
                    "field",
                    block,
                    parser.name,
                )


def _doubt_record_bio(outline: Outline, draft: Draft) -> None:
    """A record's bio where no summary was found: a converter that dropped the summary
    field's label leaves its text in the bio field above it. Said so on the bio."""
    bio = next((s for s, p in outline.sections if p is not None and p.name == "bio"), None)
    if bio is not None and bio.heading is not None and not draft.values.get("summary"):
        draft.flag(
            "section-line-doubtful",
            f"line {bio.heading.start}: a record's fields with no summary field found; the bio "
            "may hold the next field's text, its label dropped",
            bio.heading,
            "bio",
        )


def _doubt_titles_under_lists(outline: Outline, draft: Draft) -> None:
    """An unknown section's title that touches the last item of a list section above it and
    stands apart from its own text: by its place it may be that list's last item ("Mekong"
    under the chips, then a blank line, then a paragraph with no title of its own), by its
    shape a title. Read as the title, said so on the list's field."""
    for (above, rule), (section, parser) in pairwise(outline.sections):
        heading = section.heading
        if parser is not None or heading is None or rule is None:
            continue
        if not _title_under_list(above, rule, section):
            continue
        draft.flag(
            "section-title-doubtful",
            f"line {heading.start} {heading.text!r}, right under the last of the {rule.name} "
            "and apart from the text under it, was read as an unknown section's title; it may "
            f"be the last of the {rule.name}",
            heading,
            rule.name,
        )


def _doubt_typed(outline: Outline, typed: set[int], draft: Draft) -> None:
    """Each section typed by what it holds, its title unknown (see
    :mod:`extractor.parsing.bycontent`): a guess from its content, said so. ``typed``: the
    ids of those titles' blocks (the outline holds the very blocks)."""
    if not typed:
        return
    for section, parser in outline.sections:
        heading = section.heading
        if parser is None or heading is None or id(heading) not in typed:
            continue
        if parser.name == "dimensions":  # as a scored list under a site's own title is
            draft.flag(
                "section-label-missing",
                f"section {section.title!r} holds dimension scores; taken as the dimensions",
                heading,
                "dimensions",
            )
            continue
        draft.flag(
            "section-typed-by-content",
            f"line {heading.start} {heading.text!r} is no known section title; the section "
            f"under it was taken as the {parser.name} by what it holds",
            heading,
            parser.name,
        )


def _doubt_names(
    name: Block, content: list[Block], span: Span | None, draft: Draft, *, bio_below: bool
) -> None:
    """Every doubt about the line taken as the leader's name, by what surrounds it on the page
    (``content``, the profile located in it as ``span``)."""
    _doubt_name(name, draft, bio_below=bio_below)
    if span is not None and span.name is not None:
        _doubt_name_under_named_line(content, (span.name, span.end), name, draft)
    _doubt_name_without_headline(name, content, draft)
    if span is not None:
        _doubt_name_over_named_headline(name, content[: span.end], draft, bio_below=bio_below)


def _doubt_name(name: Block, draft: Draft, *, bio_below: bool = True) -> None:
    """The best line for the name may still not read as a person's (the real name was written
    in a way the parser did not take, say, and the headline stood next): a guess, said so.
    ``bio_below``: the bio has a section of its own; otherwise it was read from the lines under
    the name, and is as doubtful as the name."""
    _doubt_card_cut(name, draft)
    caseless = not any(c.isupper() or c.islower() for c in name.text)  # 李伟: no capitals to read
    if not caseless and not written_like_a_name(name.text):
        draft.flag(
            "name-doubtful",
            f"the line taken for the name, {name.text!r}, is not written like a person's name "
            "(two to six capitalised words)",
            name,
            "name",
        )
        headline = draft.text("headline")
        if headline is not None:
            # The headline was found by its place under the line taken for the name: when that
            # line is nobody's name (a tag, a chip, a site's button row), it is as doubtful.
            written = (
                "in lower case"
                if not any(c.isupper() for c in name.text)
                else ("not written like a person's name")
            )
            draft.flag(
                "name-doubtful",
                f"the headline {headline!r} was read under the line taken for the name, "
                f"{name.text!r}, which is {written}: it may not be the leader's",
                name,
                "headline",
            )
        if not bio_below and draft.text("bio") is not None:
            draft.flag(
                "name-doubtful",
                f"the bio was read from the lines under the line taken for the name, "
                f"{name.text!r}, which is not written like a person's name: it may be another "
                "section's text, not the leader's bio",
                name,
                "bio",
            )
    _doubt_contents_headline(name, draft)


_HEADLINE_PAIR_MAX_WORDS = 15


# A nickname in straight double quotation marks inside a name ('Siddharth "Sid" Venkataraman')
# or after it ('Robert Smith "Bob"').
_STRAIGHT_NICKNAME = compiled(r'\s"[^"\s][^"]*"(?:\s|$)')


def doubt_straight_nickname(draft: Draft) -> None:
    """A name holding a nickname in straight quotation marks, read from a converter's text or
    Markdown: pandoc's Markdown writer (and a text copy made with typewriter quotes) writes the
    page's curly ones so, and Markdown read with typographic punctuation shows them curly
    again; which the page showed is unknown. Asked by the pipeline, which knows the input's
    format, of text and Markdown only: an HTML page's marks are the page's own."""
    name = draft.text("name")
    where = draft.provenance.get("name")
    if name is None or '"' not in name or where is None or not _STRAIGHT_NICKNAME.search(name):
        return
    draft.flag(
        "name-doubtful",
        f"the name {name!r} holds a nickname in straight quotation marks, which a "
        "converter writes for curly ones (“…”): check which the page shows",
        Block(Kind.PARAGRAPH, name, *where),
        "name",
    )


def _doubt_card_cut(name: Block, draft: Draft) -> None:
    """The name cut from a card's button at a guess (``parsing.cards._unattested``): said as
    the preamble says a name cut from a line that also holds the headline."""
    role = draft.card_guesses.get((name.start, name.text))
    if role is not None:
        draft.flag(
            "name-headline-joined",
            f"the card's line {name.text + ' ' + role!r} reads as the name {name.text!r} (which "
            f"the page names again) and the role {role!r}, whose first word the page names "
            "nowhere else: it may end the name",
            name,
            "name",
        )


def _doubt_name_without_headline(name: Block, content: list[Block], draft: Draft) -> None:
    """No headline under the line taken for the name, but further down a line written like a
    name stands over a "Role at Company" line: that pair is a profile's header, so the line
    taken (a site's name over its menu, say) may not be the leader's. Flagged on the name,
    unless the page names the line taken again below it (the bio's "Ada Stone leads ..."): then
    that pair is another person's card (a "More speakers" list)."""
    if draft.text("headline") is not None:
        return
    below_name = "\n".join(block.text for block in content if block.start > name.start)
    if names_in(below_name, name.text):
        return
    for above, below in pairwise(content):
        if (
            above.start > name.start
            and above.text != name.text
            and " at " in below.text
            and len(below.text.split()) <= _HEADLINE_PAIR_MAX_WORDS
            and is_headline_text(below.text)
            and written_like_a_name(above.text)
        ):
            draft.flag(
                "name-doubtful",
                f"no headline under the line taken for the name, {name.text!r}; line "
                f"{above.start}, {above.text!r}, has one under it ({below.text!r}): it may be "
                "the leader's name",
                name,
                "name",
            )
            return


_NAME_LINES: tuple[TextField, ...] = ("name", "headline", "bio")


def _doubt_name_over_named_headline(
    name: Block, content: list[Block], draft: Draft, *, bio_below: bool
) -> None:
    """The headline under the line taken for the name is itself written like a person's name,
    and the profile below (``content``, up to the profile's end) names it again (the bio's
    "Lin Yuting (Grace) runs ...") but never the line taken (a newsletter's masthead over the
    leader's name): the name and the headline may be one line apart from where they were
    read. Flagged on both, and on the bio when it was read from the lines under them."""
    headline = draft.text("headline")
    if headline is None or not written_like_a_name(headline):
        return
    below = "\n".join(block.text for block in content if block.start > name.start)
    if names_in(below.replace(headline, "", 1), headline) and not names_in(below, name.text):
        fields: tuple[TextField, ...] = ("name", "headline") if bio_below else _NAME_LINES
        for field in fields:
            draft.flag(
                "name-doubtful",
                f"the line taken for the name, {name.text!r}, is named nowhere below it; the "
                f"headline under it, {headline!r}, is written like a name and named again: it "
                "may be the leader's name",
                name,
                field,
            )


# Dot leaders: a table of contents' entry ("Biography. ........ 1"), nobody's headline. Asked
# of a line's last characters only, and no part of it matches a dot twice: a run of thousands
# of dots must not make the search backtrack over every way of parting it.
_DOT_LEADERS = compiled(r"(?:\.\s?){5,}\s*\d*[^\w.]*$")
_DOT_LEADERS_TAIL = 64


def _doubt_contents_headline(name: Block, draft: Draft) -> None:
    """A headline that ends in dot leaders (and a page number) is a table of contents' line
    read under the line taken for the name: the document's contents, not the leader's role."""
    headline = draft.text("headline")
    if headline is not None and _DOT_LEADERS.search(headline[-_DOT_LEADERS_TAIL:]):
        draft.flag(
            "name-doubtful",
            f"the headline {headline!r} under the line taken for the name, {name.text!r}, "
            "ends in dot leaders: a table of contents' line, not the leader's headline",
            name,
            "headline",
        )


def _doubt_name_under_named_line(
    content: list[Block], at: tuple[int, int], name: Block, draft: Draft
) -> None:
    """The line taken for the name is named nowhere in the profile, and a line just above it,
    written like a person's name, is (see :func:`named_line_above`): the name is a guess
    between the two, said so. ``at``: the name's index in ``content`` and the profile's end."""
    rival = named_line_above(content, *at)
    if rival is None:
        return
    draft.flag(
        "name-doubtful",
        f"the line taken for the name, {name.text!r}, is named nowhere in the profile; line "
        f"{content[rival].start} {content[rival].text!r} above it, which the profile names, "
        "may be the leader's name",
        name,
        "name",
    )


def _without_lone_glyphs_over_titles(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a pictorial glyph alone in its paragraph right above a known
    section title (a group header's chevron "▾", an icon in an element of its own): the
    header's decoration, never the last paragraph of the section above."""
    return [
        block
        for block, following in zip(blocks, [*blocks[1:], None], strict=True)
        if following is None
        or block.kind is not Kind.PARAGRAPH
        or not is_glyph(block.text)
        or parser_for(following) is None
    ]


def _opened_by_lone_marks(blocks: list[Block]) -> list[Block]:
    """``blocks``, each paragraph under an opening quote mark alone in its block (a quote
    card's big decorative "“" in an element of its own, see :func:`lone_opening_mark`) read as
    the quotation it opens: set in block-quote markup, as the card set it. The mark stays (the
    quotes parser sets it aside), so the section's shape reads as quote cards."""
    return [
        block._replace(kind=Kind.QUOTE)
        if index
        and block.kind is Kind.PARAGRAPH
        and lone_opening_mark(blocks[index - 1])
        and block.text[:1] not in OPEN_QUOTE
        else block
        for index, block in enumerate(blocks)
    ]


def _without_frames(blocks: list[Block], draft: Draft) -> list[Block]:
    """``blocks`` without the frame a slide deck sets around each slide or a social thread
    around each post (the same lines on every one: see :mod:`extractor.parsing.slidedeck`,
    :mod:`extractor.parsing.thread`), noted as chrome."""
    blocks, slides = slide_chrome(blocks)
    if slides:
        note_chrome(slides, "(a slide deck's footer, slide numbers, counters and notes)", draft)
    blocks, posts = thread_chrome(blocks)
    if posts:
        note_chrome(posts, "(a thread's post headers, counters and action bars)", draft)
    blocks, furniture = page_furniture(blocks)
    if furniture:
        note_chrome(furniture, "(a printed page's running head, number and image)", draft)
    return blocks


def _drop_chrome(
    blocks: list[Block], draft: Draft, listed: list[bool] | None = None
) -> list[Block]:
    """``blocks`` without the site's widgets (noted as chrome); ``listed``: the
    ``contents`` of :func:`_assemble`."""
    content: list[Block] = []
    titles = {} if listed is None else page_titles(blocks)  # what a page's contents names
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        widget = chrome_of(block)
        if widget == NO_WIDGET and block.text.endswith("*"):
            fields = form_fields(blocks, index - 1, lambda b: parser_for(b) is not None)
            if fields:
                start, end = _form_box(blocks, content, index - 1, index - 1 + fields)
                del content[len(content) - (index - 1 - start) :]
                note_chrome(blocks[start:end], "(a form's box: its title, fields and notes)", draft)
                index = end
                continue
        if widget == CHROME:
            draft.chrome.append(block)
            draft.accounted.update(range(block.start, block.end + 1))
            continue
        if widget == CALL_TO_ACTION:
            note_chrome([block], "(a call to subscribe)", draft)
        elif widget == SPONSOR_LABEL:
            sponsored = sponsor_block(blocks, index - 1)
            note_chrome(blocks[index - 1 : index - 1 + sponsored], "(a sponsor's block)", draft)
            index += sponsored - 1
        elif widget == LINK_LABEL:
            note_chrome([block], "(a link's label)", draft)
        elif may_open_contents(blocks, index - 1) and (
            contents := contents_entries(blocks, index - 1)
        ):
            toc = blocks[index - 1 : index - 1 + contents]
            if content and contents_caption(content[-1]):
                toc.insert(0, content.pop())
            note_chrome(toc, "(a table of contents)", draft)
            index += contents - 1
        elif (
            titles
            and may_open_page_contents(block, titles)
            and (entries := page_contents(blocks, index - 1, titles))
        ):
            toc = blocks[index - 1 : index - 1 + entries]
            if content and contents_caption(content[-1]):
                toc.insert(0, content.pop())
            note_chrome(toc, "(the page's contents: its sections' titles)", draft)
            if listed is not None:
                listed.append(True)
            index += entries - 1
        elif index < len(blocks) and counted(blocks[index]) and (box := box_at(blocks, index - 1)):
            note_chrome(blocks[index - 1 : index - 1 + box], COUNTED_BOX, draft)
            index += box - 1
        elif cell := notebook_cell(blocks, index - 1):
            note_chrome(blocks[index - 1 : index - 1 + cell], "(a notebook cell's prompt)", draft)
            index += cell - 1
        else:
            content.append(block)
    return content


_FORM_NOTES_MAX = 4  # a form's notes under its fields: consent, a checkbox, the button
_FORM_INTRO_MAX_WORDS = 25
_FORM_NOTE_MAX_WORDS = 25  # a privacy note, a consent line: short (a bio's paragraph is not)


def _form_box(blocks: list[Block], kept: list[Block], start: int, end: int) -> tuple[int, int]:
    """The whole box of the form whose fields are ``blocks[start:end]``: its title and one
    line of introduction above them ("Get the guide" / "Fill out the form and we'll email
    it."), and, in a box so framed, its notes under them (a privacy note, a consent checkbox,
    the button's label: a few short lines) when those run down to a known section's title:
    nothing of the profile stands between a form's notes and the next section. Without the
    frame, or with a longer paragraph under the fields, the fields alone are the site's.
    ``kept``: the blocks read before ``start`` and kept (only those may be the title and
    introduction)."""
    if not (
        len(kept) >= 2
        and start >= 2
        and kept[-1] is blocks[start - 1]
        and kept[-2] is blocks[start - 2]
        and _form_intro(blocks[start - 1])
        and title_shaped(blocks[start - 2])
        and parser_for(blocks[start - 2]) is None
        and not _names_what_is_above(blocks[start - 1], kept[:-1])
    ):
        return start, end  # no box around the fields: they alone are the site's
    below = end
    while below < len(blocks) and below - end < _FORM_NOTES_MAX:
        block = blocks[below]
        if parser_for(block) is not None or (block.kind is Kind.HEADING and block.level > 0):
            break
        if len(block.text.split()) > _FORM_NOTE_MAX_WORDS:
            return start - 2, end  # a paragraph of the page's own, not a form's note
        below += 1
    if below >= len(blocks) or parser_for(blocks[below]) is None:
        below = end
    return start - 2, below


# Lines above a form's introduction that a bio there would name again: the title, and the
# profile's header over it (a name, its headline, a button or two).
_FORM_ABOVE_LINES = 6


def _names_what_is_above(intro: Block, kept: list[Block]) -> bool:
    """The one-sentence line over the fields names (a pair of capitalised words) someone or
    something the lines just above it name: a short bio under its leader's name and headline
    ("Mara Quillfeather runs Lantern Mills, ..."), not a form's word to its reader ("Fill in
    the form and we will send you the guide."), which names what no line above does. Read as
    the box's, the headline and the bio went with the form."""
    return bool(words_of([intro]) & words_of(kept[-_FORM_ABOVE_LINES:]))


def _form_intro(block: Block) -> bool:
    """One short sentence: what a form's box says of its form."""
    text = block.text
    return (
        block.kind is Kind.PARAGRAPH
        and len(text.split()) <= _FORM_INTRO_MAX_WORDS
        and text.endswith((".", "!"))
        and text[:-1].count(". ") == 0
    )


_INLINE_TITLE_MAX_CHARS = 40


# Glyphs a site sets after each heading as a link to it (Sphinx, MkDocs and Jupyter's "¶",
# a "#" or "§" permalink, a link, anchor, bookmark or copy-link emoji), which converters keep
# glued to the heading's text (an emoji's variation selector after it).
_ANCHOR_GLYPHS = ("\u00b6", "#", "\u00a7", "\u29c9", "\U0001f517", "\u2693", "\U0001f516")
_VARIATION_SELECTORS = "\ufe0e\ufe0f"
_ANCHOR_ENDS = (*_ANCHOR_GLYPHS, *_VARIATION_SELECTORS)
_ANCHORED_MIN = 2  # headings that carry one: a page's headings all do
_ANCHORED_MAX_WORDS = 12
_HASH_WORD_MIN = 2  # fewer letters glued before a "#": a name ("C#", ".NET/C#")
_GLUED_LETTERS = compiled(r"[^\W\d_]+$")


def _without_anchor_glyphs(blocks: list[Block]) -> list[Block]:
    """Headings' link glyphs ("Key Themes¶") cut off, so the title and the name read as
    written; only when two lines or more of a few words end in the same glyph (one line's
    pilcrow may be its own)."""
    ends = [b.text.endswith(_ANCHOR_ENDS) for b in blocks]  # the cheap test of every block
    if sum(ends) < _ANCHORED_MIN:
        return blocks
    glyphs = [_anchor_glyph(b.text) if end else "" for b, end in zip(blocks, ends, strict=True)]
    counts = Counter(g for g in glyphs if g)
    if not counts or max(counts.values()) < _ANCHORED_MIN:
        return blocks
    return [
        b._replace(text=b.text.rstrip(_VARIATION_SELECTORS)[: -len(g)].rstrip())
        if g and counts[g] >= _ANCHORED_MIN
        else b
        for b, g in zip(blocks, glyphs, strict=True)
    ]


def _anchor_glyph(text: str) -> str:
    """The link glyph ``text`` ends in (see ``_ANCHOR_GLYPHS``), or "" for none: a line of a
    few words with more than the glyph, and a "#" not glued to a one-letter word ("C#")."""
    bare = text.rstrip(_VARIATION_SELECTORS)
    glyph = next((g for g in _ANCHOR_GLYPHS if bare.endswith(g)), "")
    if not glyph or len(text.split()) > _ANCHORED_MAX_WORDS:
        return ""
    before = bare[: -len(glyph)]
    if not before.strip():
        return ""
    if glyph == "#":  # the letters glued before it: one is a language's name ("C#", ".NET/C#")
        glued = _GLUED_LETTERS.search(before)
        if glued is not None and len(glued.group()) < _HASH_WORD_MIN:
            return ""
    return glyph


def _inline_titles(content: list[Block], draft: Draft) -> list[Block]:
    """A known section title and its content on one line ("Key Themes: flood defence, PPP"), as
    a blog's footer sets tags: the title as a heading of its own, the content as its paragraph.
    A title with its subtitle after the colon ("Leadership Principles: How Ana leads", see
    :mod:`extractor.parsing.subtitles`): the title alone, the subtitle set aside, said.

    Only a known title before the colon counts, so "Note: ..." or a sentence with a colon in
    it stays one paragraph.
    """
    for block in content:  # the colon first: most blocks have none near their start
        if block.text.find(": ", 0, _INLINE_TITLE_MAX_CHARS) > 0 and _inline_title(block):
            break
    else:
        return content
    split: list[Block] = []
    for index, block in enumerate(content):
        cut = _inline_title(block)
        if not cut:
            split.append(block)
            continue
        title, rest = block.text[:cut].rstrip(), block.text[cut + 1 :].strip()
        following = content[index + 1] if index + 1 < len(content) else None
        rule = parser_for(block._replace(kind=_HEADING, text=title))
        if rule is not None and is_subtitle(rest, block, following, rule.name):
            split.append(block._replace(kind=_HEADING, text=title, end=block.start, marker=""))
            set_subtitle_aside(block._replace(text=rest), title, rule.name, draft)
        elif block.kind is not _HEADING or block.level == 0:
            split.append(
                block._replace(
                    kind=_HEADING, text=title, end=block.start, level=0, marker=INLINE_TITLE
                )
            )
            split.append(block._replace(text=rest))
        else:
            split.append(block)  # a heading's words after the colon: not its content
    return split


def _inline_title(block: Block) -> int:
    """Where the colon after a known title stands in a paragraph or a heading with content
    after it (0: none). (A heading set so holds a subtitle, or stays as it is.)"""
    if block.kind is not Kind.PARAGRAPH and block.kind is not _HEADING:
        return 0
    cut = block.text.find(": ", 0, _INLINE_TITLE_MAX_CHARS)
    if cut <= 0 or not block.text[cut + 1 :].strip():
        return 0
    title = Block(_HEADING, block.text[:cut], block.start, block.start)
    return cut if parser_for(title) is not None else 0


def _typed_positions(span: Span) -> dict[int, str]:
    """Where each title the locator typed by content stands in the profile's blocks (as
    :func:`_within` returns them, strays left out), with its section's name."""
    typed = dict(span.typed)
    found: dict[int, str] = {}
    position = 0
    for index in _profile_order(span):
        if index in span.strays:
            continue
        if index in typed:
            found[position] = typed[index]
        position += 1
    return found


def _positions(span: Span, indices: frozenset[int]) -> frozenset[int]:
    """Where the blocks at ``indices`` of the page stand in the profile's blocks (as
    :func:`_within` returns them)."""
    kept = [index for index in _profile_order(span) if index not in span.strays]
    return frozenset(position for position, index in enumerate(kept) if index in indices)


def _within(content: list[Block], span: Span, draft: Draft) -> list[Block]:
    """The profile's blocks; what stands above and below it is site chrome, noted by line range."""
    for where, part in (("above", content[: span.start]), ("below", content[span.end :])):
        if part:
            note_chrome(part, f"{where} the profile", draft)
    _doubt_words_under_last_quote(content, span, draft)
    for index in sorted(span.strays):
        note_chrome([content[index]], "inside the profile's last section", draft)
    titles = span.titles.union(index for index, _ in span.typed)
    profile = [
        Block(_HEADING, b.text.removesuffix(":").rstrip(), b.start, b.end, "", 0, 0, None, True)
        if index in titles
        else b
        for index, b in ((index, content[index]) for index in _profile_order(span))
        if index not in span.strays
    ]
    # A feed item's footer ("The post … appeared first on …") under the post's last section:
    # set aside only now, once the profile is found (the locator reads the page as it stands).
    footers = [b for b in profile if is_feed_footer(b.text)]
    if not footers:
        return profile
    note_chrome(footers, "(a feed item's footer naming the post and its site)", draft)
    return [b for b in profile if b not in footers]


def _profile_order(span: Span) -> list[int] | range:
    """The profile's blocks' indices in reading order: top to bottom, but for a section set
    above the header (a post's tags over the leader's name), read after the header."""
    if span.header is None or span.name is None:
        return range(span.start, span.end)
    return [
        *range(span.name, span.header),
        *range(span.start, span.name),
        *range(span.header, span.end),
    ]


_CAPTION_GAP = 2  # source lines from an attribution to the words under it: one blank
_PARAGRAPH_MIN_WORDS = 6
_WRAPPED_MAX_LINES = 12


def _doubt_prose_cut_below(outline: Outline, rest: list[Block], draft: Draft) -> None:
    """A paragraph right under the profile's last section, when that section is prose (a bio,
    a summary): the profile was cut there (the paragraph read as off the profile's topic, a
    site's text), but it may be the section's own next paragraph. Left as site chrome, and
    named on the field: a paragraph of the field may be missing."""
    if not outline.sections:
        return
    section, parser = outline.sections[-1]
    if parser is None or parser.name not in _PROSE_SECTIONS or not section.body:
        return
    last = section.body[-1]
    lines = paragraph_blocks(rest[:_WRAPPED_MAX_LINES])[0]  # the paragraph's wrapped lines
    below = lines[0]
    text = " ".join(b.text for b in lines).strip()
    if (
        below.kind is not Kind.PARAGRAPH
        or below.start - last.end > _CAPTION_GAP
        or len(text.split()) < _PARAGRAPH_MIN_WORDS
        or not text.rstrip("\"'”’)").endswith((".", "!", "?"))
    ):
        return
    excerpt = text if len(text) <= 80 else text[:77] + "..."
    draft.flag(
        "section-line-doubtful",
        f"the paragraph right under the {parser.name}, line {below.start}, was read as the "
        f"site's (off the profile's topic), not as the {parser.name}'s; it may be the "
        f"{parser.name}'s own: {excerpt!r}",
        below,
        parser.name,
    )


_CAPTION_MAX_WORDS = 8
_CAPTION_DASHES = ("\u2014", "\u2013", " - ")


def _doubt_caption_cut_below(
    outline: Outline, rest: list[Block], draft: Draft, aside: tuple[int, ...] = ()
) -> None:
    """A short line right under the profile's last quotation, when the quotes end the
    profile: the profile was cut there, but the line reads like the quotation's caption (on
    what, where: "At the harbour meeting", in any language) with no dash before it. Left as
    site chrome, and named on the quotes: the last quote's context may be missing. The lines
    between them that are markup alone (``aside``: a quote card's ``</div>`` lines in
    Markdown) stand between them no more than blank ones do."""
    if not outline.sections or not rest:
        return
    section, parser = outline.sections[-1]
    if parser is None or parser.name != "quotes" or not section.body:
        return
    last, below = section.body[-1], rest[0]
    text = below.text.strip()
    quoted = last.kind is Kind.QUOTE or last.text[:1] in OPEN_QUOTE
    if (
        not quoted
        or not (below.kind is Kind.PARAGRAPH or (below.kind is Kind.HEADING and not below.level))
        or _lines_apart(last, below, aside) > _CAPTION_GAP
        or not 1 < len(text.split()) <= _CAPTION_MAX_WORDS  # one word: a site's label
        or text.endswith((".", "!", "?", ":"))
        or not text[:1].isalpha()
        or is_chrome(text)
        or any(dash in text for dash in _CAPTION_DASHES)  # a dashed line: read as such already
        or captions_first(section.body) is not None  # cards whose captions are above them
    ):
        return
    draft.flag(
        "section-line-doubtful",
        f"line {below.start} {text!r}, right under the last quotation, was read as the site's; "
        "it reads like the quotation's caption (its context), which may be missing",
        below,
        "quotes",
    )


def _lines_apart(above: Block, below: Block, aside: tuple[int, ...]) -> int:
    """Source lines from ``above``'s end to ``below``'s start, not counting markup alone."""
    apart = below.start - above.end
    if apart <= _CAPTION_GAP or not aside:
        return apart
    return apart - sum(1 for line in aside if above.end < line < below.start)


_ALWAYS_ASKED = frozenset({"dimensions", "quotes"})
# Longer words a list of tags below the profile shares with the profile to be asked about: two
# (a menu or a tag cloud shares one common word, "internet", "global", as often as not).
_TAGS_SHARED_BELOW = 2


def _titled_list(title: Block, rule: str) -> bool:
    """Is ``title`` the known title of list section ``rule`` (themes, principles)?"""
    parser = parser_for(title)
    return parser is not None and parser.name == rule and rule not in _PROSE_SECTIONS


# List sections read from below the profile when the profile has none: a site sets its tags
# ("Key Themes") in a box of their own far down the page (an event page's tags after its FAQ).
_TAKEN_FROM_BELOW = frozenset({"themes", "principles"})


_FULL_TITLES_MIN = 2  # the profile's own sections under their full titles: a naming scheme


def _titled_as_profile(title: Block, profile: list[Block]) -> bool:
    """Is ``title`` a section's full title ("Key Themes", not "Topics"), as two or more of the
    profile's own sections are titled (its "Dimension Profile", "Notable Quotes")? Then the
    list below belongs to the profile's scheme; a footer's "Topics" of links does not."""
    parser = parser_for(title)
    if parser is None or fold_key(title.text) != fold_key(parser.titles[0]):
        return False
    full = 0
    for block in profile:
        if (known := parser_for(block)) is not None:
            full += fold_key(block.text) == fold_key(known.titles[0])
    return full >= _FULL_TITLES_MIN


def _take_from_below(blocks: list[Block], rule: str, draft: Draft) -> None:
    """Read a list section set aside below the profile (under its own known title, on the
    profile's topic, its field empty) as the profile's: a guess, said so on the field."""
    title = blocks[0]
    parser = parser_for(title)  # the rule's own (see _titled_list)
    if parser is None:
        return
    parser.parse(Section(title.text, title, blocks[1:]), draft)
    draft.flag(
        "section-below-profile",
        f"lines {title.start}-{blocks[-1].end}, under the title {title.text!r} below the "
        f"profile's end (site lines between), were read as the {rule}: the profile has no "
        f"other {rule}",
        title,
        rule,
    )


def _doubt_sections_cut_below(rest: list[Block], profile: list[Block], draft: Draft) -> None:
    """Lines set aside as site chrome below the profile that hold a section's shape (scores,
    quotations, a list under a title; see :func:`shaped_sections`): the profile was cut above
    them (a title no rule knew, a shape not seen), so they may be its own. They stay chrome,
    with a warning on the section's field naming them: nothing is dropped unsaid.

    A list of short lines or a paragraph is asked about only when the profile has no such
    section and the lines share a longer word with the profile (two for tags; a leader's themes
    and principles are about what the profile is about): a site's share row, menu, tag cloud
    or "About us" box below a profile has that shape too, on the site's own topics. A list
    under its section's own title ("Key Themes") is asked about even when the field is filled:
    the field may have been read from a site's menu with that word in it. Scores and
    quotations with attributions are asked about always (a cut after the first quote loses
    the rest); a site's chrome rarely has them."""
    topic: set[str] | None = None
    for first, end, rule in shaped_sections(rest):
        if rule not in _ALWAYS_ASKED:
            if draft.values.get(rule) and not _titled_list(rest[first], rule):
                continue
            if topic is None:
                topic = vocabulary([b for b in profile if b.kind is not _HEADING])
            least = _TAGS_SHARED_BELOW if rule == "themes" else 1
            if len(vocabulary(rest[first + 1 : end]) & topic) < least:
                continue
        title, last = rest[first], rest[end - 1]
        excerpt = title.text if len(title.text) <= 60 else title.text[:57] + "..."
        if (
            rule in _TAKEN_FROM_BELOW
            and not draft.values.get(rule)
            and _titled_list(title, rule)
            and _titled_as_profile(title, profile)
        ):
            _take_from_below(rest[first:end], rule, draft)
            continue
        draft.flag(
            "content-unplaced",
            f"lines {title.start}-{last.end}, set aside as site chrome below the profile, have "
            f"the shape of the {rule} ({end - first} blocks from {excerpt!r}); they may be the "
            f"profile's {rule}, not the site's",
            title,
            rule,
        )


def _doubt_words_under_last_quote(content: list[Block], span: Span, draft: Draft) -> None:
    """A sentence right under the profile's last attribution, read as the site's: it may be a
    last quotation without an attribution (marks lost, as the others' were), so say so. So
    for sentences under the quotes section that ends the profile, or under a quotes title set
    aside with the site's lines below it (its quotations set in a way no rule knew, a caption
    run into its quotation's line): no quotation is set aside unreported.

    A site's own line under the quotes is as likely ("Sign up..."), and no shape tells them
    apart: it stays chrome, with a warning on the quotes naming it.
    """
    end = span.end
    if end <= 0 or end >= len(content):
        return
    last, below = content[end - 1], content[end]
    if _attribution_shaped(below) and _ends_in_quotes(content, span):
        # an attribution the section's shape left out (too long for one): the last quote's
        # speaker may be its, not the leader
        excerpt = below.text if len(below.text) <= 80 else below.text[:77] + "..."
        draft.flag(
            "content-unplaced",
            f"attribution right under the last quote read as site chrome; it may be that "
            f"quote's: {excerpt!r}",
            below,
            "quotes",
        )
    if (
        last.kind is Kind.ATTRIBUTION
        and _sentence_under(last, below)
        and below.text.rstrip("”\"'’»").endswith((".", "!", "?"))
    ):
        _doubt_set_aside(below, "last quote's attribution", draft)
        end += 1  # (the sentences under it, below)
    parser = parser_for(below)
    if parser is not None and parser.name == "quotes":
        where, end = "quotes title, set aside below the profile,", end + 1
    elif _ends_in_quotes(content, span):
        where = "last quote's section"
    else:
        return
    if end >= len(content):
        return
    above = content[end - 1]
    index = end
    while index < len(content):
        block = content[index]
        following = content[index + 1] if index + 1 < len(content) else None
        if _said(above, block):
            _doubt_set_aside(block, where, draft)
        elif following is not None and _wrapped_sentence(above, block, following):
            _doubt_set_aside(block, where, draft)
            index += 1  # (its second line: reported with it)
            block = following
        elif following is None or not _passed_over(block, following):
            break
        above = block
        index += 1


def _wrapped_sentence(above: Block, block: Block, following: Block) -> bool:
    """A sentence over two lines a reader left apart ("... which nobody thought" /
    "possible."), right under ``above``."""
    return (
        _sentence_under(above, block)
        and following.kind is Kind.PARAGRAPH
        and following.start - block.end == 1
        and following.text[:1].islower()
        and _SENTENCE_END.search(following.text) is not None
    )


def _said(above: Block, block: Block) -> bool:
    """A sentence right under ``above``: a quotation and its caption run into one line count,
    as it holds a sentence's end."""
    return _sentence_under(above, block) and _SENTENCE_END.search(block.text) is not None


def _passed_over(block: Block, following: Block) -> bool:
    """A short line between two sentences set aside under the quotes, not one of them: a
    quote's source, or a control set with each quote, when a quotation in its marks follows."""
    if not _plain_caption(block) or not _said(block, following):
        return False
    text = block.text
    return (
        names_a_person(text)
        or names_who_or_what(text)
        or (following.kind is Kind.QUOTE and following.text[:1] in OPEN_QUOTE)
    )


def _plain_caption(block: Block) -> bool:
    """A short plain line with no sentence's end."""
    text = block.text
    return (
        block.kind in (Kind.PARAGRAPH, Kind.HEADING)
        and block.level == 0
        and len(text.split()) <= _CAPTION_MAX_WORDS
        and _SENTENCE_END.search(text) is None
    )


_CAPTION_MAX_WORDS = 12


def _sentence_under(above: Block, block: Block) -> bool:
    """Words that may be a quotation, right under ``above``."""
    return (
        block.kind in (Kind.PARAGRAPH, Kind.QUOTE)
        and block.start - above.end <= _CAPTION_GAP
        and reads_as_quote(block.text)
    )


_DASH_OPENS = compiled(r"^(?:—|–|―|-{1,3})\s+\S")


def _attribution_shaped(block: Block) -> bool:
    """An attribution line, or a paragraph that opens with a dash as one does."""
    return block.kind is Kind.ATTRIBUTION or (
        block.kind is Kind.PARAGRAPH and _DASH_OPENS.match(block.text) is not None
    )


def _doubt_set_aside(block: Block, where: str, draft: Draft) -> None:
    excerpt = block.text if len(block.text) <= 80 else block.text[:77] + "..."
    draft.flag(
        "content-unplaced",
        f"line right under the {where} read as site chrome; it may be a quote without an "
        f"attribution: {excerpt!r}",
        block,
        "quotes",
    )


_SENTENCE_END = compiled(r"[.!?][”\"'’»]?(?:\s|$)")


def _ends_in_quotes(content: list[Block], span: Span) -> bool:
    """Is the profile's last section its quotes (the nearest known title above its end)?"""
    typed = dict(span.typed)
    for index in range(span.end - 1, span.start - 1, -1):
        rule = typed.get(index)
        if rule is None:
            parser = parser_for(content[index])
            rule = None if parser is None else parser.name
        if rule is not None:
            return rule == "quotes"
    return False


def outline_of(
    blocks: list[Block],
    *,
    named: bool = False,
    aside: tuple[int, ...] = (),
    typed: dict[int, str] | None = None,
    opens: frozenset[int] = frozenset(),
) -> Outline:
    """The page cut at its section headings. ``named``: the first block is the name the locator
    found; a profile opened in a dialog or card titles it with an ``<h2>`` (``##``) over ``<h3>``
    sections, a heading that must not open a section of its own (the preamble would lose it).
    ``typed``: the positions in ``blocks`` of titles the locator typed by their content, with
    their sections' names. ``opens``: the positions of titles that open a section even above
    the first known one (a Q&A page's questions, see :class:`~extractor.parsing.locate.Span`)."""
    outline = Outline(Section("", None, []))
    body = outline.preamble.body
    seen_known = False
    current: SectionParser | None = None
    # Each block's parser, asked once: a heading's test reads the next block's too.
    parsers = parsers_for(blocks)
    rules = [None if parser is None else parser.name for parser in parsers]

    def fits(rule: str, at: int) -> bool:
        return SHAPES.get(rule, is_prose)(blocks, at)

    for index, parser in enumerate(parsers):
        if parser is not None and chip_not_title(blocks, index, parser.name, rules, fits):
            parsers[index] = rules[index] = None
    if typed:
        by_name = {section.name: section for section in SECTIONS}
        for index, rule in typed.items():
            if parsers[index] is None:
                parsers[index] = by_name.get(rule)
    prose_words = ProseWords(blocks, aside=aside)  # read if a caption among quotes asks
    for index, block in enumerate(blocks):
        parser = parsers[index]
        if (
            parser is None
            and block.kind is _HEADING  # the cheap part of the test, asked here first
            and not (named and index == 0)
            and _starts_unknown_section(blocks, parsers, index, seen_known or index in opens)
            and not _chip_among_chips(blocks, index, current)
            and not _caption_among_quotes(blocks, index, current, prose_words)
            and not _box_label_in(blocks, index, current, parsers)
            and not _label_over_bare_score(blocks, index, current)
        ):
            current = None
            body = []
            outline.sections.append((Section(block.text, block, body), None))
        elif parser is not None:
            seen_known = True
            current = parser
            body = []
            outline.sections.append((Section(block.text, block, body), parser))
        else:
            body.append(block)
    return outline


_CHIP_MAX_WORDS = 6


def _label_over_bare_score(blocks: list[Block], index: int, current: SectionParser | None) -> bool:
    """In the dimensions, a label set apart with a bare number under it ("Governance", then
    "89": a metric card's label and value, each a line) looks like a title the reader
    inferred; it is the dimension's label, the number its score."""
    if current is None or current.name != "dimensions" or blocks[index].level:
        return False
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None:
        return False
    if is_bare_score(following.text):
        return True
    if is_bare_column_heading(blocks, index):
        return True  # a column of bare scores' heading row ("Dimension  Score"), set apart
    # the table's heading cells, each a line ("Dimension", "Score (0-100)"), over the first
    # label and its score: the table's, not a title
    return (
        index + 3 < len(blocks)
        and _heading_cell_text(following.text)
        and is_bare_score(blocks[index + 3].text)
        and not is_bare_score(blocks[index + 2].text)
    )


_HEADING_CELL_MAX_WORDS = 4


def _heading_cell_text(text: str) -> bool:
    """A table's heading cell: a few words, no figure but in a scale in brackets."""
    return 0 < len(text.split()) <= _HEADING_CELL_MAX_WORDS and not any(
        c.isdigit() for c in unscaled(text)
    )


def _chip_among_chips(blocks: list[Block], index: int, current: SectionParser | None) -> bool:
    """In the themes, one chip per line: a capitalised chip ("SMS reminders", "São Paulo")
    looks like a title the reader inferred, but another short line, not a sentence, follows it
    as one follows every chip. Set-apart titles of an extra section head prose."""
    if current is None or current.name != "themes" or blocks[index].level:
        return False
    following = blocks[index + 1].text if index + 1 < len(blocks) else ""
    return (
        bool(following)
        and len(following.split()) <= _CHIP_MAX_WORDS
        and not following.endswith((".", "!", "?", ":"))
    )


def _box_label_in(
    blocks: list[Block],
    index: int,
    current: SectionParser | None,
    parsers: list[SectionParser | None],
) -> bool:
    """In a section set in labelled boxes, a label ("TIP", "QUOTE") reads like a title the
    reader inferred; it is the box's (see ``shapes.box_label``), not an unknown section's."""
    if current is None or blocks[index].level:
        return False
    title = index > 0 and parsers[index - 1] is current
    return box_label(blocks, index, current.name, title)


def _caption_among_quotes(
    blocks: list[Block], index: int, current: SectionParser | None, named: ProseWords
) -> bool:
    """In the quotes, a caption that names who or what ("Amaka Okonkwo — On settlement") set
    apart on its line reads like a title the reader inferred; it is the quote's attribution."""
    if current is None or current.name != "quotes" or blocks[index].level:
        return False
    # Or either line of a caption set over two ("Abdirahman Yusuf" / "chief pilot").
    return (
        caption_names(blocks, index, named)
        or caption_second_line(blocks, index + 1)
        or caption_second_line(blocks, index)
        or caption_as_before(blocks, index)
        or box_part(blocks, index)  # a box's title over its words ("Quote", then the words)
        or caption_under_marked_card(blocks, index)
    )


def _starts_unknown_section(
    blocks: list[Block], parsers: list[SectionParser | None], index: int, seen_known: bool
) -> bool:
    """A heading the registry does not know starts a section only if content follows it.

    A run of short capitalised lines (theme chips one per line, say) looks like headings with
    nothing under them; those are content, not sections.
    """
    block = blocks[index]
    if block.kind is not _HEADING:
        return False
    if block.level <= 1 and not seen_known:
        return False  # inferred headings and the page title (h1) before the sections
    if block.level == 0 and _numbered_label(blocks, parsers, index):
        return False  # "01" then "Hire slowly", "65" then "Strategic Vision": an item, a label
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        following is not None
        and following.kind is not _HEADING
        and parsers[index + 1] is None
        and not is_score(following.text)  # a dimension's label, its score a line below
        and not is_captioned_score(following.text)  # "Score: 70%" under it
    )


def _numbered_label(blocks: list[Block], parsers: list[SectionParser | None], index: int) -> bool:
    """Is block ``index`` the label of the number before it, in a section that sets each
    number BEFORE its text (title, number, text, number, text... : list numbers set apart, a
    card grid's score above its label)?

    Walking back in pairs must reach the section title right before a number: a section that
    sets the number after its name (title, name, number, name, number) is not so, and a
    heading after its last number starts a section of its own.
    """
    at = index - 1
    while at > 0 and _lone_number(blocks[at]):
        at -= 1  # the block before the number: the section title, or the previous label
        if parsers[at] is not None:
            return True
        at -= 1
    return False


def _lone_number(block: Block) -> bool:
    """A number alone in its block: a list number ("01", "2."), a score ("65", "65%")."""
    return block.kind is not _HEADING and (is_lone_ordinal(block) or is_score(block.text))


_HEADLINE_HEADING_MAX_WORDS = 12
# A heading in the headline's documented shape ("role at company") may be as long as a
# headline (two roles: "ex-Head of Risk at OTP Bank, now Chief Risk Officer at Duna Pay").
_HEADLINE_AT_MAX_WORDS = 20


def _headline_heading_words(text: str) -> int:
    """How many words a heading under the name may have and be the headline."""
    return _HEADLINE_AT_MAX_WORDS if " at " in text else _HEADLINE_HEADING_MAX_WORDS


def _headline_heading(outline: Outline, draft: Draft, *, located: bool) -> None:
    """A heading right under the name that no section knows and that reads as a headline is
    the headline, its prose the bio: not an extra section.

    Component libraries set the subtitle under a name as a heading of its own (``<h2>`` or
    ``<h6>`` under the ``<h1>``): the outline cut a section there, titled with the headline,
    and left the preamble with the name alone. "Role at company" is the headline's shape; a
    short title-like line without " at " is still read as the headline when nothing but the
    name stands above it, and flagged (it may title a section of its own). The preamble must be
    the name alone: the located name (``located``), or a page title (``<h1>``) last before the
    heading; a heading after a headline or bio is a section of its own.
    """
    body = outline.preamble.body
    if not outline.sections or not body:
        return
    section, parser = outline.sections[0]
    heading = section.heading
    name = body[-1]
    alone = len(body) == 1 if located else name.kind is Kind.HEADING and name.level == 1
    if (
        not alone
        or parser is not None
        or heading is None
        or heading.kind is not Kind.HEADING
        or not looks_like_name(name.text)
        or len(heading.text.split()) > _headline_heading_words(heading.text)
        or not is_headline_text(heading.text)
        or heading.text.endswith(":")
    ):
        return
    outline.preamble.body.extend([heading, *section.body])
    del outline.sections[0]
    if " at " not in heading.text:
        draft.flag(
            "headline-under-name-heading",
            f"the heading under the name, {heading.text!r}, read as the headline (no known "
            "section's title); the prose under it as the bio",
            heading,
            "headline",
        )


def _rows_panel_into_header(outline: Outline, draft: Draft) -> None:
    """A first section that holds nothing but key/value rows ("Overview", then "Primary job
    title", "Organization", "Location" as a directory's panel sets them) is the header's: the
    page's properties of the leader, not a summary or a bio, whatever its title says. Its
    rows join the name's lines (the headline may be among them, see
    :func:`extractor.parsing.sections.preamble.key_value_rows`); a known title so passed over
    is said so."""
    if not outline.sections or not outline.preamble.body:
        return
    section, parser = outline.sections[0]
    body, heading = section.body, section.heading
    if parser is not None and parser.name not in ("summary", "bio"):
        return  # a scored list's labels and values may pair up so; prose never does
    # (The rows are read last: the dimensions open most pages, and are passed over above.)
    if heading is None or not body:
        return
    taken = _row_titles_after(outline)
    rows = [*body, *(b for s, _ in outline.sections[1:taken] for b in [s.heading, *s.body] if b)]
    if key_value_end(rows, 0, len(rows)) != len(rows):
        taken, rows = 1, body
        if key_value_end(rows, 0, len(rows)) != len(rows):
            return
    outline.preamble.body.extend([heading, *rows])
    del outline.sections[:taken]
    if parser is not None:
        draft.flag(
            "section-rows-in-header",
            f"section {section.title!r} (line {heading.start}) holds only key/value rows "
            f"(label, value): read as the header's, not as the {parser.name}",
            heading,
            parser.name,
        )


def _row_titles_after(outline: Outline) -> int:
    """How many sections from the first the panel of rows may run on through: a text reader
    sets some rows' labels apart as titles of no level ("Organization", "Location—"), which
    cut the panel into sections of no known title."""
    taken = 1
    for section, parser in outline.sections[1:]:
        heading = section.heading
        if parser is not None or heading is None or heading.kind is not _HEADING:
            break
        if heading.level or not (is_term(heading) or glued_label_end(heading) is not None):
            break
        taken += 1
    return taken


# Lines of a scored list that may be no score or label: a table's header row ("Area", "Score").
_HEADER_CELLS = 2
_HEADER_CELL_MAX_WORDS = 3


def _dimensions_by_shape(outline: Outline, draft: Draft) -> None:
    """An unknown section whose body is a list of dimensions and scores, on a page with no
    dimensions section: the dimensions under the site's own title ("How we scored"), said so.

    Only a body that is that list throughout (two scores at least; at most a table's header
    row of short cells besides) is taken: a scored list is unmistakable, its title is not.
    """
    if any(parser is not None and parser.name == "dimensions" for _, parser in outline.sections):
        return
    for position, (section, parser) in enumerate(outline.sections):
        if parser is None and section.heading is not None and _scored_list(section.body):
            outline.sections[position] = (section, parser_named("dimensions"))
            draft.flag(
                "section-label-missing",
                f"section {section.title!r} holds dimension scores; taken as the dimensions",
                section.heading,
                "dimensions",
            )
            return


def _prose_by_content(outline: Outline, header: tuple[Block, list[Block]], draft: Draft) -> None:
    """The bio, then the summary, under titles the registry does not know, by what they hold
    (see :func:`_bio_by_content`, :func:`_summary_by_content`)."""
    _bio_by_content(outline, header, draft)
    _summary_by_content(outline, header[0], draft)


_LINKS_ROW_MAX_WORDS = 6  # "Website LinkedIn", "Twitter · Email": a row of links, no prose


def _bio_by_content(outline: Outline, header: tuple[Block, list[Block]], draft: Draft) -> None:
    """The first section, under a title the registry does not know ("Why you should listen"),
    prose throughout that opens by naming the leader, when the lines under the headline hold
    no sentence (a row of links, "Website" and "LinkedIn", read as the bio) or nothing: the
    bio under the site's own title, a guess from its content, said so. The links' row is set
    aside as the site's. ``header``: the name's block and the preamble's blocks."""
    name, preamble = header
    bio = draft.text("bio")
    if bio is not None and (
        len(bio.split()) > _LINKS_ROW_MAX_WORDS or any(c in bio for c in ".!?")
    ):
        return
    if not outline.sections or any(p is not None and p.name == "bio" for _, p in outline.sections):
        return
    section, parser = outline.sections[0]
    words = _name_words(name.text)
    body, heading = section.body, section.heading
    if parser is not None or heading is None or not body or not words:
        return
    if not all(is_prose(body, index) for index in range(len(body))):
        return
    if not words & {_bare_word(w) for w in body[0].text.split()[:_NAMED_WITHIN]}:
        return
    if bio is not None:
        first, last = draft.provenance.pop("bio")
        del draft.values["bio"]
        links = [b for b in preamble if first <= b.start and b.end <= last]
        if links:
            note_chrome(links, "(a row of links under the headline, no prose)", draft)
    outline.sections[0] = (section, parser_named("bio"))
    draft.flag(
        "section-typed-by-content",
        f"line {heading.start} {heading.text!r} is no known section title; the section under "
        "it, prose that opens by naming the leader, was taken as the bio by what it holds",
        heading,
        "bio",
    )


def _summary_by_content(outline: Outline, name: Block, draft: Draft) -> None:
    """The first section under a title the registry does not know whose body is prose
    throughout (short labels aside, see :func:`_stray_label`) and opens by naming the leader
    ("Ada Stone on running ...", "Stone explains ..."), on a page with a bio and no summary:
    the summary under the site's own title ("The conversation"), a guess from its content,
    said so. A site's own box of prose (a contact note, a newsletter's pitch) never names the
    leader; a second bio section under a title of its own may, and is then taken for the
    summary, flagged."""
    if not draft.text("bio") and not any(
        p is not None and p.name == "bio" for _, p in outline.sections
    ):
        return
    if any(parser is not None and parser.name == "summary" for _, parser in outline.sections):
        return
    words = _name_words(name.text)
    for position, (section, parser) in enumerate(outline.sections):
        body, heading = section.body, section.heading
        if parser is not None or heading is None or not body or not words:
            continue
        above, rule = outline.sections[position - 1] if position else (section, None)
        if rule is not None and _title_under_list(above, rule, section):
            continue  # its title may be the list's last item (see _doubt_titles_under_lists)
        if not is_prose(body, 0) or not all(
            is_prose(body, index) or _stray_label(body[index]) for index in range(len(body))
        ):
            continue
        if not words & {_bare_word(w) for w in body[0].text.split()[:_NAMED_WITHIN]}:
            continue
        outline.sections[position] = (section, parser_named("summary"))
        draft.flag(
            "section-typed-by-content",
            f"line {heading.start} {heading.text!r} is no known section title; the section "
            "under it, prose that opens by naming the leader, was taken as the summary by what "
            "it holds",
            heading,
            "summary",
        )
        return


_NAMED_WITHIN = 5  # words: the summary names the leader first ("Minh Khuê describes ...")


_STRAY_MAX_WORDS = 4


def _stray_label(block: Block) -> bool:
    """A short line of no sentence among the prose (an ad's label, a "Read more" link): the
    summary's parser sets it apart as the site's, said so."""
    text = block.text.strip()
    return 0 < len(text.split()) <= _STRAY_MAX_WORDS and not text.endswith((".", "!", "?"))


def _bare_word(word: str) -> str:
    """A word without the punctuation after it or a possessive ("Stone's," is "Stone")."""
    word = word.rstrip(",.;:!?")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _name_words(name: str) -> set[str]:
    """The words of the leader's name that stand for it alone in a sentence: capitalised, of
    three letters or more (not an initial, not a particle such as "ibn" or "de")."""
    return {w for w in name.split() if len(w) >= 3 and w[0].isupper() and w[1:] != w[1:].upper()}


def _scored_list(body: list[Block]) -> bool:
    """Every block a dimension's line, label or score, but for a short header row."""
    scores = sum(1 for b in body if is_score(b.text) or is_dimension_line(b.text))
    others = [
        b
        for i, b in enumerate(body)
        if not is_dimension_block(body, i) and not (b.kind is _METER and b.text)
    ]
    return (
        scores >= _MIN_EVIDENCE
        and len(others) <= _HEADER_CELLS
        and all(len(b.text.split()) <= _HEADER_CELL_MAX_WORDS for b in others)
    )


def _take_unlabelled_dimensions(preamble: Section) -> Section:
    """Pull a run of two or more "Name 95%" lines (or labels, each with its score on the next
    line) out of the preamble (a missing heading)."""
    body = preamble.body
    run: list[Block] = []
    scores = 0
    index = 0
    while index < len(body):
        block = body[index]
        if is_dimension_line(block.text):
            run.append(block)
            scores += 1
        elif _label_then_score(body, index):
            run.extend(body[index : index + 2])
            scores += 1
            index += 1
        elif scores >= 2:
            break
        else:
            run, scores = [], 0
        index += 1
    if scores < 2:
        run = score_pairs(body)
    if len(run) < 2:
        return Section("Dimension Profile", None, [])
    kept = [b for b in preamble.body if b not in run]
    preamble.body[:] = kept
    return Section("Dimension Profile", None, run)


_PROSE_SECTIONS = frozenset({"bio", "summary"})
_SCORES_TITLE_MAX_WORDS = 6


def _scores_in_prose(outline: Outline, draft: Draft) -> Section:
    """A run of dimension scores inside a prose section ("About"), when the page has no
    dimensions section: their title was one the registry does not know ("Leadership
    assessment"), so the scores ran on into the prose above them. The run is the dimensions
    (flagged section-label-missing by the caller) and the short line right above it, its
    title, is set aside; the prose keeps only its own paragraphs."""
    for section, parser in outline.sections:
        if parser is None or parser.name not in _PROSE_SECTIONS:
            continue
        before = list(section.body)
        found = _take_unlabelled_dimensions(section)
        if not found.body:
            continue
        at = before.index(found.body[0])
        if at and _title_of_scores(before[at - 1], before[at - 2] if at > 1 else None):
            above = before[at - 1]
            section.body.remove(above)
            note_chrome([above], "(the title of scores set without a known title)", draft)
        return found
    return Section("Dimension Profile", None, [])


def _title_of_scores(line: Block, prose_above: Block | None) -> bool:
    """Is ``line``, right above scores found inside a prose section, their title rather than
    the prose's own last line? A heading is; so is one capitalised line of a few words with no
    digits, commas or sentence end ("Leadership assessment"), standing apart from a prose
    paragraph that ended its sentence. A line the prose wrapped onto, or one that reads like
    a bio's ("Based in Berlin, Germany"), stays in the prose."""
    if line.kind is _HEADING:
        return True
    text = line.text.strip()
    return (
        0 < len(text.split()) <= _SCORES_TITLE_MAX_WORDS
        and text[0].isupper()
        and not any(c.isdigit() or c in ",;:" for c in text)
        and not text.endswith((".", "!", "?"))
        and (prose_above is None or prose_above.text.rstrip().endswith((".", "!", "?", ":")))
    )


def _label_then_score(body: list[Block], index: int) -> bool:
    """A dimension's label, its score on the next line ("Delivery", then "74%")."""
    return (
        index + 1 < len(body)
        and body[index].kind is not _HEADING
        and not is_score(body[index].text)
        and is_score(body[index + 1].text)
        and is_dimension_block(body, index)
    )


def _evidence(outline: Outline, unlabelled: Section, skip: AbstractSet[int] = frozenset()) -> int:
    """How strongly the outline says "a leader profile": its distinct known sections (those
    whose titles are in ``skip`` left out), the dimensions counting twice."""
    known = {
        parser.name
        for section, parser in outline.sections
        if parser is not None and id(section.heading) not in skip
    }
    evidence = len(known) + (1 if unlabelled.body else 0)
    if "dimensions" in known or unlabelled.body:
        evidence += 1
    return evidence


def _doubt_header_by_content(outline: Outline, typed: set[int], draft: Draft) -> None:
    """A page that is a leader profile mostly by the content of sections whose titles are
    unknown (fewer than two sections under known titles): where its name, headline and bio
    stand was judged from those sections, so each is a guess, said so."""
    if not typed:
        return
    titled = {
        parser.name
        for section, parser in outline.sections
        if parser is not None
        and id(section.heading) not in typed
        # a prose title over no prose ("Overview" over a panel of key/value rows or a tab's
        # links) is a site's word for a panel as often: it says nothing of the header
        and (parser.name not in _PROSE_SECTIONS or holds_prose(section.body))
    }
    if len(titled) >= _MIN_EVIDENCE:
        return  # two sections under known titles at least: the header stands above them
    for field in ("name", "headline", "bio"):
        draft.flag(
            "profile-found-by-content",
            f"the page was taken for a leader profile by what its untitled sections hold (fewer "
            f"than two known section titles); its {field} was found from them and may be wrong",
            None,
            field,
        )


def _require_leader_page(outline: Outline, unlabelled: Section, typed: AbstractSet[int]) -> None:
    """Refuse a page that does not show a leader profile's sections.

    Sections typed by their content (``typed``: their titles' ids) count only beside scores
    (a dimensions section, titled or not): lists of short lines, of sentences, even of
    quotations stand in any site's sidebar and footer, but a run of scored labels is the
    profile's own mark."""
    known = {parser.name for _, parser in outline.sections if parser is not None}
    evidence = _evidence(outline, unlabelled, typed)
    if evidence < _MIN_EVIDENCE and ("dimensions" in known or unlabelled.body):
        # Scores and two more sections at least: one scored box is any site's figures.
        with_typed = _evidence(outline, unlabelled)
        evidence = with_typed if with_typed >= _TYPED_MIN_EVIDENCE else evidence
    if evidence < _MIN_EVIDENCE:
        found = ", ".join(sorted(known)) or "none"
        raise Refusal(
            "not-a-leader-page",
            f"not a leader page: expected profile sections such as 'Dimension Profile' and "
            f"'Key Themes' (found: {found})",
        )


def _parse_section(section: Section, parser: SectionParser | None, draft: Draft) -> None:
    if section.heading is not None:
        draft.accounted.update(range(section.heading.start, section.heading.end + 1))
    if parser is None or parser.name != "dimensions":
        section = _without_meters(section, draft)
    if parser is not None:
        section = without_box_at_end(section, parser.name, draft)
        parser.parse(_without_box_labels(section, parser.name, draft), draft)
        return
    title = section.title
    draft.append(
        "extra_sections",
        {"title": title, "text": paragraphs(section.body)},
        [section.heading, *section.body] if section.heading else section.body,
    )
    draft.flag(
        "section-unknown",
        f"unknown section {title!r} kept in extra_sections",
        section.heading,
        f"extra_sections[{draft.count('extra_sections') - 1}]",
    )


def _without_box_labels(section: Section, rule: str, draft: Draft) -> Section:
    """The section without its boxes' labels ("tip", "quote": a docs page's admonitions, see
    ``shapes.box_label``), reported as site chrome: the box's kind, not the section's words."""
    if rule not in BOXED:
        return section  # (no box label in a section of another kind)
    body = section.body
    labels = [
        block
        for index, block in enumerate(body)
        if block.text.isalpha()  # a label is one word of letters: most blocks end here
        and box_label(body, index, rule, index == 0)
        and (SHAPES.get(rule, is_prose)(body, index + 1) or box_body(body, index + 1, rule))
    ]
    if not labels:
        return section
    note_chrome(labels, "(the label of a box the section's text is set in)", draft)
    return Section(section.title, section.heading, [b for b in body if b not in labels])


def _without_meters(section: Section, draft: Draft) -> Section:
    """Bars outside the dimension profile carry no text; they are decoration, not content."""
    meters = [b for b in section.body if b.kind is _METER and not b.text]
    for block in meters:
        draft.accounted.update(range(block.start, block.end + 1))
    if not meters:
        return section
    return Section(section.title, section.heading, [b for b in section.body if b not in meters])
