"""Apply an editor's corrections to one record: pure, so it is easy to test and to trust.

Each correction is judged on its own, in this order:

1. its path must name a field this record has (else ``correction-path-unknown``);
2. its editor value must fit that field (else ``correction-value-invalid``);
3. if the parser now gives the editor's value, there is nothing to do (``correction-unneeded``);
4. if the source page changed since the correction in a way that touches the field (the
   parser now reads it otherwise than the editor saw it), it is not applied blindly
   (``correction-stale``, with the parser's value then and now) — it stays in the file for
   the editor to re-confirm; an edit elsewhere on the page (or another page of the same
   leader) that leaves the field as the editor saw it keeps the correction;
5. else the editor's value replaces the parser's (``correction-applied``) and the path's
   provenance becomes ``editor``; when the page is the very one corrected but the parser's
   value there is no longer the one the editor saw (a newer parser reads it otherwise), it is
   applied with a warning instead (``correction-parser-changed``, both values quoted): the
   editor judged these bytes, but the new reading may hold what the correction drops.

A correction of a field also settles the parser's guess about it, and ``reviewed`` settles
every guess in the record: :func:`settle` drops those guess warnings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from extractor.base.catalog import is_guess, severity_of
from extractor.base.findings import Finding
from extractor.correct.corrections import Correction
from extractor.correct.paths import REVIEWED, FieldPath, get, parse_path, problem, put

_SHOWN = 600  # characters of a value quoted in a message


@dataclass(frozen=True, slots=True)
class Applied:
    """The corrected record (JSON data), the paths now holding an editor's value, and findings."""

    record: dict[str, Any]
    edited: tuple[str, ...]
    findings: list[Finding]
    reviewed: bool


def apply_corrections(
    record: dict[str, Any],
    source_sha256: str,
    corrections: Sequence[Correction],
    source_path: str | None = None,
) -> Applied:
    """``record`` with every correction for it that still holds; never raises on bad input.

    ``source_path`` is the page the record came from. A correction holds while the page's
    bytes are the ones it was made against, or while the parser gives the field the value the
    editor corrected: on another page of the same leader (a copy in another format, say), or
    on this page edited elsewhere. Before, any edit of the page made every correction of it
    stale, each to be re-confirmed by hand, though its field read as it did. ``reviewed``
    accepts the record as the page was: it holds on those bytes alone.
    """
    edited: list[str] = []
    findings: list[Finding] = []
    reviewed = False
    for correction in corrections:
        if correction.record != record.get("id"):
            continue
        if correction.path == REVIEWED:
            if correction.source not in (None, source_path):
                continue  # an editor accepted another page of this leader, not this one
            finding, ok = _review(correction, source_sha256)
            reviewed = reviewed or ok
            findings.append(finding)
            continue
        record, finding, ok = _one(record, source_sha256, correction)
        findings.append(finding)
        if ok:
            edited.append(correction.path)
    return Applied(record, tuple(edited), findings, reviewed)


def _one(
    record: dict[str, Any], sha256: str, correction: Correction
) -> tuple[dict[str, Any], Finding, bool]:
    path = parse_path(correction.path)
    found, now = get(record, path) if path else (False, None)
    if path is None or not found:
        message = f"{correction.path}: this record has no such field; the correction is not applied"
        return record, _finding("correction-path-unknown", message, correction), False
    why = problem(path, correction.editor)
    if why:
        message = f"{correction.path}: the editor's value {why}; the correction is not applied"
        return record, _finding("correction-value-invalid", message, correction), False
    if now == correction.editor:
        message = (
            f"{correction.path}: the parser now gives the editor's value {_show(now)}; "
            "the correction is no longer needed"
        )
        return record, _finding("correction-unneeded", message, correction), False
    moved_on = correction.source_sha256 != sha256
    if moved_on and now != correction.parser:
        return record, _stale(correction, sha256, now), False
    message = (
        f"{correction.path}: the editor's {_show(correction.editor)} "
        f"replaces the parser's {_show(now)}"
    )
    if moved_on:  # another page of the leader, or this one edited elsewhere: the field holds
        message += (
            f" (made against {correction.source_sha256[:12]}{_on(correction)}, now "
            f"{sha256[:12]}: the parser gives this field what it gave the editor)"
        )
    code = "correction-applied"
    if now != correction.parser:  # same bytes (else it was stale above), another reading
        code = "correction-parser-changed"
        message += (
            f", which is not what the parser gave when the correction was made "
            f"({_show(correction.parser)}); check that the editor's value still holds all of it"
        )
    return put(record, path, correction.editor), _finding(code, message, correction), True


def _review(correction: Correction, sha256: str) -> tuple[Finding, bool]:
    if correction.editor is not True:
        message = "reviewed: the editor value must be true; the acceptance is not applied"
        return _finding("correction-value-invalid", message, correction, None), False
    if correction.source_sha256 != sha256:
        message = (
            f"reviewed: the source is not the one the editor accepted "
            f"(made against {correction.source_sha256[:12]}, now {sha256[:12]}); "
            "its guesses are reported again until it is re-accepted"
        )
        return _finding("correction-stale", message, correction, None), False
    who = f" by {correction.who}" if correction.who else ""
    message = f"reviewed{who}: the editor accepted the record; its guess warnings are silenced"
    return _finding("correction-reviewed", message, correction, None), True


def _stale(correction: Correction, sha256: str, now: Any) -> Finding:
    message = (
        f"{correction.path}: the source changed since this correction was made "
        f"(against {correction.source_sha256[:12]}{_on(correction)}, now {sha256[:12]}), "
        "and the parser reads this field otherwise than the editor saw it; not applied. "
        f"Parser then: {_show(correction.parser)}; parser now: {_show(now)}; "
        f"editor: {_show(correction.editor)}. Re-confirm it in the review page"
    )
    return _finding("correction-stale", message, correction)


def _on(correction: Correction) -> str:
    return f" of {correction.source}" if correction.source else ""


def _finding(code: str, message: str, correction: Correction, field: str | None = "") -> Finding:
    where = correction.path if field == "" else field
    return Finding(severity_of(code), code, message, None, where)


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def settle(findings: Iterable[Finding], edited: Iterable[str], reviewed: bool) -> list[Finding]:
    """The findings without the guesses an editor has settled.

    ``reviewed`` settles every guess; a corrected path settles the guesses about it (the
    editor's chips replace the parser's guessed split). Other findings are never dropped.
    """
    paths = [p for p in map(parse_path, edited) if p is not None]
    return [f for f in findings if not (is_guess(f.code) and (reviewed or _about(f.field, paths)))]


def _about(field: str | None, paths: list[FieldPath]) -> bool:
    return field is not None and any(p.covers(field) for p in paths)
