"""The review page's source windows, cut by the workers of an ingest run (extractor.batch.sources).

They are a cache of what reading each file back gives, so the proof is equality: the page an
ingest run writes (from spooled windows) is byte-identical to the page ``extractor review`` writes
afterwards from the same folder (which reads every file), on pages whose decoding or line breaks
could tell the two apart.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import given, strategies as st

from extractor.batch.sources import MAX_LINES, Window, cut, line_breaks, span
from extractor.cli.main import main
from extractor.review import collect

SAMPLES = ROOT / "samples"


def _pages(folder: Path) -> Path:
    """The samples, and versions of one that a second read could decode or split otherwise."""
    folder.mkdir()
    for page in sorted(SAMPLES.iterdir()):
        shutil.copy(page, folder / page.name)
    text = (SAMPLES / "amara-okafor.txt").read_text(encoding="utf-8")
    crlf = text.replace("Amara", "Ngozi").replace("\n", "\r\n")
    (folder / "crlf.txt").write_bytes(crlf.encode("utf-8"))
    western = text.replace("Amara", "Renée").replace("Okafor", "Okafor Müller")
    (folder / "western.txt").write_bytes(western.encode("cp1252", "replace"))  # not UTF-8
    html = (SAMPLES / "amara-okafor.html").read_text(encoding="utf-8").replace("Amara", "Zoë")
    (folder / "lone-cr.html").write_bytes(html.replace("\n", "\r").encode("utf-8"))
    return folder


def test_the_ingest_review_page_is_the_one_read_from_the_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--out", str(out), str(_pages(tmp_path / "in"))]) in (0, 1)
    again = tmp_path / "again.html"
    assert main(["review", str(out), "--out", str(again)]) == 0
    assert (out / "review.html").read_bytes() == again.read_bytes()
    assert not list(out.glob(".review-sources*")), "the spool outlives its run"


def test_the_review_page_of_a_run_in_worker_processes_is_the_same(tmp_path: Path) -> None:
    """Enough pages for a pool of workers, each writing its spool file: the page is the one read
    from the files, and no spool file outlives the run."""
    pages = tmp_path / "in"
    pages.mkdir()
    for copy in "abc":
        _pages(pages / copy)
    assert len(list(pages.rglob("*.*"))) >= 64  # the pool's minimum (batch.pool.POOL_MIN)
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--jobs", "2", "--out", str(out), str(pages)]) in (0, 1)
    again = tmp_path / "again.html"
    assert main(["review", str(out), "--out", str(again)]) == 0
    assert (out / "review.html").read_bytes() == again.read_bytes()
    assert not list(out.glob(".review-sources*")), "a spool file outlives its run"


def test_spooled_windows_are_used_and_only_for_the_bytes_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every page parsed by the run is shown from its spool: most as the worker prepared their
    entry, the rest (a duplicate shows its own record) from their window; a page edited after
    the run is not (``extractor review`` reads it, finds other bytes and shows no source)."""
    used: list[bool] = []
    prepared: list[str] = []
    spooled_window = collect._spooled_window
    built = collect._FolderState.item

    def counting(item: collect.Item, found: Window | None) -> list[tuple[int, str]]:
        shown = spooled_window(item, found)
        used.append(bool(shown))
        return shown

    def item(self: collect._FolderState, entry: dict[str, Any]) -> collect.Item:
        made = built(self, entry)
        if made.prepared is not None:
            prepared.append(made.path)
        return made

    monkeypatch.setattr(collect, "_spooled_window", counting)
    monkeypatch.setattr(collect._FolderState, "item", item)
    main(["ingest", "-q", "--out", str(tmp_path / "out"), str(_pages(tmp_path / "in"))])
    western = 1  # the one page whose bytes are not UTF-8
    assert used.count(False) == western, used
    assert len(used) + len(prepared) > 20
    assert len(prepared) > 10


@given(
    st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30), max_size=60),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.lists(st.integers(-5, 80), max_size=6),
)
def test_a_window_is_the_lines_it_claims(lines: list[str], newline: str, marks: list[int]) -> None:
    """Lines ``first``.. of the text split at any line break, as many as ``span`` says."""
    lines = [line.replace("\r", "").replace("\n", "") for line in lines]
    text = newline.join(lines)
    window = cut(text, marks, "sha")
    first, last = span(len(lines) or 1, marks)
    assert window.count == (len(lines) or 1)
    assert (window.first, window.first + len(window.lines) - 1) == (
        (first, last) if first <= last else (first, first - 1)
    )
    assert len(window.lines) <= MAX_LINES
    everything = lines or [""]
    assert all(
        shown == everything[n - 1] or shown.endswith("…")
        for n, shown in enumerate(window.lines, start=window.first)
    )


@given(
    st.text(st.sampled_from("ab\né\n\n\r"), max_size=120),
    st.lists(st.integers(-5, 60), max_size=4),
)
def test_a_window_is_a_slice_of_the_whole_split(text: str, marks: list[int]) -> None:
    """Wherever the marks put it, a window (short lines: none cut) is the slice ``span`` gives
    of the whole text split at its line breaks, and its count is the text's line count."""
    whole = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    window = cut(text, marks, "sha")
    first, last = span(len(whole), marks)
    assert window.count == len(whole)
    assert window.first == first
    assert window.lines == (whole[first - 1 : last] if last >= first else [])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_leaders_lines_from_the_workers_json_are_those_of_the_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """leaders.jsonl takes each line from the compact JSON the worker wrote (spooled) when the
    state's text is the one it wrote: the same bytes as reading the text back, which it does for
    the others (a page not read as UTF-8 has no prepared entry)."""
    from extractor.base.jsontext import compact_of
    from extractor.batch import views
    from extractor.batch.state import PUBLISHED, connect

    read_back: list[str] = []

    def counted(text: str) -> bytes:
        read_back.append(text)
        return compact_of(text)

    monkeypatch.setattr(views, "compact_of", counted)
    pages = tmp_path / "in"
    pages.mkdir()
    for copy in "abc":
        _pages(pages / copy)
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--jobs", jobs, "--out", str(out), str(pages)]) in (0, 1)
    db = connect(out, write=False)
    try:
        texts = [text for _, text in db.execute(PUBLISHED)]
    finally:
        db.close()
    assert (out / "leaders.jsonl").read_bytes() == b"".join(compact_of(t) + b"\n" for t in texts)
    assert 0 < len(read_back) < len(texts) / 4, "the workers' JSON was not used"


@given(
    st.lists(
        st.tuples(st.integers(0, 400), st.sampled_from(["a", "é", "’", "\u0a0a", "😀"])),
        min_size=1,
        max_size=80,
    ),
    st.integers(0, 30),
)
def test_line_breaks_are_counted_as_str_count_counts_them(
    lines: list[tuple[int, str]], start: int
) -> None:
    """Found or counted, long lines or short, characters beyond Latin-1 (one whose bytes hold
    a line break's) or not: the number ``str.count`` gives."""
    text = "\n".join(char * length for length, char in lines)
    assert line_breaks(text, start) == text.count("\n", start)
    long = text * (8192 // max(1, len(text)) + 1)  # past the length a text is counted at
    assert line_breaks(long, start) == long.count("\n", start)
