"""Hostile and broken input: encodings, limits, binary, entity attacks, markup, pathological size."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

import pytest
from conftest import ROOT, sample_paths
from jsonschema import Draft202012Validator

from extractor.base.config import Config
from extractor.base.errors import Refusal
from extractor.check.checks import Subject, text_hygiene
from extractor.cli.main import main
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

SCHEMA = Draft202012Validator(
    json.loads((ROOT / "schemas" / "leader-record.schema.json").read_text(encoding="utf-8"))
)
# Latin-1-safe page, so that every encoding of the matrix can carry it.
LATIN_PAGE = """Mateo García Núñez

Director de Producto at Café Señor

Mateo García Núñez dirige el producto en Café Señor, con equipos en Zürich y São Paulo.

Dimension Profile

Strategic Vision 80%
Execution & Craft 75%

Key Themes

Diseño · Crecimiento · Über-simple onboarding

Notable Quotes

"El café es el producto; la app es la taza."
- On product focus
"""
LATIN_HTML = """<!DOCTYPE html><html><head><title>Mateo</title></head><body>
<h1>Mateo García Núñez</h1><p>Director de Producto at Café Señor</p>
<p>Mateo García Núñez dirige el producto en Café Señor, con equipos en Zürich y São Paulo.</p>
<h2>Dimension Profile</h2><ul><li>Strategic Vision 80%</li><li>Execution &amp; Craft 75%</li></ul>
<h2>Key Themes</h2><ul><li>Diseño</li><li>Crecimiento</li><li>Über-simple onboarding</li></ul>
<h2>Notable Quotes</h2><blockquote><p>"El café es el producto; la app es la taza."</p>
<footer>- On product focus</footer></blockquote></body></html>
"""
ENCODINGS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-bom": lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
    "utf-16-le-bom": lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
    "utf-16-be-bom": lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
    "windows-1252": lambda s: s.encode("cp1252"),
    "latin-1": lambda s: s.encode("latin-1"),
}


def content(data: bytes, name: str) -> dict[str, object]:
    record = record_dict(parse_bytes(data, name).record)
    del record["source"]
    return record


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
@pytest.mark.parametrize(("page", "name"), [(LATIN_PAGE, "p.txt"), (LATIN_HTML, "p.html")])
def test_encoding_matrix_gives_the_utf8_record(encoding: str, page: str, name: str) -> None:
    """Every encoding gives the UTF-8 record; a legacy one without a declared charset says its
    encoding was guessed (a note at the first line that is not ASCII), and nothing else."""
    expected = content(page.encode("utf-8"), name)
    assert expected["name"] == "Mateo García Núñez"
    found = content(ENCODINGS[encoding](page), name)
    findings: list[dict[str, object]] = found["diagnostics"]  # type: ignore[assignment]
    notes = [d for d in findings if d["code"] == "encoding-guessed"]
    legacy = encoding in ("windows-1252", "latin-1")
    first_accented = next(n for n, line in enumerate(page.split("\n"), 1) if not line.isascii())
    assert [d["line"] for d in notes] == ([first_accented] if legacy else [])
    found["diagnostics"] = [d for d in findings if d not in notes]
    assert found == expected


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"%PDF-1.4\n", "PDF document"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"GIF89a\x01\x00", "GIF image"),
        (bytes(range(256)) * 8, "control bytes"),
    ],
)
def test_binary_is_refused_by_sniffing(data: bytes, what: str) -> None:
    with pytest.raises(Refusal) as refusal:
        parse_bytes(data, "x.html")
    assert refusal.value.code == "binary"


def test_over_size_file_is_refused_quickly_without_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2 * 1024**3)
    started = time.perf_counter()
    assert main(["parse", str(big)]) == 2
    assert time.perf_counter() - started < 2
    assert "too-large" in capsys.readouterr().err


def test_xml_entity_attacks_are_not_expanded() -> None:
    xxe = b"""<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">
    <!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
    <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
    <html><body><h1>Ada Stone</h1><p>CEO at Example</p><p>Bio &xxe; and &d; here.</p>
    <h2>Key Themes</h2><ul><li>Hiring</li></ul><h2>Episode Summary</h2><p>Talk.</p></body></html>"""
    record = parse_bytes(xxe, "x.html").record
    text = json.dumps(record_dict(record))
    assert "root:" not in text
    assert "aaaaaaaaaaaaaaaaaaaa" not in text


HOSTILE_HTML = b"""<!DOCTYPE html><html><head><script>steal()</script></head><body>
<h1>Ada <script>alert('x')</script>Stone<!-- secret comment --></h1>
<p onmouseover="evil()">CEO at <a href="javascript:alert(1)">Example</a></p>
<p>Bio <img src=x onerror="alert(2)">with an image<iframe src="https://evil.example"></iframe>.</p>
<h2>Key Themes</h2><ul><li><a href="javascript:void(0)">Hiring</a></li><li>Pricing<style>*{}</style></li></ul>
<h2>Notable Quotes</h2><blockquote><p>"Ship <b>it</b>."<svg onload="x()"><text>svg</text></svg></p></blockquote>
<h2>Episode Summary</h2><p>A talk <object data="x.swf">about</object> things.</p></body></html>"""


def test_hostile_html_yields_plain_text() -> None:
    record = record_dict(parse_bytes(HOSTILE_HTML, "evil.html").record)
    assert record["name"] == "Ada Stone"
    assert record["themes"] == ["Hiring", "Pricing"]
    text = json.dumps(record)
    for bad in (
        "<script",
        "alert",
        "onerror",
        "javascript:",
        "<!--",
        "secret comment",
        "onload",
        "<",
    ):
        assert bad not in text, bad


def test_markup_in_a_text_page_stays_text_and_the_gate_flags_it() -> None:
    page = (
        b"Ada Stone\n\nCEO at Example\n\nBio <script>alert(1)</script> and <!-- x -->.\n\n"
        b"Key Themes\n\nHiring\n\nEpisode Summary\n\nA talk.\n"
    )
    result = parse_bytes(page, "p.txt")
    assert result.record.bio == "Bio <script>alert(1)</script> and <!-- x -->."
    assert "markup-remnant" in {d.code for d in result.findings}
    hits = list(text_hygiene(Subject(record_dict(result.record)), Config()))
    assert [h[0] for h in hits] == ["markup-remnant"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "one 2 MB line of spaces",
            b"Ada Stone\n\nDimension Profile\n\nA" + b" " * 2_000_000 + b"B 95%\n",
        ),
        (
            "a 100k-word theme line",
            b"Ada Stone\n\nKey Themes\n\n" + b"word " * 100_000 + b"\n\nEpisode Summary\n\nx\n",
        ),
        (
            "300k unclosed tags",
            b"Ada Stone\n\nKey Themes\n\nx\n\nEpisode Summary\n\n" + b"<a " * 300_000,
        ),
        (
            "200k nested divs",
            b"<h1>Ada Stone</h1><h2>Key Themes</h2><p>x</p><h2>Summary</h2>" + b"<div>" * 200_000,
        ),
        (
            "a million quote marks",
            b"Ada Stone\n\nKey Themes\n\nx\n\nNotable Quotes\n\n" + b'"' * 1_000_000,
        ),
        (
            "Markdown: 200k unclosed comments",
            b"# Ada Stone\n\n## Key Themes\n\n" + b"<!--" * 200_000,
        ),
        (
            "Markdown: 300k unmatched emphasis markers",
            b"# Ada Stone\n\n## Key Themes\n\n" + b"_a *b " * 150_000,
        ),
        (
            "Markdown: a 100k-line paragraph",
            b"# Ada Stone\n\n## Episode Summary\n\n" + b"word word word word\n" * 100_000,
        ),
        (
            "text: 100k lines hard-wrapped at 75 columns",
            b"Ada Stone\n\nEpisode Summary\n\n" + (b"word " * 15 + b"\n") * 100_000,
        ),
        (
            "a headline of 100k dots (dot leaders searched from the end)",
            b"Ada Stone\n\nChief Risk Officer at Duna Pay " + b"." * 100_000 + b"x\n\n"
            b"Key Themes\n\nrisk, payments\n",
        ),
        (
            "deeply nested JSON-LD",
            b'<script type="application/ld+json">' + b"[" * 100_000 + b"</script><h1>A B</h1>",
        ),
    ],
)
def test_pathological_input_finishes_quickly(name: str, data: bytes) -> None:
    # CPU time of this process: parsing never waits, and on a loaded shared machine wall time
    # failed these bounds while the CPU cost was a fraction of them.
    started = time.process_time()
    with contextlib.suppress(Refusal):
        path = "x.md" if name.startswith("Markdown") else "x.txt"
        parse_bytes(data, "x.html" if data.startswith(b"<") else path)
    assert time.process_time() - started < 10, name


def _inside_sample(name: str, filler: str) -> bytes:
    """``filler`` put into a real sample right after its name, so every stage runs on it."""
    page = (ROOT / "samples" / name).read_text(encoding="utf-8")
    at = page.index("</h1>") + len("</h1>") if name.endswith(".html") else page.index("\n\n")
    return (page[:at] + filler + page[at:]).encode("utf-8")


# Pages of about 1 MB whose cost once grew with the square of a block's size (the open block was
# re-joined on every text node): each must cost at most about a second per megabyte. The bound is
# generous (shared, noisy machines); quadratic behaviour takes a minute here.
@pytest.mark.parametrize(
    ("name", "host", "filler"),
    [
        (
            "40k inline pairs in one <p>",
            "gustav-soderstrom.html",
            "<p>" + "<span>word</span> <em>more</em> " * 40_000 + "</p>",
        ),
        ("40k paragraphs", "gustav-soderstrom.html", "<p>a short paragraph of text</p>\n" * 40_000),
        (
            "30k divs of chips",
            "gustav-soderstrom.html",
            "<div><span>x</span><span>y</span></div>\n" * 30_000,
        ),
        ("one 1.2 MB line in a <p>", "gustav-soderstrom.html", "<p>" + "word " * 250_000 + "</p>"),
        ("one 1 MB text line", "gustav-soderstrom.txt", "\n\n" + "word " * 200_000),
        ("50k short text lines", "gustav-soderstrom.txt", "\n\n" + "a line of words\n" * 60_000),
    ],
)
def test_cost_grows_linearly_with_size(name: str, host: str, filler: str) -> None:
    data = _inside_sample(host, filler)
    started = time.process_time()  # CPU time, as above: the machine's load is not the page's cost
    with contextlib.suppress(Refusal):
        parse_bytes(data, host)
    seconds = time.process_time() - started
    assert seconds < 5 * max(1.0, len(data) / 1_000_000), (name, seconds)


@pytest.mark.parametrize("sample", sample_paths(), ids=lambda p: p.name)
def test_truncated_at_every_section_boundary(sample: Path) -> None:
    data = sample.read_bytes()
    titles = (
        b"Dimension Profile",
        b"Key Themes",
        b"Episode Summary",
        b"Leadership Principles",
        b"Notable Quotes",
    )
    cuts = sorted({i for t in titles for i in _find_all(data, t)} | {len(data) // 2})
    for cut in cuts:
        for piece in (data[:cut], data[cut:]):
            try:
                record = record_dict(parse_bytes(piece, sample.name).record)
            except Refusal:
                continue
            assert not list(SCHEMA.iter_errors(record))


def _find_all(data: bytes, needle: bytes) -> list[int]:
    found, start = [], data.find(needle)
    while start >= 0:
        found.append(start)
        start = data.find(needle, start + 1)
    return found
