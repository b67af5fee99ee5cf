"""Undo pathological nesting before libxml2 sees it.

libxml2 stops building the tree at depth 256 and, in recovery mode, silently returns a document
with *nothing* in it. Pages with thousands of nested wrappers exist (and are a cheap attack), so
when the parser reports that limit we drop the tags nested deeper than ``MAX_DEPTH`` — keeping
every piece of text, and every newline, so line numbers still match the source.
"""

from __future__ import annotations

import re

from extractor.read.htmltags import BLOCK_TAGS, VOID_TAGS

MAX_DEPTH = 180
_TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*?(/?)>", re.DOTALL)


def flatten(html: str) -> str:
    """``html`` with tags nested beyond ``MAX_DEPTH`` removed (text and newlines kept)."""
    out: list[str] = []
    depth = 0
    dropped: dict[str, int] = {}
    position = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2), match.group(3)
        if name is None or (not closing and (self_closing or name.lower() in VOID_TAGS)):
            continue
        name = name.lower()
        keep = True
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            else:
                depth = max(0, depth - 1)
        elif depth >= MAX_DEPTH:
            dropped[name] = dropped.get(name, 0) + 1
            keep = False
        else:
            depth += 1
        if not keep:
            out.append(html[position : match.start()])
            # A dropped block tag still ends a block: a <br> keeps its text from gluing on.
            out.append("<br>" if name in BLOCK_TAGS else " ")
            out.append("\n" * match.group(0).count("\n"))
            position = match.end()
    out.append(html[position:])
    return "".join(out)
