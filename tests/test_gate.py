"""The validation gate: one fixture per rule, config, output formats, exit codes."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import GOLDEN, ROOT

from extractor.base.catalog import CODES, rules_markdown
from extractor.cli.main import main

RULES = ROOT / "tests" / "fixtures" / "rules"
CLEAN = json.loads((RULES / "clean.json").read_text(encoding="utf-8"))
CASES = json.loads((RULES / "cases.json").read_text(encoding="utf-8"))
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def patched(changes: dict[str, Any]) -> dict[str, Any]:
    """The clean record with ``path: value`` changes (``quotes[0].text``)."""
    record = copy.deepcopy(CLEAN)
    for path, value in changes.items():
        steps = [(m[1], m[2]) for m in _STEP.finditer(path)]
        target: Any = record
        for key, index in steps[:-1]:
            target = target[key] if index is None else target[key][int(index)]
        key, index = steps[-1]
        if index is None:
            target[key] = value
        else:
            target[key][int(index)] = value
    return record


def gate_json(
    paths: list[str], capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, list[dict[str, Any]]]:
    code = main(["validate", "--format", "json", *extra, *paths])
    return code, json.loads(capsys.readouterr().out)


def write(tmp_path: Path, name: str, record: dict[str, Any]) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_clean_record_triggers_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, findings = gate_json([write(tmp_path, "clean.json", CLEAN)], capsys)
    assert (code, findings) == (0, [])


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["code"])
def test_each_rule_fixture_triggers_exactly_its_rule(
    case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, findings = gate_json([write(tmp_path, "r.json", patched(case["set"]))], capsys)
    assert findings, case["code"]
    assert {f["code"] for f in findings} == {case["code"]}


def test_every_gate_rule_has_a_fixture() -> None:
    covered = {c["code"] for c in CASES}
    separately = {
        "id-duplicate",
        "input-duplicate",
        "json-invalid",
        "input-refused",
        "leaders-stale",
    }
    gate_codes = {c.code for c in CODES.values() if c.stage in {"gate", "input"}}
    assert gate_codes - separately <= covered


def test_same_id_twice_is_a_conflict_unless_the_content_is_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = patched({"bio": "A different biography of Amara Okafor at another company entirely."})
    code, findings = gate_json(
        [write(tmp_path, "a.json", CLEAN), write(tmp_path, "b.json", other)], capsys
    )
    assert code == 1 and [f["code"] for f in findings] == ["id-duplicate"]
    code, findings = gate_json(
        [write(tmp_path, "a.json", CLEAN), write(tmp_path, "c.json", CLEAN)], capsys
    )
    assert code == 0 and [f["code"] for f in findings] == ["input-duplicate"]


def test_broken_folder_lists_each_problem_once_with_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    record = patched({"dimensions[0].score": 140, "bio": "Amara &amp; co"})
    record["provenance"] = {"bio": [7, 7], "dimensions[0]": [11, 11]}
    write(folder, "amara.json", record)
    (folder / "bad.json").write_text('{"id": "x",\n  oops}', encoding="utf-8")
    (folder / "lines.jsonl").write_text(
        json.dumps(CLEAN) + "\n" + json.dumps(patched({"id": "Bad Id"})) + "\n", encoding="utf-8"
    )
    code, findings = gate_json([str(folder)], capsys)
    assert code == 1
    keys = [(f["file"], f["line"], f["code"]) for f in findings]
    assert len(keys) == len(set(keys)), "a problem was listed twice"
    amara = str(folder / "amara.json")  # the file read first; the page line second (issue 13)
    assert (amara, None, "schema-invalid") in keys and (amara, None, "markup-remnant") in keys
    messages = {f["code"]: f["message"] for f in findings if f["file"] == amara}
    assert messages["schema-invalid"].startswith("dimensions[0].score: ")
    assert messages["schema-invalid"].endswith("(source page samples/amara-okafor.txt, line 11)")
    assert messages["markup-remnant"].startswith("bio: ")
    assert messages["markup-remnant"].endswith("(source page samples/amara-okafor.txt, line 7)")
    assert (str(folder / "bad.json"), 2, "json-invalid") in keys
    assert (str(folder / "lines.jsonl"), 2, "schema-invalid") in keys


def test_every_golden_record_passes(capsys: pytest.CaptureFixture[str]) -> None:
    code, findings = gate_json([str(GOLDEN)], capsys)
    assert code == 0
    assert not [f for f in findings if f["severity"] == "error"]


def test_pages_are_parsed_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, findings = gate_json([str(ROOT / "samples" / "gustav-soderstrom.txt")], capsys)
    assert code == 0
    assert [(f["line"], f["code"]) for f in findings] == [(20, "themes-segmented")]


def test_refused_page_is_an_error_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "empty.txt"
    page.write_bytes(b"")
    code, findings = gate_json([str(page)], capsys)
    assert code == 1 and [f["code"] for f in findings] == ["input-refused"]


def test_strict_fails_on_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    example = str(ROOT / "samples" / "gustav-soderstrom.txt")
    assert gate_json([example], capsys)[0] == 0
    assert gate_json([example], capsys, "--strict")[0] == 1


def test_github_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["validate", "--format", "github", str(ROOT / "samples" / "gustav-soderstrom.txt")])
    out = capsys.readouterr().out
    assert out.startswith("::warning file=")
    assert ",line=20,title=themes-segmented::themes were run together" in out


def test_text_format_groups_by_file_and_ends_with_a_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["validate", "--color", "never", str(ROOT / "samples" / "gustav-soderstrom.txt")])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("gustav-soderstrom.txt")
    assert re.match(r"  .*gustav-soderstrom.txt:20: warning themes-segmented: ", lines[1])
    assert lines[-1].startswith("0 error(s), 1 warning(s)")


def test_config_disables_rules_and_changes_severity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    record = write(tmp_path, "r.json", patched({"principles": [], "id": "nope"}))
    (tmp_path / "pyproject.toml").write_text(
        '[tool.extractor]\ndisable = ["id-mismatch"]\n[tool.extractor.severity]\n'
        '"section-missing" = "error"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, findings = gate_json([record], capsys)
    assert code == 1
    assert [(f["code"], f["severity"]) for f in findings] == [("section-missing", "error")]


def test_config_sets_the_expected_dimensions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "gate.toml"
    config.write_text('dimensions = ["Strategic Vision"]\n', encoding="utf-8")
    _, findings = gate_json([write(tmp_path, "r.json", CLEAN)], capsys, "--config", str(config))
    assert {f["code"] for f in findings} == {"dimension-set"}
    assert len(findings) == 5


@pytest.mark.parametrize(
    "content",
    [
        '[tool.extractor]\ncolour = "red"\n',
        '[tool.extractor]\ndisable = ["no-such-rule"]\n',
        '[tool.extractor.severity]\n"mojibake" = "fatal"\n',
        "not toml [",
    ],
)
def test_bad_config_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(content, encoding="utf-8")
    assert main(["validate", "--config", str(config), str(RULES / "clean.json")]) == 2
    assert "config error" in capsys.readouterr().err


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "missing")]) == 2


def test_rules_reference_is_generated_from_the_catalog() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `extractor rules --markdown > docs/rules.md`"
    )


def test_every_code_the_parser_emits_is_in_the_catalog() -> None:
    for golden in GOLDEN.glob("*.json"):
        for finding in json.loads(golden.read_text(encoding="utf-8"))["diagnostics"]:
            assert finding["code"] in CODES


def test_output_folder_of_a_batch_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    samples = tmp_path / "in"
    shutil.copytree(ROOT / "samples", samples)
    assert main(["ingest", "-q", "--out", str(tmp_path / "out"), str(samples)]) == 0
    code, findings = gate_json([str(tmp_path / "out")], capsys)
    assert code == 0
    assert all(f["severity"] != "error" for f in findings)


def test_validate_applies_the_policy_once_on_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: the cap's summary used to be capped again ("1 more … (101 in all)") and a
    real finding dropped. 150 unplaced lines: 100 listed, one summary of the other 50."""
    page = (ROOT / "samples" / "gustav-soderstrom.txt").read_text(encoding="utf-8")
    stray = "\n".join(f"stray line number {i} with no place" for i in range(150))
    path = tmp_path / "page.txt"
    path.write_text(page.replace("Key Themes", stray + "\n\nKey Themes", 1), encoding="utf-8")
    _, findings = gate_json([str(path)], capsys)
    unplaced = [f for f in findings if f["code"] == "content-unplaced"]
    summaries = [f["message"] for f in unplaced if "not listed" in f["message"]]
    assert summaries == ["50 more content-unplaced finding(s) not listed (150 in all)"]
    assert len(unplaced) == 101
    assert {f["file"] for f in unplaced} == {str(path)}


