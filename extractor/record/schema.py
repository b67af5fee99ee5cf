"""The published JSON Schema, generated from the model so the two cannot drift apart."""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import GenerateJsonSchema

from extractor import SCHEMA_VERSION
from extractor.record.folder import SCHEMA_FILE
from extractor.record.model import Record, Source
from extractor.record.serialize import to_json

SCHEMA_ID = f"urn:extractor:schema:leader-record:{SCHEMA_VERSION}"
# The published schema names its definitions as it did before the Python classes were renamed.
_DEF_NAMES = {"RecordFinding": "Finding"}

__all__ = ["SCHEMA_FILE", "SCHEMA_ID", "record_schema", "schema_json"]


class _PublishedNames(GenerateJsonSchema):
    def normalize_name(self, name: str) -> str:
        return super().normalize_name(_DEF_NAMES.get(name, name))


def record_schema() -> dict[str, Any]:
    """Draft 2020-12 schema of a record; every key but ``provenance`` is required.

    Kept to keywords every validator knows (no ``format``), so ajv in strict mode reads it too.
    """
    generated = Record.model_json_schema(mode="serialization", schema_generator=_PublishedNames)
    generated["required"] = [key for key in generated["properties"] if key != "provenance"]
    generated["properties"]["schema_version"].pop("default", None)
    # Source drops an unknown url when serialised; its input form is the honest description.
    generated["$defs"]["Source"] = Source.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **generated,
    }


def schema_json() -> str:
    return to_json(record_schema())
