"""Issue 13, replayed: publishing state over several runs into one output folder.

Each test is one numbered scenario of the issue (or one item of "What to build") and shows the
intended outcome: edits update, renames move, deletions unpublish, namesakes both publish,
conflicts keep the last good record, config changes re-derive, nothing is read back from the
rendered files, and tracebacks became clear errors.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from reviewpage import page_data

from extractor.batch.state import locked
from extractor.cli.main import main
from extractor.record.folder import record_path

SAMPLES = ROOT / "samples"
PAGE = (SAMPLES / "amara-okafor.txt").read_text(encoding="utf-8")
BIO = PAGE.split("\n")[6]


def page(name: str, company: str = "Lumen Health", bio: str | None = None) -> str:
    """A leader page like the sample, for another leader (and company, and biography)."""
    text = PAGE.replace(BIO, bio) if bio else PAGE
    return text.replace("Lumen Health", company).replace("Amara Okafor", name)


def ingest(out: Path, *args: str) -> int:
    return main(["ingest", "-q", "--out", str(out), *args])


def entries(out: Path) -> dict[str, dict[str, Any]]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {e["key"]: e for e in report["inputs"]}


def summary(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return data["summary"]


def published(out: Path) -> list[str]:
    lines = (out / "leaders.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert sorted(p.stem for p in (out / "records").glob("*.json")) == ids
    return ids


def record(out: Path, record_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(record_path(out, record_id).read_text(encoding="utf-8"))
    return data


def codes(entry: dict[str, Any]) -> set[str]:
    return {f["code"] for f in entry["findings"]}


def history(out: Path, record_id: str) -> list[str]:
    with sqlite3.connect(out / "state.sqlite") as db:
        rows = db.execute(
            "SELECT event FROM history WHERE id = ? ORDER BY version", (record_id,)
        ).fetchall()
    return [event for (event,) in rows]


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    return folder


# 1. An edit updates the record: `changed`, never a conflict with itself.


def test_edit_is_changed_and_the_old_version_is_kept_in_history(
    pages: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (pages / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    (pages / "ada.txt").write_text(page("Ada Stone", bio="Ada Stone rewrote this biography."))
    assert ingest(out, str(pages)) == 0
    entry = entries(out)["ada.txt"]
    assert (entry["status"], entry["change"], entry["id"]) == ("ok", "changed", "ada-stone")
    assert record(out, "ada-stone")["bio"] == "Ada Stone rewrote this biography."
    assert history(out, "ada-stone") == ["published", "changed"]


def test_same_file_under_another_spelling_after_an_edit(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (pages / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert ingest(Path("out"), "in") == 0
    (pages / "ada.txt").write_text(page("Ada Stone", bio="An edited biography of Ada Stone."))
    assert ingest(Path("out"), str(tmp_path / "in")) == 0  # $PWD/in
    assert list(entries(Path("out"))) == ["ada.txt"]
    assert entries(Path("out"))["ada.txt"]["change"] == "changed"
    assert published(Path("out")) == ["ada-stone"]


def test_editing_one_of_two_twins_keeps_the_last_good_record_until_resolved(
    pages: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    for name in ("amara-okafor.txt", "amara-okafor.html"):
        (pages / name).write_bytes((SAMPLES / name).read_bytes())
    assert ingest(out, str(pages)) == 0
    before = record(out, "amara-okafor")
    text = pages / "amara-okafor.txt"
    text.write_text(PAGE.replace(BIO, "An edited biography for Amara Okafor."), encoding="utf-8")
    assert ingest(out, str(pages)) == 1  # an error for the editor ...
    statuses = {k: (e["status"], codes(e)) for k, e in entries(out).items()}
    assert statuses == {
        "amara-okafor.html": ("conflict", {"id-duplicate"}),
        "amara-okafor.txt": ("conflict", {"id-duplicate"}),
    }
    assert record(out, "amara-okafor") == before  # ... while the last good record stays
    assert published(out) == ["amara-okafor"]
    assert ingest(out, "--force", str(pages)) == 1  # --force changes nothing about that
    assert record(out, "amara-okafor") == before
    (pages / "amara-okafor.html").unlink()  # the cause is gone: the edit is published
    assert ingest(out, str(pages)) == 0
    entry = entries(out)["amara-okafor.txt"]
    assert (entry["status"], entry["change"]) == ("ok", "changed")
    assert record(out, "amara-okafor")["bio"] == "An edited biography for Amara Okafor."
    assert entries(out)["amara-okafor.html"]["status"] == "removed"


# 2. Two different people who share a name: both published, told apart, ids stable.


def test_namesakes_at_different_companies_are_both_published(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Sarah Chen", "Acme"), encoding="utf-8")
    (pages / "b.txt").write_text(page("Sarah Chen", "Globex"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert published(out) == ["sarah-chen-acme", "sarah-chen-globex"]
    assert record(out, "sarah-chen-globex")["company"] == "Globex"
    for entry in entries(out).values():
        assert entry["status"] == "warnings" and "id-namesake" in codes(entry)
    assert main(["validate", str(out)]) == 0  # a suffixed id is not an id-mismatch


def test_namesake_ids_stay_stable_as_others_come_and_go(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Sarah Chen", "Acme"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert published(out) == ["sarah-chen"]
    (pages / "b.txt").write_text(page("Sarah Chen", "Globex"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert published(out) == ["sarah-chen", "sarah-chen-globex"]  # the first keeps its id
    assert record(out, "sarah-chen")["company"] == "Acme"
    (pages / "a.txt").unlink()
    assert ingest(out, str(pages)) == 0
    assert published(out) == ["sarah-chen-globex"]  # and so does the second


@pytest.mark.parametrize("same_run", [True, False])
def test_an_id_once_published_is_never_another_leaders(
    pages: Path, tmp_path: Path, same_run: bool
) -> None:
    """Sarah Chen of Acme leaves (her page deleted), Sarah Chen of Globex arrives: Globex's
    is told apart by company, and when Acme's page comes back it gets its own id back."""
    out = tmp_path / "out"
    acme = page("Sarah Chen", "Acme")
    (pages / "a.txt").write_text(acme, encoding="utf-8")
    (pages / "c.txt").write_text(page("Bo Lind", "Initech"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert published(out) == ["bo-lind", "sarah-chen"]
    (pages / "a.txt").unlink()
    if not same_run:
        assert ingest(out, str(pages)) == 0
        assert published(out) == ["bo-lind"]
    (pages / "b.txt").write_text(page("Sarah Chen", "Globex"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert published(out) == ["bo-lind", "sarah-chen-globex"]
    # Why her id is not her name's alone is said, as a live namesake's is.
    entry = entries(out)["b.txt"]
    assert entry["status"] == "warnings" and "id-namesake" in codes(entry)
    said = " ".join(f["message"] for f in entry["findings"] if f["code"] == "id-namesake")
    assert "the id sarah-chen is kept for another leader of the same name" in said
    (pages / "a.txt").write_text(acme, encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert published(out) == ["bo-lind", "sarah-chen", "sarah-chen-globex"]
    assert record(out, "sarah-chen")["company"] == "Acme"
    assert record(out, "sarah-chen-globex")["company"] == "Globex"


def test_same_name_and_company_with_other_content_is_an_error_that_clears(
    pages: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    good = record(out, "ada-stone")
    (pages / "b.txt").write_text(page("Ada Stone", bio="Another Ada Stone, same company."))
    assert ingest(out, str(pages)) == 1
    assert {e["status"] for e in entries(out).values()} == {"conflict"}
    assert record(out, "ada-stone") == good
    (pages / "b.txt").unlink()
    assert ingest(out, str(pages)) == 0
    assert entries(out)["a.txt"]["status"] == "ok" and record(out, "ada-stone") == good


# 3. A deleted page is unpublished (kept in history); a renamed one moves.


def test_deleted_page_is_removed_everywhere(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "b.txt").write_text(page("Bo Lind"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    (pages / "b.txt").unlink()
    assert ingest(out, str(pages)) == 0
    assert published(out) == ["ada-stone"]
    entry = entries(out)["b.txt"]
    assert (entry["status"], codes(entry)) == ("removed", {"input-removed"})
    assert summary(out)["inputs"] == 1 and summary(out)["removed"] == 1
    assert "bo-lind" not in (out / "review.html").read_text(encoding="utf-8")
    assert main(["export", str(out), "--format", "jsonl", "--to", str(tmp_path / "x.jsonl")]) == 0
    assert "Bo Lind" not in (tmp_path / "x.jsonl").read_text(encoding="utf-8")
    assert history(out, "bo-lind") == ["published", "removed"]
    assert ingest(out, str(pages)) == 0
    assert "b.txt" not in entries(out)  # reported once, in the run that removed it


def test_keep_missing_keeps_records_of_deleted_pages(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "b.txt").write_text(page("Bo Lind"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    (pages / "b.txt").unlink()
    assert ingest(out, "--keep-missing", str(pages)) == 0
    assert published(out) == ["ada-stone", "bo-lind"]
    # The report says the page is gone and kept, not just "ok, unchanged" as if it were read.
    assert "input-kept" in codes(entries(out)["b.txt"])
    assert "input-kept" not in codes(entries(out)["a.txt"])
    assert ingest(out, str(pages / "a.txt"), "--keep-missing") == 0  # b.txt's folder not walked
    assert "input-kept" not in codes(entries(out)["b.txt"])


def test_a_file_named_alone_does_not_remove_its_neighbours(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "b.txt").write_text(page("Bo Lind"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert ingest(out, str(pages / "a.txt")) == 0
    assert published(out) == ["ada-stone", "bo-lind"]


def test_rename_moves_the_record_without_a_conflict(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    (pages / "a.txt").rename(pages / "ada-stone.txt")
    assert ingest(out, str(pages)) == 0
    moved, gone = entries(out)["ada-stone.txt"], entries(out)["a.txt"]
    assert (moved["status"], moved["change"], moved["moved_from"]) == ("ok", "unchanged", "a.txt")
    assert gone["status"] == "removed" and "now published from ada-stone.txt" in str(gone)
    assert published(out) == ["ada-stone"]
    assert record(out, "ada-stone")["source"]["path"].endswith("ada-stone.txt")
    assert history(out, "ada-stone") == ["published", "moved"]


# 4. Output folders are never inputs.


def test_ingest_dot_never_reads_its_own_output(
    pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(pages)
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert main(["ingest", "."]) == 0
    assert (pages / "output" / "review.html").is_file()
    assert main(["ingest", "."]) == 0
    assert "an output folder of extractor; not read" in capsys.readouterr().err
    assert published(pages / "output") == ["ada-stone"]
    assert list(entries(pages / "output")) == ["a.txt"]
    (pages / "copy").mkdir()  # a review page copied elsewhere is not a page either
    (pages / "copy" / "r.html").write_bytes((pages / "output" / "review.html").read_bytes())
    assert main(["ingest", "-q", "."]) == 0
    assert list(entries(pages / "output")) == ["a.txt"]


# 5. A config change re-derives what it affects; ingest honours severity and disable.


def test_config_change_is_not_skipped(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    # the example's themes split with one doubtful boundary: a themes-segmented warning
    (pages / "rafael.txt").write_bytes((SAMPLES / "gustav-soderstrom.txt").read_bytes())
    assert ingest(out, str(pages)) == 0
    assert entries(out)["rafael.txt"]["status"] == "warnings"
    strict = tmp_path / "strict.toml"
    strict.write_text('[severity]\n"themes-segmented" = "error"\n', encoding="utf-8")
    assert ingest(out, "--config", str(strict), str(pages)) == 1  # the gate fails, as it should
    entry = entries(out)["rafael.txt"]
    assert entry["status"] == "errors" and entry["reused"] is False
    quiet = tmp_path / "quiet.toml"
    quiet.write_text('disable = ["themes-segmented"]\n', encoding="utf-8")
    assert ingest(out, "--config", str(quiet), str(pages)) == 0
    assert entries(out)["rafael.txt"]["status"] == "ok"
    assert record(out, "gustav-soderstrom")["diagnostics"] == []
    assert ingest(out, "--config", str(quiet), str(pages)) == 0
    assert entries(out)["rafael.txt"]["reused"] is True  # unchanged config: skipped again


def test_known_themes_are_part_of_the_skip_key(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "amara.txt").write_bytes((SAMPLES / "amara-okafor.txt").read_bytes())
    assert ingest(out, str(pages)) == 0
    themes = tmp_path / "themes.toml"
    themes.write_text('known_themes = ["something new"]\n', encoding="utf-8")
    assert ingest(out, "--config", str(themes), str(pages)) == 0
    assert entries(out)["amara.txt"]["reused"] is False


# 6. Nothing is read back from the rendered files; no path leaves --out.


def test_a_tampered_report_is_never_read(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    victim = tmp_path / "victim.json"
    victim.write_text("keep me", encoding="utf-8")
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for entry in report["inputs"]:
        entry["id"], entry["path"] = "../../victim", "/etc/passwd"
    (out / "report.json").write_text(json.dumps(report), encoding="utf-8")
    (pages / "a.txt").write_text(page("Ada Stone", bio="A new biography of Ada Stone."))
    assert ingest(out, str(pages)) == 0
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert "root:" not in (out / "review.html").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="not a record id"):
        record_path(out, "../../victim")


def test_review_never_shows_a_file_the_record_did_not_come_from(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET LINE\n" * 5, encoding="utf-8")
    forged = json.loads((ROOT / "tests" / "fixtures" / "rules" / "clean.json").read_text())
    forged["source"]["path"] = str(secret)
    (tmp_path / "forged.json").write_text(json.dumps(forged), encoding="utf-8")
    html = tmp_path / "review.html"
    assert main(["review", str(tmp_path / "forged.json"), "--out", str(html)]) == 0
    assert "TOP SECRET" not in html.read_text(encoding="utf-8")


# 7. A corrupt or stray file, a killed run, a second run, a large run: nothing breaks or lingers.


def test_corrupt_record_file_and_stale_temporaries_are_made_good(
    pages: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    good = record_path(out, "ada-stone").read_bytes()
    record_path(out, "ada-stone").write_text("{ torn", encoding="utf-8")
    (out / ".leaders.jsonl.999999.tmp").write_text("half", encoding="utf-8")
    (out / "records" / "stray.json").write_text("{}", encoding="utf-8")
    assert main(["export", str(out), "--format", "json", "--to", str(tmp_path / "e.json")]) == 0
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))[0]["id"] == "ada-stone"
    assert ingest(out, str(pages)) == 0
    assert record_path(out, "ada-stone").read_bytes() == good
    assert not list(out.rglob("*.tmp")) and published(out) == ["ada-stone"]


def test_a_second_run_refuses_clearly_or_waits(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    with locked(out, 0):
        assert main(["ingest", "--out", str(out), str(pages)]) == 2
    assert "being written by another extractor run" in capsys.readouterr().err
    assert not (out / "records").exists()
    holding = threading.Event()

    def hold() -> None:
        with locked(out, 0):
            holding.set()
            time.sleep(0.5)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait()
    assert ingest(out, "--wait", "30", str(pages)) == 0
    holder.join()
    assert published(out) == ["ada-stone"]


def test_review_is_never_left_stale(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert (out / "review.html").is_file()
    (pages / "b.txt").write_text(page("Bo Lind"), encoding="utf-8")
    assert ingest(out, "--no-review", str(pages)) == 0
    assert not (out / "review.html").exists()


def test_a_corrupt_state_database_is_a_clear_error(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "state.sqlite").write_bytes(b"not a database at all" * 100)
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert main(["ingest", "--out", str(out), str(pages)]) == 2
    assert "not a usable state database" in capsys.readouterr().err
    assert main(["export", str(out), "--format", "json"]) == 2


# 7 (tracebacks). Each of these was a traceback or a hang.


def test_broken_symlinks_are_refused_clearly(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "gone.txt").symlink_to(pages / "missing.txt")
    assert ingest(out, str(pages / "*.txt")) == 1  # through a glob
    entry = entries(out)["gone.txt"]
    assert entry["status"] == "refused" and "broken symbolic link" in str(entry["findings"])
    assert ingest(out, str(pages / "gone.txt")) == 1  # named


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_not_read(pages: Path, tmp_path: Path) -> None:
    fifo = pages / "pipe.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out"
    assert ingest(out, str(fifo)) == 1  # a hang before
    assert "not a regular file" in str(entries(out)["pipe.txt"]["findings"])
    assert main(["parse", str(fifo)]) == 2


def test_review_of_a_wrongly_typed_record(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"id": "x", "name": 3, "themes": "not a list"}), encoding="utf-8")
    html = tmp_path / "review.html"
    assert main(["review", str(bad), "--out", str(html)]) == 0
    _, _, payloads = page_data(html.read_text(encoding="utf-8"))
    assert "not a valid record" in payloads[0]["why"]


def test_export_and_schema_destinations(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    missing = str(tmp_path / "nowhere" / "x.csv")
    assert main(["export", str(out), "--format", "csv", "--to", missing]) == 2
    assert main(["schema", "--out", str(tmp_path / "nowhere" / "s.json")]) == 2
    assert "does not exist" in capsys.readouterr().err
    target = tmp_path / "exports"
    target.mkdir()
    for fmt in ("json", "jsonl", "csv", "sqlite"):
        assert main(["export", str(out), "--format", fmt, "--to", str(target)]) == 0
    assert sorted(p.name for p in target.iterdir()) == [
        "leaders.csv",
        "leaders.json",
        "leaders.jsonl",
        "leaders.sqlite",
    ]


def test_keys_of_globs_and_lists_are_relative_to_their_root(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for site in ("north", "south"):
        (pages / site).mkdir()
        (pages / site / "index.txt").write_text(page(f"Ada {site.title()}"), encoding="utf-8")
    out = tmp_path / "out"
    assert ingest(out, str(pages / "*" / "index.txt")) == 0
    assert sorted(entries(out)) == ["north/index.txt", "south/index.txt"]
    monkeypatch.chdir(pages)
    monkeypatch.setattr("sys.stdin", io.StringIO("north/index.txt\nsouth/index.txt\n"))
    assert ingest(tmp_path / "listed", "-") == 0
    assert sorted(entries(tmp_path / "listed")) == ["north/index.txt", "south/index.txt"]


def test_two_files_with_one_key_cannot_start(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for site in ("north", "south"):
        (pages / site).mkdir()
        (pages / site / "index.txt").write_text(page("Ada Stone"), encoding="utf-8")
    north, south = pages / "north" / "index.txt", pages / "south" / "index.txt"
    assert main(["ingest", "--out", str(tmp_path / "out"), str(north), str(south)]) == 2
    assert "would both be known as 'index.txt'" in capsys.readouterr().err


def test_editing_the_company_updates_the_record(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (pages / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    (pages / "ada.txt").write_text(page("Ada Stone", "Initech"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    entry = entries(out)["ada.txt"]
    assert (entry["id"], entry["change"]) == ("ada-stone", "changed")
    assert record(out, "ada-stone")["company"] == "Initech"


# State format 2 keeps each record text once (``texts``); a folder of format 1 is upgraded.

_DOWNGRADE_TO_1 = (  # format 2 → format 1, as the previous version wrote it
    "CREATE TABLE pages_1 (key TEXT PRIMARY KEY, record TEXT NOT NULL)",
    "INSERT INTO pages_1 SELECT p.key, t.json FROM pages p JOIN texts t ON t.sha = p.sha",
    "DROP TABLE pages",
    "ALTER TABLE pages_1 RENAME TO pages",
    "ALTER TABLE history ADD COLUMN json TEXT",
    "UPDATE history SET json = (SELECT json FROM texts t WHERE t.sha = history.sha)",
    "ALTER TABLE history DROP COLUMN sha",
    "DROP TABLE texts",
    "UPDATE meta SET value = '1' WHERE name = 'format'",
)


def _views(out: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "report.json" and not p.name.startswith(("state", ".state"))
    }


def test_a_folder_of_state_format_1_is_upgraded_and_keeps_its_history(
    pages: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (pages / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "bo.txt").write_text(page("Bo Lind"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    (pages / "ada.txt").write_text(page("Ada Stone", bio="Ada Stone rewrote this biography."))
    assert ingest(out, str(pages)) == 0
    before = _views(out)
    with sqlite3.connect(out / "state.sqlite") as db:
        for statement in _DOWNGRADE_TO_1:
            db.execute(statement)
    target = str(tmp_path / "x.jsonl")
    assert main(["export", str(out), "--format", "jsonl", "--to", target]) == 2  # read-only
    assert ingest(out, str(pages)) == 0  # upgrades, then finds nothing changed
    assert _views(out) == before
    assert history(out, "ada-stone") == ["published", "changed"]
    assert summary(out)["skipped"] == summary(out)["inputs"]
    with sqlite3.connect(out / "state.sqlite") as db:
        assert db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone() == ("2",)
        texts = db.execute("SELECT count(*) FROM texts").fetchone()[0]
        referred = db.execute(
            "SELECT count(*) FROM (SELECT sha FROM pages UNION SELECT sha FROM history "
            "WHERE sha IS NOT NULL)"
        ).fetchone()[0]
    assert texts == referred  # each text once; none that nothing refers to
    assert main(["export", str(out), "--format", "jsonl", "--to", target]) == 0


def test_a_record_text_is_stored_once(pages: Path, tmp_path: Path) -> None:
    """A page's record and the version published from it are one row of ``texts``; a text
    that nothing refers to any more (the page's old record, once changed and published) is
    kept only as long as history refers to it."""
    out = tmp_path / "out"
    (pages / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "bo.txt").write_text(page("Bo Lind"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    with sqlite3.connect(out / "state.sqlite") as db:
        counts = db.execute(
            "SELECT (SELECT count(*) FROM texts), (SELECT count(*) FROM pages)"
        ).fetchone()
    assert counts == (2, 2)
    (pages / "ada.txt").write_text(page("Ada Stone", bio="Ada Stone rewrote this biography."))
    assert ingest(out, str(pages)) == 0
    (pages / "ada.txt").write_text(page("Ada Stone", bio="Ada Stone rewrote it again, twice."))
    (pages / "bo.txt").unlink()
    assert ingest(out, str(pages)) == 0
    with sqlite3.connect(out / "state.sqlite") as db:
        texts = db.execute("SELECT count(*) FROM texts").fetchone()[0]
    assert texts == 4  # Ada's three versions and Bo's one, kept by history
    assert history(out, "ada-stone") == ["published", "changed", "changed"]
    assert history(out, "bo-lind") == ["published", "removed"]


def test_a_folder_the_walk_cannot_read_unpublishes_nothing(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (pages / "team").mkdir()
    (pages / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "team" / "bo.txt").write_text(page("Bo Lind", company="Elm Works"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    scandir = os.scandir

    def unreadable(path: str | Path) -> Any:
        if str(path).endswith("team"):
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr("extractor.batch.inputs.os.scandir", unreadable)
    stat = Path.stat

    def no_search(path: Path, **kwargs: Any) -> Any:
        if path.parent.name == "team":  # a folder without search permission (chmod 0)
            raise PermissionError(13, "Permission denied", str(path))
        return stat(path, **kwargs)

    # Is it an output folder? Asked of team/state.sqlite before the walk lists team: that
    # question raised (a traceback), before the walk could say team cannot be read.
    monkeypatch.setattr(Path, "stat", no_search)
    assert main(["ingest", "--out", str(out), str(pages)]) == 0
    assert "team: cannot be read (Permission denied)" in capsys.readouterr().err
    assert published(out) == ["ada-stone", "bo-lind"]
    assert summary(out)["removed"] == 0


def test_an_editors_company_correction_continues_the_records_history(
    pages: Path, tmp_path: Path
) -> None:
    """Name and company make a leader's identity: a corrected company is a new identity, but
    the same page and id, so its history says "changed", not "removed" then "published"."""
    import hashlib

    out = tmp_path / "out"
    text = page("Ada Stone")
    (pages / "ada.txt").write_text(text, encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    fix = {
        "record": "ada-stone",
        "source_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "path": "company",
        "parser": "Lumen Health",
        "editor": "Lumen Health Inc.",
    }
    corrections = tmp_path / "corrections.json"
    corrections.write_text(json.dumps({"corrections_version": 1, "corrections": [fix]}))
    assert ingest(out, "--corrections", str(corrections), str(pages)) == 0
    assert record(out, "ada-stone")["company"] == "Lumen Health Inc."
    assert history(out, "ada-stone") == ["published", "changed"]
    assert published(out) == ["ada-stone"]


def test_a_recursive_glob_never_reads_the_output_folder_it_reaches(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'in/**' matches the files of an output folder inside ``in`` one by one (its records,
    its state): they were read as 14 refused pages, exit 1."""
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    out = pages / "out"
    assert ingest(out, str(pages)) == 0
    assert main(["ingest", "--out", str(out), str(pages / "**")]) == 0
    assert sorted(entries(out)) == ["a.txt"]
    err = capsys.readouterr().err
    assert err.count("an output folder of extractor; not read as input") == 1
    assert main(["ingest", "--out", str(tmp_path / "other"), str(pages / "**")]) == 0
    assert sorted(entries(tmp_path / "other")) == ["a.txt"]  # any output folder, not just --out


def test_a_list_of_paths_never_reads_the_output_folder_in_it(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``find in -type f | extractor ingest -``: the list holds the output folder's files."""
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    out = pages / "out"
    assert ingest(out, str(pages)) == 0
    listed = sorted(str(p) for p in pages.rglob("*") if p.is_file())
    assert len(listed) > 5
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(listed) + "\n"))
    assert ingest(tmp_path / "listed", "-") == 0
    assert [e["path"] for e in entries(tmp_path / "listed").values()] == [str(pages / "a.txt")]


def test_a_leader_whose_name_an_editor_corrected_gets_her_id_back_on_return(
    pages: Path, tmp_path: Path
) -> None:
    """A page's identity is its own id (its parsed name's slug) and its company: an editor's
    name correction changes the text's name, not the id. Her page deleted, then back: the
    id kept for her is found under the identity her page gives (it was looked up under the
    corrected name's, missed, and she got a company-suffixed id, her own id reserved)."""
    import hashlib

    out = tmp_path / "out"
    text = page("Ada Stone Whitaker")  # the parser took a word too many, an editor cut it
    (pages / "ada.txt").write_text(text, encoding="utf-8")
    (pages / "bo.txt").write_text(page("Bo Lind"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    fix = {
        "record": "ada-stone-whitaker",
        "source_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "path": "name",
        "parser": "Ada Stone Whitaker",
        "editor": "Ada Stone",
    }
    corrections = tmp_path / "corrections.json"
    corrections.write_text(json.dumps({"corrections_version": 1, "corrections": [fix]}))
    assert ingest(out, "--corrections", str(corrections), str(pages)) == 0
    assert record(out, "ada-stone-whitaker")["name"] == "Ada Stone"
    (pages / "ada.txt").unlink()
    assert ingest(out, "--corrections", str(corrections), str(pages)) == 0
    assert published(out) == ["bo-lind"]
    (pages / "ada.txt").write_text(text, encoding="utf-8")
    assert ingest(out, "--corrections", str(corrections), str(pages)) == 0
    assert published(out) == ["ada-stone-whitaker", "bo-lind"]
    assert record(out, "ada-stone-whitaker")["name"] == "Ada Stone"


def test_an_id_unpublished_by_an_older_version_is_still_kept_for_its_leader(
    pages: Path, tmp_path: Path
) -> None:
    """A folder whose removals predate the ``retired`` table: the identity is remade from the
    record's last published text, and the returning leader still gets her id back."""
    out = tmp_path / "out"
    acme = page("Sarah Chen", "Acme")
    (pages / "a.txt").write_text(acme, encoding="utf-8")
    (pages / "c.txt").write_text(page("Bo Lind", "Initech"), encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    (pages / "a.txt").unlink()
    assert ingest(out, str(pages)) == 0
    with sqlite3.connect(out / "state.sqlite") as db:
        db.execute("DROP TABLE retired")  # as an older version left it
    (pages / "b.txt").write_text(page("Sarah Chen", "Globex"), encoding="utf-8")
    (pages / "a.txt").write_text(acme, encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert published(out) == ["bo-lind", "sarah-chen", "sarah-chen-globex"]
    assert record(out, "sarah-chen")["company"] == "Acme"


def test_a_company_correction_keeps_the_id_when_a_copy_of_the_page_sorts_first(
    pages: Path, tmp_path: Path
) -> None:
    """The page publishing Ada has a copy (a duplicate) whose key sorts before it; an editor
    corrects the company, which both give now. The record stays with the page that published
    it, under its id: the copy took the new identity, the id was reserved for the old one,
    and Ada was published anew as ada-stone-lumen-health-inc."""
    import hashlib

    out = tmp_path / "out"
    text = page("Ada Stone")
    (pages / "b.txt").write_text(text, encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    (pages / "a.txt").write_text(text, encoding="utf-8")
    assert ingest(out, str(pages)) == 0
    assert entries(out)["a.txt"]["status"] == "duplicate"
    fix = {
        "record": "ada-stone",
        "source_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "path": "company",
        "parser": "Lumen Health",
        "editor": "Lumen Health Inc.",
    }
    corrections = tmp_path / "corrections.json"
    corrections.write_text(json.dumps({"corrections_version": 1, "corrections": [fix]}))
    assert ingest(out, "--corrections", str(corrections), str(pages)) == 0
    assert published(out) == ["ada-stone"]
    assert record(out, "ada-stone")["company"] == "Lumen Health Inc."
    assert history(out, "ada-stone") == ["published", "changed"]
