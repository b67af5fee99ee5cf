"""The record as plain JSON data: what ``parse`` builds, checks and prints, without pydantic.

The pydantic model (:mod:`extractor.record.model`) stays the definition of a record and the
source of its published schema, but importing it and building its validators costs a command
~80 ms before it reads a byte. The pipeline therefore builds the record as the dicts and lists
``Record.model_dump(mode="json")`` would give, and asks :func:`is_exact` whether they are
exactly that: the model's keys in the model's order, each value of the very type the model
dumps (``str``, ``int``, ``list``, ``dict``, ``None``; no subclasses, no ``bool`` for an ``int``,
no tuples) and within the schema's bounds. Data that passes needs no model: validating it and
dumping it again gives it back unchanged, and the published schema accepts it (the tests prove
both over every sample, golden, corpus page and generated page). Data that does not pass goes
through the model as before, which converts it or raises the error it always raised.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from extractor import SCHEMA_VERSION
from extractor.base.patterns import compiled
from extractor.record.slug import SLUG_PATTERN

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Any

# The provenance of a value an editor put there (a correction), instead of source lines.
EDITOR = "editor"
TEXT_KEYS = ("name", "headline", "role", "company", "bio", "summary")
LIST_KEYS = ("dimensions", "themes", "principles", "quotes", "extra_sections")
# Every key of a record, in the published order (the model's field order) but provenance.
RECORD_KEYS = (
    "schema_version",
    "id",
    "name",
    "headline",
    "role",
    "company",
    "bio",
    "dimensions",
    "themes",
    "summary",
    "principles",
    "quotes",
    "extra_sections",
    "source",
    "diagnostics",
)
# The fields a page fills (a draft holds these), in order.
CONTENT_KEYS = RECORD_KEYS[2:13]
_ITEM_KEYS = {
    "dimensions": ("name", "score"),
    "quotes": ("text", "speaker", "context"),
    "extra_sections": ("title", "text"),
}
SOURCE_KEYS = ("path", "format", "encoding", "sha256", "url")
FINDING_KEYS = ("severity", "code", "message", "line", "field")
FORMATS = ("text", "markdown", "html")
SEVERITIES = ("error", "warning", "info")

_SLUG = compiled(SLUG_PATTERN)
_SHA256 = compiled(r"[0-9a-f]{64}")
# pydantic refuses a string holding a lone surrogate (it cannot be UTF-8): such data takes the
# model's path, which raises as it always did. Compiled once, for the first string that is not
# ASCII (a command that prints an ASCII record never pays for it). The surrogates are written
# as code points: a surrogate in a string literal cannot be compiled to C (mypyc).
_SURROGATE = f"[{chr(0xD800)}-{chr(0xDFFF)}]"
_surrogate_search: list[Any] = []  # the compiled pattern's ``search``, once asked


def record_data(
    values: Mapping[str, Any], record_id: str, source: dict[str, Any]
) -> dict[str, Any]:
    """A draft's field values as a record: what the page lacked is null (texts) or empty (lists);
    ``diagnostics`` is empty until the rules have run. Lists (and their items) are copied, so the
    record shares no mutable part with the draft; a value of another kind is kept as it is, for
    :func:`is_exact` to turn away."""
    record: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": record_id}
    for key in CONTENT_KEYS:
        if key not in values:
            record[key] = [] if key in LIST_KEYS else None
            continue
        value = values[key]
        if type(value) is list or type(value) is tuple:
            value = [dict(item) if type(item) is dict else item for item in value]
        record[key] = value
    record["source"] = source
    record["diagnostics"] = []
    return record


def source_data(path: str, fmt: str, encoding: str, sha256: str, url: str | None) -> dict[str, Any]:
    """``source`` as the model dumps it: ``url`` only when known."""
    source: dict[str, Any] = {
        "path": shown_path(path),
        "format": fmt,
        "encoding": encoding,
        "sha256": sha256,
    }
    if url is not None:
        source["url"] = url
    return source


def shown_path(path: str) -> str:
    """``path`` as UTF-8 text: a file name whose bytes are not UTF-8 (handed over by the system
    as lone surrogates) has them written as escapes ("caf\\xe9.txt"), so the record stays valid
    JSON in UTF-8 rather than carrying bytes no reader of it can decode."""
    if path.isascii():
        return path
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate no file system gave: escaped as itself
            return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return path


def is_exact(record: object, *, provenance: bool = False) -> bool:
    """Whether ``record`` is exactly a record as the model dumps it: without provenance, or
    (``provenance=True``, a record file) with a well-formed one as its last key.

    True means: the model would accept it and dump it back unchanged, and the published schema
    holds. False says nothing about validity: such data must go through the model or the schema.
    """
    if type(record) is not dict:
        return False
    keys = tuple(record)
    if keys != RECORD_KEYS and not (
        provenance and keys == (*RECORD_KEYS, "provenance") and _provenance(record["provenance"])
    ):
        return False
    ok = (
        record["schema_version"] == SCHEMA_VERSION
        and _text(record["id"])
        and _SLUG.fullmatch(record["id"]) is not None
        and _text(record["name"], nonempty=True)
        and all(_text(record[key], nullable=True) for key in TEXT_KEYS[1:])
        and all(_texts(record[key]) for key in ("themes", "principles"))
        and _items(record["dimensions"], _dimension)
        and _items(record["quotes"], _quote)
        and _items(record["extra_sections"], _extra)
        and _source(record["source"])
    )
    return ok and is_exact_findings(record["diagnostics"])


def is_exact_findings(findings: object) -> bool:
    """Whether ``findings`` is a list of findings exactly as the model dumps them."""
    return _items(findings, is_exact_finding)


def is_exact_finding(finding: dict[str, Any]) -> bool:
    return (
        tuple(finding) == FINDING_KEYS
        and finding["severity"] in SEVERITIES
        and _text(finding["severity"])
        and _text(finding["code"], nonempty=True)
        and _text(finding["message"])
        and (finding["line"] is None or _count(finding["line"], 1))
        and _text(finding["field"], nullable=True)
    )


def _text(value: object, *, nullable: bool = False, nonempty: bool = False) -> bool:
    if value is None:
        return nullable
    if type(value) is not str or (nonempty and not value):
        return False
    return value.isascii() or _surrogate_free(value)


def _surrogate_free(value: str) -> bool:
    if not _surrogate_search:
        _surrogate_search.append(re.compile(_SURROGATE).search)
    return _surrogate_search[0](value) is None


def _count(value: object, low: int, high: int | None = None) -> bool:
    return type(value) is int and low <= value and (high is None or value <= high)


def _texts(value: object) -> bool:
    return type(value) is list and all(map(_text, value))


def _items(value: object, exact: Any) -> bool:
    if type(value) is not list:
        return False
    for item in value:  # noqa: SIM110 - a loop, not a generator resumed per item
        if type(item) is not dict or not exact(item):
            return False
    return True


def _dimension(item: dict[str, Any]) -> bool:
    return (
        tuple(item) == _ITEM_KEYS["dimensions"]
        and _text(item["name"], nonempty=True)
        and _count(item["score"], 0, 100)
    )


def _quote(item: dict[str, Any]) -> bool:
    return (
        tuple(item) == _ITEM_KEYS["quotes"]
        and _text(item["text"])
        and _text(item["speaker"])
        and _text(item["context"], nullable=True)
    )


def _extra(item: dict[str, Any]) -> bool:
    return (
        tuple(item) == _ITEM_KEYS["extra_sections"]
        and _text(item["title"], nonempty=True)
        and _text(item["text"])
    )


def _provenance(value: object) -> bool:
    """null, or field path → ``[first, last]`` (lines from 1) or ``"editor"``."""
    if value is None:
        return True
    return type(value) is dict and all(
        _text(path) and (span == EDITOR if type(span) is str else _span(span))
        for path, span in value.items()
    )


def _span(value: object) -> bool:
    return type(value) is list and len(value) == 2 and all(_count(n, 1) for n in value)


def _source(source: object) -> bool:
    if type(source) is not dict:
        return False
    keys = tuple(source)
    if keys not in (SOURCE_KEYS, SOURCE_KEYS[:4]):
        return False
    return (
        _text(source["path"])
        and source["format"] in FORMATS
        and _text(source["format"])
        and _text(source["encoding"])
        and _text(source["sha256"])
        and _SHA256.fullmatch(source["sha256"]) is not None
        and (len(keys) == 4 or _text(source["url"], nonempty=True))
    )
