"""Structured data a page carries besides its visible text: JSON-LD and framework data blobs.

Only a handful of fields are taken (name, headline, company, bio, dimensions, themes); they serve
to cross-check the visible page and to fill a field it lacks, always with a warning.
"""

from __future__ import annotations

import json

from lxml import etree

from extractor.base.textnorm import clean

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Any

_MAX_BLOB_CHARS = 2_000_000
_MAX_NODES = 50_000
_BLOB_IDS = ("__NEXT_DATA__", "__NUXT_DATA__", "__APOLLO_STATE__")


def collect_all_structured(root: etree._Element) -> list[tuple[dict[str, object], str]]:
    """Every usable structured-data source, in page order.

    A page can describe several people (a news site's author, then the profile's subject);
    the caller picks the one the visible page is about.
    """
    found: list[tuple[dict[str, object], str]] = []
    for script in root.iter("script"):
        # A page's scripts are mostly code, often long: its text is read (a copy out of the
        # tree) only from a script that can hold data.
        json_ld = (script.get("type") or "").lower() == "application/ld+json"
        if not json_ld and script.get("id") not in _BLOB_IDS:
            continue
        text = script.text or ""
        if not text or text.isspace() or len(text) > _MAX_BLOB_CHARS:
            continue
        if json_ld:
            fields = _from_json_ld(_load(text))
            if fields:
                found.append((fields, "JSON-LD"))
        else:
            fields = _from_blob(_load(text))
            if fields:
                found.append((fields, f"<script id={script.get('id')}>"))
    return found


def _load(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _nodes(data: Any) -> list[dict[str, Any]]:
    """Every JSON object in ``data``, breadth-first, bounded (no recursion on hostile depth)."""
    found: list[dict[str, Any]] = []
    queue: list[Any] = [data]
    while queue and len(found) < _MAX_NODES:
        node = queue.pop(0)
        if isinstance(node, dict):
            found.append(node)
            queue.extend(node.values())
        elif isinstance(node, list):
            queue.extend(node)
    return found


def _from_json_ld(data: Any) -> dict[str, object]:
    for node in _nodes(data):
        types = node.get("@type")
        if types == "Person" or (isinstance(types, list) and "Person" in types):
            return _fields(
                name=node.get("name"),
                role=node.get("jobTitle"),
                company=_name_of(node.get("worksFor")),
                bio=node.get("description"),
            )
    return {}


def _from_blob(data: Any) -> dict[str, object]:
    """A framework blob: the first object that has a name and leader-page fields."""
    for node in _nodes(data):
        if isinstance(node.get("name"), str) and (
            "dimensions" in node or "themes" in node or "headline" in node
        ):
            fields = _fields(
                name=node.get("name"),
                headline=node.get("headline") or node.get("jobTitle"),
                company=_name_of(node.get("company") or node.get("worksFor")),
                bio=node.get("bio") or node.get("description"),
            )
            dimensions = _dimensions(node.get("dimensions"))
            if dimensions:
                fields["dimensions"] = dimensions
            themes = node.get("themes")
            if isinstance(themes, list) and all(isinstance(t, str) for t in themes):
                fields["themes"] = [clean(t) for t in themes if clean(t)]
            return fields
    return {}


def _fields(**values: Any) -> dict[str, object]:
    return {
        key: clean(value)
        for key, value in values.items()
        if isinstance(value, str) and clean(value)
    }


def _name_of(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("name")
    if isinstance(value, list) and value:
        return _name_of(value[0])
    return value


def _dimensions(value: Any) -> list[dict[str, object]]:
    if not isinstance(value, list):
        return []
    found: list[dict[str, object]] = []
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            score = item.get("score", item.get("value"))
            if isinstance(score, int | float) and not isinstance(score, bool) and 0 <= score <= 100:
                found.append({"name": clean(item["name"]), "score": round(score)})
    return found


def canonical_link(root: etree._Element) -> str | None:
    """The page's own address: ``<link rel=canonical href>``, else ``<meta property=og:url>``.

    Returned as written (maybe relative); the pipeline resolves and vets it.
    """
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and (link.get("href") or "").strip():
            return str(link.get("href")).strip()
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:url":
            content = (meta.get("content") or "").strip()
            if content:
                return content
    return None
