"""A social thread's own lines around each post: a profile written as a thread of numbered
posts (Bluesky, Mastodon, X), each post framed by the app.

Each post opens with its header, the author's display name, handle and age ("Northwind Leaders
@northwindleaders.bsky.social · 13h"), and its text ends with the thread's counter ("4/8");
under it the action bar's counts (replies, reposts, likes: bare figures, "31 reposts") and, on
the post opened, its time stamp ("10:42 AM · Mar 12, 2026"). Read in page order they sit at the
end of whatever section the post holds (a summary's last lines, extra themes "6/8", "23").
The counters are what prove a thread: two at least, of one total, counting up (a post's
ratings, "Craft 4/5", have another total), with post headers on the page; only then are the
lines around each one set aside.
"""

from __future__ import annotations

from itertools import pairwise

from extractor.base.patterns import compiled
from extractor.read.blocks import Block

# "Name @handle.domain · 13h", "Name @handle · 2d", "Name @handle@server · Mar 12".
_POST_HEADER = compiled(
    r"^[^@\n]{1,60}?\s@[\w.-]{1,60}(?:@[\w.-]{1,60})?\s*·\s*"
    r"(?:\d{1,2}\s?[smhdw]|\d{1,2}\s[A-Z][a-z]{2}|[A-Z][a-z]{2}\s\d{1,2}(?:,\s\d{4})?)$"
)
_HEADER_MAX_CHARS = 140
_HEADERS_MIN = 2
# The thread's counter: alone on its line, or at the end of the post's last line when a
# converter ran the post's lines together ("... process data. 2/8"), after a word or a stop,
# not a figure ("Craft – 3 5/8" is a score's line: its counter stays).
_COUNTER = compiled(r"(?:^|(?<=[^\d\s])\s)(\d{1,2})\s?/\s?(\d{1,2})$")
_ALONE = compiled(r"\d{1,2}\s?/\s?\d{1,2}")
_COUNTERS_MIN = 2
# The action bar and time stamp under a post: bare counts ("4", "1.2K"), counts with their
# label run together ("31 reposts112 likes"), a time and date ("10:42 AM · Mar 12, 2026").
_COUNT = compiled(
    r"^\d{1,6}(?:[.,]\d)?[KkM]?$"
    r"|^(?:\d{1,6}(?:[.,]\d)?[KkM]?\s?[^\W\d_]{3,12}\s?)+$"
    r"|^\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?\s*·\s*\S.{0,20}$"
)
_COUNT_MAX_CHARS = 48
_COUNTS_MAX = 6


def _counter(block: Block) -> tuple[int, int] | None:
    """The post's number and the thread's length when ``block`` ends with a counter."""
    text = block.text
    if not text[-1:].isdigit() or "/" not in text[-6:]:
        return None
    found = _COUNTER.search(text)
    return None if found is None else (int(found[1]), int(found[2]))


def _is_header(block: Block) -> bool:
    text = block.text
    return (
        "@" in text
        and "·" in text
        and len(text) <= _HEADER_MAX_CHARS
        and (_POST_HEADER.match(text) is not None)
    )


def thread_chrome(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """``blocks`` without a thread's per-post chrome, and that chrome (empty when the page is
    no thread). A counter at the end of a post's last line is cut off that line."""
    headers = [i for i, b in enumerate(blocks) if _is_header(b)]
    if len(headers) < _HEADERS_MIN:
        return blocks, []
    counters = _thread_counters(blocks)
    if not counters:
        # headers alone prove nothing: a quote's "Name @handle · Mar 12" line, a feed's box
        return blocks, []
    drop = set(headers)
    cut: set[int] = set()
    for index, _ in counters:
        if _ALONE.fullmatch(blocks[index].text):
            drop.add(index)
        else:
            cut.add(index)
        drop.update(_action_bar(blocks, index + 1))
    kept = [_uncounted(b) if i in cut else b for i, b in enumerate(blocks) if i not in drop]
    return kept, [b for i, b in enumerate(blocks) if i in drop]


def _thread_counters(blocks: list[Block]) -> list[tuple[int, tuple[int, int]]]:
    """The thread's counters: of the lines ending with "n/N", those of the total whose
    numbers count up, two at least (the most of them, if two totals do). A post's ratings
    ("Craft 4/5") end so too: their total is another, and they need not count up."""
    by_total: dict[int, list[tuple[int, tuple[int, int]]]] = {}
    for i, block in enumerate(blocks):
        found = _counter(block)
        if found is not None:
            by_total.setdefault(found[1], []).append((i, found))
    runs = [run for run in by_total.values() if _counts_up(run)]
    return max(runs, key=len) if runs else []


def _counts_up(counters: list[tuple[int, tuple[int, int]]]) -> bool:
    """Two counters at least, their numbers counting up."""
    return len(counters) >= _COUNTERS_MIN and all(
        b > a for a, b in pairwise(number for _, (number, _) in counters)
    )


def _action_bar(blocks: list[Block], start: int) -> list[int]:
    """The counts and time stamp from ``start`` (under a post's counter), up to the first
    line that is neither."""
    end = start
    while end < len(blocks) and end - start < _COUNTS_MAX and _count(blocks[end].text):
        end += 1
    return list(range(start, end))


def _count(text: str) -> bool:
    return len(text) <= _COUNT_MAX_CHARS and _COUNT.match(text) is not None


def _uncounted(block: Block) -> Block:
    """``block`` without the counter at its end."""
    found = _COUNTER.search(block.text)
    return block if found is None else block._replace(text=block.text[: found.start()].rstrip())
