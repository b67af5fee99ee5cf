"""Arguments of the batch commands (ingest, export, review); the work lives elsewhere."""

from __future__ import annotations

import argparse
import os
import sys

from extractor.cli.options import config_from

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from pathlib import Path

    from extractor.base.config import Config
    from extractor.cli.options import Commands, ConfigOption
    from extractor.correct.corrections import CorrectionSet

# The batch machinery (pipeline, pydantic models, jsonschema, the review page) is imported by the
# command that runs, not when the argument parser is built: 'extractor parse' and '--help' never
# pay it.

# Failing inputs are listed one line each on stderr, up to this many (all are in report.json).
_PROBLEMS_SHOWN = 50


def add_ingest(commands: Commands, config_option: ConfigOption) -> None:
    from extractor.record.folder import CORRECTIONS, STATE

    parser = commands.add_parser(
        "ingest",
        help="the main job: parse many pages into an output folder",
        description="Parse files, folders (recursively), globs, crawl archives (.warc, "
        ".warc.gz: every HTML response, named by its URL), or a list of paths on stdin (-) "
        f"into DIR. The folder's state lives in DIR/{STATE} (an SQLite database); "
        "records/<id>.json, leaders.jsonl (sorted by id), report.json, the schema and "
        "review.html are rendered from it at the end of each run. Inputs are keyed by their "
        "path relative to the folder named (an archive's pages by their URL); unchanged inputs "
        "are skipped next time, edited ones update their record, a renamed one keeps it, and a "
        "file gone from a folder named again unpublishes its record (the records of a folder "
        "not named in a run are kept as they were, and the summary says how many). Exit 0: "
        "every input gave a record without errors; "
        "1: some record has errors, or an input was refused or conflicts; 2: the run could not "
        "start or go on (the folder is busy; a worker process was killed: run it again to "
        "resume); 130: interrupted (Ctrl-C: run it again to resume).",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, folder, glob, or - for a list on stdin"
    )
    parser.add_argument("--out", default="output", metavar="DIR", help="default: output/")
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="processes (default, or 0: all cores; at most 4 a core)",
    )
    parser.add_argument("--force", action="store_true", help="re-parse inputs even if unchanged")
    parser.add_argument(
        "--keep-missing",
        action="store_true",
        help="keep the records of inputs gone from the folders named (default: unpublish them)",
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="when another run is writing DIR, wait this long for it (default: refuse at once)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    parser.add_argument(
        "--stdout-jsonl",
        action="store_true",
        help="also print every record in DIR as JSON Lines on stdout (as leaders.jsonl), "
        "for jq and other tools",
    )
    parser.add_argument(
        "--no-review",
        action="store_true",
        help="do not write DIR/review.html (an old one is removed: it would be stale)",
    )
    parser.add_argument(
        "--corrections",
        metavar="FILE|DIR",
        help="editors' corrections (the review page's download): copied into "
        f"DIR/{CORRECTIONS}/, whose files every run applies",
    )
    config_option(parser)
    parser.set_defaults(run=_run_ingest)


def add_export(commands: Commands) -> None:
    from extractor.batch.formats import EXPORT_FORMATS

    parser = commands.add_parser(
        "export",
        help="export an output folder as json, jsonl, csv, sqlite or jsonld",
        description="Export the published records of an ingest output folder (read from its "
        "state database). CSV has one row per leader and one column per dimension (themes, "
        "principles, quotes, extra sections and findings as JSON cells; cells a spreadsheet "
        "would run as a formula are prefixed with '); SQLite has normalised tables (leaders, "
        "dimensions, themes, principles, quotes, extra_sections, findings) with keys and "
        "indexes; JSON-LD "
        "is one schema.org Person per record (name, jobTitle, worksFor, description, "
        "knowsAbout, url).",
    )
    parser.add_argument("folder", metavar="DIR", help="an output folder of 'extractor ingest'")
    parser.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    parser.add_argument(
        "--to",
        metavar="FILE|DIR",
        help="destination file, or a folder to write leaders.<format> into; a pipe or "
        "device (/dev/stdout) is written into, a symlink's file replaced "
        "(default: stdout; sqlite: DIR/leaders.sqlite, never stdout)",
    )
    parser.set_defaults(run=_run_export)


