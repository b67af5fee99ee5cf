"""How the gate speaks: text for people, JSON for programs, annotations for GitHub Actions."""

from __future__ import annotations

from itertools import groupby

from extractor.base.findings import Finding, Severity
from extractor.validate.gate import GateResult, sort_findings

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_text(result: GateResult, colour: bool) -> str:
    lines: list[str] = []
    for file, group in groupby(sort_findings(result.findings), key=lambda f: f.file or "-"):
        lines.append(file)
        for finding in group:
            lines.append("  " + _text_line(finding, colour))
    lines.extend(f"skipped (not a page, record or JSONL file): {path}" for path in result.skipped)
    lines.append(summary(result))
    return "\n".join(lines) + "\n"


def _text_line(finding: Finding, colour: bool) -> str:
    d = finding
    severity = f"{_COLOURS[d.severity]}{d.severity.value}{_RESET}" if colour else d.severity.value
    where = f"{finding.file}:{d.line}" if d.line is not None else finding.file
    return f"{where}: {severity} {d.code}: {d.message}"


def summary(result: GateResult) -> str:
    return (
        f"{result.count(Severity.ERROR)} error(s), {result.count(Severity.WARNING)} warning(s), "
        f"{result.count(Severity.INFO)} note(s) in {result.files} file(s), "
        f"{result.records} record(s) checked"
        + (f", {len(result.skipped)} file(s) skipped" if result.skipped else "")
    )


def render_json(result: GateResult) -> str:
    import json  # only for this format (~2 ms of a start-up)

    return (
        json.dumps(
            [f.to_json() for f in sort_findings(result.findings)], ensure_ascii=False, indent=2
        )
        + "\n"
    )


def render_github(result: GateResult) -> str:
    """GitHub Actions workflow commands: one ``::error file=…,line=…,title=…::message`` each."""
    lines = []
    for finding in sort_findings(result.findings):
        d = finding
        props = f"file={_prop(finding.file or '-')}"
        if d.line is not None:
            props += f",line={d.line}"
        props += f",title={_prop(d.code)}"
        lines.append(f"::{_GITHUB_LEVEL[d.severity]} {props}::{_data(d.message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
