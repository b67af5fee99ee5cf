"""Normalisation applied to every string that reaches a record.

Records are compared byte for byte, so two inputs that differ only in invisible white space
(NBSP from a browser copy, tabs, CRLF) must give the same strings.
"""

from __future__ import annotations

import re
import unicodedata

# Every Unicode space separator plus tab/line breaks: a browser copy brings NBSP (U+00A0),
# narrow NBSP (U+202F) and friends, which must fold like an ordinary space.
_SPACE_RUN = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
# Invisible characters that carry no text: zero-width space and a stray BOM mid-text.
_INVISIBLE = re.compile(r"[\u200b\ufeff]")


def clean(text: str) -> str:
    """NFC, invisible characters removed, white space runs folded to one space, ends stripped."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACE_RUN.sub(" ", text).strip()


def fold_key(text: str) -> str:
    """A comparison key: case-folded, accents removed, punctuation reduced to spaces.

    Used to recognise section titles and chrome however they are capitalised or decorated.
    """
    decomposed = unicodedata.normalize("NFKD", clean(text))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w%]+", " ", bare.casefold()).split())
