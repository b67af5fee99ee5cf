"""Numbered link references that text browsers add: ``[1]Take the Assessment`` ... ``References``.

``lynx -dump`` marks each link with ``[n]`` in the text and lists the targets under a final
"References" heading. The list is the browser's, not the page's: it is dropped. The markers are
link boundaries, which is worth keeping: a paragraph made only of links is a row of chips or a
menu, so the markers become :data:`LINK_START` and :func:`split_link_runs` turns such a
paragraph into one item per link (one group, as the HTML reader gives a chip list). Nothing is
touched unless the page really ends in such a list, so a bracketed number in ordinary text stays.
"""

from __future__ import annotations

import itertools
import re

from extractor.base.patterns import compiled
from extractor.read.blocks import Block, Kind

LINK_START = "\ue000"  # private use: never in a page's text, removed before anything sees it
_MARKER = compiled(r"\[(\d{1,4})\]")
_ENTRY = compiled(r"^(\d{1,4})\.\s+(?:[a-z][a-z0-9+.-]*:\S*|/\S*)$", re.IGNORECASE)
_HEADINGS = frozenset({"references", "links", "visible links", "hidden links"})
_GROUPS = itertools.count(1_000_000)  # apart from the HTML reader's group numbers


def strip_link_texts(texts: list[str]) -> list[str]:
    """The lines' texts (line ``i`` is number ``i + 1``) with ``[n]`` markers made
    :data:`LINK_START` and the reference list removed; ``texts`` itself when there is none."""
    start = _reference_list_start(texts)
    if start is None:
        return texts
    return [
        " ".join(_MARKER.sub(f" {LINK_START}", text).split()) if "[" in text else text
        for text in texts[:start]
    ]


def split_link_runs(blocks: list[Block]) -> list[Block]:
    """A paragraph of two or more links and nothing else → one grouped item per link."""
    out: list[Block] = []
    group = 0
    for block in _join_soft_wrapped_links(blocks):
        if LINK_START not in block.text:
            out.append(block)
            continue
        parts = [" ".join(p.split()) for p in block.text.split(LINK_START)]
        if block.kind is Kind.PARAGRAPH and not parts[0] and len(parts) > 2 and all(parts[1:]):
            group = group or next(_GROUPS)
            out.extend(
                Block(Kind.ITEM, part, block.start, block.end, group=group, wraps=False)
                for part in parts[1:]
            )
            continue
        out.append(block._replace(text=" ".join(" ".join(parts).split())))
    return out


def _join_soft_wrapped_links(blocks: list[Block]) -> list[Block]:
    """A paragraph holding links, with its soft-wrapped lines joined (a link row wraps too)."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if (
            last is not None
            and LINK_START in last.text
            and last.kind is Kind.PARAGRAPH
            and block.kind is Kind.PARAGRAPH
            and block.wraps
            and block.start == last.end + 1
        ):
            out[-1] = last._replace(text=f"{last.text} {block.text}", end=block.end)
        else:
            out.append(block)
    return out


def _reference_list_start(texts: list[str]) -> int | None:
    """Index of the "References" heading that only numbered URLs (and blanks) follow."""
    entries = 0
    for index in range(len(texts) - 1, -1, -1):
        text = texts[index]
        if not text:
            continue
        if _ENTRY.match(text):
            entries += 1
            continue
        if text.casefold() in _HEADINGS and entries:
            return index
        return None
    return None
