"""A section whose title the registry does not know, typed by what it holds.

Sites title the profile's sections in their own words ("By the numbers", "What I care about")
or in words no list can foresee, in every language. Some content is unmistakable whatever
stands above it, so a short line standing alone (a title's shape: a few words, no sentence)
over such content titles that section:

* a run of scored labels (any score notation the dimension parser reads): the dimensions;
* quoted sentences with their attributions (a dash, a caption): the quotes;
* a run of list entries that are short sentences (bullets, or marks set apart): the principles;
* a run of short tags, one per line or split by separators: the themes.

An interview's question standing alone ("Which rules do you lead by?", see
:mod:`extractor.parsing.sections.questions`) titles a section as such a line does: a Q&A page
sets each section's title as the interviewer's question. A question is a title by its form, so
its content needs less to be typed: two scores make the dimensions, two short sentences the
principles (their list's marks dropped too, if each is longer than a tag), two short tags the
themes.

Prose is never typed this way (a site's "Contact us" box is prose too): a prose section is
the summary only by its title's words (see :mod:`extractor.parsing.sections`). The caller
reports every section typed here (``section-typed-by-content``): its title was not read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extractor.base.patterns import compiled
from extractor.parsing.sections import parser_for
from extractor.parsing.sections.dimensions import (
    drawn_rows,
    is_bare_score,
    is_dimension_line,
    is_score,
    unscaled,
)
from extractor.parsing.sections.principles import is_lone_mark
from extractor.parsing.sections.questions import is_question_line
from extractor.read.blocks import (  # Kind's members as names (see read.blocks)
    ATTRIBUTION as _ATTRIBUTION,
    HEADING as _HEADING,
    ITEM as _ITEM,
    PARAGRAPH as _PARAGRAPH,
    QUOTE as _QUOTE,
    Block,
)
from extractor.read.lines import CLOSE_QUOTE, OPEN_QUOTE, is_glyph

Fits = Callable[[str, int], bool]

# The sections content can type (prose is typed only by its title's words).
TYPED_SECTIONS = frozenset({"dimensions", "quotes", "principles", "themes"})

_TITLE_MAX_WORDS = 6
_TITLE_MAX_CHARS = 40
# Scored labels in a row that make the dimensions: three, as the untitled run needs.
_SCORES_MIN = 3
_HEADER_CELLS = 2  # a table's heading row over its scores: two cells
# Tags in a run: four, so that a name's few short lines (role, company, city) are not tags.
_TAGS_MIN = 4
_TAG_MAX_WORDS = 4
_TAG_SEPARATORS = compiled(r"\s*[,;·•|#]\s*")
# Short sentences that make a list of principles: three entries, each a sentence's length.
_ENTRIES_MIN = 3
# Under an interviewer's question (a title by its form), two of them make a list.
_LEAST_UNDER_QUESTION = 2
_ENTRY_MIN_WORDS = 3
_ENTRY_MAX_WORDS = 25
_SENTENCE_END = (".", "!", "?", ";")
_DIGIT = compiled(r"\d")
# A number at a tag's end that no score is written as: four digits or more, after a space.
_LONG_NUMBER_END = compiled(r"\s\d{4,}$")
_ENDS_IN_NUMBER = compiled(r"\D(?:[:\s]\s*\d{1,3}|\s*\(\s*\d{1,3}\s*\))$")


def title_shaped(block: Block) -> bool:
    """A short line standing alone that is no sentence: the shape of a section's title.

    A heading or a paragraph of a few words, no full stop, no score, no quotation mark,
    starting with a letter (any script); a trailing colon ("Tags:") is a title's too."""
    if block.kind not in (_HEADING, _PARAGRAPH):
        return False
    text = without_lead_glyph(block.text.removesuffix(":").strip())
    return (
        0 < len(text) <= _TITLE_MAX_CHARS
        and len(text.split()) <= _TITLE_MAX_WORDS
        and text[0].isalpha()
        and not text[-1].isdigit()  # "Replies: 19" is a figure, not a title
        and not text.endswith(_SENTENCE_END)
        and not is_score(text)
        and not is_dimension_line(text)
    )


def without_lead_glyph(text: str) -> str:
    """A title without the emoji or symbol a chat message or a post sets before it ("📊 By the
    numbers", "🏷️ Tags": a bold line led by a pictograph, the title's only mark in a message of
    plain lines): the glyph, in its emoji form or not, then a space."""
    if text[:1].isascii():
        return text  # the cheap test first: most lines open with a letter or a figure
    glyph, _, rest = text.partition(" ")
    return rest.lstrip() if rest and is_glyph(glyph) else text


