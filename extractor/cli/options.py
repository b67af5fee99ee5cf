"""Options every command shares (config, size limit), and the config they build.

A module of its own so that each command's module can use it without importing the others.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from extractor.base.config import Config

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
# The subcommand table every command module adds its parser to.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
ConfigOption = Callable[[argparse.ArgumentParser], None]


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
    from dataclasses import replace

    from extractor.base.config import ConfigError, load_config

    config = load_config(args.config)
    if args.max_bytes is not None:
        if args.max_bytes <= 0:
            raise ConfigError("--max-bytes must be a positive number of bytes")
        config = replace(config, max_bytes=args.max_bytes)
    return config
