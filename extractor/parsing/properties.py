"""Properties above the profile that are sections of it: "Tags | referral loops, pricing".

A database page (a Notion export) sets some of the profile as properties under the title, a
label and its value in one table row, instead of as a section under a heading. The readers give
such a row as a label block and the value's blocks on the label's source line (the HTML
reader's cells; a converter's table row or tab where the cell break survives, see
:mod:`extractor.read.properties`). A row whose label is a section's title, or names the page's
tags, is that section: it leaves the preamble (where it would be site chrome between headline
and bio) and is parsed as the section it names, unless the page has that section already.
"""

from __future__ import annotations

from extractor.base.textnorm import fold_key
from extractor.parsing.draft import Draft
from extractor.parsing.sections import Section, SectionParser, parser_for, parser_named
from extractor.parsing.sections.preamble import is_headline_text
from extractor.parsing.shapes import ends_sentence
from extractor.read.blocks import Block, Kind
from extractor.read.properties import is_label

# The label a database gives its multi-select of topics (Notion's default for one): the
# profile's themes. Read so, and said so: the page does not call them themes.
_TAGS = ("tags",)


def property_sections(
    preamble: list[Block], taken: set[str], draft: Draft
) -> list[tuple[Section, SectionParser]]:
    """Take the property rows of ``preamble`` that are sections (``taken``: the sections the
    page has under headings, never read twice) out of it, as sections to parse."""
    found: list[tuple[Section, SectionParser]] = []
    index = 0
    while index < len(preamble) - 1:
        label = preamble[index]
        parser = _section_named(label, preamble[index + 1], taken)
        if parser is None:
            index += 1
            continue
        end = _value_end(preamble, index + 1)
        value = preamble[index + 1 : end]
        del preamble[index:end]
        taken.add(parser.name)
        found.append((Section(label.text, label, value), parser))
        if fold_key(label.text) in _TAGS:
            draft.flag(
                "themes-from-tags",
                f"no Key Themes section; the page's {label.text!r} property (line "
                f"{label.start}) read as the themes",
                label,
                "themes",
            )
    return found


def _section_named(label: Block, value: Block, taken: set[str]) -> SectionParser | None:
    """The section a property row names: a label block with its value on the same line."""
    if (
        label.kind is not Kind.PARAGRAPH
        or value.kind is not Kind.PARAGRAPH
        or value.start != label.start
        or not is_label(label.text)
    ):
        return None
    key = fold_key(label.text)
    parser = parser_named("themes") if key in _TAGS else parser_for(label)
    if parser is None or parser.name in taken:
        return None
    return parser


def _value_end(blocks: list[Block], first: int) -> int:
    """Where the value that starts at ``first`` ends: one block, or a run of one group (the
    chips of one cell)."""
    group = blocks[first].group
    end = first + 1
    while group and end < len(blocks) and blocks[end].group == group:
        end += 1
    return end


_ROWS_MIN = 2


def split_joined_rows(preamble: list[Block], draft: Draft) -> None:
    """A properties table under the name whose cell breaks a text browser closed up ("Role SVP
    Engineering at Kora" over "Tags settlement fraud"): each row apart at its first word, a
    guess, flagged.

    w3m and lynx set a table's columns with spaces, one where the labels are of one length;
    the reader cannot tell that space from a word's. The shape that gives the table away: two
    or more lines right under the name, on consecutive lines, each a capitalised word of one
    length (a label column: letters only, not an acronym) and a value that is no sentence, the
    first value a headline that starts with a capital. (A headline over a byline, "Chief
    Design Officer at Hoshi" over "Eda Kaya", has first words of two lengths.)
    ``preamble[0]`` is the name.
    """
    rows: list[tuple[str, str]] = []
    for block in preamble[1:]:
        label, _, value = block.text.partition(" ")
        if (
            block.kind is not Kind.PARAGRAPH
            or (rows and block.start != preamble[len(rows)].end + 1)
            or not value
            or not is_label(label)
            or ends_sentence(value)
        ):
            break
        rows.append((label, value))
    if len(rows) < _ROWS_MIN or preamble[2].start == preamble[1].start:
        return
    if len({len(label) for label, _ in rows}) > 1:
        return  # labels of other lengths: the browser padded them with spaces the reader closed
    headline = rows[0][1]
    if not headline[:1].isupper() or len(headline.split()) < 2 or not is_headline_text(headline):
        return
    split: list[Block] = []
    for block, (label, value) in zip(preamble[1:], rows, strict=False):
        split += [block._replace(text=label), block._replace(text=value)]
    first, last = preamble[1], preamble[len(rows)]
    preamble[1 : len(rows) + 1] = split
    labels = ", ".join(repr(label) for label, _ in rows)
    draft.flag(
        "properties-guessed",
        f"lines {first.start}-{last.end} under the name read as a properties table whose cell "
        f"breaks the converter closed up: each line's first word taken for its label ({labels})",
        first,
        "headline",
    )
