"""The record under construction, with provenance and findings gathered as sections are parsed."""

from __future__ import annotations

from extractor.base.catalog import severity_of
from extractor.base.findings import Finding
from extractor.read.blocks import Block

Lines = tuple[int, int]

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:  # at run time the typed dicts below are plain dicts, the names mere strings
    from typing import Literal, TypeAlias, TypedDict

    class DimensionValue(TypedDict):
        name: str
        score: int

    class QuoteValue(TypedDict):
        text: str
        speaker: str
        context: str | None

    class ExtraValue(TypedDict):
        title: str
        text: str

    class Fields(TypedDict, total=False):
        """The record's content as section parsers fill it; absent means "not on the page".

        It mirrors ``extractor.record.model.Record`` field for field (a test holds them equal),
        so what a section parser writes reaches the record by name and type, with no list to
        update.
        """

        name: str
        headline: str | None
        role: str | None
        company: str | None
        bio: str | None
        dimensions: list[DimensionValue]
        themes: list[str]
        summary: str | None
        principles: list[str]
        quotes: list[QuoteValue]
        extra_sections: list[ExtraValue]

    TextField: TypeAlias = Literal["name", "headline", "role", "company", "bio", "summary"]
    ListField: TypeAlias = Literal["dimensions", "themes", "principles", "quotes", "extra_sections"]
    FieldName: TypeAlias = TextField | ListField
    Item: TypeAlias = str | DimensionValue | QuoteValue | ExtraValue

# Every name of each Literal above, in its order (mypy checks each; a test, that none is missing).
TEXT_FIELDS: tuple[TextField, ...] = ("name", "headline", "role", "company", "bio", "summary")
LIST_FIELDS: tuple[ListField, ...] = (
    "dimensions",
    "themes",
    "principles",
    "quotes",
    "extra_sections",
)


class Draft:
    """Mutable state shared by the section parsers of one page.

    ``values`` holds record fields by name; ``provenance`` maps a field path to the source lines
    it came from; ``accounted`` collects every line that ended up somewhere (a field, chrome or a
    finding), which is what lets tests prove nothing was dropped. A plain class, not a
    dataclass: see :mod:`extractor.base.values`.
    """

    __slots__ = (
        "accounted",
        "card_guesses",
        "cards",
        "chrome",
        "diagnostics",
        "evidence",
        "known_themes",
        "provenance",
        "values",
    )

    def __init__(self, known_themes: tuple[str, ...] = ()) -> None:
        self.values: Fields = {}
        self.provenance: dict[str, Lines] = {}
        self.diagnostics: list[Finding] = []
        self.accounted: set[int] = set()
        self.chrome: list[Block] = []
        # A team card's button read as one line (its name and job not told apart), by line
        # and text: see parsing.cards and parsing.teamcards.
        self.cards: set[tuple[int, str]] = set()
        # A name cut from a card's button at a guess (see parsing.cards), by line and text:
        # the role read apart from it.
        self.card_guesses: dict[tuple[int, str], str] = {}
        self.evidence: list[list[Block]] = []
        self.known_themes = known_themes

    def page_text(self) -> str:
        """The page's text outside Key Themes: evidence for splitting run-together themes.

        Joined on demand, because only a page with run-together themes ever needs it.
        """
        return "\n".join([block.text for body in self.evidence for block in body])

    def text(self, name: TextField) -> str | None:
        return self.values.get(name)

    def put(self, name: TextField, value: str | None, blocks: list[Block]) -> None:
        """Set a text field from ``blocks`` and remember where it came from."""
        if name not in TEXT_FIELDS:
            self._unknown_field(name, value, blocks)
            return
        self.values[name] = value
        self.trace(name, blocks)

    def replace(self, name: FieldName, value: object) -> None:
        """Set a field from outside the page's text (structured data); the record validates it."""
        values: dict[str, object] = self.values  # type: ignore[assignment]
        values[name] = value

    def trace(self, path: str, blocks: list[Block]) -> None:
        if len(blocks) == 1:  # most fields come from one block (of one line)
            block = blocks[0]
            self.provenance[path] = (block.start, block.end)
            if block.start == block.end:
                self.accounted.add(block.start)
            else:
                self.accounted.update(range(block.start, block.end + 1))
        elif blocks:
            self.provenance[path] = (min(b.start for b in blocks), max(b.end for b in blocks))
            for block in blocks:
                self.accounted.update(range(block.start, block.end + 1))

    def append(self, name: ListField, value: Item, blocks: list[Block]) -> str:
        """Append to a list field; returns the item's path (``themes[3]``) for sub-provenance."""
        if name not in LIST_FIELDS:
            return self._unknown_field(name, value, blocks)
        values: dict[str, list[Item]] = self.values  # type: ignore[assignment]
        items = values.get(name)
        if items is None:
            items = values[name] = []
        items.append(value)
        path = f"{name}[{len(items) - 1}]"
        self.trace(path, blocks)
        return path

    def count(self, name: ListField) -> int:
        values: dict[str, list[Item]] = self.values  # type: ignore[assignment]
        return len(values.get(name, []))

    def _unknown_field(self, name: str, value: object, blocks: list[Block]) -> str:
        """A section parser wrote a field the record lacks: keep it as an extra section, say so.

        The record's shape is fixed by its schema; content must never vanish because a new
        section parser was registered before the record learned its field.
        """
        text = value if isinstance(value, str) else str(value)
        path = self.append("extra_sections", {"title": name, "text": text}, blocks)
        where = blocks[0] if blocks else None
        self.flag(
            "section-unmapped",
            f"section parser wrote {name!r}, which the record has no field for; kept in {path}",
            where,
            path,
        )
        return path

    def flag(
        self, code: str, message: str, block: Block | None = None, field: str | None = None
    ) -> None:
        """Record a finding; its severity comes from the catalog, the one place that sets it."""
        line = block.start if block else None
        self.diagnostics.append(Finding(severity_of(code), code, message, line, field))
        if block:
            self.accounted.update(range(block.start, block.end + 1))

    def unplaced(self, block: Block, where: str) -> None:
        """Content no field could take: reported with its text, never dropped silently."""
        excerpt = block.text if len(block.text) <= 80 else block.text[:77] + "..."
        self.flag("content-unplaced", f"{where}: line not placed in any field: {excerpt!r}", block)
