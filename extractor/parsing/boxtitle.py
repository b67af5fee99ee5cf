"""A site box's title read on as the last entry of an unmarked list that ends the profile.

A text rendering (a browser's copy, a converter's plain text) loses the bullets of the
profile's last list and the markup of the title of the site's next box ("Meet more mentors"
over cards, "Talks by Sølvi" over videos, "Trusted by teams at" over logos). The locator cuts
the profile where the box's cards begin, so the title stays the list's last line: a short
line under entries that are all longer. A list's entries are written alike, so that line is
doubtful; when it ends in a word that needs what follows it ("... teams at", "Featured in:")
it introduces the box and is the site's, set aside. Otherwise it is kept and flagged.

The quotes ending the profile as testimonial cards (the words, a name, a short line under
it) meet the same title: a last card with no line under its name takes it for its caption,
so that line is flagged unless it names who or what ("On craft").
"""

from __future__ import annotations

from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import Section, SectionParser
from extractor.parsing.sections.quotes import CARD_LINES, looks_like_person, names_who_or_what
from extractor.read.blocks import Block, Kind

# Sections whose entries are lines written alike (themes are chips of any length).
_LISTS = frozenset({"principles"})
_ABOVE_MIN = 2  # entries above the last one: two, so that one entry is no pattern
_TITLE_MAX_WORDS = 4  # a box's title: a few words
_GAP_MAX = 2  # source lines from the title to the box's first line below it: one blank
# Words an English title over what follows it ends in: the box's content completes it.
_DANGLING = frozenset(
    {"at", "by", "from", "with", "for", "of", "to", "and", "the", "a", "an", "our", "in", "on"}
)


def box_title_at_end(
    sections: list[tuple[Section, SectionParser | None]], rest: list[Block], draft: Draft
) -> None:
    """Check the last section's last entry against the box below the profile (``rest``,
    the site's lines from where the profile ends); a title that introduces the box is taken
    out of the section (``sections`` is changed), any other doubtful one is flagged."""
    if not sections or not rest:
        return
    section, parser = sections[-1]
    if parser is not None and parser.name == "quotes":
        _caption_at_end(section, rest, draft)
        return
    if parser is None or parser.name not in _LISTS or len(section.body) <= _ABOVE_MIN:
        return
    *above, last = section.body
    words = len(last.text.split())
    if (
        words > _TITLE_MAX_WORDS
        or rest[0].start - last.end > _GAP_MAX
        or last.text.rstrip().endswith((".", "!", "?"))
        or any(block.marker for block in section.body)  # marked: the marks say where it ends
        or any(len(block.text.split()) <= words for block in above)
    ):
        return
    text = last.text.strip()
    if text.endswith(":") or text.split()[-1].lower() in _DANGLING:
        sections[-1] = (Section(section.title, section.heading, above), parser)
        draft.flag(
            "site-chrome",
            f"line {last.start} {text!r}, under the {parser.name}, is left unfinished for the "
            "site's box below it: read as that box's title, not as an entry",
            last,
        )
        return
    draft.flag(
        "section-line-doubtful",
        f"the last of the {parser.name}, {text!r} (line {last.start}), is shorter than every "
        "entry above it and stands right over the site's lines below the profile: it may be "
        "the title of the site's next box, not an entry",
        last,
        parser.name,
    )


def _caption_at_end(section: Section, rest: list[Block], draft: Draft) -> None:
    """The quotes end the profile with a caption set over two lines (a name, then a short
    line: a testimonial card's), right over the site's lines below: a card with no line under
    its name and the site's next box title ("Meet more mentors") look the same, and the site's
    share buttons set aside between them hide how far apart they stood. A line that names who
    or what ("On craft") is the card's; any other is flagged."""
    body = section.body
    if len(body) < CARD_LINES or not rest:
        return
    last, name = body[-1], body[-2]
    text = last.text.strip()
    if (
        last.kind not in (Kind.PARAGRAPH, Kind.HEADING)
        or not (name.kind is Kind.PARAGRAPH or (name.kind is Kind.HEADING and not name.level))
        or not 0 < len(text.split()) <= _TITLE_MAX_WORDS
        or text.endswith((".", "!", "?"))
        or not looks_like_person(name.text)
        or names_who_or_what(text)
    ):
        return
    draft.flag(
        "section-line-doubtful",
        f"the last quote's caption line {text!r} (line {last.start}), under the name "
        f"{name.text!r}, is the profile's last line before the site's: it may be the title "
        "of the site's next box, not the quote's context",
        last,
        "quotes",
    )
