"""Call signatures the section parsers take as arguments, for mypy only.

Nothing imports this module at run time (only under ``TYPE_CHECKING``): a ``Protocol`` class
costs every command's start-up the ``typing`` import, and mypyc cannot compile a class defined
inside the ``if TYPE_CHECKING:`` block of a module it compiles (``sections/preamble.py`` is one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class NameEnd(Protocol):
    """Where the leader's name ends in a line that also holds the headline (the line's text,
    the profile's text outside it), or None:
    :func:`extractor.parsing.leader_name.joined_name_end`."""

    def __call__(
        self, text: str, elsewhere: Callable[[], str], *, no_headline_below: bool = False
    ) -> int | None: ...
