"""CSV export keeps every score: one column holds one score of a record.

A record may give one dimension name twice (a page that lists 'Strategic Vision' in two rows,
flagged ``dimension-set``), or a dimension a fixed column's name ('summary'). The row was a
dict keyed by name, so the second score overwrote the first (or the record's summary), with
no word of it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import ROOT

from extractor.batch.export import dimension_cells
from extractor.cli.main import main

PAGE = (ROOT / "samples" / "amara-okafor.txt").read_text(encoding="utf-8")


def _export(
    tmp_path: Path, page: str, capsys: pytest.CaptureFixture[str]
) -> tuple[dict[str, str], str]:
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "a.txt").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--out", str(out), str(pages)]) == 0
    capsys.readouterr()
    assert main(["export", str(out), "--format", "csv"]) == 0
    said = capsys.readouterr()
    (row,) = csv.DictReader(io.StringIO(said.out))
    return row, said.err


def test_a_dimension_name_repeated_in_one_record_keeps_both_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = PAGE.replace("Growth & Distribution\n40%", "Strategic Vision\n40%")
    row, said = _export(tmp_path, page, capsys)
    assert (row["Strategic Vision"], row["Strategic Vision (2)"]) == ("80", "40")
    assert "amara-okafor: a dimension name repeated" in said
    assert "'Strategic Vision' in 'Strategic Vision (2)'" in said
    assert "export: 1 record as csv" in said


def test_a_dimension_named_as_a_fixed_column_leaves_that_column_alone() -> None:
    record = {
        "dimensions": [
            {"name": "summary", "score": 10},
            {"name": "Vision (2)", "score": 20},
            {"name": "Vision", "score": 30},
            {"name": "Vision", "score": 40},
        ]
    }
    assert dimension_cells(record) == [
        ("summary (dimension)", 10),
        ("Vision (2)", 20),
        ("Vision", 30),
        ("Vision (3)", 40),
    ]


def test_distinct_names_keep_their_own_columns_and_say_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row, said = _export(tmp_path, PAGE, capsys)
    assert row["Strategic Vision"] == "80" and row["Growth & Distribution"] == "40"
    assert "note" not in said and not any(column.endswith(")") for column in row)


def test_a_dimension_name_a_spreadsheet_would_run_is_neutralised_in_the_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cells were made formula-safe (OWASP), but not the header, where a page's own dimension
    name lands as a column's name."""
    page = PAGE.replace("Growth & Distribution\n40%", '=HYPERLINK("http://x")\n40%')
    row, _ = _export(tmp_path, page, capsys)
    assert row['\'=HYPERLINK("http://x")'] == "40"
    assert not any(column.startswith("=") for column in row)
