"""The whole pipeline for one page: bytes → text → blocks → sections → record.

Every caller (``parse``, batch ingest, the gate, the review report) goes through
:func:`parse_bytes`, so there is one definition of what a page means.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extractor.base.config import Config
from extractor.base.findings import Finding, sort_key
from extractor.base.urls import web_url
from extractor.check import run_rules
from extractor.check.policy import Policy
from extractor.correct.apply import apply_corrections, settle
from extractor.correct.corrections import CorrectionSet
from extractor.load.decode import decode, read_bytes
from extractor.parsing.assemble import assemble
from extractor.parsing.crosscheck import cross_check
from extractor.parsing.draft import LIST_FIELDS, TEXT_FIELDS, Draft
from extractor.parsing.sections import is_section_title
from extractor.read import READERS, Format, detect_format
from extractor.read.blocks import Block
from extractor.record.model import EDITOR, Record, RecordFinding, Source
from extractor.record.serialize import Span, record_dict
from extractor.record.slug import slugify

if TYPE_CHECKING:
    from extractor.load.warc import Member

DEFAULT_CONFIG = Config()


@dataclass(frozen=True, slots=True)
class ParseResult:
    """A page's record plus what only the tool needs: its findings and the blocks it came from.

    ``raw_findings`` are every finding as the parser and the content rules raised them;
    ``findings`` are the same after the policy (the config's switched-off codes, severities and
    cap), which is what the record carries. A caller that adds findings of its own (the gate's
    schema layer) applies the policy to the raw ones plus its own, once.
    """

    record: Record
    raw_findings: list[Finding]
    findings: list[Finding]
    policy: Policy
    provenance: dict[str, Span]  # source lines, or "editor" where a correction applied
    blocks: list[Block]
    chrome: list[Block]
    accounted: frozenset[int]
    text: str


def parse_file(
    path: str,
    fmt: Format | None = None,
    config: Config = DEFAULT_CONFIG,
    corrections: CorrectionSet | None = None,
) -> ParseResult:
    data = read_bytes(path, config.max_bytes)
    return parse_bytes(data, path, fmt, config, corrections=corrections)


def parse_bytes(
    data: bytes,
    path: str = "-",
    fmt: Format | None = None,
    config: Config = DEFAULT_CONFIG,
    *,
    url: str | None = None,
    charset: str | None = None,
    corrections: CorrectionSet | None = None,
    sha256: str | None = None,
) -> ParseResult:
    """Parse one page. Raises :class:`extractor.base.errors.Refusal`, and nothing else.

    The content rules run here too, so a record carries every finding about it. ``url`` and
    ``charset`` are what a crawler knew about the page (its address, the HTTP charset): the
    address becomes ``source.url`` (else the page's canonical link does), the charset joins the
    decoding evidence. ``corrections`` are editors' corrections: those for this record are
    applied before the content rules run, so the rules judge what will be published.
    ``sha256``: the bytes' digest when the caller has it already (a batch run hashes every
    input to tell whether it changed), so a page is hashed once.
    """
    decoded = decode(data, html=fmt in (None, "html"), charset=charset)
    chosen = fmt or detect_format(path, decoded.text)
    document = READERS[chosen](decoded.text, is_section_title)
    blocks = document.blocks
    draft = assemble(blocks, config.known_themes)
    cross_check(draft, document)
    source = Source(
        path=path,
        format=chosen,
        encoding=decoded.encoding,
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        url=web_url(url) or web_url(document.canonical),
    )
    draft_record = _record(draft, source)
    provenance: dict[str, Span] = dict(draft.provenance)
    corrected: list[Finding] = []
    edited: tuple[str, ...] = ()
    reviewed = False
    if corrections and corrections.for_record(draft_record.id):
        applied = apply_corrections(
            record_dict(draft_record), source.sha256, corrections.for_record(draft_record.id), path
        )
        draft_record = Record.model_validate(applied.record)
        provenance = _edited_provenance(provenance, applied.record, applied.edited)
        corrected, edited, reviewed = applied.findings, applied.edited, applied.reviewed
    found = run_rules(record_dict(draft_record), provenance, config)
    parsed = settle([*draft.diagnostics, *found], edited, reviewed)
    raw = sorted([*parsed, *corrected], key=sort_key)
    policy = Policy.from_config(config)
    findings = sorted(policy.apply(raw), key=sort_key)
    return ParseResult(
        record=draft_record.model_copy(update={"diagnostics": _in_record(findings)}),
        raw_findings=raw,
        findings=findings,
        policy=policy,
        provenance=provenance,
        blocks=blocks,
        chrome=draft.chrome,
        accounted=frozenset(draft.accounted),
        text=decoded.text,
    )


def parse_member(
    data: bytes,
    member: Member,
    config: Config = DEFAULT_CONFIG,
    corrections: CorrectionSet | None = None,
    sha256: str | None = None,
) -> ParseResult:
    """A page read from a crawl archive: HTML, named by its URL, decoded with its HTTP charset."""
    return parse_bytes(
        data,
        member.key,
        "html",
        config,
        url=member.url,
        charset=member.charset,
        corrections=corrections,
        sha256=sha256,
    )


def _record(draft: Draft, source: Source) -> Record:
    """The draft's fields, in the record's shape; what the page lacked is null or empty."""
    values: dict[str, object] = {**dict.fromkeys(TEXT_FIELDS), **dict.fromkeys(LIST_FIELDS, ())}
    values.update(draft.values)
    name = str(values["name"])
    return Record.model_validate(
        {**values, "id": slugify(name), "source": source, "diagnostics": []}
    )


def _edited_provenance(
    provenance: dict[str, Span], record: dict[str, object], edited: tuple[str, ...]
) -> dict[str, Span]:
    """Source lines for what the parser found; ``editor`` for each corrected path and its items.

    A corrected list (themes) is the editor's as a whole: its items' old line ranges go.
    """
    out = {
        path: span
        for path, span in provenance.items()
        if not any(path.startswith((e + "[", e + ".")) for e in edited)
    }
    for path in edited:
        out[path] = EDITOR
        value = record.get(path)
        if isinstance(value, list):
            out.update({f"{path}[{n}]": EDITOR for n in range(len(value))})
    return out


def _in_record(findings: list[Finding]) -> list[RecordFinding]:
    return [RecordFinding.model_validate(f.in_record()) for f in findings]
