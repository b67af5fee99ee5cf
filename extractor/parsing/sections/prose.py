"""Sections that are plain prose: the episode summary, and an explicit bio ("About").

A prose section runs from its title to the next one, so whatever a site sets between two
sections lands in it: an ad's label ("ADVERTISEMENT" in a box of its own), a link under the
paragraph ("Read more", "Show full bio"), a tab's label. Such a block is one short line with no
sentence in it, standing after the section's prose: it is set aside as site chrome, and the
field says so (``section-line-doubtful``), since the line may still be the section's own. A
short last paragraph written as an editor's note ("Presented at ..., Fall 2026.", "Recorded
in ...") may be the site's too, but it is a sentence: it stays, and the field says so.
"""

from __future__ import annotations

from extractor.base.patterns import compiled
from extractor.parsing.chrome import note_chrome
from extractor.parsing.draft import Draft
from extractor.parsing.sections.base import (
    Section,
    paragraph_blocks,
    paragraphs,
    printed_lines_joined,
)
from extractor.read.blocks import Block, Kind

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
    if not holds_prose(section.body):
        first = section.body[0]
        draft.flag(
            "section-line-doubtful",
            f"section {section.title!r}, read as the {field}, holds no sentence of prose (labels, "
            f"key/value rows, a tab's links from line {first.start}): it may be a panel of the "
            f"site's, not the {field}; kept",
            section.heading or first,
            field,
        )
    body = printed_lines_joined(section.body)
    body = _without_note_marks(_without_stray_lines(field, body, draft), draft)
    if not body:
        return
    _doubt_closing_note(field, body, draft)
    text = paragraphs(body)
    earlier = draft.text(field)
    if earlier:
        draft.flag(
            "section-duplicate",
            f"{field} given twice; the texts are joined",
            section.heading,
            field,
        )
        text = f"{earlier}\n\n{text}"
    draft.put(field, text, body)


# A footnote's mark after a sentence's stop ("… in 2018.[1]", "… in 2018. [1]" as an HTML reader
# spaces the superscript, "…[[1]](#_ftn1)" as a converter keeps its link).
_NOTE_MARK = r"(?:\[\[\d{1,3}\]\]\(#[^)\s]*\)|\[\d{1,3}\])"
_MARK_AFTER_STOP = compiled(rf"(?<=[.!?…\"”’)])\s?{_NOTE_MARK}(?=\s|$)")
_MARK_ALONE = compiled(rf"^{_NOTE_MARK}$")


def _without_note_marks(body: list[Block], draft: Draft) -> list[Block]:
    """``body`` without footnotes' marks: cut from the sentence they follow, and a mark a
    converter set as a paragraph of its own set aside as the page's (a word processor's
    footnote; the note itself stands at the document's end). The prose reads as written."""
    if not any("[" in b.text for b in body):
        return body  # (most sections: no bracket at all)
    kept: list[Block] = []
    for block in body:
        if _MARK_ALONE.match(block.text.strip()):
            note_chrome([block], "(a footnote's mark)", draft)
            continue
        text = _MARK_AFTER_STOP.sub("", block.text) if "[" in block.text else block.text
        kept.append(block if text == block.text else block._replace(text=text))
    return kept


# A stray line: a label or a link's text, a few words.
_STRAY_MAX_WORDS = 4
# A paragraph of prose: a sentence of a few words at least, closed by its stop.
_PROSE_MIN_WORDS = 6
_SENTENCE_STOPS = ".!?…"
_CLOSING = "\"'”’»)]*_"


