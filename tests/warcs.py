"""Small WARC files for tests, written with warcio from the samples (nothing is checked in)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BASE = "https://leaders.example/people/"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@dataclass(frozen=True)
class Page:
    url: str
    body: bytes
    content_type: str | None = "text/html; charset=utf-8"
    status: str = "200 OK"
    headers: tuple[tuple[str, str], ...] = ()


def sample_pages(samples: Path) -> list[Page]:
    """Every HTML sample, served from ``BASE + stem`` (no extension: the header says HTML)."""
    return [Page(BASE + p.stem, p.read_bytes()) for p in sorted(samples.glob("*.html"))]


def write_warc(pages: list[Page], *, gzip: bool = True, noise: bool = True) -> bytes:
    """A crawl as wget or Browsertrix writes it: warcinfo, then request/response pairs.

    ``noise`` adds what real crawls hold besides pages: an image, a stylesheet, a redirect, a
    404, a 503 and a revisit, each of which must be counted and not parsed.
    """
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "tests"}))
    extra = _noise() if noise else []
    for page in [*pages[:1], *extra, *pages[1:]]:
        _write_exchange(writer, page)
    if noise:
        revisit = writer.create_revisit_record(
            pages[0].url,
            digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            refers_to_uri=pages[0].url,
            refers_to_date="2026-01-01T00:00:00Z",
            http_headers=StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            ),
        )
        writer.write_record(revisit)
    return buffer.getvalue()


def _noise() -> list[Page]:
    return [
        Page(BASE + "logo.png", PNG, "image/png"),
        Page(BASE + "site.css", b"body { color: black }", "text/css"),
        Page(BASE + "old-profile", b"", "text/html", "301 Moved Permanently"),
        Page(
            BASE + "missing", b"<html><body>Not found</body></html>", "text/html", "404 Not Found"
        ),
        Page(BASE + "busy", b"<html><body>Try later</body></html>", "text/html", "503 Unavailable"),
    ]


def _write_exchange(writer: WARCWriter, page: Page) -> None:
    request = StatusAndHeaders(
        "GET / HTTP/1.1", [("Host", "leaders.example")], is_http_request=True
    )
    writer.write_record(
        writer.create_warc_record(
            page.url, "request", payload=io.BytesIO(b""), http_headers=request
        )
    )
    headers = [("Content-Length", str(len(page.body))), *page.headers]
    if page.content_type is not None:
        headers.append(("Content-Type", page.content_type))
    if page.status.startswith("3"):
        headers.append(("Location", BASE + "elsewhere"))
    http = StatusAndHeaders(page.status, headers, protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            page.url, "response", payload=io.BytesIO(page.body), http_headers=http
        )
    )
