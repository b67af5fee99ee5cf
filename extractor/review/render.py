"""Write the review page: one self-contained file that stays small and quick at any run size.

The page carries data, not markup: a compact index (one short row per input) that the browser
lists in a virtual scroller, and every record with its source lines as JSON, deflated in chunks
of :data:`CHUNK` inputs and base64-encoded. The browser inflates only the chunk of the record an
editor opens (``DecompressionStream``), so 50,000 inputs open as fast as 50. Page text only ever
reaches the document through ``textContent`` and attribute setters (never ``innerHTML``), and a
Content-Security-Policy allows nothing but the page's own script and style.

Written in one pass with bounded memory: records go to a temporary file as they are compressed,
the index is kept (it is small), and the two are joined at the end, replacing any old page.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import re
import tempfile
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path
from typing import IO, Any

import orjson

from extractor import __version__
from extractor.base.atomic import replaced
from extractor.base.jsontext import compact, has_float
from extractor.correct.corrections import CorrectionSet
from extractor.review.collect import STATUS_RANK, Item

CHUNK = 32  # inputs per deflated chunk: one chunk is inflated when a record opens
_LEVEL = 3  # of zlib: 2.4x faster than 6 for 15% more bytes on review data
_TEMPLATE = "review.html"
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_STYLE = re.compile(r"<style>(.*?)</style>", re.S)


def _template() -> str:
    """The page's template, a file of this package (read by path: ``importlib.resources``
    loaded zipfile and more for every ingest run, and the package is never run from a zip)."""
    return (Path(__file__).parent / "templates" / _TEMPLATE).read_text("utf-8")


def _csp(template: str) -> str:
    """Only this page's own script and style run: hashes of exactly those two elements."""

    def digest(pattern: re.Pattern[str]) -> str:
        match = pattern.search(template)
        assert match, "the review template lost its script or style"
        raw = hashlib.sha256(match.group(1).encode("utf-8")).digest()
        return "'sha256-" + _base64(raw) + "'"

    return (
        f"default-src 'none'; script-src {digest(_SCRIPT)}; style-src {digest(_STYLE)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _base64(data: bytes) -> str:
    """``base64.b64encode(data)`` as text, from ``binascii`` (built in) as that module does."""
    return binascii.b2a_base64(data, newline=False).decode("ascii")


def data_json(value: Any) -> str:
    """JSON safe inside a ``<script type="application/json">``: no ``<``, ``>`` or ``&`` in it."""
    return _script_safe(compact(value))


def _script_safe(text: str) -> str:
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _rows_json(rows: list[list[Any]]) -> str:
    """``data_json(rows)`` for the index rows, which hold strings and integers alone (see
    :func:`_row`): orjson writes them as the standard library does, without the walk looking
    for a float (~5 ms at 2,000 inputs); anything it refuses (a lone surrogate, a subclass)
    takes :func:`data_json`."""
    try:
        text = orjson.dumps(rows, default=_refuse, option=orjson.OPT_PASSTHROUGH_SUBCLASS)
    except TypeError:
        return data_json(rows)
    return _script_safe(text.decode("utf-8"))


def _refuse(value: Any) -> Any:
    raise TypeError(type(value).__name__)


def _payload(item: Item) -> dict[str, Any]:
    """What the browser needs to show (and edit) one input."""
    data: dict[str, Any] = {"k": item.key, "p": item.path, "s": item.status.value}
    if item.record is not None:
        data["r"] = item.record
    if item.findings:
        data["f"] = item.findings
    if item.reason:
        data["why"] = item.reason
    if item.source:
        data["src"] = [item.source[0][0], [text for _, text in item.source]]
    guess = item.guess()
    if guess:
        data["g"] = guess
    if item.url:
        data["url"] = item.url
    return data


def _prepared_json(item: Item, prepared: list[Any]) -> bytes:
    """The payload of an item the worker prepared (``batch.sources.shown``): its key, path and
    status, then the rest as the worker wrote it (UTF-8, copied as it is: never decoded). The
    status (a word) needs no escaping."""
    head = f'{{"k":{_string(item.key)},"p":{_string(item.path)},"s":"{item.status.value}",'
    rest: bytes = prepared[0]
    return head.encode("utf-8") + rest + b"}"


def _string(value: str) -> str:
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:  # a lone surrogate
        return json.dumps(value, ensure_ascii=False)


def _payload_json(item: Item) -> str | bytes:
    """``compact(_payload(item))`` (as UTF-8 for an item the worker prepared). The source lines
    (most of its strings) are known to be strings and a record read as plain needs no search
    for floats either: when the rest holds none, orjson writes the whole payload in one call."""
    if item.prepared is not None:
        return _prepared_json(item, item.prepared)
    payload = _payload(item)
    if item.plain and not has_float([v for k, v in payload.items() if k not in _KNOWN]):
        try:
            return orjson.dumps(payload).decode("utf-8")
        except TypeError:  # a lone surrogate in a source line: written field by field below
            pass
    parts = [
        f'"{name}":{_source_json(value) if name == "src" else compact(value)}'
        for name, value in payload.items()
    ]
    return "{" + ",".join(parts) + "}"


_KNOWN = frozenset({"r", "src"})  # a plain record; the source lines and their first number


def _source_json(value: list[Any]) -> str:
    """``compact([first, lines])`` for a payload's ``src``: an int and a list of strings."""
    first, lines = value
    try:
        text = orjson.dumps(lines).decode("utf-8")
    except TypeError:  # a lone surrogate: the standard library writes it (as json.dumps would)
        text = json.dumps(lines, ensure_ascii=False, separators=(",", ":"))
    return f"[{first},{text}]"


def _row(item: Item) -> list[Any]:
    """The index row: key, path, status, shown name, company, error/warning/note counts, and
    whether the record has a name (from the worker's prepared entry when there is one)."""
    if item.prepared is not None:
        _, name, company, errors, warnings, infos = item.prepared
    else:
        record = item.record or {}
        name = record.get("name") if isinstance(record.get("name"), str) else None
        company = record.get("company") if isinstance(record.get("company"), str) else ""
        found = Counter(f.get("severity") for f in item.findings) if item.findings else {}
        errors, warnings, infos = (found.get(s, 0) for s in ("error", "warning", "info"))
    shown = name or Path(item.path).name
    return [
        item.key,
        item.path,
        item.status.value,
        shown,
        company or "",
        errors,
        warnings,
        infos,
        1 if name else 0,
    ]


@dataclass
class _Chunks:
    """Deflated, base64-encoded chunks of records, spooled to a temporary file."""

    spool: IO[str]
    pending: list[bytes] = field(default_factory=list)  # payloads as compact JSON, UTF-8
    count: int = 0

    def add(self, payload: str | bytes) -> None:
        self.pending.append(payload if isinstance(payload, bytes) else payload.encode())
        if len(self.pending) == CHUNK:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        raw = b"[" + b",".join(self.pending) + b"]"
        packer = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)  # raw deflate: "deflate-raw"
        packed = _base64(packer.compress(raw) + packer.flush())
        self.spool.write(f'<script type="application/octet-stream" id="c{self.count}">')
        self.spool.write(packed + "</script>\n")
        self.count += 1
        self.pending = []


