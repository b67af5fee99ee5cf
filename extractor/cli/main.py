"""Command line: argument parsing and exit codes only; the work lives in the pipeline modules.

Exit codes scripts can rely on: 0 success, 1 the input or records have errors (a refused page,
an error finding), 2 the command could not run (bad arguments, bad config, unreadable path).
"""

from __future__ import annotations

import sys

from extractor.cli.options import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, config_from, config_option

TYPE_CHECKING = False  # not typing's: 'parse FILE' imports neither typing nor argparse
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence

    from extractor.base.config import Config
    from extractor.cli.options import Args, Commands
    from extractor.correct.corrections import CorrectionSet
    from extractor.pipeline import ParseResult

# Each command imports what it needs when it runs (the pipeline and its pydantic models for
# parse, jsonschema for validate, the batch machinery for ingest): building the argument parser
# and '--help' stay cheap, and users run 'extractor parse' in shell loops and save hooks. The
# commonest forms, 'parse FILE' and 'validate PATH ...', are read without building a parser at
# all (see ``_plain_args``): argparse, with the gettext and locale modules its messages load,
# cost them ~5 ms, half of 'python -c pass'.

EXIT_REFUSED = 2  # parse: no record at all


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or (``only``) just the one command a run names: a command's
    options never depend on the others', and 'extractor parse' need not import the builders of
    the batch commands."""
    from extractor import __version__
    from extractor.cli.layout import Parser

    parser = Parser(
        prog="extractor",
        description="Turn leader profile pages (HTML, Markdown or pasted text) into "
        "validated JSON records.",
        epilog="Run 'extractor COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, add in _COMMANDS.items():
        if only is None or only == name:
            add(commands)
    return parser


def _add_schema(commands: Commands) -> None:
    schema = commands.add_parser("schema", help="print the published JSON Schema of a record")
    schema.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    schema.set_defaults(run=_run_schema)


def _add_rules(commands: Commands) -> None:
    rules = commands.add_parser("rules", help="list every finding code (or write docs/rules.md)")
    rules.add_argument("--markdown", action="store_true", help="print the Markdown reference")
    rules.set_defaults(run=_run_rules)


def _command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names when its first word is one (options before it: none)."""
    first = argv[0] if argv else ""
    return first if first in _COMMANDS else None


def _add_parse(commands: Commands) -> None:
    from extractor.read import FORMATS

    parse = commands.add_parser(
        "parse",
        help="parse one page and print its record as JSON",
        description="Parse one page (FILE, or - for stdin) and print its record as JSON on "
        "stdout. Findings go to stderr as FILE:LINE: severity CODE: message. Exit 0: a record "
        "without errors; 1: a record with error findings; 2: no record (input refused).",
    )
    parse.add_argument("file", metavar="FILE", help="the page to parse, or - for standard input")
    parse.add_argument("--format", choices=FORMATS, help="input format (default: detect)")
    parse.add_argument(
        "--url",
        metavar="URL",
        help="FILE is a crawl archive (.warc, .warc.gz): parse its HTML response for URL",
    )
    parse.add_argument(
        "--provenance", action="store_true", help="add the source line range of every field"
    )
    parse.add_argument("-q", "--quiet", action="store_true", help="print only error findings")
    parse.add_argument(
        "--corrections",
        metavar="FILE|DIR",
        help="apply editors' corrections (the review page's download) for this record",
    )
    config_option(parse)
    parse.set_defaults(run=_run_parse)


def _add_validate(commands: Commands) -> None:
    validate = commands.add_parser(
        "validate",
        help="the gate before publishing: check pages, records, JSONL or an output folder",
        description="Check leader pages (parsed first; every HTML page of a crawl archive, "
        "named by its URL), record JSON files, JSONL files and "
        "batch output folders against the published schema and the content rules "
        "(see 'extractor rules'); corrections files (an output folder's corrections/ too) "
        "against their schema and the records checked with them. An output folder also "
        "gives its last run's refused inputs (errors, as the run reported them) and any record "
        "file that leaders.jsonl disagrees with. Exit 0: no errors; "
        "1: errors found (or warnings with --strict); 2: the gate could not run.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default="text",
        help="text for people (default), json for programs, github for Actions annotations",
    )
    validate.add_argument("--strict", action="store_true", help="warnings fail the gate too")
    validate.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text output (default: only on a terminal)",
    )
    config_option(validate)
    validate.set_defaults(run=_run_validate)


def _add_ingest(commands: Commands) -> None:
    from extractor.cli.batch import add_ingest  # the batch commands' module: only when named

    add_ingest(commands, config_option)


def _add_export(commands: Commands) -> None:
    from extractor.cli.batch import add_export

    add_export(commands)


def _add_review(commands: Commands) -> None:
    from extractor.cli.batch import add_review

    add_review(commands, config_option)


