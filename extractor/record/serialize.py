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
    """``to_json(data)`` as UTF-8 bytes, for files written as bytes."""
    return to_json(data).encode("utf-8")
