"""Records as bytes: one canonical JSON form, so the same input always gives the same file."""

from __future__ import annotations

from typing import Any

from extractor.base.jsontext import indented
from extractor.record.model import EDITOR, Record

# Where a field's value came from: source lines [first, last], or an editor's correction.
Span = tuple[int, int] | str


def record_dict(record: Record, provenance: dict[str, Span] | None = None) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude={"provenance"})
    if provenance is not None:
        data["provenance"] = {path: spans(value) for path, value in provenance.items()}
    return data


def spans(value: Span) -> list[int] | str:
    """A provenance value as JSON: ``[first, last]``, or ``"editor"``."""
    return EDITOR if isinstance(value, str) else [value[0], value[1]]


def to_json(data: Any) -> str:
    """2-space indent, UTF-8 characters kept, key order as built, newline at the end."""
    return indented(data) + "\n"


def record_json(record: Record, provenance: dict[str, Span] | None = None) -> str:
    return to_json(record_dict(record, provenance))


def to_json_bytes(data: Any) -> bytes:
    """``to_json(data)`` as UTF-8, byte for byte, written by orjson (the json module indents in
    pure Python: about 0.15 ms per record, the largest fixed cost of writing a batch's files).

    Only for data without floats, as records are (the schema has integers only): orjson writes
    some floats differently (``1.5e-7``, where json writes ``1.5e-07``). What orjson refuses
    (lone surrogates, integers beyond 64 bits) goes through ``to_json`` as before, and fails or
    passes exactly as it did.
    """
    import orjson

    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return to_json(data).encode("utf-8")


def record_json_bytes(record: Record, provenance: dict[str, Span] | None = None) -> bytes:
    """``record_json`` as UTF-8 bytes, the fast way (see ``to_json_bytes``)."""
    return to_json_bytes(record_dict(record, provenance))
