"""The whole pipeline for one page: bytes → text → blocks → sections → record.

Every caller (``parse``, batch ingest, the gate, the review report) goes through
:func:`parse_bytes`, so there is one definition of what a page means.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from extractor.base.config import Config
from extractor.base.findings import Diagnostic
from extractor.check import apply_config, run_rules
from extractor.load.decode import decode, read_bytes
from extractor.parse.assemble import assemble, sorted_diagnostics
from extractor.parse.crosscheck import cross_check
from extractor.parse.draft import Draft
from extractor.read import READERS, Format, detect_format
from extractor.read.blocks import Block
from extractor.record.model import Finding, Record, Source
from extractor.record.serialize import record_dict
from extractor.record.slug import slugify

DEFAULT_CONFIG = Config()


DEFAULT_CONFIG = Config()


@dataclass(frozen=True, slots=True)
class ParseResult:
    """A record plus what only the tool needs: every finding and the blocks it was read from."""

    record: Record
    diagnostics: list[Diagnostic]
    provenance: dict[str, tuple[int, int]]
    blocks: list[Block]
    chrome: list[Block]
    accounted: frozenset[int]
    text: str


def parse_file(
    path: str, fmt: Format | None = None, config: Config = DEFAULT_CONFIG
) -> ParseResult:
    return parse_bytes(read_bytes(path, config.max_bytes), path, fmt, config)


def parse_bytes(
    data: bytes, path: str = "-", fmt: Format | None = None, config: Config = DEFAULT_CONFIG
) -> ParseResult:
    """Parse one page. Raises :class:`extractor.base.errors.Refusal`, and nothing else.

    The gate's content rules run here too, so a record carries every finding about it.
    """
    decoded = decode(data, html=fmt in (None, "html"))
    chosen = fmt or detect_format(path, decoded.text)
    document = READERS[chosen](decoded.text)
    blocks = document.blocks
    draft = assemble(blocks, config.known_themes)
    cross_check(draft, document)
    source = Source(
        path=path, format=chosen, encoding=decoded.encoding, sha256=hashlib.sha256(data).hexdigest()
    )
    draft_record = _record(draft, source)
    found = run_rules(record_dict(draft_record), draft.provenance, config)
    diagnostics = sorted_diagnostics(apply_config([*draft.diagnostics, *found], config))
    return ParseResult(
        record=draft_record.model_copy(update={"diagnostics": _findings(diagnostics)}),
        diagnostics=diagnostics,
        provenance=draft.provenance,
        blocks=blocks,
        chrome=draft.chrome,
        accounted=frozenset(draft.accounted),
        text=decoded.text,
    )


def _record(draft: Draft, source: Source) -> Record:
    values = draft.values
    name = str(values["name"])
    return Record(
        id=slugify(name),
        name=name,
        headline=values.get("headline"),
        role=values.get("role"),
        company=values.get("company"),
        bio=values.get("bio"),
        dimensions=values.get("dimensions", []),
        themes=values.get("themes", []),
        summary=values.get("summary"),
        principles=values.get("principles", []),
        quotes=values.get("quotes", []),
        extra_sections=values.get("extra_sections", []),
        source=source,
        diagnostics=[],
    )


def _findings(diagnostics: list[Diagnostic]) -> list[Finding]:
    return [
        Finding(
            severity=d.severity.value, code=d.code, message=d.message, line=d.line, field=d.field
        )
        for d in diagnostics
    ]
