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
import sys
from pathlib import Path

import pytest

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))  # bench.sitegen, whatever the runner's cwd
CONVERTED = HERE / "converted"
GOLDEN = HERE.parent / "golden"
IGNORED_FIELDS = frozenset({"source", "diagnostics", "provenance"})

ALL = "*"
_TEXT_CONVERTERS = (
    "chromium-innertext",
    "chromium-selection",
    "html-text",
    "inscriptis",
    "lynx",
    "links",
    "lynx-refs",
    "pandoc-plain",
    "w3m",
)
_BARS_ONLY = "the page shows its scores only as bars (aria-valuenow); no converter writes them"
_HIDDEN_HEADLINE = (
    "the page hides its headline with CSS and states it only in JSON-LD, which converters drop"
)
_GLUED_CHIPS = (
    "the page puts its theme chips with no white space between them; the converter glues "
    "the words ('erafault-tolerant'), so no boundary is left to find"
)
_SPLIT_WORDS = "the converter puts a space after <b> inside a word ('Pe**tr** ova'): words changed"
_SMART_QUOTES = (
    "pandoc's Markdown writer turns typographic apostrophes and quotes into ASCII ones "
    "(O’Neill → O'Neill), for its own smart-punctuation reader to restore; others read them as is"
)
_EMPTY = "the converter gives no text at all for this page (its deep nesting)"
_UNCLOSED_ITEMS = (
    "the whole page leaves its <li> unclosed (valid HTML); markdownify's html.parser does not "
    "close them, nests each item in the one before and writes them on one line "
    "('a wish* Safety is ...'): the list's item boundaries are rewritten as text"
)
_TRAFILATURA = (
    "trafilatura keeps what it judges to be the main text: drops quotes, headings and chips "
    "as boilerplate, differently per page"
)

# (converter, sample) -> why the converter's output cannot give the record (ALL = every one).
SKIPS: dict[tuple[str, str], str] = {
    **{(c, "kwame-asante"): _BARS_ONLY for c in (*_TEXT_CONVERTERS, ALL)},
    (ALL, "nadia-haddad"): _HIDDEN_HEADLINE,
    **{(c, "gustav-soderstrom"): _GLUED_CHIPS for c in _TEXT_CONVERTERS},
    **{(c, "elena-petrova"): _SPLIT_WORDS for c in ("html2text", "html-text", "w3m")},
    ("pandoc-markdown", "siobhan-oneill"): _SMART_QUOTES,
    ("html-text", "li-wei"): _EMPTY,
    ("inscriptis", "li-wei"): _EMPTY,
    ("trafilatura", ALL): _TRAFILATURA,
    ("trafilatura-md", ALL): _TRAFILATURA,
}

# The same, for the whole page only (the profile-only page is written by lxml, tags closed).
WHOLE_PAGE_SKIPS: dict[tuple[str, str], str] = {
    (c, s): _UNCLOSED_ITEMS
    for c in ("markdownify", "markdownify-setext")
    for s in ("li-wei", "siobhan-oneill")
}

# Pairs the readers do not get right yet: expected failures, counted as failures, listed so
# that fixing one shows as XPASS.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def conformance_record_fields(record: dict[str, object]) -> dict[str, object]:
    """The fields two renderings of one page must agree on."""
    return {key: value for key, value in record.items() if key not in IGNORED_FIELDS}


def converted_pages() -> list[Path]:
    return sorted(p for p in CONVERTED.glob("*/*") if p.suffix in {".txt", ".md"})


def sample_of(page: Path) -> str:
    """``li-wei.profile.md`` and ``li-wei.txt`` both come from ``samples/li-wei.html``."""
    return page.name.split(".", 1)[0]


def _lookup(table: dict[tuple[str, str], str], page: Path) -> str | None:
    converter, sample = page.parent.name, sample_of(page)
    keys = ((converter, sample), (converter, ALL), (ALL, sample))
    return next((table[key] for key in keys if key in table), None)


def _skip_reason(page: Path) -> str | None:
    whole_page = ".profile." not in page.name
    return _lookup(SKIPS, page) or (_lookup(WHOLE_PAGE_SKIPS, page) if whole_page else None)


