"""Segmenting theme chips that a browser copy ran together on one line.

The segmenter now lives in :mod:`extractor.parsing.chips` (page evidence with near matches, English
word knowledge, capitals, the site's own tag vocabulary, fitted weights and a margin at every
boundary). This module keeps the old entry points for callers that still use them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from extractor.parsing.chips.features import token_key
from extractor.parsing.chips.lexicon import FUNCTION_WORDS
from extractor.parsing.chips.split import split_line, vocabulary

__all__ = ["FUNCTION_WORDS", "PhraseIndex", "segment", "token_key"]


@dataclass(frozen=True)
class PhraseIndex:
    """The page's other text; the splitter indexes only what a theme line needs of it."""

    text: str

    @classmethod
    def from_text(cls, text: str) -> PhraseIndex:
        return cls(text)


def segment(line: str, page: PhraseIndex, known: Iterable[str] = ()) -> list[str]:
    """Split ``line`` into chips (see :func:`extractor.parsing.chips.split.split_line`)."""
    return split_line(line, page.text, vocabulary(tuple(known))).chips
