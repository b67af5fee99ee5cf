"""The validation gate: pages, record files, JSONL and batch output folders in, findings out.

Layer 1 holds every record to the published JSON Schema (so records written or edited by other
tools meet the same contract); layer 2 runs the content rules. Every finding names a file, and a
line wherever the record came from a page.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache

from extractor.base.catalog import severity_of
from extractor.base.config import Config
from extractor.base.errors import Refusal
from extractor.base.findings import Finding, Severity, sort_key
from extractor.check import line_of, run_rules
from extractor.check.policy import Policy
from extractor.load.decode import is_archive, read_bytes
from extractor.pipeline import parse_file
from extractor.read import PAGE_SUFFIXES
from extractor.record.folder import CORRECTIONS, LEADERS, RECORDS, REPORT, SCHEMA_FILE, Status
from extractor.record.plain import is_exact
from extractor.record.serialize import record_dict

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

    from extractor.correct.corrections import Correction
    from extractor.pipeline import ParseResult

RECORD_SUFFIXES = {".json", ".jsonl"}
_SKIPPED_NAMES = {REPORT, SCHEMA_FILE}
_PAGE_ONLY = ("source", "diagnostics", "provenance")


class GateError(Exception):
    """The gate cannot run at all (a path that does not exist, an unreadable file)."""


# The gate's two result types are plain classes: a dataclass costs every 'extractor validate'
# its generated methods' compilation at start-up, and these need none of them.
class GateResult:
    """Every finding of a gate run, and how many files and records it checked (and skipped)."""

    __slots__ = ("files", "findings", "records", "skipped")

    def __init__(
        self, findings: list[Finding], files: int, records: int, skipped: list[str] | None = None
    ) -> None:
        self.findings = findings
        self.files = files
        self.records = records
        self.skipped: list[str] = skipped if skipped is not None else []

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def failed(self, strict: bool) -> bool:
        worst = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
        return any(f.severity in worst for f in self.findings)


@cache
def _validator() -> Draft202012Validator:
    """The published schema's validator, for records that are not exactly as the model writes
    them: importing jsonschema and the model costs ~150 ms, which a record that passes
    :func:`~extractor.record.plain.is_exact` (every record this tool wrote) never pays."""
    from jsonschema import Draft202012Validator

    from extractor.record.schema import record_schema

    return Draft202012Validator(record_schema())


def _schema_errors(record: Any) -> list[ValidationError]:
    """jsonschema's errors about ``record``, by path; none for an exact record, whose data
    the schema accepts (``tests/test_plain.py`` proves it on every page and generated ones)."""
    if is_exact(record, provenance=True):
        return []
    return sorted(_validator().iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))


def expand(paths: list[str], skipped: list[str] | None = None) -> list[Path]:
    """Files to check: a batch output folder means its records; other folders are walked for
    pages, record files and JSONL (anything else goes to ``skipped``)."""
    from pathlib import Path  # not for pages named one by one: see _named_pages

    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            records = path / RECORDS
            if records.is_dir():
                files.extend(sorted(records.glob("*.json")))
                files.extend(sorted((path / CORRECTIONS).glob("*.json")))
                continue
            for found in sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p)):
                if found.suffix.lower() in PAGE_SUFFIXES | RECORD_SUFFIXES or is_archive(
                    found.name
                ):
                    files.append(found)
                elif skipped is not None:
                    skipped.append(str(found))
        elif path.is_file() or path.is_symlink():
            files.append(path)
        elif path.exists():
            raise GateError(f"{raw}: not a file or folder (a FIFO, socket or device)")
        else:
            raise GateError(f"{raw}: no such file or directory")
    return files


def _wanted(path: Path) -> bool:
    return not path.name.startswith(".") and path.name not in _SKIPPED_NAMES


def _named_pages(paths: list[str]) -> list[str] | None:
    """``paths`` when each names a page file (not a record file, nor a folder) as pathlib would
    write it, as in 'extractor validate page.txt': checking such files needs neither
    :func:`expand` nor pathlib (~4 ms of a start-up), since a page is read by its name alone.
    None for any other paths (a folder, a record or JSONL file, a name with ``.`` or an empty
    part, which pathlib would tidy), which go to :func:`expand`."""
    for raw in paths:
        parts = (raw[1:] if raw.startswith("/") else raw).split("/")
        if "" in parts or "." in parts or raw.lower().endswith(tuple(RECORD_SUFFIXES)):
            return None
        if not os.path.isfile(raw):  # noqa: PTH113 - pathlib is what this avoids
            return None
    return list(paths)


def run_gate(paths: list[str], config: Config) -> GateResult:
    """Every finding about ``paths``, with the config's policy applied once, per file."""
    skipped: list[str] = []
    pages = _named_pages(paths)
    if pages is not None:
        return _gate_pages(pages, config)
    files = expand(paths, skipped)
    policy = Policy.from_config(config)
    findings: list[Finding] = []
    records = 0
    first_seen: dict[str, tuple[str, _Checked]] = {}
    targets: dict[str, dict[str, Any]] = {}
    read: dict[Path, tuple[str, dict[str, Any]]] = {}  # record files: their id and record
    corrections: list[tuple[Path, list[Correction], list[int]]] = []
    for file in files:
        if _is_corrections(file):
            found, loaded, lines = _check_corrections(file)
            findings.extend(policy.apply(found))
            corrections.append((file, loaded, lines))
            continue
        for checked in _check_file(file, config):
            findings.extend(policy.apply(checked.findings))
            if checked.record_id is None:
                continue
            if checked.record is not None:
                targets.setdefault(checked.record_id, checked.record)
                read[file] = (checked.record_id, checked.record)
            records += 1
            seen = first_seen.setdefault(checked.record_id, (str(file), checked))
            if seen[0] != str(file):
                findings.extend(policy.apply([_same_id(checked, seen, str(file))]))
    for folder in _output_folders(paths):
        findings.extend(policy.apply(_folder_findings(folder, read)))
    for file, loaded, lines in corrections:
        from extractor.correct.check import check_against, check_values  # rare: imported here

        # With records: checked against them; alone: by its schema and its values.
        found = check_against(loaded, targets, lines) if targets else check_values(loaded, lines)
        findings.extend(policy.apply([f.at(str(file), f.record) for f in found]))
    return GateResult(findings, len(files), records, skipped)


