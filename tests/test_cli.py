"""The command line as a user meets it: stdout, stderr, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from extractor.cli.main import main

EXAMPLE = ROOT / "samples" / "gustav-soderstrom.txt"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_prints_record_and_theme_warning(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["parse", str(EXAMPLE)], capsys)
    assert code == 0
    record = json.loads(out)
    assert record["id"] == "gustav-soderstrom"
    assert out.endswith("}\n") and out.startswith('{\n  "schema_version"')
    assert err.count("\n") == 1
    assert f"{EXAMPLE}:20: warning themes-segmented:" in err


def test_parse_with_provenance(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["parse", "--provenance", "-q", str(EXAMPLE)], capsys)
    assert code == 0
    provenance = json.loads(out)["provenance"]
    assert provenance["name"] == [3, 3]
    assert provenance["quotes[1].context"] == [40, 40]


def test_output_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    outputs = {run(["parse", "-q", str(EXAMPLE)], capsys)[1] for _ in range(3)}
    assert len(outputs) == 1


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        (b"   \n\t\r\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary"),
        (b"abc\x00def\x00" * 100, "binary"),
        (
            b"City council approves new budget\n\nThe council voted 7-2 on Tuesday.\n\n"
            b"Summary\n\nThe budget grows by 3%.\n",
            "not-a-leader-page",
        ),
        (b"Dimension Profile\n\nStrategic Vision 95%\n\nKey Themes\n\nHiring\n", "no-name"),
    ],
    ids=["empty", "whitespace", "png", "pdf", "gzip", "nul-bytes", "news-article", "no-name"],
)
def test_refused_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, code: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    exit_code, out, err = run(["parse", str(page)], capsys)
    assert exit_code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"{page}: error {code}: ")


def test_missing_file_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["parse", str(tmp_path / "nope.txt")], capsys)[0] == 2
    code, out, err = run(["parse", str(tmp_path)], capsys)
    assert (code, out) == (2, "") and "directory" in err


def test_over_size_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "big.txt"
    page.write_bytes(EXAMPLE.read_bytes())
    code, out, err = run(["parse", "--max-bytes", "100", str(page)], capsys)
    assert (code, out) == (2, "") and "too-large" in err


def test_console_entry_point_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "parse", "-"],
        input=EXAMPLE.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["source"]["path"] == "-"
    assert b"Traceback" not in done.stderr


def test_schema_command_prints_the_published_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    assert code == 0
    assert out == (ROOT / "schemas" / "leader-record.schema.json").read_text(encoding="utf-8")


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    assert "parse" in capsys.readouterr().out


def test_ingest_on_a_full_disk_is_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A full disk can meet SQLite's journal before any record file (the record files are
    written by another process at --jobs 1): exit 2 with the folder named, no traceback."""
    import sqlite3

    import extractor.batch.run as batch_run

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(batch_run, "ingest", full)
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--out", str(out), str(ROOT / "samples" / "hannah-berg.txt")]) == 2
    err = capsys.readouterr().err
    assert f"cannot update the run's state in {out}: database or disk is full" in err


def test_ingest_as_the_console_script_freezes_what_lives_until_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run as the console script (``main()``), ingest ends with everything alive frozen out of
    the garbage collector (its closing passes cost the run's exit); called with arguments (a
    program using it, these tests), never: the caller lives on."""
    import gc

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--out", str(out), str(EXAMPLE)]) == 0
    assert frozen == []
    monkeypatch.setattr(sys, "argv", ["extractor", "ingest", "-q", "--out", str(out), str(EXAMPLE)])
    assert main() == 0
    assert frozen == [True]
    assert (out / "records").is_dir() and (out / "report.json").is_file()


def test_ingest_names_what_held_no_pages_and_an_out_that_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(["ingest", "-q", "--out", str(tmp_path / "o"), str(empty)], capsys)
    assert code == 2
    assert err.strip() == f"extractor ingest: no input pages found in {empty}"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(["ingest", "-q", "--out", str(tmp_path / "o"), "-"], capsys)
    assert err.strip() == "extractor ingest: no input pages found in the paths on stdin"
    taken = tmp_path / "taken.json"
    taken.write_text("{}")
    code, _, err = run(["ingest", "-q", "--out", str(taken), str(EXAMPLE)], capsys)
    assert code == 2
    assert err.strip() == f"extractor ingest: --out {taken} is a file, not a folder"


def test_ingest_help_gives_every_exit_code_it_can_end_with(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C ends a run with 130 (``main``); the help said 0, 1 and 2 only."""
    with pytest.raises(SystemExit):
        main(["ingest", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "130: interrupted" in text
    assert "default, or 0: all cores" in text


def test_an_extra_argument_is_reported_under_its_commands_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["parse", "--provenance", str(EXAMPLE), "extra"])
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: extractor parse ")
    assert "extractor parse: error: unrecognized arguments: extra" in err
