"""The record files of an output folder: written whole, however the system lets us name them."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from conftest import ROOT

from extractor.base.config import Config
from extractor.batch import views
from extractor.batch.inputs import Input
from extractor.batch.worker import Job, init_worker, process

SAMPLES = ROOT / "samples"


def _names(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("unnamed", [True, False], ids=["linked", "renamed"])
def test_record_files_are_written_whole_either_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, unnamed: bool
) -> None:
    """New files (linked in from an unnamed file, or renamed from a temporary one where the
    system has no such files) and replaced ones hold exactly the data; nothing else is left."""
    with views._RecordFiles(tmp_path) as files:
        files.unnamed = unnamed
        files.create("a.json", b"one\n")
        files.create("b.json", b"two\n")
        files.replace("a.json", b"three\n")
    assert _names(tmp_path) == {"a.json": b"three\n", "b.json": b"two\n"}


def test_a_name_taken_meanwhile_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(b"old")
    with views._RecordFiles(tmp_path) as files:
        files.create("a.json", b"new")  # listed as absent, there by the time it is written
    assert _names(tmp_path) == {"a.json": b"new"}


def test_no_proc_to_link_from_falls_back_for_good(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_proc(*args: object, **kwargs: object) -> None:
        raise FileNotFoundError("/proc/self/fd")

    monkeypatch.setattr(os, "link", no_proc)
    with views._RecordFiles(tmp_path) as files:
        files.create("a.json", b"one")
        assert not files.unnamed
        files.create("b.json", b"two")
    assert _names(tmp_path) == {"a.json": b"one", "b.json": b"two"}


def test_an_outcome_crosses_between_processes_unchanged(tmp_path: Path) -> None:
    """Outcomes are pickled as tuples of plain values: what arrives equals what was sent."""
    job = Job(Config())
    init_worker(job)
    pages = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html", ".md"})
    sent = [process(Input(p.name, str(p), str(SAMPLES)), job) for p in pages]
    assert any(o.findings for o in sent) and any(o.window for o in sent)
    assert pickle.loads(pickle.dumps(sent)) == sent


def test_a_staged_file_is_renamed_into_place_and_a_missing_one_written(tmp_path: Path) -> None:
    """A worker's staged text becomes the record file by a rename (new or replacing a file);
    when the staged file is gone, the data is written as without one."""
    (tmp_path / "b.json").write_bytes(b"old")
    for name in (".s1.tmp", ".s2.tmp"):
        (tmp_path / name).write_bytes(b"staged " + name.encode())
    with views._RecordFiles(tmp_path) as files:
        files.create("a.json", b"staged .s1.tmp", str(tmp_path / ".s1.tmp"))
        files.replace("b.json", b"staged .s2.tmp", str(tmp_path / ".s2.tmp"))
        files.create("c.json", b"three", str(tmp_path / ".gone.tmp"))
        files.replace("b.json", b"four", str(tmp_path / ".gone.tmp"))
    assert _names(tmp_path) == {"a.json": b"staged .s1.tmp", "b.json": b"four", "c.json": b"three"}


def _pages(folder: Path, count: int) -> Path:
    """``count`` pages of one sample, each about its own leader (enough for a pool of workers)."""
    page = (SAMPLES / "amara-okafor.txt").read_text(encoding="utf-8")
    folder.mkdir()
    for i in range(count):
        surname = "".join("abcdefghij"[int(d)] for d in f"{i:03}").capitalize()
        (folder / f"p{i:03}.txt").write_text(page.replace("Okafor", surname), encoding="utf-8")
    return folder


def test_a_pool_run_renames_its_workers_record_files_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With worker processes (one, at --jobs 1), every new record file is its text
    staged while the workers parsed, renamed into place; a run over a folder that has them stages none (the files are
    compared, as ever); the records are those of a run in one process, and no staged file is
    left behind (a duplicate's, staged and not published, included)."""
    from extractor.batch.pool import POOL_MIN
    from extractor.cli.main import main

    pages = _pages(tmp_path / "pages", POOL_MIN + 6)
    (pages / "twin.txt").write_bytes((pages / "p000.txt").read_bytes())  # staged, not published
    renamed: list[str] = []
    rename = views._RecordFiles._rename

    def counting(files: views._RecordFiles, staged: str, name: str) -> bool:
        renamed.append(name)
        return rename(files, staged, name)

    monkeypatch.setattr(views._RecordFiles, "_rename", counting)
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["ingest", "-q", "--jobs", "1", "--out", str(one), str(pages)]) == 0
    assert len(renamed) == POOL_MIN + 6  # its one worker's texts, staged by the run
    renamed.clear()
    assert main(["ingest", "-q", "--jobs", "2", "--out", str(two), str(pages)]) == 0
    records = _names(two / "records")
    assert len(renamed) == len(records) == POOL_MIN + 6
    assert records == _names(one / "records")
    assert not list(two.rglob("*.tmp"))
    renamed.clear()
    assert main(["ingest", "-q", "--force", "--jobs", "2", "--out", str(two), str(pages)]) == 0
    assert renamed == []
    assert _names(two / "records") == records
    assert not list(two.rglob("*.tmp"))


def test_a_record_text_is_staged_only_for_a_new_file(tmp_path: Path) -> None:
    """A staged text holds the record text exactly, as a hidden temporary file of the records
    folder; none where the record's file exists (compared by the run instead), none with a
    lone surrogate; one not renamed away is removed when the spool closes."""
    from extractor.batch.sources import STAGED, spooling

    (tmp_path / "records").mkdir()
    (tmp_path / "records" / "grace-hopper.json").write_bytes(b"{}")
    with spooling(tmp_path) as spool:
        spool.stage("ada-lovelace", "abc", '{"name": "Ada Lovelace"}\n')
        staged = spool.staged["abc"]
        assert Path(staged).parent == tmp_path / "records"
        assert Path(staged).name.startswith(STAGED) and staged.endswith(".tmp")
        assert Path(staged).read_bytes() == b'{"name": "Ada Lovelace"}\n'
        spool.stage("grace-hopper", "def", "{}\n")
        spool.stage("ada-lovelace-2", "ghi", '"\ud800"\n')
        assert list(spool.staged) == ["abc"]
    assert _names(tmp_path / "records") == {"grace-hopper.json": b"{}"}


def test_staged_files_gone_before_the_views_are_written_from_the_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that staged its record files reads the texts it needs one by one (the others are
    in their staged files and the spool): where a staged file has gone (removed by hand), the
    record file is written from the state's text all the same, and leaders.jsonl with it."""
    from extractor.batch.pool import POOL_MIN
    from extractor.batch.sources import Spool
    from extractor.cli.main import main

    pages = _pages(tmp_path / "pages", POOL_MIN + 6)
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["ingest", "-q", "--jobs", "2", "--out", str(one), str(pages)]) == 0
    take = Spool.take_staged
    taken: list[str] = []
    gone: list[str] = []

    def losing(spool: Spool, sha: str) -> str | None:
        staged = take(spool, sha)
        if staged is not None:
            taken.append(staged)
            if len(taken) % 2:  # every other one
                Path(staged).unlink()
                gone.append(staged)
        return staged

    monkeypatch.setattr(Spool, "take_staged", losing)
    assert main(["ingest", "-q", "--jobs", "2", "--out", str(two), str(pages)]) == 0
    assert len(gone) > POOL_MIN / 3
    assert _names(two / "records") == _names(one / "records")
    assert (two / "leaders.jsonl").read_bytes() == (one / "leaders.jsonl").read_bytes()
    assert not list(two.rglob("*.tmp"))
