"""The typed draft: what a section parser writes reaches the record, or a finding; never nowhere."""

from __future__ import annotations

import ast
from collections.abc import Iterator

import pytest
from conftest import ROOT

from extractor.parsing import draft as draft_module
from extractor.parsing.draft import LIST_FIELDS, TEXT_FIELDS, Draft
from extractor.parsing.sections import SectionParser, register, unregister
from extractor.parsing.sections.base import Section, paragraphs
from extractor.pipeline import parse_bytes
from extractor.record.model import Record

PAGE = (ROOT / "samples" / "amara-okafor.txt").read_text(encoding="utf-8")
AWARDS = "Awards\n\nInnovator of the Year 2021\n\n"
WITH_AWARDS = PAGE.replace("Key Themes", AWARDS + "Key Themes", 1)


def _draft_types() -> dict[str, ast.ClassDef | ast.AnnAssign]:
    """The draft module's typed dicts and aliases, read from its source: they are defined for
    mypy only (under ``TYPE_CHECKING``), so that no start-up imports typing for them."""
    tree = ast.parse((ROOT / "extractor" / "parsing" / "draft.py").read_text(encoding="utf-8"))
    found: dict[str, ast.ClassDef | ast.AnnAssign] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            found[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found[node.target.id] = node
    return found


def _literal_names(alias: ast.ClassDef | ast.AnnAssign) -> tuple[str, ...]:
    assert isinstance(alias, ast.AnnAssign) and isinstance(alias.value, ast.Subscript)
    assert ast.unparse(alias.value.value) == "Literal"
    return tuple(ast.literal_eval(alias.value.slice))


def test_the_draft_mirrors_the_record() -> None:
    """A field added to the record and not the draft (or the reverse) fails here."""
    content = set(Record.model_fields) - {"schema_version", "id", "source", "diagnostics"}
    content -= {"provenance"}
    fields = _draft_types()["Fields"]
    assert isinstance(fields, ast.ClassDef)
    annotated = {ast.unparse(n.target) for n in fields.body if isinstance(n, ast.AnnAssign)}
    assert annotated == content
    assert set(TEXT_FIELDS) | set(LIST_FIELDS) == content


def test_the_field_tuples_are_the_literals() -> None:
    """TEXT_FIELDS and LIST_FIELDS name every field of the Literal types mypy checks against,
    in their order (mypy checks only that each name is one of them)."""
    types = _draft_types()
    assert _literal_names(types["TextField"]) == TEXT_FIELDS
    assert _literal_names(types["ListField"]) == LIST_FIELDS


def test_the_draft_imports_no_typing() -> None:
    """The typed dicts and Literal types are mypy's only: at run time the draft's values are a
    plain dict, and the names are not defined."""
    assert type(Draft().values) is dict
    assert not hasattr(draft_module, "Fields")


@pytest.fixture
def awards_section() -> Iterator[None]:
    def parse_awards(section: Section, draft: Draft) -> None:
        draft.put("awards", paragraphs(section.body), section.body)  # type: ignore[arg-type]

    register(SectionParser("awards", ("Awards",), parse_awards))
    yield
    unregister("awards")


def test_a_section_writing_an_unknown_field_lands_in_extra_sections(
    awards_section: None,
) -> None:
    result = parse_bytes(WITH_AWARDS.encode(), "page.txt")
    extras = [e.model_dump() for e in result.record.extra_sections]
    assert {"title": "awards", "text": "Innovator of the Year 2021"} in extras
    codes = {f.code for f in result.findings}
    assert "section-unmapped" in codes


def test_a_registered_section_fills_the_record_by_type() -> None:
    def parse_honours(section: Section, draft: Draft) -> None:
        for block in section.body:
            draft.append("principles", block.text, [block])

    register(SectionParser("honours", ("Awards",), parse_honours))
    try:
        result = parse_bytes(WITH_AWARDS.encode(), "page.txt")
    finally:
        unregister("honours")
    assert "Innovator of the Year 2021" in result.record.principles
    assert result.provenance["principles[0]"][0] < result.provenance["themes[0]"][0]


def test_without_the_section_the_text_is_an_unknown_section() -> None:
    result = parse_bytes(WITH_AWARDS.encode(), "page.txt")
    assert [e.title for e in result.record.extra_sections] == ["Awards"]
    assert "section-unknown" in {f.code for f in result.findings}
