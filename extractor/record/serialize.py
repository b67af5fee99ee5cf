"""Records as bytes: one canonical JSON form, so the same input always gives the same file."""

from __future__ import annotations

import json
from typing import Any

from extractor.record.model import Record


def record_dict(
    record: Record, provenance: dict[str, tuple[int, int]] | None = None
) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude={"provenance"})
    if provenance is not None:
        data["provenance"] = {path: [start, end] for path, (start, end) in provenance.items()}
    return data


def to_json(data: Any) -> str:
    """2-space indent, UTF-8 characters kept, key order as built, newline at the end."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def record_json(record: Record, provenance: dict[str, tuple[int, int]] | None = None) -> str:
    return to_json(record_dict(record, provenance))
