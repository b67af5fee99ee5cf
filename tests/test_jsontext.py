"""orjson writes exactly what ``json.dumps`` wrote: every golden, hostile strings, any value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import given, strategies as st

from extractor.base.jsontext import (
    compact,
    compact_of,
    compact_plain,
    has_float,
    indented,
    indented_floatless,
    indented_spelled,
    loads,
    loads_written,
    spelled,
)

GOLDENS = sorted((ROOT / "tests" / "golden").rglob("*.json"))
HOSTILE = [
    "\u2028\u2029",  # line and paragraph separators: JavaScript's newlines, JSON's characters
    "".join(chr(c) for c in range(0x20)) + "\x7f\x80\x9f\xa0\xad",
    '"\\/\b\f\n\r\t',
    "\ufeff\ufffe\uffff\ud7ff\ue000",
    "\U0001f600\U0010ffff",
    "</script><!-- & -->",
    "\ud800 lone \udfff surrogates",
    "e\u0301 combining, \u200b\u200d zero widths, \u202e bidi",
]


def stdlib_indented(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def stdlib_compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_there_are_goldens() -> None:
    assert len(GOLDENS) >= 10


@pytest.mark.parametrize("path", GOLDENS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_golden_is_written_byte_for_byte_as_before(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    value = json.loads(text)
    assert loads(text) == value
    assert indented(value) == stdlib_indented(value)
    assert compact(value) == stdlib_compact(value)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings(text: str) -> None:
    value = {"name": text, "themes": [text, {text: [text]}], "n": [0, -1, 2**63 - 1, None, True]}
    assert indented(value) == stdlib_indented(value)
    assert compact(value) == stdlib_compact(value)


def test_floats_ints_and_odd_types_as_the_standard_library_writes_them() -> None:
    floats = [0.1, 1e-05, 2.5e-07, 1e16, 1e22, -0.0, 100.0, float("nan"), float("inf")]
    for value in [floats, {"seconds": 5e-05}, [2**64, -(2**70)], {1: "int key"}, (1, (2,))]:
        assert indented(value) == stdlib_indented(value)
        assert compact(value) == stdlib_compact(value)


def test_what_the_standard_library_refuses_is_refused_alike() -> None:
    with pytest.raises(TypeError):
        indented({"a": {1, 2}})
    with pytest.raises(TypeError):
        compact(object())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@given(json_values)
def test_any_json_value(value: Any) -> None:
    assert indented(value) == stdlib_indented(value)
    assert compact(value) == stdlib_compact(value)


@given(json_values)
def test_a_text_read_plain_is_written_compact_as_before(value: Any) -> None:
    """``compact_of`` (orjson alone when it writes the stored text back alike) gives what
    ``compact(loads(text))`` gave, for any text ``indented`` wrote: floats, big ints and all."""
    text = indented(value) + "\n"
    try:
        before = compact(loads(text)).encode("utf-8")
    except (UnicodeEncodeError, ValueError):
        return  # a lone surrogate: not UTF-8 either way
    assert compact_of(text) == before
    data, plain = loads_written(text)
    assert repr(data) == repr(loads(text))  # repr: NaN is not equal to itself
    if plain:
        assert compact_plain(data) == before


@pytest.mark.parametrize("path", GOLDENS, ids=lambda p: str(p.relative_to(ROOT)))
def test_records_are_read_plain(path: Path) -> None:
    """The common case takes the quick path: every golden record's text reads plain."""
    text = indented(json.loads(path.read_text(encoding="utf-8"))) + "\n"
    assert loads_written(text)[1]


def test_what_orjson_would_spell_otherwise_does_not_read_plain() -> None:
    for value in [{"a": 1e-05}, {"a": [2**64]}, [float("nan")], {"a": [2.5e-07]}]:
        assert not loads_written(indented(value))[1]
    assert loads_written(indented({"a": 0.1}))[1]  # spelled alike by both: plain


@given(json_values)
def test_floatless_and_spelled_writers_match_the_standard_library(value: Any) -> None:
    if not has_float(value):
        assert indented_floatless(value) == stdlib_indented(value)
    spelled_value = {"v": value, "seconds": spelled(0.00012)}
    try:
        text = indented_spelled(spelled_value)
    except TypeError:
        return  # what orjson refuses: the caller takes indented()
    assert text == stdlib_indented({"v": value, "seconds": 0.00012}) or has_float(value)
