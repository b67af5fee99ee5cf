"""Run the content rules over a record and place each hit on a source line.

Used by ``parse`` and batch ingest (their diagnostics) and by the gate, so there is one
definition of "valid".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from extractor.catalog import CODES, severity_of
from extractor.config import Config
from extractor.diagnostics import Diagnostic
from extractor.rules.checks import CHECKS, Subject

_INDEX = re.compile(r"\[\d+\]$|\.[a-z_]+$")


def run_rules(
    record: dict[str, Any], provenance: Mapping[str, Sequence[int]] | None, config: Config
) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    subject = Subject(record)
    for check in CHECKS:
        for code, message, field in check(subject, config):
            found.append(
                Diagnostic(severity_of(code), code, message, line_of(field, provenance), field)
            )
    return found


def line_of(field: str | None, provenance: Mapping[str, Sequence[int]] | None) -> int | None:
    """The first source line of ``field``, or of the nearest field that contains it."""
    if not provenance or not field:
        return None
    path = field
    while path:
        lines = provenance.get(path)
        if lines:
            return int(lines[0])
        shorter = _INDEX.sub("", path)
        if shorter == path:
            return None
        path = shorter
    return None


def apply_config(diagnostics: Iterable[Diagnostic], config: Config) -> list[Diagnostic]:
    """Drop switched-off codes, apply severity overrides, and drop exact duplicates."""
    out: list[Diagnostic] = []
    seen: set[tuple[str, str, int | None, str | None]] = set()
    for d in diagnostics:
        key = (d.code, d.message, d.line, d.field)
        if d.code in config.disabled or key in seen:
            continue
        seen.add(key)
        severity = config.severity(d.code, d.severity)
        out.append(
            Diagnostic(severity, d.code, d.message, d.line, d.field)
            if severity != d.severity
            else d
        )
    return out


__all__ = ["CODES", "apply_config", "line_of", "run_rules"]
