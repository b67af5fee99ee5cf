"""Run the content rules over a record and place each hit on a source line.

Used by ``parse`` and batch ingest (their diagnostics) and by the gate, so there is one
definition of "valid".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extractor.base.catalog import CODES, severity_of
from extractor.base.config import Config
from extractor.base.findings import Finding
from extractor.base.patterns import compiled
from extractor.check.checks import CHECKS, Subject

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Any

_INDEX = compiled(r"\[\d+\]$|\.[a-z_]+$")


def run_rules(
    record: dict[str, Any], provenance: Mapping[str, Sequence[int] | str] | None, config: Config
) -> list[Finding]:
    found: list[Finding] = []
    subject = Subject(record)
    for check in CHECKS:
        for code, message, field in check(subject, config):
            found.append(
                Finding(severity_of(code), code, message, line_of(field, provenance), field)
            )
    return found


def line_of(field: str | None, provenance: Mapping[str, Sequence[int] | str] | None) -> int | None:
    """The first source line of ``field``, or of the nearest field that contains it.

    A value an editor put there (provenance ``"editor"``) has no source line.
    """
    if not provenance or not field:
        return None
    path = field
    while path:
        lines = provenance.get(path)
        if isinstance(lines, str):
            return None
        if lines:
            return int(lines[0])
        shorter = _INDEX.sub("", path)
        if shorter == path:
            return None
        path = shorter
    return None


__all__ = ["CODES", "line_of", "run_rules"]
