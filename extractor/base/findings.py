"""Findings about a page or a record — errors, warnings and notes — with where they point.

One type from the section parser that notices something to the report that shows it: the
parser sets code, message, line and field; the gate or the batch run adds the file (and the
record id) when the finding leaves the process. Severity starts as the catalog's default and is
changed only by the :class:`extractor.check.policy.Policy`, applied once on the way out.
"""

from __future__ import annotations

from enum import StrEnum

from extractor.base.values import Value

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Any, Final


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Sort key: errors first."""
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class Finding(Value):
    """One finding. ``line`` is the source line (1-based) or None when it has no place in a page.

    ``field`` is the record path it concerns (``themes``, ``quotes[1].context``), so the gate and
    the review page can point at both the record and its source. ``file`` is the file it is
    reported against (a page, a record file); ``record`` the id of the record it concerns.
    """

    __slots__ = ("code", "field", "file", "line", "message", "record", "severity")
    severity: Final[Severity]
    code: Final[str]
    message: Final[str]
    line: Final[int | None]
    field: Final[str | None]
    file: Final[str | None]
    record: Final[str | None]

    def __init__(  # noqa: PLR0917 - the order the dataclass it was had, which callers use
        self,
        severity: Severity,
        code: str,
        message: str,
        line: int | None = None,
        field: str | None = None,
        file: str | None = None,
        record: str | None = None,
    ) -> None:
        self.severity = severity
        self.code = code
        self.message = message
        self.line = line
        self.field = field
        self.file = file
        self.record = record

    def at(self, file: str | None, record: str | None = None, line: int | None = None) -> Finding:
        """The same finding placed in ``file`` (and at ``line`` when given)."""
        line = self.line if line is None else line
        return Finding(self.severity, self.code, self.message, line, self.field, file, record)

    def render(self, path: str | None = None) -> str:
        """``FILE:LINE: severity CODE: message`` — the shape editors and CI annotators parse."""
        file = path if path is not None else (self.file or "-")
        where = f"{file}:{self.line}" if self.line is not None else file
        return f"{where}: {self.severity.value} {self.code}: {self.message}"

    def in_record(self) -> dict[str, Any]:
        """The finding as a record carries it in ``diagnostics`` (the record knows its file)."""
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "line": self.line,
            "field": self.field,
        }

    def to_json(self) -> dict[str, Any]:
        """The finding as reports and ``validate --format json`` print it."""
        return {
            "file": self.file,
            "line": self.line,
            "record": self.record,
            "severity": self.severity.value,
            "code": self.code,
            "field": self.field,
            "message": self.message,
        }

    @staticmethod
    def from_json(item: Any) -> Finding | None:
        """A finding read back from a record or report; None when it is malformed."""
        try:
            return Finding(
                Severity(item["severity"]),
                str(item["code"]),
                str(item["message"]),
                item.get("line"),
                item.get("field"),
                item.get("file"),
                item.get("record"),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return None


def sort_key(finding: Finding) -> tuple[str, int, int, str]:
    return (finding.file or "", finding.line or 0, finding.severity.rank, finding.code)
