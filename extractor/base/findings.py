"""Findings about a page or a record: warnings, errors and notes, with where they point."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding. ``line`` is the source line (1-based) or None when it has no place in a page.

    ``field`` is the record path it concerns (``themes``, ``quotes[1].context``), so the gate and
    the review report can point at both the record and its source.
    """

    severity: Severity
    code: str
    message: str
    line: int | None = None
    field: str | None = None

    def render(self, path: str) -> str:
        """``FILE:LINE: severity CODE: message`` — the shape editors and CI annotators parse."""
        where = f"{path}:{self.line}" if self.line is not None else path
        return f"{where}: {self.severity.value} {self.code}: {self.message}"
