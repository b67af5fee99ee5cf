"""Key Themes: chips, one per line, separated by commas or dots, or run together on one line."""

from __future__ import annotations

from collections import Counter

from extractor.base.patterns import compiled
from extractor.parsing.chips import hashtag
from extractor.parsing.chrome import note_chrome
from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section
from extractor.read.blocks import Block
from extractor.read.lines import is_glyph, is_quote_ornament

_SEPARATORS = compiled(r"\s*(?:·|•|\||;|\s/\s)\s*")
# A comma between chips, not a thousands separator between digits ("1,300 varieties").
_COMMA = compiled(r"\s*,(?!(?<=\d,)\d{3}(?!\d))\s*")
_PUNCTUATION_ONLY = compiled(r"[\s,;·•|/]+")
_CHIP_MAX_WORDS = 8
_GLUED_TOKENS = 2  # as glue.glue_points asks: chips glued at two joins at least
# A line longer than this with no separators is taken for chips run together.
_RUN_TOGETHER_MIN_WORDS = 9
# What a topic never holds and code does: braces, "=", a call "name(", a notebook's prompt
# "In [4]:". (Brackets or quotation marks alone are a topic's too: "[PSD2]", "\"jobs to be
# done\"".)
_CODE_MARKS = compiled(r"[{}=]|^[A-Za-z_][\w.]*\(|\[\d*\]:")


def parse_themes(section: Section, draft: Draft) -> None:
    found: list[tuple[str, Block]] = []
    for block in section.body:
        if _PUNCTUATION_ONLY.fullmatch(block.text):
            draft.accounted.update(range(block.start, block.end + 1))
            continue  # the ", " between <em> chips, a block of its own: a separator, no chip
        chips = [block.text] if block.group else split_explicit(block.text)
        if len(chips) == 1 and not block.group:
            piece = chips[0]  # without a separator at its edge ("fraud·", a badge row's dot)
            chips = _one_piece(block, piece, draft)
            if len(section.body) == 1 and chips == [piece] and _doubtful_chip(piece):
                _flag_one_chip(block, draft)
            elif chips == [piece] and _glued_look(piece):
                draft.flag(
                    "themes-glued",
                    f"theme chip {piece!r} looks like several chips glued with no space"
                    " between; no cut was clear, kept as one",
                    block,
                    "themes",
                )
        found.extend((chip, block) for chip in chips)
    kept = _without_repeats(_without_shared_glyph(found), draft)
    _doubt_long_line_after_chips(kept, draft)
    _doubt_lone_line_between_groups(section.body, draft)
    flagged: set[int] = set()  # blocks already named: one warning a line
    for chip, block in kept:
        draft.append("themes", chip, [block])
        if block.start not in flagged and (doubt := _chip_doubt(chip)) is not None:
            flagged.add(block.start)
            draft.flag("section-line-doubtful", f"theme chip {chip!r} {doubt}", block, "themes")


_SHARED_GLYPH_MIN = 2  # chips a glyph opens: a list decorates every item alike


def _without_shared_glyph(found: list[tuple[str, Block]]) -> list[tuple[str, Block]]:
    """Chips that open with the same decorative glyph and a space ("→ tidal energy", an
    email's lines set apart by <br>s, each after an arrow): the glyph is the list's marker,
    as :func:`extractor.read.lines.glyph_items` reads separate lines, not the theme's."""
    glyphs = [_leading_glyph(chip) for chip, _ in found]
    shared = {g for g, n in Counter(glyphs).items() if g and n >= _SHARED_GLYPH_MIN}
    if not shared:
        return found
    return [
        (chip[len(glyph) :].lstrip() if glyph in shared else chip, block)
        for (chip, block), glyph in zip(found, glyphs, strict=True)
    ]


def _leading_glyph(chip: str) -> str:
    head, space, rest = chip.partition(" ")
    if not space or not rest.strip() or head.isascii():
        return ""
    return head if is_glyph(head) and not is_quote_ornament(head) else ""


def _chip_doubt(chip: str) -> str | None:
    """Why ``chip`` may be no topic: code's marks, a label's colon at its end, or a parenthesis
    left open or closed alone (a cut inside brackets, "payments (cards" | "wallets)", or a
    cell's "sep=1)"); or None."""
    if _CODE_MARKS.search(chip) is not None:
        return (
            "reads as a line of code or a prompt ('=', braces, a call, 'In [4]:'), not a "
            "topic: it may be the page's furniture (a notebook's cell), kept"
        )
    if chip.endswith(":"):
        return (
            'ends in a colon: a label that introduces another part of the page ("Rules '
            'we live by:" over a list), not a topic; the chips may have ended above it; kept'
        )
    if chip.count("(") != chip.count(")"):
        return (
            "has a parenthesis left open or closed: the chips may have been cut inside "
            "brackets, or it is a line of code; kept"
        )
    return None


