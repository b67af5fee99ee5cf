"""The pipeline's plain-data record is exactly the pydantic model's, and the schema holds for it.

``parse`` builds its record as dicts and lists (``extractor/record/plain.py``) so that it never
imports pydantic; the model stays the definition and the source of the published schema. What
must hold, on every page we have and on generated ones:

- the plain record is what ``Record.model_validate(plain).model_dump(mode="json")`` gives, to
  the byte of its JSON, with and without provenance;
- :func:`is_exact` accepts it (so neither the model nor jsonschema is needed for it), and
  whatever :func:`is_exact` accepts, the published schema accepts and the model gives back
  unchanged (so the gate may skip jsonschema for such records).
"""

from __future__ import annotations

import copy
import importlib.util
import json
from types import ModuleType
from typing import Any

import pytest
from conftest import CORPORA, ROOT, relative, sample_paths
from hypothesis import given, settings, strategies as st
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from extractor.base.errors import Refusal
from extractor.base.jsontext import indented
from extractor.load.decode import decode
from extractor.parsing.draft import Draft
from extractor.pipeline import ParseResult, _record, parse_bytes
from extractor.record.model import Record
from extractor.record.plain import RECORD_KEYS, is_exact, source_data
from extractor.record.serialize import record_dict, record_json

SCHEMA = Draft202012Validator(
    json.loads((ROOT / "schemas" / "leader-record.schema.json").read_text(encoding="utf-8"))
)
DEV_PAGES = CORPORA / "leader-pages-dev" / "pages"
REAL_PAGES = CORPORA / "real-pages"
CONVERTED = ROOT / "tests" / "conformance" / "converted"
SHA = "0" * 64


def through_model(data: dict[str, Any]) -> dict[str, Any]:
    """What the pipeline gave before the plain record: the model's own dump of the same values."""
    dumped: dict[str, Any] = Record.model_validate(data).model_dump(
        mode="json", exclude={"provenance"}
    )
    return dumped


def problems(result: ParseResult) -> list[str]:
    """Every way this page's plain record differs from the model's (empty: none)."""
    data, provenance = result.data, result.provenance
    found = []
    if not is_exact(data):
        found.append("is_exact turns the pipeline's own record away")
    model = Record.model_validate(data)
    if through_model(data) != data:
        found.append("the model's dump differs")
    for spans in (None, provenance):
        text = record_json(data, spans)
        if record_json(model, spans) != text:
            found.append(f"the model's JSON differs (provenance: {spans is not None})")
        if indented(record_dict(data, spans)) + "\n" != text:
            found.append("orjson's JSON differs from the standard library's")
        full = record_dict(data, spans)
        errors = [e.message for e in SCHEMA.iter_errors(full)]
        if errors:
            found.append(f"the schema refuses it: {errors[:3]}")
        if not is_exact(full, provenance=True):
            found.append("is_exact turns it away with its provenance")
    if result.record.model_dump(mode="json", exclude={"provenance"}) != data:
        found.append("ParseResult.record is not the plain record")
    return found


def check_pages(pages: list[tuple[str, bytes]]) -> None:
    failures = []
    parsed = 0
    for name, data in pages:
        try:
            result = parse_bytes(data, name)
        except Refusal:
            continue
        parsed += 1
        failures.extend(f"{name}: {p}" for p in problems(result))
    assert parsed, "no page of this set gave a record"
    assert not failures, "\n".join(failures[:20])


def test_samples() -> None:
    check_pages([(relative(p), p.read_bytes()) for p in sample_paths()])


def test_converter_fixtures() -> None:
    pages = sorted(p for p in CONVERTED.rglob("*") if p.is_file() and p.suffix in {".txt", ".md"})
    assert len(pages) > 100
    check_pages([(p.name, p.read_bytes()) for p in pages])


@pytest.mark.skipif(not DEV_PAGES.is_dir(), reason="../shared/corpora is not here")
def test_dev_corpus() -> None:
    check_pages([(p.name, p.read_bytes()) for p in sorted(DEV_PAGES.iterdir())])


