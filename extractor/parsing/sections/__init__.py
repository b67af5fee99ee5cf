"""The registered section parsers, in the order a page usually presents them.

To teach the parser a new section, write a module with one ``parse_*`` function that fills the
draft's fields (``draft.put`` / ``draft.append``, typed by ``extractor.parsing.draft.Fields``) and
add one ``SectionParser`` line below (or call :func:`register` from elsewhere). A field the record
lacks is never dropped: it lands in ``extra_sections`` with a ``section-unmapped`` finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from extractor.base.patterns import compiled
from extractor.base.textnorm import fold_key
from extractor.parsing.sections.base import Section, SectionParser
from extractor.parsing.sections.dimensions import parse_dimensions
from extractor.parsing.sections.principles import parse_principles
from extractor.parsing.sections.prose import parse_bio, parse_summary
from extractor.parsing.sections.quotes import parse_quotes
from extractor.parsing.sections.themes import parse_themes
from extractor.read.blocks import Block, Kind

# "In their own words", "In my words": the usual title over what a person said, any pronoun.
_IN_OWN_WORDS = tuple(
    f"In {whose}{own} Words"
    for whose in ("My", "Our", "Their", "His", "Her")
    for own in (" Own", "")
)

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
            "Leadership Scores",
            "Scorecard",
            "Ratings",
        ),
        parse_dimensions,
    ),
    SectionParser(
        "themes",
        ("Key Themes", "Themes", "Topics", "Key Topics", "Focus Areas"),
        parse_themes,
    ),
    SectionParser(
        "summary",
        (
            "Episode Summary",
            "Summary",
            "Episode Overview",
            "Overview",
            "About this Episode",
            "About the Episode",
        ),
        parse_summary,
    ),
    SectionParser(
        "principles",
        (
            "Leadership Principles",
            "Principles",
            "Key Principles",
            "Guiding Principles",
            "Core Principles",
        ),
        parse_principles,
    ),
    SectionParser(
        "quotes",
        (
            "Notable Quotes",
            "Quotes",
            "Key Quotes",
            "Memorable Quotes",
            "Quotations",
            *_IN_OWN_WORDS,
        ),
        parse_quotes,
    ),
]

_TITLE_MAX_CHARS = 40
_BY_TITLE = {fold_key(title): section for section in SECTIONS for title in section.titles}
# Each title without its last letter: a converter that writes a heading's anchor mark as bytes
# that are not UTF-8 may take the letter before it along ("Dimension Profil\ufffd", elinks).
_DAMAGED = "\ufffd"  # (load.decode's DAMAGED: what such bytes decode to)
_CLIPPED = {key[:-1]: section for key, section in _BY_TITLE.items() if key[-1:].isalpha()}


def parser_named(name: str) -> SectionParser | None:
    """The registered section parser called ``name`` ("summary"), or None."""
    return next((parser for parser in SECTIONS if parser.name == name), None)


def _reindex() -> None:
    """The lookups by title, from the registry as it is now."""
    _BY_TITLE.clear()
    _BY_TITLE.update({fold_key(t): section for section in SECTIONS for t in section.titles})
    _CLIPPED.clear()
    _CLIPPED.update({k[:-1]: sec for k, sec in _BY_TITLE.items() if k[-1:].isalpha()})
    _parser_for.cache_clear()


def register(section: SectionParser) -> None:
    """Add a section parser after the built-in ones; its titles take precedence."""
    SECTIONS.append(section)
    _reindex()


def unregister(name: str) -> None:
    """Remove a registered section parser by name (tests, plugins that switch off)."""
    SECTIONS[:] = [section for section in SECTIONS if section.name != name]
    _reindex()


def is_section_title(text: str) -> bool:
    """The readers' test for a section title set in an element that is not a heading."""
    return len(text) <= _TITLE_MAX_CHARS and _parser_for(Kind.HEADING, text) is not None


_TITLE_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH})
_ITEM = Kind.ITEM
# A section number before a title, as the folded key has it: "1. Key Themes", "01 — Key
# Themes", "2) Key Themes", "Section 2: Key Themes" all fold to a number (perhaps after a word
# that names a part of a document) and a space before the title.
_NUMBERED = compiled(r"(?:(?:section|part|chapter) )?\d{1,2} (?P<title>\D.*)")


