"""Run the content rules over a record and place each hit on a source line.

Used by ``parse`` and batch ingest (their diagnostics) and by the gate, so there is one
definition of "valid".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from extractor.base.catalog import CODES, severity_of
from extractor.base.config import Config
from extractor.base.findings import Diagnostic
from extractor.check.checks import CHECKS, Subject

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


MAX_PER_CODE = 100


def apply_config(diagnostics: Iterable[Diagnostic], config: Config) -> list[Diagnostic]:
    """Drop switched-off codes, apply severity overrides, drop exact duplicates, and cap each code.

    A hostile page can raise the same finding hundreds of thousands of times; after
    ``MAX_PER_CODE`` of a code, one more finding says how many were not listed.
    """
    out: list[Diagnostic] = []
    seen: set[tuple[str, str, int | None, str | None]] = set()
    per_code: Counter[str] = Counter()
    for d in diagnostics:
        key = (d.code, d.message, d.line, d.field)
        if d.code in config.disabled or key in seen:
            continue
        seen.add(key)
        per_code[d.code] += 1
        if per_code[d.code] > MAX_PER_CODE:
            continue
        severity = config.severity(d.code, d.severity)
        same = severity == d.severity
        out.append(d if same else Diagnostic(severity, d.code, d.message, d.line, d.field))
    for code, count in sorted(per_code.items()):
        if count > MAX_PER_CODE:
            severity = config.severity(code, severity_of(code))
            more = f"{count - MAX_PER_CODE} more {code} finding(s) not listed ({count} in all)"
            out.append(Diagnostic(severity, code, more, None, None))
    return out


__all__ = ["CODES", "apply_config", "line_of", "run_rules"]
