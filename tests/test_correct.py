"""Editors' corrections: the format, applying them (pure), and runs that keep and apply them."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import EDITOR_THEMES, ROOT, SAMPLES
from hypothesis import given, strategies as st
from jsonschema import Draft202012Validator

from extractor.base.catalog import CODES
from extractor.cli.main import main
from extractor.correct.apply import apply_corrections
from extractor.correct.corrections import (
    SCHEMA_NAME,
    Correction,
    CorrectionsError,
    build,
    document,
    load,
    schema,
)
from extractor.correct.paths import parse_path
from extractor.pipeline import parse_bytes
from extractor.record.model import Record
from extractor.record.serialize import record_dict

EXAMPLE = SAMPLES / "gustav-soderstrom.txt"
EXAMPLE_PATH = "samples/gustav-soderstrom.txt"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parsed(data: bytes, corrections: list[Correction] | None = None) -> dict[str, Any]:
    result = parse_bytes(data, EXAMPLE_PATH, corrections=build(corrections or []))
    return record_dict(result.record, result.provenance)


def codes(record: dict[str, Any]) -> list[str]:
    return [f["code"] for f in record["diagnostics"]]


def themes_fix(data: bytes, **changes: Any) -> Correction:
    values: dict[str, Any] = {
        "record": "gustav-soderstrom",
        "source_sha256": sha(data),
        "path": "themes",
        "parser": parsed(data)["themes"],
        "editor": EDITOR_THEMES,
        "source": EXAMPLE_PATH,
    }
    values.update(changes)
    return Correction(**values)


# ---- the format -----------------------------------------------------------------------------


def test_published_schema_is_the_packaged_one_and_valid() -> None:
    published = json.loads((ROOT / "schemas" / SCHEMA_NAME).read_text(encoding="utf-8"))
    assert published == schema()
    Draft202012Validator.check_schema(published)


PORTABLE = {
    "$schema", "$id", "$ref", "$defs", "title", "description", "type", "properties",
    "required", "additionalProperties", "items", "pattern", "const", "anyOf",
}  # fmt: skip


def _keywords(node: Any, inside_properties: bool = False) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not inside_properties:
                found.add(key)
            found |= _keywords(value, key in ("properties", "$defs") and not inside_properties)
    elif isinstance(node, list):
        for value in node:
            found |= _keywords(value)
    return found


def test_schema_uses_core_keywords_only() -> None:
    assert _keywords(schema()) <= PORTABLE


def test_readme_example_is_a_valid_corrections_file() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(\{\n  \"corrections_version\".*?)```", readme, re.S)
    assert block, "README should show an example corrections file"
    assert list(Draft202012Validator(schema()).iter_errors(json.loads(block.group(1)))) == []


def test_readme_example_applies_to_the_sample_and_its_html_twin(tmp_path: Path) -> None:
    """The README's example holds for the sample it names and for that leader's HTML copy, so
    an ingest of samples/ publishes the corrected record (twins that disagreed were both
    held back as id-duplicate), and it drops no chip the parser finds."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(\{\n  \"corrections_version\".*?)```", readme, re.S)
    assert block
    (tmp_path / "c.json").write_text(block.group(1), "utf-8")
    corrections = load([tmp_path / "c.json"])
    records = []
    for name in ("gustav-soderstrom.txt", "gustav-soderstrom.html"):
        result = parse_bytes(
            (SAMPLES / name).read_bytes(), f"samples/{name}", corrections=corrections
        )
        found = {f.code for f in result.findings if f.code.startswith("correction")}
        reviewed = {"correction-reviewed"} if name.endswith(".txt") else set()  # made on it
        assert found == {"correction-applied", *reviewed}, (name, found)
        records.append(record_dict(result.record, result.provenance))
    assert records[0]["themes"] == records[1]["themes"]
    assert records[0]["quotes"] == records[1]["quotes"]
    assert len(records[0]["themes"]) == len(parsed(EXAMPLE.read_bytes())["themes"])


def test_a_correction_of_another_reading_of_the_same_page_is_applied_with_a_warning() -> None:
    """Same bytes, but the parser no longer gives the value the editor saw (a newer parser):
    the editor's value still stands for these bytes, with a warning quoting both readings."""
    data = EXAMPLE.read_bytes()
    old_reading = parsed(data)["themes"][:2]
    record = parsed(data, [themes_fix(data, parser=old_reading)])
    assert record["themes"] == EDITOR_THEMES
    [finding] = [f for f in record["diagnostics"] if f["code"].startswith("correction")]
    assert finding["code"] == "correction-parser-changed"
    assert finding["severity"] == "warning"
    assert old_reading[0] in finding["message"]


