"""Normalisation applied to every string that reaches a record.

Records are compared byte for byte, so two inputs that differ only in invisible white space
(NBSP from a browser copy, tabs, CRLF) must give the same strings.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from extractor.base.patterns import compiled

# Invisible characters that carry no text: a zero-width space, a BOM, a soft hyphen (where
# Word or an ``&shy;`` says a word may break), a word joiner.
INVISIBLE = "\u200b\ufeff\u00ad\u2060"
_INVISIBLE = compiled(f"[{INVISIBLE}]")


def clean(text: str) -> str:
    """NFC, invisible characters removed, white space runs folded to one space, ends stripped.

    ``str.split()`` splits on exactly the Unicode white space we fold (NBSP, thin spaces, tabs),
    and is several times faster than a regex on this, the hottest function of the parser.
    """
    if not text.isascii():
        text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.split())


_COMBINING = compiled("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOT_WORD = compiled(r"[^\w%]+")


_CACHED_MAX_CHARS = 64


def fold_key(text: str) -> str:
    """A comparison key: case-folded, accents removed, punctuation reduced to spaces.

    Used to recognise section titles and chrome however they are capitalised or decorated.
    Short keys are cached (the same headings and labels recur on every page of a batch);
    long texts are not, so a worker's memory stays flat however many pages it reads.
    """
    return _fold_short(text) if len(text) <= _CACHED_MAX_CHARS else _fold(text)


@lru_cache(maxsize=8192)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _NOT_WORD.sub(" ", text.casefold()).strip()