def write_page(
    items: Iterable[Item], handle: IO[str], corrections: CorrectionSet | None = None
) -> int:
    """Write the page for ``items`` (in order) to ``handle``; returns how many inputs it holds."""
    template = _template()
    head, rest = template.split("<!--DATA-->")
    script, tail = rest.split("<!--CHUNKS-->")
    rows: list[list[Any]] = []
    counts: Counter[str] = Counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        chunks = _Chunks(spool)
        for item in items:
            rows.append(_row(item))
            counts[item.status.value] += 1
            chunks.add(_payload_json(item))
        chunks.flush()
        meta = {
            "version": __version__,
            "chunk": CHUNK,
            "counts": {s.value: counts.get(s.value, 0) for s in STATUS_RANK},
            "rank": {s.value: r for s, r in STATUS_RANK.items()},
            "corrections": [c.to_json() for c in (corrections.all() if corrections else [])],
        }
        handle.write(head.replace("{{CSP}}", _csp(template)).replace("{{VERSION}}", __version__))
        handle.write(f'<script type="application/json" id="meta">{data_json(meta)}</script>\n')
        handle.write(f'<script type="application/json" id="rows">{_rows_json(rows)}</script>')
        handle.write(script)  # before the records: the index is listed while they load
        spool.seek(0)
        while block := spool.read(1 << 20):
            handle.write(block)
    handle.write(tail)
    return len(rows)


def render(items: list[Item], corrections: CorrectionSet | None = None) -> str:
    out = StringIO()
    write_page(items, out, corrections)
    return out.getvalue()


def write_review(
    items: Iterable[Item], target: Path, corrections: CorrectionSet | None = None
) -> int:
    """Write the page atomically: a reader never sees half a page, and an old page is replaced
    (a pipe or device, ``--out /dev/stdout``, is written into instead: never renamed over)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with replaced(target) as handle:
        return write_page(items, handle, corrections)