def test_a_file_that_is_not_the_format_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "c.json"
    bad.write_text('{"corrections_version": 1, "corrections": [{"record": "x"}]}', "utf-8")
    with pytest.raises(CorrectionsError, match="not a corrections file"):
        load([bad])
    bad.write_text("{", "utf-8")
    with pytest.raises(CorrectionsError, match="not valid JSON"):
        load([bad])


def test_last_correction_of_a_path_wins_in_file_name_order(tmp_path: Path) -> None:
    data = EXAMPLE.read_bytes()
    first = themes_fix(data, editor=["a"])
    second = themes_fix(data, editor=["b"])
    (tmp_path / "1.json").write_text(json.dumps(document([first])), "utf-8")
    (tmp_path / "2.json").write_text(json.dumps(document([second])), "utf-8")
    assert load([tmp_path]).for_record("gustav-soderstrom") == (second,)


def test_every_correction_code_is_in_the_catalog() -> None:
    for code in (
        "correction-applied", "correction-reviewed", "correction-stale", "correction-unneeded",
        "correction-parser-changed",
        "correction-path-unknown", "correction-value-invalid", "correction-id-unknown",
        "corrections-invalid",
    ):  # fmt: skip
        assert CODES[code].stage == "correct"


# ---- applying them --------------------------------------------------------------------------


def test_applied_correction_has_editor_provenance_and_silences_the_guess() -> None:
    data = EXAMPLE.read_bytes()
    assert "themes-segmented" in codes(parsed(data))
    record = parsed(data, [themes_fix(data)])
    assert record["themes"] == EDITOR_THEMES
    assert record["provenance"]["themes"] == "editor"
    assert all(record["provenance"][f"themes[{n}]"] == "editor" for n in range(7))
    assert "themes-segmented" not in codes(record)
    assert codes(record).count("correction-applied") == 1
    Record.model_validate(record)  # still a valid record, provenance and all


def test_stale_correction_is_reported_with_old_and_new_values_and_not_applied() -> None:
    data = EXAMPLE.read_bytes()
    fix = themes_fix(data)
    edited = data.replace(b"curation to recommendation to generation era", b"three eras")
    record = parsed(edited, [fix])
    assert record["themes"] != EDITOR_THEMES and record["themes"] != fix.parser
    assert "editor" not in record["provenance"].values()
    stale = [f for f in record["diagnostics"] if f["code"] == "correction-stale"]
    assert len(stale) == 1 and stale[0]["severity"] == "warning" and stale[0]["field"] == "themes"
    message = stale[0]["message"]
    assert json.dumps(fix.parser) in message  # the parser's value then
    assert json.dumps(record["themes"]) in message  # and now
    assert json.dumps(EDITOR_THEMES) in message  # and the editor's
    assert "themes-segmented" in codes(record)  # the guess is back in front of the editor


def test_correction_to_a_field_that_no_longer_exists() -> None:
    data = EXAMPLE.read_bytes()
    gone = Correction("gustav-soderstrom", sha(data), "quotes[2].speaker", "x", "Someone")
    trimmed = data[: data.rindex(b'"The principle for the AI DJ')]  # the third quote removed
    record = parsed(trimmed, [gone])
    assert len(record["quotes"]) == 2
    assert codes(record).count("correction-path-unknown") == 1
    nonsense = Correction("gustav-soderstrom", sha(data), "id", "x", "y")
    assert "correction-path-unknown" in codes(parsed(data, [nonsense]))


def test_unneeded_correction_is_a_note_and_changes_nothing() -> None:
    data = EXAMPLE.read_bytes()
    plain = parsed(data)
    same = themes_fix(data, editor=plain["themes"])
    record = parsed(data, [same])
    assert record["themes"] == plain["themes"]
    assert "correction-unneeded" in codes(record) and "themes-segmented" in codes(record)


def test_value_that_does_not_fit_is_not_applied() -> None:
    data = EXAMPLE.read_bytes()
    too_high = Correction("gustav-soderstrom", sha(data), "dimensions[0].score", 95, 150)
    no_name = Correction("gustav-soderstrom", sha(data), "name", "Gustav Soderstrom", "")
    record = parsed(data, [too_high, no_name])
    assert record["dimensions"][0]["score"] == 95 and record["name"] == "Gustav Soderstrom"
    assert codes(record).count("correction-value-invalid") == 2


