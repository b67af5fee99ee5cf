"""What a section parser is: a title it answers to and one function over its blocks."""

from __future__ import annotations

from collections.abc import Callable

from extractor.base.patterns import compiled
from extractor.base.values import Value
from extractor.parsing.draft import Draft
from extractor.read.blocks import Block, Kind

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Final


class Section(Value):
    """A heading and the blocks up to the next heading. ``heading`` is None for the preamble.
    (This and :class:`SectionParser` are plain classes: see :mod:`extractor.base.values`.)"""

    __slots__ = ("body", "heading", "title")
    title: Final[str]
    heading: Final[Block | None]
    body: Final[list[Block]]

    def __init__(self, title: str, heading: Block | None, body: list[Block]) -> None:
        self.title = title
        self.heading = heading
        self.body = body


SectionParse = Callable[[Section, Draft], None]


class SectionParser(Value):
    """A registered section parser: the titles it answers to (compared by :func:`fold_key`)
    and the function that reads the section into the draft."""

    __slots__ = ("name", "parse", "titles")
    name: Final[str]
    titles: Final[tuple[str, ...]]
    parse: Final[SectionParse]

    def __init__(self, name: str, titles: tuple[str, ...], parse: SectionParse) -> None:
        self.name = name
        self.titles = titles
        self.parse = parse


def paragraphs(blocks: list[Block]) -> str:
    """Blocks as prose: lines that touch join with a space, anything else is a new paragraph."""
    return "\n\n".join(" ".join(b.text for b in part) for part in paragraph_blocks(blocks))


def paragraph_blocks(blocks: list[Block]) -> list[list[Block]]:
    """The blocks of each paragraph :func:`paragraphs` makes of ``blocks``."""
    parts: list[list[Block]] = []
    last_end = -2
    for block in blocks:
        if parts and block.wraps and block.start == last_end + 1 and block.marker == "":
            parts[-1].append(block)
        else:
            parts.append([block])
        last_end = block.end
    return parts


# A printed line: as long as a page's line of body text is (and no longer: a converter may
# wrap it once more), cut mid-sentence (a letter, a digit, a comma, or a word's end-of-line
# hyphen "Minne-"); the paragraph below goes on (a letter or a digit first).
_PRINTED_LINE = range(45, 101)
_MID_SENTENCE = compiled(r"(?:[^\W\d_]|[\d,]|(?<=\w)-)$")
_GOES_ON = compiled(r"^[^\W_]")  # a letter or a digit
_SENTENCE_WORDS = 8
# A compound's own hyphen falls at a line's end as often as a typesetter's does: after these
# words it is the compound's ("co-" / "founder", "well-" / "known", "self-" / "taught"), kept.
_COMPOUND_HEADS = frozenset(
    {"co", "well", "self", "non", "ex", "all", "anti", "cross", "half", "multi", "semi"}
    | {"full", "long", "short", "high", "low", "world", "award", "first", "second", "third"}
)
_BARE_NUMBER = compiled(r"\d{1,3}\.?")  # a list's number set apart ("1", "2.")


def printed_lines_joined(
    blocks: list[Block], apart: Callable[[Block], bool] | None = None
) -> list[Block]:
    """``blocks`` with the lines of a printed page joined back into their paragraphs. A PDF
    converted to HTML (one positioned ``<p>`` per printed line), and any text copied from it,
    sets each line apart as a paragraph: a paragraph that stops mid-sentence at a full line's
    length, followed by one that goes on, is one paragraph. A word cut by the line's hyphen is
    made whole ("Minne-" + "apolis"): a hyphen at a printed line's end is the typesetter's.
    ``apart``: a line that is joined to none (a header's byline above a bio)."""
    if len(blocks) < 2:
        return blocks
    parts = paragraph_blocks(blocks)
    if len(parts) < 2 or not any(_printed_line(part) for part in parts[:-1]):
        return blocks  # (most sections: paragraphs that end their sentences)
    runs: list[list[list[Block]]] = [[parts[0]]]  # each: the printed lines of one paragraph
    above = parts[0]  # the printed line above, as read
    for part in parts[1:]:
        if (
            _printed_line(above)
            and _goes_on(part, above, chain=len(runs[-1]) > 1)
            and (apart is None or not any(apart(b) for b in (*above, *part)))
        ):
            runs[-1].append(part)
        else:
            runs.append([part])
        above = part
    return [block for run in runs for block in (run[0] if len(run) == 1 else [_joined(run)])]


def _joined(run: list[list[Block]]) -> Block:
    """The printed lines of ``run`` as one paragraph (built once: a long run joined pairwise
    copied its text again at every line)."""
    pieces: list[str] = []
    upper = ""  # the line above, as read
    for part in run:
        lower = " ".join(b.text for b in part)
        if not pieces:
            pieces.append(lower)
        elif upper.endswith("-") and upper[-2:-1].islower() and lower[0].islower():
            head = upper[:-1].rsplit(None, 1)[-1].lower()
            if head not in _COMPOUND_HEADS:
                pieces[-1] = pieces[-1][:-1]  # the typesetter's hyphen
            pieces.append(lower)
        else:
            pieces.append(" " + lower)
        upper = lower
    return run[0][0]._replace(text="".join(pieces), end=run[-1][-1].end, wraps=False)


def _printed_line(part: list[Block]) -> bool:
    """``part`` is one printed line (a paragraph, perhaps wrapped once more by a converter)
    that stops mid-sentence (see ``_PRINTED_LINE``)."""
    if any(b.kind is not Kind.PARAGRAPH or b.marker for b in part):
        return False
    text = " ".join(b.text for b in part)
    if len(text) not in _PRINTED_LINE or not _MID_SENTENCE.search(text):
        return False
    return not text.endswith("-") or text[-2].islower()


def _goes_on(part: list[Block], above: list[Block], *, chain: bool) -> bool:
    """``part`` carries on the printed line ``above``: it starts in lower case or with a
    digit, or with any letter once lines were joined above or when the line above is a
    sentence's run of words cut on a small word (a capital may open a line mid-sentence:
    "clients in" / "Italy and Germany."). A capital under a short line is not taken: a title
    or a headline over the prose stops as a printed line may."""
    first = part[0]
    if first.kind is not Kind.PARAGRAPH or first.marker or not _GOES_ON.match(first.text):
        return False
    if _BARE_NUMBER.fullmatch(" ".join(b.text for b in part).strip()):
        return False  # a numbered list's "1" under its lead-in, not the line's last word
    if chain or first.text[0].islower() or first.text[0].isdigit():
        return True
    words = " ".join(b.text for b in above).split()
    return len(words) >= _SENTENCE_WORDS and words[-1].islower()
