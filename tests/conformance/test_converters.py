"""Every HTML sample, turned into text or Markdown by a real converter, gives the original record.

The converted pages are fixtures made by ``generate.py`` (see its docstring to add a converter).
A converted page must parse to exactly the record of the HTML it came from (its golden file),
all fields compared except ``source`` (path, format, hash differ by construction) and
``diagnostics`` (findings about the page's shape may differ; the data may not).

``SKIPS`` lists the pairs where the converter itself drops or rewrites content, so no reader
could get the record back. Each has its reason; they are reported as skips, not counted as passes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.export import record_dict
from extractor.pipeline import parse_bytes

HERE = Path(__file__).resolve().parent
CONVERTED = HERE / "converted"
GOLDEN = HERE.parent / "golden"
IGNORED_FIELDS = frozenset({"source", "diagnostics", "provenance"})

# (converter, sample stem) -> why the converter's output cannot give the record; "*" = every sample.
SKIPS: dict[tuple[str, str], str] = {}


def conformance_record_fields(record: dict[str, object]) -> dict[str, object]:
    """The fields two renderings of one page must agree on."""
    return {key: value for key, value in record.items() if key not in IGNORED_FIELDS}


def converted_pages() -> list[Path]:
    return sorted(p for p in CONVERTED.glob("*/*") if p.suffix in {".txt", ".md"})


def sample_of(page: Path) -> str:
    """``li-wei.profile.md`` and ``li-wei.txt`` both come from ``samples/li-wei.html``."""
    return page.name.split(".", 1)[0]


def _skip_reason(page: Path) -> str | None:
    converter, sample = page.parent.name, sample_of(page)
    return SKIPS.get((converter, sample)) or SKIPS.get((converter, "*"))


def _expected(page: Path) -> dict[str, object]:
    golden = GOLDEN / f"{sample_of(page)}.html.json"
    return conformance_record_fields(json.loads(golden.read_text(encoding="utf-8")))


def _actual(data: bytes, name: str) -> dict[str, object]:
    result = parse_bytes(data, name)
    return conformance_record_fields(json.loads(json.dumps(record_dict(result.record))))


@pytest.mark.parametrize("page", converted_pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_converted_page_gives_the_original_record(page: Path) -> None:
    reason = _skip_reason(page)
    if reason:
        pytest.skip(reason)
    name = f"tests/conformance/converted/{page.parent.name}/{page.name}"
    assert _actual(page.read_bytes(), name) == _expected(page)


@pytest.mark.parametrize(
    "page",
    [p for p in converted_pages() if p.suffix == ".md"],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_markdown_saved_as_txt_is_read_as_markdown(page: Path) -> None:
    """People save a converter's Markdown as ``.txt``: the format comes from the content."""
    reason = _skip_reason(page)
    if reason:
        pytest.skip(reason)
    name = f"tests/conformance/converted/{page.parent.name}/{page.with_suffix('.txt').name}"
    assert _actual(page.read_bytes(), name) == _expected(page)


def test_every_converter_covers_every_html_sample() -> None:
    samples = {p.stem for p in (HERE.parent.parent / "samples").glob("*.html")}
    folders = [d for d in CONVERTED.iterdir() if d.is_dir()]
    assert len(folders) >= 10
    for folder in folders:
        assert {p.name for p in folder.iterdir()} == {
            f"{sample}{variant}.{extension}"
            for sample in samples
            for variant in ("", ".profile")
            for extension in {p.suffix[1:] for p in folder.iterdir()}
        }, folder.name
