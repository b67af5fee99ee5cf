"""The Python API and piping: the same records as the command line, in input order, cheap to import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

import extractor
from extractor.pipeline import parse_file
from extractor.record.serialize import record_json

PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html"})


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=ROOT,
    )


@pytest.mark.parametrize("page", PAGES[:6], ids=lambda p: p.name)
def test_parse_gives_the_cli_record(page: Path) -> None:
    record = extractor.parse(str(page))
    assert record.to_json() == record_json(parse_file(str(page)).record)
    assert record.findings == record.diagnostics


def test_a_path_bytes_and_text_give_one_record() -> None:
    page = SAMPLES / "kwame-asante.txt"
    by_path = extractor.parse(page).to_dict()
    by_bytes = extractor.parse(page.read_bytes()).to_dict()
    by_text = extractor.parse(page.read_text(encoding="utf-8")).to_dict()
    assert by_path["source"]["path"] == str(page)
    assert by_bytes["source"]["path"] == by_text["source"]["path"] == "-"
    for data in (by_bytes, by_text):
        assert {**data, "source": by_path["source"]} == by_path


def test_a_missing_file_is_refused_not_parsed_as_text() -> None:
    with pytest.raises(extractor.Refusal) as caught:
        extractor.parse("no-such-page.html")
    assert caught.value.code == "unreadable"


def test_format_can_be_given() -> None:
    text = (SAMPLES / "priya-raman.md").read_text(encoding="utf-8")
    assert extractor.parse(text).source.format == "markdown"
    html = (SAMPLES / "li-wei.html").read_bytes()
    assert extractor.parse(html, format="html").source.format == "html"
    with pytest.raises(extractor.Refusal):  # markup read as plain text has no leader name
        extractor.parse(html, format="text")


def test_provenance_on_request() -> None:
    assert extractor.parse(PAGES[0]).provenance is None
    spans = extractor.parse(PAGES[0], provenance=True).provenance
    assert spans is not None and spans["name"][0] >= 1
    assert "provenance" not in extractor.parse(PAGES[0]).to_dict()


def test_to_dict_round_trips_through_the_model() -> None:
    record = extractor.parse(PAGES[0])
    assert extractor.Record.model_validate(record.to_dict()) == record
    assert json.loads(record.to_json()) == record.to_dict()


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_keeps_input_order(jobs: int) -> None:
    order = list(reversed(PAGES))
    got = [r.source.path for r in extractor.parse_many(order, jobs=jobs)]
    assert got == [str(p) for p in order]


def test_parse_many_raises_or_skips_a_refused_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    inputs = [PAGES[0], empty, PAGES[1]]
    with pytest.raises(extractor.Refusal, match=r"empty\.txt"):
        list(extractor.parse_many(inputs))
    assert len(list(extractor.parse_many(inputs, errors="skip", jobs=2))) == 2


def test_import_is_cheap() -> None:
    """``import extractor`` loads no submodule and no third-party library (issue 14)."""
    probe = (
        "import sys, extractor; "
        "print([m for m in sys.modules if m.startswith(('extractor.', 'pydantic', 'bs4', "
        "'lxml', 'warcio', 'typing'))])"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, check=True)
    assert done.stdout.strip() == b"[]"


def test_the_package_is_marked_typed() -> None:
    assert (ROOT / "extractor" / "py.typed").is_file()


def test_parse_reads_a_pipe() -> None:
    page = SAMPLES / "li-wei.html"
    done = cli("parse", "-q", "-", stdin=page.read_bytes())
    assert done.returncode == 0, done.stderr
    piped = json.loads(done.stdout)
    direct = json.loads(record_json(parse_file(str(page)).record))
    assert {**piped, "source": direct["source"]} == direct
    assert piped["source"]["path"] == "-"


def test_ingest_streams_records_to_stdout(tmp_path: Path) -> None:
    """``ingest --stdout-jsonl | jq``: one record a line on stdout, the summary on stderr."""
    out = tmp_path / "out"
    done = cli("ingest", "--no-review", "--stdout-jsonl", "--out", str(out), "samples")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (out / "leaders.jsonl").read_bytes()
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == 13
    assert [json.loads(line)["id"] for line in lines] == sorted(
        p.stem for p in (out / "records").glob("*.json")
    )
    assert b"ingest: " in done.stderr and b"ingest: " not in done.stdout


def test_ingest_stdout_survives_a_closed_pipe(tmp_path: Path) -> None:
    """``ingest --stdout-jsonl | head -1``: the reader leaves early, nothing breaks."""
    ingest = subprocess.Popen(
        [
            *(sys.executable, "-m", "extractor", "ingest", "-q", "--no-review", "--stdout-jsonl"),
            *("--out", str(tmp_path / "out"), "samples"),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert ingest.stdout is not None and ingest.stderr is not None
    first = ingest.stdout.readline()
    ingest.stdout.close()
    ingest.wait(timeout=120)
    assert json.loads(first)["id"]
    assert b"Traceback" not in ingest.stderr.read()
