"""The top of a profile, before any section heading: name, headline and bio.

Pages label none of these, so position and shape decide: the name is the first line (or the
top-level heading when the source has one), the headline the short line after it, the bio the
prose after that.
"""

from __future__ import annotations

import re

from extractor.base.errors import Refusal
from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section, paragraphs
from extractor.read.blocks import Block, Kind

_NAME_MAX_WORDS = 8
_NAME_MAX_CHARS = 100
_HEADLINE_MAX_WORDS = 20
_NOT_IN_NAME = re.compile(r"[\d%@#|<>{}\[\]=/\\]|https?:")


def parse_preamble(section: Section, draft: Draft) -> None:
    blocks = list(section.body)
    name_at = _name_index(blocks)
    if name_at is None:
        raise Refusal("no-name", "not a leader page: no leader name found at the top of the page")
    for block in blocks[:name_at]:
        draft.unplaced(block, "before the name")
    name = blocks[name_at]
    draft.put("name", name.text, [name])
    rest = blocks[name_at + 1 :]
    if rest and _is_headline(rest[0]):
        headline = rest.pop(0)
        put_headline(draft, headline)
    else:
        draft.flag(
            "headline-missing", "no headline (role at company) under the name", name, "headline"
        )
    if rest:
        draft.put("bio", paragraphs(rest), rest)


def put_headline(draft: Draft, block: Block) -> None:
    """Headline verbatim; role and company split at the last " at "."""
    headline = block.text
    draft.put("headline", headline, [block])
    role, sep, company = headline.rpartition(" at ")
    if sep and role.strip() and company.strip():
        draft.put("role", role.strip(), [block])
        draft.put("company", company.strip(), [block])
        if headline.count(" at ") > 1:
            draft.flag(
                "headline-ambiguous",
                "headline has more than one ' at '; "
                f"company taken after the last: {company.strip()!r}",
                block,
                "company",
            )
    else:
        draft.put("role", headline, [block])


def _name_index(blocks: list[Block]) -> int | None:
    explicit = [i for i, b in enumerate(blocks) if b.kind is Kind.HEADING and b.level == 1]
    if explicit and looks_like_name(blocks[explicit[0]].text):
        return explicit[0]
    if (
        blocks
        and looks_like_name(blocks[0].text)
        and blocks[0].kind in (Kind.HEADING, Kind.PARAGRAPH)
    ):
        return 0
    return None


def looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _NAME_MAX_WORDS
        and len(text) <= _NAME_MAX_CHARS
        and any(ch.isalpha() for ch in text)
        and not _NOT_IN_NAME.search(text)
        and not text.endswith((".", "?", "!", ":", ","))
    )


def _is_headline(block: Block) -> bool:
    if block.kind not in (Kind.PARAGRAPH, Kind.HEADING):
        return False
    words = block.text.split()
    return len(words) <= _HEADLINE_MAX_WORDS and not block.text.endswith((".", "!", "?"))
