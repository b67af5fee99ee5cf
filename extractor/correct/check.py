"""Check a corrections file against the records it targets, without applying it.

``extractor validate`` runs this: the gate sees published records, whose corrected fields
already hold the editor's value (provenance ``editor``), so it checks what can be known from
a record alone — the id exists, the path exists, the value fits, the source is the same.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from extractor.base.catalog import severity_of
from extractor.base.findings import Finding
from extractor.correct.corrections import Correction
from extractor.correct.paths import REVIEWED, get, parse_path, problem


def check_against(
    corrections: Sequence[Correction],
    records: Mapping[str, dict[str, Any]],
    lines: Sequence[int] = (),
) -> list[Finding]:
    """A finding per correction that would not apply to ``records`` (id → record as JSON),
    at its line of the file when ``lines`` (see :func:`extractor.correct.lines.item_lines`)."""
    found: list[Finding] = []
    for n, correction in enumerate(corrections):
        where = f"corrections[{n}] ({correction.record} {correction.path})"
        line = lines[n] if n < len(lines) else None
        record = records.get(correction.record)
        if record is None:
            message = f"{where}: no record with this id among the records checked"
            found.append(_finding("correction-id-unknown", message, correction, line))
            continue
        source = record.get("source")
        sha = source.get("sha256") if isinstance(source, dict) else None
        provenance = record.get("provenance")
        applied = isinstance(provenance, dict) and provenance.get(correction.path) == "editor"
        now = None
        if correction.path != REVIEWED:
            path = parse_path(correction.path)
            exists, now = get(record, path) if path else (False, None)
            if path is None or not exists:
                message = f"{where}: the record has no such field"
                found.append(_finding("correction-path-unknown", message, correction, line))
                continue
            why = problem(path, correction.editor)
            if why:
                message = f"{where}: the editor's value {why}"
                found.append(_finding("correction-value-invalid", message, correction, line))
                continue
        elif correction.editor is not True:
            message = f"{where}: 'reviewed' takes the editor value true"
            found.append(_finding("correction-value-invalid", message, correction, line))
            continue
        # As ingest applies it: held while the bytes are the same or the field reads as the
        # editor saw it (another page of the leader, or this one edited elsewhere).
        holds = correction.path != REVIEWED and now == correction.parser
        if not applied and sha != correction.source_sha256 and not holds:
            message = (
                f"{where}: made against source {correction.source_sha256[:12]}, "
                f"the record's source is now {str(sha)[:12]}; it will not be applied"
            )
            found.append(_finding("correction-stale", message, correction, line))
    return found


def check_values(corrections: Sequence[Correction], lines: Sequence[int] = ()) -> list[Finding]:
    """A corrections file checked alone (no records with it): each editor value that could
    stand at its path in no record (a score of 150, an empty name, themes that are no list),
    which ``ingest`` would only report, as not applied, once it met the record."""
    found: list[Finding] = []
    for n, correction in enumerate(corrections):
        where = f"corrections[{n}] ({correction.record} {correction.path})"
        line = lines[n] if n < len(lines) else None
        if correction.path == REVIEWED:
            why = None if correction.editor is True else "'reviewed' takes the editor value true"
        else:
            path = parse_path(correction.path)
            value = problem(path, correction.editor) if path else None
            why = f"the editor's value {value}" if value else None
        if why:
            found.append(_finding("correction-value-invalid", f"{where}: {why}", correction, line))
    return found


def _finding(code: str, message: str, correction: Correction, line: int | None) -> Finding:
    field = None if correction.path == REVIEWED else correction.path
    return Finding(severity_of(code), code, message, line, field, None, correction.record)
