"""schema.org JSON-LD: one ``Person`` per record, as search engines and knowledge graphs read it.

Only plain schema.org terms are used (``SCHEMA_ORG_TERMS``), each where schema.org allows it:
``jobTitle``, ``worksFor`` and ``knowsAbout`` are properties of ``Person``; ``name``,
``description``, ``url`` and ``identifier`` of every ``Thing``. A field the record lacks is left
out rather than written as null, which JSON-LD would read as "no value" anyway.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

CONTEXT = "https://schema.org"
SCHEMA_ORG_TERMS = frozenset(
    {
        "Person",
        "Organization",
        "name",
        "identifier",
        "jobTitle",
        "worksFor",
        "description",
        "knowsAbout",
        "url",
    }
)


def person(record: dict[str, Any]) -> dict[str, Any]:
    """A record as a schema.org Person (compact form, for ``@context: https://schema.org``)."""
    node: dict[str, Any] = {"@type": "Person", "identifier": record["id"], "name": record["name"]}
    if record.get("role"):
        node["jobTitle"] = record["role"]
    if record.get("company"):
        node["worksFor"] = {"@type": "Organization", "name": record["company"]}
    if record.get("bio"):
        node["description"] = record["bio"]
    if record.get("themes"):
        node["knowsAbout"] = list(record["themes"])
    url = (record.get("source") or {}).get("url")
    if url:
        node["url"] = url
    return node


def write_jsonld(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON-LD document: the schema.org context and a ``@graph`` of Persons, streamed."""
    count = 0
    out.write('{\n  "@context": ' + json.dumps(CONTEXT) + ',\n  "@graph": [')
    for record in records:
        text = json.dumps(person(record), ensure_ascii=False, indent=2)
        out.write(("," if count else "") + "\n    " + text.replace("\n", "\n    "))
        count += 1
    out.write("\n  ]\n}\n")
    return count
