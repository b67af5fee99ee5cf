"""Crawl archives in: a WARC made from the samples ingests to the sample records, plus their URL.

Every archive here is written by warcio from the samples at test time: gzipped per record, plain,
one gzip stream, truncated, with garbage between records, and with a non-UTF-8 charset header.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from conftest import SAMPLES
from reviewpage import page_data
from warcs import BASE, Page, sample_pages, write_warc

from extractor.base.urls import web_url
from extractor.cli.main import main
from extractor.load.warc import read_member, scan_archive
from extractor.pipeline import parse_bytes, parse_file
from extractor.record.serialize import record_dict

PAGES = sample_pages(SAMPLES)
NOISE_COUNTS = {"not_html": 2, "redirects": 1, "errors": 2, "revisits": 1, "superseded": 0}


def records(out: Path) -> dict[str, dict[str, object]]:
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((out / "records").glob("*.json"))
    }


def summary(out: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    result = data["summary"]
    assert isinstance(result, dict)
    return result


def entries(out: Path) -> dict[str, dict[str, object]]:
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {e["path"]: e for e in data["inputs"]}


def without_place(record: dict[str, object]) -> dict[str, object]:
    """A record minus where its bytes came from (path, url): what must match across sources."""
    source = dict(record["source"])  # type: ignore[call-overload]
    source.pop("path")
    source.pop("url", None)
    return {**record, "source": source}


def ingest(*args: str) -> int:
    return main(["ingest", "-q", "--no-review", "--jobs", "1", *args])


@pytest.fixture(scope="module")
def from_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    out = tmp_path_factory.mktemp("files")
    assert ingest("--out", str(out), *(str(p) for p in sorted(SAMPLES.glob("*.html")))) == 0
    return records(out)


@pytest.mark.parametrize("packing", ["gzip-per-record", "plain", "one-gzip-stream"])
def test_a_warc_of_the_samples_ingests_to_the_sample_records(
    packing: str, tmp_path: Path, from_files: dict[str, dict[str, object]]
) -> None:
    data = write_warc(PAGES, gzip=packing == "gzip-per-record")
    if packing == "one-gzip-stream":
        data = gzip.compress(data)
    name = "crawl.warc" if packing == "plain" else "crawl.warc.gz"
    archive = tmp_path / name
    archive.write_bytes(data)
    out = tmp_path / "out"
    assert ingest("--out", str(out), str(archive)) == 0

    got = records(out)
    assert sorted(got) == sorted(from_files)
    for record_id, record in got.items():
        assert without_place(record) == without_place(from_files[record_id])
        url = BASE + record_id
        assert record["source"] == {**from_files[record_id]["source"], "path": url, "url": url}  # type: ignore[dict-item]
    counts = summary(out)["archives"][str(archive)]  # type: ignore[index]
    assert counts["pages"] == len(PAGES)
    assert counts["damaged"] == 0
    assert {k: counts[k] for k in NOISE_COUNTS} == NOISE_COUNTS


def test_jobs_do_not_change_the_output(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(write_warc(PAGES))
    one, two = tmp_path / "one", tmp_path / "two"
    assert ingest("--out", str(one), str(archive)) == 0
    assert main(["ingest", "-q", "--no-review", "-j", "2", "--out", str(two), str(archive)]) == 0
    for name in ("leaders.jsonl", *(f"records/{r}.json" for r in records(one))):
        assert (one / name).read_bytes() == (two / name).read_bytes()


def test_a_second_run_skips_unchanged_archive_pages(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(write_warc(PAGES))
    out = tmp_path / "out"
    assert ingest("--out", str(out), str(archive)) == 0
    assert ingest("--out", str(out), str(archive)) == 0
    assert summary(out)["skipped"] == len(PAGES)


def test_a_truncated_record_is_refused_and_the_rest_still_run(tmp_path: Path) -> None:
    data = write_warc(PAGES[:3], gzip=False, noise=False)
    last = data.rfind(PAGES[2].body[:200])
    archive = tmp_path / "cut.warc"
    archive.write_bytes(data[: last + 1000])
    out = tmp_path / "out"
    assert ingest("--out", str(out), str(archive)) == 1

    assert sorted(records(out)) == sorted(p.url.removeprefix(BASE) for p in PAGES[:2])
    entry = entries(out)[PAGES[2].url]
    assert entry["status"] == "refused"
    [finding] = entry["findings"]  # type: ignore[misc]
    assert finding["code"] == "input-refused"
    assert "bad-archive" in finding["message"] and "truncated" in finding["message"]


@pytest.mark.parametrize("keep", ["most-of-the-payload", "20-bytes-of-the-member"])
def test_a_gzip_member_cut_short_is_refused_and_the_rest_still_run(
    tmp_path: Path, keep: str
) -> None:
    """Cut inside the payload, the record is read short; cut just after the gzip header, it
    vanishes from warcio's view and is reported at its offset. Either way: one refusal, named."""
    data = write_warc(PAGES[:3], noise=False)
    archive = tmp_path / "cut.warc.gz"
    archive.write_bytes(data)
    last = scan_archive(str(archive)).members[PAGES[2].url].offset
    archive.write_bytes(data[:-500] if keep == "most-of-the-payload" else data[: last + 20])
    out = tmp_path / "out"
    assert ingest("--out", str(out), str(archive)) == 1

    assert len(records(out)) == 2
    refused = [(p, e) for p, e in entries(out).items() if e["status"] == "refused"]
    assert len(refused) == 1
    path, entry = refused[0]
    assert path in {PAGES[2].url} or path.startswith(f"{archive}@")
    assert "truncated" in entry["findings"][0]["message"]  # type: ignore[index]
    assert summary(out)["archives"][str(archive)]["damaged"] == 1  # type: ignore[index]