def _embed() -> ModuleType:
    spec = importlib.util.spec_from_file_location("embed", ROOT / "tests/conformance/embed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not REAL_PAGES.is_dir(), reason="../shared/corpora is not here")
def test_samples_inside_real_chrome() -> None:
    """Each real site's page around one sample (each sample inside two sites)."""
    embed = _embed()
    samples = sample_paths()
    pages = []
    for n, page in enumerate(sorted(REAL_PAGES.glob("*.html"))):
        sample = samples[n % len(samples)]
        if sample.suffix == ".html":
            data = embed.embed_html(page.read_bytes(), sample.read_bytes())
            pages.append((f"{page.stem}.html", data))
        else:
            text = embed.embed_text(page.read_bytes(), decode(sample.read_bytes()).text)
            pages.append((f"{page.stem}{sample.suffix}", text.encode("utf-8")))
    check_pages(pages)


# Pages built from random section contents: any text in any section, sections in any order,
# some missing, as text, Markdown or HTML.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
WORDS = st.lists(st.sampled_from(["Growth", "data", "team", "AI", "é", "ß", "—", "42", "x"]))
LINE = st.one_of(TEXT, WORDS.map(" ".join)).map(lambda s: " ".join(s.split()))


@st.composite
def random_page(draw: st.DrawFn) -> tuple[bytes, str]:
    name = draw(st.sampled_from(["Ada Lovelace", "Siobhán O'Neill", "李伟", "Jo", ""]))
    sections = {
        "Dimension Profile": [
            f"{draw(LINE)}\n{draw(st.integers(-5, 150))}%" for _ in range(draw(st.integers(0, 4)))
        ],
        "Key Themes": draw(st.lists(LINE, max_size=6)),
        "Episode Summary": draw(st.lists(LINE, max_size=3)),
        "Leadership Principles": [f"- {line}" for line in draw(st.lists(LINE, max_size=4))],
        "Notable Quotes": [
            f'"{draw(LINE)}" {draw(st.sampled_from(["--", "—", "-"]))} {draw(LINE)}'
            for _ in range(draw(st.integers(0, 3)))
        ],
        draw(st.sampled_from(["Awards", "Board Seats", "Books"])): draw(st.lists(LINE, max_size=2)),
    }
    order = draw(st.permutations(list(sections)))
    kept = [title for title in order if draw(st.booleans())]
    head = [name, draw(LINE), draw(LINE)]
    fmt = draw(st.sampled_from(["txt", "md", "html"]))
    if fmt == "html":
        body = [f"<h1>{_e(head[0])}</h1>", *(f"<p>{_e(line)}</p>" for line in head[1:])]
        for title in kept:
            body.append(f"<h2>{title}</h2>")
            body.extend(f"<p>{_e(line)}</p>" for line in sections[title])
        return "\n".join(body).encode("utf-8"), "page.html"
    mark = "## " if fmt == "md" else ""
    blocks = [*head]
    for title in kept:
        blocks.append(mark + title)
        blocks.extend(sections[title])
    return "\n\n".join(blocks).encode("utf-8"), f"page.{fmt}"


def _e(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@settings(max_examples=80)
@given(random_page())
def test_random_pages(page: tuple[bytes, str]) -> None:
    data, name = page
    try:
        result = parse_bytes(data, name)
    except Refusal:
        return
    assert problems(result) == []


# What is_exact accepts: records of every sample, then changed at one place to any JSON value.
RECORDS = [record_dict(parse_bytes(p.read_bytes(), relative(p)).data) for p in sample_paths()]
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 200)
    | st.floats(allow_nan=False)
    | st.sampled_from([1.0, 50.0, "", "a", "x\n", "editor", SHA, "text", "ERROR", "error"])
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


# Values at the edges of what the schema and the model allow, and of what JSON can hold.
EDGES = [
    None,
    True,
    False,
    0,
    1,
    -1,
    100,
    101,
    2**70,
    1.0,
    80.0,
    0.5,
    "",
    " ",
    "a",
    "x\n",
    "editor",
    "Editor",
    "text",
    "html",
    "ERROR",
    "error",
    "warning",
    "1.0",
    SHA,
    SHA + "\n",
    SHA.upper(),
    "a\ud800",
    "ada-lovelace",
    "Ada",
    "-a",
    [],
    [1, 1],
    [0, 1],
    [1, 2, 3],
    ["a"],
    {},
    {"a": 1},
]


def _paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in ``value``; in a list, its first item stands for all."""
    out = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(_paths(item, (*at, key)))
    elif isinstance(value, list) and value:
        out.extend(_paths(value[0], (*at, 0)))
    return out


def _full(record: dict[str, Any]) -> dict[str, Any]:
    """The richest sample record: every list non-empty, a URL, provenance of both kinds."""
    full = copy.deepcopy(record)
    full["source"]["url"] = "https://example.org/ada"
    full["diagnostics"] = [
        {"severity": "warning", "code": "x", "message": "m", "line": 3, "field": "themes"}
    ]
    full["provenance"] = {"name": [1, 1], "themes[0]": "editor"}
    return full


FULL = _full(max(RECORDS, key=lambda r: sum(len(v) for v in r.values() if isinstance(v, list))))
PLACES = _paths(FULL)


def _change(record: Any, path: tuple[Any, ...], action: str, value: Any) -> Any:
    if not path:
        return value
    holder = record
    for step in path[:-1]:
        holder = holder[step]
    if action == "drop" and isinstance(holder, dict):
        del holder[path[-1]]
    elif action == "rename" and isinstance(holder, dict):
        holder[str(value)] = holder.pop(path[-1])
    else:
        holder[path[-1]] = value
    return record


def _implications(record: Any) -> list[str]:
    wrong = []
    if is_exact(record, provenance=True) and list(SCHEMA.iter_errors(record)):
        wrong.append("is_exact accepts what the schema refuses")
    if is_exact(record):
        try:
            if json.dumps(through_model(record)) != json.dumps(record):
                wrong.append("is_exact accepts what the model changes")
        except ValidationError:
            wrong.append("is_exact accepts what the model refuses")
    return wrong


def test_what_is_exact_accepts_at_every_place_and_edge() -> None:
    """Every place of a full record set to every edge value, dropped or renamed: whatever
    is_exact accepts, the schema accepts and the model gives back unchanged."""
    assert all(is_exact(r) for r in RECORDS) and is_exact(FULL, provenance=True)
    failures = []
    for path in PLACES:
        cases = [("set", v) for v in EDGES] + [("drop", None), ("rename", "zz")]
        for action, value in cases:
            changed = _change(copy.deepcopy(FULL), path, action, copy.deepcopy(value))
            bare = changed
            if isinstance(changed, dict):
                bare = {k: v for k, v in changed.items() if k != "provenance"}
            for record in (changed, bare):
                failures.extend(f"{path} {action} {value!r}: {w}" for w in _implications(record))
    assert not failures, "\n".join(failures[:20])


@st.composite
def changed_record(draw: st.DrawFn) -> Any:
    """A sample's record changed at one to three places, to any JSON value."""
    record = copy.deepcopy(draw(st.sampled_from([*RECORDS, FULL])))
    for _ in range(draw(st.integers(1, 3))):
        places = _paths(record)
        path = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["set", "set", "drop", "rename"]))
        # A copy: a later change inside a list or dict taken from EDGES must not alter EDGES
        # (hypothesis then sees the strategy draw differently on replay).
        value = copy.deepcopy(draw(st.one_of(st.sampled_from(EDGES), JSON)))
        record = _change(record, path, action, value)
    return record


