"""A record view's field labels without the type icon glued before each.

A database app's expanded record (a spreadsheet-like base, a CRM) shows each field as a label
over its value, the label led by an icon of the field's type: "#" a number, "¶" long text,
"☰" a multiple choice, "▾" a single one, "▦" a date. The icon is its own element with no space
after it, so a converter writes "#Process Knowledge", "¶Bio", "☰Key Themes"; a group of fields
has a header with a chevron, its title and a count of its fields run together ("▾Dimension
Profile10 fields"). Read as written, the labels are no titles and the dimensions are named
"#Process Knowledge".

Such a view is told by its labels: four lines at least of a few words, each an icon glued to a
capitalised word (or set apart by one space, as some converters join the two elements), with
two different icons at least (a record has fields of several types; a list of hashtags has one
mark), one of them on two labels at least (a writer's emoji before each heading differs from
heading to heading), and no label a heading the writer marked up. Only then are the icons
cut off (a number field's "#" is left to the dimensions' parser: cut here, such a label reads
as a name where a converter dropped the group's header), and with them:

* a field group's count run together with its title ("Profile10 fields": the letter, then the
  number and one word), or after a space when the word says what a record view counts
  ("Rubric scores 10 fields");
* a text field's icon drawn as a capital letter ("AGuest", "AHeadline"): only where what follows
  the letter is a label the parser knows (a name's, a headline's, a company's, a section's).
"""

from __future__ import annotations

import unicodedata

from extractor.base.patterns import compiled
from extractor.base.textnorm import fold_key
from extractor.parsing.sections import is_section_title
from extractor.parsing.sections.preamble import COMPANY_LABELS, HEADLINE_LABELS, NAME_LABELS
from extractor.read.blocks import HEADING, PARAGRAPH, Block

_LABEL_KINDS = (PARAGRAPH, HEADING)
_LABELS_MIN = 4
_ICONS_MIN = 2  # different icons among the labels
_LABEL_MAX_WORDS = 6
_LABEL_MAX_CHARS = 48
_LABEL_MIN_CHARS = 2  # an icon and a letter
_ASCII_ICONS = frozenset("#")
# A number field's "#" stays: the label is a dimension's, whose parser cuts it off; cut here,
# the label reads as a name where a converter dropped the group's header above the scores.
_KEPT = frozenset({"#", "# "})
_ICON_CATEGORIES = frozenset({"So", "Sm"})
_PILCROWS = frozenset("¶§")
# A field group's header: its title, a count glued to its last letter, the count's word.
_COUNTED = compiled(r"(?P<title>.*[^\W\d_])\d{1,4} [^\W\d_]+")
_SPACED_COUNT = compiled(
    r"(?P<title>.*[^\W\d_]) \d{1,4} (?:fields?|items?|records?|entries|entry|rows?|cards?)"
)
_LETTER_ICON = compiled(r"[A-Z] ?(?=[A-Z][a-z])")
_KNOWN_LABELS = NAME_LABELS | HEADLINE_LABELS | COMPANY_LABELS


def without_field_icons(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a record view's field icons cut off their labels (see the module);
    the blocks themselves when the page has no such view."""
    icons = [_glued_icon(b) for b in blocks]  # the cheap test of every block first
    found = [icon for icon in icons if icon]
    if len(found) < _LABELS_MIN or not _several_types(found):
        return blocks
    return [
        _lettered(b)
        if not icon
        else b
        if icon in _KEPT
        else b._replace(text=_label(b.text[len(icon) :]))
        for b, icon in zip(blocks, icons, strict=True)
    ]


def field_icons_cut(blocks: list[Block]) -> tuple[list[Block], frozenset[tuple[int, str]]]:
    """:func:`without_field_icons`, and the labels it cut an icon off, by their source line and
    text: a caller that finds one read as content can say so."""
    after = without_field_icons(blocks)
    if after is blocks:
        return blocks, frozenset()
    labels = frozenset(
        (new.start, new.text) for old, new in zip(blocks, after, strict=True) if new is not old
    )
    return after, labels


def _glued_icon(block: Block) -> str:
    """The icon glued before a label's capital letter ("#", "▾", an emoji), or ""."""
    text = block.text
    if (
        len(text) < _LABEL_MIN_CHARS
        or text[0].isalnum()
        or block.kind not in _LABEL_KINDS
        or block.level  # a heading the writer marked up ("## 📖 Bio"): a field's label is none
        or len(text) > _LABEL_MAX_CHARS
    ):
        return ""
    glyph = text[0]
    if not (glyph in _ASCII_ICONS or glyph in _PILCROWS or _is_symbol(glyph)):
        return ""
    at = 2 if len(text) > 2 and text[1] == "\ufe0f" else 1  # an emoji's variation selector
    if text[at : at + 1] == " ":
        at += 1  # a converter that joins the two elements with a space ("# Process Knowledge")
    if not text[at : at + 1].isupper() or len(text.split()) > _LABEL_MAX_WORDS + 1:
        return ""
    return text[:at]


def _several_types(icons: list[str]) -> bool:
    """Icons of a record's field types: two kinds at least (a list of hashtags has one mark),
    one of them on two labels at least (a record has several fields of a type; a writer's
    emoji before each heading or chip, "📖 Bio", "🚀 Growth", is a different one each)."""
    kinds = set(icons)
    return len(kinds) >= _ICONS_MIN and len(kinds) < len(icons)


def _is_symbol(glyph: str) -> bool:
    return not glyph.isascii() and unicodedata.category(glyph) in _ICON_CATEGORIES


def _label(text: str) -> str:
    """A label without a field group's count run together with it, or set after it with a
    space ("Rubric scores 10 fields": only a count of what a record view counts)."""
    counted = _COUNTED.fullmatch(text)
    if counted is not None:
        return counted["title"]
    spaced = _SPACED_COUNT.fullmatch(text)
    return spaced["title"] if spaced is not None else text


def _lettered(block: Block) -> Block:
    """A label led by a text field's letter icon ("AHeadline"), without it: only a label the
    parser knows after the letter."""
    text = block.text
    if (
        block.kind not in _LABEL_KINDS
        or len(text) > _LABEL_MAX_CHARS
        or _LETTER_ICON.match(text) is None
    ):
        return block
    rest = text[1:].lstrip()
    if fold_key(rest) in _KNOWN_LABELS or is_section_title(rest):
        return block._replace(text=rest)
    return block
