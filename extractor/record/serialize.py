"""Records as bytes: one canonical JSON form, so the same input always gives the same file."""

from __future__ import annotations

import json
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
    """One record as ``to_json`` writes it, by the standard library: the text is the same
    (``base/jsontext`` holds orjson to it), and for one record printed by ``extractor parse``
    the standard library is done before orjson (and the uuid module it loads) is imported."""
    return json.dumps(record_dict(record, provenance), ensure_ascii=False, indent=2) + "\n"


def to_json_bytes(data: Any) -> bytes:
    """``to_json(data)`` as UTF-8 bytes, for files written as bytes."""
    return to_json(data).encode("utf-8")
