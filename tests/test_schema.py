"""The published schema: generated from the model, in sync with the file, accepting our output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import GOLDEN, ROOT
from jsonschema import Draft202012Validator

from extractor import SCHEMA_VERSION
from extractor.batch.views import SCHEMA_COPY
from extractor.record.schema import SCHEMA_FILE, record_schema, schema_json

SCHEMA_PATH = ROOT / "schemas" / SCHEMA_FILE


def published() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def test_published_schema_matches_the_model() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_json(), (
        "schemas/ drifted from the model: run "
        "`extractor schema --out schemas/leader-record.schema.json`"
    )


def test_packaged_copy_matches_the_model() -> None:
    """The copy an ingest run writes into its folder (without building the model)."""
    assert SCHEMA_COPY.read_text(encoding="utf-8") == schema_json(), (
        "the packaged schema drifted from the model: run "
        "`extractor schema --out extractor/batch/leader-record.schema.json`"
    )


def test_drift_check_notices_a_changed_model() -> None:
    changed = record_schema()
    changed["properties"]["themes"]["items"]["maxLength"] = 10
    assert json.dumps(changed, indent=2, ensure_ascii=False) + "\n" != SCHEMA_PATH.read_text(
        encoding="utf-8"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(published())


@pytest.mark.parametrize("path", sorted((ROOT / "schemas").glob("*.json")), ids=lambda p: p.name)
def test_schema_uses_only_portable_keywords(path: Path) -> None:
    """ajv in strict mode rejects unknown formats and keywords; keep to the core vocabulary.
    Every published schema: the record's, and the corrections files' (read by editors' tools)."""
    allowed = {
        "$schema",
        "$id",
        "$defs",
        "$ref",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "anyOf",
        "enum",
        "const",
        "minimum",
        "maximum",
        "minLength",
        "pattern",
        "minItems",
        "maxItems",
        "title",
        "description",
        "default",
    }

    def walk(node: Any, in_properties: bool = False) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if not in_properties:
                    assert key in allowed, f"non-portable keyword {key!r}"
                walk(value, in_properties=key in {"properties", "$defs"} and not in_properties)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))
    walk(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.name)
def test_golden_record_validates(golden: Path) -> None:
    record = json.loads(golden.read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(published()).iter_errors(record))
    assert not errors, [e.message for e in errors]


def test_schema_rejects_a_broken_record() -> None:
    record = json.loads(sorted(GOLDEN.glob("*.json"))[0].read_text(encoding="utf-8"))
    record["dimensions"][0]["score"] = 140
    del record["name"]
    errors = list(Draft202012Validator(published()).iter_errors(record))
    assert len(errors) == 2


def test_schema_version_constant_matches_the_model() -> None:
    assert published()["properties"]["schema_version"]["const"] == SCHEMA_VERSION