# Chips one a line, this many at least, make a list whose lines are each a chip.
_LIST_MIN_CHIPS = 3


def _doubt_long_line_after_chips(kept: list[tuple[str, Block]], draft: Draft) -> None:
    """A chip too long for one (more words than a chip has, twice the longest above), after a
    list of chips one a line: the list may have ended above it and the page's own lines follow
    ("Edit this page", "Last updated on ..." under a docs page's tags, when a converter dropped
    the bullets and the blank line). Kept, and said so at the first such line."""
    lines = longest = 0
    for at, (chip, block) in enumerate(kept):
        words = len(chip.split())
        if lines >= _LIST_MIN_CHIPS and (
            words > max(_ONE_CHIP_MAX_WORDS + 1, 2 * longest) or _long_lines_from(kept, at, longest)
        ):
            draft.flag(
                "section-line-doubtful",
                f"line {block.start} {block.text!r}, under {lines} chips one a line, is longer "
                "than a chip: the list may have ended above it, and it (and the lines under "
                "it) be the page's",
                block,
                "themes",
            )
            return
        if block.start == block.end and chip == block.text:
            lines, longest = lines + 1, max(longest, words)
        else:
            lines = longest = 0


def _long_lines_from(kept: list[tuple[str, Block]], at: int, longest: int) -> bool:
    """Two lines in a row from ``at``, each one a line and longer than a chip and than every
    chip above: a list of another shape (a section's entries under a title the parser does
    not know, "Management philosophy") read on, each line under the doubling bar alone."""
    pair = kept[at : at + 2]
    return len(pair) == _LONG_RUN and all(
        block.start == block.end
        and chip == block.text
        and len(chip.split()) > max(_ONE_CHIP_MAX_WORDS, longest)
        for chip, block in pair
    )


_LONG_RUN = 2  # one long line may be a long chip; two in a row are no chips


def _line_groups(body: list[Block]) -> list[list[Block]]:
    """The section's lines in runs with no blank line between them (by line numbers)."""
    groups: list[list[Block]] = []
    for block in body:
        if groups and block.start <= groups[-1][-1].end + 1:
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def _several_chips(group: list[Block]) -> bool:
    """Chips one a line, or one line of chips between separators."""
    return len(group) > 1 or len(split_explicit(group[0].text)) > 1


def _doubt_lone_line_between_groups(body: list[Block], draft: Draft) -> None:
    """A line alone between blank lines, after the chips and over lines of its own: the shape
    of a title the parser does not know ("Her approach", a site's own wording) over its
    section, whose lines were read as more chips. Kept, and said so at the line: the chips
    under it may be another section's."""
    groups = _line_groups(body)
    for at in range(1, len(groups) - 1):
        before, middle, after = groups[at - 1], groups[at], groups[at + 1]
        if len(middle) != 1 or len(after) < _LONE_LINE_MIN_UNDER or not _several_chips(before):
            continue
        lone = middle[0]
        if len(split_explicit(lone.text)) > 1:
            continue  # a line of chips between separators: the list's own
        draft.flag(
            "section-line-doubtful",
            f"line {lone.start} {lone.text!r} stands alone between blank lines under the "
            f"chips, over {len(after)} lines: it may be the title of a section the parser "
            "does not know, and the lines under it that section's, not themes; kept",
            lone,
            "themes",
        )
        return


# Lines under a lone line that make it look like their title rather than one more chip.
_LONE_LINE_MIN_UNDER = 2


# A ticker repeats its list at least once; a list of one or two chips said twice is as likely
# two sections' worth of the same words, so it is left alone.
_TICKER_MIN_CHIPS = 3