def test_text_fields_scores_speakers_and_contexts() -> None:
    data = EXAMPLE.read_bytes()
    fixes = [
        Correction("gustav-soderstrom", sha(data), "dimensions[1].score", 70, 72),
        Correction("gustav-soderstrom", sha(data), "quotes[1].speaker", "x", "Someone Else"),
        Correction("gustav-soderstrom", sha(data), "quotes[1].context", "x", None),
        Correction("gustav-soderstrom", sha(data), "company", "Spotify", "Spotify AB"),
    ]
    record = parsed(data, fixes)
    assert record["dimensions"][1]["score"] == 72
    assert record["quotes"][1] == {
        **record["quotes"][1],
        "speaker": "Someone Else",
        "context": None,
    }
    assert record["company"] == "Spotify AB"
    assert record["provenance"]["quotes[1].speaker"] == "editor"
    assert record["provenance"]["quotes[1]"] != "editor"  # the quote itself is still from the page


def test_reviewed_silences_guess_warnings_only_while_the_page_is_the_same() -> None:
    data = EXAMPLE.read_bytes()
    ok = Correction("gustav-soderstrom", sha(data), "reviewed", False, True, who="Ana")
    record = parsed(data, [ok])
    assert "themes-segmented" not in codes(record) and "correction-reviewed" in codes(record)
    assert record["themes"] == parsed(data)["themes"]
    edited = data.replace(b"Strategic Vision 95%", b"Strategic Vision 96%")
    again = parsed(edited, [ok])
    assert "themes-segmented" in codes(again) and "correction-stale" in codes(again)


def test_corrections_for_another_record_are_ignored() -> None:
    data = EXAMPLE.read_bytes()
    other = Correction("someone-else", sha(data), "name", "x", "y")
    assert parsed(data, [other]) == parsed(data)


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 200), st.text(max_size=20))
VALUES = st.one_of(SCALARS, st.lists(st.text(max_size=12), max_size=4))
PATHS = st.one_of(
    st.sampled_from(["name", "headline", "role", "company", "bio", "summary", "themes"]),
    st.builds(lambda n: f"themes[{n}]", st.integers(0, 8)),
    st.builds(lambda n: f"principles[{n}]", st.integers(0, 4)),
    st.builds(lambda n: f"dimensions[{n}].score", st.integers(0, 7)),
    st.builds(lambda n, k: f"quotes[{n}].{k}", st.integers(0, 4), st.sampled_from(["text", "speaker", "context"])),
    st.text(max_size=15),
)  # fmt: skip


@given(st.lists(st.tuples(PATHS, VALUES, st.booleans()), max_size=6))
def test_any_corrections_leave_a_valid_record(changes: list[tuple[str, Any, bool]]) -> None:
    """Whatever a corrections file says, the result is a valid record; nothing raises."""
    data = EXAMPLE.read_bytes()
    base = parsed(data)
    fixes = [
        Correction("gustav-soderstrom", sha(data) if fresh else "0" * 64, path, None, value)
        for path, value, fresh in changes
    ]
    applied = apply_corrections(base, sha(data), fixes)
    Record.model_validate(applied.record)
    assert len(applied.findings) == len(fixes)
    for path in applied.edited:
        assert parse_path(path) is not None
    record = parsed(data, fixes)
    Record.model_validate(record)


# ---- runs ---------------------------------------------------------------------------------


def ingest(out: Path, *args: str) -> int:
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        return main(["ingest", "-q", "--out", str(out), *args])
    finally:
        os.chdir(cwd)


def record_of(out: Path, record_id: str = "gustav-soderstrom") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "records" / f"{record_id}.json").read_text("utf-8"))
    return data