def add_review(commands: Commands, config_option: ConfigOption) -> None:
    parser = commands.add_parser(
        "review",
        help="write the review page: every record next to its source",
        description="Write one self-contained HTML page where an editor checks each record "
        "against the source lines it came from. PATH: pages, record JSON files, or an ingest "
        "output folder.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument(
        "--out", default="output/review.html", metavar="FILE", help="default: output/review.html"
    )
    parser.add_argument(
        "--corrections",
        metavar="FILE|DIR",
        help="editors' corrections to apply to pages (an output folder's own are always used)",
    )
    config_option(parser)
    parser.set_defaults(run=_run_review)


def _jobs_usable(jobs: int, workers: int, *, quiet: bool) -> bool:
    """Whether ``--jobs`` can run (said why when not); a note when it is more than the cores
    can use and ``workers`` processes parse instead."""
    if jobs < 0:
        print("extractor ingest: --jobs must be 0 (all cores) or more", file=sys.stderr)
        return False
    if workers < jobs and not quiet:
        print(
            f"extractor ingest: note: --jobs {jobs} is more than this machine's cores can use; "
            f"{workers} processes parse",
            file=sys.stderr,
        )
    return True


def _cannot_start(paths: list[str], found: bool, out: Path) -> str:
    """Why the run cannot start before it takes the folder ("" when it can): the message
    names what the user gave, so that a typo is seen in it."""
    if not found:
        named = ("the paths on stdin" if path == "-" else path for path in paths)
        return f"no input pages found in {', '.join(named)}"
    if out.exists() and not out.is_dir():
        return f"--out {out} is a file, not a folder"
    return ""


