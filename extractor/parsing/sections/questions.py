"""An interview's question on a line of its own, inside what was read as the bio.

A Q&A page sets each section's title as the interviewer's question ("What will you teach
while you are here?"), often a bold paragraph, which a converter turns into a plain line.
No rule knows such a title's words, so the prose and lists under it run on into the bio.
A bio rarely holds a one-sentence question standing alone between its paragraphs: when it
does, the bio says so at the line (the prose under it may be another section's).
"""

from __future__ import annotations

from extractor.base.patterns import compiled
from extractor.parsing.draft import Draft
from extractor.read.blocks import HEADING, PARAGRAPH, Block
from extractor.read.lines import OPEN_QUOTE

# A question a title can be: one sentence of a few words (a paragraph of prose that ends in
# a question is longer, or holds a sentence before it).
_QUESTION_MAX_WORDS = 14
_SENTENCE_INSIDE = compiled(r"[.!?;]\s")


def is_question_line(block: Block) -> bool:
    """One short question alone in its block, not quoted: an interviewer's question."""
    text = block.text.strip()
    return (
        block.kind in (PARAGRAPH, HEADING)
        and text.endswith("?")
        and text[:1].isalpha()
        and text[:1] not in OPEN_QUOTE
        and len(text.split()) <= _QUESTION_MAX_WORDS
        and _SENTENCE_INSIDE.search(text) is None
    )


def doubt_questions_in_bio(bio: list[Block], draft: Draft) -> None:
    """Flag the bio at its first question line under its first paragraph (see the module)."""
    for block in bio[1:]:
        if is_question_line(block):
            draft.flag(
                "section-line-doubtful",
                f"line {block.start} {block.text!r} in the bio is a question on a line of its "
                "own (an interview's question, a section title no rule knows): the lines under "
                "it may be another section's, not the bio's",
                block,
                "bio",
            )
            return
