"""The whole pipeline for one page: bytes → text → blocks → sections → record.

Every caller (``parse``, batch ingest, the gate, the review report) goes through
:func:`parse_bytes`, so there is one definition of what a page means.
"""

from __future__ import annotations

import sys

from extractor.base.catalog import severity_of
from extractor.base.config import Config
from extractor.base.findings import Finding, sort_key
from extractor.base.urls import web_url
from extractor.check import run_rules
from extractor.check.policy import Policy
from extractor.load.decode import DAMAGED, decode, read_bytes
from extractor.parsing.assemble import assemble, doubt_straight_nickname
from extractor.parsing.chrome import note_chrome
from extractor.parsing.crosscheck import cross_check
from extractor.parsing.draft import LIST_FIELDS, TEXT_FIELDS, Draft
from extractor.parsing.sections import is_section_title
from extractor.read import READERS, Format, detect_format
from extractor.read.blocks import Block
from extractor.record.plain import (
    CONTENT_KEYS,
    EDITOR,
    is_exact,
    is_exact_findings,
    record_data,
    source_data,
)
from extractor.record.serialize import Span
from extractor.record.slug import slugify

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Any

    from extractor.correct.corrections import CorrectionSet
    from extractor.load.warc import Member
    from extractor.record.model import Record

DEFAULT_CONFIG = Config()
CONTENT = frozenset(CONTENT_KEYS)


