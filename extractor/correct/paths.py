"""Field paths a correction may name (``themes``, ``themes[2]``, ``quotes[1].context``).

One small grammar over the record's content fields, so a correction can never touch the
record's id, its source or its findings, and every value is checked against what the field
holds before it is put there.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

REVIEWED = "reviewed"  # not a field: the editor accepted the record as it is
TEXT_FIELDS = ("name", "headline", "role", "company", "bio", "summary")
_REQUIRED_TEXT = {"name"}
TEXT_LISTS = ("themes", "principles")
ITEM_KEYS: dict[str, tuple[str, ...]] = {
    "dimensions": ("name", "score"),
    "quotes": ("text", "speaker", "context"),
    "extra_sections": ("title", "text"),
}
_NULLABLE_KEYS = {("quotes", "context")}
_NONEMPTY_KEYS = {("dimensions", "name"), ("extra_sections", "title")}
_GRAMMAR = re.compile(r"^([a-z_]+)(?:\[(0|[1-9][0-9]{0,5})\](?:\.([a-z_]+))?)?$")


@dataclass(frozen=True, slots=True)
class FieldPath:
    """``field``, ``field[index]`` or ``field[index].key``, already checked against the grammar."""

    field: str
    index: int | None = None
    key: str | None = None

    def __str__(self) -> str:
        out = self.field
        if self.index is not None:
            out += f"[{self.index}]"
        if self.key is not None:
            out += f".{self.key}"
        return out

    def covers(self, other: str) -> bool:
        """Whether ``other`` is this path or inside it (``themes`` covers ``themes[1]``)."""
        mine = str(self)
        return other == mine or other.startswith((mine + "[", mine + "."))


def parse_path(text: str) -> FieldPath | None:
    """The path, or None when no record of any page could have it."""
    match = _GRAMMAR.match(text)
    if not match:
        return None
    field, index, key = match.group(1), match.group(2), match.group(3)
    if field in TEXT_FIELDS:
        ok = index is None
    elif field in TEXT_LISTS:
        ok = key is None
    elif field in ITEM_KEYS:
        ok = index is not None and key in ITEM_KEYS[field]
    else:
        ok = False
    return FieldPath(field, None if index is None else int(index), key) if ok else None


def get(record: dict[str, Any], path: FieldPath) -> tuple[bool, Any]:
    """``(True, value)`` when this record has the path, else ``(False, None)``."""
    value = record.get(path.field)
    if path.index is None:
        return path.field in record, value
    if not isinstance(value, list) or path.index >= len(value):
        return False, None
    item = value[path.index]
    if path.key is None:
        return True, item
    if not isinstance(item, dict) or path.key not in item:
        return False, None
    return True, item[path.key]


def put(record: dict[str, Any], path: FieldPath, value: Any) -> dict[str, Any]:
    """A copy of ``record`` with ``value`` at ``path`` (which :func:`get` found)."""
    out = dict(record)
    if path.index is None:
        out[path.field] = copy.deepcopy(value)
        return out
    items = list(out[path.field])
    if path.key is None:
        items[path.index] = value
    else:
        items[path.index] = {**items[path.index], path.key: value}
    out[path.field] = items
    return out


def problem(path: FieldPath, value: Any) -> str | None:
    """Why ``value`` cannot stand at ``path`` (the record's schema in small), or None."""
    field, key = path.field, path.key
    if field in TEXT_FIELDS:
        return _text(value, nullable=field not in _REQUIRED_TEXT, nonempty=True)
    if field in TEXT_LISTS:
        if path.index is not None:
            return _text(value, nullable=False, nonempty=True)
        if not isinstance(value, list):
            return "must be a list of texts"
        return next((f"item {n}: {p}" for n, v in enumerate(value) if (p := _text(v))), None)
    if (field, key) == ("dimensions", "score"):
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100
        return None if ok else "must be a whole number from 0 to 100"
    return _text(
        value, nullable=(field, key) in _NULLABLE_KEYS, nonempty=(field, key) in _NONEMPTY_KEYS
    )


def _text(value: Any, *, nullable: bool = False, nonempty: bool = True) -> str | None:
    if value is None:
        return None if nullable else "must be a text, not null"
    if not isinstance(value, str):
        return "must be a text"
    if nonempty and not value.strip():
        return "must not be empty" + (" (use null to clear it)" if nullable else "")
    return None
