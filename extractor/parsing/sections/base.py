"""What a section parser is: a title it answers to and one function over its blocks."""

from __future__ import annotations

from collections.abc import Callable

from extractor.base.values import Value
from extractor.parsing.draft import Draft
from extractor.read.blocks import Block

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Final


class Section(Value):
    """A heading and the blocks up to the next heading. ``heading`` is None for the preamble.
    (This and :class:`SectionParser` are plain classes: see :mod:`extractor.base.values`.)"""

    __slots__ = ("body", "heading", "title")
    title: Final[str]
    heading: Final[Block | None]
    body: Final[list[Block]]

    def __init__(self, title: str, heading: Block | None, body: list[Block]) -> None:
        self.title = title
        self.heading = heading
        self.body = body


SectionParse = Callable[[Section, Draft], None]


class SectionParser(Value):
    """A registered section parser: the titles it answers to (compared by :func:`fold_key`)
    and the function that reads the section into the draft."""

    __slots__ = ("name", "parse", "titles")
    name: Final[str]
    titles: Final[tuple[str, ...]]
    parse: Final[SectionParse]

    def __init__(self, name: str, titles: tuple[str, ...], parse: SectionParse) -> None:
        self.name = name
        self.titles = titles
        self.parse = parse


def paragraphs(blocks: list[Block]) -> str:
    """Blocks as prose: lines that touch join with a space, anything else is a new paragraph."""
    return "\n\n".join(" ".join(b.text for b in part) for part in paragraph_blocks(blocks))


def paragraph_blocks(blocks: list[Block]) -> list[list[Block]]:
    """The blocks of each paragraph :func:`paragraphs` makes of ``blocks``."""
    parts: list[list[Block]] = []
    last_end = -2
    for block in blocks:
        if parts and block.wraps and block.start == last_end + 1 and block.marker == "":
            parts[-1].append(block)
        else:
            parts.append([block])
        last_end = block.end
    return parts
