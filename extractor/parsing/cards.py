"""A team page's cards as a converter gives them: the card's button run into one line.

A team or speakers page sets each person as a card that opens in place (an accordion): a button
holding the person's name, their role and a toggle's label ("Read bio +", "Close −"). Its
elements are inline, with no space between them, so a converter runs them together:
"Jane DoeChief Executive at AcmeClose −". The toggle is the site's; the name and the role are
the card's header, which the locator and the preamble read as two lines.

The shape, not any words: a line that ends in a toggle's sign (+ to open, − or × to close)
after a short label, and the name run into the role where a lower-case letter meets a capital
(or a letter of a script without case meets a capital).

A reader that keeps the button's elements apart with a space ("Jane Doe Chief Executive at Acme
Close −": pandoc's Markdown of the spans, the HTML itself) leaves no join to cut at: the name
is then the start of the line that the page names again elsewhere (the bio, the summary: the
open card's person is the profile's), or the start in one script before a role in another
("Ελένη Παπαδοπούλου Chief Operating Officer"). A colleague's card, named nowhere else, is
left as it is: a guess would be a silent one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
_LOST = "\ufffd"  # the replacement character: a letter the decoding could not read


def card_headers(blocks: list[Block], draft: Draft) -> list[Block]:
    """``blocks`` with each card's button line split into the name and the role (the toggle's
    label set aside as the site's), and a toggle alone on its line set aside as the site's."""
    for block in blocks:  # a plain loop: the page-level test is asked of every page
        if block.text.endswith(_SIGNS) and _toggle_at(block) is not None:
            break
    else:
        return blocks  # no card on the page (most pages)
    out: list[Block] = []
    page = _PageText(blocks)
    for index, block in enumerate(blocks):
        cut = _toggle_at(block)
        if cut is None:
            out.append(block)
            continue
        body = block.text[:cut].rstrip()
        if not body:
            note_chrome([block], "(a card's toggle)", draft)
            continue
        elsewhere = page.elsewhere(index)
        card = _name_and_role(block._replace(text=body), elsewhere)
        if len(card) == 1:
            draft.cards.add((card[0].start, card[0].text))
        elif _unattested(card, body, elsewhere):
            draft.card_guesses[card[0].start, card[0].text] = card[1].text
        out += card
    return out


def _unattested(card: list[Block], button: str, elsewhere: Callable[[str], str]) -> bool:
    """Was the name cut from a button that kept it apart from the role with a space only,
    where the role's first word is found nowhere else on the page? That word may then end the
    name as well as start the role ("Mary Ann Young Executive Director", the bio naming "Mary
    Ann"): a guess, said where the line is taken for the leader's name. A profile restates its
    leader's role in prose ("is chief executive of"), which attests the cut."""
    name, role = card
    if button[len(name.text) : len(name.text) + 1] != " " or _scripts_apart(name.text, role.text):
        return False  # run together, or the script changes: where the role starts is sure
    first = _WORD.search(role.text)
    return first is not None and not elsewhere(first.group())


class _PageText:
    """The page's other text that may name a card's person, found by the name's first word: an
    index of the page's words, made once when a card's button needs it (see :func:`_spaced`).
    Searching the whole page for every start of every button cost a team page of a few hundred
    cards seconds."""

    __slots__ = ("_blocks", "_holding")

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._holding: dict[str, list[int]] = {}

    def elsewhere(self, index: int) -> Callable[[str], str]:
        """The text, less block ``index``'s own (the button names itself), of each block that
        holds a word (any case), each with the text after it: see :meth:`holding`."""
        return lambda word: self.holding(word, index)

    def holding(self, word: str, index: int) -> str:
        """The blocks but ``index`` that hold ``word`` as a whole word in any case, each joined
        to the next block's text (what follows a name at a block's end), one a line. A name the
        page names holds its first word so: only those blocks are searched."""
        if not self._holding:
            for at, block in enumerate(self._blocks):
                for key in {found.casefold() for found in _WORD.findall(block.text)}:
                    self._holding.setdefault(key, []).append(at)
        pieces = []
        blocks = self._blocks
        for at in self._holding.get(word.casefold(), ()):
            if at == index:
                continue
            after = at + 2 if at + 1 == index else at + 1
            following = blocks[after].text if after < len(blocks) else ""
            pieces.append(f"{blocks[at].text}\n{following}")
        return "\n".join(pieces)


_WORD = compiled(r"\w+")


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


def _name_and_role(block: Block, elsewhere: Callable[[str], str]) -> list[Block]:
    """The card's header as two blocks when the name is run into the role (or set apart by a
    space, see :func:`_spaced`), else as it is."""
    text = _IMAGE_MARK.sub("", block.text)
    for at in _joins(text):
        head, tail = text[:at].strip(), text[at:].strip()
        if _name_shaped(head) and _role_shaped(tail):
            return [block._replace(text=head), block._replace(kind=Kind.PARAGRAPH, text=tail)]
    spaced = _spaced(text, elsewhere)
    if spaced is not None:
        head, tail = text[:spaced].strip(), text[spaced:].strip()
        return [block._replace(text=head), block._replace(kind=Kind.PARAGRAPH, text=tail)]
    return [block]


def _role_shaped(text: str) -> bool:
    """A card's role: two words at least, shaped like a headline."""
    return len(text.split()) > 1 and is_headline_text(text)


def _spaced(text: str, elsewhere: Callable[[str], str]) -> int | None:
    """Where the role starts in a button whose name and role a space keeps apart, or None: the
    longest start of the line shaped like a name, before a capitalised role, that is in a
    script the role is not in, or that the page names again elsewhere (as written, in ordinary
    case, or without a nickname in quotation marks) with another word than the role's first
    after it (a bio that opens "Jane Doe Chief Executive of ..." names every start of the line;
    "Jane Doe said" names the name alone). ``elsewhere(word)``: the page's other text that
    holds ``word``, the start's first."""
    words = text.split(" ")
    for count in range(min(len(words) - 2, _NAME_MAX_WORDS), 0, -1):
        head, tail = " ".join(words[:count]), " ".join(words[count:])
        if not (tail[:1].isupper() and _name_shaped(head) and _role_shaped(tail)):
            continue
        if _scripts_apart(head, tail):
            return len(head)
        first = _WORD.search(head)
        if first is not None and _named_apart(head, words[count], elsewhere(first.group())):
            return len(head)
    return None


_NAME_MAX_WORDS = 6
# A nickname in quotation marks inside a name ('Siddharth "Sid" Venkataraman'): prose names
# the person without it.
_NICKNAME = compiled(r"\s[\"“‘'][^\"“”‘’']+[\"”’']")


def _named_apart(head: str, following: str, elsewhere: str) -> bool:
    """Does the page's other text name ``head`` (as written, in ordinary case, or without a
    nickname) once at least with some other word than ``following`` (the role's first) after
    it?"""
    after = rf"(?!\w)(?!\s+{re.escape(following)}(?!\w))"
    forms = {head, in_ordinary_case(head), _NICKNAME.sub("", head)}
    return any(
        re.search(rf"(?<!\w){re.escape(form)}{after}", elsewhere) is not None
        for form in forms
        if form
    )


def _scripts_apart(head: str, tail: str) -> bool:
    """The name in letters of no Latin script ("Ελένη", "林佳蓉"), the role in Latin ones."""
    name_letters = [c for c in head if c.isalpha()]
    role_letters = [c for c in tail if c.isalpha()]
    return (
        bool(name_letters and role_letters)
        and not any(c.isascii() for c in name_letters)
        and all(c.isascii() for c in role_letters[:3])
    )


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
        # a letter the decoding lost ("Adébáy\ufffdHead": damaged UTF-8, said elsewhere) after
        # letters: the word ended there as any other
        caseless = caseless or (last == _LOST and before[-2:-1].isalpha())
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