def test_an_edited_record_is_reported_at_its_own_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13, scenario 8: a record written by ingest, edited, then validated."""
    out = tmp_path / "out"
    assert (
        main(["ingest", "-q", "--out", str(out), str(ROOT / "samples" / "rafael-mendes.txt")]) == 0
    )
    record = json.loads((out / "records" / "rafael-mendes.json").read_text(encoding="utf-8"))
    record["dimensions"][0]["score"] = 140
    edited = write(tmp_path, "edited.json", record)
    main(["validate", "--color", "never", edited])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == edited
    problem = next(line for line in lines if "schema-invalid" in line)
    assert problem.startswith(f"  {edited}: error schema-invalid: dimensions[0].score: 140")
    assert "rafael-mendes.txt, line " in problem


def test_folders_check_pages_records_and_jsonl_and_list_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    write(folder, "a.json", CLEAN)
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    separated = dict(CLEAN, bio="One line\u2028and another, in one JSON string.")
    (folder / "b.jsonl").write_text(
        json.dumps(separated, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "gone.json")
    main(["validate", "--color", "never", str(folder), str(dangling)])
    out = capsys.readouterr().out
    assert f"skipped (not a page, record or JSONL file): {folder / 'logo.png'}" in out
    assert f"skipped (not a page, record or JSONL file): {folder / 'notes.csv'}" in out
    assert "json-invalid" not in out  # U+2028 did not split the JSONL line
    assert f"{dangling}: error input-refused: {dangling} is a broken symbolic link" in out
    assert "2 file(s) skipped" in out.splitlines()[-1]
    assert "2 record(s) checked" in out.splitlines()[-1]  # the others were still checked


def test_an_output_folder_keeps_its_runs_refusals_and_says_when_its_views_disagree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The gate over an ingest folder fails where the run failed (an input it refused has no
    record), and a record file edited after the run no longer matches leaders.jsonl."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "amara.txt").write_bytes((ROOT / "samples" / "amara-okafor.txt").read_bytes())
    (pages / "junk.txt").write_text("just some words\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--jobs", "1", "--out", str(out), str(pages)]) == 1
    capsys.readouterr()
    code, findings = gate_json([str(out)], capsys)
    refused = [f for f in findings if f["code"] == "input-refused"]
    assert code == 1 and [f["file"] for f in refused] == [str(pages / "junk.txt")]
    assert not [f for f in findings if f["code"] == "leaders-stale"]
    record_file = out / "records" / "amara-okafor.json"
    record = json.loads(record_file.read_text(encoding="utf-8"))
    record["headline"] = "Edited by hand"
    record_file.write_text(json.dumps(record), encoding="utf-8")
    _, findings = gate_json([str(out)], capsys)
    stale = [f for f in findings if f["code"] == "leaders-stale"]
    assert [(f["file"], f["severity"]) for f in stale] == [(str(record_file), "warning")]
    record_file.unlink()  # deleted by hand: the JSONL still publishes the leader
    _, findings = gate_json([str(out)], capsys)
    stale = [f for f in findings if f["code"] == "leaders-stale"]
    assert [(f["file"], f["record"]) for f in stale] == [
        (str(out / "leaders.jsonl"), "amara-okafor")
    ]
    assert "records/amara-okafor.json is missing" in stale[0]["message"]


def test_a_dimension_scored_twice_is_reported_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = patched({})
    record["dimensions"] = [*record["dimensions"], *[dict(record["dimensions"][0])] * 3]
    _, findings = gate_json([write(tmp_path, "r.json", record)], capsys)
    repeats = [f for f in findings if "scored" in f["message"]]
    assert [(f["code"], f["field"]) for f in repeats] == [("dimension-set", "dimensions[6]")]
    assert "4 times" in repeats[0]["message"]


def test_a_leaders_line_whose_id_names_no_possible_file_is_stale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line of leaders.jsonl whose id no file can be named by (longer than a file name may
    be) has no record file: reported as leaders-stale. Before: the gate stopped with a
    traceback (OSError: File name too long) asking whether that file exists."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "amara.txt").write_bytes((ROOT / "samples" / "amara-okafor.txt").read_bytes())
    out = tmp_path / "out"
    assert main(["ingest", "-q", "--jobs", "1", "--out", str(out), str(pages)]) == 0
    capsys.readouterr()
    leaders = out / "leaders.jsonl"
    line = json.loads(leaders.read_text(encoding="utf-8").splitlines()[0])
    line["id"] = "a" * 300
    with leaders.open("a", encoding="utf-8") as file:
        file.write(json.dumps(line) + "\n")
    _, findings = gate_json([str(out)], capsys)
    stale = [f for f in findings if f["code"] == "leaders-stale"]
    assert [(f["file"], f["record"]) for f in stale] == [(str(leaders), "a" * 300)]


def test_a_missing_field_is_said_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record file without ``bio``: the schema's "required property" error says it; the
    content rule's "bio is missing or empty" would say it again (an empty one is still said)."""
    record = copy.deepcopy(CLEAN)
    del record["bio"]
    code, findings = gate_json([write(tmp_path, "r.json", record)], capsys)
    assert code == 1
    assert [(f["code"], f["message"]) for f in findings if "bio" in f["message"]] == [
        ("schema-invalid", "record: 'bio' is a required property")
    ]
    code, findings = gate_json([write(tmp_path, "e.json", patched({"bio": ""}))], capsys)
    assert ("section-missing", "bio") in [(f["code"], f.get("field")) for f in findings]
