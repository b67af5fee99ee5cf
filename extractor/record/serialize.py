"""Records as bytes: one canonical JSON form, so the same input always gives the same file."""

from __future__ import annotations

from _json import encode_basestring  # the json module's own string writer (in C)
from collections.abc import Mapping

from extractor.record.plain import EDITOR

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:  # a record object is dumped by its own method: printing needs no pydantic
    from typing import Any

    from extractor.record.model import Record

# Where a field's value came from: source lines [first, last], or an editor's correction.
Span = tuple[int, int] | str


def record_dict(
    record: Record | Mapping[str, Any], provenance: Mapping[str, Span] | None = None
) -> dict[str, Any]:
    """A record (the model, or its plain data as the pipeline builds it) as JSON data, with
    ``provenance`` as its last key when given."""
    if isinstance(record, Mapping):
        data = dict(record)
        data.pop("provenance", None)
    else:
        data = record.model_dump(mode="json", exclude={"provenance"})
    if provenance is not None:
        data["provenance"] = {
            path: EDITOR if isinstance(value, str) else [value[0], value[1]]
            for path, value in provenance.items()
        }  # spans(value), in line: a call per value cost more than the rest
    return data


def spans(value: Span) -> list[int] | str:
    """A provenance value as JSON: ``[first, last]``, or ``"editor"``."""
    return EDITOR if isinstance(value, str) else [value[0], value[1]]


def to_json(data: Any) -> str:
    """2-space indent, UTF-8 characters kept, key order as built, newline at the end."""
    from extractor.base.jsontext import indented  # orjson: loaded by the first file written

    return indented(data) + "\n"


def record_json(
    record: Record | Mapping[str, Any], provenance: Mapping[str, Span] | None = None
) -> str:
    """One record as ``to_json`` writes it, by :func:`indented_json`: the text is the same
    (``base/jsontext`` holds orjson to the json module), and for one record printed by
    ``extractor parse`` this is done before orjson (and the uuid module it loads) is imported,
    or the json module."""
    return indented_json(record_dict(record, provenance)) + "\n"


def indented_json(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``, without importing the json module
    (with its decoder: ~2 ms of a start-up) for the one record 'extractor parse' prints.

    The standard library's indenting encoder is pure Python; this is that encoder for the
    values a record holds (``dict`` with ``str`` keys, ``list``, ``tuple``, ``str``, ``int``,
    ``bool``, ``None``, of exactly these types), writing strings with the json module's own
    C function. Anything else (a float, a subclass, a key of another type, a cycle) is
    written by ``json.dumps`` itself, so the text, or the error, is always the same."""
    out: list[str] = []
    try:
        _write(data, "\n", out)
    except (_NotPlain, RecursionError):
        import json

        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


class _NotPlain(Exception):
    """A value :func:`indented_json` leaves to the json module."""


def _write(value: Any, newline: str, out: list[str]) -> None:
    """``value`` as JSON at the depth whose lines start with ``newline`` (its indent after it),
    appended to ``out`` in the order and layout of the json module's ``_iterencode``."""
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            out.append(separator + encode_basestring(key) + ": ")
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "]")
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    else:
        raise _NotPlain


def to_json_bytes(data: Any) -> bytes:
    """``to_json(data)`` as UTF-8 bytes, for files written as bytes."""
    return to_json(data).encode("utf-8")
