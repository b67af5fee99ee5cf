"""Readers turn decoded text into the common block stream; this module picks one.

Adding a format means adding a module and one entry in ``READERS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from extractor.read.blocks import Document, TitleTest

Format = Literal["text", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "html")
Reader: TypeAlias = "Callable[[str, TitleTest], Document]"

# Each reader is imported when a page of its format is read: the command line's argument parser
# needs only FORMATS, and lxml loads only when HTML is read.


def _read_text(text: str, _: TitleTest) -> Document:
    from extractor.read.blocks import Document
    from extractor.read.text import read_text

    return Document(read_text(text))


def _read_markdown(text: str, _: TitleTest) -> Document:
    from extractor.read.blocks import Document
    from extractor.read.markdown import read_markdown

    return Document(read_markdown(text))


def _read_html(text: str, is_title: TitleTest) -> Document:
    from extractor.read.html import read_html

    return read_html(text, is_title)


READERS: dict[Format, Reader] = {
    "text": _read_text,
    "markdown": _read_markdown,
    "html": _read_html,
}

_EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|section|article|main|h1|p)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(
    r"</?(?:html|body|div|p|h[1-6]|ul|li|span|section|article)\b", re.IGNORECASE
)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_MD_MARKUP = re.compile(r"^\s*[-*]\s+\*\*|^>\s", re.MULTILINE)
# Markup that plain text never has at the start of a line, one pattern per kind of evidence.
_MD_EVIDENCE = (
    _MD_HEADING,
    re.compile(r"^\s*(?:[-*+]\s+)?\*\*[^*\n]+\*\*", re.MULTILINE),  # bold label
    re.compile(r"\[[^\]\n]+\]\([^)\s]*\)"),  # inline link
    re.compile(r"^\|?\s*:?-{3,}:?\s*\|", re.MULTILINE),  # table alignment row
    re.compile(r"^\S[^\n]*\n(?:=+|-+)[ \t]*$", re.MULTILINE),  # setext heading
    re.compile(r"^>\s", re.MULTILINE),  # block quote
)


def detect_format(path: str, text: str) -> Format:
    """By extension when it is a known one, else by the bytes themselves.

    A ``.txt`` that is plainly Markdown (people save a converter's Markdown under any name) is
    read as Markdown: two ATX headings, a line that is one Markdown link, lines that are one
    HTML tag (raw HTML that pandoc's Markdown keeps), or three marks of two different kinds of
    markup. Markup inside a sentence of a text page stays text (and the gate flags it).
    """
    by_extension = _EXTENSIONS.get(PurePath(path).suffix.lower())
    head = text[:8192].lstrip("\ufeff")
    if by_extension == "text" and _plainly_markdown(head):
        return "markdown"
    if by_extension:
        return by_extension
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if _MD_HEADING.search(head) or _MD_MARKUP.search(head):
        return "markdown"
    return "text"


_TAG_LINE = re.compile(r"^[ \t]*</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?>[ \t]*$", re.MULTILINE)
_MD_LINK_LINE = re.compile(r"^\s*\[[^\]\n]+\]\([^)\s]*\)\s*$", re.MULTILINE)


# What each evidence pattern cannot match without: a pattern is run only when the text has it
# (most text pages have none of them, and the scans are the format test's whole cost).
_MD_EVIDENCE_NEEDS = (("#",), ("**",), ("](",), ("---",), ("\n=", "\n-"), (">",))


def _plainly_markdown(head: str) -> bool:
    counts: list[int] = []
    for pattern, needs in zip(_MD_EVIDENCE, _MD_EVIDENCE_NEEDS, strict=True):
        needed = False
        for needle in needs:
            if needle in head:
                needed = True
                break
        counts.append(len(pattern.findall(head)) if needed else 0)
    if counts[0] >= 2 or ("](" in head and _MD_LINK_LINE.search(head)):
        return True
    if "<" in head and len(_TAG_LINE.findall(head)) >= 3:
        return True  # lines of raw HTML between text: Markdown keeps them, its reader removes them
    return sum(counts) >= 3 and sum(1 for count in counts if count) >= 2