def _gate_pages(pages: list[str], config: Config) -> GateResult:
    """:func:`run_gate` for page files named one by one (see :func:`_named_pages`): the same
    findings, without a folder to walk, a record file or a corrections file to read."""
    policy = Policy.from_config(config)
    findings: list[Finding] = []
    records = 0
    first_seen: dict[str, tuple[str, _Checked]] = {}
    for file in pages:
        for checked in _check_source(file, config):
            findings.extend(policy.apply(checked.findings))
            if checked.record_id is None:
                continue
            records += 1
            seen = first_seen.setdefault(checked.record_id, (file, checked))
            if seen[0] != file:
                findings.extend(policy.apply([_same_id(checked, seen, file)]))
    return GateResult(findings, len(pages), records, [])


def _output_folders(paths: list[str]) -> list[Path]:
    from pathlib import Path

    return [Path(raw) for raw in paths if (Path(raw) / RECORDS).is_dir()]


# Inputs of the last run that gave no record, or a record that is not published: the run said
# so (and exited 1); a gate over its folder must not pass where the run did not.
_UNPUBLISHED = {Status.REFUSED, Status.FAILED, Status.CONFLICT}


def _folder_findings(folder: Path, read: dict[Path, tuple[str, dict[str, Any]]]) -> list[Finding]:
    """What an output folder says beyond its record files: the last run's inputs that gave no
    published record (from its report), and a ``leaders.jsonl`` that disagrees with them
    (``read``: the record files the gate has read, with their ids)."""
    return [*_unpublished_inputs(folder), *_stale_leaders(folder, read)]


