"""Corrections files: reading them (a file or a folder of them), checked against their schema.

The format is published as ``schemas/corrections.schema.json``. Within a set, the last
correction of a record's path wins (files in name order, entries in file order), so the same
files give the same set whatever order they were found in.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from extractor.record.folder import CORRECTIONS

FORMAT_VERSION = 1
FORMAT_KEY = "corrections_version"
SCHEMA_NAME = "corrections.schema.json"
DEFAULT_FOLDER = CORRECTIONS  # inside an output folder: a plain re-run applies them


class CorrectionsError(Exception):
    """A corrections file that cannot be used at all (unreadable, not JSON, not the format)."""


@dataclass(frozen=True, slots=True)
class Correction:
    """One editor's decision: at ``path`` of record ``record``, ``editor`` instead of ``parser``."""

    record: str
    source_sha256: str
    path: str
    parser: Any
    editor: Any
    who: str | None = None
    when: str | None = None
    source: str | None = None  # the page it was made on (record.source.path), when known

    def to_json(self) -> dict[str, Any]:
        data = {
            "record": self.record,
            "source_sha256": self.source_sha256,
            "path": self.path,
            "parser": self.parser,
            "editor": self.editor,
        }
        optional = (("who", self.who), ("when", self.when), ("source", self.source))
        data.update({k: v for k, v in optional if v is not None})
        return data


@dataclass(frozen=True)
class CorrectionSet:
    """Every correction in force, by record id; picklable, so workers get it whole."""

    by_record: dict[str, tuple[Correction, ...]] = field(default_factory=dict)
    files: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.by_record)

    def for_record(self, record_id: str) -> tuple[Correction, ...]:
        return self.by_record.get(record_id, ())

    def all(self) -> list[Correction]:
        return [c for record in sorted(self.by_record) for c in self.by_record[record]]

    def fingerprint(self) -> str:
        """Changes exactly when some record could come out differently."""
        canonical = json.dumps([c.to_json() for c in self.all()], sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()


@cache
def schema() -> dict[str, Any]:
    from importlib import resources  # ~7 ms: only a run that reads corrections needs it

    text = resources.files("extractor.correct").joinpath(SCHEMA_NAME).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def schema_problems(data: Any) -> list[str]:
    """Every way ``data`` breaks the published schema, as ``where: what`` lines."""
    from jsonschema import Draft202012Validator  # only runs with corrections pay for it

    errors = Draft202012Validator(schema()).iter_errors(data)
    return [
        f"{'/'.join(map(str, e.absolute_path)) or 'file'}: {e.message}"
        for e in sorted(errors, key=lambda e: list(map(str, e.absolute_path)))
    ]


def corrections_files(location: Path) -> list[Path]:
    """A file itself, or a folder's ``*.json`` files in name order (hidden ones left out)."""
    if location.is_dir():
        return sorted(p for p in location.glob("*.json") if not p.name.startswith("."))
    if location.is_file():
        return [location]
    raise CorrectionsError(f"{location}: no such file or folder")


def read_file(path: Path) -> list[Correction]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:  # where, as an editor's jump-to-line reads it
        raise CorrectionsError(
            f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}"
        ) from None
    except ValueError as exc:
        raise CorrectionsError(f"{path}: not valid JSON: {exc}") from None
    problems = schema_problems(data)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CorrectionsError(f"{path}: not a corrections file: {problems[0]}{more}")
    return read_data(data)


def read_data(data: dict[str, Any]) -> list[Correction]:
    """The corrections of a file's content that follows the schema."""
    return [_correction(item) for item in data["corrections"]]


def _correction(item: dict[str, Any]) -> Correction:
    return Correction(
        item["record"],
        item["source_sha256"],
        item["path"],
        item["parser"],
        item["editor"],
        item.get("who"),
        item.get("when"),
        item.get("source"),
    )


def build(corrections: Iterable[Correction], files: Iterable[str] = ()) -> CorrectionSet:
    """The set in force: per record, the last correction of each path, in path order."""
    latest: dict[tuple[str, str], Correction] = {}
    for correction in corrections:
        latest.pop((correction.record, correction.path), None)
        latest[(correction.record, correction.path)] = correction
    by_record: dict[str, list[Correction]] = {}
    for (record, _), correction in sorted(latest.items()):
        by_record.setdefault(record, []).append(correction)
    return CorrectionSet({k: tuple(v) for k, v in by_record.items()}, tuple(files))


def load(locations: Iterable[Path]) -> CorrectionSet:
    """Every corrections file at ``locations`` (files or folders), missing folders skipped."""
    files = [f for loc in locations for f in corrections_files(loc)]
    return build((c for f in files for c in read_file(f)), map(str, files))


def document(corrections: Iterable[Correction]) -> dict[str, Any]:
    """A corrections file's content."""
    return {
        FORMAT_KEY: FORMAT_VERSION,
        "corrections": [c.to_json() for c in corrections],
    }