def typed_by_content(
    blocks: Sequence[Block],
    index: int,
    fits: Fits,
    prose: Sequence[bool],
    *,
    inside: bool,
    question: bool = False,
) -> tuple[str, int] | None:
    """The section that block ``index`` (title-shaped, asked by the caller) titles, by the
    content under it, and where that content ends; None when the content has no such shape.

    ``inside``: a section of the profile stands above. Only then may a list of short tags be
    the themes: above the profile, such a list is the site's menu. ``question``: the title is
    an interviewer's question (see the module)."""
    first = index + 1
    if first >= len(blocks):
        return None
    least = _LEAST_UNDER_QUESTION if question else None
    for rule, run in (
        ("dimensions", _scored_run),
        ("quotes", _quoted_run),
        ("principles", _entry_run),
        ("themes", _tag_run),
    ):
        if rule == "themes" and not inside:
            continue
        end = run(blocks, first, fits, prose, least)
        if end > first:
            return rule, end
    return None


def _scored_run(
    blocks: Sequence[Block],
    first: int,
    fits: Fits,
    prose: Sequence[bool],
    least: int | None = None,
) -> int:
    """Blocks of the dimensions' shape from ``first``, with three scores among them at least
    (``least``); a table's heading cells ("Metric", "Value") may stand before them. A table
    drawn with characters, its rows run together in one block, holds its scores in that one."""
    if not any(_DIGIT.search(b.text) for b in blocks[first : first + _HEADER_CELLS + 2]):
        return first  # no number near, so no score: asked first, the shapes cost more
    if drawn_rows(blocks[first].text) >= (least or _SCORES_MIN):
        return first + 1
    for cells in range(_HEADER_CELLS + 1):
        start = first + cells
        if start >= len(blocks) or not all(_header_cell(b) for b in blocks[first:start]):
            break
        end = _scores_from(blocks, start, fits, least or _SCORES_MIN)
        if end > start:
            return end
    return first


def _header_cell(block: Block) -> bool:
    """A table's heading cell: a few words, no digit (but in a scale in brackets); a
    paragraph, or a line the reader took for a title by its shape. A heading of the page's
    markup (``<h2>``, ``##``) is a title of its own: the scores under it are its section, not
    a table under the line above it."""
    text = block.text
    return (
        (block.kind is _PARAGRAPH or (block.kind is _HEADING and not block.level))
        and 0 < len(text.split()) <= _TAG_MAX_WORDS
        and not any(c.isdigit() for c in unscaled(text))
    )


def _scores_from(blocks: Sequence[Block], first: int, fits: Fits, least: int) -> int:
    """:func:`_scored_run` from ``first``, no heading cells."""
    if not any(_scored(b.text) for b in blocks[first : first + 2]):
        return first  # a score on the first line or the second (under its label), or none
    end = first
    scores = 0
    while end < len(blocks) and fits("dimensions", end):
        text = blocks[end].text
        scores += 1 if _scored(text) else 0
        end += 1
    if scores < least:
        return first
    if _score_alone(blocks[first].text):
        # A score right under the line: that line is the first label of scores set under
        # their labels, unless the scores come before their labels (the run ends on a label,
        # its score above it, and the line over the first score is the title).
        if not (end < len(blocks) and _score_alone(blocks[end - 1].text)):
            return first
        if not _tag(blocks[end].text) or parser_for(blocks[end]) is not None:
            return first  # (a known title after the scores: the next section's)
        end += 1
    return end


def _score_alone(text: str) -> bool:
    return is_score(text) or is_bare_score(text)


def _scored(text: str) -> bool:
    """A score, alone ("96", "96%") or after its label ("Delivery: 96", "Delivery 96%"); a
    metric card's trend glyph after it ("Delivery 96 ▲", "Delivery96▲") is no part of it."""
    if text[-1:] and is_glyph(text[-1]):
        text = text[:-1].rstrip()
    return (
        is_score(text)
        or is_bare_score(text)
        or is_dimension_line(text)
        or (_ENDS_IN_NUMBER.search(text) is not None)
    )


