"""Hard-wrapped text: find the column a converter or terminal wrapped at, and undo its wraps.

Converters (html2text, pandoc, w3m, lynx) break paragraphs at a fixed column, 72 to 80 most
often; a browser copy or ``innerText`` gives one line per paragraph instead. A greedy wrapper
moves a word to the next line only when it would not fit, so with the width known the test is
exact: line ``a`` was wrapped before line ``b`` when ``b``'s first word would have overflowed
``a``. Without a believable width no line is a wrap: each line is its own paragraph.
"""

from __future__ import annotations

import itertools

from extractor.base.patterns import compiled

MIN_WRAP = 40  # narrower "widths" are lists of short lines, not wrapping
_MAX_WRAP = 132  # wider than a terminal: one line per paragraph
# A line longer than any wrap a converter or an editor sets (an unwrapped page's paragraph).
UNWRAPPED = 100
NEAR = 0.75  # a wrapped line ends within the last quarter of the width
# Where a wrapper breaks inside a token and the rejoined line takes no space: after a word's own
# hyphen ("product-" / "minded"), and, as w3m also breaks, after a slash inside a token
# ("CAC/" / "LTV") or a hashtag's or handle's mark standing alone ("#" / "engineering").
_INSIDE_TOKEN_END = compiled(r"(?:\w[-/]|(?:^|\s)[#@])$")
# A host name: "example.com", "docs.python.org" (the last label letters only).
_HOST = compiled(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
_BULLET_START = compiled(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s")


def wrap_width(texts: list[str]) -> int | None:
    """The column the text was wrapped at, or None when its lines were not wrapped.

    The widest line that most long lines reach: at least three lines and a third of the
    long lines end near it, and few pass it (URLs, table rows). List items are left out of
    the count: html2text, for one, wraps paragraphs but never list items. So are lines set
    flush right (mostly indent: a right-aligned cell of an email's layout table, which
    w3m pads out past its wrap column): their length is the alignment's, not a wrap's.
    """
    lengths = sorted(
        (
            len(t)
            for t in texts
            if len(t) > MIN_WRAP and not _BULLET_START.match(t) and not _set_right(t)
        ),
        reverse=True,
    )
    if len(lengths) < 3:
        return None
    # Only the widest line within a terminal's width is a candidate (the lines above it are
    # what passes it); found by a scan of the sorted lengths, not one count per longer line.
    over = next((i for i, n in enumerate(lengths) if n <= _MAX_WRAP), len(lengths))
    if over == len(lengths):
        return None
    width = lengths[over]
    over = sum(1 for n in lengths if n > width)
    near = sum(1 for n in lengths if width * NEAR <= n <= width)
    if over * 10 <= len(lengths) and near >= 3 and near * 3 >= len(lengths):
        return width
    return None


def _set_right(text: str) -> bool:
    """Three quarters of the line is indent: set flush right (or centred), not wrapped."""
    return text[:1] == " " and len(text.lstrip(" ")) * 4 <= len(text)


_BLANK_SEPARATED = 0.2
_NEIGHBOURHOOD = 12  # non-blank lines on each side that decide how a stretch of text is set


def blank_line_separated(texts: list[str]) -> list[bool]:
    """For each line (by its text): does the text around it put blank lines between its blocks?

    Where it does, one newline is a soft break (touching lines are one paragraph);
    ``innerText`` and some converters put every paragraph, heading and item on its own line
    with no blank line anywhere, and there a newline is the only paragraph break there is.
    Judged around each line, not once per page: a page copied whole sets its menus and
    footer line under line and the profile's text in blank-separated paragraphs, and the many
    menu lines must not decide how the profile's paragraphs are read.
    """
    nonblank = [i for i, text in enumerate(texts) if text]
    last = len(texts) - 1
    under = [i < last and not texts[i + 1] for i in nonblank]
    size = len(nonblank)
    reach, share = _NEIGHBOURHOOD, _BLANK_SEPARATED
    if _every_stretch_separated(size, size - sum(under)):
        return [bool(text) for text in texts]
    # followed[k]: how many of the first k non-blank lines have a blank line under them.
    followed = list(itertools.accumulate(under, initial=0))
    verdicts = [False] * len(texts)
    for position, i in enumerate(nonblank):
        low = position - reach if position > reach else 0
        high = min(position + reach + 1, size)
        verdicts[i] = followed[high] - followed[low] >= share * (high - low)
    return verdicts


def _every_stretch_separated(size: int, touching: int) -> bool:
    """Does every neighbourhood of :func:`blank_line_separated` hold enough blank lines, even
    if all ``touching`` lines (non-blank, with a non-blank line under them) of the page's
    ``size`` non-blank lines stood in it? Then every line's verdict is yes, with no window
    counted: the usual page of paragraphs apart, with a list or two set line under line.

    A window of ``width`` lines holds at least ``width - touching`` lines with a blank under
    them; each width a window can have is tried with the verdict's own test."""
    if not touching:
        return True
    reach, share = _NEIGHBOURHOOD, _BLANK_SEPARATED
    narrowest, widest = min(size, reach + 1), min(size, 2 * reach + 1)
    return all(width - touching >= share * width for width in range(narrowest, widest + 1))


def wraps_into(text: str, following: str, width: int | None) -> bool:
    """Was ``following`` moved to its own line only because it did not fit after ``text``?

    One column of tolerance: ``width`` is the widest line seen, and wrappers that count the
    space after a word (``fold -s``, some terminals) stop one column short of their limit.
    """
    if width is None or not text or not following:
        return False
    first = following.split(None, 1)[0]
    gap = 0 if _broken_inside_token(text) else 1
    return len(text) + gap + len(first) >= width


def join_lines(parts: list[str]) -> str:
    """:func:`join_wrapped` over a whole run of lines, in one pass (no quadratic re-copying)."""
    if len(parts) == 1:
        return parts[0]
    pieces = [parts[0]]
    for before, part in itertools.pairwise(parts):
        inside = part[:1].isalnum() and _broken_inside_token(before)
        pieces.append(part if inside else f" {part}")
    return "".join(pieces)


def _broken_inside_token(text: str) -> bool:
    """Does a wrapped line end inside a token, so that the next line goes on without a space?

    Converters break lines at spaces and after hyphens that are already in the word
    (``product-`` / ``minded``: the hyphen stays); w3m also breaks after a slash inside a token
    (``CAC/`` / ``LTV``) and after a hashtag's or handle's mark standing alone (``#`` /
    ``engineering``). A web
    address ending in a slash is a token of its own: the break after it was at a space.
    """
    if _INSIDE_TOKEN_END.search(text) is None:
        return False
    return not (text.endswith("/") and _is_address(text.rsplit(None, 1)[-1]))


def _is_address(token: str) -> bool:
    """A web address: with a scheme, "www.", or a host name before its first slash."""
    if "://" in token or token.startswith("www."):
        return True
    return _HOST.fullmatch(token[: token.find("/")].lstrip("(<[")) is not None


def join_wrapped(text: str, tail: str) -> str:
    """Re-join a wrapped line: without a space where the wrapper broke inside a token (see
    :func:`_broken_inside_token`), else with one."""
    return join_lines([text, tail])
