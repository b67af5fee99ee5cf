"""Command line: argument parsing only; the work lives in the pipeline modules.

Exit codes scripts can rely on: 0 a record with no errors, 1 a record with errors (or a gate that
found errors), 2 no record (input refused) or the command could not run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from extractor import __version__
from extractor.diagnostics import Severity
from extractor.errors import Refusal
from extractor.export import record_json
from extractor.loading import DEFAULT_MAX_BYTES
from extractor.pipeline import parse_file
from extractor.readers import FORMATS
from extractor.schema import schema_json

EXIT_OK, EXIT_ERRORS, EXIT_REFUSED = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Turn leader profile pages (HTML, Markdown or pasted text) into "
        "validated JSON records.",
        epilog="Exit codes: 0 ok; 1 a record has errors; "
        "2 input refused or the command could not run.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse one page and print its record as JSON",
        description="Parse one page (FILE, or - for stdin) and print its record as JSON on stdout. "
        "Findings go to stderr as FILE:LINE: severity CODE: message.",
    )
    parse.add_argument("file", metavar="FILE", help="the page to parse, or - for standard input")
    parse.add_argument("--format", choices=FORMATS, help="input format (default: detect)")
    parse.add_argument(
        "--provenance", action="store_true", help="add the source line range of every field"
    )
    parse.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
    )
    parse.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
    parse.set_defaults(run=_run_parse)

    schema = commands.add_parser("schema", help="print the published JSON Schema of a record")
    schema.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    schema.set_defaults(run=_run_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code


def _run_parse(args: argparse.Namespace) -> int:
    name = "<stdin>" if args.file == "-" else args.file
    try:
        result = parse_file(args.file, args.format, args.max_bytes)
    except Refusal as refusal:
        print(f"{name}: error {refusal.code}: {refusal.message}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        print(
            f"{name}: error internal: {type(exc).__name__}: {exc} (please report this)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    sys.stdout.write(record_json(result.record, result.provenance if args.provenance else None))
    for diagnostic in result.diagnostics:
        if not args.quiet or diagnostic.severity is Severity.ERROR:
            print(diagnostic.render(name), file=sys.stderr)
    has_errors = any(d.severity is Severity.ERROR for d in result.diagnostics)
    return EXIT_ERRORS if has_errors else EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    text = schema_json()
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK
