"""Remembering a pure test of one line of text, for the lines that recur.

The same short lines are judged again and again: by the reader, the locator, the outline and
the section parsers of one page, each asking whether a line is a title, a name, a score line;
and across the pages of a batch, whose headings, labels and buttons are the same. A test that
depends on the line's text alone answers each such line once. Only short lines are kept, so a
worker's memory stays small whatever the pages hold: a long line is judged each time it is
asked (most such tests reject it on its length at once).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import update_wrapper

LINE_MAX_CHARS = 200  # longer texts are paragraphs: judged each time, never kept
LINES_KEPT = 4096  # per test

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:  # a Protocol class costs a millisecond of every command's start-up
    from typing import Protocol, TypeVar

    T = TypeVar("T")
    T_co = TypeVar("T_co", covariant=True)

    class LineTest(Protocol[T_co]):
        """A test of one line with its table: ``cache_clear()`` empties it (tests that change
        what the test reads, a plugin that swaps a word list)."""

        def __call__(self, text: str) -> T_co: ...

        def cache_clear(self) -> None: ...


def per_line(test: Callable[[str], T]) -> LineTest[T]:
    """``test`` answered from a table for texts of at most ``LINE_MAX_CHARS`` characters.

    ``test`` must depend on its argument only (no registry, no configuration), and return an
    immutable value: every caller shares it.
    """
    # A plain table, emptied when full: a lookup costs less than an LRU cache's (asked ~130
    # times per page), and a batch's recurring lines are back in it after a page or two.
    table: dict[str, T] = {}
    found_in = table.get

    def judged(text: str) -> T:
        found = found_in(text, _UNSET)
        if found is not _UNSET:
            return found  # type: ignore[return-value]  # (a kept answer; no cast() call)
        answer = test(text)
        if len(text) <= LINE_MAX_CHARS:
            if len(table) >= LINES_KEPT:
                table.clear()
            table[text] = answer
        return answer

    update_wrapper(judged, test)
    judged.cache_clear = table.clear  # type: ignore[attr-defined]
    return judged  # type: ignore[return-value]  # a LineTest now (typing.cast: see above)


_UNSET: object = object()  # no answer kept for a text
