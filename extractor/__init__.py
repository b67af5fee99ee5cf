"""extractor: leader profile pages in, validated structured records out.

The Python API (see ``docs/api.md``)::

    import extractor
    record = extractor.parse("samples/amara-okafor.html")
    record.name, record.themes, record.findings, record.to_json()

``parse``, ``parse_many``, ``ingest``, ``Record`` and ``Refusal`` are loaded on first use, so
``import extractor`` (and the command line's start-up) stays cheap.
"""

from __future__ import annotations

import sys
import types

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"

TYPE_CHECKING = False  # not typing's: importing typing would cost every start-up ~2 ms
if TYPE_CHECKING:
    from extractor.api import ingest, parse, parse_many
    from extractor.base.errors import Refusal
    from extractor.record.model import Record

__all__ = ["SCHEMA_VERSION", "Record", "Refusal", "__version__", "ingest", "parse", "parse_many"]

_LAZY = {
    "parse_many": "extractor.api",
    "ingest": "extractor.api",
    "Record": "extractor.record.model",
    "Refusal": "extractor.base.errors",
}


def __getattr__(name: str) -> object:
    """Import the API on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


class _ParseEntry:
    """``extractor.parse``: the API's parse function, sharing its name with the stage package
    ``extractor/parse/``. Calling it parses a page (:func:`extractor.api.parse`); any other
    attribute is the package's, so ``import extractor.parse.segment as segment`` still works."""

    def __call__(self, *args: object, **kwargs: object) -> object:
        from extractor.api import parse as api_parse

        return api_parse(*args, **kwargs)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> object:
        import importlib

        if name in {"__wrapped__", "__doc__", "__name__", "__qualname__", "__module__"}:
            api = importlib.import_module("extractor.api")
            return api.parse if name == "__wrapped__" else getattr(api.parse, name)
        return getattr(importlib.import_module("extractor.parse"), name)

    def __repr__(self) -> str:
        return "<function extractor.parse>"


class _Package(types.ModuleType):
    """The package object: keeps ``extractor.parse`` the API function when the import system
    binds the subpackage of the same name to it (the subpackage stays in ``sys.modules``)."""

    @property
    def parse(self) -> _ParseEntry:
        return _PARSE

    @parse.setter
    def parse(self, value: object) -> None:
        """Ignored: the import system binding the stage package ``extractor.parse``."""


_PARSE = _ParseEntry()
sys.modules[__name__].__class__ = _Package
