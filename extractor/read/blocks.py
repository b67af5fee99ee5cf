"""The common block stream: what every reader produces and every section parser consumes.

Readers (text, Markdown, HTML) differ only in how they find structure; once a page is a list of
blocks with source lines, the section parsers are written once.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from extractor.base.values import Value

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from typing import Final, NamedTuple
else:
    from extractor.base.values import NamedTuple  # typing's, without importing typing


class Kind(StrEnum):
    """What a block is, as far as the reader could tell from the source's own structure."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    METER = "meter"  # a score bar with no visible number (HTML progress bars)


class Block(NamedTuple):
    """One unit of page content.

    ``start``/``end`` are 1-based source lines (inclusive): provenance travels with the data.
    ``marker`` keeps the list bullet or dash the reader removed, because ``-`` is a bullet in one
    section and an attribution dash in another, and only the section parser can tell.
    ``level`` is the heading level (1-6) when the source says so, 0 when the reader inferred a
    heading from the line's shape alone.
    ``group`` ties together blocks that the source kept apart explicitly (theme chips in one
    HTML list); 0 means no group.
    ``meter`` is a score read from a bar (``aria-valuenow``, ``width: 95%``), not from text.
    ``wraps`` says a block on the very next source line continues this one's paragraph, as in
    hard-wrapped text; HTML block elements never do.

    A NamedTuple rather than a frozen dataclass: as immutable, and four times cheaper to build,
    which matters for the one object the readers create per line.
    """

    kind: Kind
    text: str
    start: int
    end: int
    marker: str = ""
    level: int = 0
    group: int = 0
    meter: int | None = None
    wraps: bool = True


# Kind's members as plain names, for the readers and parsers that test a kind on every line:
# in Python 3.11 reading one off the enum class costs ~100 ns (its metaclass defines
# ``__getattr__``), a module's own name ~20.
HEADING = Kind.HEADING
PARAGRAPH = Kind.PARAGRAPH
ITEM = Kind.ITEM
QUOTE = Kind.QUOTE
ATTRIBUTION = Kind.ATTRIBUTION
METER = Kind.METER


BlockFields = tuple[Kind, str, int, int, str, int, int, "int | None", bool]


def new_block(fields: BlockFields) -> Block:
    """A block from all nine fields in order, as ``Block(*fields)`` gives it.

    The readers make one block per line of every page; the NamedTuple's own ``__new__`` is a
    Python function (keywords, defaults) that takes three times as long as the tuple's.
    """
    return _tuple_new(Block, fields)


_tuple_new = tuple.__new__


class Document(Value):
    """A reader's output: the block stream, plus structured data the page carried (HTML only).

    ``structured`` maps record fields (``name``, ``headline``, ``company``, ``bio``, ...) to what
    JSON-LD or a framework data blob said; it is used to cross-check, never as the main source.
    ``canonical`` is the address the page gives for itself (``<link rel=canonical>``, ``og:url``),
    as written. A plain class, not a dataclass: see :mod:`extractor.base.values`.
    """

    __slots__ = (
        "aside",
        "blocks",
        "candidates",
        "canonical",
        "chrome",
        "doubled",
        "structured",
        "structured_source",
    )
    blocks: Final[list[Block]]
    structured: Final[dict[str, object]]
    structured_source: Final[str]
    canonical: Final[str | None]
    # Every structured source the page carried, in page order (``structured`` is the first).
    candidates: Final[list[tuple[dict[str, object], str]]]
    # What the page's markup names as site chrome (a subscription widget): set aside by the
    # reader, reported by the parser, never read into a field.
    chrome: Final[list[Block]]
    # The texts the page set twice for accessibility and the reader read once
    # (``extractor.read.doubled``): reported, never dropped silently.
    doubled: Final[list[Doubled]]
    # Source lines that carry only markup the reader set aside (a Markdown reader's raw HTML
    # and fence lines, with the blank lines around them), in order: not counted when a rule
    # measures how far apart two blocks stand.
    aside: Final[tuple[int, ...]]

    def __init__(  # noqa: PLR0917 - the order the dataclass it was had
        self,
        blocks: list[Block],
        structured: dict[str, object] | None = None,
        structured_source: str = "",
        canonical: str | None = None,
        candidates: list[tuple[dict[str, object], str]] | None = None,
        chrome: list[Block] | None = None,
        doubled: list[Doubled] | None = None,
        aside: tuple[int, ...] = (),
    ) -> None:
        self.blocks = blocks
        self.structured = {} if structured is None else structured
        self.structured_source = structured_source
        self.canonical = canonical
        self.candidates = [] if candidates is None else candidates
        self.chrome = [] if chrome is None else chrome
        self.doubled = [] if doubled is None else doubled
        self.aside = aside


class Doubled(NamedTuple):
    """One text the page set twice for accessibility, read once (``extractor.read.doubled``).

    ``line`` is the kept text's first line; ``copies`` the lines that held nothing but the copy
    (a copy on a line of its own), which no block keeps any more; ``style`` how the two copies
    stood (``run together``, ``a space apart``, ``on their own lines``); ``usual`` is False for
    a text read once in a style the page shows less often than its main one (less certain).
    """

    line: int
    copies: tuple[int, ...]
    style: str
    usual: bool


# Whether a line of text is a profile section's title. The section registry lives in a later
# stage (parsing); the pipeline hands its test to the readers that need one.
TitleTest = Callable[[str], bool]


def no_titles(text: str) -> bool:
    return False