def _unpublished_inputs(folder: Path) -> list[Finding]:
    import json

    try:
        report = json.loads((folder / REPORT).read_text(encoding="utf-8"))
        entries = report["inputs"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        return []  # no report (or not ours): the records are all there is to check
    found: list[Finding] = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("status") not in _UNPUBLISHED:
            continue
        for item in entry.get("findings") or []:
            finding = Finding.from_json(item)
            if finding is not None and finding.severity is Severity.ERROR:
                found.append(finding.at(str(entry.get("path") or finding.file), finding.record))
    return found


def _stale_leaders(folder: Path, read: dict[Path, tuple[str, dict[str, Any]]]) -> list[Finding]:
    """Records whose line in ``leaders.jsonl`` is another version of their record file (one was
    edited after the run), or is missing: tools that read the JSONL would publish other data."""
    try:
        text = (folder / LEADERS).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    import json

    lines: dict[str, Any] = {}
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue  # the gate checks the file itself when it is named
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            lines[record["id"]] = record
    found: list[Finding] = []
    for file, (record_id, record) in read.items():
        if file.parent != folder / RECORDS or lines.get(record_id) == record:
            continue
        where = "has no line for" if record_id not in lines else "holds another version of"
        message = f"{LEADERS} {where} this record (one of them was edited after the run)"
        code = "leaders-stale"
        found.append(Finding(severity_of(code), code, message).at(str(file), record_id))
    return [*found, *_lines_without_files(folder, lines, read)]


def _lines_without_files(
    folder: Path, lines: dict[str, Any], read: dict[Path, tuple[str, dict[str, Any]]]
) -> list[Finding]:
    """Lines of ``leaders.jsonl`` whose record file is gone (deleted after the run): tools that
    read the JSONL would publish a leader the records folder no longer has."""
    ids = {record_id for file, (record_id, _) in read.items() if file.parent == folder / RECORDS}
    found: list[Finding] = []
    for record_id in sorted(lines.keys() - ids):
        if _record_file_exists(folder, record_id):
            continue  # a file there that could not be read: reported as such
        code = "leaders-stale"
        message = (
            f"{LEADERS} has a line for this record but {RECORDS}/{record_id}.json is missing "
            "(deleted after the run)"
        )
        found.append(Finding(severity_of(code), code, message).at(str(folder / LEADERS), record_id))
    return found


def _record_file_exists(folder: Path, record_id: str) -> bool:
    """Whether ``records/<id>.json`` exists for an id read from ``leaders.jsonl``: an id no
    file can be named by (too long for the file system, a NUL) has none. (``Path.exists``
    raises for a name too long: the gate stopped with a traceback.)"""
    try:
        return (folder / RECORDS / f"{record_id}.json").exists()
    except (OSError, ValueError):
        return False


def _is_corrections(file: Path) -> bool:
    """A corrections file, told by its content (any name): a JSON object with its format key."""
    if file.suffix.lower() != ".json":
        return False
    try:
        with file.open("rb") as handle:
            start = handle.read(4096)
    except OSError:
        return False
    from extractor.correct.corrections import FORMAT_KEY  # a .json file: corrections may load

    return f'"{FORMAT_KEY}"'.encode() in start or file.parent.name == CORRECTIONS


def _check_corrections(file: Path) -> tuple[list[Finding], list[Correction], list[int]]:
    """Schema problems of a corrections file, and its corrections when it has none, with the
    line each starts on (findings about one name it)."""
    import json

    from extractor.correct.corrections import read_data, schema_problems
    from extractor.correct.lines import item_lines

    code = "corrections-invalid"
    try:
        text = file.read_text(encoding="utf-8-sig")
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"not a readable JSON file: {exc.msg} (column {exc.colno})"
        return [_input_finding(file, code, message, exc.lineno)], [], []
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return [_input_finding(file, code, f"not a readable JSON file: {exc}", None)], [], []
    problems = schema_problems(data)
    if problems:
        return [_input_finding(file, code, p, None) for p in problems], [], []
    return [], read_data(data), item_lines(text)


class _Checked:
    """One record checked (``record_id`` None: an input that gave no record)."""

    __slots__ = ("_content", "findings", "record", "record_id")

    def __init__(
        self,
        record_id: str | None,
        content: str | None,  # None: the record's, worked out if asked (see ``content``)
        findings: list[Finding],
        record: dict[str, Any] | None = None,  # what corrections files are checked against
    ) -> None:
        self.record_id = record_id
        self._content = content
        self.findings = findings
        self.record = record

    @property
    def content(self) -> str:
        """The record without where it came from: equal for the same page twice. Asked only
        of an id seen twice, so that a gate over distinct records never imports json for it."""
        if self._content is None:
            self._content = "" if self.record is None else _content_key(self.record)
        return self._content


def _content_key(record: dict[str, Any]) -> str:
    import json

    return json.dumps({k: v for k, v in record.items() if k not in _PAGE_ONLY}, sort_keys=True)


def _check_file(file: Path, config: Config) -> Iterator[_Checked]:
    if file.suffix.lower() not in RECORD_SUFFIXES:
        yield from _check_source(file, config)
        return
    try:
        text = read_bytes(str(file), config.max_bytes).decode("utf-8-sig")
    except Refusal as refusal:
        yield _Checked(None, "", [_input_finding(file, "input-refused", refusal.message, None)])
        return
    except UnicodeDecodeError as exc:
        message = f"not UTF-8 text: {exc.reason} at byte {exc.start}"
        yield _Checked(None, "", [_input_finding(file, "json-invalid", message, None)])
        return
    if file.suffix.lower() == ".jsonl":
        # JSON Lines ends records at \n only: U+2028 and friends are valid inside a JSON string.
        for number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                yield _check_json(file, line, config, number)
        return
    yield _check_json(file, text, config, None)


def _check_source(file: Path | str, config: Config) -> Iterator[_Checked]:
    """A page, or each HTML page of a crawl archive (else read as one page and refused as
    binary data)."""
    if is_archive(str(file)):
        yield from _check_archive(str(file), config)
    else:
        yield _check_page(file, config)


def _check_archive(archive: str, config: Config) -> Iterator[_Checked]:
    """Every HTML page of a crawl archive, named by its URL as ``ingest`` names it; a damaged
    record is an ``input-refused`` finding, and the rest are still checked."""
    from extractor.load.warc import read_member, scan_archive  # only archives pay for warcio
    from extractor.pipeline import parse_member

    for key, member in sorted(scan_archive(archive).members.items()):
        try:
            result = parse_member(read_member(member, config.max_bytes), member, config)
        except Refusal as refusal:
            message = refusal.message
            yield _Checked(None, "", [_input_finding(key, "input-refused", message, None)])
            continue
        yield _parsed(result, key)


def _check_page(file: Path | str, config: Config) -> _Checked:
    try:
        result = parse_file(str(file), None, config)
    except Refusal as refusal:  # an unreadable page too: reported, and the others checked
        return _Checked(None, "", [_input_finding(file, "input-refused", refusal.message, None)])
    return _parsed(result, str(file))


def _parsed(result: ParseResult, name: str) -> _Checked:
    record = record_dict(result.data)
    schema = _schema_findings(record, result.provenance)
    record_id = record["id"]
    findings = [f.at(name, record_id) for f in [*schema, *result.raw_findings]]
    return _Checked(record_id, None, findings, record)


def _check_json(file: Path, text: str, config: Config, jsonl_line: int | None) -> _Checked:
    import json

    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        line = jsonl_line or exc.lineno
        finding = _input_finding(file, "json-invalid", f"not valid JSON: {exc.msg}", line)
        return _Checked(None, "", [finding])
    if not isinstance(record, dict):
        message = "a record file must hold one JSON object (a record)"
        return _Checked(None, "", [_input_finding(file, "schema-invalid", message, jsonl_line)])
    provenance = record.get("provenance") if isinstance(record.get("provenance"), dict) else None
    source = record.get("source")
    page = source.get("path") if provenance and isinstance(source, dict) else None
    page = page if isinstance(page, str) else None
    schema = _schema_findings(record, provenance)
    absent = _absent(record) if schema else frozenset()
    rules = [
        d  # a field the schema already says is missing is said once, not again as empty
        for d in run_rules(record, provenance, config)
        if not (d.code == "section-missing" and d.field in absent)
    ]
    diagnostics = [*schema, *rules, *_stored(record)]
    record_id = record.get("id") if isinstance(record.get("id"), str) else None
    placed = [_place(d, str(file), page, jsonl_line, record_id) for d in diagnostics]
    return _Checked(record_id, None, placed, record)


def _place(
    d: Finding, file: str, page: str | None, jsonl_line: int | None, record_id: str | None
) -> Finding:
    """A finding about a record file names that file (and JSONL line) and the JSON path first;
    the source page's line, when the record's provenance knows it, comes second."""
    message = d.message
    if d.field and not message.startswith(f"{d.field}:"):
        message = f"{d.field}: {message}"
    if d.line is not None and page:
        message += f" (source page {page}, line {d.line})"
    return Finding(d.severity, d.code, message, jsonl_line, d.field, file, record_id)


def _schema_findings(record: dict[str, Any], provenance: Any) -> list[Finding]:
    found = []
    for error in _schema_errors(record):
        path = _path(list(error.absolute_path))
        message = f"{path or 'record'}: {error.message}"
        found.append(
            Finding(
                severity_of("schema-invalid"),
                "schema-invalid",
                message,
                line_of(path, provenance),
                path or None,
            )
        )
    return found


def _absent(record: dict[str, Any]) -> frozenset[str]:
    """The fields the published schema requires that ``record`` does not have."""
    schema = _validator().schema
    required = schema.get("required", []) if isinstance(schema, dict) else []
    return frozenset(name for name in required if name not in record)


def record_problems(record: Any) -> list[str]:
    """Where ``record`` breaks the published schema (empty: it is a well-formed record)."""
    if not isinstance(record, dict):
        return ["a record must be a JSON object"]
    errors = _schema_errors(record)
    return [f"{_path(list(e.absolute_path)) or 'record'}: {e.message}" for e in errors]


def _path(parts: list[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _stored(record: dict[str, Any]) -> list[Finding]:
    """Findings the record already carries (from parsing its page), if they are well formed."""
    stored = record.get("diagnostics")
    items = stored if isinstance(stored, list) else []
    return [f for f in map(Finding.from_json, items) if f is not None]


def _input_finding(file: Path | str, code: str, message: str, line: int | None) -> Finding:
    return Finding(severity_of(code), code, message, line, None, str(file))


def _same_id(checked: _Checked, first: tuple[str, _Checked], file: str) -> Finding:
    """Same id twice: the same page saved twice is a duplicate; different content, a conflict."""
    if checked.content == first[1].content:
        code, message = "input-duplicate", f"same leader and content as {first[0]}"
    else:
        code, message = (
            "id-duplicate",
            f"id {checked.record_id!r} was already produced by {first[0]}",
        )
    return Finding(severity_of(code), code, message, None, "id", file, checked.record_id)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=sort_key)
