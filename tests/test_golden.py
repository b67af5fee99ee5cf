"""Every sample's whole record (with provenance) against its golden file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLDEN, ROOT, relative, sample_paths

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_json


def golden_for(sample: Path) -> Path:
    return GOLDEN / f"{sample.name}.json"


def render(sample: Path) -> str:
    result = parse_bytes(sample.read_bytes(), relative(sample))
    return record_json(result.record, result.provenance)


@pytest.mark.parametrize("sample", sample_paths(), ids=lambda p: p.name)
def test_sample_matches_golden(sample: Path, update_golden: bool) -> None:
    actual = render(sample)
    golden = golden_for(sample)
    if update_golden:
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file for {sample.name}; run pytest --update-golden"
    assert json.loads(actual) == json.loads(golden.read_text(encoding="utf-8"))
    assert actual == golden.read_text(encoding="utf-8"), "same content, different bytes"


def test_every_golden_has_a_sample() -> None:
    samples = {p.name for p in sample_paths()}
    orphans = [g.name for g in GOLDEN.glob("*.json") if g.name.removesuffix(".json") not in samples]
    assert not orphans, f"golden files without a sample: {orphans}"


def test_there_are_enough_samples() -> None:
    formats = {json.loads(render(p))["source"]["format"] for p in sample_paths()}
    assert len(sample_paths()) >= 12
    assert {"text", "markdown"} <= formats


def test_example_page_gives_the_six_themes() -> None:
    example = ROOT / "samples" / "gustav-soderstrom.txt"
    record = json.loads(render(example))
    assert record["themes"] == [
        "curation to recommendation to generation era",
        "fault-tolerant user interfaces for AI",
        "product magic tricks for virality",
        "AI DJ as generative product innovation",
        "internal podcasting for culture building",
        "generative AI impact on music industry",
    ]
    assert [d["code"] for d in record["diagnostics"]] == ["themes-segmented"]


TWINS = {
    "gustav-soderstrom.html": "gustav-soderstrom.txt",
    "amara-okafor.html": "amara-okafor.txt",
    "siobhan-oneill.html": "siobhan-oneill.txt",
    "priya-raman.html": "priya-raman.md",
    "kwame-asante.html": "kwame-asante.txt",
    "li-wei.html": "li-wei.txt",
    "elena-petrova.html": "elena-petrova.txt",
}
PAGE_ONLY = ("source", "diagnostics", "provenance")


def content(sample: Path) -> dict[str, object]:
    record = json.loads(render(sample))
    return {k: v for k, v in record.items() if k not in PAGE_ONLY}


@pytest.mark.parametrize(("html", "twin"), sorted(TWINS.items()))
def test_html_and_its_text_twin_give_the_same_record(html: str, twin: str) -> None:
    assert content(ROOT / "samples" / html) == content(ROOT / "samples" / twin)


def test_html_samples_are_full_documents() -> None:
    pages = sorted((ROOT / "samples").glob("*.html"))
    assert len(pages) >= 8
    for page in pages:
        data = page.read_bytes()
        assert 20_000 <= len(data) <= 200_000, page.name
        for part in (b"<head", b"<script", b"<nav", b"<footer"):
            assert part in data, (page.name, part)
