"""Options every command shares (config, size limit), and the config they build.

A module of its own so that each command's module can use it without importing the others.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: 'parse' and 'validate' import neither typing nor argparse
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from types import SimpleNamespace
    from typing import TypeAlias

    from extractor.base.config import Config
    from extractor.cli.layout import Parser

    # The subcommand table every command module adds its parser to.
    Commands: TypeAlias = "argparse._SubParsersAction[Parser]"
    ConfigOption: TypeAlias = Callable[[argparse.ArgumentParser], None]
    # A command's arguments: argparse's, or the same attributes read without it (cli.main).
    Args: TypeAlias = argparse.Namespace | SimpleNamespace

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


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


def config_from(args: Args) -> Config:
    """The config a command runs with (imported here: building the parser does not need it)."""
    from extractor.base.config import ConfigError, load_config

    config = load_config(args.config)
    if args.max_bytes is not None:
        if args.max_bytes <= 0:
            raise ConfigError("--max-bytes must be a positive number of bytes")
        config = config.replace(max_bytes=args.max_bytes)
    return config
