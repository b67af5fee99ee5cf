"""What must hold for every input.

Either the documented error, or a record that validates, is deterministic and loses no line.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, sample_paths
from hypothesis import given, settings, strategies as st
from jsonschema import Draft202012Validator

from extractor.base.errors import Refusal
from extractor.pipeline import ParseResult, parse_bytes
from extractor.record.serialize import record_json

SCHEMA = Draft202012Validator(
    json.loads((ROOT / "schemas" / "leader-record.schema.json").read_text(encoding="utf-8"))
)
SAMPLES = [p.read_bytes() for p in sample_paths()]
FORMATS = st.sampled_from([None, "text", "markdown", "html"])
PROFILE = settings()  # examples and deadline come from the profile loaded in conftest


def parse_or_refuse(data: bytes, fmt: str | None) -> ParseResult | None:
    try:
        return parse_bytes(data, "fuzz", fmt)  # type: ignore[arg-type]
    except Refusal as refusal:
        assert refusal.code and str(refusal)
        return None


def check(result: ParseResult | None, data: bytes, fmt: str | None) -> None:
    if result is None:
        return
    text = record_json(result.record, result.provenance)
    errors = [e.message for e in SCHEMA.iter_errors(json.loads(text))]
    assert not errors
    again = parse_or_refuse(data, fmt)
    assert again is not None and record_json(again.record, again.provenance) == text
    lost = [b for b in result.blocks if b.start not in result.accounted]
    assert not lost, f"blocks in no field, not chrome, not reported: {lost[:3]}"


@PROFILE
@given(st.binary(max_size=2000), FORMATS)
def test_random_bytes(data: bytes, fmt: str | None) -> None:
    check(parse_or_refuse(data, fmt), data, fmt)


@PROFILE
@given(st.text(max_size=2000), FORMATS)
def test_random_text(text: str, fmt: str | None) -> None:
    data = text.encode("utf-8", "surrogatepass")
    check(parse_or_refuse(data, fmt), data, fmt)


@st.composite
def mutated_sample(draw: st.DrawFn) -> bytes:
    lines = draw(st.sampled_from(SAMPLES)).split(b"\n")
    operation = draw(st.sampled_from(["drop", "duplicate", "shuffle", "truncate", "flip"]))
    if operation == "flip":
        data = bytearray(b"\n".join(lines))
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if operation == "shuffle":
        return b"\n".join(draw(st.permutations(lines)))
    at = draw(st.integers(0, len(lines) - 1))
    if operation == "drop":
        del lines[at]
    elif operation == "duplicate":
        lines.insert(at, lines[at])
    else:
        lines = lines[:at]
    return b"\n".join(lines)


@PROFILE
@given(mutated_sample(), FORMATS)
def test_mutated_samples(data: bytes, fmt: str | None) -> None:
    check(parse_or_refuse(data, fmt), data, fmt)


def test_every_sample_loses_nothing() -> None:
    for sample in sample_paths():
        result = parse_bytes(sample.read_bytes(), Path(sample).name)
        assert all(b.start in result.accounted for b in result.blocks), sample.name
