"""Arguments of the batch commands (ingest, export, review); the work lives elsewhere."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from extractor.base.config import Config
from extractor.batch.export import EXPORT_FORMATS, ExportError, export
from extractor.batch.inputs import InputError, expand_inputs
from extractor.batch.run import ingest, summary_line
from extractor.batch.state import StateError
from extractor.cli.options import config_from
from extractor.record.folder import REVIEW, STATE
from extractor.review.collect import collect
from extractor.review.render import write_review
from extractor.validate.gate import GateError

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
ConfigOption = Callable[[argparse.ArgumentParser], None]
REVIEW_MAX_INPUTS = 2000


def add_ingest(commands: Commands, config_option: ConfigOption) -> None:
    parser = commands.add_parser(
        "ingest",
        help="the main job: parse many pages into an output folder",
        description="Parse files, folders (recursively), globs, or a list of paths on stdin (-) "
        f"into DIR. The folder's state lives in DIR/{STATE} (an SQLite database); "
        "records/<id>.json, leaders.jsonl (sorted by id), report.json, the schema and "
        "review.html are rendered from it at the end of each run. Inputs are keyed by their "
        "path relative to the folder named; unchanged inputs are skipped next time, edited ones "
        "update their record, and a file gone from a folder named again unpublishes its record. "
        "Exit 0: every input gave a record without errors; 1: some record has errors, or an "
        "input was refused or conflicts; 2: the run could not start.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, folder, glob, or - for a list on stdin"
    )
    parser.add_argument("--out", default="output", metavar="DIR", help="default: output/")
    parser.add_argument(
        "-j", "--jobs", type=int, default=0, metavar="N", help="processes (default: all cores)"
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
        "--no-review",
        action="store_true",
        help=f"do not write DIR/review.html (never written over {REVIEW_MAX_INPUTS:,} inputs)",
    )
    config_option(parser)
    parser.set_defaults(run=_run_ingest)


def add_export(commands: Commands) -> None:
    parser = commands.add_parser(
        "export",
        help="export an output folder as json, jsonl, csv or sqlite",
        description="Export the published records of an ingest output folder (read from its "
        "state database). CSV has one row per leader and one column per dimension (lists joined "
        "with ' | ', quotes, extra sections and findings as JSON; cells a spreadsheet would run "
        "as a formula are prefixed with '); SQLite has normalised tables (leaders, dimensions, "
        "themes, principles, quotes, extra_sections, findings) with keys and indexes.",
    )
    parser.add_argument("folder", metavar="DIR", help="an output folder of 'extractor ingest'")
    parser.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    parser.add_argument(
        "--to",
        metavar="FILE|DIR",
        help="destination file, or a folder to write leaders.<format> into "
        "(default: stdout; sqlite: DIR/leaders.sqlite)",
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
    config_option(parser)
    parser.set_defaults(run=_run_review)


def _run_ingest(args: argparse.Namespace) -> int:
    config = config_from(args)
    if args.jobs < 0:
        print("extractor ingest: --jobs must be 0 (all cores) or more", file=sys.stderr)
        return 2
    out = Path(args.out)
    try:
        inputs = expand_inputs(args.paths, out)
    except InputError as exc:
        print(f"extractor ingest: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        for note in inputs.notes:
            print(f"extractor ingest: note: {note}", file=sys.stderr)
    if not inputs.items:
        print("extractor ingest: no input pages found", file=sys.stderr)
        return 2
    review = not args.no_review and len(inputs) <= REVIEW_MAX_INPUTS
    try:
        result = ingest(
            inputs,
            out,
            config,
            jobs=args.jobs,
            force=args.force,
            quiet=args.quiet,
            keep_missing=args.keep_missing,
            wait=args.wait,
            after=lambda folder: _review_view(folder, config, write=review),
        )
    except StateError as exc:
        print(f"extractor ingest: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"extractor ingest: cannot write to {out}: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary_line(result.summary), file=sys.stderr)
        if not args.no_review and not review:
            print(
                f"review.html is not written for runs over {REVIEW_MAX_INPUTS:,} inputs; "
                "run 'extractor review' on a subset",
                file=sys.stderr,
            )
    return result.exit_code


def _review_view(folder: Path, config: Config, *, write: bool) -> None:
    """DIR/review.html from the finished state, or none at all: never a stale one."""
    if write:
        write_review(collect([str(folder)], config), folder / REVIEW)
    else:
        (folder / REVIEW).unlink(missing_ok=True)


def _run_export(args: argparse.Namespace) -> int:
    try:
        count, where = export(Path(args.folder), args.format, args.to)
    except (ExportError, StateError, OSError) as exc:
        print(f"extractor export: {exc}", file=sys.stderr)
        return 2
    print(f"export: {count} records as {args.format} to {where}", file=sys.stderr)
    return 0


def _run_review(args: argparse.Namespace) -> int:
    config = config_from(args)
    try:
        items = collect(args.paths, config)
        write_review(items, Path(args.out))
    except (GateError, StateError, OSError) as exc:
        print(f"extractor review: {exc}", file=sys.stderr)
        return 2
    print(f"review: {len(items)} inputs written to {args.out}", file=sys.stderr)
    return 0
