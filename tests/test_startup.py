"""Start-up: a command imports what it needs, and the shortcuts it takes change nothing.

``extractor parse`` runs in shell loops and editors' save hooks, so each command loads only its
own machinery (pydantic, jsonschema, lxml, the batch modules, orjson only when they are used).
"""

from __future__ import annotations

import importlib
import marshal
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import given, strategies as st

from extractor.cli.layout import terminal_columns

# Start-up: what a command imports is what it needs.
HEAVY = ("pydantic", "jsonschema", "bs4", "lxml", "jinja2", "warcio", "sqlite3", "orjson")
# Standard modules a plain page needs none of, each a millisecond or more to import (decimal
# comes with fractions; dataclasses brings inspect, ast and dis; hashlib loads OpenSSL), and the
# chip splitter's word tables (only for chips run together).
STANDARD = ("fractions", "decimal", "lemminflect", "wordfreq", "wordsegment")
STANDARD += ("dataclasses", "inspect", "hashlib", "_hashlib", "tomllib")
# The batch machinery: only the batch commands (and '--help', which lists their options).
BATCH = ("extractor.batch.run", "extractor.batch.worker", "extractor.review", "extractor.api")


def loaded_by(*argv: str, whole: bool = False) -> set[str]:
    """Top-level packages (``whole``: every module) the command line loads for ``argv``, run in
    a fresh interpreter."""
    code = (
        "import contextlib, io, sys\n"
        "from extractor.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), "
        "contextlib.redirect_stderr(io.StringIO()):\n"
        "    try:\n"
        "        main(sys.argv[1:])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(' '.join(sorted({m if WHOLE else m.split('.')[0] for m in sys.modules})))\n"
    ).replace("WHOLE", str(whole))
    out = subprocess.run(
        [sys.executable, "-c", code, *argv], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "argv",
    [
        ("--help",),
        ("parse", "samples/hannah-berg.txt"),
        ("parse", "samples/tomas-novak.md"),
        ("validate", "samples/hannah-berg.txt"),
    ],
    ids=" ".join,
)
def test_a_command_loads_only_what_it_needs(argv: tuple[str, ...]) -> None:
    assert loaded_by(*argv) & {*HEAVY, *STANDARD} == set()


@pytest.mark.parametrize(
    "argv",
    [
        ("--help",),
        ("parse", "samples/hannah-berg.txt"),
        ("validate", "samples/hannah-berg.txt"),
        ("parse", "--help"),
    ],
    ids=" ".join,
)
def test_a_command_loads_no_batch_machinery(argv: tuple[str, ...]) -> None:
    loaded = loaded_by(*argv, whole=True)
    assert {m for m in loaded if m.startswith(BATCH)} == set()
    if argv[-1] != "--help":  # the batch commands' options are built for the whole help only
        assert "extractor.cli.batch" not in loaded


