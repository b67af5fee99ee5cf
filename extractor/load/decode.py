"""Read bytes → refuse what is not text → decode.

Everything that can go wrong before parsing is decided here, so a reader only ever sees text.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys

from extractor.base.config import DEFAULT_MAX_BYTES
from extractor.base.errors import Refusal
from extractor.base.mojibake import looks_misdecoded
from extractor.base.patterns import compiled
from extractor.base.values import Value

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import BinaryIO, Final

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a ZIP archive (or office document)",
    b"\x7fELF": "an executable",
    b"BZh": "bzip2-compressed data",
    b"\xfd7zXZ": "xz-compressed data",
    b"RIFF": "a RIFF media file",
    b"OggS": "an Ogg media file",
    b"SQLite format 3": "an SQLite database",
}

_MAGIC_STARTS = tuple(_MAGIC)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BOM_STARTS = tuple(bom for bom, _ in _BOMS)
# Control characters that never occur in text (tab, LF, FF, CR and ESC excepted).
# Counted with ``bytes.translate`` (deleting them): a tenth of the time of a regex scan.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])


# Crawl archives hold many pages: ``extractor.load.warc`` reads them, never ``decode``.
ARCHIVE_SUFFIXES = (".warc", ".warc.gz")


def is_archive(path: str) -> bool:
    """A WARC by its name (``.warc``, ``.warc.gz``): how crawlers name what they write."""
    return path.lower().endswith(ARCHIVE_SUFFIXES)


class Decoded(Value):
    """A page's text and the encoding it was read with (a plain class: see
    :mod:`extractor.base.values`)."""

    __slots__ = ("encoding", "guessed", "text")
    text: Final[str]
    encoding: Final[str]
    # Read from the bytes' evidence alone (no BOM, not UTF-8, no charset declared): a guess,
    # which the parse reports, so a wrong one is looked for rather than published unseen.
    guessed: Final[bool]

    def __init__(self, text: str, encoding: str, guessed: bool = False) -> None:
        self.text = text
        self.encoding = encoding
        self.guessed = guessed


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file (or ``-`` for stdin), refusing over-size input before reading it all."""
    if path == "-":
        return _read_limited(sys.stdin.buffer, max_bytes, "<stdin>")
    quick = _read_whole_file(path, max_bytes)
    if quick is not None:
        return quick
    from pathlib import Path  # the careful way only: not a regular file, or not readable whole

    file = Path(path)
    try:
        info = file.stat()
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise Refusal("not-a-file", f"{path} is a directory")
        if not stat.S_ISREG(info.st_mode):  # opening a FIFO would wait for a writer, forever
            raise Refusal("not-a-file", f"{path} is not a regular file (a FIFO, socket or device)")
        if size > max_bytes:
            raise Refusal("too-large", _too_large(size, max_bytes))
        with file.open("rb") as handle:
            return _read_limited(handle, max_bytes, path, size)
    except FileNotFoundError:
        if file.is_symlink():
            raise Refusal("unreadable", f"{path} is a broken symbolic link") from None
        raise Refusal("unreadable", f"no such file: {path}") from None
    except PermissionError:
        raise Refusal("unreadable", f"permission denied: {path}") from None
    except IsADirectoryError:
        raise Refusal("not-a-file", f"{path} is a directory") from None
    except OSError as exc:
        raise Refusal("unreadable", f"cannot read {path}: {exc.strerror or exc}") from None