def _run_ingest(args: argparse.Namespace) -> int:
    from pathlib import Path  # here, not for every command's start-up ('--help' builds this one)

    from extractor.batch.inputs import InputError, expand_inputs
    from extractor.batch.run import WorkerLost, ingest, summary_line, worker_count
    from extractor.batch.state import StateError
    from extractor.correct.corrections import DEFAULT_FOLDER, CorrectionsError
    from extractor.correct.store import (
        changed_since_last_run,
        remember,
        unknown_ids,
    )
    from extractor.record.folder import RECORDS

    config = config_from(args)
    if not _jobs_usable(args.jobs, worker_count(args.jobs), quiet=args.quiet):
        return 2
    import sqlite3  # (here: --help and the other commands need no SQLite)

    from extractor.batch.archives import archive_line, expand_archives
    from extractor.batch.stream import stream_records

    out = Path(args.out)
    try:
        expanded = expand_archives(expand_inputs(args.paths, out))
    except InputError as exc:
        print(f"extractor ingest: {exc}", file=sys.stderr)
        return 2
    inputs = expanded.inputs
    if not args.quiet:
        for note in inputs.notes:
            print(f"extractor ingest: note: {note}", file=sys.stderr)
    problem = _cannot_start(args.paths, bool(inputs.items), out)
    if problem:
        print(f"extractor ingest: {problem}", file=sys.stderr)
        return 2
    review = not args.no_review
    try:
        corrections = _adopted(out, Path(args.corrections) if args.corrections else None)
    except (CorrectionsError, OSError) as exc:
        print(f"extractor ingest: {exc}", file=sys.stderr)
        return 2
    try:
        result = ingest(
            inputs,
            out,
            config,
            jobs=args.jobs,
            force=args.force or changed_since_last_run(out, corrections),
            quiet=args.quiet,
            keep_missing=args.keep_missing,
            wait=args.wait,
            archives=expanded,
            corrections=corrections,
            after=lambda folder: _review_view(folder, config, corrections, write=review),
            prepare=_import_review if review else None,
        )
        remember(out, corrections)
    except (StateError, WorkerLost) as exc:
        print(f"extractor ingest: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"extractor ingest: cannot write to {out}: {exc}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # a full disk meets the state's journal first ("disk is full")
        print(f"extractor ingest: cannot update the run's state in {out}: {exc}", file=sys.stderr)
        return 2
    if args.stdout_jsonl:
        stream_records(out, sys.stdout)
    for line in result.problems[:_PROBLEMS_SHOWN]:
        print(line, file=sys.stderr)
    if len(result.problems) > _PROBLEMS_SHOWN:
        more = len(result.problems) - _PROBLEMS_SHOWN
        print(f"... and {more} more (see {out / 'report.json'})", file=sys.stderr)
    if not args.quiet:
        print(summary_line(result.summary), file=sys.stderr)
        if expanded.archives:
            print(archive_line(expanded.archives), file=sys.stderr)
        known = (p.stem.rstrip("_") for p in (out / RECORDS).glob("*.json"))
        for finding in unknown_ids(corrections, known, out / DEFAULT_FOLDER):
            print(finding.render(finding.file or str(out / DEFAULT_FOLDER)), file=sys.stderr)
    return result.exit_code


def _adopted(out: Path, given: Path | None) -> CorrectionSet:
    """The run's corrections, ``given`` adopted first; a warning for each of its corrections
    a file read after it overrides."""
    from extractor.correct.store import overridden, run_corrections

    corrections = run_corrections(out, given)
    for warning in overridden(out, given):
        print(f"extractor ingest: warning: {warning}", file=sys.stderr)
    return corrections


def _import_review() -> None:
    """The review page's modules, imported by the run while its workers parse: otherwise the
    process writing the page imports them at the end of the run (~10 ms), while the run waits."""
    import extractor.review.collect
    import extractor.review.render  # noqa: F401 - imported for later


def _review_view(folder: Path, config: Config, corrections: CorrectionSet, *, write: bool) -> None:
    """DIR/review.html from the finished state, or none at all: never a stale one."""
    from extractor.record.folder import REVIEW
    from extractor.review.collect import iter_items
    from extractor.review.render import write_review

    if write:
        write_review(iter_items([str(folder)], config, corrections), folder / REVIEW, corrections)
    else:
        (folder / REVIEW).unlink(missing_ok=True)


def _run_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from extractor.batch.export import ExportError, export
    from extractor.batch.state import StateError

    notes: list[str] = []
    try:
        count, where = export(Path(args.folder), args.format, args.to, notes)
    except BrokenPipeError:  # the reader (head, jq) has had enough: not an error
        if args.to in (None, "-"):
            _silence_stdout()
        return 0
    except (ExportError, StateError, OSError) as exc:
        print(f"extractor export: {exc}", file=sys.stderr)
        return 2
    for note in notes:
        print(f"extractor export: note: {note}", file=sys.stderr)
    noun = "record" if count == 1 else "records"
    print(f"export: {count} {noun} as {args.format} to {where}", file=sys.stderr)
    return 0


def _run_review(args: argparse.Namespace) -> int:
    from itertools import chain
    from pathlib import Path

    from extractor.batch.state import StateError
    from extractor.correct.corrections import DEFAULT_FOLDER, CorrectionsError, load
    from extractor.review.collect import iter_items
    from extractor.review.render import write_review
    from extractor.validate.gate import GateError

    config = config_from(args)
    kept = _ingests_own_page(Path(args.out), [Path(p) for p in args.paths])
    if kept is not None:
        print(
            f"extractor review: {args.out} is the review page ingest keeps for {kept}; "
            "write this one elsewhere (--out FILE), or review the folder itself",
            file=sys.stderr,
        )
        return 2
    try:
        given = [Path(args.corrections)] if args.corrections else []
        folders = [p / DEFAULT_FOLDER for p in map(Path, args.paths)]
        corrections = load([*[f for f in folders if f.is_dir()], *given])
        items = iter_items(args.paths, config, corrections)
        first = next(items, None)
        if first is None:  # as ingest says it: an empty page would hide the user's slip
            print(
                f"extractor review: no pages or records found in {', '.join(args.paths)}; "
                f"{args.out} not written",
                file=sys.stderr,
            )
            return 2
        count = write_review(chain([first], items), Path(args.out), corrections)
    except BrokenPipeError:  # --out /dev/stdout, and the reader (head) has had enough
        return 0
    except (GateError, StateError, OSError, CorrectionsError) as exc:
        print(f"extractor review: {exc}", file=sys.stderr)
        return 2
    print(f"review: {count} inputs written to {args.out}", file=sys.stderr)
    return 0


def _ingests_own_page(out: Path, paths: list[Path]) -> Path | None:
    """The output folder whose own review page ``out`` is, unless that folder alone is what is
    reviewed (the page made again from its state): a page of other inputs written there
    silently replaced the one of the folder's records."""
    from extractor.record.folder import REVIEW, is_output_folder

    folder = out.parent
    if out.name != REVIEW or not is_output_folder(folder):
        return None
    if [p.resolve() for p in paths] == [folder.resolve()]:
        return None
    return folder


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so that closing it at exit is quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
