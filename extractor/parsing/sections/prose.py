"""Sections that are plain prose: the episode summary, and an explicit bio ("About")."""

from __future__ import annotations

from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section, paragraphs

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from extractor.parsing.draft import TextField


def parse_summary(section: Section, draft: Draft) -> None:
    _prose("summary", section, draft)


def parse_bio(section: Section, draft: Draft) -> None:
    _prose("bio", section, draft)


def _prose(field: TextField, section: Section, draft: Draft) -> None:
    if not section.body:
        return
    text = paragraphs(section.body)
    earlier = draft.text(field)
    if earlier:
        draft.flag(
            "section-duplicate",
            f"{field} given twice; the texts are joined",
            section.heading,
            field,
        )
        text = f"{earlier}\n\n{text}"
    draft.put(field, text, section.body)