def _quoted_run(
    blocks: Sequence[Block],
    first: int,
    fits: Fits,
    prose: Sequence[bool],
    least: int | None = None,
) -> int:
    """Quotations with their attributions from ``first``: it opens with a quotation (marked,
    or set as one), and two quotations or a quotation and an attribution stand in the run.
    A caption or two of a few words between quotations (who, on what) go on the run; a lone
    quotation with its caption under it (a dashless attribution, "On long maturation") is a
    run too, the caption its end. Sentences without marks, each right over its dashed
    attribution (a block quote whose markup a browser's copy dropped), are quotations when
    two such pairs open the run (a sentence without an attribution may stand before or
    between them, the leader's own): one sentence over a dash is any page's. Not under
    running text, though: its title may be one of that text's lines, and a section typed
    there would draw the text above (and whatever it holds) into the profile."""
    unmarked = not _quotation(blocks[first])
    if unmarked and (
        (first >= 2 and prose[first - 2])  # under running text: the prose's lines go on
        or _unmarked_pairs(blocks, first) < _UNMARKED_PAIRS_MIN
    ):
        return first
    end = index = first
    quoted = attributions = 0
    captioned = first  # where the captions under the first quotation end
    while index < len(blocks):
        block = blocks[index]
        if (
            _quotation(block)
            or _over_attribution(blocks, index)
            or (unmarked and _said(block) and _over_attribution(blocks, index + 1))
        ):
            quoted += 1
        elif block.kind is _ATTRIBUTION:
            attributions += 1
        elif _caption(blocks, index, prose):
            index += 1
            captioned = index if quoted == 1 else captioned
            continue  # the run's only if a quotation follows
        elif not fits("quotes", index):
            break
        index += 1
        end = index
    if quoted >= 2 or (quoted and attributions):
        return end
    return max(end, captioned) if captioned > first else first


_UNMARKED_PAIRS_MIN = 2


def _said(block: Block) -> bool:
    """A paragraph that ends as a sentence does (its closing mark aside)."""
    return block.kind is _PARAGRAPH and block.text.rstrip("”\"'’»").endswith((".", "!", "?"))


def _over_attribution(blocks: Sequence[Block], index: int) -> bool:
    """A sentence without marks right over an attribution line ("— Name, role"), not over a
    credit (see :data:`_CREDIT`)."""
    if index + 1 >= len(blocks):
        return False
    below = blocks[index + 1]
    return below.kind is _ATTRIBUTION and _said(blocks[index]) and not _CREDIT.match(below.text)


# A caption's credit under a paragraph ("— Photo: Jon Hauge", "— Source: Harbour Weekly",
# "— Image credit: NASA"): a label of a word or two and a colon, where a speaker's line
# names who ("— Jon Hauge, ferry captain"). Paragraphs over credits are a bio's or an
# article's, no quotations whose marks were lost.
_CREDIT = compiled(r"[^\W\d_]+(?: [^\W\d_]+)?:\s")


def _unmarked_pairs(blocks: Sequence[Block], first: int) -> int:
    """How many sentences, each right over its attribution, stand from ``first``, a sentence
    without one before or between them allowed (up to the count that makes a run)."""
    pairs = 0
    index = first
    while pairs < _UNMARKED_PAIRS_MIN and index < len(blocks):
        if _over_attribution(blocks, index):
            pairs += 1
            index += 2
        elif _said(blocks[index]) and _over_attribution(blocks, index + 1):
            index += 1  # the leader's own words, no one named under them
        else:
            break
    return pairs


def _caption(blocks: Sequence[Block], index: int, prose: Sequence[bool]) -> bool:
    """A line of a few words, no sentence, under a quotation or another such line."""
    block = blocks[index]
    return (
        block.kind is _PARAGRAPH
        and not prose[index]
        and 0 < len(block.text.split()) <= _TITLE_MAX_WORDS
        and (_quotation(blocks[index - 1]) or _quotation(blocks[index - 2]))
    )


def _quotation(block: Block) -> bool:
    return block.kind is _QUOTE or (
        block.text[:1] in OPEN_QUOTE and block.text.rstrip()[-1:] in CLOSE_QUOTE
    )


def _entry_run(
    blocks: Sequence[Block],
    first: int,
    fits: Fits,
    prose: Sequence[bool],
    least: int | None = None,
) -> int:
    """List entries that are short sentences from ``first``: bullets, or entries whose marks
    ("→", "01") stand on lines of their own. Unmarked short lines are no list: a bio's lines
    are short sentences too; but under an interviewer's question (``least`` given), lines
    that open with a capital, longer than a tag and with no full stop, are the list's entries,
    their marks dropped by the converter, if the last stands apart from what follows (a
    hard-wrapped paragraph's lines run on into its last)."""
    end = first
    entries = 0
    unmarked = False
    while end < len(blocks):
        block = blocks[end]
        if block.kind is _ITEM and _entry(block.text):
            end += 1
        elif _mark(block) and end + 1 < len(blocks) and _entry(blocks[end + 1].text):
            end += 2
        elif block.kind is _PARAGRAPH and _numbered_entry(block.text, entries + 1):
            end += 1
        elif least and block.kind is _PARAGRAPH and _unmarked_entry(block.text):
            unmarked = True
            end += 1
        else:
            break
        entries += 1
    if unmarked and end < len(blocks) and blocks[end].start <= blocks[end - 1].end + 1:
        return first  # the next line runs on from the last: a paragraph's lines
    return end if entries >= (least or _ENTRIES_MIN) else first