def test_a_whole_file_gzip_archive_is_decompressed_once_not_once_per_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A gzip stream cannot seek: opening it afresh for each page decompressed everything before
    that page again (800 pages: 96 s). Read in scan order, it is opened once; read in another
    order, each page is still exactly the page the scan found."""
    archive = tmp_path / "one-stream.warc.gz"
    archive.write_bytes(gzip.compress(write_warc(PAGES, gzip=False)))
    members = list(scan_archive(str(archive)).members.values())
    assert len(members) == len(PAGES) and all(m.whole_gzip and m.length for m in members)
    opened: list[object] = []
    real_open = gzip.open
    monkeypatch.setattr(gzip, "open", lambda *a, **k: opened.append(a) or real_open(*a, **k))

    in_order = [read_member(m, 10_000_000) for m in members]
    assert len(opened) == 1
    backwards = [read_member(m, 10_000_000) for m in reversed(members)]
    assert backwards[::-1] == in_order
    assert in_order == [p.body for p in PAGES]


@pytest.mark.parametrize("gzipped", [True, False])
def test_garbage_between_records_costs_only_that_spot(tmp_path: Path, gzipped: bool) -> None:
    first = write_warc(PAGES[:2], gzip=gzipped, noise=False)
    rest = write_warc(PAGES[2:4], gzip=gzipped, noise=False)
    archive = tmp_path / ("mixed.warc.gz" if gzipped else "mixed.warc")
    archive.write_bytes(first + b"this is not a WARC record\r\n" * 3 + rest)
    out = tmp_path / "out"
    assert ingest("--out", str(out), str(archive)) == 1

    assert sorted(records(out)) == sorted(p.url.removeprefix(BASE) for p in PAGES[:4])
    damaged = [e for path, e in entries(out).items() if path.startswith(f"{archive}@")]
    assert len(damaged) == 1
    assert "unreadable WARC data" in damaged[0]["findings"][0]["message"]  # type: ignore[index]


def test_the_http_charset_decides_the_encoding(tmp_path: Path) -> None:
    """A KOI8-R page whose meta tag wrongly says UTF-8: the HTTP header is believed."""
    page = PAGES[0].body.decode("utf-8")
    bio = "Руководит инженерной организацией из 400 человек и любит простые системы."
    text = page.replace("where she cut release lead time", f"{bio} She cut release lead time")
    assert text != page
    body = text.encode("koi8-r", errors="xmlcharrefreplace")
    archive = tmp_path / "koi8.warc.gz"
    archive.write_bytes(
        write_warc([Page(PAGES[0].url, body, "text/html; charset=KOI8-R")], noise=False)
    )
    member = next(iter(scan_archive(str(archive)).members.values()))
    assert member.charset == "koi8-r"

    from_archive = parse_bytes(read_member(member, 10**7), member.key, "html", charset="koi8-r")
    from_utf8 = parse_bytes(text.encode("utf-8"), "page.html")
    assert from_archive.record.source.encoding == "koi8-r"
    assert bio in (from_archive.record.bio or "")
    assert from_archive.record.bio == from_utf8.record.bio
    # Without the header the same bytes are read as windows-1252: the header is what mattered.
    assert bio not in (parse_bytes(body, "page.html").record.bio or "")


def test_parse_picks_one_page_by_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(write_warc(PAGES))
    target = PAGES[1]
    assert main(["parse", "-q", str(archive), "--url", target.url]) == 0
    record = json.loads(capsys.readouterr().out)
    sample = SAMPLES / (target.url.removeprefix(BASE) + ".html")
    expected = record_dict(parse_file(str(sample)).record)
    assert without_place(record) == without_place(expected)
    assert record["source"]["url"] == target.url


def test_parse_explains_a_missing_url_and_a_missing_selector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(write_warc(PAGES))
    assert main(["parse", str(archive), "--url", BASE + "nobody"]) == 2
    err = capsys.readouterr().err
    assert "no HTML response for" in err and f"{len(PAGES)} HTML pages" in err
    assert main(["parse", str(archive)]) == 2
    assert "--url" in capsys.readouterr().err
    assert main(["parse", str(archive), "--url", BASE + "logo.png"]) == 2  # not HTML: not a page


def test_canonical_link_gives_the_url_of_a_loose_file() -> None:
    page = (SAMPLES / "amara-okafor.html").read_text(encoding="utf-8")
    canonical = "https://leaders.example/amara"
    with_link = page.replace("<head>", f'<head><link rel="canonical" href="{canonical}">', 1)
    assert with_link != page
    assert parse_bytes(with_link.encode(), "a.html").record.source.url == canonical
    og = page.replace("<head>", f'<head><meta property="og:url" content="{canonical}">', 1)
    assert parse_bytes(og.encode(), "a.html").record.source.url == canonical
    # The fetched address wins over the page's claim about itself.
    fetched = parse_bytes(with_link.encode(), "a.html", url="https://mirror.example/a")
    assert fetched.record.source.url == "https://mirror.example/a"
    hostile = page.replace("<head>", '<head><link rel="canonical" href="javascript:alert(1)">', 1)
    assert "url" not in parse_bytes(hostile.encode(), "a.html").record.model_dump()["source"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://a.example/x?y=1", "https://a.example/x?y=1"),
        ("  http://a.example/  ", "http://a.example/"),
        ("/relative/path", None),
        ("javascript:alert(1)", None),
        ("https://", None),
        ("https://a.example/has space", None),
        ("http://[::1", None),
        ("x" * 3000, None),
        (None, None),
    ],
)
def test_only_absolute_web_addresses_are_kept(value: object, expected: str | None) -> None:
    assert web_url(value) == expected
    assert web_url("/p", base="https://a.example/q") == "https://a.example/p"


def test_the_review_page_links_to_the_fetched_page(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(write_warc(PAGES[:2], noise=False))
    out = tmp_path / "out"
    assert main(["ingest", "-q", "-j", "1", "--out", str(out), str(archive)]) == 0
    _, _, payloads = page_data((out / "review.html").read_text(encoding="utf-8"))
    assert sorted(p["url"] for p in payloads) == sorted(t.url for t in PAGES[:2])


def test_the_review_page_never_links_a_hostile_url(tmp_path: Path) -> None:
    record = record_dict(parse_file(str(SAMPLES / "li-wei.txt")).record)
    record["source"]["url"] = "javascript:alert(1)"
    saved = tmp_path / "li-wei.json"
    saved.write_text(json.dumps(record), encoding="utf-8")
    target = tmp_path / "review.html"
    assert main(["review", "--out", str(target), str(saved)]) == 0
    _, rows, payloads = page_data(target.read_text(encoding="utf-8"))
    assert rows[0][3] == "Li Wei" and "url" not in payloads[0]  # the page links only http(s)


def test_a_url_captured_twice_is_taken_from_the_last_capture(tmp_path: Path) -> None:
    older = Page(PAGES[0].url, PAGES[1].body)
    archive = tmp_path / "recrawl.warc.gz"
    archive.write_bytes(write_warc([older, *PAGES[2:3], PAGES[0]], noise=False))
    scan = scan_archive(str(archive))
    assert scan.summary()["superseded"] == 1
    assert read_member(scan.members[PAGES[0].url], 10**7) == PAGES[0].body


@pytest.mark.parametrize("damaged_first", [True, False])
def test_a_damaged_capture_never_takes_the_place_of_one_that_reads(
    tmp_path: Path, damaged_first: bool
) -> None:
    """Two archives hold one URL, one of them cut short inside its record: the page is read
    from the whole one, whichever comes later."""
    data = write_warc(PAGES[:1], gzip=False, noise=False)
    cut = tmp_path / "b-cut.warc"  # after the whole one by name, however they are given
    cut.write_bytes(data[: data.rfind(PAGES[0].body[:200]) + 1000])
    whole = tmp_path / "a-whole.warc"
    whole.write_bytes(data)
    archives = [cut, whole] if damaged_first else [whole, cut]
    out = tmp_path / "out"
    assert ingest("--out", str(out), *map(str, archives)) == 0
    assert sorted(records(out)) == [PAGES[0].url.removeprefix(BASE)]
    assert entries(out)[PAGES[0].url]["status"] != "refused"


def test_http_compression_is_undone_and_untyped_responses_are_sniffed(tmp_path: Path) -> None:
    html = PAGES[0].body
    pages = [
        Page(BASE + "compressed", gzip.compress(html), headers=(("Content-Encoding", "gzip"),)),
        Page(BASE + "untyped-page", html, None),
        Page(BASE + "untyped-image", b"\x89PNG\r\n\x1a\n" + bytes(64), None),
    ]
    archive = tmp_path / "mixed.warc.gz"
    archive.write_bytes(write_warc(pages, noise=False))
    scan = scan_archive(str(archive))
    assert sorted(scan.members) == [BASE + "compressed", BASE + "untyped-page"]
    assert scan.summary()["not_html"] == 1
    for member in scan.members.values():
        assert read_member(member, 10**7) == html


def test_a_damaged_recrawl_unpublishes_nothing_it_could_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    crawl = tmp_path / "in" / "site.warc"
    crawl.parent.mkdir()
    crawl.write_bytes(write_warc(PAGES, gzip=False, noise=False))
    out = tmp_path / "out"
    assert ingest("--out", str(out), str(crawl.parent)) == 0
    every = sorted(records(out))
    data = write_warc(PAGES, gzip=False, noise=False)
    crawl.write_bytes(data[: data.find(PAGES[3].body[:200]) + 1000])  # cut inside page 4
    assert main(["ingest", "--no-review", "--out", str(out), str(crawl.parent)]) == 1
    assert "site.warc: damaged; nothing under" in capsys.readouterr().err
    assert sorted(records(out)) == every  # the pages after the cut may still be in the crawl
    assert summary(out)["removed"] == 0
    crawl.write_bytes(write_warc(PAGES[1:], gzip=False, noise=False))  # whole: a page is gone
    assert ingest("--out", str(out), str(crawl.parent)) == 0
    assert entries(out)[PAGES[0].url]["status"] == "removed"
    assert len(records(out)) == len(every) - 1


def test_validate_checks_each_page_of_an_archive_by_its_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not one page refused as "gzip-compressed data" or "binary data": the archive's pages,
    named by their URLs as ingest names them; damage is an error there, the rest checked."""
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(write_warc(PAGES))
    assert main(["validate", "--format", "json", str(archive)]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert findings and {f["file"] for f in findings} <= {p.url for p in PAGES}
    data = write_warc(PAGES[:3], gzip=False, noise=False)
    (tmp_path / "crawl.warc.gz").unlink()
    (tmp_path / "cut.warc").write_bytes(data[: data.rfind(PAGES[2].body[:200]) + 1000])
    assert main(["validate", str(tmp_path)]) == 1  # a folder: its archives are read too
    out = capsys.readouterr().out
    assert f"{PAGES[2].url}: error input-refused: " in out
    assert "2 record(s) checked" in out


def test_review_of_an_archive_shows_each_page_with_its_source(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(write_warc(PAGES[:2]))
    target = tmp_path / "review.html"
    assert main(["review", "--out", str(target), str(archive)]) == 0
    _, rows, payloads = page_data(target.read_text(encoding="utf-8"))
    assert [row[1] for row in rows] == sorted(p.url for p in PAGES[:2])  # not one refused file
    assert all(payload["src"] for payload in payloads)  # the lines each record came from
