"""The record: one per leader page. Its JSON Schema (``extractor schema``) is what we publish.

Field order here is the key order of every exported record, so it is part of the contract.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from extractor.record.slug import SLUG_PATTERN

NonEmpty = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Dimension(_Strict):
    name: NonEmpty
    score: Annotated[int, Field(ge=0, le=100)]


class Quote(_Strict):
    text: str = Field(description="The quote without its wrapping quote marks.")
    speaker: str = Field(
        description="Who said it: the leader unless the attribution names someone else."
    )
    context: str | None = Field(
        description="The attribution after the dash; null when there is none."
    )


class ExtraSection(_Strict):
    title: NonEmpty
    text: str


class Source(_Strict):
    path: str
    format: Literal["text", "markdown", "html"]
    encoding: str
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    url: Annotated[str, Field(min_length=1)] | None = Field(
        default=None,
        description="Where the page lives on the web: the URL it was fetched from (a WARC "
        "record's target URI), else the page's own canonical URL; absent when unknown.",
    )

    @model_serializer(mode="wrap")
    def _omit_unknown_url(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        """No URL, no key: records of local files stay exactly as they were before URLs."""
        data: dict[str, object] = handler(self)
        if data.get("url") is None:
            data.pop("url", None)
        return data


# A finding as a record carries it (extractor.base.findings.Finding, without its file).
class RecordFinding(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, title="Finding")

    severity: Literal["error", "warning", "info"]
    code: NonEmpty
    message: str
    line: Annotated[int, Field(ge=1)] | None
    field: str | None


LineRange = Annotated[list[Annotated[int, Field(ge=1)]], Field(min_length=2, max_length=2)]


class Record(_Strict):
    """One leader page as structured data."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        title="Leader record",
        json_schema_extra={"description": "One leader profile page extracted by extractor."},
    )

    schema_version: Literal["1.0"] = "1.0"
    id: Annotated[str, Field(pattern=SLUG_PATTERN)]
    name: NonEmpty
    headline: str | None
    role: str | None
    company: str | None
    bio: str | None
    dimensions: list[Dimension]
    themes: list[str]
    summary: str | None
    principles: list[str]
    quotes: list[Quote]
    extra_sections: list[ExtraSection]
    source: Source
    diagnostics: list[RecordFinding]
    provenance: dict[str, LineRange | Literal["editor"]] | None = Field(
        default=None,
        description="Source line range [first, last] of each field path, or 'editor' for a "
        "value an editor's correction put there (present with --provenance).",
    )

    @property
    def findings(self) -> list[RecordFinding]:
        """What the parser and the content rules found: the ``diagnostics`` key, by line."""
        return self.diagnostics

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON data, keys in the published order (as the CLI writes it)."""
        data: dict[str, Any] = self.model_dump(mode="json")
        if data.get("provenance") is None:
            data.pop("provenance", None)
        return data

    def to_json(self) -> str:
        """The record as the CLI prints it: 2-space indent, UTF-8 kept, newline at the end."""
        # serialize.to_json's form, spelled out here: serialize imports this module.
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
