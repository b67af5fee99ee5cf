"""Our own div-soup designs (designs.py), as HTML and as a browser's text copy of them.

Every golden record is rendered into every design; parsing the page must give the record back.
Needs no corpus, so it always runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from conftest import GOLDEN
from designs import DESIGNS
from embed import render_text

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE_ONLY = ("source", "diagnostics", "provenance")


def goldens() -> list[Path]:
    return sorted(GOLDEN.glob("*.json"))


def content(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in PAGE_ONLY}


def browser_copy(html: str) -> str:
    return render_text(lxml.html.document_fromstring(html).find("body"))


@pytest.mark.parametrize("design", sorted(DESIGNS), ids=str)
@pytest.mark.parametrize("golden", goldens(), ids=lambda p: p.name.removesuffix(".json"))
@pytest.mark.parametrize("as_text", [False, True], ids=["html", "text"])
def test_design_gives_the_record_back(golden: Path, design: str, as_text: bool) -> None:
    record = content(json.loads(golden.read_text("utf-8")))
    page = DESIGNS[design](record)
    data, name = (browser_copy(page), "page.txt") if as_text else (page, "page.html")
    result = parse_bytes(data.encode("utf-8"), name)
    assert content(record_dict(result.record)) == record


@pytest.mark.parametrize("design", sorted(DESIGNS), ids=str)
def test_design_chrome_is_noted_not_read(design: str) -> None:
    record = content(json.loads((GOLDEN / "gustav-soderstrom.txt.json").read_text("utf-8")))
    result = parse_bytes(DESIGNS[design](record).encode("utf-8"), "page.html")
    notes = [d for d in result.findings if d.code == "site-chrome"]
    assert [d.severity.value for d in notes] == ["info", "info"]  # above and below
