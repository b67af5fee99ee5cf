"""./pyproject.toml is parsed only when it can hold [tool.extractor] (``may_configure``).

Skipping the TOML parser is safe only if ``may_configure`` never says no to a file whose
``tool.extractor`` exists: proven here on TOML documents built from other tools' tables and every
way TOML can spell that key path, checked against tomllib itself.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import given, strategies as st

from extractor.base.config import Config, ConfigError, load_config, may_configure

# Every spelling of a [tool.extractor] table: (text at the root, before any header) or a table.
ROOT_SPELLINGS = [
    'tool.extractor.dimensions = ["A"]',
    'tool . "extractor" . disable = []',
    "'tool'.'extractor'.max_bytes = 5",
    'tool = { extractor = { dimensions = ["A"] } }',
    "tool = {extractor = {}, other = 1}",
]
TABLE_SPELLINGS = [
    '[tool.extractor]\ndimensions = ["A"]',
    '[ tool . "extractor" ]\nmax_bytes = 5',
    "[tool.'extractor'.severity]\nx = 'error'",
    '[tool]\nextractor = { dimensions = ["A"] }',
    '[tool]\nruff = 1\n  "extractor".disable = []',
    "[tool]\nextractor.max_bytes = 5",
    "[\"tool\"]\n'extractor' = {}",
    '[tool."\\u0065xtractor"]\nmax_bytes = 5',
    '["\\u0074ool".extractor]\nmax_bytes = 5',
]
# Other tools' tables, with what can be mistaken for ours: a script named extractor, nested
# arrays whose lines start with '[', strings that mention it.
OTHER_TABLES = [
    '[project]\nname = "extractor"\ndependencies = ["a", "b"]',
    '[project.scripts]\nextractor = "extractor.cli.main:main"',
    '[tool.ruff]\nline-length = 100\n[tool.ruff.lint.per-file-ignores]\n"extractor/x.py" = ["E"]',
    '[tool.mypy]\npackages = ["extractor"]\n[[tool.mypy.overrides]]\nmodule = ["w.*"]',
    'matrix = [\n  ["a", "b"],\n  [1, 2],\n]',
    'notes = """\n[tool.other]\nextractor is fine\n"""',
    "[tool.setuptools.packages.find]\ninclude = ['extractor*']",
    "[tool.pytest.ini_options]\naddopts = '-ra'",
]
# Read although it holds no table of ours (a comment): a false alarm costs only time.
FALSE_ALARM = "# [tool.extractor] was here once"


@st.composite
def pyproject(draw: st.DrawFn) -> str:
    root = draw(st.lists(st.sampled_from(['name = "x"', "version = 1"]), max_size=2))
    tables = draw(st.lists(st.sampled_from([*OTHER_TABLES, FALSE_ALARM]), max_size=5))
    where = draw(st.sampled_from(["none", "root", "table"]))
    if where == "root":
        root.insert(draw(st.integers(0, len(root))), draw(st.sampled_from(ROOT_SPELLINGS)))
    elif where == "table":
        tables.insert(draw(st.integers(0, len(tables))), draw(st.sampled_from(TABLE_SPELLINGS)))
    return "\n".join([*root, *tables]) + "\n"


def holds_ours(text: str) -> bool:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and "extractor" in tool


@given(pyproject())
def test_a_file_that_holds_our_table_is_always_read(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = tmp_path_factory.mktemp("p") / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    if holds_ours(text):
        assert may_configure(path), text


@pytest.mark.parametrize("spelling", ROOT_SPELLINGS + TABLE_SPELLINGS)
def test_every_spelling_is_ours_and_seen(tmp_path: Path, spelling: str) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(spelling + "\n", encoding="utf-8")
    assert holds_ours(spelling + "\n")
    assert may_configure(path)


def test_other_tools_tables_are_not_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(OTHER_TABLES) + "\n"
    assert not holds_ours(text)
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert not may_configure(tmp_path / "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    assert load_config() == Config()


def test_the_projects_own_pyproject_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not holds_ours((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert not may_configure(ROOT / "pyproject.toml")
    monkeypatch.chdir(ROOT)
    assert load_config() == Config()


def test_our_table_is_still_read_and_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("pyproject.toml").write_text('[project]\nname = "x"\n[tool.extractor]\nmax_bytes = 7\n')
    assert load_config().max_bytes == 7
    Path("pyproject.toml").write_text("[tool.extractor]\nmax_bytes = \n")
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config()
