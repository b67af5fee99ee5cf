"""A correction goes stale only when the page changed in a way that touches its field.

Any edit of a page (a typo fixed in the biography, a score changed) made every correction of
that page stale: none applied, each to be re-confirmed by hand in the review page, though the
parser read the corrected field exactly as the editor saw it. A correction now holds while the
page's bytes are the ones it was made against or while the parser gives the field the value
the editor corrected (as it already held on another page of the same leader); it goes stale
when the field reads otherwise. ``reviewed`` (the record accepted as the page was) still needs
the same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLES
from test_correct import EXAMPLE, codes, parsed, sha

from extractor.cli.main import main
from extractor.correct.corrections import Correction, document

BIO = b"Co-President, Chief Product Officer and Chief Technology Officer at Spotify"


def test_an_edit_elsewhere_keeps_the_correction_and_one_of_its_field_stales_it() -> None:
    data = EXAMPLE.read_bytes()
    assert BIO in data
    plain = parsed(data)
    summary = Correction("gustav-soderstrom", sha(data), "summary", plain["summary"], "Short.")
    bio = Correction("gustav-soderstrom", sha(data), "bio", plain["bio"], "A better bio.")
    edited = data.replace(BIO, BIO + b", in Stockholm")  # the bio edited, not the summary
    record = parsed(edited, [summary, bio])
    assert record["summary"] == "Short." and record["provenance"]["summary"] == "editor"
    applied = [f for f in record["diagnostics"] if f["code"] == "correction-applied"]
    assert len(applied) == 1 and "the parser gives this field what it gave" in applied[0]["message"]
    assert record["bio"] != "A better bio." and codes(record).count("correction-stale") == 1
    stale = next(f for f in record["diagnostics"] if f["code"] == "correction-stale")
    assert stale["field"] == "bio"


def test_an_edit_that_moves_a_list_item_stales_a_correction_of_that_item() -> None:
    """themes[3] is judged by the item at that place: a theme added before it moves it."""
    data = EXAMPLE.read_bytes()
    plain = parsed(data)
    fix = Correction("gustav-soderstrom", sha(data), "themes[1]", plain["themes"][1], "Edited")
    assert parsed(data, [fix])["themes"][1] == "Edited"
    moved = data.replace(b"fault-tolerant user interfaces", b"fault-tolerant interfaces")
    assert "correction-stale" in codes(parsed(moved, [fix]))


def _ingest(out: Path, *args: str) -> int:
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        return main(["ingest", "-q", "--jobs", "1", "--out", str(out), *args])
    finally:
        os.chdir(cwd)


def _record(out: Path, record_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "records" / f"{record_id}.json").read_text("utf-8"))
    return data


def test_ingest_and_validate_keep_corrections_an_edit_did_not_touch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages, out = tmp_path / "pages", tmp_path / "out"
    pages.mkdir()
    for name in ("gustav-soderstrom.txt", "amara-okafor.txt"):
        shutil.copy(SAMPLES / name, pages / name)
    assert _ingest(out, str(pages)) == 0
    fixes = []
    for rid in ("gustav-soderstrom", "amara-okafor"):
        record = _record(out, rid)
        fixes.append(
            Correction(rid, record["source"]["sha256"], "summary", record["summary"], f"{rid}.")
        )
    corrections = tmp_path / "corrections.json"
    corrections.write_text(json.dumps(document(fixes)), "utf-8")
    assert _ingest(out, "--corrections", str(corrections), str(pages)) == 0
    page = pages / "gustav-soderstrom.txt"
    page.write_bytes(EXAMPLE.read_bytes().replace(BIO, BIO + b", in Stockholm"))
    assert _ingest(out, str(pages)) == 0
    for rid in ("gustav-soderstrom", "amara-okafor"):
        record = _record(out, rid)
        assert record["summary"] == f"{rid}." and "correction-stale" not in codes(record)
    capsys.readouterr()
    main(["validate", "--format", "json", str(out)])
    found = json.loads(capsys.readouterr().out)
    assert not [f for f in found if f["code"] == "correction-stale"]