def _read_whole_file(path: str, max_bytes: int) -> bytes | None:
    """The common case in four system calls (open, fstat, read, close) rather than a dozen:
    a regular file within the limit, read whole. Anything else (not a regular file, over the
    limit, resized since its ``fstat`` or read short, unreadable) gives ``None``, and
    :func:`read_bytes` goes the careful way, which refuses it with its reason. Opened without
    blocking, so a FIFO cannot hang here either (a batch run reads every page through this)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and info.st_size <= max_bytes:
            data = os.read(fd, info.st_size + 1)
            if len(data) == info.st_size:  # the whole file; shorter or longer: look again
                return data
    except OSError:
        pass
    finally:
        os.close(fd)
    return None


_CHUNK = 1 << 16


def _read_limited(
    handle: BinaryIO, max_bytes: int, name: str, expected: int | None = None
) -> bytes:
    """At most ``max_bytes``, else a refusal. Read in the size ``expected`` (a file's size
    from its stat) and then in chunks: ``read(max_bytes + 1)`` would allocate the whole limit
    (10 MB) for every page, which cost a batch run more than a millisecond a page."""
    wanted = min(max_bytes, expected if expected is not None else _CHUNK) + 1
    first = handle.read(wanted)
    if len(first) < wanted:  # a buffered read comes back short only at the end
        return first
    parts, size = [first], len(first)
    while size <= max_bytes and parts[-1]:
        parts.append(handle.read(min(_CHUNK, max_bytes + 1 - size)))
        size += len(parts[-1])
    if size > max_bytes:
        raise Refusal("too-large", _too_large(None, max_bytes))
    return b"".join(parts)


def _too_large(size: int | None, max_bytes: int) -> str:
    have = f"{size:,} bytes" if size is not None else "more than that"
    return f"input is too large ({have}; the limit is {max_bytes:,} bytes, see --max-bytes)"


def decode(data: bytes, *, html: bool = False, charset: str | None = None) -> Decoded:
    """Decode bytes to text, refusing binary data.

    Order of evidence: a BOM, then strict UTF-8 (text that is not UTF-8 almost never
    decodes as UTF-8 by accident), then the transport's charset (``charset``: an HTTP
    ``Content-Type`` parameter, as a crawl archive keeps it), then (for HTML) a charset the
    page declares, then windows-1252 (what undeclared Western pages almost always use, and a
    superset of latin-1's printable range, so curly quotes never come out as mojibake) unless
    its result is not text in any Latin-script language (see :mod:`extractor.base.mojibake`):
    then charset-normalizer's detector, which tells cp1251 from Shift-JIS from GBK by the
    bytes' statistics. The transport's word ranks above the page's, as in the HTML standard;
    valid UTF-8 ranks above both because servers that label every page ISO-8859-1 by default
    are common.
    """
    if not data.strip():
        raise Refusal("empty", "input is empty (or only white space)")
    if data.startswith(_BOM_STARTS):
        for bom, encoding in _BOMS:
            if data.startswith(bom):
                return _decode_as(data[len(bom) :], encoding)
    _refuse_binary(data)
    guess = _utf16_without_bom(data)
    if guess:
        return _decode_as(data, guess)
    if b"\x00" in data:
        raise Refusal("binary", "input is binary data (it contains NUL bytes), not a text page")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass  # valid UTF-8 wins over any declaration: misdeclared UTF-8 is the common case
    declarations = [_canonical_charset(charset)] if charset else []
    if html:
        declarations.append(_declared_charset(data))
    for declared in declarations:
        if declared and declared != "utf-8":
            try:
                return Decoded(data.decode(declared), declared)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common; fall through to the evidence of the bytes
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return Decoded(mostly, "utf-8", guessed=True)
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and not looks_misdecoded(western):
        return Decoded(western, "cp1252", guessed=True)
    detected = _detected(data)
    if detected is not None:
        return detected
    if western is not None:
        return Decoded(western, "cp1252", guessed=True)
    return Decoded(data.decode("latin-1"), "latin-1", guessed=True)


DAMAGED = "\ufffd"  # REPLACEMENT CHARACTER: where a byte sequence was not UTF-8
_DAMAGED_RUN = compiled(DAMAGED + "+")
# UTF-8 characters beyond ASCII per damaged stretch, at least, for the page to be read as UTF-8.
_UTF8_PER_DAMAGE = 2
_UTF8_LEAST = 3


def _mostly_utf8(data: bytes) -> str | None:
    """The text of bytes that are UTF-8 but for a few stretches, each stretch as U+FFFD; None
    when the bytes are not mostly UTF-8.

    A page in windows-1252 or another single-byte encoding almost never holds a valid UTF-8
    sequence beyond ASCII (its accented letters stand alone, followed by ASCII), so many valid
    ones, and few stretches that are not, mean UTF-8 written with some characters spoiled (a
    converter's own bytes for what it cannot write, a page pasted together). Read as
    windows-1252 instead, every accented letter of the page would turn to mojibake ("Ã©").
    Each stretch is one U+FFFD, however many bytes it had.
    The caller reports the damaged lines (see the pipeline's ``encoding-damaged``).
    """
    text = data.decode("utf-8", "replace")
    ascii_chars = len(text.encode("ascii", "ignore"))
    valid = len(text) - ascii_chars - text.count(DAMAGED)
    # one mark per stretch, however many bytes it had
    marked, stretches = _DAMAGED_RUN.subn(DAMAGED, text)
    if valid < _UTF8_LEAST or valid < _UTF8_PER_DAMAGE * stretches:
        return None
    return marked


def _detected(data: bytes) -> Decoded | None:
    """The encoding charset-normalizer finds most plausible, when it finds a clean one."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262_144]).best()
    if best is None or not best.encoding:
        return None
    try:
        encoding = codecs.lookup(best.encoding).name
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    return None if looks_misdecoded(text) else Decoded(text, encoding, guessed=True)


def _decode_as(data: bytes, encoding: str) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise Refusal(
            "bad-encoding", f"input is not valid {encoding} despite its byte order mark"
        ) from None
    if not text.strip():
        raise Refusal("empty", "input is empty (or only white space)")
    return Decoded(text, encoding)


def _refuse_binary(data: bytes) -> None:
    if data.startswith(_MAGIC_STARTS):  # one test for all of them: most pages start otherwise
        for magic, what in _MAGIC.items():
            if data.startswith(magic):
                raise Refusal("binary", f"input is {what}, not a text page")
    head = data[:4096]
    if _utf16_without_bom(head):
        return
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(head) // 100):
        raise Refusal("binary", "input is binary data (many control bytes), not a text page")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII text."""
    head = data[:4096]
    if len(head) < 8 or b"\x00" not in head:
        return None  # no NUL byte: neither half can be mostly NULs (most pages: one scan)
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.9 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.9 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    """The encoding a ``<meta charset>``/http-equiv or XML declaration names, via bs4's detector."""
    from bs4.dammit import EncodingDetector

    name = EncodingDetector.find_declared_encoding(data[:8192], is_html=True)
    return _canonical_charset(name) if name else None


def _canonical_charset(name: str) -> str | None:
    """Python's name for a charset label, or None for a label no codec knows."""
    try:
        canonical = codecs.lookup(name).name
    except (LookupError, ValueError):
        return None
    # The HTML standard maps latin-1 and ascii declarations to windows-1252.
    if canonical in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return canonical