def _mark_known_gap(page: Path, request: pytest.FixtureRequest) -> None:
    gap = _lookup(KNOWN_GAPS, page)
    if gap:
        request.applymarker(pytest.mark.xfail(reason=gap, strict=False))


def _expected(page: Path) -> dict[str, object]:
    golden = GOLDEN / f"{sample_of(page)}.html.json"
    return conformance_record_fields(json.loads(golden.read_text(encoding="utf-8")))


def _actual(data: bytes, name: str) -> dict[str, object]:
    result = parse_bytes(data, name)
    return conformance_record_fields(json.loads(json.dumps(record_dict(result.record))))


@pytest.mark.parametrize("page", converted_pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_converted_page_gives_the_original_record(
    page: Path, request: pytest.FixtureRequest
) -> None:
    reason = _skip_reason(page)
    if reason:
        pytest.skip(reason)
    _mark_known_gap(page, request)
    name = f"tests/conformance/converted/{page.parent.name}/{page.name}"
    assert _actual(page.read_bytes(), name) == _expected(page)


@pytest.mark.parametrize(
    "page",
    [p for p in converted_pages() if p.suffix == ".md"],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_markdown_saved_as_txt_is_read_as_markdown(
    page: Path, request: pytest.FixtureRequest
) -> None:
    """People save a converter's Markdown as ``.txt``: the format comes from the content."""
    reason = _skip_reason(page)
    if reason:
        pytest.skip(reason)
    _mark_known_gap(page, request)
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


LIVE = ("html2text", "markdownify")


@pytest.mark.parametrize("converter", LIVE)
@pytest.mark.parametrize(
    "sample",
    sorted((HERE.parent.parent / "samples").glob("*.html")),
    ids=lambda p: p.stem,
)
def test_live_python_converter_gives_the_original_record(converter: str, sample: Path) -> None:
    """The installed version of each pure-Python converter, run now (fixtures can age)."""
    pytest.importorskip(converter)
    from generate import CONVERTERS, convert_sample

    convert, extension, _ = CONVERTERS[converter]
    page = Path(f"{converter}/{sample.stem}.profile.{extension}")
    reason = _skip_reason(page)
    if reason:
        pytest.skip(reason)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(20_000)  # markdownify recurses once per nesting level, as generate.py
    try:
        text = convert_sample(convert, sample, bare=True)
    finally:
        sys.setrecursionlimit(limit)
    assert _actual(text.encode("utf-8"), f"live.{extension}") == _expected(page)


def _designs() -> list[tuple[Path, str]]:
    from bench.sitegen import DESIGNS

    text_samples = sorted(
        p for p in (HERE.parent.parent / "samples").glob("*") if p.suffix in {".txt", ".md"}
    )
    return [(sample, design) for sample in text_samples for design in DESIGNS]


@pytest.mark.parametrize("converter", LIVE)
@pytest.mark.parametrize(("sample", "design"), _designs(), ids=lambda v: getattr(v, "name", v))
def test_text_samples_in_every_site_design_through_live_converters(
    converter: str, sample: Path, design: str
) -> None:
    """Held-out shapes: each text sample's record rendered in each generator design, converted.

    Where the HTML reader itself does not give the record back from a design, the pair says
    nothing about the converter and is skipped.
    """
    pytest.importorskip(converter)
    from generate import CONVERTERS, profile_only

    from bench.sitegen import DESIGNS, Options
    from extractor.pipeline import parse_file

    record = record_dict(parse_file(str(sample)).record)
    expected = conformance_record_fields(json.loads(json.dumps(record)))
    html = profile_only(DESIGNS[design](record, Options(filler_kb=1, nav_links=3)))
    if _actual(html.encode("utf-8"), "page.html") != expected:
        pytest.skip("the HTML reader does not give this record back from this design")
    convert, extension, _ = CONVERTERS[converter]
    text = convert(html, Path("page.html"))
    assert _actual(text.encode("utf-8"), f"page.{extension}") == expected