def _sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data``, in hex: with CPython's own implementation (``_sha256``,
    the one ``hashlib`` falls back to) where there is one. ``hashlib`` loads OpenSSL, ~3 ms of
    a one-page ``parse`` (a quarter of ``python -c pass``), and hashes a page no faster that
    anyone could notice (~0.01 ms); a batch run, which hashes every input, brings its own
    digest. The constructor is looked up once per process (an import statement per page costs
    more than hashing a short one); where ``hashlib`` is loaded already, its OpenSSL digest
    (4x as fast) is taken at no start-up cost."""
    if not _SHA256:
        loaded = sys.modules.get("hashlib")
        if loaded is not None:
            _SHA256.append(loaded.sha256)
            return str(_SHA256[0](data).hexdigest())
        try:
            from _sha256 import sha256  # type: ignore[import-not-found]  # no stub: typed below
        except ImportError:
            try:  # Python 3.12 and later: the same module, renamed
                from _sha2 import sha256  # type: ignore[import-not-found]
            except ImportError:  # another Python: the same digest, from hashlib
                from hashlib import sha256
        _SHA256.append(sha256)
    return str(_SHA256[0](data).hexdigest())


_SHA256: list[Any] = []  # the digest's constructor, once found


class ParseResult:
    """A page's record plus what only the tool needs: its findings and the blocks it came from.

    ``data`` is the record as JSON data, exactly as ``Record.model_dump(mode="json")`` gives it
    (provenance aside); ``record`` is the same as the model object. ``raw_findings`` are every
    finding as the parser and the content rules raised them; ``findings`` are the same after the
    policy (the config's switched-off codes, severities and cap), which is what the record
    carries. A caller that adds findings of its own (the gate's schema layer) applies the policy
    to the raw ones plus its own, once. ``provenance``: source lines, or "editor" where a
    correction applied.

    Read-only by convention. A plain class, not a dataclass: every ``parse`` would otherwise pay
    for compiling generated methods it never calls.
    """

    __slots__ = (
        "_model",
        "accounted",
        "blocks",
        "chrome",
        "data",
        "findings",
        "policy",
        "provenance",
        "raw_findings",
        "text",
    )

    def __init__(  # noqa: PLR0917 - built in one place, by name
        self,
        data: dict[str, Any],
        raw_findings: list[Finding],
        findings: list[Finding],
        policy: Policy,
        provenance: dict[str, Span],
        blocks: list[Block],
        chrome: list[Block],
        accounted: frozenset[int],
        text: str,
    ) -> None:
        self.data = data
        self.raw_findings = raw_findings
        self.findings = findings
        self.policy = policy
        self.provenance = provenance
        self.blocks = blocks
        self.chrome = chrome
        self.accounted = accounted
        self.text = text
        self._model: Record | None = None

    @property
    def record(self) -> Record:
        """The record as the model object (the Python API's ``Record``), built on first use:
        the command line prints ``data`` and never needs pydantic."""
        if self._model is None:
            from extractor.record.model import Record

            self._model = Record.model_validate(self.data)
        return self._model


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
    draft = assemble(blocks, config.known_themes, document.aside)
    if chosen != "html":
        doubt_straight_nickname(draft)
    if document.chrome:
        note_chrome(document.chrome, "(a subscription widget, by the page's markup)", draft)
    cross_check(draft, document)
    if document.doubled:
        from extractor.read.doubled import doubled_finding  # a page that sets its text twice

        for doubled in document.doubled:
            draft.accounted.update(doubled.copies)  # named by the warning
        draft.diagnostics.append(doubled_finding(document.doubled))
    if decoded.guessed and decoded.encoding == "utf-8":
        draft.diagnostics.extend(_encoding_damaged(decoded.text, draft.provenance))
    elif decoded.guessed:
        draft.diagnostics.append(_encoding_guessed(data, decoded.encoding))
    url_found = web_url(url) or web_url(document.canonical)
    digest = sha256 or _sha256_hex(data)
    record = _record(draft, source_data(path, chosen, decoded.encoding, digest, url_found))
    provenance: dict[str, Span] = dict(draft.provenance)
    if corrections and corrections.for_record(record["id"]):
        # Editors' corrections (and what applying them needs) load only when some apply.
        from extractor.correct.apply import apply_corrections, settle

        applied = apply_corrections(record, digest, corrections.for_record(record["id"]), path)
        record = _exact_record(applied.record)
        provenance = _edited_provenance(provenance, applied.record, applied.edited)
        found = run_rules(record, provenance, config)
        parsed = settle([*draft.diagnostics, *found], applied.edited, applied.reviewed)
        raw = sorted([*parsed, *applied.findings], key=sort_key)
    else:
        raw = sorted([*draft.diagnostics, *run_rules(record, provenance, config)], key=sort_key)
    policy = Policy.from_config(config)
    findings = sorted(policy.apply(raw), key=sort_key)
    return ParseResult(
        data={**record, "diagnostics": _in_record(findings)},
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


def _encoding_guessed(data: bytes, encoding: str) -> Finding:
    """The note for a page decoded by a guess, at its first line that is not ASCII (where a
    wrong guess shows)."""
    first = next((i for i, byte in enumerate(data) if byte >= 0x80), 0)
    message = (
        f"not UTF-8 and no charset declared: read as {encoding}, a guess from the bytes; "
        "if accented letters or quote marks look wrong, save the page as UTF-8"
    )
    line = data.count(b"\n", 0, first) + 1
    return Finding(severity_of("encoding-guessed"), "encoding-guessed", message, line, None)


def _encoding_damaged(text: str, provenance: dict[str, tuple[int, int]]) -> list[Finding]:
    """A warning on each field that holds a line with bytes that were not UTF-8 (read as
    U+FFFD, see ``load.decode``), naming its lines (the most specific path: "quotes[1].speaker"
    rather than "quotes[1]"); one for lines in no field (chrome), so the damage is never
    silent."""
    lines = [number for number, line in enumerate(text.split("\n"), 1) if DAMAGED in line]
    hits = {
        path: hit
        for path, (first, last) in provenance.items()
        if not path.startswith("site_chrome[") and (hit := [n for n in lines if first <= n <= last])
    }
    found: list[Finding] = []
    placed: set[int] = set()
    for path, hit in hits.items():
        if any(other.startswith((path + ".", path + "[")) for other in hits):
            continue  # a part of it is named instead
        placed.update(hit)
        found.append(_damage(f"{path} holds", hit, path))
    rest = [n for n in lines if n not in placed]
    if rest:
        found.append(_damage("lines outside any field hold", rest, None))
    return found


def _damage(what: str, lines: list[int], field: str | None) -> Finding:
    shown = ", ".join(map(str, lines[:5])) + (", …" if len(lines) > 5 else "")
    message = (
        f"{what} bytes that are not UTF-8 (in a page that otherwise is), shown as '\ufffd': "
        f"line(s) {shown}; check its letters against the page"
    )
    return Finding(severity_of("encoding-damaged"), "encoding-damaged", message, lines[0], field)


def _record(draft: Draft, source: dict[str, Any]) -> dict[str, Any]:
    """The draft's fields, in the record's shape; what the page lacked is null or empty."""
    name = str(draft.values.get("name"))
    record = record_data(draft.values, slugify(name), source)
    if is_exact(record) and draft.values.keys() <= CONTENT:
        return record
    # Values the plain record cannot carry as they are: the model converts them (a tuple to a
    # list) or raises its error, exactly as when every record was built by it.
    from extractor.record.model import Record, Source

    values: dict[str, object] = {**dict.fromkeys(TEXT_FIELDS), **dict.fromkeys(LIST_FIELDS, ())}
    values.update(draft.values)
    model = Record.model_validate(
        {**values, "id": slugify(name), "source": Source(**source), "diagnostics": []}
    )
    return model.model_dump(mode="json", exclude={"provenance"})


def _exact_record(data: dict[str, Any]) -> dict[str, Any]:
    """A corrected record as the model dumps it (the editor's values are checked by
    ``correct``; the model converts or refuses anything else)."""
    if is_exact(data):
        return data
    from extractor.record.model import Record

    return Record.model_validate(data).model_dump(mode="json", exclude={"provenance"})


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


def _in_record(findings: list[Finding]) -> list[dict[str, Any]]:
    """The findings as the record carries them (``diagnostics``)."""
    items = [f.in_record() for f in findings]
    if is_exact_findings(items):
        return items
    from extractor.record.model import RecordFinding

    return [RecordFinding.model_validate(item).model_dump(mode="json") for item in items]