# In the order 'extractor --help' lists them.
_COMMANDS: dict[str, Callable[[Commands], None]] = {
    "parse": _add_parse,
    "validate": _add_validate,
    "ingest": _add_ingest,
    "export": _add_export,
    "review": _add_review,
    "schema": _add_schema,
    "rules": _add_rules,
}


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    command = _command_named(given)
    if argv is None and command == "parse":
        _one_page()
    args = _plain_args(given) or build_parser(command).parse_args(given)
    run: Callable[[Args], int] = args.run
    from extractor.base.config import ConfigError

    try:
        return run(args)
    except ConfigError as exc:
        print(f"extractor: config error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        if argv is None and args.command in _READ_ONLY:
            _before_exit()
        elif argv is None and args.command == "ingest":
            _frozen_for_exit()


def _plain_args(argv: list[str]) -> Args | None:
    """The arguments argparse would give for 'parse FILE' and 'validate PATH ...' without an
    option, read without it; None for any other command line, which argparse reads (its help,
    its errors, every option). A word is taken as a path only where argparse takes it as one
    for sure: '-' itself, or a word not beginning with '-'."""
    if len(argv) < 2 or not all(word == "-" or word[:1] != "-" for word in argv[1:]):
        return None
    from types import SimpleNamespace

    shared = {"config": None, "max_bytes": None}
    if argv[0] == "parse" and len(argv) == 2:
        return SimpleNamespace(
            command="parse",
            file=argv[1],
            format=None,
            url=None,
            provenance=False,
            quiet=False,
            corrections=None,
            **shared,
            run=_run_parse,
        )
    if argv[0] == "validate":
        return SimpleNamespace(
            command="validate",
            paths=argv[1:],
            format="text",
            strict=False,
            color="auto",
            **shared,
            run=_run_validate,
        )
    return None


# Commands that write nothing but standard output and error.
_READ_ONLY = frozenset({"parse", "validate"})


def _one_page() -> None:
    """``extractor parse`` as the program reads one page and ends: the cyclic garbage collector
    is switched off, since its passes over everything the start-up imports (~3% of the run)
    would find nothing to free that the end of the process does not."""
    import gc

    gc.disable()


def _before_exit() -> None:
    """The program is about to end (``main`` ran as the console script): every object alive now
    lives until exit, so it is frozen out of the cyclic garbage collector, whose closing passes
    would otherwise walk every module, class and pattern once more (~6% of a ``parse``). Only
    for commands that write no files: nothing is left for a collector to close or flush. First,
    the table of compiled patterns (:mod:`extractor.base.patterns`) is written when this run
    compiled some it lacked, so that the next run need not."""
    import gc

    from extractor.base.patterns import save

    save()
    gc.freeze()


def _frozen_for_exit() -> None:
    """``extractor ingest`` ran as the console script and is about to end, every file it wrote
    closed by its own ``with`` (the state, the spool, the views, the lock), its worker and
    review processes joined: what is alive now lives until exit, so it is frozen out of the
    cyclic garbage collector, whose passes at exit otherwise cost a run 20-50 ms (~1-2% of
    2,000 text pages at --jobs 1), more than the rest of its exit."""
    import gc

    gc.freeze()


def _run_parse(args: Args) -> int:
    from extractor.base.errors import Refusal
    from extractor.base.findings import Severity
    from extractor.record.serialize import record_json

    name = "<stdin>" if args.file == "-" else args.file
    config = config_from(args)
    corrections = None
    if args.corrections:
        from pathlib import Path

        from extractor.correct.corrections import CorrectionsError, load

        try:
            corrections = load([Path(args.corrections)])
        except CorrectionsError as exc:
            print(f"extractor parse: {exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        result = _parse_input(args, config, corrections)
    except Refusal as refusal:
        print(f"{name}: error {refusal.code}: {refusal.message}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        message = f"{type(exc).__name__}: {exc}"
        print(f"{name}: error internal: {message} (please report this)", file=sys.stderr)
        return EXIT_REFUSED
    sys.stdout.write(record_json(result.data, result.provenance if args.provenance else None))
    for finding in result.findings:
        if not args.quiet or finding.severity is Severity.ERROR:
            print(finding.render(name), file=sys.stderr)
    has_errors = any(f.severity is Severity.ERROR for f in result.findings)
    return EXIT_ERRORS if has_errors else EXIT_OK


def _parse_input(args: Args, config: Config, corrections: CorrectionSet | None) -> ParseResult:
    """A page file, stdin, or (with ``--url``) one page of a crawl archive."""
    from extractor.base.errors import Refusal
    from extractor.load.decode import is_archive
    from extractor.pipeline import parse_bytes, parse_file, parse_member

    if args.url is None and is_archive(args.file):
        raise Refusal(
            "archive",
            "this is a crawl archive of many pages: pick one with --url URL, "
            "or parse them all with 'extractor ingest'",
        )
    if args.url is None:
        return parse_file(args.file, args.format, config, corrections)
    from extractor.load.warc import find_member, read_member  # only archives pay for warcio

    member = find_member(args.file, args.url)
    data = read_member(member, config.max_bytes)
    if args.format not in (None, "html"):
        return parse_bytes(
            data, member.key, args.format, config, url=member.url, corrections=corrections
        )
    return parse_member(data, member, config, corrections)


def _run_validate(args: Args) -> int:
    from extractor.validate.gate import GateError, run_gate
    from extractor.validate.output import render_github, render_json, render_text

    config = config_from(args)
    try:
        result = run_gate(args.paths, config)
    except GateError as exc:
        print(f"extractor validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        sys.stdout.write(render_json(result))
    elif args.format == "github":
        sys.stdout.write(render_github(result))
    else:
        colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        sys.stdout.write(render_text(result, colour))
    return EXIT_ERRORS if result.failed(args.strict) else EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    from pathlib import Path

    from extractor.base.atomic import rename_target, write_atomic
    from extractor.record.schema import schema_json

    text = schema_json()
    if args.out:
        target = Path(args.out)
        if not target.parent.is_dir():
            print(f"extractor schema: folder {target.parent} does not exist", file=sys.stderr)
            return EXIT_USAGE
        try:
            write_atomic(rename_target(target), text)
        except OSError as exc:
            print(f"extractor schema: cannot write {target}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _run_rules(args: argparse.Namespace) -> int:
    from extractor.base.catalog import CODES, rules_markdown

    if args.markdown:
        sys.stdout.write(rules_markdown())
        return EXIT_OK
    for code in CODES.values():
        print(f"{code.code:28} {code.severity.value:8} {code.trigger}")
    return EXIT_OK