def parser_for(block: Block) -> SectionParser | None:
    """The section parser whose title this block is (case, accents and a trailing colon ignored).

    A known title after a section number ("2. Key Themes", "01 — Key Themes") is that title:
    sites number their sections; so is one after a possessive ("My Leadership Profile"). Only
    the known titles count, so a numbered principle ("1. Ship
    small") stays a list item; a numbered list item whose text is a known title is one.
    """
    text = block.text
    if len(text) > _TITLE_MAX_CHARS:
        return None  # asked of every block: the length first, it rules out most
    return _parser_for(block.kind, text)


def parsers_for(blocks: Sequence[Block]) -> list[SectionParser | None]:
    """:func:`parser_for` of every block, in order: what the locator and the outline ask of
    each block of a page, in one call."""
    limit = _TITLE_MAX_CHARS
    return [None if len(b.text) > limit else _parser_for(b.kind, b.text) for b in blocks]


# Asked of the same short lines several times per page (the readers' title test, the
# locator, the outline) and across the pages of a batch ("Key Themes", a chip, a score):
# answered once per kind and text while the registry stays as it is.
@lru_cache(maxsize=4096)
def _parser_for(kind: Kind, text: str) -> SectionParser | None:
    """:func:`parser_for` of a block of ``kind`` with ``text`` (at most ``_TITLE_MAX_CHARS``)."""
    if kind is _ITEM:
        # A numbered title, or a bulleted one: a toggle list (Notion's) titles each section
        # with the item its content is nested under ("• Key Themes").
        if not text[:1].isalpha():
            return None
        return _BY_TITLE.get(fold_key(text))
    if kind not in _TITLE_KINDS:
        return None
    key = fold_key(text)
    found = _BY_TITLE.get(key)
    if found is None and key[:1] in _NUMBER_FIRST:
        numbered = _NUMBERED.fullmatch(key)
        if numbered is not None:
            return _BY_TITLE.get(numbered["title"])
    if found is None and key[:1] in _POSSESSIVE_FIRST:
        owned = _POSSESSIVE.fullmatch(key)
        if owned is not None:
            return _BY_TITLE.get(owned["title"])
    if found is None and text.rstrip().endswith(_DAMAGED) and _DAMAGED not in text.rstrip()[:-1]:
        return _CLIPPED.get(key)  # its end damaged, once (the damage itself is reported)
    if found is None and key.count(" ") == 1:
        return _qualified(key)
    return found


def qualified_only(block: Block) -> bool:
    """Is ``block`` a known title only as a qualified one-word title (:func:`_qualified`: "CII
    ratings" read as "Ratings")? The loosest way a line is taken for a title: a theme chip
    ("CII ratings", "Team quotes") reads so too, so the locator asks more of it."""
    text = block.text
    if len(text) > _TITLE_MAX_CHARS or block.kind not in _TITLE_KINDS:
        return False
    key = fold_key(text)
    if key in _BY_TITLE or key.count(" ") != 1 or _POSSESSIVE.fullmatch(key) is not None:
        return False
    if key[:1] in _NUMBER_FIRST and _NUMBERED.fullmatch(key) is not None:
        return False
    return _qualified(key) is not None


def _qualified(key: str) -> SectionParser | None:
    """A one-word title after a word that qualifies it ("Interview Summary", "Leadership
    Quotes"): sites name their sections their own way, and the noun that ends the title says
    which section it is. Not the bio's titles: "More about" heads a site's links as often."""
    found = _BY_TITLE.get(key.rpartition(" ")[2])
    if found is None or found.name == "bio":
        return None
    return found


# A known title after a possessive: "My Leadership Profile", "Our Principles", "Her Key Themes"
# (a first-person page, or a site that writes about the leader).
_POSSESSIVE = compiled(r"(?:my|our|their|his|her) (?P<title>.+)")
_POSSESSIVE_FIRST = frozenset("moth")


_NUMBER_FIRST = frozenset("0123456789scp")  # what a numbered title's key may start with


__all__ = [
    "SECTIONS",
    "Section",
    "SectionParser",
    "parser_for",
    "parsers_for",
    "register",
    "unregister",
]