def _without_repeats(found: list[tuple[str, Block]], draft: Draft) -> list[tuple[str, Block]]:
    """The chips without the copies of a list said over again in full, chip for chip.

    A scrolling ticker (a "marquee" of tags) sets its list twice or more, one copy after the
    other, so the animation can loop; every converter keeps the copies. Only a repeat of the
    whole list, in the same order, is dropped; its lines are reported as site chrome (what a
    copy for an animation is). Any other repeated chip stays, for the gate to flag."""
    chips = [chip for chip, _ in found]
    size = len(chips)
    period = next(
        (
            p
            for p in range(_TICKER_MIN_CHIPS, size // 2 + 1)
            if size % p == 0 and all(chips[i] == chips[i - p] for i in range(p, size))
        ),
        None,
    )
    if period is None:
        return found
    kept = found[:period]
    first = {id(block) for _, block in kept}
    repeat: list[Block] = []
    for _, block in found[period:]:
        if id(block) not in first and (not repeat or repeat[-1] is not block):
            repeat.append(block)
    if repeat:
        note_chrome(repeat, "(the theme list said again, as a scrolling ticker repeats it)", draft)
    return kept


# A chip is a few words; a section's only chip this long, or with words joined inside it, is
# more likely chips a converter set side by side without a separator (badges in one line).
_ONE_CHIP_MAX_WORDS = 4


# A section's only chip, though: a themes section holds several, so its one line of four words
# is as likely two chips of two a copy ran together ("hydropower forecasting product-led
# growth": a browser's copy joins the chips of a row with spaces).
_SOLE_CHIP_MAX_WORDS = 3


def _doubtful_chip(text: str) -> bool:
    """Too many words for a section's only chip, or words joined inside a token
    ("hybridesB2B", "clinics0→1")."""
    return len(text.split()) > _SOLE_CHIP_MAX_WORDS or any(map(_joined_inside, text.split()))


_WORD_MIN_LETTERS = 4  # a word of its own before a join ("iOS", "web3", "macOS" have less)
_COMMON = 3.0  # Zipf frequency of a word in everyday use (as the glue lexicon asks)
_RARE = 2.0
_VERSION = compiled(r"[.,]\d")  # "python3.11": a number goes on


def _joined_inside(token: str) -> bool:
    """Two words joined in one token ("hybridesB2B", "clinics0→1"): see ``_joins``."""
    return _joins(token) > 0


def _joins(token: str) -> int:
    """How many places in ``token`` join two words, in any script with case: a word of
    lower-case letters run straight into a capital or a number ("hybridesB2B",
    "clinics0→1"), or an acronym with a digit run into a lower-case word ("B2Crural"); an
    acronym of capitals only counts when the word after it is a common one and its last
    capital makes none with it ("PDFexport", not "HTTPClient"). A capital or a number inside a
    name is no join: "DevOps", "GitHub", "McKinsey" begin with a capital, "iOS", "eBay",
    "web3", "i18n" with a short lower-case part; and a token the word tables know as a whole
    ("watchOS") is a word of its own."""
    if token.isalpha() and token[1:].islower():
        return 0  # "industry", "Europe": most words, answered without the walk below
    runs = _lower_runs(token)
    if not runs:
        return 0
    joins = sum(
        1 for a, b in runs if _word_then_capital(token, a, b) or _acronym_then_word(token, a, b)
    )
    whole = token.strip(_EDGE)
    return 0 if joins and whole.isalnum() and _zipf(whole) > 0 else joins


_EDGE = ".,;:!?()[]\"'“”‘’&#"


def _lower_runs(token: str) -> list[tuple[int, int]]:
    """The spans of lower-case letters in ``token``, each at least a word's length."""
    runs: list[tuple[int, int]] = []
    start = -1
    for index, char in enumerate(token + " "):
        if char.islower():
            start = index if start < 0 else start
            continue
        if start >= 0 and index - start >= _WORD_MIN_LETTERS:
            runs.append((start, index))
        start = -1
    return runs


def _word_then_capital(token: str, start: int, end: int) -> bool:
    """A lower-case word that begins its token (or follows a sign: "#product") and runs into
    a capital, or into a number that goes on with more than digits ("clinics0→1")."""
    if end == len(token) or (start > 0 and token[start - 1].isalpha()):
        return False
    if token[end].isupper():
        return True
    if not token[end].isdigit():
        return False
    after = end
    while after < len(token) and token[after].isdigit():
        after += 1
    rest = token[after:]
    return bool(rest.strip(_EDGE)) and _VERSION.match(rest) is None


def _acronym_then_word(token: str, start: int, end: int) -> bool:
    """Capitals (and digits) run into a lower-case word: "B2Crural", "PDFexport"."""
    head = start
    while head > 0 and (token[head - 1].isupper() or token[head - 1].isdigit()):
        head -= 1
    acronym = token[head:start]
    if len(acronym) < 2 or not any(c.isupper() for c in acronym):
        return False
    if any(c.isdigit() for c in acronym):
        return True  # "B2C", "3D": no name runs on in lower case after a digit
    word = token[start:end]
    return _zipf(word) >= _COMMON and _zipf(acronym[-1] + word) < _RARE


def _zipf(word: str) -> float:
    """How common a word is, from the glue lexicon's word tables (loaded on first use)."""
    from extractor.parsing.chips.lexicon import facts

    return facts(word.casefold()).zipf


def _flag_one_chip(block: Block, draft: Draft) -> None:
    """The whole section read as one chip: said so, since the boundaries may just be lost."""
    draft.flag(
        "themes-segmented",
        f"the themes line {block.text!r}, with no separators, is kept as one chip; chips set "
        "side by side may have run together: please check",
        block,
        "themes",
    )


def _one_piece(block: Block, text: str, draft: Draft) -> list[str]:
    """The chips of ``text``, the block's line with no separator inside: glued with no space,
    run together with spaces (the segmenter), or the one chip it is."""
    glued = _glue_points(text)
    if glued:
        return _unglue(block, text, glued, draft)
    if not _run_together(text):
        return [text]
    # The segmenter and its word tables load only for a page whose chips run together
    # (looked up here at each call: a spy on chips.split.split_line sees every split).
    from extractor.parsing.chips.report import flag_split
    from extractor.parsing.chips.split import split_line, vocabulary

    split = split_line(text, draft.page_text(), vocabulary(draft.known_themes))
    flag_split(split, block, draft)
    return split.chips


_GLUED_LOOK_WORDS = 5


def _glued_look(text: str) -> bool:
    """Two joins inside words (``_joins``: "defencePPP", "PDFexport"), or one in a line too
    long for one chip: chips glued together. One alone in a short chip is more likely a
    name's own spelling."""
    joins = sum(map(_joins, text.split()))
    return joins >= _GLUED_TOKENS or (joins == 1 and len(text.split()) >= _GLUED_LOOK_WORDS)


def _glue_points(text: str) -> list[int]:
    """Where chips glued with no space between (buttons side by side) meet; the word tables
    are asked only for a line that may hold such joins."""
    if not may_be_glued(text):
        return []
    from extractor.parsing.chips.glue import glue_points

    return glue_points(text)


# Without two long tokens, or a capital inside one, no line is worth the word table's lookups.
_LONG = 10
_CAMEL = compiled(r"[a-z][A-Z]")


def may_be_glued(text: str) -> bool:
    """A cheap first test: two tokens of ten letters or more, or a capital inside a word."""
    long = sum(map(_LONG.__le__, map(len, text.split())))  # tokens of _LONG letters or more
    return long >= _GLUED_TOKENS or (long >= 1 and _CAMEL.search(text) is not None)


def _unglue(block: Block, text: str, points: list[int], draft: Draft) -> list[str]:
    """The chips of ``text`` cut at each join, said so with the joins named."""
    from extractor.parsing.chips.glue import unglued

    joins = ", ".join(f"'{text[max(0, p - 12) : p]}|{text[p : p + 12]}'" for p in points)
    draft.flag(
        "themes-unglued",
        f"theme chips were glued together with no space between; split at {len(points)} "
        f"joins where two common words met inside one word: {joins}",
        block,
        "themes",
    )
    return unglued(text, points)


# A lowercase word followed by a capitalised one or an acronym ("PSD2", "B2B/B2C", "A&E"):
# where one sentence-case chip ends and the next begins when a copy or converter puts chips on
# one line. The segmenter then decides; after a preposition ("for AI") it keeps one chip.
_CHIP_BOUNDARY = compiled(r"\b[a-z][\w'’-]*\s+[A-Z][a-zA-Z0-9&/]")
_BOUNDARY_MIN_WORDS = 4


def _run_together(text: str) -> bool:
    """Too long for one chip, or shorter but with a chip boundary inside: a capital after a
    lower-case word, or a second hashtag ("#growth #pricing": each a chip of its own)."""
    words = text.split()
    if len(words) >= _RUN_TOGETHER_MIN_WORDS:
        return True
    if "#" in text and sum(1 for word in words if hashtag(word)) >= 2:
        return True
    return len(words) >= _BOUNDARY_MIN_WORDS and _CHIP_BOUNDARY.search(text) is not None


def split_explicit(text: str) -> list[str]:
    """Chips split at separators a person or site put there; [] for an empty line."""
    pieces = [p for p in _SEPARATORS.split(text) if p]
    if len(pieces) == 1:
        commas = [p for p in _COMMA.split(text) if p]
        if len(commas) > 1 and all(len(p.split()) <= _CHIP_MAX_WORDS for p in commas):
            pieces = commas
    return pieces
