"""Messages a new user meets on the command line name the file and the line to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES

from extractor.cli.main import main


def test_a_corrections_file_that_is_not_json_is_named_with_its_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "corrections.json"
    bad.write_text('{\n  "corrections_version": 1,\n  "corrections": [,]\n}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--out", str(out), "--corrections", str(bad), str(SAMPLES)]) == 2
    said = capsys.readouterr().err
    assert f"{bad}:3:19: not valid JSON: Expecting value" in said
    assert not out.exists()  # refused before the run: nothing written


def test_a_corrections_file_with_many_problems_says_how_many_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "corrections.json"
    bad.write_text('{"corrections_version": 1, "corrections": [{}, {}]}', encoding="utf-8")
    assert (
        main(
            ["ingest", "-q", "--out", str(tmp_path / "o"), "--corrections", str(bad), str(SAMPLES)]
        )
        == 2
    )
    said = capsys.readouterr().err
    assert "not a corrections file: corrections/0: " in said and "more)" in said
