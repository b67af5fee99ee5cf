"""extractor: leader profile pages in, validated structured records out.

The Python API (see ``docs/api.md``)::

    import extractor
    record = extractor.parse("samples/amara-okafor.html")
    record.name, record.themes, record.findings, record.to_json()

``parse``, ``parse_many``, ``ingest``, ``Record`` and ``Refusal`` are loaded on first use, so
``import extractor`` (and the command line's start-up) stays cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"

TYPE_CHECKING = False  # not typing's: importing typing would cost every start-up ~2 ms
if TYPE_CHECKING:
    from extractor.api import ingest, parse, parse_many
    from extractor.base.errors import Refusal
    from extractor.record.model import Record

__all__ = ["SCHEMA_VERSION", "Record", "Refusal", "__version__", "ingest", "parse", "parse_many"]

_LAZY = {
    "parse": "extractor.api",
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
