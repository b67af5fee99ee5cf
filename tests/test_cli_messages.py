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


def test_each_correction_is_found_on_its_line() -> None:
    from extractor.correct.lines import item_lines

    text = (
        '{"corrections_version": 1, "note": ["[{not one}]"],\n'
        ' "corrections": [\n'
        '  {"record": "a", "editor": "a \\" quoted ]\\n", "parser": ["x", {"y": 1}]},\n'
        "\n"
        '  {"record": "b",\n'
        '   "editor": {"corrections": [{"z": 2}]}}, {"record": "c"}\n'
        " ]\n"
        "}\n"
    )
    assert item_lines(text) == [3, 5, 6]
    assert item_lines('{"corrections": [{"record": "a"}, {"rec') == [1, 1]  # damaged: no raise
    assert item_lines("[]") == [] and item_lines('{"other": [{}]}') == []


def test_validate_names_the_line_of_each_correction_it_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Findings about a correction named only the file: in a download of hundreds, the editor
    counted objects to find ``corrections[41]``."""
    import json

    record = tmp_path / "li-wei.json"
    assert main(["parse", str(SAMPLES / "li-wei.txt")]) == 0
    record.write_text(capsys.readouterr().out, encoding="utf-8")
    fixes = [
        {"record": "li-wei", "source_sha256": "0" * 64, "path": p, "parser": "x", "editor": "y"}
        for p in ("bio", "quotes[40].text")
    ]
    corrections = tmp_path / "c.json"
    corrections.write_text(
        json.dumps({"corrections_version": 1, "corrections": fixes}, indent=2), encoding="utf-8"
    )
    assert main(["validate", str(record), str(corrections)]) == 0
    said = capsys.readouterr().out
    assert f"{corrections}:4: warning correction-stale: corrections[0]" in said
    assert f"{corrections}:11: warning correction-path-unknown: corrections[1]" in said
    corrections.write_text('{"corrections_version": 1,\n  "corrections": [,]}', encoding="utf-8")
    assert main(["validate", str(corrections)]) == 1
    assert f"{corrections}:2: error corrections-invalid" in capsys.readouterr().out
