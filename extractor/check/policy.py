"""What the configuration says about findings: codes switched off, severities changed, a cap.

Built once from the config and applied exactly once, where findings leave the process (the
record's ``diagnostics``, ``parse``'s stderr, the gate's output, the batch report). Applying it
twice would count the cap's own summary finding as a finding, and drop a real one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from extractor.base.catalog import severity_of
from extractor.base.config import Config
from extractor.base.findings import Finding, Severity
from extractor.base.values import Value

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Final

MAX_PER_CODE = 100


class Policy(Value):
    """The config's word on findings, built once per run (a plain class, not a dataclass: see
    :mod:`extractor.base.values`)."""

    __slots__ = ("cap", "disabled", "severities")
    disabled: Final[frozenset[str]]
    severities: Final[Mapping[str, Severity]]
    cap: Final[int]

    def __init__(
        self,
        disabled: frozenset[str] = frozenset(),
        severities: Mapping[str, Severity] | None = None,
        cap: int = MAX_PER_CODE,
    ) -> None:
        self.disabled = disabled
        self.severities = {} if severities is None else severities
        self.cap = cap

    @classmethod
    def from_config(cls, config: Config) -> Policy:
        return cls(config.disabled, dict(config.severities))

    def severity(self, code: str) -> Severity:
        """The severity a finding of ``code`` is reported with."""
        return self.severities.get(code, severity_of(code))

    def fingerprint(self) -> str:
        """Changes exactly when the policy would report some finding differently."""
        import hashlib  # only a batch run fingerprints its policy (~4 ms: OpenSSL)
        import json  # and only it writes JSON here (~2 ms of a start-up)

        canonical = json.dumps(
            {
                "disabled": sorted(self.disabled),
                "severities": dict(sorted(self.severities.items())),
                "cap": self.cap,
            }
        )
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        """Drop switched-off codes and exact repeats, set severities, and cap each code.

        A hostile page can raise the same finding hundreds of thousands of times; after ``cap``
        of a code, one more finding says how many were not listed.
        """
        out: list[Finding] = []
        seen: set[tuple[str, str, int | None, str | None, str | None]] = set()
        # A plain dict: a Counter costs more to build than counting a page's findings.
        per_code: dict[str, int] = {}
        first: dict[str, Finding] = {}
        for finding in findings:
            key = (finding.code, finding.message, finding.line, finding.field, finding.file)
            if finding.code in self.disabled or key in seen:
                continue
            seen.add(key)
            count = per_code[finding.code] = per_code.get(finding.code, 0) + 1
            first.setdefault(finding.code, finding)
            if count <= self.cap:
                out.append(self._with_severity(finding))
        for code, count in sorted(per_code.items()):
            if count > self.cap:
                more = f"{count - self.cap} more {code} finding(s) not listed ({count} in all)"
                where = first[code]  # the summary is filed where the findings were
                out.append(
                    Finding(self.severity(code), code, more, file=where.file, record=where.record)
                )
        return out

    def _with_severity(self, finding: Finding) -> Finding:
        severity = self.severities.get(finding.code, finding.severity)
        if severity is finding.severity:
            return finding
        f = finding
        return Finding(severity, f.code, f.message, f.line, f.field, f.file, f.record)