# A list's number and its stop run into the entry's line ("1.Publish the budget", "2. Ask"):
# a numbered list that a converter wrote as paragraphs, its numbers in boxes of their own.
_NUMBERED = compiled(r"(\d{1,3})[.)]\s*(?=[^\W\d_])")


def _numbered_entry(text: str, number: int) -> bool:
    """A paragraph that opens with the list number ``number`` (the run counts up from one)
    and its stop, then a short sentence."""
    found = _NUMBERED.match(text)
    return found is not None and int(found[1]) == number and _entry(text[found.end() :])


def _unmarked_entry(text: str) -> bool:
    """A short sentence longer than a tag, capitalised, no full stop: an entry whose mark was
    lost."""
    return (
        _entry(text)
        and text[:1].isupper()
        and len(text.split()) > _TAG_MAX_WORDS
        and not text.endswith(_SENTENCE_END)
        and not _scored(text)
    )


def _entry(text: str) -> bool:
    words = len(text.split())
    return (
        _ENTRY_MIN_WORDS <= words <= _ENTRY_MAX_WORDS
        and text[:1] not in OPEN_QUOTE
        and not text.endswith("?")
    )


def _mark(block: Block) -> bool:
    """A list's mark alone in its block: a symbol ("→", "✓") or a list number ("01")."""
    return block.kind in (_PARAGRAPH, _ITEM) and is_lone_mark(block)


def _tag_run(
    blocks: Sequence[Block],
    first: int,
    fits: Fits,
    prose: Sequence[bool],
    least: int | None = None,
) -> int:
    """Short tags from ``first``: four lines of a few words at least (``least``), none a
    sentence, a score or a quotation, or one line split by separators into four such tags.
    A tag over an interviewer's question is the last tag, not the title of prose."""
    if is_tag_line(blocks[first].text):
        return first + 1
    end = first
    titled = 0  # tags written like names or titles: a list of people or posts has them all
    while end < len(blocks) and not prose[end] and _tag_block(blocks[end]):
        if not _tag(blocks[end].text) or (
            end + 1 < len(blocks) and prose[end + 1] and not is_question_line(blocks[end + 1])
        ):
            break  # a sentence, a score; or the title of the prose under it
        if end + 1 < len(blocks) and _titles_other_content(blocks, end, fits, prose):
            break  # the title of the next section
        titled += 1 if _every_word_capitalised(blocks[end].text) else 0
        end += 1
    if end - first < (least or _TAGS_MIN) or titled > 1:
        return first
    return end


def is_tag_line(text: str) -> bool:
    """One line of four short tags or more split by separators ("a; b; c; d", "a, b, c, d"):
    a list of themes however many words it holds, never running prose."""
    if not _TAG_SEPARATORS.search(text):
        return False
    parts = _TAG_SEPARATORS.split(text.strip())
    return len(parts) >= _TAGS_MIN and all(_tag(part) for part in parts)


def _every_word_capitalised(text: str) -> bool:
    """Two words or more, each capitalised ("Ada Stone", "Hiring Well"): a person's name or a
    post's title, which a menu or a sidebar lists; a topic tag is rarely written so."""
    words = text.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words)


def _titles_other_content(
    blocks: Sequence[Block], index: int, fits: Fits, prose: Sequence[bool]
) -> bool:
    """Does title-shaped block ``index`` stand over scores, quotations or marked sentences?"""
    if not title_shaped(blocks[index]):
        return False
    first = index + 1
    return any(
        run(blocks, first, fits, prose, None) > first
        for run in (_scored_run, _quoted_run, _entry_run)
    )


def _tag_block(block: Block) -> bool:
    return block.kind in (_PARAGRAPH, _ITEM) or (block.kind is _HEADING and block.level == 0)


def _named_number(text: str) -> bool:
    """A name with a number of four digits or more at its end, which no score is written as:
    a year's or a standard's ("IMO 2030", "ISO 9001"), capitalised as a name is (a line of
    running text wrapped before a year, "and the 2019", is none)."""
    return text[:1].isupper() and _LONG_NUMBER_END.search(text) is not None


def _tag(text: str) -> bool:
    """A few words, no sentence, no score, no quotation. A tag may end in a number no score
    is written as (see :func:`_named_number`)."""
    text = text.strip()
    return (
        0 < len(text.split()) <= _TAG_MAX_WORDS
        and (not text[-1:].isdigit() or _named_number(text))
        and not _scored(text)
        and not text.endswith(_SENTENCE_END)
        and text[:1] not in OPEN_QUOTE
    )
