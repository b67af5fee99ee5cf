"""The registered section parsers, in the order a page usually presents them.

To teach the parser a new section, write a module with one ``parse_*`` function and add a rule.
"""

from __future__ import annotations

from extractor.base.textnorm import fold_key
from extractor.parse.sections.base import Section, SectionRule
from extractor.parse.sections.dimensions import parse_dimensions
from extractor.parse.sections.principles import parse_principles
from extractor.parse.sections.prose import parse_bio, parse_summary
from extractor.parse.sections.quotes import parse_quotes
from extractor.parse.sections.themes import parse_themes
from extractor.read.blocks import Block, Kind

SECTIONS: tuple[SectionRule, ...] = (
    SectionRule("bio", ("About", "Bio", "Biography", "About the leader"), parse_bio),
    SectionRule(
        "dimensions",
        (
            "Dimension Profile",
            "Dimensions",
            "Leadership Dimensions",
            "Leadership Profile",
            "Scores",
        ),
        parse_dimensions,
    ),
    SectionRule("themes", ("Key Themes", "Themes", "Topics", "Key Topics"), parse_themes),
    SectionRule(
        "summary", ("Episode Summary", "Summary", "Episode Overview", "Overview"), parse_summary
    ),
    SectionRule(
        "principles", ("Leadership Principles", "Principles", "Key Principles"), parse_principles
    ),
    SectionRule(
        "quotes", ("Notable Quotes", "Quotes", "Key Quotes", "Memorable Quotes"), parse_quotes
    ),
)

_TITLE_MAX_CHARS = 40
_BY_TITLE = {fold_key(title): rule for rule in SECTIONS for title in rule.titles}


def rule_for(block: Block) -> SectionRule | None:
    """The rule whose title this block is (case, accents and a trailing colon ignored)."""
    if block.kind not in (Kind.HEADING, Kind.PARAGRAPH) or len(block.text) > _TITLE_MAX_CHARS:
        return None
    return _BY_TITLE.get(fold_key(block.text))


__all__ = ["SECTIONS", "Section", "SectionRule", "rule_for"]
