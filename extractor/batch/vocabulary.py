"""The site's own tag vocabulary: chips that other pages of the same run give unambiguously.

A page whose chips are separate elements (HTML), one per line, or separated by commas or dots
says where every chip ends; a page whose chips were run together does not. The first kind is
strong evidence for splitting the second, so a batch run can make a first pass over all inputs,
collect the unambiguous chips, and give them to the splitter as ``known_themes``.

Deterministic by construction: the vocabulary is a sorted set, built from every input whatever
the order or the number of workers, and a page's own split never feeds back into it.

Not yet wired into ``extractor ingest`` (the batch code is being reorganised); a caller does::

    config = with_vocabulary(config, collect_vocabulary(paths, config))
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from extractor.base.config import Config
from extractor.base.errors import Refusal
from extractor.pipeline import parse_file

# Findings that mark a page's chips as a guess: such pages add nothing to the vocabulary.
SPLIT_CODES = frozenset({"themes-segmented", "themes-split"})


def collect_vocabulary(paths: Iterable[str], config: Config) -> tuple[str, ...]:
    """Chips of every page in ``paths`` whose themes needed no splitting, sorted and unique."""
    plain = replace(config, known_themes=())
    chips: set[str] = set()
    for path in sorted(set(paths)):
        try:
            result = parse_file(path, None, plain)
        except (Refusal, OSError):
            continue
        if not any(d.code in SPLIT_CODES for d in result.raw_findings):
            chips.update(result.record.themes)
    return tuple(sorted(chips))


def published_vocabulary(records: Path) -> tuple[str, ...]:
    """The same from records already in an output folder (``records/*.json``)."""
    chips: set[str] = set()
    for path in sorted(records.glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        codes = {d.get("code") for d in record.get("diagnostics", []) if isinstance(d, dict)}
        if not codes & SPLIT_CODES:
            chips.update(c for c in record.get("themes", []) if isinstance(c, str))
    return tuple(sorted(chips))


def with_vocabulary(config: Config, chips: Iterable[str]) -> Config:
    """``config`` with ``chips`` added to its ``known_themes`` (sorted, unique)."""
    return replace(config, known_themes=tuple(sorted({*config.known_themes, *chips})))
