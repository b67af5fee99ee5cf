"""Readers turn decoded text into the common block stream; this module picks one.

Adding a format means adding a module and one entry in ``READERS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Literal, TypeAlias

    from extractor.read.blocks import Block, Document, TitleTest

# A string at run time (for annotations only), so that no start-up imports typing for it.
Format: TypeAlias = 'Literal["text", "markdown", "html"]'
FORMATS: tuple[Format, ...] = ("text", "markdown", "html")
Reader: TypeAlias = "Callable[[str, TitleTest], Document]"

# Each reader is imported when a page of its format is read: the command line's argument parser
# needs only FORMATS, and lxml loads only when HTML is read.


def _read_text(text: str, is_title: TitleTest) -> Document:
    from extractor.read.properties import split_property_rows
    from extractor.read.text import read_text

    if _may_have_grid(text):
        from extractor.read.grid import without_grid_frames

        text = without_grid_frames(text)
    return _undoubled(split_property_rows(text, read_text(text, is_title)), text)


def _may_have_grid(text: str) -> bool:
    """A grid table's border corner ("+-", "+:", "+="): only then is the grid module loaded
    (``extractor parse`` of a plain page pays no more for it)."""
    return "+" in text and ("+-" in text or "+:" in text or "+=" in text)


def _read_markdown(text: str, is_title: TitleTest) -> Document:
    from extractor.read.markdown import read_markdown_aside

    if "<table" in text or "<TABLE" in text:
        from extractor.read.grid import is_html_table_document

        if is_html_table_document(text):
            return _read_html(text, is_title)  # pandoc's GitHub Markdown of an email: see grid
    if _may_have_grid(text):
        from extractor.read.grid import without_grid_frames

        text = without_grid_frames(text, rejoin=False)
    blocks, aside = read_markdown_aside(text)
    return _undoubled(blocks, text, aside)


def _undoubled(blocks: list[Block], text: str, aside: tuple[int, ...] = ()) -> Document:
    """The document, each text the page set twice for accessibility read once (see doubled);
    ``aside``: the markup-only lines the reader set aside (see ``Document.aside``)."""
    from extractor.read.blocks import Document
    from extractor.read.doubled import undouble

    blocks, doubled = undouble(blocks, text)
    return Document(blocks, doubled=doubled, aside=aside)


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
# Files a folder walk (ingest, validate) reads as pages: the known extensions, and files with
# none (the format is then read from the bytes). One list, so both commands take the same files.
PAGE_SUFFIXES = frozenset({*_EXTENSIONS, ""})


class _Evidence:
    """The format test's patterns, compiled on its first use (a page of unknown extension, or a
    ``.txt`` with some markup), not by every command that imports this module for ``FORMATS``."""

    def __init__(self) -> None:
        self.html_start = re.compile(
            r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|section|article|main|h1|p)\b",
            re.IGNORECASE | re.DOTALL,
        )
        self.html_document = re.compile(
            r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
            re.IGNORECASE | re.DOTALL,
        )
        self.html_tags = re.compile(
            r"</?(?:html|body|div|p|h[1-6]|ul|li|span|section|article)\b", re.IGNORECASE
        )
        self.md_heading = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
        self.md_markup = re.compile(r"^\s*[-*]\s+\*\*|^>\s", re.MULTILINE)
        # Markup that plain text never has at the start of a line, one pattern per kind.
        self.md_evidence = (
            self.md_heading,
            re.compile(r"^\s*(?:[-*+]\s+)?\*\*[^*\n]+\*\*", re.MULTILINE),  # bold label
            re.compile(r"\[[^\]\n]+\]\([^)\s]*\)"),  # inline link
            re.compile(r"^\|?\s*:?-{3,}:?\s*\|", re.MULTILINE),  # table alignment row
            re.compile(r"^\S[^\n]*\n(?:=+|-+)[ \t]*$", re.MULTILINE),  # setext heading
            re.compile(r"^>\s", re.MULTILINE),  # block quote
        )
        self.tag_line = re.compile(
            r"^[ \t]*</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?>[ \t]*$", re.MULTILINE
        )
        self.md_link_line = re.compile(r"^\s*\[[^\]\n]+\]\([^)\s]*\)\s*$", re.MULTILINE)


@cache
def _evidence() -> _Evidence:
    return _Evidence()


def detect_format(path: str, text: str) -> Format:
    """By extension when it is a known one, else by the bytes themselves.

    A whole HTML document is HTML whatever its name (a page saved as ``.txt``: read as text,
    its list items ran together and its tags became content).

    A ``.txt`` that is plainly Markdown (people save a converter's Markdown under any name) is
    read as Markdown: two ATX headings, a line that is one Markdown link, lines that are one
    HTML tag (raw HTML that pandoc's Markdown keeps), or three marks of two different kinds of
    markup. Markup inside a sentence of a text page stays text (and the gate flags it).
    """
    by_extension = _EXTENSIONS.get(_suffix(path).lower())
    head = text[:8192].lstrip("\ufeff")
    if by_extension in ("text", "markdown") and _whole_html_document(head):
        return "html"  # a web page saved under a text name: read as one, not as its markup
    if by_extension == "text" and _plainly_markdown(head):
        return "markdown"
    if by_extension:
        return by_extension
    evidence = _evidence()
    if evidence.html_start.match(head) or len(evidence.html_tags.findall(head)) >= 3:
        return "html"
    if evidence.md_heading.search(head) or evidence.md_markup.search(head):
        return "markdown"
    return "text"


def _whole_html_document(head: str) -> bool:
    """Whether the text opens as a whole HTML document (a doctype or an ``<html>`` tag, after
    an XML declaration or comments): no text or Markdown page does, while Markdown may well
    hold a ``<div>`` or a ``<p>``."""
    return head.lstrip()[:1] == "<" and _evidence().html_document.match(head) is not None


def _suffix(path: str) -> str:
    """``PurePath(path).suffix``; a plain last component is read directly (building the path
    object costs more than the rest of the format test on a page with an extension)."""
    name = path.rpartition("/")[2]
    if not name or name in (".", "..") or "\\" in name:
        from pathlib import PurePath  # (pathlib: ~1 ms of a start-up that needs none of it)

        return PurePath(path).suffix
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


# What each evidence pattern cannot match without: a pattern is run only when the text has it
# (most text pages have none of them, and the scans are the format test's whole cost). Each
# needle comes with one of its characters, looked for first: a one-character search is many
# times faster than a longer one in text that is not ASCII, and most pages lack these.
_MD_EVIDENCE_NEEDS = (
    (("#", "#"),),
    (("*", "**"),),
    (("]", "]("),),
    (("-", "---"),),
    (("=", "\n="), ("-", "\n-")),
    ((">", ">"),),
)


def _plainly_markdown(head: str) -> bool:
    needed = [
        any(first in head and needle in head for first, needle in needs)
        for needs in _MD_EVIDENCE_NEEDS
    ]
    if not any(needed) and "<" not in head:
        return False  # no kind of evidence can match: the patterns need not even be compiled
    evidence = _evidence()
    counts = [
        len(pattern.findall(head)) if need else 0
        for pattern, need in zip(evidence.md_evidence, needed, strict=True)
    ]
    if counts[0] >= 2 or ("](" in head and evidence.md_link_line.search(head)):
        return True
    if "<" in head and len(evidence.tag_line.findall(head)) >= 3:
        return True  # lines of raw HTML between text: Markdown keeps them, its reader removes them
    return sum(counts) >= 3 and sum(1 for count in counts if count) >= 2
