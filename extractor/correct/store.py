"""Where a run's corrections live: ``DIR/corrections/`` in the output folder, kept across runs.

``ingest --corrections FILE|DIR`` copies the files into that folder, so a plain re-run (and the
next review page) applies them too; nothing there is ever deleted by the tool.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from extractor.base.atomic import write_atomic
from extractor.base.catalog import severity_of
from extractor.base.findings import Finding
from extractor.correct.corrections import (
    DEFAULT_FOLDER,
    CorrectionsError,
    CorrectionSet,
    corrections_files,
    load,
    read_file,
)

_FINGERPRINT = ".corrections.sha256"  # in the output folder: the set the last run applied


def run_corrections(out: Path, given: Path | None) -> CorrectionSet:
    """The set for a run into ``out``: ``given`` adopted into ``out/corrections/``, then all of it.

    Raises :class:`CorrectionsError` for a file that is not a corrections file, before anything
    is copied, so a typo never lands in the folder.
    """
    folder = out / DEFAULT_FOLDER
    if given is not None and given.resolve() != folder.resolve():
        files = corrections_files(given)
        for file in files:
            read_file(file)  # refuse before adopting
        folder.mkdir(parents=True, exist_ok=True)
        for file in files:
            write_atomic(folder / file.name, file.read_text(encoding="utf-8-sig"))
    return load([folder]) if folder.is_dir() else CorrectionSet()


def overridden(out: Path, given: Path | None) -> list[str]:
    """Warnings for corrections of files adopted from ``given`` that a file read after them in
    ``out/corrections/`` overrides with another value (the last correction of a path wins).

    A browser saves a second download of the review page as ``corrections (1).json``, which
    sorts before the older ``corrections.json``: without this, the editor's newer values lose
    to the older ones, silently."""
    folder = out / DEFAULT_FOLDER
    if given is None or given.resolve() == folder.resolve() or not folder.is_dir():
        return []
    adopted = {file.name for file in corrections_files(given)}
    files = corrections_files(folder)
    warnings = []
    for at, file in enumerate(files):
        if file.name not in adopted:
            continue
        mine = {(c.record, c.path): c.editor for c in read_file(file)}
        for later in files[at + 1 :]:
            beaten = sorted(
                f"{c.record} {c.path}"
                for c in read_file(later)
                if (c.record, c.path) in mine and mine[(c.record, c.path)] != c.editor
            )
            if beaten:
                warnings.append(
                    f"{file}: {len(beaten)} of its corrections overridden by {later.name}, read "
                    f"after it (the last correction of a path wins): {', '.join(beaten[:5])}"
                    f"{' ...' if len(beaten) > 5 else ''}; to replace {later.name}, give the "
                    "new file its name, or delete it"
                )
    return warnings


def changed_since_last_run(out: Path, corrections: CorrectionSet) -> bool:
    """Whether the set differs from the one the folder's records were made with.

    Unchanged pages are skipped on a re-run; when the corrections changed they must not be.
    """
    marker = out / _FINGERPRINT
    before = marker.read_text(encoding="utf-8").strip() if marker.is_file() else None
    if before is None:
        return bool(corrections)
    return before != corrections.fingerprint()


def remember(out: Path, corrections: CorrectionSet) -> None:
    """Note the set the records were made with (no file at all while there are none)."""
    if corrections:
        write_atomic(out / _FINGERPRINT, corrections.fingerprint() + "\n")
    else:
        (out / _FINGERPRINT).unlink(missing_ok=True)


def unknown_ids(
    corrections: CorrectionSet, known: Iterable[str], folder: Path | None = None
) -> list[Finding]:
    """A ``correction-id-unknown`` finding per record id corrected that no record has, named
    by the files of ``folder`` that hold its corrections (else by no file)."""
    have = set(known)
    code = "correction-id-unknown"
    unknown = {
        record: found
        for record in sorted(corrections.by_record)
        if record not in have and (found := corrections.for_record(record))
    }
    holders = _holders(folder, set(unknown)) if unknown and folder is not None else {}
    return [
        Finding(
            severity_of(code),
            code,
            f"{len(found)} correction(s) for record {record!r}, which no input produced; "
            "kept, not applied",
            # The line of its first correction, where one file holds them all.
            line=held[0][1] if len(held := holders.get(record, [])) == 1 else None,
            record=record,
            file=", ".join(name for name, _ in held) or None,
        )
        for record, found in unknown.items()
    ]


def _holders(folder: Path, records: set[str]) -> dict[str, list[tuple[str, int | None]]]:
    """The files of ``folder`` (in name order) holding corrections for each of ``records``,
    each with the line of its first correction for that record."""
    from extractor.correct.lines import item_lines

    found: dict[str, list[tuple[str, int | None]]] = {}
    for file in corrections_files(folder):
        corrections = read_file(file)
        lines = item_lines(file.read_text(encoding="utf-8-sig"))
        for record in sorted({c.record for c in corrections} & records):
            n = next(i for i, c in enumerate(corrections) if c.record == record)
            found.setdefault(record, []).append((str(file), lines[n] if n < len(lines) else None))
    return found


__all__ = [
    "CorrectionsError",
    "changed_since_last_run",
    "overridden",
    "remember",
    "run_corrections",
    "unknown_ids",
]
