"""Structured data (JSON-LD, framework blobs) against the visible page.

The visible page is the source of truth: structured data only fills a field the page lacks and
flags a field where the two disagree, each time with a warning naming the source.
"""

from __future__ import annotations

from extractor.base.catalog import severity_of
from extractor.base.findings import Finding
from extractor.base.textnorm import fold_key
from extractor.parsing.draft import Draft
from extractor.read.blocks import Document

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Any

    from extractor.parsing.draft import FieldName, ListField, TextField

_TEXT_FIELDS: tuple[TextField, ...] = ("name", "headline", "role", "company", "bio")
_LIST_FIELDS: tuple[ListField, ...] = ("dimensions", "themes")


def cross_check(draft: Draft, document: Document) -> None:
    data, source = _about_this_leader(draft, document)
    if not data:
        return
    if not draft.text("headline"):
        _fill_headline(draft, data, source)
    for text_field in _TEXT_FIELDS:
        if isinstance(data.get(text_field), str):
            _check_text(draft, text_field, str(data[text_field]), source)
    for list_field in _LIST_FIELDS:
        seen = data.get(list_field)
        if isinstance(seen, list):
            _check_list(draft, list_field, seen, source)


def _about_this_leader(draft: Draft, document: Document) -> tuple[dict[str, object], str]:
    """The structured source about the person the page shows.

    A site's own data (the news article's author, say) names someone else: it may still be
    compared, but it must never fill a field of this leader's record.
    """
    candidates = document.candidates or [(document.structured, document.structured_source)]
    visible = fold_key(str(draft.values.get("name") or ""))
    for data, source in candidates:
        if isinstance(data.get("name"), str) and fold_key(str(data["name"])) == visible:
            return data, source
    data, source = candidates[0]
    if isinstance(data.get("name"), str) and visible:
        return {"name": data["name"]}, source  # someone else: only the name mismatch is said
    return data, source


def _fill_headline(draft: Draft, data: dict[str, object], source: str) -> None:
    """No visible headline: compose it as the site would, "role at company"."""
    headline = data.get("headline")
    role, company = data.get("role"), data.get("company")
    if not isinstance(headline, str) and isinstance(role, str):
        headline = f"{role} at {company}" if isinstance(company, str) else role
    if not isinstance(headline, str):
        return
    role_part, sep, company_part = headline.rpartition(" at ")
    draft.replace("headline", headline)
    draft.replace("role", role_part if sep else headline)
    draft.replace("company", company_part if sep else None)
    draft.flag(
        "filled-from-structured-data",
        f"headline missing on the page; taken from {source}: {headline!r}",
        None,
        "headline",
    )


def _check_text(draft: Draft, field: TextField, seen: str, source: str) -> None:
    visible = draft.text(field)
    if not visible:
        _fill(draft, field, seen, f"{source}: {seen!r}")
        return
    a, b = fold_key(str(visible)), fold_key(seen)
    agrees = a == b or (field == "bio" and (a in b or b in a))
    if not agrees:
        line = draft.provenance.get(field, (None, None))[0]
        draft.diagnostics.append(_mismatch(field, str(visible), seen, source, line))


def _check_list(draft: Draft, field: ListField, seen: list[Any], source: str) -> None:
    visible: list[Any] = draft.values.get(field, [])
    if not visible:
        _fill(draft, field, seen, source)
        return
    if field == "dimensions":
        shown = {fold_key(d["name"]): d["score"] for d in visible}
        for item in seen:
            score = shown.get(fold_key(str(item["name"])))
            if score is not None and score != item["score"]:
                draft.diagnostics.append(
                    _mismatch(
                        f"dimensions.{item['name']}", str(score), str(item["score"]), source, None
                    )
                )
    elif [fold_key(str(t)) for t in visible] != [fold_key(str(t)) for t in seen]:
        draft.diagnostics.append(
            _mismatch(field, " | ".join(visible), " | ".join(map(str, seen)), source, None)
        )


def _fill(draft: Draft, field: FieldName, seen: object, source: str) -> None:
    draft.replace(field, seen)
    draft.flag(
        "filled-from-structured-data",
        f"{field} missing on the page; taken from {source}",
        None,
        field,
    )


def _mismatch(field: str, visible: str, seen: str, source: str, line: int | None) -> Finding:
    return Finding(
        severity_of("structured-data-mismatch"),
        "structured-data-mismatch",
        f"{field}: the page shows {visible!r} but {source} says {seen!r}; the page is kept",
        line,
        field.split(".", maxsplit=1)[0],
    )
