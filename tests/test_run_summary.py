"""The run's summary says what happened, and its counts add up.

A new user's pass over the publishing workflow found: a renamed page read as "1 removed"
though its leader stayed published under the same id; the line's second group ("13 new, 0
changed, 0 unchanged and skipped" of 20 inputs) counted records when pages were read and
inputs when they were skipped, so duplicates fell out of it; and a run that named only some
of the folders of earlier runs listed their inputs in report.json as if read, with no word
that their records were kept as they were.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from extractor.cli.main import main

SAMPLES = ROOT / "samples"
PAGE = (SAMPLES / "amara-okafor.txt").read_text(encoding="utf-8")


def page(name: str, company: str = "Lumen Health") -> str:
    return PAGE.replace("Lumen Health", company).replace("Amara Okafor", name)


def ingest(out: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The run's summary line (the run must succeed or find errors: exit 0 or 1)."""
    capsys.readouterr()
    assert main(["ingest", "--jobs", "1", "--out", str(out), *args]) in {0, 1}
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("ingest:")]
    assert len(lines) == 1
    return lines[0]


def report(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return data


def entries(out: Path) -> dict[str, dict[str, Any]]:
    return {e["key"]: e for e in report(out)["inputs"]}


def adds_up(out: Path, line: str) -> None:
    """Each group of the summary partitions what it counts, in report.json and in the line."""
    s = report(out)["summary"]
    assert s["records"] + s["duplicates"] + s["refused"] + s["conflicts"] == s["inputs"]
    assert s["new"] + s["changed"] + s["unchanged"] == s["records"]
    assert s["read"] + s["skipped"] == s["inputs"]
    assert s["reread"] <= s["unchanged"]
    assert len(report(out)["inputs"]) == s["inputs"] + s["removed"] + s["absent"]
    # ``removed`` keeps the meaning tools read it by: every entry of status removed.
    gone = [e for e in report(out)["inputs"] if e["status"] == "removed"]
    assert (len(gone), sum("moved_to" in e for e in gone)) == (s["removed"], s["moved"])
    # The line: "N inputs: A records (...), B duplicates, C refused, D conflicts; records:
    # E new, F changed, G unchanged; H read, I skipped".
    first, second, third = line.split("; ")[:3]
    numbers = [int(n.replace(",", "")) for n in re.findall(r"(?<![\w(])\d[\d,]*(?= [a-z])", first)]
    inputs, records, *parts = numbers  # not the counts in brackets
    assert (inputs, records + sum(parts)) == (s["inputs"], s["inputs"])
    assert sum(map(int, re.findall(r"\d+", second))) == records
    assert sum(int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", third)) == inputs


def test_a_renamed_page_is_said_renamed_not_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages, out = tmp_path / "in", tmp_path / "out"
    pages.mkdir()
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "b.txt").write_text(page("Bo Lind"), encoding="utf-8")
    ingest(out, capsys, str(pages))
    (pages / "a.txt").rename(pages / "ada-stone.txt")
    line = ingest(out, capsys, str(pages))
    assert "1 renamed or moved (record kept)" in line and "1 removed" not in line
    assert "unpublished" not in line and "2 published" in line
    s = report(out)["summary"]
    assert (s["removed"], s["moved"], s["unpublished"]) == (1, 1, 0)  # gone, though renamed
    assert entries(out)["a.txt"]["moved_to"] == "ada-stone.txt"
    assert entries(out)["ada-stone.txt"]["moved_from"] == "a.txt"
    adds_up(out, line)
    (pages / "b.txt").unlink()  # a deletion still reads as one, and says what it unpublished
    line = ingest(out, capsys, str(pages))
    assert "0 removed" not in line and "1 removed, 0 renamed" in line
    assert "1 published, 1 unpublished" in line
    assert (report(out)["summary"]["removed"], report(out)["summary"]["unpublished"]) == (1, 1)
    assert "moved_to" not in entries(out)["b.txt"]
    adds_up(out, line)


def test_the_counts_add_up_with_duplicates_refusals_and_conflicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(SAMPLES, pages)  # seven leaders twice: seven duplicates
    (pages / "noise.txt").write_text("just a line\n", encoding="utf-8")  # refused
    (pages / "x1.txt").write_text(page("Cy Moss"), encoding="utf-8")
    bio = PAGE.split("\n")[6]
    other = PAGE.replace(bio, "Another biography, long enough to pass.").replace(
        "Amara Okafor", "Cy Moss"
    )
    (pages / "x2.txt").write_text(other, encoding="utf-8")  # x1 and x2: a conflict
    line = ingest(out, capsys, str(pages))
    s = report(out)["summary"]
    assert (s["duplicates"], s["refused"], s["conflicts"]) == (7, 1, 2)
    assert "records: 13 new, 0 changed, 0 unchanged; 23 read, 0 skipped" in line
    adds_up(out, line)
    line = ingest(out, capsys, str(pages))  # nothing changed: all skipped, nothing new
    assert "records: 0 new, 0 changed, 13 unchanged; 0 read, 23 skipped" in line
    adds_up(out, line)
    (pages / "li-wei.txt").write_text(
        (SAMPLES / "li-wei.txt").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )  # a duplicate read again: counted among the read, not dropped from every count
    line = ingest(out, capsys, "--force", str(pages))
    assert "records: 0 new, 0 changed, 13 unchanged; 23 read, 0 skipped" in line
    assert report(out)["summary"]["reread"] == 13
    adds_up(out, line)


def test_records_of_a_folder_not_named_are_kept_and_said_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README: a record is unpublished only when its folder was walked whole without
    its page. A run naming one of two folders keeps the other's records as they were, and
    now says so, in the line and for each of its inputs in report.json."""
    first, second, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    first.mkdir()
    second.mkdir()
    (first / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (second / "bo.txt").write_text(page("Bo Lind"), encoding="utf-8")
    (second / "cy.txt").write_text(page("Cy Moss"), encoding="utf-8")
    ingest(out, capsys, str(first), str(second))
    line = ingest(out, capsys, str(first))
    assert "2 inputs of earlier runs not in this one (2 records kept as they were)" in line
    assert "3 published" in line
    s = report(out)["summary"]
    assert (s["inputs"], s["absent"], s["kept"], s["published"]) == (1, 2, 2, 3)
    bo = entries(out)["bo.txt"]
    (note,) = [f for f in bo["findings"] if f["code"] == "input-not-named"]
    assert str(second) in note["message"] and "bo-lind stays published" in note["message"]
    assert not [f for f in entries(out)["ada.txt"]["findings"] if f["code"] == "input-not-named"]
    adds_up(out, line)
    line = ingest(out, capsys, str(first), str(second))  # named again: the note goes
    assert "not in this one" not in line and report(out)["summary"]["absent"] == 0
    assert not [f for f in entries(out)["bo.txt"]["findings"] if f["code"] == "input-not-named"]
    adds_up(out, line)


def test_a_folder_not_named_when_corrections_changed_gets_them_when_named_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Corrections changed in a run naming one folder were never applied to the other's
    records: the next run naming both skipped its pages as unchanged, made without them."""
    first, second, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    first.mkdir()
    second.mkdir()
    (first / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (second / "bo.txt").write_text(page("Bo Lind"), encoding="utf-8")
    ingest(out, capsys, str(first), str(second))
    bo = json.loads((out / "records" / "bo-lind.json").read_text(encoding="utf-8"))
    fix = {
        "record": "bo-lind",
        "source_sha256": bo["source"]["sha256"],
        "path": "company",
        "parser": bo["company"],
        "editor": "Lumen Health Inc.",
    }
    corrections = tmp_path / "fix.json"
    corrections.write_text(
        json.dumps({"corrections_version": 1, "corrections": [fix]}), encoding="utf-8"
    )
    line = ingest(out, capsys, "--corrections", str(corrections), str(first))
    assert (
        "1 input of earlier runs not in this one (1 record kept as it was)" in line
    )  # said: its record is not brought up to date
    assert (
        json.loads((out / "records" / "bo-lind.json").read_text("utf-8"))["company"]
        == (bo["company"])
    )
    line = ingest(out, capsys, str(first), str(second))
    assert "records: 0 new, 1 changed, 1 unchanged; 1 read, 1 skipped" in line
    again = json.loads((out / "records" / "bo-lind.json").read_text(encoding="utf-8"))
    assert again["company"] == "Lumen Health Inc."
    adds_up(out, line)


def test_the_python_api_applies_the_folders_corrections_as_the_command_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``extractor.ingest`` read the pages again without them: an editor's fix undone."""
    import extractor

    pages, out = tmp_path / "in", tmp_path / "out"
    pages.mkdir()
    (pages / "bo.txt").write_text(page("Bo Lind"), encoding="utf-8")
    ingest(out, capsys, str(pages))
    bo = json.loads((out / "records" / "bo-lind.json").read_text(encoding="utf-8"))
    fix = {
        "record": "bo-lind",
        "source_sha256": bo["source"]["sha256"],
        "path": "company",
        "parser": bo["company"],
        "editor": "Lumen Health Inc.",
    }
    corrections = tmp_path / "fix.json"
    corrections.write_text(
        json.dumps({"corrections_version": 1, "corrections": [fix]}), encoding="utf-8"
    )
    ingest(out, capsys, "--corrections", str(corrections), str(pages))
    extractor.ingest([pages], out, jobs=1, force=True)
    again = json.loads((out / "records" / "bo-lind.json").read_text(encoding="utf-8"))
    assert again["company"] == "Lumen Health Inc."


def test_after_a_python_api_run_with_new_corrections_the_command_skips_unchanged_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command re-reads every input when the folder's corrections changed since the last
    run it noted; ``extractor.ingest`` applied them but noted nothing, so the next command run
    read the whole folder again (a folder of 50,000 pages: minutes) for nothing."""
    import extractor

    pages, out = tmp_path / "in", tmp_path / "out"
    pages.mkdir()
    for name in ("bo", "cy"):
        (pages / f"{name}.txt").write_text(page(f"{name.title()} Lind"), encoding="utf-8")
    ingest(out, capsys, str(pages))
    bo = json.loads((out / "records" / "bo-lind.json").read_text(encoding="utf-8"))
    fix = {
        "record": "bo-lind",
        "source_sha256": bo["source"]["sha256"],
        "path": "company",
        "parser": bo["company"],
        "editor": "Lumen Health Inc.",
    }
    (out / "corrections").mkdir()
    (out / "corrections" / "fix.json").write_text(
        json.dumps({"corrections_version": 1, "corrections": [fix]}), encoding="utf-8"
    )
    assert extractor.ingest([pages], out, jobs=1)["read"] == 2  # the corrections are new
    line = ingest(out, capsys, str(pages))
    assert "0 read, 2 skipped" in line
    again = json.loads((out / "records" / "bo-lind.json").read_text(encoding="utf-8"))
    assert again["company"] == "Lumen Health Inc."


def test_a_subfolder_named_alone_says_its_pages_are_the_same_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ingest in`` then ``ingest in/sub``: each page of sub is keyed anew, and was said to
    be a duplicate of "another" input, itself under its first key."""
    pages, out = tmp_path / "in", tmp_path / "out"
    (pages / "sub").mkdir(parents=True)
    (pages / "sub" / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    ingest(out, capsys, str(pages))
    line = ingest(out, capsys, str(pages / "sub"))
    assert "1 duplicate" in line and "(1 record kept as it was)" in line
    (note,) = [f for f in entries(out)["ada.txt"]["findings"] if f["code"] == "input-duplicate"]
    assert note["message"].startswith("the same file as sub/ada.txt")
    assert "name the same folder in each run" in note["message"]
    adds_up(out, line)


def test_a_parent_folder_named_after_its_subfolder_is_not_said_unwalked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ingest in/sub`` then ``ingest in``: the first keys' folder (in/sub) was walked, as
    part of in, though the note on them said it "was not walked whole"; it says where their
    pages are now known, and which folder to name to update them."""
    pages, out = tmp_path / "in", tmp_path / "out"
    (pages / "sub").mkdir(parents=True)
    (pages / "sub" / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    ingest(out, capsys, str(pages / "sub"))
    line = ingest(out, capsys, str(pages))
    assert "1 duplicate" in line and "(1 record kept as it was)" in line
    (note,) = [f for f in entries(out)["ada.txt"]["findings"] if f["code"] == "input-not-named"]
    assert "not walked whole" not in note["message"]
    assert f"walked as part of {pages}" in note["message"]
    assert f"keyed from {pages / 'sub'}" in note["message"]
    adds_up(out, line)


def test_a_page_that_now_gives_another_leader_says_what_it_unpublished(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages, out = tmp_path / "in", tmp_path / "out"
    pages.mkdir()
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "b.txt").write_text(page("Bo Lind"), encoding="utf-8")
    ingest(out, capsys, str(pages))
    (pages / "a.txt").write_text(page("Cy Moss"), encoding="utf-8")
    line = ingest(out, capsys, str(pages))
    assert "records: 1 new, 0 changed, 1 unchanged" in line
    assert "2 published, 1 unpublished" in line and "gone since" not in line
    adds_up(out, line)
    (pages / "b.txt").unlink()
    line = ingest(out, capsys, "--keep-missing", str(pages))
    assert "1 input of earlier runs not in this one (1 record kept as it was)" in line
    assert "unpublished" not in line and "2 published" in line
    adds_up(out, line)


def test_a_page_edited_into_a_copy_of_another_says_the_record_it_unpublished(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """b.txt, Bo Lind's page, overwritten with Ada's: no input gone, no record new, so the
    count of records unpublished was not asked, and Bo's record went with no word of it, in
    the line or in b.txt's note (which said only that Ada's record is kept)."""
    pages, out = tmp_path / "in", tmp_path / "out"
    pages.mkdir()
    (pages / "a.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "b.txt").write_text(page("Bo Lind"), encoding="utf-8")
    ingest(out, capsys, str(pages))
    (pages / "b.txt").write_text(page("Ada Stone"), encoding="utf-8")
    line = ingest(out, capsys, str(pages))
    assert "1 published, 1 unpublished" in line and report(out)["summary"]["unpublished"] == 1
    (note,) = [f for f in entries(out)["b.txt"]["findings"] if f["code"] == "input-duplicate"]
    assert "bo-lind is unpublished" in note["message"]
    adds_up(out, line)


def test_a_duplicate_renamed_is_said_renamed_and_a_copy_deleted_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page that published nothing itself (its twin's record stands) renamed: its bytes
    are read under the new key, so it was renamed, not removed; a copy deleted while the same
    bytes stay, unchanged, under another key was removed."""
    pages, out = tmp_path / "in", tmp_path / "out"
    pages.mkdir()
    for name in ("li-wei.txt", "li-wei.html"):
        shutil.copy(SAMPLES / name, pages / name)
    (pages / "ada.txt").write_text(page("Ada Stone"), encoding="utf-8")
    (pages / "zz-copy.txt").write_text(page("Ada Stone"), encoding="utf-8")
    ingest(out, capsys, str(pages))
    gone_twin = next(k for k, e in entries(out).items() if e["status"] == "duplicate" and "li" in k)
    (pages / gone_twin).rename(pages / f"renamed-{gone_twin}")
    (pages / "zz-copy.txt").unlink()
    line = ingest(out, capsys, str(pages))
    assert "gone since the last run: 1 removed, 1 renamed or moved (record kept)" in line
    assert entries(out)[gone_twin]["moved_to"] == f"renamed-{gone_twin}"
    (note,) = [f for f in entries(out)[gone_twin]["findings"] if f["code"] == "input-removed"]
    assert note["message"].endswith(f"is now renamed-{gone_twin}: renamed")
    assert "moved_to" not in entries(out)["zz-copy.txt"]
    assert "unpublished" not in line
    adds_up(out, line)


class _Killed(BaseException):
    """Stands for a kill between reading and publishing (a SIGKILL lands anywhere)."""


def test_a_duplicate_renamed_in_a_run_killed_before_publishing_is_still_said_renamed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The killed run read the renamed duplicate's new key; the next run skips it (unchanged
    since) and took 'read this run' for 'a new key': the rename read as a removal, and
    report.json differed from an uninterrupted run's (no ``moved_to``)."""
    from extractor.batch import run as run_module

    pages = tmp_path / "in"
    pages.mkdir()
    for name in ("li-wei.txt", "li-wei.html"):
        shutil.copy(SAMPLES / name, pages / name)
    out, clean = tmp_path / "out", tmp_path / "clean"
    for folder in (out, clean):
        ingest(folder, capsys, str(pages))
    twin = next(k for k, e in entries(out).items() if e["status"] == "duplicate")
    (pages / twin).rename(pages / f"renamed-{twin}")
    with monkeypatch.context() as patch:

        def killed(*args: object, **kwargs: object) -> None:
            raise _Killed

        patch.setattr(run_module, "_resolve", killed)
        with pytest.raises(_Killed):
            main(["ingest", "-q", "--jobs", "1", "--out", str(out), str(pages)])
    line = ingest(out, capsys, str(pages))
    ingest(clean, capsys, str(pages))
    assert "0 removed, 1 renamed or moved (record kept)" in line
    assert entries(out)[twin]["moved_to"] == f"renamed-{twin}"
    assert entries(out)[twin]["findings"] == entries(clean)[twin]["findings"]
    adds_up(out, line)
