"""Readers turn decoded text into the common block stream; this module picks one.

Adding a format means adding a module and one entry in ``READERS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath
from typing import Literal

from extractor.read.blocks import Document, TitleTest
from extractor.read.markdown import read_markdown
from extractor.read.text import read_text

Format = Literal["text", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "html")
Reader = Callable[[str, TitleTest], Document]


def _read_html(text: str, is_title: TitleTest) -> Document:
    from extractor.read.html import read_html  # bs4/lxml load only when HTML is read

    return read_html(text, is_title)


READERS: dict[Format, Reader] = {
    "text": lambda text, _: Document(read_text(text)),
    "markdown": lambda text, _: Document(read_markdown(text)),
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


def detect_format(path: str, text: str) -> Format:
    """By extension when it is a known one, else by the bytes themselves."""
    by_extension = _EXTENSIONS.get(PurePath(path).suffix.lower())
    if by_extension:
        return by_extension
    head = text[:8192].lstrip("\ufeff")
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if _MD_HEADING.search(head) or _MD_MARKUP.search(head):
        return "markdown"
    return "text"