def imported_by(*argv: str) -> set[str]:
    """Every module the command line imports for ``argv``, from this checkout, in a fresh
    interpreter without ``site``: an editable install's finder, which a ``.pth`` file loads
    into every interpreter, imports pathlib and more by itself, so a test under it could not
    see the package import them. (A plain page needs nothing from site-packages.)"""
    code = (
        "import contextlib, io, sys\n"
        "before = set(sys.modules)\n"
        "from extractor.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), "
        "contextlib.redirect_stderr(io.StringIO()):\n"
        "    try:\n"
        "        main(sys.argv[1:])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", code, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


@pytest.mark.parametrize("argv", [("--help",), ("parse", "samples/hannah-berg.txt")], ids=" ".join)
def test_parse_and_help_load_no_pathlib(argv: tuple[str, ...]) -> None:
    """pathlib (with urllib.parse, ipaddress, fnmatch: ~3 ms) only for what walks folders or
    reads a config: an installed tool's 'parse' and '--help' need none of it."""
    imported = imported_by(*argv)
    assert "extractor.cli.main" in imported
    assert imported & {"pathlib", "urllib.parse", "dataclasses", "hashlib"} == set()


@pytest.mark.parametrize("data", [b"", b"abc", bytes(range(256)) * 300, "Zoë “x”".encode()])
def test_the_page_digest_is_sha256(data: bytes) -> None:
    """A page's digest comes without hashlib (see ``_sha256_hex``), and is SHA-256's."""
    import hashlib

    from extractor.pipeline import _sha256_hex

    assert _sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_an_html_page_loads_lxml_only() -> None:
    assert loaded_by("parse", "samples/li-wei.html") & set(HEAVY) == {"lxml"}


@pytest.mark.parametrize("columns", [None, "0", "-3", "abc", "40", "200"])
def test_help_width_is_argparses(monkeypatch: pytest.MonkeyPatch, columns: str | None) -> None:
    """The help layout's width is what argparse would get from shutil, without importing it."""
    monkeypatch.delenv("LINES", raising=False)
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_an_editable_install_compiles_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build backend byte-compiles the source tree an editable install runs from (where
    ``PYTHONDONTWRITEBYTECODE`` is set, nothing else would), after building the wheel as
    setuptools does."""
    from setuptools import build_meta

    monkeypatch.syspath_prepend(str(ROOT / "_build"))
    backend = importlib.import_module("backend")
    built: list[str] = []
    monkeypatch.setattr(build_meta, "build_editable", lambda d, *_: built.append(d) or "x.whl")
    (tmp_path / "extractor" / "sub").mkdir(parents=True)
    (tmp_path / "extractor" / "sub" / "mod.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert backend.build_editable(str(tmp_path / "dist")) == "x.whl"
    assert built == [str(tmp_path / "dist")]
    assert list((tmp_path / "extractor" / "sub" / "__pycache__").glob("mod.*.pyc"))


# Standard modules the commonest commands do without (each ~2-4 ms of a start-up): argparse
# (with gettext and locale) for 'parse FILE' and 'validate PATH', typing (with contextlib)
# everywhere, json where nothing is read or written as JSON, pathlib where nothing is walked.
NOT_FOR_ONE_PAGE = {"argparse", "gettext", "locale", "typing", "contextlib", "json", "pathlib"}


@pytest.mark.parametrize(
    "argv",
    [
        ("parse", "samples/hannah-berg.txt"),
        ("parse", "samples/tomas-novak.md"),
        ("validate", "samples/hannah-berg.txt"),
        ("validate", "samples/hannah-berg.txt", "samples/jonas-weber.txt"),
    ],
    ids=" ".join,
)
def test_one_page_loads_no_argparse_typing_json_or_pathlib(argv: tuple[str, ...]) -> None:
    imported = imported_by(*argv)
    assert "extractor.cli.main" in imported
    assert imported & NOT_FOR_ONE_PAGE == set()


def test_help_loads_no_typing() -> None:
    imported = imported_by("--help")
    assert "argparse" in imported
    assert imported & {"typing", "json", "pathlib"} == set()


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "samples/hannah-berg.txt"],
        ["parse", "-"],
        ["parse", ""],
        ["validate", "a.txt"],
        ["validate", "a.txt", "-", "b/c.json"],
    ],
)
def test_plain_arguments_are_argparses(argv: list[str]) -> None:
    """'parse FILE' and 'validate PATH ...' are read without argparse into what it would give."""
    from extractor.cli.main import _plain_args, build_parser

    plain = _plain_args(argv)
    assert plain is not None
    assert vars(plain) == vars(build_parser(argv[0]).parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse"],
        ["validate"],
        ["parse", "a.txt", "b.txt"],
        ["parse", "-q", "a.txt"],
        ["parse", "a.txt", "--provenance"],
        ["parse", "--help"],
        ["parse", "--", "a.txt"],
        ["parse", "-1"],
        ["validate", "a.txt", "--strict"],
        ["schema", "x"],
        ["--version"],
    ],
)
def test_other_command_lines_go_to_argparse(argv: list[str]) -> None:
    from extractor.cli.main import _plain_args

    assert _plain_args(argv) is None


def test_the_named_tuple_base_is_typings() -> None:
    """``extractor.base.values.NamedTuple`` makes the class typing.NamedTuple makes."""
    import pickle
    import typing

    from extractor.base.values import NamedTuple as Ours
    from extractor.read.blocks import Block, Kind

    made = []
    for base in (typing.NamedTuple, Ours):

        class Row(base):  # type: ignore[misc, valid-type]
            """A row."""

            name: str
            score: int = 0
            note: str | None = None

            def shown(self) -> str:
                return f"{self.name}={self.score}"

        made.append(Row)
    theirs, ours = made
    assert theirs.__mro__[1:] == ours.__mro__[1:] == (tuple, object)
    for attribute in ("_fields", "_field_defaults", "__doc__", "__module__", "__qualname__"):
        assert getattr(ours, attribute) == getattr(theirs, attribute)
    assert list(ours.__annotations__) == list(theirs.__annotations__)
    assert repr(ours("a")) == repr(theirs("a")) == "Row(name='a', score=0, note=None)"
    assert ours("a", 3).shown() == "a=3" and ours("a")._replace(score=2) == ("a", 2, None)
    assert ours("a")._asdict() == theirs("a")._asdict()
    block = Block(Kind.ITEM, "text", 3, 4, marker="-")
    assert pickle.loads(pickle.dumps(block)) == block
    assert type(pickle.loads(pickle.dumps(block))) is Block


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=8)
    | st.sampled_from(["\ud800", "\x00\x1f", "\u2028", 'é\\"']),
    lambda children: (
        st.lists(children, max_size=4)
        | st.tuples(children, children)
        | st.dictionaries(st.text(max_size=4) | st.integers() | st.booleans(), children, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_indented_json_is_the_json_modules(value: object) -> None:
    """What 'extractor parse' prints without the json module is json.dumps' text, for any
    value (floats, odd keys and the rest taking json.dumps' own path)."""
    import json

    from extractor.record.serialize import indented_json

    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_indented_json_of_every_golden_and_odd_strings() -> None:
    import json

    from extractor.record.serialize import indented_json

    for golden in sorted((ROOT / "tests" / "golden").glob("*.json")):
        data = json.loads(golden.read_text(encoding="utf-8"))
        assert indented_json(data) == json.dumps(data, ensure_ascii=False, indent=2)
    odd = {"a\ud800": ['\x00\x1f\u2028"\\/', "\U0001f600", True, False, None, -0, 10**30]}
    assert indented_json(odd) == json.dumps(odd, ensure_ascii=False, indent=2)
    cycle: list[object] = []
    cycle.append(cycle)
    with pytest.raises(ValueError, match="Circular reference"):
        indented_json(cycle)


def test_pages_named_one_by_one_are_gated_as_before(tmp_path: Path) -> None:
    """'validate a.txt b.txt' skips pathlib (see gate._named_pages) and finds what the general
    path finds: the same page twice is a duplicate."""
    from extractor.base.config import Config
    from extractor.validate import gate

    page = (ROOT / "samples" / "hannah-berg.txt").read_bytes()
    (tmp_path / "a.txt").write_bytes(page)
    (tmp_path / "b.txt").write_bytes(page)
    (tmp_path / "c.txt").write_bytes((ROOT / "samples" / "jonas-weber.txt").read_bytes())
    paths = [str(tmp_path / name) for name in ("a.txt", "b.txt", "c.txt")]
    assert gate._named_pages(paths) == paths
    fast = gate.run_gate(paths, Config())
    general = gate.GateResult([], 0, 0)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gate, "_named_pages", lambda _: None)
        general = gate.run_gate(paths, Config())
    assert [f.to_json() for f in fast.findings] == [f.to_json() for f in general.findings]
    assert "input-duplicate" in {f.code for f in fast.findings}
    assert (fast.files, fast.records, fast.skipped) == (general.files, general.records, [])
    for other in (f"{tmp_path}//a.txt", f"{tmp_path}/./a.txt", str(tmp_path), "x.json"):
        assert gate._named_pages([other]) is None


def test_patterns_from_the_table_are_res(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern built from the table is re.compile's: same program, flags and groups (the
    pattern objects compare equal), written and read back through the file."""
    import re

    from extractor.base import patterns

    monkeypatch.setenv(patterns.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(patterns, "_loaded", [])
    monkeypatch.setattr(patterns, "_added", {})
    cases = [
        (r"^(?P<name>[^\d%]*?)\s*[:–—]\s*(?P<score>\d{1,3})(?:\s*/\s*(?P<scale>\d+))?$", 0),
        ("(?<=\\S) {2,}(?=\\S)|[\u200b-\u200f]", 0),
        ("^(?:thanks? \\s+ for)  # verbose\n  \\b", re.IGNORECASE | re.VERBOSE),
        (r"[^\W\d_]{2,}", re.ASCII),
        (r"(a)|(b)(?P<c>c)?", re.MULTILINE | re.DOTALL),
    ]
    for pattern, flags in cases:
        assert patterns.compiled(pattern, flags) == re.compile(pattern, flags)
    patterns.save()
    assert not patterns._added
    monkeypatch.setattr(patterns, "_loaded", [])
    for pattern, flags in cases:
        made = patterns.compiled(pattern, flags)
        expected = re.compile(pattern, flags)
        assert made == expected and made.groupindex == expected.groupindex
        assert (made.groups, made.flags, made.pattern) == (
            expected.groups,
            expected.flags,
            expected.pattern,
        )
    assert not patterns._added  # every one came from the table


def test_a_broken_table_is_compiled_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from extractor.base import patterns

    monkeypatch.setenv(patterns.CACHE_ENV, str(tmp_path))
    for junk in (b"", b"not marshal", marshal.dumps({("a+", 0): (0, [1, 2], 0)})):
        path = patterns.table_path()
        assert path is not None
        Path(path).write_bytes(junk)
        monkeypatch.setattr(patterns, "_loaded", [])
        monkeypatch.setattr(patterns, "_added", {})
        assert patterns.compiled("a+") == re.compile("a+")


def test_a_table_damaged_on_disk_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A program changed on disk (here 'a+' made to match 'b') is still one ``_sre`` accepts:
    the table's checksum turns it away, so the pattern matches as ``re`` says it does."""

    from extractor.base import patterns

    monkeypatch.setenv(patterns.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(patterns, "_loaded", [])
    monkeypatch.setattr(patterns, "_added", {})
    patterns.compiled("xa+")
    patterns.save()
    path = patterns.table_path()
    assert path is not None
    data = Path(path).read_bytes()
    body = data[len(patterns._HEADER) + 4 :]
    program = marshal.loads(body)[("xa+", 0)][1]
    damaged = {("xa+", 0): (0, [98 if op == ord("a") else op for op in program], 0, {}, (None,))}
    assert program.count(ord("a")) == 1
    Path(path).write_bytes(data[: len(patterns._HEADER) + 4] + marshal.dumps(damaged))
    monkeypatch.setattr(patterns, "_loaded", [])
    made = patterns.compiled("xa+")
    assert made.match("xaa") and not made.match("xb")


def test_no_home_no_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no home folder ("~" left unexpanded: no HOME and no passwd entry) there is no
    table: patterns are compiled as ``re`` does, and nothing is written where we run."""
    import re

    from extractor.base import patterns

    for name in (patterns.CACHE_ENV, "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(patterns, "_loaded", [])
    monkeypatch.setattr(patterns, "_added", {})
    assert patterns.table_path() is None
    assert patterns.compiled("b+c") == re.compile("b+c")
    patterns.save()
    assert list(tmp_path.iterdir()) == []


def test_a_second_parse_compiles_no_pattern(tmp_path: Path) -> None:
    """The first 'extractor parse' writes the table; the next compiles nothing and writes
    nothing (the file is not replaced)."""
    code = (
        "import io, sys\n"
        "from extractor.base import patterns\n"
        "from extractor.cli.main import main\n"
        "sys.stdout = io.StringIO()\n"
        "sys.argv[1:] = ['parse', 'samples/hannah-berg.txt']\n"
        "main()\n"
        "sys.stdout = sys.__stdout__\n"
        "print(len(patterns._loaded[0]), len(patterns._added))\n"
    )
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(tmp_path)}
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    assert first.stdout.split() == ["0", "0"]  # none to start with; all written at the end
    (table,) = tmp_path.glob("patterns-*.marshal")
    written = table.stat()
    second = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    kept, added = map(int, second.stdout.split())
    assert kept > 40 and added == 0
    assert table.stat().st_mtime_ns == written.st_mtime_ns


_MODULE_COMPILE = re.compile(r"^[A-Za-z_]\w*(?:: [^=]+)? = re\.compile\(", re.MULTILINE)


@pytest.mark.parametrize(
    "argv",
    [("parse", "samples/hannah-berg.txt"), ("parse", "samples/tomas-novak.md")],
    ids=" ".join,
)
def test_one_page_modules_compile_their_patterns_from_the_table(argv: tuple[str, ...]) -> None:
    """Every module a one-page parse loads compiles its module-level patterns with
    ``base.patterns.compiled`` (from the table), not ``re.compile``: a new rule's pattern
    written the usual way would cost every start-up its compile again."""
    offenders = []
    for module in sorted(loaded_by(*argv, whole=True)):
        if not module.startswith("extractor."):
            continue
        path = ROOT / Path(*module.split("."))
        source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        if _MODULE_COMPILE.search(source.read_text(encoding="utf-8")):
            offenders.append(module)
    assert offenders == []
