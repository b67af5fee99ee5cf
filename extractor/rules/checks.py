"""The content rules: each a small function over a record (as JSON data) yielding hits.

A rule sees the record exactly as other tools will, so records edited by hand are held to the
same checks as records we produced.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from extractor.chrome import LEAK_PHRASES
from extractor.config import Config
from extractor.slug import slugify
from extractor.textnorm import fold_key

Record = dict[str, Any]
Hit = tuple[str, str, str]  # (code, message, field path)
Check = Callable[[Record, Config], Iterator[Hit]]

_SECTIONS = (
    ("headline", "headline"),
    ("bio", "bio"),
    ("dimensions", "Dimension Profile"),
    ("themes", "Key Themes"),
    ("summary", "Episode Summary"),
    ("principles", "Leadership Principles"),
    ("quotes", "Notable Quotes"),
)
_MARKUP = re.compile(
    r"</?(?:[a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?/?>|<(?:div|span|script|img|a|p|br|li)\b"
    r"|&(?:[a-zA-Z]{2,10}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});"
)
_MOJIBAKE = re.compile("â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|ï»¿|\ufffd")
_CHROME = re.compile("|".join(re.escape(p) for p in LEAK_PHRASES), re.IGNORECASE)
_LENGTHS = {
    "name": (2, 80),
    "headline": (3, 200),
    "bio": (30, 4000),
    "summary": (60, 8000),
    "themes": (2, 80),
    "principles": (10, 500),
    "dimensions.name": (3, 60),
    "quotes.text": (10, 1500),
}
_PAIRS = (("“", "”"), ("«", "»"))


def strings(record: Record) -> Iterator[tuple[str, str]]:
    """(path, text) for every content string of a record, tolerating malformed records."""
    for key in ("name", "headline", "role", "company", "bio", "summary"):
        if isinstance(record.get(key), str):
            yield key, record[key]
    for key in ("themes", "principles"):
        for i, item in enumerate(_list(record, key)):
            if isinstance(item, str):
                yield f"{key}[{i}]", item
    for key, subkeys in (
        ("dimensions", ("name",)),
        ("quotes", ("text", "speaker", "context")),
        ("extra_sections", ("title", "text")),
    ):
        for i, item in enumerate(_list(record, key)):
            for sub in subkeys:
                if isinstance(item, dict) and isinstance(item.get(sub), str):
                    yield f"{key}[{i}].{sub}", item[sub]


def _list(record: Record, key: str) -> list[Any]:
    value = record.get(key)
    return value if isinstance(value, list) else []


def section_missing(record: Record, config: Config) -> Iterator[Hit]:
    for key, label in _SECTIONS:
        value = record.get(key)
        if value is None or value in ("", []):
            yield "section-missing", f"{label} is missing or empty", key


def dimension_set(record: Record, config: Config) -> Iterator[Hit]:
    dimensions = [d for d in _list(record, "dimensions") if isinstance(d, dict)]
    if not dimensions:
        return
    expected = {fold_key(n): n for n in config.dimensions}
    seen = set()
    for i, dimension in enumerate(dimensions):
        key = fold_key(str(dimension.get("name", "")))
        seen.add(key)
        if key not in expected:
            yield (
                "dimension-set",
                f"unexpected dimension {dimension.get('name')!r}",
                f"dimensions[{i}].name",
            )
    missing = [name for key, name in expected.items() if key not in seen]
    if missing:
        yield "dimension-set", f"missing dimension(s): {', '.join(missing)}", "dimensions"


def duplicate_item(record: Record, config: Config) -> Iterator[Hit]:
    for key, sub in (("themes", None), ("principles", None), ("quotes", "text")):
        seen: dict[str, int] = {}
        for i, item in enumerate(_list(record, key)):
            text = item.get(sub) if sub and isinstance(item, dict) else item
            if not isinstance(text, str):
                continue
            folded = fold_key(text)
            if folded in seen:
                path = f"{key}[{i}]"
                yield "duplicate-item", f"{path} repeats {key}[{seen[folded]}]: {text[:60]!r}", path
            seen.setdefault(folded, i)


def text_hygiene(record: Record, config: Config) -> Iterator[Hit]:
    """Chrome, markup and mojibake: three ways page furniture or bad decoding leak into text."""
    for path, text in strings(record):
        for code, pattern, what in (
            ("chrome-leak", _CHROME, "site chrome"),
            ("markup-remnant", _MARKUP, "markup"),
            ("mojibake", _MOJIBAKE, "mis-decoded text"),
        ):
            match = pattern.search(text)
            if match:
                yield code, f"{path} contains {what} {match.group(0)!r}", path


def quote_marks(record: Record, config: Config) -> Iterator[Hit]:
    for path, text in strings(record):
        unbalanced = text.count('"') % 2 == 1 or any(
            text.count(a) != text.count(b) for a, b in _PAIRS
        )
        if unbalanced:
            yield "quote-unbalanced", f"{path} has unbalanced quote marks: {text[:60]!r}", path


def quote_parts(record: Record, config: Config) -> Iterator[Hit]:
    for i, quote in enumerate(_list(record, "quotes")):
        if not isinstance(quote, dict):
            continue
        if not str(quote.get("text") or "").strip():
            yield "quote-empty", f"quotes[{i}] has no text", f"quotes[{i}].text"
        for part in ("speaker", "context"):
            if quote.get(part) == "":
                yield (
                    "attribution-empty",
                    f"quotes[{i}].{part} is an empty string",
                    f"quotes[{i}].{part}",
                )


def field_length(record: Record, config: Config) -> Iterator[Hit]:
    for path, text in strings(record):
        key = re.sub(r"\[\d+\]", "", path)
        bounds = _LENGTHS.get(key)
        if bounds and text and not bounds[0] <= len(text) <= bounds[1]:
            low, high = bounds
            size = "short" if len(text) < low else "long"
            yield (
                "field-length",
                f"{path} is suspiciously {size} ({len(text)} characters; expected {low}-{high})",
                path,
            )


def id_matches_name(record: Record, config: Config) -> Iterator[Hit]:
    name, record_id = record.get("name"), record.get("id")
    if isinstance(name, str) and isinstance(record_id, str) and name and record_id != slugify(name):
        yield (
            "id-mismatch",
            f"id {record_id!r} is not the slug of the name ({slugify(name)!r})",
            "id",
        )


CHECKS: tuple[Check, ...] = (
    section_missing,
    dimension_set,
    duplicate_item,
    text_hygiene,
    quote_marks,
    quote_parts,
    field_length,
    id_matches_name,
)
