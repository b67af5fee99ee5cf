"""orjson writes records byte for byte as the json module did (ingest may use either)."""

from __future__ import annotations

import json
from typing import Any

from conftest import GOLDEN
from hypothesis import given, strategies as st

from extractor.record.serialize import to_json, to_json_bytes

HOSTILE = [
    "\x00\x01\x08\x0c\x1f\x7f",
    "\n\r\t",
    '"quoted" \\ back/slash',
    "\u2028\u2029 line separators",
    "</script><!-- é 😀 \ufeff \u200b",
    "",
]
# Record-shaped data: strings, integers within 64 bits, booleans, null; no floats (see
# to_json_bytes).
SCALARS = st.one_of(
    st.text(), st.integers(-(2**63), 2**63 - 1), st.booleans(), st.none(), st.sampled_from(HOSTILE)
)
DATA = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def test_every_golden_record_is_written_identically() -> None:
    goldens = sorted(GOLDEN.glob("*.json"))
    assert goldens
    for path in goldens:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert to_json_bytes(data) == to_json(data).encode("utf-8") == path.read_bytes(), path


def test_hostile_strings_are_escaped_identically() -> None:
    data: dict[str, Any] = {text: [text, {"k": text}] for text in HOSTILE}
    assert to_json_bytes(data) == to_json(data).encode("utf-8")


@given(DATA)
def test_any_record_shaped_data_is_written_identically(data: Any) -> None:
    try:
        expected = to_json(data).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no bytes either way
        return
    assert to_json_bytes(data) == expected


def test_what_orjson_refuses_goes_the_old_way() -> None:
    big = {"n": 2**70}
    assert to_json_bytes(big) == to_json(big).encode("utf-8")
