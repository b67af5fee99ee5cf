"""Options every command shares (config, size limit), and the config they build.

A module of its own so that each command's module can use it without importing the others.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from extractor.base.config import Config

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
# The subcommand table every command module adds its parser to.
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"
ConfigOption = Callable[[argparse.ArgumentParser], None]


class Parser(argparse.ArgumentParser):
    """argparse's parser (its sub-command parsers are of the same class), laid out by
    :class:`Formatter`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)


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


def config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="TOML config (default: [tool.extractor] in ./pyproject.toml if present)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        metavar="N",
        help="refuse inputs larger than N bytes (default 10,485,760)",
    )


def config_from(args: argparse.Namespace) -> Config:
    """The config a command runs with (imported here: building the parser does not need it)."""
    from extractor.base.config import ConfigError, load_config

    config = load_config(args.config)
    if args.max_bytes is not None:
        if args.max_bytes <= 0:
            raise ConfigError("--max-bytes must be a positive number of bytes")
        config = config.replace(max_bytes=args.max_bytes)
    return config
