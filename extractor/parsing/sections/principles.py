"""Leadership Principles: one principle per bullet (or per line when bullets were lost)."""

from __future__ import annotations

from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section


def parse_principles(section: Section, draft: Draft) -> None:
    for block in section.body:
        draft.append("principles", block.text, [block])
