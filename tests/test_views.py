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
