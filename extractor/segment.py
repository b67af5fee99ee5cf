"""Segmenting theme chips that a browser copy ran together on one line.

"curation to recommendation to generation era fault-tolerant user interfaces for AI ..." has lost
the boundaries between its chips. We restore them with evidence that holds on any page, not a
list of known phrases:

* the page's own text: chips are usually phrases the summary, principles and quotes also use, so
  a candidate chip that appears there (or a long run of it does) is likely whole;
* phrase shape: a chip does not start or end with a function word ("to", "for", "on", ...);
* head-final phrases: a chip that quotes the page may add a head noun after the quoted run
  ("... to generation *era*") far more often than a word before it, so words ahead of the run
  are penalised;
* length: chips are two to seven words, most often three to six;
* capitals: in a lower-case line, a capitalised word (not an acronym) likely starts a chip;
* optionally, chips already known from other pages.

The best-scoring segmentation is found by dynamic programming over word positions. The result is
a guess and the caller reports it as one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

FUNCTION_WORDS = frozenset(
    """a an and or but nor the to for as on of in into onto with without from by at via vs versus
    about over under between through than that which who whose whom is are was were be been its
    their your our his her my this these those""".split()
)
_MAX_CHIP_WORDS = 8
_MAX_LINE_WORDS = 120
_MAX_EVIDENCE_CHARS = 200_000
_PHRASE_BREAK = re.compile(r"[.,;:!?()\[\]\"“”„«»—–]+|\s-\s|\s'|'\s")
_TOKEN_EDGE = re.compile(r"^[^\w]+|[^\w]+$")

# Length prior: log-preference for a chip of n words.
_LENGTH_PRIOR = {1: -5.0, 2: -1.5, 3: -0.3, 4: 0.0, 5: 0.0, 6: 0.0, 7: -1.0, 8: -2.5}
_SEGMENT_COST = -1.0
_FUNCTION_EDGE = -8.0
_CAPITAL_INSIDE = -3.0
_CAPITAL_START = 1.5
_WHOLE_MATCH = 1.5
_KNOWN_CHIP = 6.0
_BEFORE_RUN = -1.0
_STEM_ONLY = -0.5
_SUFFIXES = ("ing", "ed", "s")


def token_key(word: str) -> str:
    return _TOKEN_EDGE.sub("", word).casefold()


def stem(key: str) -> str:
    """Crude suffix stripping: enough to see "podcasting" in "podcast", "products" in "product"."""
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 3 and not key.endswith("ss"):
            return key[: -len(suffix)]
    return key


@dataclass
class PhraseIndex:
    """Every 2..8-word run of the page's other text, for asking "does the page say this?"."""

    ngrams: set[tuple[str, ...]] = field(default_factory=set)
    stems: set[tuple[str, ...]] = field(default_factory=set)

    @classmethod
    def from_text(cls, text: str) -> PhraseIndex:
        """Index the page's other text; only its first ``_MAX_EVIDENCE_CHARS`` (bounded work)."""
        index = cls()
        for phrase in _PHRASE_BREAK.split(text[:_MAX_EVIDENCE_CHARS]):
            words = [token_key(w) for w in phrase.split()]
            words = [w for w in words if w]
            for start in range(len(words)):
                for end in range(start + 2, min(start + _MAX_CHIP_WORDS, len(words)) + 1):
                    gram = tuple(words[start:end])
                    index.ngrams.add(gram)
                    index.stems.add(tuple(stem(w) for w in gram))
        return index

    def best_run(self, words: tuple[str, ...]) -> tuple[float, int, int]:
        """The longest contiguous run of ``words`` the page also says: (value, start, size).

        A run found only after stemming is worth a little less than the same run verbatim.
        """
        stems = tuple(stem(w) for w in words)
        for size in range(len(words), 1, -1):
            found: tuple[float, int, int] | None = None
            for start in range(len(words) - size + 1):
                if words[start : start + size] in self.ngrams:
                    return (float(size), start, size)
                if found is None and stems[start : start + size] in self.stems:
                    found = (size + _STEM_ONLY, start, size)
            if found:
                return found
        return (0.0, 0, 0)


@dataclass(frozen=True)
class _Line:
    """The run-together line and the evidence a chip is scored against."""

    words: list[str]
    keys: tuple[str, ...]
    page: PhraseIndex
    known: frozenset[tuple[str, ...]]
    lowercase: bool


def segment(line: str, page: PhraseIndex, known: Iterable[str] = ()) -> list[str]:
    """Split ``line`` into chips; returns ``[line]`` when it is too long to judge."""
    words = line.split()
    if len(words) <= 1 or len(words) > _MAX_LINE_WORDS:
        return [line] if line else []
    context = _Line(
        words,
        tuple(token_key(w) for w in words),
        page,
        frozenset(tuple(token_key(w) for w in chip.split()) for chip in known),
        _mostly_lowercase(words),
    )
    best: list[float] = [0.0] + [float("-inf")] * len(words)
    back: list[int] = [0] * (len(words) + 1)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - _MAX_CHIP_WORDS), end):
            score = best[start] + _chip_score(context, start, end)
            if score > best[end]:
                best[end], back[end] = score, start
    cuts: list[int] = []
    end = len(words)
    while end > 0:
        cuts.append(end)
        end = back[end]
    bounds = [0, *reversed(cuts)]
    return [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]


def _chip_score(line: _Line, start: int, end: int) -> float:
    """How likely ``words[start:end]`` is one whole chip (log-scale, higher is likelier)."""
    chip = line.keys[start:end]
    score = _SEGMENT_COST + _LENGTH_PRIOR.get(len(chip), -5.0)
    if chip[0] in FUNCTION_WORDS:
        score += _FUNCTION_EDGE
    if chip[-1] in FUNCTION_WORDS:
        score += _FUNCTION_EDGE
    if chip in line.known:
        score += _KNOWN_CHIP
    value, run_start, run_size = line.page.best_run(chip)
    score += value + _BEFORE_RUN * run_start
    if run_size == len(chip):
        score += _WHOLE_MATCH
    if line.lowercase:
        if _capitalised(line.words[start]):
            score += _CAPITAL_START
        score += _CAPITAL_INSIDE * sum(1 for w in line.words[start + 1 : end] if _capitalised(w))
    return score


def _capitalised(word: str) -> bool:
    """Capitalised like a sentence start, not an acronym (AI, DJ) or a brand (iPhone)."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and letters[0].isupper() and not any(ch.isupper() for ch in letters[1:])


def _mostly_lowercase(words: list[str]) -> bool:
    """Capitals tell where chips start unless the line is in Title Case: half its words or
    more lowercase (sentence-case chips of three words are one capital in three)."""
    lower = sum(1 for w in words if w[:1].islower())
    return lower * 2 >= len(words)
