"""JSON text exactly as the standard library writes it, written by orjson: ten times faster.

``json.dumps(indent=2)`` falls back to the pure-Python encoder, which cost an ingest about
0.15 ms per record. orjson writes the same bytes for everything our files hold (strings with
``ensure_ascii=False``, ints, bools, None, lists, dicts in insertion order, the same indent and
separators) except floats, which it spells its own way (``1e-05`` → ``0.00001``): floats are
therefore handed to orjson already written by the standard library, as raw fragments. Anything
orjson refuses or would write differently (lone surrogates, ints beyond 64 bits, keys that are
not strings, dataclasses) takes the standard library's path, so the text, or the error, is
always what ``json.dumps`` gives. ``tests/test_jsontext.py`` proves the equality.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

# Subclasses (enums), dataclasses and datetimes go to ``_refuse``, hence to the standard library.
_COMPACT = (
    orjson.OPT_PASSTHROUGH_SUBCLASS
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_DATETIME
)
_INDENT = _COMPACT | orjson.OPT_INDENT_2


def indented(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``."""
    try:
        return orjson.dumps(_exact(data), default=_refuse, option=_INDENT).decode("utf-8")
    except (TypeError, ValueError):
        return json.dumps(data, ensure_ascii=False, indent=2)


def indented_floatless(data: Any) -> str:
    """``indented(data)`` for data that holds no float by its type (a record as the model
    dumps it: the published schema has no number but integers), without the walk looking for
    one; anything orjson refuses (a lone surrogate, an int beyond 64 bits) still takes the
    standard library's path."""
    try:
        return orjson.dumps(data, default=_refuse, option=_INDENT).decode("utf-8")
    except (TypeError, ValueError):
        return json.dumps(data, ensure_ascii=False, indent=2)


def spelled(value: float) -> orjson.Fragment:
    """A float as the standard library spells it, for orjson to write as is."""
    return orjson.Fragment(json.dumps(value))


def indented_spelled(data: Any) -> str:
    """``indented(data)`` for data whose every float the caller has replaced by
    :func:`spelled`; raises TypeError for anything orjson refuses (the caller then takes
    :func:`indented`)."""
    return orjson.dumps(data, default=_refuse, option=_INDENT).decode("utf-8")


def compact(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, separators=(",", ":"))``."""
    try:
        return orjson.dumps(_exact(data), default=_refuse, option=_COMPACT).decode("utf-8")
    except (TypeError, ValueError):
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def loads_written(text: str) -> tuple[Any, bool]:
    """``loads(text)`` of a text :func:`indented` wrote (with a newline after it or not), and
    whether orjson alone writes that data as :func:`compact` does: true when orjson, writing the
    data back indented, gives the very text. The text spells every float the standard library's
    way (the standard library wrote it) and orjson spelled each alike, so none needs the walk;
    a text orjson writes back otherwise (a float spelled its own way, an int beyond 64 bits that
    orjson reads as a float) is not. Two passes in C: a few microseconds for a record, where the
    walk looking for floats took ~8."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text), False
    try:
        again = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except TypeError:
        return data, False
    written = text.encode("utf-8")  # a str orjson read holds no lone surrogate: it encodes
    return data, written == again or written == again + b"\n"


def compact_plain(data: Any) -> bytes:
    """``compact(data)`` as UTF-8 for data :func:`loads_written` found plain: orjson alone."""
    return orjson.dumps(data)


def compact_of(text: str) -> bytes:
    """``compact(loads(text))`` as UTF-8, for a text :func:`indented` wrote (a record's)."""
    data, plain = loads_written(text)
    return compact_plain(data) if plain else compact(data).encode("utf-8")


def loads(text: str) -> Any:
    """``json.loads(text)``; the standard library for what orjson reads otherwise."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _refuse(value: Any) -> Any:
    """What orjson cannot write natively: let the standard library decide (and fail alike)."""
    raise TypeError(type(value).__name__)


def _exact(value: Any) -> Any:
    """``value`` with every float replaced by the standard library's spelling of it; the same
    object when it holds none, the common case (records have no floats), found by a quick walk."""
    return _with_fragments(value) if _has_float(value) else value


def has_float(value: Any) -> bool:
    """Whether a float is anywhere in ``value`` (in its dicts, lists and tuples): what orjson
    would spell its own way."""
    return _has_float(value)


def _has_float(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            stack.extend(item.values())
        elif kind is list or kind is tuple:
            stack.extend(item)
        elif kind is float:
            return True
    return False


def _with_fragments(value: Any) -> Any:
    kind = type(value)
    if kind is float:
        return spelled(value)
    if kind is dict:
        return {k: _with_fragments(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [_with_fragments(v) for v in value]
    return value  # anything else: orjson writes it as json would, or refuses
