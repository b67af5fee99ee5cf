"""A team page's cards as a converter gives them: the card's button run into one line.

A team or speakers page sets each person as a card that opens in place (an accordion): a button
holding the person's name, their role and a toggle's label ("Read bio +", "Close −"). Its
elements are inline, with no space between them, so a converter runs them together:
"Jane DoeChief Executive at AcmeClose −". The toggle is the site's; the name and the role are
the card's header, which the locator and the preamble read as two lines.

The shape, not any words: a line that ends in a toggle's sign (+ to open, − or × to close)
after a short label, and the name run into the role where a lower-case letter meets a capital
(or a letter of a script without case meets a capital).
"""

from __future__ import annotations

from unicodedata import combining

from extractor.base.patterns import compiled
from extractor.parsing.chrome import note_chrome
from extractor.parsing.draft import Draft
from extractor.parsing.leader_name import in_ordinary_case, written_like_a_name
from extractor.parsing.sections.preamble import is_headline_text, looks_like_name
from extractor.read.blocks import Block, Kind

# A toggle's sign at the line's end, after a space: + to open, − or × to close.
_SIGNS = (" +", " −", " ×")
_LABEL_LOWER_WORDS = 2  # "Read bio", "Show more": a capitalised word, a few lower-case ones
# A text browser's mark for the card's photo before the name ("[photo]", "[]"): w3m and lynx
# write an image's alt text in brackets.
_IMAGE_MARK = compiled(r"^\[[^\]\s]{0,20}\]")
_LOWER_RUN = 3  # lower-case letters before a capital: a join ("HassanAccountable", not "McD")


def card_headers(blocks: list[Block], draft: Draft) -> list[Block]:
    """``blocks`` with each card's button line split into the name and the role (the toggle's
    label set aside as the site's), and a toggle alone on its line set aside as the site's."""
    for block in blocks:  # a plain loop: the page-level test is asked of every page
        if block.text.endswith(_SIGNS) and _toggle_at(block) is not None:
            break
    else:
        return blocks  # no card on the page (most pages)
    out: list[Block] = []
    for block in blocks:
        cut = _toggle_at(block)
        if cut is None:
            out.append(block)
            continue
        body = block.text[:cut].rstrip()
        if not body:
            note_chrome([block], "(a card's toggle)", draft)
            continue
        out += _name_and_role(block._replace(text=body))
    return out


def _toggle_at(block: Block) -> int | None:
    """Where the toggle's label starts in ``block``'s text, or None when it ends in none: the
    sign after a space, a capitalised word (perhaps run into the text before it) and up to two
    lower-case words before the sign."""
    text = block.text
    if block.kind not in (Kind.PARAGRAPH, Kind.HEADING) or not text.endswith(_SIGNS):
        return None
    words = text[:-2].rstrip().split(" ")
    lower = 0
    while len(words) > 1 and words[-1].isalpha() and words[-1].islower():
        words.pop()
        lower += 1
    last = words[-1]
    if lower > _LABEL_LOWER_WORDS or not last[-1:].isalpha() or not last[-1:].islower():
        return None
    capital = max((i for i, c in enumerate(last) if c.isupper()), default=-1)
    if capital < 0 or not last[capital:].isalpha():
        return None
    return len(" ".join(words)) - len(last) + capital


def _name_and_role(block: Block) -> list[Block]:
    """The card's header as two blocks when the name is run into the role, else as it is."""
    text = _IMAGE_MARK.sub("", block.text)
    for at in _joins(text):
        head, tail = text[:at].strip(), text[at:].strip()
        if _name_shaped(head) and len(tail.split()) > 1 and is_headline_text(tail):
            return [block._replace(text=head), block._replace(kind=Kind.PARAGRAPH, text=tail)]
    return [block]


def _joins(text: str) -> list[int]:
    """Where a capital follows, with no space, a run of lower-case letters (a letter of a
    script without case, an abbreviation's stop: "Jr.President"): two words run together."""
    found: list[int] = []
    for at in range(1, len(text)):
        if not text[at].isupper():
            continue
        # The letters before it, without their combining marks ("Adébáyọ̀" ends in "o").
        before = "".join(c for c in text[max(0, at - 3 * _LOWER_RUN) : at] if not combining(c))
        before = before[-_LOWER_RUN:]
        last = before[-1:]
        caseless = last.isalpha() and not last.isupper() and not last.islower()
        suffix = before[-2:-1].islower() and last == "."  # "Jr.President": a suffix's stop
        if (
            caseless
            or suffix
            or (len(before) == _LOWER_RUN and before.isalpha() and before.islower())
        ):
            found.append(at)
    return found


def _name_shaped(text: str) -> bool:
    """A person's name: written like one, or letters of a script without case."""
    if not looks_like_name(text):
        return False
    return written_like_a_name(in_ordinary_case(text)) or not any(
        c.isupper() or c.islower() for c in text
    )
