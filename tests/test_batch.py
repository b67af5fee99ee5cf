"""Batch ingest and export: outputs, incremental runs, determinism, conflicts, kill and resume."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from extractor.cli.main import main
from extractor.record.folder import record_path
from extractor.record.schema import schema_json
from extractor.record.slug import slugify

SAMPLES = ROOT / "samples"
PAGE = (SAMPLES / "amara-okafor.txt").read_text(encoding="utf-8")


def ingest(*args: str) -> int:
    return main(["ingest", "-q", *args])


def report(out: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return data


def tree(folder: Path) -> dict[str, bytes]:
    """The folder's views: every file but the state itself and the timed report."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "report.json" and not _state_file(p.name)
    }


def _state_file(name: str) -> bool:
    return name.startswith(("state.sqlite", ".state.lock"))


def leader_page(
    name: str, bio: str = "A biography long enough to pass the length rule easily."
) -> str:
    return PAGE.replace(PAGE.split("\n")[6], bio).replace("Amara Okafor", name)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert ingest("--out", str(out), str(SAMPLES)) == 0
    return out


def test_ingest_writes_every_output(ingested: Path) -> None:
    records = sorted(p.name for p in (ingested / "records").glob("*.json"))
    assert len(records) == 13
    lines = (ingested / "leaders.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == sorted(ids) and len(ids) == 13
    assert (ingested / "leader-record.schema.json").read_text(encoding="utf-8") == schema_json()
    summary = report(ingested)["summary"]
    assert isinstance(summary, dict)
    assert summary["inputs"] == 20 and summary["records"] == 13 and summary["duplicates"] == 7
    entries = report(ingested)["inputs"]
    assert isinstance(entries, list)
    for entry in entries:
        assert {"path", "sha256", "status", "id", "findings", "seconds"} <= set(entry)
        for finding in entry["findings"]:
            assert finding["file"] == entry["path"] and "line" in finding


def test_second_run_skips_everything(ingested: Path, tmp_path: Path) -> None:
    before = tree(ingested)
    assert ingest("--out", str(ingested), str(SAMPLES)) == 0
    summary = report(ingested)["summary"]
    assert isinstance(summary, dict) and summary["skipped"] == 20
    assert tree(ingested) == before


def test_jobs_1_and_2_give_byte_identical_output(ingested: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert ingest("--jobs", "1", "--out", str(one), str(SAMPLES)) == 0
    assert ingest("--jobs", "2", "--out", str(two), str(SAMPLES)) == 0
    assert tree(one) == tree(two) == tree(ingested)


def test_a_refused_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(leader_page("Ada Stone"), encoding="utf-8")
    (pages / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (pages / "c.txt").write_text(leader_page("Cy Young"), encoding="utf-8")
    out = tmp_path / "out"
    assert ingest("--out", str(out), str(pages)) == 1
    statuses = {Path(e["path"]).name: e["status"] for e in report(out)["inputs"]}  # type: ignore[union-attr]
    assert statuses == {"a.txt": "ok", "b.txt": "refused", "c.txt": "ok"}


def test_two_inputs_with_one_id_are_a_conflict_neither_wins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(leader_page("Ada Stone"), encoding="utf-8")
    other = "Another biography of Ada Stone, quite different from the first."
    (pages / "b.txt").write_text(leader_page("Ada Stone", other), encoding="utf-8")
    out = tmp_path / "out"
    assert ingest("--out", str(out), str(pages)) == 1
    said = capsys.readouterr().err.splitlines()  # each input's line says why it failed the run
    assert [line.split(": ")[1] for line in said] == ["error id-duplicate"] * 2
    assert not (out / "records" / "ada-stone.json").exists()
    entries = report(out)["inputs"]
    assert [e["status"] for e in entries] == ["conflict", "conflict"]  # type: ignore[union-attr]
    assert (out / "leaders.jsonl").read_text(encoding="utf-8") == ""


def test_changed_leader_is_reported_as_changed(tmp_path: Path) -> None:
    page = tmp_path / "ada.txt"
    page.write_text(leader_page("Ada Stone"), encoding="utf-8")
    out = tmp_path / "out"
    assert ingest("--out", str(out), str(page)) == 0
    page.write_text(
        leader_page("Ada Stone", "A new and updated biography for Ada Stone here."),
        encoding="utf-8",
    )
    assert ingest("--out", str(out), str(page)) == 0
    entry = report(out)["inputs"][0]  # type: ignore[index]
    assert entry["change"] == "changed" and entry["reused"] is False
    assert "updated biography" in (out / "records" / "ada-stone.json").read_text(encoding="utf-8")


def test_paths_from_stdin_and_globs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        sys, "stdin", io.StringIO(f"{SAMPLES / 'li-wei.txt'}\n\n{SAMPLES / 'jonas-weber.txt'}\n")
    )
    out = tmp_path / "out"
    assert ingest("--out", str(out), "-", str(SAMPLES / "priya-*.md")) == 0
    assert sorted(p.stem for p in (out / "records").glob("*.json")) == [
        "jonas-weber",
        "li-wei",
        "priya-raman",
    ]


def test_run_that_cannot_start_exits_2(tmp_path: Path) -> None:
    assert ingest("--out", str(tmp_path / "o"), str(tmp_path / "missing")) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert ingest("--out", str(tmp_path / "o"), str(empty)) == 2


def test_hostile_names_stay_inside_the_output_folder(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "b.txt").write_text(leader_page("CON"), encoding="utf-8")
    (pages / "c.txt").write_text(leader_page("李小龍"), encoding="utf-8")
    out = tmp_path / "out"
    ingest("--out", str(out), str(pages))
    written = sorted(p.name for p in (out / "records").iterdir())
    assert "con_.json" in written
    assert any(name.startswith("leader-") for name in written)
    assert {p.parent for p in (out / "records").iterdir()} == {out / "records"}
    assert record_path(out, slugify("../../etc/passwd")) == out / "records" / "etc-passwd.json"
    assert record_path(out, slugify("..")).parent == out / "records"


def test_export_formats_read_back(ingested: Path, tmp_path: Path) -> None:
    as_json = tmp_path / "all.json"
    assert main(["export", str(ingested), "--format", "json", "--to", str(as_json)]) == 0
    records = json.loads(as_json.read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == sorted(r["id"] for r in records) and len(records) == 13

    as_jsonl = tmp_path / "all.jsonl"
    assert main(["export", str(ingested), "--format", "jsonl", "--to", str(as_jsonl)]) == 0
    assert [
        json.loads(line) for line in as_jsonl.read_text(encoding="utf-8").splitlines()
    ] == records

    as_csv = tmp_path / "all.csv"
    assert main(["export", str(ingested), "--format", "csv", "--to", str(as_csv)]) == 0
    with as_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 13
    gustav = next(r for r in rows if r["id"] == "gustav-soderstrom")
    assert gustav["Strategic Vision"] == "95" and gustav["company"] == "Spotify"
    assert json.loads(gustav["themes"])[1] == "fault-tolerant user interfaces for AI"

    db = tmp_path / "all.sqlite"
    assert main(["export", str(ingested), "--format", "sqlite", "--to", str(db)]) == 0
    with sqlite3.connect(db) as connection:
        top = connection.execute(
            "SELECT l.name, d.score FROM leaders l JOIN dimensions d ON d.leader_id = l.id "
            "WHERE d.name = 'Strategic Vision' ORDER BY d.score DESC, l.name LIMIT 2"
        ).fetchall()
        assert top == [("Gustav Soderstrom", 95), ("Kwame Asante", 93)]
        themes = connection.execute(
            "SELECT theme FROM themes WHERE leader_id = 'gustav-soderstrom' ORDER BY position"
        ).fetchall()
        assert len(themes) == 6
        quotes = connection.execute(
            "SELECT count(*) FROM quotes "
            "WHERE speaker != (SELECT name FROM leaders WHERE id = leader_id)"
        ).fetchone()
        assert quotes == (4,)
        indexes = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"dimensions_by_name", "themes_by_theme"} <= indexes


def test_export_of_a_folder_without_records_exits_2(tmp_path: Path) -> None:
    assert main(["export", str(tmp_path), "--format", "json"]) == 2


def test_ingest_honours_configured_severities(tmp_path: Path) -> None:
    """Regression: ingest hard-coded the severities of the findings it makes itself."""
    pages = tmp_path / "in"
    pages.mkdir()
    for name in ("a.txt", "b.txt"):  # the same leader twice: a duplicate
        (pages / name).write_bytes((SAMPLES / "amara-okafor.txt").read_bytes())
    (pages / "c.txt").write_text("just a line\n", encoding="utf-8")  # refused
    config = tmp_path / "extractor.toml"
    config.write_text(
        '[severity]\n"input-duplicate" = "info"\n"input-refused" = "warning"\n', encoding="utf-8"
    )
    ingest(str(pages), "--out", str(tmp_path / "out"), "--config", str(config), "-q")
    entries = {Path(e["path"]).name: e for e in report(tmp_path / "out")["inputs"]}  # type: ignore[attr-defined]
    severity = {
        (name, f["code"]): f["severity"] for name, e in entries.items() for f in e["findings"]
    }
    assert severity[("b.txt", "input-duplicate")] == "info"
    assert severity[("c.txt", "input-refused")] == "warning"


def test_ingest_names_each_failing_input_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A script (or a person) sees which files failed without opening report.json."""
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "good.txt").write_bytes((SAMPLES / "amara-okafor.txt").read_bytes())
    (pages / "empty.txt").write_text("", encoding="utf-8")
    assert main(["ingest", "-q", "--out", str(tmp_path / "out"), str(pages)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{pages / 'empty.txt'}: error input-refused: empty: input is empty (or only white space)"
    ]


def test_ingest_and_validate_walk_a_folder_for_every_extension_the_reader_knows(
    tmp_path: Path,
) -> None:
    """A file ``parse`` reads by its extension (``.mdown`` too) is a page to both folder walks;
    a file of another kind is left to neither."""
    from extractor.batch.inputs import expand_inputs
    from extractor.read import PAGE_SUFFIXES
    from extractor.validate.gate import expand

    for suffix in sorted(PAGE_SUFFIXES):
        (tmp_path / f"page{suffix or '-without-suffix'}").write_text("A B", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    walked = {Path(item.path).name for item in expand_inputs([str(tmp_path)]).items}
    assert "page.mdown" in walked and "photo.png" not in walked
    assert walked == {p.name for p in expand([str(tmp_path)])}


def test_record_files_of_records_no_longer_published_go_and_others_stay(tmp_path: Path) -> None:
    """A re-run rewrites only what changed: a record file that still holds its record is left
    alone (same inode), a stray record file is deleted, other files are kept."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        (pages / sample.name).write_bytes(sample.read_bytes())
    out = tmp_path / "out"
    assert ingest("--jobs", "1", "--out", str(out), str(pages)) == 0
    records = sorted((out / "records").glob("*.json"))
    assert records
    kept = records[0]
    inode = kept.stat().st_ino
    (out / "records" / "stray.json").write_text("{}\n", encoding="utf-8")
    (out / "records" / "notes.txt").write_text("mine\n", encoding="utf-8")
    edited = records[-1]
    text = edited.read_bytes()
    edited.write_bytes(b"{}")
    assert ingest("--jobs", "1", "--force", "--out", str(out), str(pages)) == 0
    assert kept.stat().st_ino == inode
    assert edited.read_bytes() == text
    assert not (out / "records" / "stray.json").exists()
    assert (out / "records" / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def test_the_quick_read_gives_what_the_careful_read_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``read_bytes``'s quick read of a page (what every batch worker uses): the same bytes as
    the careful way, and for anything unusual the same refusal (a FIFO refused at once, not
    waited on)."""
    import os

    from extractor.base.errors import Refusal
    from extractor.load import decode
    from extractor.load.decode import read_bytes

    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.encode("utf-8"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    link = tmp_path / "broken.txt"
    link.symlink_to(tmp_path / "nowhere.txt")

    def careful(path: str, limit: int) -> bytes:
        with monkeypatch.context() as patch:
            patch.setattr(decode, "_read_whole_file", lambda *_: None)
            return read_bytes(path, limit)

    assert decode._read_whole_file(str(page), 10**6) == PAGE.encode("utf-8")
    assert read_bytes(str(page), 10**6) == careful(str(page), 10**6) == PAGE.encode("utf-8")
    assert read_bytes(str(empty), 10**6) == b""
    for path, limit in [(page, 10), (tmp_path, 10**6), (fifo, 10**6), (link, 10**6)]:
        with pytest.raises(Refusal) as quick:
            read_bytes(str(path), limit)
        with pytest.raises(Refusal) as slow:
            careful(str(path), limit)
        assert (quick.value.code, quick.value.message) == (slow.value.code, slow.value.message)


def test_files_of_a_folder_that_are_not_pages_are_named_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "ada.txt").write_text(leader_page("Ada Stone"), encoding="utf-8")
    (pages / "blob.bin").write_bytes(b"\x00\x01")
    (pages / "notes.docx").write_bytes(b"PK")
    assert main(["ingest", "--jobs", "1", "--out", str(tmp_path / "out"), str(pages)]) == 0
    said = capsys.readouterr().err
    assert "2 file(s) not read" in said and "blob.bin, notes.docx" in said


def test_report_json_is_the_standard_librarys_text(ingested: Path) -> None:
    """report.json, written a batch of entries per orjson call, is what ``json.dumps`` writes of
    its own data (with an indent of 2, characters kept)."""
    text = (ingested / "report.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(
    "odd",
    [
        {},
        {"seconds": None},
        {"seconds": 3},
        {"seconds": float("nan")},
        {"seconds": 1e-05},
        {"findings": [{"code": "x", "line": 2.5}]},
        {"findings": [{"code": "x", "message": "lone \ud800 surrogate"}]},
        {"path": "caf\u00e9 \U0001f600.txt"},
    ],
)
def test_report_entries_are_written_as_one_at_a_time(odd: dict[str, object]) -> None:
    """A batch of entries (one of them ``odd``) gives the text of each entry written alone by
    the standard library: floats spelled its way, what orjson refuses written by it."""
    from extractor.batch.views import _entries_json, _indented

    def entry(n: int) -> dict[str, object]:
        return {
            "key": f"k{n}",
            "path": f"in/k{n}.txt",
            "sha256": "ab" * 32,
            "status": "ok",
            "id": None,
            "change": "new",
            "findings": [{"severity": "info", "code": "c", "message": "m", "line": n}],
            "seconds": 0.000123 * n,
            "reused": False,
            "fingerprint": "f" * 16,
        }

    entries = [entry(1), {**entry(2), **odd}, entry(3)]
    expected = ",".join("\n    " + _indented(e, level=2) for e in entries)
    assert _entries_json(entries) == expected


def test_a_file_whose_name_is_not_utf8_is_named_and_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file name the state cannot hold (bytes that are not UTF-8) does not stop the batch: the
    other pages are read, and the file is named in a note."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "ada.txt").write_text(leader_page("Ada Stone"), encoding="utf-8")
    odd = pages / os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: not UTF-8
    odd.write_text(leader_page("Bo Lind"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", "--jobs", "1", "--out", str(out), str(pages)]) == 0
    said = capsys.readouterr().err
    assert "caf\\xe9.txt: its name is not UTF-8; not read" in said
    assert [p.name for p in (out / "records").iterdir()] == ["ada-stone.json"]


def test_parse_and_review_of_a_file_whose_name_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One page named so is still read by ``parse`` and ``review``: its name is written with
    escapes, so the JSON and the review page stay UTF-8 (parse wrote the raw byte; review
    stopped with a traceback)."""
    odd = tmp_path / os.fsdecode(b"caf\xe9.txt")
    odd.write_text(leader_page("Bo Lind"), encoding="utf-8")
    assert main(["parse", str(odd)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"]["path"] == str(tmp_path / "caf\\xe9.txt")
    out = tmp_path / "review"
    assert main(["review", "--out", str(out), str(tmp_path)]) == 0
    page = next(out.glob("*.html")) if out.is_dir() else out
    assert page.read_bytes().decode("utf-8")


def test_inputs_read_again_unchanged_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--force`` (or a config or corrections change) reads every input again: the line said
    "0 new, 0 changed, 0 unchanged and skipped" of 13 records read, as if nothing had run."""
    out = tmp_path / "out"
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("ada.txt", "bo.txt"):
        (pages / name).write_text(leader_page(name[:-4].title() + " Stone"), encoding="utf-8")
    assert main(["ingest", "--jobs", "1", "--out", str(out), str(pages)]) == 0
    capsys.readouterr()
    assert main(["ingest", "--jobs", "1", "--force", "--out", str(out), str(pages)]) == 0
    assert "records: 0 new, 0 changed, 2 unchanged; 2 read, 0 skipped (unchanged)" in (
        capsys.readouterr().err
    )
    assert json.loads((out / "report.json").read_text("utf-8"))["summary"]["reread"] == 2
