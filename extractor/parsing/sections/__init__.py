"""The registered section parsers, in the order a page usually presents them.

To teach the parser a new section, write a module with one ``parse_*`` function that fills the
draft's fields (``draft.put`` / ``draft.append``, typed by ``extractor.parsing.draft.Fields``) and
add one ``SectionParser`` line below (or call :func:`register` from elsewhere). A field the record
lacks is never dropped: it lands in ``extra_sections`` with a ``section-unmapped`` finding.
"""

from __future__ import annotations

from extractor.base.textnorm import fold_key
from extractor.parsing.sections.base import Section, SectionParser
from extractor.parsing.sections.dimensions import parse_dimensions
from extractor.parsing.sections.principles import parse_principles
from extractor.parsing.sections.prose import parse_bio, parse_summary
from extractor.parsing.sections.quotes import parse_quotes
from extractor.parsing.sections.themes import parse_themes
from extractor.read.blocks import Block, Kind

SECTIONS: list[SectionParser] = [
    SectionParser("bio", ("About", "Bio", "Biography", "About the leader"), parse_bio),
    SectionParser(
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
    SectionParser("themes", ("Key Themes", "Themes", "Topics", "Key Topics"), parse_themes),
    SectionParser(
        "summary", ("Episode Summary", "Summary", "Episode Overview", "Overview"), parse_summary
    ),
    SectionParser(
        "principles", ("Leadership Principles", "Principles", "Key Principles"), parse_principles
    ),
    SectionParser(
        "quotes", ("Notable Quotes", "Quotes", "Key Quotes", "Memorable Quotes"), parse_quotes
    ),
]

_TITLE_MAX_CHARS = 40
_BY_TITLE = {fold_key(title): section for section in SECTIONS for title in section.titles}


def register(section: SectionParser) -> None:
    """Add a section parser after the built-in ones; its titles take precedence."""
    SECTIONS.append(section)
    _BY_TITLE.update({fold_key(title): section for title in section.titles})


def unregister(name: str) -> None:
    """Remove a registered section parser by name (tests, plugins that switch off)."""
    SECTIONS[:] = [section for section in SECTIONS if section.name != name]
    _BY_TITLE.clear()
    _BY_TITLE.update({fold_key(t): section for section in SECTIONS for t in section.titles})


def is_section_title(text: str) -> bool:
    """The readers' test for a section title set in an element that is not a heading."""
    return parser_for(Block(Kind.HEADING, text, 0, 0)) is not None


_TITLE_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH})


def parser_for(block: Block) -> SectionParser | None:
    """The section parser whose title this block is (case, accents and a trailing colon ignored)."""
    text = block.text
    if len(text) > _TITLE_MAX_CHARS or block.kind not in _TITLE_KINDS:
        return None  # asked of every block: the length first, it rules out most
    return _BY_TITLE.get(fold_key(text))


__all__ = ["SECTIONS", "Section", "SectionParser", "parser_for", "register", "unregister"]
