"""Chips glued together with no space between: "heat pumpsfirmware updatesremote diagnostics".

A component library that sets each chip as a ``<button>`` or ``inline-block`` with no
whitespace between them gives, in ``innerText`` and in every converter, the chips' words run
into each other at every chip boundary. Each glued token is unknown to English as a whole
(word frequency zero) while both of its halves are common words ("pumps" + "firmware",
"sales" + "Spain"): that is where one chip ends and the next begins. A rare word or a name
that happens to be two words ("Nordkraft", "healthtech") is one token among ordinary ones, so
a line is taken apart only where two or more tokens are glued so: chips glued once are glued
at every boundary.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from extractor.base.memo import per_line

_MIN_TOKEN = 6  # "ab"+"cd" is too short to tell from a word
_MIN_PART = 2
_COMMON = 3.0  # Zipf frequency of a word in everyday use
_PART_COMMON = 2.0  # each half of a lower-case token cut in two ("personalisation" is 2.2)
_MIN_GLUES = 2
_TOKEN = re.compile(r"[^\s-]+")
_EDGE = ".,;:!?()[]\"'“”‘’&"  # punctuation at a token's edges, not part of its word


def glue_points(text: str) -> list[int]:
    """Offsets in ``text`` where a chip ends and the next begins with no space between, when
    the line has at least two; else none."""
    return list(_glue_points(text))


@per_line  # a page's chip lines recur across the pages of a site
def _glue_points(text: str) -> tuple[int, ...]:
    points: list[int] = []
    for match in _TOKEN.finditer(text):
        token = match[0]
        # A line's tokens are mostly words seen before: a short one is looked up once; a long
        # one (a URL, a run of glued chips) is judged each time, so the table stays small.
        cut = _kept_glued_at(token) if len(token) <= _KEPT_TOKEN_CHARS else _glued_at(token)
        cuts = [cut] if cut is not None else _glued_many(token)
        points.extend(match.start() + at for at in cuts)
    return tuple(points) if len(points) >= _MIN_GLUES else ()


def unglued(text: str, points: list[int]) -> list[str]:
    """The chips of ``text`` cut at ``points`` (each piece stripped)."""
    bounds = [0, *points, len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


# A lower-case letter, then a capital: where "advisers" meets "A/B testing" in "advisersA/B".
_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")


_KEPT_TOKEN_CHARS = 64  # longer tokens are judged each time, never kept
_TOKENS_KEPT = 16384


def _glued_at(token: str) -> int | None:
    """Where ``token`` is two common words glued together, or None (a word in its own right)."""
    word = token.strip(_EDGE)
    if len(word) < _MIN_TOKEN:
        return None
    if not word.isalpha() or not word[0].islower():
        # A capitalised unknown word is a name ("Nordkraft"), not two words glued; only a
        # capital inside it may mark a join ("salesSpain", "PortugalSMS", "advisersA/B").
        return _camel_join(token)
    if _zipf(word) > 0:
        return None
    best: tuple[float, int] | None = None
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        left, right = _zipf(word[:cut]), _zipf(word[cut:])
        # Both halves in use; of the cuts that make two words, the one whose words are the
        # most common together ("apps|in", not "app|sin").
        if min(left, right) >= _PART_COMMON and (best is None or left + right > best[0]):
            best = (left + right, cut)
    if best is None:
        return None
    return token.index(word) + best[1]


_kept_glued_at = lru_cache(maxsize=_TOKENS_KEPT)(_glued_at)


def _camel_join(token: str) -> int | None:
    """A common lower-case word glued to a capital that begins an acronym or a name
    ("advisersA/B"), in a token English does not know as a whole."""
    join = _CAMEL_JOIN.search(token)
    if join is None:
        return None
    left = token[: join.start()].lstrip(_EDGE)
    if not left.isalpha() or len(left) < _MIN_TOKEN - 2 or _zipf(left) < _COMMON:
        return None
    letters = "".join(ch for ch in token if ch.isalpha())
    return join.start() if _zipf(letters) == 0 else None


def _zipf(word: str) -> float:
    # The word tables load only for a line that may be glued (most pages have none).
    from extractor.parsing.chips.lexicon import facts

    return facts(word.casefold()).zipf


_MANY_MIN_PART = 3  # a word of a token glued from three or more: "sea" in "planprocurementsea"
_NAME_MIN_PART = 5  # each word of a capitalised token: "Europe|tenure"
_MAX_PARTS = 3
_DIGITS_MIN = 3  # a year or a number, not a model's digit ("Web3", "B2B")
_ACRONYM_MIN = 2


def _glued_many(token: str) -> list[int]:
    """Where a token glued from several chips is cut, when no single cut makes two words.

    The joins a glued run of chips shows: a common word then a capital ("defence|PPP"), an
    acronym then a lower-case word ("PPP|climate"), a common word then a number of three
    digits or more ("adaptation|2050"), a number then an acronym ("4.0|EV"); and, inside a
    piece unknown as a whole, the cuts that make it all common words ("plan|procurement|sea",
    "Europe|tenure"). None is tried in a token English knows ("Instagram", "LinkedIn").
    """
    word = token.strip(_EDGE)
    if len(word) < _MIN_TOKEN or (word.isalpha() and _zipf(word) > 0):
        return []
    offset = token.index(word)
    bounds = [0, *_structural_cuts(word), len(word)]
    cuts: list[int] = []
    for start, end in itertools.pairwise(bounds):
        piece = word[start:end]
        if start:
            cuts.append(start)
        if len(piece) >= 2 * _MANY_MIN_PART and piece.isalpha() and _zipf(piece) == 0:
            if piece[0].islower():  # everyday words only: a rare word cut in syllables
                # ("premium|iza|tion") is common words rarely
                cuts.extend(start + at for at in _word_cuts(piece, _COMMON))
            else:  # a name cut in syllables is common words too ("Mit|tel|stand"): longer only
                cuts.extend(start + at for at in _word_cuts(piece, _COMMON, _NAME_MIN_PART))
    return [offset + at for at in cuts]


def _structural_cuts(word: str) -> list[int]:
    """Joins shown by case and digits (see :func:`_glued_many`)."""
    cuts: list[int] = []
    last = 0
    for at in range(1, len(word)):
        before, here = word[at - 1], word[at]
        piece = word[last:at]
        if before.islower() and here.isupper():
            ok = piece.isalpha() and len(piece) >= _MIN_TOKEN - 2
            ok = ok and (_zipf(piece) >= _COMMON or bool(_word_cuts(piece, _PART_COMMON)))
        elif before.isupper() and here.islower():
            # An acronym whole before a lower-case word: "PPP|climate" (a capitalised word
            # after it would be "PPPClimate", not this).
            ok = len(piece) >= _ACRONYM_MIN and piece.isupper() and piece.isalpha()
            ok = ok and _run(_LOWER_RUN, word, at) >= _MANY_MIN_PART
        elif before.isalpha() and here.isdigit():
            ok = piece.isalpha() and piece[-1].islower() and _zipf(piece) >= _COMMON
            ok = ok and _run(_DIGIT_RUN, word, at) >= _DIGITS_MIN
        elif before.isdigit() and here.isupper():
            ok = len(piece) >= _ACRONYM_MIN and _run(_UPPER_RUN, word, at) >= _ACRONYM_MIN
        else:
            ok = False
        if ok:
            cuts.append(at)
            last = at
    return cuts


_LOWER_RUN = re.compile(r"[a-z]+")
_DIGIT_RUN = re.compile(r"\d+")
_UPPER_RUN = re.compile(r"[A-Z]+")


def _run(pattern: re.Pattern[str], word: str, at: int) -> int:
    """How many characters from ``at`` on ``pattern`` matches (0: none)."""
    found = pattern.match(word, at)
    return 0 if found is None else len(found[0])


def _word_cuts(piece: str, least: float, shortest: int = _MANY_MIN_PART) -> list[int]:
    """The fewest cuts (two or three words) that make ``piece`` all words of ``shortest``
    letters or more at least ``least`` common (the commonest such words on ties), or none."""
    size = len(piece)
    # best[i]: (parts, -total frequency, cuts) for piece[:i]
    best: list[tuple[int, float, list[int]] | None] = [None] * (size + 1)
    best[0] = (0, 0.0, [])
    for end in range(shortest, size + 1):
        for start in range(0, end - shortest + 1):
            before = best[start]
            if before is None:
                continue
            frequency = _zipf(piece[start:end])
            if frequency < least:
                continue
            cuts = [*before[2], start] if start else []
            found = (before[0] + 1, before[1] - frequency, cuts)
            known = best[end]
            if known is None or found[:2] < known[:2]:
                best[end] = found
    whole = best[size]
    return [] if whole is None or not 2 <= whole[0] <= _MAX_PARTS else whole[2]
