"""A site's box of labels, each with a count in parentheses: a blog's sidebar "Categories"
("Leadership (12)", "Product (7)"), its archive by month ("March 2025 (4)"), its labels.

The box stands anywhere a sidebar's text lands in a converter's output: between two of the
profile's sections, or right under a list section's last entry, where it reads as more entries.
Every line of it is a label and a number in parentheses, which no entry of a profile's list
is (a principle, a theme, a quote has no count). But a dimension's label and its score are set
so too ("Roast Craft (93)"): what tells the box apart is its title, a blog platform's word for
such a box, or a themes title (themes are never counted).

* Under such a title, the box is the site's: set aside before the profile is located. But a
  themes title that is the page's only one is the profile's own themes section, its chips
  counted as a tag cloud counts them ("Platform teams (4)"): kept. A sidebar's themes-titled
  box is a second such title on the page.
* Under no title, or another one, at the end of a section that is no dimensions' (two counted
  lines at least, the section's own entries above them not counted): set aside as the site's,
  with a warning, since the lines may be the profile's. Unless they go on the list's own
  markup with no title over them (its bullet, its numbers, its element): entries that happen to
  end in a count ("Review incidents twice (2)"), kept, with a warning.
"""

from __future__ import annotations

from extractor.base.patterns import compiled
from extractor.base.textnorm import fold_key
from extractor.parsing.chrome import note_chrome
from extractor.parsing.draft import Draft
from extractor.parsing.sections import parser_for
from extractor.parsing.sections.base import Section
from extractor.read.blocks import Block, Kind

# A label, then a count in parentheses: "Leadership (12)", "March 2025 (4)".
_COUNTED = compiled(r"^\S(?:.{0,58}\S)?\s?\(\d{1,6}\)$")
_COUNTED_MIN = 2  # lines: one alone is any line with a number
# The titles blog platforms give such boxes (WordPress's widgets, Blogger's gadgets); the
# themes' titles count too (a profile's themes are never counted), asked of the registry.
_BOX_TITLES = frozenset(
    fold_key(title)
    for title in (
        "Categories",
        "Category",
        "Archives",
        "Archive",
        "Blog Archive",
        "Labels",
        "Tags",
        "Tag Cloud",
        "Topics",
    )
)
_TITLE_MAX_WORDS = 4
COUNTED_BOX = "(a site's box of labels with counts)"
_LIST_SECTIONS_NOT_SCORED = frozenset({"principles", "themes", "quotes", "bio", "summary"})


def counted(block: Block) -> bool:
    """A label with a count in parentheses after it."""
    return block.text.endswith(")") and _COUNTED.match(block.text) is not None


def box_at(blocks: list[Block], index: int) -> int:
    """How many blocks from ``blocks[index]`` make a counted box under a box's title (see the
    module), or 0."""
    title = blocks[index]
    if (
        title.kind not in (Kind.HEADING, Kind.PARAGRAPH)
        or len(title.text.split()) > _TITLE_MAX_WORDS
        or not _box_word(title)
    ):
        return 0
    run = _counted_run(blocks, index + 1)
    if run < _COUNTED_MIN or _only_themes_title(blocks, index):
        return 0
    return 1 + run


def _box_word(title: Block) -> bool:
    """A blog platform's title for a box of counted labels, or a themes title."""
    return fold_key(title.text.strip().rstrip(":")) in _BOX_TITLES or _themes_title(title)


def _themes_title(block: Block) -> bool:
    parser = parser_for(block._replace(kind=Kind.HEADING))
    return parser is not None and parser.name == "themes"


def _only_themes_title(blocks: list[Block], index: int) -> bool:
    """Is ``blocks[index]`` a themes title and the page's only one (see the module)? Asked
    only of a title over counted lines (few pages), so the page's walk costs nothing else."""
    if not _themes_title(blocks[index]):
        return False
    return not any(
        at != index
        and block.kind in (Kind.HEADING, Kind.PARAGRAPH)
        and len(block.text.split()) <= _TITLE_MAX_WORDS
        and _themes_title(block)
        for at, block in enumerate(blocks)
    )


def _counted_run(blocks: list[Block], start: int) -> int:
    end = start
    while end < len(blocks) and counted(blocks[end]):
        end += 1
    return end - start


def without_box_at_end(section: Section, rule: str, draft: Draft) -> Section:
    """``section`` without a counted box that ends it (with the short line over it, its title),
    set aside with a warning; as it is when it has none (most sections)."""
    body = section.body
    if rule not in _LIST_SECTIONS_NOT_SCORED or len(body) < _COUNTED_MIN or not counted(body[-1]):
        return section
    start = len(body)
    while start > 0 and counted(body[start - 1]):
        start -= 1
    if len(body) - start < _COUNTED_MIN or start == 0:
        return section  # the whole section is counted: its own entries, not a box after them
    lines = body[start:]
    if start > 1 and _box_title(body[start - 1], body[: start - 1]):
        start -= 1
    elif _list_goes_on(body[start - 1], lines):
        draft.flag(
            "section-line-doubtful",
            f"lines {lines[0].start}-{lines[-1].end} of the {rule} ({lines[0].text!r} ...) end in "
            "counts, as a site's box of labels (categories, an archive) does; they go on the "
            f"list's own markup and were kept as the {rule}",
            lines[0],
            rule,
        )
        return section
    box = body[start:]
    note_chrome(box, COUNTED_BOX, draft)
    draft.flag(
        "section-line-doubtful",
        f"lines {box[0].start}-{box[-1].end} under the {rule} ({box[0].text!r} ...) are labels "
        "with counts, a site's box (categories, an archive), and were set aside; they may "
        f"belong to the {rule}",
        box[0],
        rule,
    )
    return Section(section.title, section.heading, body[:start])


def _list_goes_on(last: Block, lines: list[Block]) -> bool:
    """Do the counted ``lines``, with no title over them, go on the list whose last entry is
    ``last``: items of its markup group, with its bullet, or numbered on from it ("3." after
    "2.")? A box is a list of its own (another element, under a title); a principle that
    happens to end in a count ("Review incidents twice (2)") is one more of the list's."""
    if last.kind is not Kind.ITEM:
        return False
    number = _number(last.marker)
    for line in lines:
        if line.kind is not Kind.ITEM or line.group != last.group:
            return False
        if number is None:
            if line.marker != last.marker:
                return False
            continue
        following = _number(line.marker)
        if following != number + 1:
            return False
        number = following
    return True


def _number(marker: str) -> int | None:
    """The number of a numbered list's marker ("3.", "3)"), or None."""
    digits = marker.rstrip(".)")
    return int(digits) if digits.isdigit() and len(digits) < 5 else None


def _box_title(block: Block, entries: list[Block]) -> bool:
    """Is ``block``, over the counted lines and under the section's ``entries``, the box's
    title? A box's word for it; or a short line with no sentence that is set apart from the
    entries: not a list item under items, or shorter than each of them."""
    text = block.text.strip()
    if _box_word(block):
        return True
    words = len(text.split())
    if not 0 < words <= _TITLE_MAX_WORDS or text.endswith((".", "!", "?")):
        return False
    apart = block.kind is not Kind.ITEM and all(entry.kind is Kind.ITEM for entry in entries)
    return apart or all(len(entry.text.split()) > words for entry in entries)
