"""Start-up: a command imports what it needs, and the shortcuts it takes change nothing.

``extractor parse`` runs in shell loops and editors' save hooks, so each command loads only its
own machinery (pydantic, jsonschema, lxml, the batch modules, orjson only when they are used).
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

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