@settings(max_examples=300)
@given(changed_record())
def test_what_is_exact_accepts_the_schema_and_the_model_accept_unchanged(record: Any) -> None:
    assert _implications(record) == []


def test_is_exact_turns_away_what_the_model_would_change() -> None:
    record = copy.deepcopy(RECORDS[0])
    assert is_exact(record)
    for change in (
        lambda r: r["dimensions"][0].update(score=80.0),  # the model writes 80
        lambda r: r["dimensions"][0].update(score=True),
        lambda r: r.update(themes=tuple(r["themes"])),
        lambda r: r["source"].update(url=None),  # the model leaves the key out
        lambda r: r.update(name="a\ud800b"),  # the model refuses a lone surrogate
        lambda r: r["source"].update(sha256=SHA + "\n"),  # the schema's $ allows this; not us
        lambda r: r.update(id="Ada"),
        lambda r: r.update(extra=1),
    ):
        changed = copy.deepcopy(record)
        change(changed)
        assert not is_exact(changed), changed


def _draft(**values: object) -> Draft:
    draft = Draft()
    draft.values.update(values)  # type: ignore[typeddict-item]
    return draft


def test_values_the_plain_record_cannot_carry_go_through_the_model() -> None:
    source = source_data("p.txt", "text", "utf-8", SHA, None)
    converted = _record(_draft(name="Ada Lovelace", themes=("a", "b")), source)
    assert converted["themes"] == ["a", "b"] and tuple(converted) == RECORD_KEYS
    with pytest.raises(ValidationError):
        _record(_draft(name="Ada Lovelace", dimensions=[{"name": "", "score": 5}]), source)
    with pytest.raises(ValidationError):
        _record(_draft(name="Ada Lovelace", themes="a b"), source)
    with pytest.raises(ValidationError):
        _record(_draft(name="Ada Lovelace", awards=["x"]), source)
