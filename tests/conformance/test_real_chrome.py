"""Every sample leader inside every real site's chrome must give the sample's own record.

Each real page of ``../shared/corpora/real-pages`` keeps its head, menus, banners, sidebars and
footer; its main content is replaced by the sample's (HTML samples), or its chrome is copied as
text above and below the sample's text (text and Markdown samples): see ``embed.py``. The record
must equal the sample's golden file, ``source`` and ``diagnostics`` (and provenance) aside.

To add a site design, drop a page into the corpus; to add a leader, add a sample and its golden.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPORA, GOLDEN, SAMPLES
from embed import embed_html, embed_text

from extractor.base.errors import Refusal
from extractor.load.decode import decode
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

REAL_PAGES = CORPORA / "real-pages"
PAGE_ONLY = ("source", "diagnostics", "provenance")

needs_corpus = pytest.mark.skipif(not REAL_PAGES.is_dir(), reason="../shared/corpora is not here")


def real_pages() -> list[Path]:
    return sorted(REAL_PAGES.glob("*.html")) if REAL_PAGES.is_dir() else []


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))


def content(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in PAGE_ONLY}


def golden_content(sample: Path) -> dict[str, Any]:
    golden: dict[str, Any] = json.loads((GOLDEN / f"{sample.name}.json").read_text("utf-8"))
    return content(golden)


def embedded(page: Path, sample: Path) -> tuple[bytes, str]:
    """The sample inside the page's chrome, and the file name that gives its format."""
    if sample.suffix == ".html":
        return embed_html(page.read_bytes(), sample.read_bytes()), f"{page.stem}.html"
    text = decode(sample.read_bytes()).text
    return embed_text(page.read_bytes(), text).encode("utf-8"), f"{page.stem}{sample.suffix}"


@needs_corpus
@pytest.mark.parametrize("page", real_pages(), ids=lambda p: p.stem)
@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.name)
def test_sample_inside_real_chrome_gives_its_own_record(sample: Path, page: Path) -> None:
    data, name = embedded(page, sample)
    result = parse_bytes(data, name)
    assert content(record_dict(result.record)) == golden_content(sample)


@needs_corpus
@pytest.mark.parametrize("sample", samples()[:3], ids=lambda p: p.name)
def test_chrome_is_noted_with_its_lines_and_kept_out_of_fields(sample: Path) -> None:
    page = REAL_PAGES / "spreeblick.com.habeck.html"  # menus above, comments and sidebar below
    data, name = embedded(page, sample)
    result = parse_bytes(data, name)
    notes = [d for d in result.findings if d.code == "site-chrome"]
    assert notes, "chrome around the profile must be reported"
    assert all(d.severity.value == "info" and d.line is not None for d in notes)
    ranges = [v for k, v in result.provenance.items() if k.startswith("site_chrome[")]
    assert len(ranges) == len(notes)
    fields = {k for k in result.provenance if not k.startswith("site_chrome[")}
    for start, end in ranges:
        for field in fields:
            first, last = result.provenance[field]
            assert last < start or first > end, (field, (first, last), (start, end))


@needs_corpus
@pytest.mark.parametrize("page", real_pages(), ids=lambda p: p.stem)
def test_real_page_alone_is_refused_in_one_line(page: Path) -> None:
    with pytest.raises(Refusal) as refusal:
        parse_bytes(page.read_bytes(), page.name)
    assert refusal.value.code == "not-a-leader-page"
    assert "\n" not in str(refusal.value)