def _without_stray_lines(field: TextField, body: list[Block], draft: Draft) -> list[Block]:
    """``body`` without the stray lines after its first paragraph of prose (see the module's
    docstring), each set aside as site chrome and named on ``field``."""
    parts = paragraph_blocks(body)
    if len(parts) < 2 and len(body) < 2:
        return body  # (most sections: one paragraph on one line, nothing after it)
    strays: list[Block] = []
    prose_above = False
    for part in parts:
        if prose_above and len(part) == 1 and _stray_line(part[0]):
            strays.append(part[0])
        elif _label_under_wrapped(part):
            strays.append(part[-1])
            prose_above = True
        elif _prose_paragraph(part):
            prose_above = True
    if not strays:
        return body
    note_chrome(strays, f"(a short line in the {field}, no sentence: a label or a link)", draft)
    for stray in strays:
        draft.flag(
            "section-line-doubtful",
            f"line {stray.start} {stray.text!r}, a short line with no sentence after the "
            f"{field}'s prose, was read as the site's (a label, a link, a box between "
            f"sections), not as the {field}'s; it may be the {field}'s own",
            stray,
            field,
        )
    set_aside = set(strays)  # (a list's ``in`` made a long section quadratic)
    return [b for b in body if b not in set_aside]


def _label_under_wrapped(part: list[Block]) -> bool:
    """A stray line right under a hard-wrapped paragraph, no blank line between, that the
    paragraph would take as its last line: its line above closes a sentence and the rest is
    prose ("... along the coast of\n Galway and Mayo.\n Read more")."""
    return (
        len(part) >= 2
        and _stray_line(part[-1])
        and _closes_sentence(part[-2].text)
        and _prose_paragraph(part[:-1])
    )


def _closes_sentence(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSING).endswith(tuple(_SENTENCE_STOPS))


def _stray_line(block: Block) -> bool:
    """One line of a few words that ends no sentence ("ADVERTISEMENT", "Read more"). A line
    with a comma, a colon or a digit in it states something ("Based in Berlin, Germany",
    "Joined in 2019"), as a bio's last line may: a label or a link's text seldom does."""
    text = block.text.strip()
    return (
        # (or a title the reader inferred that opened no section: a known title follows it)
        (block.kind is Kind.PARAGRAPH or (block.kind is Kind.HEADING and block.level == 0))
        and block.start == block.end
        and 0 < len(text.split()) <= _STRAY_MAX_WORDS
        and not _closes_sentence(text)
        and not any(c in ",;:" or c.isdigit() for c in text)
        and any(c.isalpha() for c in text)
    )


def holds_prose(body: list[Block]) -> bool:
    """Does a section's ``body`` hold a sentence (words closed by a sentence's stop, "A
    talk.")? A tab's row of links or a panel of labels and values does not."""
    return any(
        _closes_sentence(part[-1].text) and sum(len(b.text.split()) for b in part) > 1
        for part in paragraph_blocks(body)
    )


def _prose_paragraph(part: list[Block]) -> bool:
    """A paragraph that is prose: several words, closed by a sentence's stop."""
    return (
        _closes_sentence(part[-1].text)
        and sum(len(b.text.split()) for b in part) >= _PROSE_MIN_WORDS
    )


# An editor's note: a past participle opening a sentence with no subject ("Presented at the
# Dean's seminar, Fall 2026.", "Recorded live in Lagos.", "Adapted from a talk given in 2024.").
_NOTE_OPENING = compiled(r"^[^\W\d_]{3,}ed\s+[a-z]")
_NOTE_MAX_WORDS = 12


def _doubt_closing_note(field: TextField, body: list[Block], draft: Draft) -> None:
    """The last paragraph of ``body``, when it is one short sentence written as an editor's
    note after prose (a paragraph at least twice as long above it): kept, and named on
    ``field`` as maybe the site's."""
    parts = paragraph_blocks(body)
    if len(parts) < 2:
        return
    last = parts[-1]
    words = sum(len(b.text.split()) for b in last)
    text = " ".join(b.text for b in last).strip()
    longest = max(sum(len(b.text.split()) for b in part) for part in parts[:-1])
    if (
        words > _NOTE_MAX_WORDS
        or not _prose_paragraph(parts[-2])
        or words * 2 > longest
        or not _closes_sentence(text)
        or _NOTE_OPENING.match(text) is None
    ):
        return
    draft.flag(
        "section-line-doubtful",
        f"the {field}'s last paragraph, line {last[0].start} {text!r}, is one short sentence "
        f"with no subject after the {field}'s prose, as a site's note is written (an event, a "
        f"credit): it was kept in the {field}, but may be the site's",
        last[0],
        field,
    )
