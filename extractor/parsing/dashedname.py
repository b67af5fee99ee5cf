"""A name and its headline on one line, set apart by a dash: "Jane Doe — CEO at Acme".

An issue's or a post's body opens the profile with one line, the name in bold and the headline
in italics after a dash (``**Jane Doe** — *CEO at Acme*``). Read as one line it is neither a
name nor a headline, so the name is looked for above it, in the page's chrome (a board's
column titles, a panel's header).

Such a line is two lines here: the name, then the headline. Only before the first known
section title, only a start written like a person's name that the page names again below
(the summary and quotes name the leader) and not above on a line of its own (that is the
header; the dashed line under it is the bio's, "Ada Stone — Founder of the Harbour Club"),
and only a rest that reads as a headline.
"""

from __future__ import annotations

from extractor.parsing.leader_name import names_in, written_like_a_name
from extractor.parsing.sections import parser_for
from extractor.parsing.sections.preamble import is_headline_text
from extractor.read.blocks import HEADING, PARAGRAPH, Block

_DASHES = (" — ", " – ")
_LINE_MAX_CHARS = 160
_TRIED_MAX = 4  # dashed lines asked (see split_dashed_name)


def split_dashed_name(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the first "Name — Headline" line before the sections as two blocks
    (see the module); the blocks themselves when there is none. Only the first few such lines
    are asked whether the page names them again (each asks all the text below it): a header
    stands among them, and a page of many (a team's directory) has no one name to split."""
    tried = 0
    for at, block in enumerate(blocks):
        if parser_for(block) is not None:
            return blocks  # the sections begin: the name stands above them
        parts = _parts(block)
        if parts is None:
            continue
        tried += 1
        if tried > _TRIED_MAX:
            return blocks
        name, headline = parts
        if any(b.text == name for b in blocks[:at]):
            return blocks  # the header's own name line stands above: the line is the bio's
        below = "\n".join(b.text for b in blocks[at + 1 :])
        if not names_in(below, name):
            continue
        return [
            *blocks[:at],
            block._replace(text=name),
            block._replace(kind=PARAGRAPH, text=headline, level=0),
            *blocks[at + 1 :],
        ]
    return blocks


def _parts(block: Block) -> tuple[str, str] | None:
    """The name and the headline of a "Name — Headline" paragraph, or None."""
    text = block.text
    if block.kind not in (PARAGRAPH, HEADING) or len(text) > _LINE_MAX_CHARS:
        return None
    dash = next((d for d in _DASHES if d in text), None)
    if dash is None:
        return None
    name, _, headline = text.partition(dash)
    name, headline = name.strip(), headline.strip()
    if (
        not written_like_a_name(name)
        or not headline[:1].isupper()
        or dash in headline
        or not is_headline_text(headline)
    ):
        return None
    return name, headline
