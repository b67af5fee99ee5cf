"""``export --format jsonld``: one schema.org Person per record, valid terms, expands with pyld.

Expansion runs offline: a document loader serves the schema.org context from
tests/fixtures/schemaorg/ and refuses every other URL, so nothing is ever downloaded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLES
from pyld import jsonld
from warcs import BASE, sample_pages, write_warc

from extractor.batch.jsonld import CONTEXT, SCHEMA_ORG_TERMS, person
from extractor.cli.main import main

FIXTURES = ROOT / "tests" / "fixtures" / "schemaorg"
TERMS = json.loads((FIXTURES / "terms.json").read_text(encoding="utf-8"))
SCHEMA = "http://schema.org/"
CONTEXT_URLS = {"https://schema.org", "https://schema.org/", "http://schema.org", SCHEMA}


def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url not in CONTEXT_URLS:
        raise AssertionError(f"the test tried to load {url}: nothing may be downloaded")
    document = json.loads((FIXTURES / "context.jsonld").read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Samples as files plus the HTML samples from a crawl, so some records carry a URL."""
    work = tmp_path_factory.mktemp("jsonld")
    archive = work / "crawl.warc.gz"
    crawled = sample_pages(SAMPLES)[:3]
    archive.write_bytes(write_warc(crawled))
    text_pages = sorted(
        str(p)
        for p in SAMPLES.glob("*")
        if p.suffix in {".txt", ".md"} and BASE + p.stem not in {c.url for c in crawled}
    )
    out = work / "out"
    args = ["ingest", "-q", "--no-review", "-j", "1", "--out", str(out), str(archive)]
    assert main([*args, *text_pages]) == 0
    return out


@pytest.fixture(scope="module")
def exported(folder: Path) -> dict[str, Any]:
    target = folder / "leaders.jsonld"
    assert main(["export", str(folder), "--format", "jsonld", "--to", str(target)]) == 0
    data: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return data


def record_files(folder: Path) -> list[dict[str, Any]]:
    return [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((folder / "records").glob("*.json"))
    ]


def test_one_person_per_record(folder: Path, exported: dict[str, Any]) -> None:
    records = record_files(folder)
    assert exported["@context"] == CONTEXT
    assert [n["@type"] for n in exported["@graph"]] == ["Person"] * len(records)
    assert [n["identifier"] for n in exported["@graph"]] == [r["id"] for r in records]
    assert exported["@graph"] == [person(r) for r in records]


def test_fields_map_to_the_record(folder: Path, exported: dict[str, Any]) -> None:
    by_id = {n["identifier"]: n for n in exported["@graph"]}
    urls = 0
    for record in record_files(folder):
        node = by_id[record["id"]]
        assert node["name"] == record["name"]
        assert node.get("jobTitle") == record["role"]
        assert node.get("worksFor", {}).get("name") == record["company"]
        assert node.get("description") == record["bio"]
        assert node.get("knowsAbout", []) == record["themes"]
        assert node.get("url") == record["source"].get("url")
        urls += "url" in node
    assert urls == 3 and by_id["amara-okafor"]["url"] == BASE + "amara-okafor"


def _nodes(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value, *(n for v in value.values() for n in _nodes(v))]
    if isinstance(value, list):
        return [n for v in value for n in _nodes(v)]
    return []


def _is_a(kind: str, wanted: list[str]) -> bool:
    while kind:
        if kind in wanted:
            return True
        kind = TERMS["types"][kind]
    return False


def test_only_schema_org_terms_where_schema_org_allows_them(exported: dict[str, Any]) -> None:
    assert set(TERMS["types"]) - {"Thing"} | set(TERMS["properties"]) == SCHEMA_ORG_TERMS
    for node in _nodes(exported["@graph"]):
        kind = node["@type"]
        assert kind in TERMS["types"]
        for key, value in node.items():
            if key == "@type":
                continue
            assert key in TERMS["properties"], f"{key} is not in the checked-in term list"
            spec = TERMS["properties"][key]
            assert _is_a(kind, spec["domain"]), f"{key} is not a property of {kind}"
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict):
                    assert _is_a(item["@type"], spec["range"]), f"{key}: {item['@type']}"
                else:
                    assert isinstance(item, str) and item
                    assert {"Text", "URL"} & set(spec["range"]), f"{key} takes no text"


def test_expands_with_pyld(exported: dict[str, Any]) -> None:
    expanded = jsonld.expand(exported, {"documentLoader": offline_loader})
    people = [n for n in expanded if n.get("@type") == [SCHEMA + "Person"]]
    assert len(people) == len(exported["@graph"]) == len(expanded)
    for compact, full in zip(exported["@graph"], people, strict=True):
        # Expansion drops what it cannot map: every property must survive it.
        assert {k.removeprefix(SCHEMA) for k in full if k != "@type"} == set(compact) - {"@type"}
        assert full[SCHEMA + "name"] == [{"@value": compact["name"]}]
        if "url" in compact:
            assert full[SCHEMA + "url"] == [{"@id": compact["url"]}]
        if "worksFor" in compact:
            [employer] = full[SCHEMA + "worksFor"]
            assert employer["@type"] == [SCHEMA + "Organization"]


def test_the_loader_refuses_the_network() -> None:
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand(
            {"@context": "https://example.org/ctx", "name": "x"},
            {"documentLoader": offline_loader},
        )
