"""Leadership Principles: one principle per bullet (or per line when bullets were lost)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.base.patterns import compiled
from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section
from extractor.read.blocks import Block, Kind
from extractor.read.lines import BULLET, strip_glyph

# A list number alone in its block: "1.", "2)", "01". Sites set a numbered list's numbers in an
# element of their own (a table cell, a "01" div beside the text), and converters keep it on
# a line of its own; it numbers the next block, it is no principle.
_LONE_ORDINAL = compiled(r"\d{1,3}[.)]?")


def parse_principles(section: Section, draft: Draft) -> None:
    entries: list[tuple[str, list[Block]]] = []
    marker: Block | None = None
    for block in section.body:
        if marker is not None:
            entries.append((strip_glyph(block.text), [marker, block]))
            marker = None
        elif is_lone_mark(block):
            marker = block
        else:
            for text in _joined_items(block.text):
                entries.append((strip_glyph(_without_mark(text)), [block]))
    if marker is not None:  # a number with nothing after it: kept, and its length is flagged
        entries.append((marker.text, [marker]))
    entries = _without_checkboxes(entries)
    if _lead_sentence(entries):
        text, blocks = entries.pop(0)
        draft.flag(
            "section-line-doubtful",
            f"first line of the principles, {text!r}, is a sentence over entries that are not: "
            "the section's lead (a note over the list), left out",
            blocks[-1],
            "principles",
        )
    numbered = _numbered_run(entries)
    listed = numbered or _ordered_run(entries)
    for text, blocks in _unnumbered(entries[:numbered]) if numbered else entries[: listed or None]:
        draft.append("principles", text, blocks)
    if listed and listed < len(entries):
        rest = entries[listed:]
        draft.flag(
            "section-line-doubtful",
            f"{len(rest)} line(s) after the principles numbered 1 to {listed} carry no "
            f"number: the site's lines under the list, left out: {rest[0][0]!r}",
            rest[0][1][-1],
            "principles",
        )
        return
    _doubt_sentence_after_entries(section.body, draft)


# A list's number the site set before each entry's words in the same line, with only spaces
# between ("01  Let the old vines...": an email's ``<strong>01</strong>&nbsp;&nbsp;text``), or
# with its stop, and no space when the number stood in a box of its own that a text converter
# runs into the words ("1.Start with...": a slide's numbered bullet, positioned apart), or a
# space as a converter that keeps the boxes as paragraphs writes it ("1. Start with...").
_NUMBER_THEN_WORDS = compiled(
    r"(?P<number>\d{1,3})(?:[.)]?\s+|[.)](?=[^\W\d_]))(?P<text>\S.*)", flags=re.DOTALL
)
_NUMBERED_MIN = 2  # one entry that starts with a number is no numbering


def _lead_sentence(entries: list[tuple[str, list[Block]]]) -> bool:
    """The section opens with a sentence set as a paragraph ("Principles as the guest stated
    them, in their order.", a hint box's words over its list), and two entries or more follow,
    none of them a sentence: a list's entries are written alike, so the first is the site's
    lead over the list, not a principle."""
    if len(entries) <= _UNSTOPPED_ABOVE:
        return False
    text, blocks = entries[0]
    if not text.endswith((".", ":")) or blocks[-1].marker or len(text.split()) < _LEAD_MIN_WORDS:
        return False
    return not any(later.rstrip().endswith((".", ":", "!", "?")) for later, _ in entries[1:])


_LEAD_MIN_WORDS = 4  # "Be kind." is a principle's shape; a lead says what the list is


def _numbered_run(entries: list[tuple[str, list[Block]]]) -> int:
    """How many entries, from the first, open with a list number that counts up from one
    ("01 ...", "02 ...", "03 ..."), when two or more do and no entry after them opens with a
    figure; 0 otherwise. A principle that opens with a figure of its own ("3 tries, then ask")
    starts no such run."""
    if len(entries) < _NUMBERED_MIN or not entries[0][0][:1].isdigit():
        return 0
    count = 0
    for text, _ in entries:
        match = _NUMBER_THEN_WORDS.fullmatch(text)
        if match is None or int(match["number"]) != count + 1:
            break
        count += 1
    if count < _NUMBERED_MIN or any(text[:1].isdigit() for text, _ in entries[count:]):
        return 0
    return count


_ORDINAL_MARK = compiled(r"\d{1,3}[.)]")


def _ordered_run(entries: list[tuple[str, list[Block]]]) -> int:
    """How many entries, from the first, are items of a numbered list (their number in the
    list's marks, or a number alone on the line above), when two or more are and no entry
    after them is: the lines after them are the next part of the page (a bullet list of talks,
    a footer's line) read on, not principles. 0 otherwise."""
    count = 0
    for _, blocks in entries:
        if not _ordinal_item(blocks):
            break
        count += 1
    if count < _NUMBERED_MIN or any(_ordinal_item(blocks) for _, blocks in entries[count:]):
        return 0
    return count


def _ordinal_item(blocks: list[Block]) -> bool:
    first = blocks[0]
    if len(blocks) > 1:
        return is_lone_ordinal(first)
    return first.kind is Kind.ITEM and _ORDINAL_MARK.fullmatch(first.marker) is not None


def _unnumbered(entries: list[tuple[str, list[Block]]]) -> list[tuple[str, list[Block]]]:
    """The entries without their list numbers (see :func:`_numbered_run`)."""
    return [
        (str(match["text"]), blocks)
        for text, blocks in entries
        if (match := _NUMBER_THEN_WORDS.fullmatch(text)) is not None
    ]


# Entries without a full stop above a line with one: two, so that one entry is no pattern.
_UNSTOPPED_ABOVE = 2


def _doubt_sentence_after_entries(body: Sequence[Block], draft: Draft) -> None:
    """A line that ends in a full stop under unmarked entries that do not ("Grow the colour
    first", then "This interview has been edited for length."): a list's entries are written
    alike, so it may be the site's note under the list, read on because no bullet marks where
    the list ends. Flagged at that line, kept."""
    unstopped = 0
    for block in body:
        if block.marker:
            return  # a marked list: its marks say where it ends
        if is_lone_mark(block):
            continue  # a list's number on its own line ("3."): no entry
        text = block.text.rstrip()
        if not text.endswith("."):
            unstopped += 1
        elif unstopped >= _UNSTOPPED_ABOVE:
            draft.flag(
                "section-line-doubtful",
                f"principle {text!r} ends in a full stop where the {unstopped} above do not: "
                "it may be the site's line under the list, not a principle",
                block,
                "principles",
            )
            return
        else:
            return  # the entries are sentences: a full stop says nothing


def _joined_items(text: str) -> list[str]:
    """The items of a bulleted list a converter wrote on one line ("· Ship it · Ask why": a
    table cell's ``<br>`` between items lost): the line opens with a bullet mark that is no
    ASCII (a dash or a star may be a hyphen or a footnote) and the same mark stands again
    between words. Any other line is one item."""
    match = BULLET.match(text)
    if match is None:
        return [text]
    mark, items = match["marker"], match["text"]
    if len(mark) != 1 or mark.isascii() or f" {mark} " not in items:
        return [text]
    return [item.strip() for item in items.split(f" {mark} ") if item.strip()]


def _without_mark(text: str) -> str:
    """An item without the bullet mark a converter kept as text before it ("· Ship it": a
    word processor's list, its bullet a character of a symbol font): a mark that is no ASCII
    (a dash or a star may be a hyphen or a footnote), then a space."""
    match = BULLET.match(text) if text[:1] and not text[:1].isascii() else None
    if match is None or len(match["marker"]) != 1:
        return text
    return str(match["text"])


# A task list's checkbox as a text converter draws it before each item: "[ ]" unchecked, and
# "[x]", "[X]" or "[*]" checked (elinks and links, lynx, w3m), as GitHub-flavoured Markdown
# writes it ("- [x] item").
_CHECKBOX = compiled(r"\[[ xX*]\]\s+(?P<text>\S.*)", flags=re.DOTALL)


def _without_checkboxes(
    entries: list[tuple[str, list[Block]]],
) -> list[tuple[str, list[Block]]]:
    """The entries without the checkbox a task list draws before each item ("[ ] Ship it",
    "[X] Ship it": a principles list written as a checklist, GitHub's task list), when every
    entry opens with one: a box before some entries only may be the principle's own words."""
    if not entries or any(text[:1] != "[" for text, _ in entries):
        return entries  # the cheap test first: most entries open with a letter
    stripped = [(_CHECKBOX.fullmatch(text), blocks) for text, blocks in entries]
    if any(match is None for match, _ in stripped):
        return entries
    return [(str(match["text"]), blocks) for match, blocks in stripped if match is not None]


def is_lone_ordinal(block: Block) -> bool:
    """A list number alone in its block ("1.", "2)", "01"): the next block's marker."""
    return len(block.text) <= 4 and _LONE_ORDINAL.fullmatch(block.text) is not None


_MARK_MAX_CHARS = 2


def is_lone_mark(block: Block) -> bool:
    """A list's mark alone in its block: a list number, or a symbol of a character or two
    ("→", "✓", "•") that a site set in an element of its own beside each entry."""
    text = block.text
    return is_lone_ordinal(block) or (
        0 < len(text) <= _MARK_MAX_CHARS and not any(c.isalnum() or c.isspace() for c in text)
    )
