"""Record ids: the leader's name as a lowercase ASCII slug.

``Gustav Söderström`` → ``gustav-soderstrom``, ``Siobhán O'Neill`` → ``siobhan-oneill``.

Ids name output files, so they must be safe as file names everywhere.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from extractor.base.patterns import compiled

# What an id looks like (the schema's pattern for ``id``): lowercase ASCII words joined by '-'.
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

# Letters that NFKD does not decompose into a base letter plus accents.
_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "TH",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
    }
)
_APOSTROPHES = compiled(r"['’ʼ`´]")
_NON_ALNUM = compiled(r"[^a-z0-9]+")


HASHED_PREFIX = "leader-"  # how an id made from a hash starts


def latin_slug(name: str) -> str:
    """The ASCII slug of ``name``'s Latin letters and digits; "" when it has none."""
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", _APOSTROPHES.sub("", ascii_only).lower()).strip("-")


# A page's name is slugified twice (its record's id, then the rule that checks the id against
# the name): the second time is answered from this small table.
@lru_cache(maxsize=64)
def slugify(name: str) -> str:
    """ASCII slug of ``name``; a name with no Latin letters gets a stable hash-based id.

    A hash, not a transliteration: a transliteration table changes between versions of any
    library that has one, and an id must never change under a published record.
    """
    slug = latin_slug(name)
    if slug:
        return slug
    import hashlib  # rare: a name without Latin letters

    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    return f"{HASHED_PREFIX}{digest}"
