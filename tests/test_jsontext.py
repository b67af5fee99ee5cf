"""orjson writes exactly what ``json.dumps`` wrote: every golden, hostile strings, any value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

from extractor.base.jsontext import compact, indented, loads

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
