"""The argument parser's class and help layout: argparse itself, loaded only to build a parser.

A module of its own so that the forms ``main`` reads without argparse ('parse FILE',
'validate PATH ...') never import it (argparse, gettext and locale: ~5 ms of a start-up).
"""

from __future__ import annotations

import argparse
import os
import sys

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Any


class Parser(argparse.ArgumentParser):
    """argparse's parser (its sub-command parsers are of the same class), laid out by
    :class:`Formatter`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
        self.set_defaults(**{_OWNER: self})  # a command's parser overrides its parent's

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        """argparse's, but an argument no option takes is reported by the command's own
        parser ('extractor parse: error: ...' under its usage), not by the top one's, which
        showed 'extractor COMMAND ...' as though the command had not been read."""
        parsed, extra = self.parse_known_args(args, namespace)
        owner: argparse.ArgumentParser = getattr(parsed, _OWNER, self)
        if hasattr(parsed, _OWNER):
            delattr(parsed, _OWNER)
        if extra:
            owner.error(f"unrecognized arguments: {' '.join(extra)}")
        return parsed


_OWNER = "_extractor_parser"  # the namespace entry naming the parser that read the command


class Formatter(argparse.HelpFormatter):
    """argparse's help layout, at the width argparse would ask ``shutil`` for: importing shutil
    (and the compression modules it loads) cost every command ~2% of its start-up."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = terminal_columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


def terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    try:
        columns = os.get_terminal_size(stdout.fileno()).columns if stdout is not None else 0
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns or 80
