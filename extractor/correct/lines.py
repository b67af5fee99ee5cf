"""Where each correction of a corrections file starts: its line, for messages about it.

``json`` gives values, not places. A finding about ``corrections[3]`` that names only the file
leaves an editor counting objects in a file of hundreds; with the line, an editor (or a CI
annotation) jumps to it. The file is scanned once for the objects of its top-level
``corrections`` array: strings (and their escapes) skipped, brackets counted.
"""

from __future__ import annotations

_OPEN = "{["
_CLOSE = "}]"


def item_lines(text: str, key: str = "corrections") -> list[int]:
    """The 1-based line of each item of the array under ``key`` in the top-level object of
    ``text`` (a JSON document); [] when there is no such array. Never raises: a damaged file
    gives the lines found before the damage."""
    lines: list[int] = []
    depth = 0
    line = 1
    last = ""  # the last string closed in the top-level object: the key of what follows
    inside = False  # in the array under ``key``
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\n":
            line += 1
        elif char == '"':
            end = _string_end(text, i)
            if depth == 1:
                last = text[i + 1 : end]
            line += text.count("\n", i, end)
            i = end
        elif char in _OPEN:
            if depth == 1 and char == "[" and last == key:
                inside = True
            elif depth == 2 and inside:
                lines.append(line)
            depth += 1
        elif char in _CLOSE:
            depth -= 1
            if depth == 1:
                inside = False
        i += 1
    return lines


def _string_end(text: str, start: int) -> int:
    """The index of the quote closing the string opened at ``start`` (else the text's end)."""
    i = start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i
        i += 1
    return len(text)
