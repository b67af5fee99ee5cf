"""Configuration: ``[tool.extractor]`` in ./pyproject.toml, or a TOML file given with --config.

Zero configuration is the main case: the defaults fit the example site.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from extractor.base.catalog import CODES
from extractor.base.findings import Severity
from extractor.base.values import Value

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from os import PathLike
    from pathlib import Path
    from typing import Any, Final

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_DIMENSIONS = (
    "Strategic Vision",
    "Execution & Craft",
    "Data & Experimentation",
    "Growth & Distribution",
    "Team & Leadership",
    "User Empathy & Research",
)
_KEYS = {"dimensions", "disable", "severity", "max_bytes", "known_themes"}


class ConfigError(Exception):
    """The configuration cannot be used; the message says which file and which key."""


class Config(Value):
    """What a run may change: expected dimensions, switched-off codes, severities, the size
    limit, and theme chips known whole (a plain class, not a dataclass: every command builds
    one; see :mod:`extractor.base.values`)."""

    __slots__ = ("dimensions", "disabled", "known_themes", "max_bytes", "severities")
    dimensions: Final[tuple[str, ...]]
    disabled: Final[frozenset[str]]
    severities: Final[Mapping[str, Severity]]
    max_bytes: Final[int]
    known_themes: Final[tuple[str, ...]]  # chips seen on other pages: evidence for segmentation

    def __init__(
        self,
        dimensions: tuple[str, ...] = DEFAULT_DIMENSIONS,
        disabled: frozenset[str] = frozenset(),
        severities: Mapping[str, Severity] | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        known_themes: tuple[str, ...] = (),
    ) -> None:
        self.dimensions = dimensions
        self.disabled = disabled
        self.severities = {} if severities is None else severities
        self.max_bytes = max_bytes
        self.known_themes = known_themes

    def replace(
        self, *, max_bytes: int | None = None, known_themes: tuple[str, ...] | None = None
    ) -> Config:
        """This config with the size limit or the known theme chips changed (what the
        command line and a batch run's vocabulary change); None keeps a value as it is."""
        return Config(
            self.dimensions,
            self.disabled,
            self.severities,
            self.max_bytes if max_bytes is None else max_bytes,
            self.known_themes if known_themes is None else known_themes,
        )


def load_config(path: str | None = None) -> Config:
    """The config from ``path``, else from ./pyproject.toml's [tool.extractor], else defaults."""
    # pathlib is imported only to read a config (~1 ms of every start-up otherwise).
    if path is None:
        default = "pyproject.toml"
        if not os.path.isfile(default) or not may_configure(default):  # noqa: PTH113
            return Config()
        from pathlib import Path

        table = _read(Path(default)).get("tool", {}).get("extractor", {})
        return _build(table, default)
    from pathlib import Path

    data = _read(Path(path))
    table = data.get("tool", {}).get("extractor", data) if "tool" in data else data
    return _build(table, path)


# The places where TOML can name the key path tool → extractor (see may_configure); compiled
# when first searched (a run in a folder without a pyproject.toml never does).
_TOOL_DOT_EXTRACTOR = rb"""tool["']?\s*\.\s*["']?extractor"""
_TOOL_ASSIGNED = rb"""(?m)^\s*["']?tool["']?\s*="""
_TOOL_TABLE = rb"""(?m)^\s*\[\[?\s*["']?tool["']?\s*\]"""
_EXTRACTOR_KEY = rb"""(?m)^\s*["']?extractor["']?\s*[=.]"""


def may_configure(path: str | PathLike[str]) -> bool:
    """Whether a project's pyproject.toml can hold a ``[tool.extractor]`` table; False only when
    it surely cannot, and then it is not parsed at all: most projects' pyproject.toml configures
    other tools, and reading TOML costs every command ~5 ms (tomllib and datetime).

    TOML names that table only as a key path: ``tool.extractor`` in a header or a dotted key
    (any quotes, spaces around the dot), ``tool = {extractor = ...}``, or a key ``extractor``
    in a ``[tool]`` table; or with ``\\u`` escapes in a quoted key. A file with none of these
    spellings has no such table, whatever else it says (or however broken it is).
    """
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - pathlib is not loaded here
            raw = handle.read()
    except OSError:
        return True  # _read reports it
    return bool(
        b"\\u" in raw
        or b"\\U" in raw
        or re.search(_TOOL_DOT_EXTRACTOR, raw)
        or re.search(_TOOL_ASSIGNED, raw)
        or (re.search(_TOOL_TABLE, raw) and re.search(_EXTRACTOR_KEY, raw))
    )


def _read(path: Path) -> dict[str, Any]:
    import tomllib  # ~5 ms (it brings datetime): only a run with a config file needs it

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None


def _build(table: Any, where: str) -> Config:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [tool.extractor] must be a table")
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)}; known: {sorted(_KEYS)}")
    dimensions = table.get("dimensions", list(DEFAULT_DIMENSIONS))
    if not isinstance(dimensions, list) or not all(isinstance(d, str) and d for d in dimensions):
        raise ConfigError(f"{where}: dimensions must be a list of names")
    disabled = table.get("disable", [])
    if not isinstance(disabled, list):
        raise ConfigError(f"{where}: disable must be a list of codes")
    _known_codes(disabled, where)
    severities_raw = table.get("severity", {})
    if not isinstance(severities_raw, dict):
        raise ConfigError(f'{where}: severity must be a table of code = "error|warning|info"')
    _known_codes(list(severities_raw), where)
    try:
        severities = {code: Severity(value) for code, value in severities_raw.items()}
    except ValueError:
        raise ConfigError(f"{where}: severities must be one of error, warning, info") from None
    max_bytes = table.get("max_bytes", DEFAULT_MAX_BYTES)
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes <= 0:
        raise ConfigError(f"{where}: max_bytes must be a positive integer")
    known = table.get("known_themes", [])
    if not isinstance(known, list) or not all(isinstance(t, str) for t in known):
        raise ConfigError(f"{where}: known_themes must be a list of theme strings")
    return Config(tuple(dimensions), frozenset(disabled), severities, max_bytes, tuple(known))


def _known_codes(codes: list[Any], where: str) -> None:
    unknown = [c for c in codes if c not in CODES]
    if unknown:
        raise ConfigError(f"{where}: unknown finding code(s) {unknown}; see docs/rules.md")
