"""A section's title with a subtitle after it on its line ("Leadership Principles: How Ana
leads"): the title is the section's, the subtitle the editor's words about it, and the
section's content is what stands under the line.

A known title before a colon is also how a blog's footer sets a section on one line ("Key
Themes: flood defence, PPP"), its content after the colon. The two are told apart by what
follows the line: under a subtitle stands the section's own content (a list's items, a quote,
a paragraph of prose for a prose section); the words after the colon are a subtitle's shape
(a few words, no list separators, no sentence closed). A heading (``<h2>``, ``##``) holds a
title, never a section's content, so after a heading's colon a few words are its subtitle
whatever follows. The subtitle is set aside, and said: the reading is a guess.
"""

from __future__ import annotations

from extractor.parsing.chrome import note_chrome
from extractor.parsing.draft import Draft
from extractor.read.blocks import Block, Kind

_SUBTITLE_MAX_WORDS = 8
_LIST_MARKS = (",", ";", "·", "|", "•")
_PROSE_SECTIONS = frozenset({"bio", "summary"})
_PROSE_MIN_WORDS = 12  # a paragraph of prose under the line, not a caption


def is_subtitle(rest: str, title: Block, following: Block | None, rule: str) -> bool:
    """Are the words ``rest`` after the colon of the title line ``title`` (of the section
    ``rule``) its subtitle, with ``following`` (the next block) the first of its content?"""
    if not _subtitle_shaped(rest) or following is None:
        return False
    if following.kind is Kind.HEADING and following.level > 0:
        return False  # nothing under the line: the words after the colon are its content
    if title.kind is Kind.HEADING and title.level > 0:
        return True  # a heading holds a title, not the section's content
    if rule in _PROSE_SECTIONS:
        return following.kind is Kind.PARAGRAPH and _prose(following.text)
    return following.kind in (Kind.ITEM, Kind.QUOTE)


def _subtitle_shaped(text: str) -> bool:
    """A few words, capitalised, no list separators, no sentence closed."""
    words = text.split()
    return (
        0 < len(words) <= _SUBTITLE_MAX_WORDS
        and not text[0].islower()
        and not any(mark in text for mark in _LIST_MARKS)
        and not text.endswith((".", "!"))
    )


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_MIN_WORDS and text.rstrip().endswith((".", "!", "?"))


def set_subtitle_aside(subtitle: Block, title: str, rule: str, draft: Draft) -> None:
    """The subtitle as the site's words, with a warning that names it (see the module)."""
    note_chrome([subtitle], "(a section title's subtitle)", draft)
    draft.flag(
        "section-line-doubtful",
        f"line {subtitle.start} {title!r} is followed on its line by {subtitle.text!r}, read "
        f"as the section's subtitle and kept out of the {rule}; the section is what stands "
        "under the line",
        subtitle,
        rule,
    )
