"""What a section parser is: a title it answers to and one function over its blocks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extractor.parsing.draft import Draft
from extractor.read.blocks import Block


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks up to the next heading. ``heading`` is None for the preamble."""

    title: str
    heading: Block | None
    body: list[Block]


SectionParse = Callable[[Section, Draft], None]


@dataclass(frozen=True, slots=True)
class SectionParser:
    """A registered section parser: the titles it answers to (compared by :func:`fold_key`)
    and the function that reads the section into the draft."""

    name: str
    titles: tuple[str, ...]
    parse: SectionParse


def paragraphs(blocks: list[Block]) -> str:
    """Blocks as prose: lines that touch join with a space, anything else is a new paragraph."""
    parts: list[list[str]] = []
    last_end = -2
    for block in blocks:
        if parts and block.wraps and block.start == last_end + 1 and block.marker == "":
            parts[-1].append(block.text)
        else:
            parts.append([block.text])
        last_end = block.end
    return "\n\n".join(" ".join(part) for part in parts)
