"""A printed document's page furniture: what a PDF converted to HTML (and any text copied from
it) sets at every page break, in the middle of whatever section runs across it.

Each page ends with its number and the next one opens with the running head (the same line at
the top of every page: "Journal — Guest profile: Name"); a converter that keeps the page's
scan writes the image's label ("background image") between them. Read in page order they
land among a theme list's chips or a principles list's items, as silent extra entries. What
proves a page break: a running head, a line of a few words that stands twice or more, each
time after the first right under a bare page number that counts the pages (1, 2, ...), with
at most the page image's label between. Only then are the lines set aside.
"""

from __future__ import annotations

from extractor.read.blocks import Block, Kind

# The label a converter writes for a page's scanned image (pdftohtml's ``alt``), as a text
# browser shows it ("[background image]" in pandoc's plain text).
_PAGE_IMAGE = frozenset(("background image", "[background image]"))
_HEAD_MIN_WORDS = 3
_HEAD_MAX_CHARS = 120
_NUMBER_MAX_CHARS = 4


def _head_shaped(block: Block) -> bool:
    """A line that may be a running head: a few words on one line, no list item."""
    text = block.text
    return (
        block.kind in (Kind.PARAGRAPH, Kind.HEADING)
        and not block.marker
        and len(text) <= _HEAD_MAX_CHARS
        and len(text.split()) >= _HEAD_MIN_WORDS
    )


def _page_number(block: Block) -> int | None:
    text = block.text.strip()
    if len(text) > _NUMBER_MAX_CHARS or not text.isdigit():
        return None
    return int(text)


def _break_above(blocks: list[Block], index: int) -> list[int] | None:
    """The page break's lines right above the running head at ``index`` (the page's number,
    the page image's label), or None when no page number stands there. The number is
    returned first."""
    found: list[int] = []
    at = index - 1
    if at >= 0 and blocks[at].text.strip() in _PAGE_IMAGE:
        found.append(at)
        at -= 1
    if at < 0 or _page_number(blocks[at]) is None:
        return None
    return [at, *found]


def page_furniture(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """``blocks`` without a printed document's page furniture (see the module's docstring),
    and that furniture (empty when no page break is proven)."""
    if not any(b.text.strip() in _PAGE_IMAGE or b.text.isdigit() for b in blocks):
        return blocks, []  # (most pages: no bare number, no page image)
    seen: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        if _head_shaped(block):
            seen.setdefault(block.text, []).append(index)
    drop: set[int] = set()
    for places in seen.values():
        if len(places) < 2:
            continue
        breaks = [_break_above(blocks, at) for at in places[1:]]
        if any(found is None for found in breaks):
            continue
        numbers = [_page_number(blocks[found[0]]) for found in breaks if found]
        if numbers != list(range(1, len(numbers) + 1)):
            continue  # page numbers count the pages from the first
        drop.update(places)
        for found in breaks:
            drop.update(found or ())
        drop.update(_page_images(blocks, places[0]))
    if not drop:
        return blocks, []
    return (
        [b for i, b in enumerate(blocks) if i not in drop],
        [b for i, b in enumerate(blocks) if i in drop],
    )


def _page_images(blocks: list[Block], head: int) -> list[int]:
    """The first page's image label, right above its running head."""
    return [head - 1] if head > 0 and blocks[head - 1].text.strip() in _PAGE_IMAGE else []
