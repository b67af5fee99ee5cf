"""The record under construction, with provenance and findings gathered as sections are parsed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractor.base.catalog import severity_of
from extractor.base.findings import Finding
from extractor.read.blocks import Block

Lines = tuple[int, int]


@dataclass
class Draft:
    """Mutable state shared by the section parsers of one page.

    ``values`` holds record fields by name; ``provenance`` maps a field path to the source lines
    it came from; ``accounted`` collects every line that ended up somewhere (a field, chrome or a
    finding), which is what lets tests prove nothing was dropped.
    """

    values: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Lines] = field(default_factory=dict)
    diagnostics: list[Finding] = field(default_factory=list)
    accounted: set[int] = field(default_factory=set)
    chrome: list[Block] = field(default_factory=list)
    evidence: list[list[Block]] = field(default_factory=list)
    known_themes: tuple[str, ...] = ()

    def page_text(self) -> str:
        """The page's text outside Key Themes: evidence for splitting run-together themes.

        Joined on demand, because only a page with run-together themes ever needs it.
        """
        return "\n".join(block.text for body in self.evidence for block in body)

    def put(self, path: str, value: Any, blocks: list[Block]) -> None:
        """Set a scalar field from ``blocks`` and remember where it came from."""
        self.values[path] = value
        self.trace(path, blocks)

    def trace(self, path: str, blocks: list[Block]) -> None:
        if blocks:
            self.provenance[path] = (min(b.start for b in blocks), max(b.end for b in blocks))
            for block in blocks:
                self.accounted.update(range(block.start, block.end + 1))

    def append(self, name: str, value: Any, blocks: list[Block]) -> str:
        """Append to a list field; returns the item's path (``themes[3]``) for sub-provenance."""
        items: list[Any] = self.values.setdefault(name, [])
        items.append(value)
        path = f"{name}[{len(items) - 1}]"
        self.trace(path, blocks)
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
