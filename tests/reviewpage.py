"""Read a review page's data back as its script does: meta, index rows, records inflated."""

from __future__ import annotations

import base64
import json
import re
import zlib
from typing import Any

from extractor.review.render import CHUNK


def page_data(page: str) -> tuple[dict[str, Any], list[list[Any]], list[dict[str, Any]]]:
    def block(element_id: str) -> str:
        match = re.search(f'<script type="[^"]+" id="{element_id}">(.*?)</script>', page, re.S)
        assert match, element_id
        return match.group(1)

    meta, rows = json.loads(block("meta")), json.loads(block("rows"))
    payloads: list[dict[str, Any]] = []
    for n in range((len(rows) + CHUNK - 1) // CHUNK):
        raw = zlib.decompress(base64.b64decode(block(f"c{n}")), -15)
        payloads.extend(json.loads(raw))
    return meta, rows, payloads
