"""The content rules: each a small function over a record (as JSON data) yielding hits.

A rule sees the record exactly as other tools will, so records edited by hand are held to the
same checks as records we produced.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from extractor.base.config import Config
from extractor.base.mojibake import looks_misdecoded, mojibake
from extractor.base.textnorm import fold_key
from extractor.parsing.chrome import LEAK_PHRASES
from extractor.record.slug import HASHED_PREFIX, latin_slug, slugify

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Any, TypeAlias

# A record as JSON data: the rules also run on records that other tools wrote or edited.
RecordData: TypeAlias = "dict[str, Any]"
Hit = tuple[str, str, str]  # (code, message, field path)


class Subject:
    """A record under check; its content strings are listed once and shared by every rule.

    Each is ``(kind, index, text)``: ``("quotes.text", 3, …)``. The field path
    (``quotes[3].text``) is built by :func:`path_of` only when a rule has something to say.
    """

    def __init__(self, record: RecordData) -> None:
        self.record = record
        self.texts = _strings(record)
        # All of them in one string, for the rules that first ask whether any string could
        # have a hit (a newline joins them: no rule's pattern matches across one).
        self.whole = "\n".join([text for _, _, text in self.texts])


def path_of(kind: str, index: int) -> str:
    if index < 0:
        return kind
    head, dot, sub = kind.partition(".")
    return f"{head}[{index}]{dot}{sub}"


Check = Callable[[Subject, Config], Iterator[Hit]]

_SECTIONS = (
    ("headline", "headline"),
    ("bio", "bio"),
    ("dimensions", "Dimension Profile"),
    ("themes", "Key Themes"),
    ("summary", "Episode Summary"),
    ("principles", "Leadership Principles"),
    ("quotes", "Notable Quotes"),
)
# Compiled (and cached by ``re``) only for a text that a cheap test finds suspect: see _suspects.
_MARKUP = (
    r"</?(?:[a-zA-Z][a-zA-Z0-9-]{0,30})(?:\s[^<>]{0,300})?/?>|<(?:div|span|script|img|a|p|br|li)\b"
    r"|&(?:[a-zA-Z]{2,10}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});"
)
_CHROME = "|".join(re.escape(p) for p in LEAK_PHRASES)
_LEAKS = tuple(p.casefold() for p in LEAK_PHRASES)
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
_TRAILING = " .!?;:,"


_LISTS = (("themes", "themes"), ("principles", "principles"))
_OBJECT_LISTS = (
    ("dimensions", (("name", "dimensions.name"),)),
    (
        "quotes",
        (("text", "quotes.text"), ("speaker", "quotes.speaker"), ("context", "quotes.context")),
    ),
    ("extra_sections", (("title", "extra_sections.title"), ("text", "extra_sections.text"))),
)


def _strings(record: RecordData) -> list[tuple[str, int, str]]:
    """Every content string of a record, tolerating malformed records (listed, not yielded:
    a generator is resumed once per string)."""
    out: list[tuple[str, int, str]] = []
    for key in ("name", "headline", "role", "company", "bio", "summary"):
        value = record.get(key)
        if isinstance(value, str):
            out.append((key, -1, value))
    for key, kind in _LISTS:
        for i, item in enumerate(_list(record, key)):
            if isinstance(item, str):
                out.append((kind, i, item))
    for key, subkeys in _OBJECT_LISTS:
        for i, item in enumerate(_list(record, key)):
            if isinstance(item, dict):
                for sub, kind in subkeys:
                    value = item.get(sub)
                    if isinstance(value, str):
                        out.append((kind, i, value))
    return out


def _list(record: RecordData, key: str) -> list[Any]:
    value = record.get(key)
    return value if isinstance(value, list) else []


def section_missing(subject: Subject, config: Config) -> Iterator[Hit]:
    for key, label in _SECTIONS:
        value = subject.record.get(key)
        if value is None or value in ("", []):
            yield "section-missing", f"{label} is missing or empty", key


def dimension_set(subject: Subject, config: Config) -> Iterator[Hit]:
    dimensions = [d for d in _list(subject.record, "dimensions") if isinstance(d, dict)]
    if not dimensions:
        return
    expected = _expected(tuple(config.dimensions))
    seen: dict[str, list[int]] = {}  # each name: where it stands
    for i, dimension in enumerate(dimensions):
        key = fold_key(str(dimension.get("name", "")))
        seen.setdefault(key, []).append(i)
        if key not in expected and len(seen[key]) == 1:
            yield (
                "dimension-set",
                f"unexpected dimension {dimension.get('name')!r}",
                f"dimensions[{i}].name",
            )
    for places in seen.values():
        if len(places) > 1:  # a page that scores one dimension twice: which score is meant?
            name = dimensions[places[0]].get("name")
            where = f"dimensions[{places[0]}] and {len(places) - 1} more"
            message = f"dimension {name!r} is scored {len(places)} times ({where})"
            yield "dimension-set", message, f"dimensions[{places[1]}]"
    missing = [name for key, name in expected.items() if key not in seen]
    if missing:
        yield "dimension-set", f"missing dimension(s): {', '.join(missing)}", "dimensions"


def _expected(names: tuple[str, ...]) -> dict[str, str]:
    """The config's dimensions by their comparison keys, worked out once per list of names
    (a run checks every record against the same few): read-only to its callers."""
    found = _EXPECTED.get(names)
    if found is None:
        if len(_EXPECTED) >= _EXPECTED_KEPT:
            _EXPECTED.clear()
        found = _EXPECTED[names] = {fold_key(n): n for n in names}
    return found


_EXPECTED: dict[tuple[str, ...], dict[str, str]] = {}
_EXPECTED_KEPT = 16


def duplicate_item(subject: Subject, config: Config) -> Iterator[Hit]:
    for key, sub in (("themes", None), ("principles", None), ("quotes", "text")):
        seen: dict[str, int] = {}
        for i, item in enumerate(_list(subject.record, key)):
            text = item.get(sub) if sub and isinstance(item, dict) else item
            if not isinstance(text, str):
                continue
            folded = text.casefold().rstrip(_TRAILING)
            if folded in seen:
                path = f"{key}[{i}]"
                yield "duplicate-item", f"{path} repeats {key}[{seen[folded]}]: {text[:60]!r}", path
            seen.setdefault(folded, i)


def text_hygiene(subject: Subject, config: Config) -> Iterator[Hit]:
    """Chrome, markup and mojibake: three ways page furniture or bad decoding leak into text.

    The record's strings are first tested together, in one pass: none of the three patterns
    can match across the newline that joins them, so a record with no hit in the whole (nearly
    every one) has none in any string, and only a record with some hit is read string by string.
    """
    whole = subject.whole
    if not any(pattern.search(whole) for _, pattern, _ in _suspects(whole)):
        return
    for kind, index, text in subject.texts:
        for code, pattern, what in _suspects(text):
            match = pattern.search(text)
            if match:
                path = path_of(kind, index)
                yield code, f"{path} contains {what} {match.group(0)!r}", path


def _suspects(text: str) -> Iterator[tuple[str, re.Pattern[str], str]]:
    """The hygiene checks worth running on ``text``: cheap character tests first, regex after."""
    folded = text.casefold()
    if any(phrase in folded for phrase in _LEAKS):
        yield "chrome-leak", re.compile(_CHROME, re.IGNORECASE), "site chrome"
    if "<" in text or ("&" in text and ";" in text):  # every entity ends in ";" ("P&L" is text)
        yield "markup-remnant", re.compile(_MARKUP), "markup"
    if looks_misdecoded(text):
        yield "mojibake", mojibake(), "mis-decoded text"


def quote_marks(subject: Subject, config: Config) -> Iterator[Hit]:
    whole = subject.whole
    if '"' not in whole and (
        whole.isascii() or not any(a in whole for pair in _PAIRS for a in pair)
    ):
        return  # no quote mark in any string: nothing can be unbalanced
    for kind, index, text in subject.texts:
        unbalanced = text.count('"') % 2 == 1 or (
            not text.isascii() and any(text.count(a) != text.count(b) for a, b in _PAIRS)
        )
        if unbalanced:
            path = path_of(kind, index)
            yield "quote-unbalanced", f"{path} has unbalanced quote marks: {text[:60]!r}", path


def quote_parts(subject: Subject, config: Config) -> Iterator[Hit]:
    for i, quote in enumerate(_list(subject.record, "quotes")):
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


def field_length(subject: Subject, config: Config) -> Iterator[Hit]:
    for kind, index, text in subject.texts:
        bounds = _LENGTHS.get(kind)
        if bounds and text and not bounds[0] <= len(text) <= bounds[1]:
            low, high = bounds
            path = path_of(kind, index)
            size = "short" if len(text) < low else "long"
            yield (
                "field-length",
                f"{path} is suspiciously {size} ({len(text)} characters; expected {low}-{high})",
                path,
            )


def id_matches_name(subject: Subject, config: Config) -> Iterator[Hit]:
    name, record_id = subject.record.get("name"), subject.record.get("id")
    if (
        isinstance(name, str)
        and isinstance(record_id, str)
        and name
        and record_id != slugify(name)
        and not record_id.startswith(slugify(name) + "-")  # a namesake told apart in a batch
    ):
        yield (
            "id-mismatch",
            f"id {record_id!r} is not the slug of the name ({slugify(name)!r})",
            "id",
        )


def id_hashed(subject: Subject, config: Config) -> Iterator[Hit]:
    """An id made from a hash is stable but tells a reader nothing: say so, once, as a note."""
    name, record_id = subject.record.get("name"), subject.record.get("id")
    if not isinstance(record_id, str) or not record_id.startswith(HASHED_PREFIX):
        return  # (the cheap test first: almost every id is a name's slug)
    if (
        isinstance(name, str)
        and name.strip()
        and not latin_slug(name)
        and record_id == slugify(name)
    ):
        yield (
            "id-hashed",
            f"the name {name!r} has no Latin letters, so its id is a hash of it ({record_id})",
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
    id_hashed,
)
