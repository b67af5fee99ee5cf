"""Line-level structure shared by the text and Markdown readers.

Both readers see the same shapes people and browsers produce: bullets, quoted lines,
attribution dashes, headings isolated by blank lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from extractor.base.memo import per_line
from extractor.base.patterns import compiled
from extractor.base.textnorm import INVISIBLE, clean
from extractor.read.blocks import (  # Kind's members as names (see read.blocks)
    ATTRIBUTION as _ATTRIBUTION,
    ITEM as _ITEM,
    PARAGRAPH as _PARAGRAPH,
    QUOTE as _QUOTE,
    Block,
    new_block,
)

# (w3m marks the items of a list nested in a list "○", "□", "■", "☆".)
BULLET = compiled(r"^(?P<marker>[•●▪◦‣∙·○□■☆*+\-]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
# An attribution starts with a dash that is not a bullet: em/en/horizontal bar, or "--" and
# "---" (how Markdown with smart punctuation, pandoc's for one, writes an en or em dash), or a
# tilde and a space ("~ On shipping"), as some editors sign a quotation.
ATTRIBUTION = compiled(r"^(?P<marker>—|–|―|---|--|~(?=\s))\s*(?P<text>\S.*)$")
OPEN_QUOTE = '"“„«‘'
CLOSE_QUOTE = '"”»’“'
# The walls a drawn table's cells stand between, as text renderers draw them (box drawing,
# heavy, ASCII): one set for every reader and parser that meets such a table.
WALLS = frozenset("│┃|")
WALL = compiled(r"[│┃|]")
_SENTENCE_END = tuple(".!?:;,。！？；：，")  # with the full-width stops of CJK text
_DIGIT = compiled(r"\d")
_HEADING_MAX_WORDS = 8


class Line:  # noqa: PLW1641 - mutable: unhashable, as the dataclass it was
    """One source line: its number (1-based), its cleaned text and its indent. A plain class,
    not a dataclass (see :mod:`extractor.base.values`; a module mypyc compiles spells its
    methods out)."""

    __slots__ = ("indent", "number", "text")

    def __init__(self, number: int, text: str, indent: int) -> None:
        self.number = number
        self.text = text
        self.indent = indent

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and (self.number, self.text, self.indent) == (
            other.number,
            other.text,
            other.indent,
        )

    def __repr__(self) -> str:
        return f"Line(number={self.number!r}, text={self.text!r}, indent={self.indent!r})"


def split_lines(text: str) -> list[Line]:
    """Split on CR, LF or CRLF only, so line numbers match what an editor shows.

    Each line's text is ``clean``: its NFC step is done once for the whole text (a line break
    neither composes nor reorders with anything, so the lines of the normalised text are the
    normalised lines), and the rest per line. The lines of :func:`split_texts`, as objects.
    """
    texts, indents = split_texts(text)
    return [
        Line(number, line, indent)
        for number, (line, indent) in enumerate(zip(texts, indents, strict=True), 1)
    ]


def split_texts(text: str) -> tuple[list[str], list[int]]:
    """:func:`split_lines` as two parallel lists, each line's text and its indent (line ``i``
    is number ``i + 1``): the text reader reads them by position, with no object per line."""
    plain = text.isascii()
    if not plain:
        text = unicodedata.normalize("NFC", text)
        plain = not any(mark in text for mark in INVISIBLE)  # nothing invisible to remove
    if "\r" in text:  # (a one-character test: a search for "\r\n" costs a scan of its own)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    raws = text.split("\n")
    if not plain:
        texts = [clean(raw) for raw in raws]
    elif _ODD_SPACE.search(text) is None:
        # Only spaces (and line breaks): a line with no space at an end and none doubled is
        # folded already, as most are; the others are folded as below.
        texts = [
            " ".join(raw.split()) if raw[:1] == " " or raw[-1:] == " " or "  " in raw else raw
            for raw in raws
        ]
    else:
        texts = [" ".join(raw.split()) for raw in raws]
    # Most lines start with their text: only those that do not have an indent to measure (a
    # test of each line's first character costs less than searching the text for "\n ").
    indents = [_indent(raw) if raw[:1] in _INDENTING else 0 for raw in raws]
    return texts, indents


# White space other than a space or a line break, which ``str.split`` splits on too: a tab,
# NBSP, a thin space, a line separator... (every character ``str.isspace`` holds but those
# two: tests/test_fast_paths.py checks; listed, the class is searched twice as fast as [^\S \n]).
_ODD_SPACE = compiled(
    "[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _indent(raw: str) -> int:
    expanded = raw.expandtabs(4) if "\t" in raw else raw
    return len(expanded) - len(expanded.lstrip(" \u00a0\ufeff"))


_INDENTING = frozenset(" \t\u00a0\ufeff")  # what an indent may start with


_ATTRIBUTION_FIRST = frozenset("—–―-~")
_BULLET_FIRST = frozenset("•●▪◦‣∙·○□■☆*+-0123456789")


# What a line must start with for :func:`classify` to give anything but a plain paragraph.
SHAPED_FIRST = _ATTRIBUTION_FIRST | _BULLET_FIRST | frozenset(OPEN_QUOTE) | frozenset("[_")


def classify(text: str, number: int, wraps: bool = True) -> Block:
    """A non-blank line as a block, by its shape alone (first character first: it is cheap).

    ``wraps``: whether a block on the next line may continue it (see :class:`Block`)."""
    first = text[0]
    match = ATTRIBUTION.match(text) if first in _ATTRIBUTION_FIRST else None
    if match:
        marker = match["marker"]
        return new_block((_ATTRIBUTION, match["text"], number, number, marker, 0, 0, None, wraps))
    match = BULLET.match(text) if first in _BULLET_FIRST else None
    if match:
        return new_block((_ITEM, match["text"], number, number, match["marker"], 0, 0, None, wraps))
    if first in OPEN_QUOTE:
        return new_block((_QUOTE, text, number, number, "", 0, 0, None, wraps))
    if first in _SUBSCRIPT_FIRST:
        match = _dashed_subscript(text)
        if match is not None:
            marker = match["marker"]
            return new_block(
                (_ATTRIBUTION, match["text"], number, number, marker, 0, 0, None, wraps)
            )
    return new_block((_PARAGRAPH, text, number, number, "", 0, 0, None, wraps))


_SUBSCRIPT_FIRST = frozenset("[_")
# A subscript as text converters write one: elinks "[…]", pandoc's plain text "_(…)", links
# "_…" (the mark before it only). The last is an italic's opening mark too (html2text writes
# ``<em>`` as "_…_"): its closing mark is no part of the caption.
_SUBSCRIPT = compiled(
    r"^(?:\[(?P<bracketed>.+)\]|_\((?P<parenthesised>.+)\)|_(?P<marked>[—–―]\s?[^_\s].*?)_?)$"
)


def _dashed_subscript(text: str) -> re.Match[str] | None:
    """The attribution in a dashed line set as a subscript (``<sub>— On hiring</sub>``: a
    quote's caption set small, as an issue's comment sets it), or None."""
    script = _SUBSCRIPT.match(text)
    if script is None:
        return None
    inner = script["bracketed"] or script["parenthesised"] or script["marked"] or ""
    match = ATTRIBUTION.match(inner)
    return match if match is not None and match["marker"] != "~" else None


_RULE = compiled(r"^(?:[-=_*~─━═]\s*){3,}$")


RULE_FIRST = frozenset("-=_*~─━═")  # what a rule line starts with


def is_rule(text: str) -> bool:
    """A line drawn with dashes, equals signs or box rules: a separator or table border."""
    if not text or text[0] not in RULE_FIRST:
        return False  # the pattern's first character: most lines are ruled out here
    return _RULE.match(text) is not None and len(set(text.replace(" ", ""))) == 1


@per_line  # asked of a line by the reader, then again by the locator
def looks_like_heading(text: str) -> bool:
    """Short, unpunctuated, capitalised: how a section title looks in pasted text."""
    if not text or not text[0].isupper() or text.endswith(_SENTENCE_END):
        return False  # the cheap tests first: most lines are sentences
    words = text.split()
    if len(words) > _HEADING_MAX_WORDS or "%" in text or _DIGIT.search(text):
        return False
    uncapitalised = 0  # words that start with a letter that is not a capital
    for word in words:
        first = word[0]
        if not first.isupper() and first.isalpha():
            uncapitalised += 1
    return (len(words) - uncapitalised) * 2 >= len(words)


def quote_is_open(text: str) -> bool:
    """A quoted paragraph that has not reached its closing mark yet (it wraps onto more lines)."""
    return bool(text) and text[0] in OPEN_QUOTE and not _closes(text)


def _closes(text: str) -> bool:
    return closes_quote(text[1:])


def closes_quote(text: str) -> bool:
    """Does this text hold a closing quotation mark (a wrapped quote's last line does)?"""
    return any(mark in text for mark in CLOSE_QUOTE)


def extend(block: Block, text: str, number: int) -> Block:
    """The block with one more source line appended (a wrapped bullet or quote)."""
    return Block(block.kind, f"{block.text} {text}", block.start, number, block.marker, block.level)


_LONE_BULLETS = frozenset("•●▪◦‣∙·○□■☆*+-")
_LONE_DASHES = frozenset({"—", "–", "―", "--", "---"})
LONE_MARKERS = _LONE_BULLETS | _LONE_DASHES  # either: one set to look a line up in


def _listed_glyphs(blocks: list[Block]) -> frozenset[str]:
    """The glyphs that stand alone on their line more than once on the page."""
    seen: set[str] = set()
    again: set[str] = set()
    for block in blocks:
        text = block.text
        if len(text) <= 2 and block.kind is _PARAGRAPH and is_glyph(text):
            (again if text in seen else seen).add(text)
    return frozenset(again)


_GLYPH_ITEMS_MIN = 2  # lines a glyph opens: a list decorates every item alike
# Box drawing and block elements: a text table's borders ("│ 0 │ Resilience │"), not a glyph.
_BOX_DRAWING = ("\u2500", "\u259f")


def glyph_items(blocks: list[Block]) -> list[Block]:
    """Lines that open with the same decorative glyph and a space ("✔ Publish the failures
    first"), two or more on the page: a list's items, as a browser's text copy keeps an icon
    element or a CSS marker before each (the glyph is the item's marker). A glyph met once is
    a line's own; a quotation mark's ornament opens a quotation, not an item."""
    glyphs = [_leading_glyph(b) for b in blocks]
    counts = Counter(g for g in glyphs if g)
    if not counts or max(counts.values()) < _GLYPH_ITEMS_MIN:
        return blocks
    return [
        b._replace(kind=_ITEM, text=b.text[len(g) :].lstrip(), marker=g)
        if g and counts[g] >= _GLYPH_ITEMS_MIN
        else b
        for b, g in zip(blocks, glyphs, strict=True)
    ]


def _leading_glyph(block: Block) -> str:
    """The decorative glyph a paragraph opens with before a space and words, or ""."""
    text = block.text
    if block.kind is not _PARAGRAPH or text[:1].isascii():
        return ""
    head, space, rest = text.partition(" ")
    if not space or not rest.strip() or not is_glyph(head) or is_quote_ornament(head):
        return ""
    return "" if _BOX_DRAWING[0] <= head[0] <= _BOX_DRAWING[1] else head


def is_lone_marker(text: str) -> bool:
    """A bullet or dash alone on its line: it marks the next block, it never continues one."""
    return text in LONE_MARKERS or is_glyph(text)


# Symbols that stand first on a line as a word of its own, not as a list's decoration: the
# legal marks and the degree sign.
_NOT_DECORATION = frozenset("©®™℗℠°")
_EMOJI_STYLE = "\ufe0f"  # VARIATION SELECTOR-16: asks for the emoji form of the glyph before it


def is_glyph(text: str) -> bool:
    """One pictorial symbol (a check mark, an arrow, a star, an emoji), perhaps in its emoji
    form: what a site sets before each item of a list as decoration, in a CSS marker or an
    element of its own (``<span aria-hidden>✓</span>``), whatever glyph its designer chose.

    Judged by Unicode category, not a list of glyphs: any "other symbol" (So), and the
    arrows among the mathematical ones (Sm: "→", "⇒"; not "×" or "=", which are operators and
    close buttons). ASCII is never a glyph here (the readers' bullets cover "*", "+", "-").
    """
    if len(text) > 2:
        return False  # (most lines: longer than a glyph in its emoji form)
    glyph = text.removesuffix(_EMOJI_STYLE)
    if len(glyph) != 1 or glyph.isascii() or glyph in _NOT_DECORATION:
        return False
    category = unicodedata.category(glyph)
    if category == "So":
        return True
    return category == "Sm" and unicodedata.name(glyph, "").find("ARROW") >= 0


def is_quote_ornament(text: str) -> bool:
    """A quotation mark drawn as an ornament ("❝", "❞", "🙶"): by its Unicode name, a symbol
    (not the punctuation marks a quotation is written with) that only ever opens or closes one."""
    return is_glyph(text) and "QUOTATION MARK" in unicodedata.name(text[0], "")


def strip_glyph(text: str) -> str:
    """``text`` without a leading decorative glyph and the space after it (see
    :func:`is_glyph`): "✓ Decide from the bridge" is the principle "Decide from the bridge".
    A glyph not followed by a space is part of a word ("✓done"), and is kept."""
    if text[:1].isascii():
        return text  # an ASCII first character is never a glyph: no partition to copy
    head, space, rest = text.partition(" ")
    if space and rest.strip() and is_glyph(head):
        return rest.lstrip()
    return text


def attach_lone_markers(blocks: list[Block]) -> list[Block]:
    """A bullet or dash alone on its line marks the block after it.

    Browsers copy CSS list markers onto a line of their own ("•" then the text), and sites
    put them in a separate element; either way the marker belongs to the next block. So does
    a decorative glyph (:func:`is_glyph`) alone on its line, when the page repeats it: a list
    decorates every item alike ("→" over each principle), while a glyph met once is a page's
    or a heading's icon (a Notion page's "🧭" over its title), not a list's marker. A quotation
    mark ornament alone on its line ("❝" over a testimonial card's text) opens the quotation
    under it, met once or more: the block is a quote, set without marks of its own.
    """
    out: list[Block] = []
    marker: Block | None = None
    listed = _listed_glyphs(blocks)
    for block in blocks:
        if marker is not None:
            kind = _ATTRIBUTION if marker.text in _LONE_DASHES else _ITEM
            if is_quote_ornament(marker.text):
                kind = _QUOTE
            out.append(
                Block(kind, block.text, marker.start, block.end, marker.text, group=block.group)
            )
            marker = None
            continue
        if block.kind is _PARAGRAPH and (
            block.text in LONE_MARKERS or block.text in listed or is_quote_ornament(block.text)
        ):
            marker = block
            continue
        out.append(block)
    if marker is not None:
        out.append(marker)
    return out
