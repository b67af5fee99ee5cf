"""A row of team cards right under the quotes ("Meet the team", "Our leadership": each card a
person's name, their job, perhaps a line about them), read as the last quotation's attribution.

A testimonial has the words: a quotation, then who said it (a name, a job). A team card is a
name and a job with no words before it, and a row of them repeats that shape. Under a last
quotation that has no attribution of its own, the row's first card reads as one: the name as
the speaker, the job as the context. Two cards at least in a row, with no quotation among
them, are the site's: the first card is theirs too, not the quotation's attribution. The line
about a person, when a card has one, names them ("Beatriz leads legal work."): a testimonial's
next words, which would otherwise stand in its place, name no one so.

A card's button (name and job on one line, a toggle's label after them, see
:mod:`extractor.parsing.cards`) is one card on its own line.

The reading is a guess (the first card may still be the attribution of a testimonial whose
words were the last quotation): set aside as the site's, with a warning that names the line.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.parsing.chrome import note_chrome
from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section
from extractor.parsing.sections.preamble import is_headline_text
from extractor.parsing.sections.quotes import looks_like_person
from extractor.read.blocks import Block, Kind
from extractor.read.lines import OPEN_QUOTE

_CARDS_MIN = 2
_JOB_MAX_WORDS = 8
_BLURB_MAX_WORDS = 30


def cards_under_quotes(
    section: Section, below: Sequence[Block], buttons: frozenset[tuple[int, str]], draft: Draft
) -> Section:
    """The quotes ``section`` without a row of team cards after its last quotation (``below``:
    the lines under the profile, when the section ends it; ``buttons``: the cards' buttons by
    line and text), the row's lines in the section set aside and said; as it is when none."""
    body = section.body
    last = max((at for at, block in enumerate(body) if _quotation(block)), default=-1)
    if last < 0:
        return section
    for start in (last + 1, last + 2):  # right under it, or under its own attribution
        taken = body[start:]
        if not taken:
            break  # the section ends with the quotation (or its attribution): none taken
        if _row([*taken, *below], buttons) >= len(taken):
            note_chrome(taken, "(a row of team cards: a name and a job each)", draft)
            draft.flag(
                "section-line-doubtful",
                f"line {taken[0].start} {taken[0].text!r}, under the last quotation, starts a "
                "row of cards that each give a name and a job (a team's, the site's) and was "
                "not read as the quotation's attribution; it may be that",
                taken[0],
                "quotes",
            )
            return Section(section.title, section.heading, body[:start])
    return section


def _quotation(block: Block) -> bool:
    return block.kind is Kind.QUOTE or block.text[:1] in OPEN_QUOTE


def _row(seq: Sequence[Block], buttons: frozenset[tuple[int, str]]) -> int:
    """How many of ``seq``'s first blocks make a row of two team cards at least (0: none)."""
    at = cards = 0
    while at < len(seq):
        block = seq[at]
        if _quotation(block):
            break
        if (block.start, block.text) in buttons:
            name = block.text
            at += 1
        elif at + 1 < len(seq) and _person(block) and _job(seq[at + 1]):
            name = block.text
            at += 2
        else:
            break
        cards += 1
        if at < len(seq) and _blurb(seq[at], name):
            at += 1
    return at if cards >= _CARDS_MIN else 0


def _person(block: Block) -> bool:
    """A card's name: a line written like a person's name, not set as an attribution (by its
    markup or a dash) nor as a heading of the page's markup (a title, which ends the row)."""
    return (
        (block.kind is Kind.PARAGRAPH or (block.kind is Kind.HEADING and block.level == 0))
        and block.text[:1].isalpha()
        and looks_like_person(block.text)
    )


def _job(block: Block) -> bool:
    """A job's title: a few words, capitalised, no sentence."""
    text = block.text.strip()
    return (
        block.kind is Kind.PARAGRAPH
        and 0 < len(text.split()) <= _JOB_MAX_WORDS
        and text[:1].isupper()
        and not text.endswith((".", "!", "?", ":"))
        and is_headline_text(text)
    )


def _blurb(block: Block, name: str) -> bool:
    """One sentence about the card's person that names them (a word of ``name``) in its first
    words, as the words stand in prose: before a comma, or as a possessive ("Jonas, our CTO,
    runs", "Priya's team leads")."""
    text = block.text
    words = text.split()
    if not (
        block.kind is Kind.PARAGRAPH
        and not _quotation(block)
        and len(words) <= _BLURB_MAX_WORDS
        and text.endswith((".", "!"))
    ):
        return False
    opening = {_bare(word) for word in words[:3]}
    return any(part in opening for part in name.split() if part[:1].isupper())


def _bare(word: str) -> str:
    """A word of prose without the punctuation after it or a possessive's ending."""
    word = word.rstrip(",;:")
    for ending in ("'s", "’s"):
        word = word.removesuffix(ending)
    return word