def test_ingest_adopts_the_file_and_a_plain_rerun_keeps_applying_it(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(EXAMPLE, pages / EXAMPLE.name)
    data = EXAMPLE.read_bytes()
    fix = themes_fix(data, source=None)
    corrections = tmp_path / "mine.json"
    corrections.write_text(json.dumps(document([fix])), "utf-8")
    out = tmp_path / "out"
    ingest(out, "--corrections", str(corrections), str(pages))
    first = (out / "records" / "gustav-soderstrom.json").read_bytes()
    assert record_of(out)["themes"] == EDITOR_THEMES
    assert (out / "corrections" / "mine.json").is_file()
    # A re-scrape that does not change the page: new file, same bytes; a plain re-run.
    (pages / EXAMPLE.name).unlink()
    shutil.copy(EXAMPLE, pages / EXAMPLE.name)
    ingest(out, "--force", str(pages))
    assert (out / "records" / "gustav-soderstrom.json").read_bytes() == first
    ingest(out, str(pages))  # skipped as unchanged: the record stays the corrected one
    assert (out / "records" / "gustav-soderstrom.json").read_bytes() == first
    # The page changes elsewhere: its themes read as the editor saw them, the correction holds.
    (pages / EXAMPLE.name).write_bytes(
        data.replace(b"Strategic Vision 95%", b"Strategic Vision 90%")
    )
    ingest(out, str(pages))
    record = record_of(out)
    assert record["themes"] == EDITOR_THEMES and "correction-stale" not in codes(record)
    # The page changes under the correction: reported stale, the parser's value stands.
    (pages / EXAMPLE.name).write_bytes(data.replace(b"AI DJ as generative", b"AI DJ as a"))
    ingest(out, str(pages))
    record = record_of(out)
    assert record["themes"] != EDITOR_THEMES
    assert "correction-stale" in codes(record)
    assert (out / "corrections" / "mine.json").is_file()  # kept for the editor to re-confirm


def test_a_second_download_that_an_older_file_overrides_is_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A browser saves the review page's second download as ``corrections (1).json``, which
    sorts before ``corrections.json``: the older file's value wins; ingest says so."""
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(EXAMPLE, pages / EXAMPLE.name)
    data = EXAMPLE.read_bytes()
    first, second = tmp_path / "corrections.json", tmp_path / "corrections (1).json"
    first.write_text(json.dumps(document([themes_fix(data)])), "utf-8")
    second.write_text(json.dumps(document([themes_fix(data, editor=["One chip"])])), "utf-8")
    out = tmp_path / "out"
    ingest(out, "--corrections", str(first), str(pages))
    assert "overridden" not in capsys.readouterr().err
    ingest(out, "--corrections", str(second), str(pages))
    err = capsys.readouterr().err
    assert record_of(out)["themes"] == EDITOR_THEMES  # the older file still wins, as documented
    assert "corrections (1).json: 1 of its corrections overridden by corrections.json" in err
    assert "gustav-soderstrom themes" in err
    ingest(out, "--corrections", str(first), str(pages))  # the file read last: nothing beats it
    assert "overridden" not in capsys.readouterr().err


def test_new_corrections_are_applied_to_unchanged_pages(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(EXAMPLE, pages / EXAMPLE.name)
    out = tmp_path / "out"
    ingest(out, str(pages))
    assert "themes-segmented" in codes(record_of(out))
    fix = themes_fix(EXAMPLE.read_bytes(), source=None)
    (tmp_path / "c.json").write_text(json.dumps(document([fix])), "utf-8")
    ingest(out, "--corrections", str(tmp_path / "c.json"), str(pages))
    assert record_of(out)["themes"] == EDITOR_THEMES
    (out / "corrections" / "c.json").unlink()  # the editor withdraws it
    ingest(out, str(pages))
    assert "themes-segmented" in codes(record_of(out))


def test_same_pages_and_corrections_give_the_same_bytes_whatever_jobs(tmp_path: Path) -> None:
    data = EXAMPLE.read_bytes()
    fixes = [
        themes_fix(data),
        Correction("li-wei", "0" * 64, "name", "Li Wei", "Wei Li"),
        Correction("nobody", sha(data), "name", "x", "y"),
    ]
    corrections = tmp_path / "c.json"
    corrections.write_text(json.dumps(document(list(reversed(fixes)))), "utf-8")
    trees = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        ingest(out, "--jobs", jobs, "--corrections", str(corrections), "samples/")
        trees.append(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in sorted(out.rglob("*"))
                # the views; the state database holds run times, the report timings
                if p.is_file()
                and p.name != "report.json"
                and not p.name.startswith(("state.sqlite", ".state.lock"))
            }
        )
    assert trees[0] == trees[1]
    assert json.loads(trees[0]["records/gustav-soderstrom.json"])["themes"] == EDITOR_THEMES


def test_parse_with_corrections_and_provenance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = EXAMPLE.read_bytes()
    corrections = tmp_path / "c.json"
    corrections.write_text(json.dumps(document([themes_fix(data)])), "utf-8")
    assert main(["parse", "--provenance", "--corrections", str(corrections), str(EXAMPLE)]) == 0
    out = capsys.readouterr()
    record = json.loads(out.out)
    assert record["themes"] == EDITOR_THEMES and record["provenance"]["themes"] == "editor"
    assert "correction-applied" in out.err and "themes-segmented" not in out.err


def test_parse_refuses_a_broken_corrections_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "c.json"
    bad.write_text("[]", "utf-8")
    assert main(["parse", "--corrections", str(bad), str(EXAMPLE)]) == 2
    assert "not a corrections file" in capsys.readouterr().err


def test_validate_checks_corrections_against_schema_and_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = EXAMPLE.read_bytes()
    out = tmp_path / "out"
    ingest(out, "samples/")
    folder = out / "corrections"
    folder.mkdir()
    good = themes_fix(data)
    fixes = [
        good,
        Correction("nobody", sha(data), "name", "x", "y"),
        Correction("gustav-soderstrom", sha(data), "quotes[9].text", "x", "y"),
        Correction("gustav-soderstrom", "1" * 64, "bio", "x", "y"),
        Correction("gustav-soderstrom", sha(data), "dimensions[0].score", 95, 101),
    ]
    (folder / "c.json").write_text(json.dumps(document(fixes)), "utf-8")
    (folder / "broken.json").write_text('{"corrections_version": 2}', "utf-8")
    main(["validate", "--format", "json", str(out)])
    report = json.loads(capsys.readouterr().out)
    found = {
        (Path(f["file"]).name, f["code"]) for f in report if f["code"].startswith("correction")
    }
    assert found == {
        ("c.json", "correction-id-unknown"),
        ("c.json", "correction-path-unknown"),
        ("c.json", "correction-stale"),
        ("c.json", "correction-value-invalid"),
        ("broken.json", "corrections-invalid"),
    }


def test_validate_checks_a_corrections_file_alone_by_its_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No record is needed to see that a score of 150 or an empty name can never apply: the
    gate says so before the file is handed to ingest (which would only warn, not applied)."""
    data = EXAMPLE.read_bytes()
    fixes = [
        themes_fix(data),
        Correction("gustav-soderstrom", sha(data), "dimensions[0].score", 95, 150),
        Correction("gustav-soderstrom", sha(data), "name", "Gustav Soderstrom", " "),
        Correction("gustav-soderstrom", sha(data), "reviewed", False, False),
    ]
    file = tmp_path / "corrections.json"
    file.write_text(json.dumps(document(fixes)), "utf-8")
    assert main(["validate", "--strict", "--format", "json", str(file)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(f["code"], f["message"].split(":")[0]) for f in report] == [
        ("correction-value-invalid", "corrections[1] (gustav-soderstrom dimensions[0].score)"),
        ("correction-value-invalid", "corrections[2] (gustav-soderstrom name)"),
        ("correction-value-invalid", "corrections[3] (gustav-soderstrom reviewed)"),
    ]


def test_ingest_names_the_file_of_a_correction_for_no_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = EXAMPLE.read_bytes()
    file = tmp_path / "mine.json"
    fixes = [themes_fix(data), themes_fix(data, record="nobody-here")]
    file.write_text(json.dumps(document(fixes), indent=2), "utf-8")
    out = tmp_path / "out"
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(EXAMPLE, pages / EXAMPLE.name)
    assert main(["ingest", "--out", str(out), "--corrections", str(file), str(pages)]) == 0
    err = capsys.readouterr().err
    held = out / "corrections" / "mine.json"
    # At the line its correction (the file's second) starts on: the one above its id.
    lines = held.read_text("utf-8").splitlines()
    line = next(n for n, text in enumerate(lines) if '"nobody-here"' in text)  # 1-based: above
    assert lines[line - 1].strip() == "{"
    said = f"{held}:{line}: warning correction-id-unknown: 1 correction(s) for record 'nobody-here'"
    assert said in err


def test_ingest_refuses_a_broken_corrections_file_before_adopting_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "c.json"
    bad.write_text('{"corrections_version": 1, "corrections": [{"path": "id"}]}', "utf-8")
    out = tmp_path / "out"
    assert ingest(out, "--corrections", str(bad), str(EXAMPLE)) == 2
    assert "not a corrections file" in capsys.readouterr().err
    assert not (out / "corrections").exists()
