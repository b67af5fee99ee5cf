"""Best split of a run-together theme line, with a margin at every word boundary.

The score of a split is the sum of its chips' scores (``features.py``, weights fitted in
``weights.py``). Dynamic programming forwards and backwards gives, for every gap between two
words, the best split that cuts there and the best one that does not; their difference is how sure
the chosen split is at that gap. Gaps whose margin is below the calibrated ``DOUBT_MARGIN`` are
reported with the best alternative, so an editor checks exactly those.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, cast

from extractor.parsing.chips.features import (
    MAX_CHIP_WORDS,
    Features,
    PageEvidence,
    PageMatch,
    Token,
    boundary_features,
    chip_features,
    compound_features,
    compound_limits,
    end_features,
    lemma_key,
    lowercase_line,
    single_features,
    start_features,
    style_features,
    terse_line,
    tokenize,
    vocabulary_spans,
    word_gap_features,
)
from extractor.parsing.chips.weights import CONFIDENT_MARGIN, DOUBT_MARGIN, WEIGHTS

MAX_LINE_WORDS = 160
# Word-level scores under the fitted weights, shared by every line of the process (bounded):
# per spelling (start, end, one-word chip off the page, on it), in lower-case lines or not; per
# pair of spellings around a gap, by line case and whether a preposition comes before.
_FITTED = WEIGHTS
_LOWER_WORDS: dict[str, tuple[float, float, float, float]] = {}
_OTHER_WORDS: dict[str, tuple[float, float, float, float]] = {}
_GAP_SCORES: dict[tuple[bool, bool], dict[tuple[str, str], float]] = {
    (lower, prep): {} for lower in (False, True) for prep in (False, True)
}
_CACHE_LIMIT = 50_000  # entries per table
_NEG = float("-inf")


@dataclass(frozen=True)
class Vocabulary:
    """Chips known whole from elsewhere (config ``known_themes``, unambiguous pages of the run)."""

    chips: dict[tuple[str, ...], str]

    @property
    def keys(self) -> frozenset[tuple[str, ...]]:
        return frozenset(self.chips)


@lru_cache(maxsize=8)
def vocabulary(chips: tuple[str, ...]) -> Vocabulary:
    """Index ``chips`` by lemma key; the first spelling (in sorted order) names a key."""
    table: dict[tuple[str, ...], str] = {}
    for chip in sorted(chips):
        key = lemma_key(chip)
        if key:
            table.setdefault(key, chip)
    return Vocabulary(table)


class Doubt(NamedTuple):
    """A gap where the best alternative split is within ``DOUBT_MARGIN`` of the chosen one.

    A named tuple (immutable, as before): a line has a few, made on every split."""

    position: int  # index of the word after the gap
    margin: float
    chosen: str  # the stretch around the gap as split, chips marked with " | "
    alternative: str  # the same stretch as the best alternative splits it


@dataclass(frozen=True)
class Split:
    chips: list[str]
    margins: list[float]  # one per gap between words, whether cut or not
    doubts: list[Doubt]
    vocabulary_used: list[str]

    @property
    def confident(self) -> bool:
        return not self.doubts


class _Weights:
    """The weights ``Scorer`` reads by name, looked up once (for the fitted ones, per process)."""

    def __init__(self, weights: dict[str, float]) -> None:
        w = weights.get
        self.length = [0.0] + [w(f"len:{n}", 0.0) for n in range(1, MAX_CHIP_WORDS + 1)]
        self.lemma = w("c:page_lemma", 0.0)
        self.exact = w("c:page_exact", 0.0)
        self.maximal = w("c:page_maximal", 0.0)
        self.vocab = w("c:vocabulary", 0.0)
        self.long_compound = w("c:long_compound", 0.0)
        self.head = w("c:page_then_more", 0.0)
        self.modifier = w("c:page_modifier_only", 0.0)
        # A one-word chip's length term in a terse line (``style_features``).
        self.terse_length = [self.length[0], self.length[1] + w("one:terse_line", 0.0)]
        self.terse_length += self.length[2:]
        self.gap = (
            w("b:page_pair", 0.0),
            w("b:page_pair_exact", 0.0),
            w("b:page_phrase_ends", 0.0),
            w("b:page_phrase_starts", 0.0),
            w("b:page_both_apart", 0.0),
        )


_FITTED_WEIGHTS = _Weights(_FITTED)


class Scorer:
    """Per-position scores for one line; ``score(s, e)`` is the chip ``words[s:e]``."""

    def __init__(
        self,
        tokens: Sequence[Token],
        page: PageEvidence,
        vocab: Vocabulary,
        weights: dict[str, float] | None = None,
    ) -> None:
        self.tokens = tokens
        lower = self.lower = lowercase_line(tokens)
        self.weights = WEIGHTS if weights is None else weights
        self.page_runs = page.runs(tokens)
        self.runs, self.exact_runs, self.alone, self.clean = self.page_runs
        self.start_ok = [not t.function for t in tokens]
        self.vocab_spans = (
            vocabulary_spans([t.lemma for t in tokens], vocab.chips) if vocab.chips else None
        )
        fixed = _FITTED_WEIGHTS if self.weights is _FITTED else _Weights(self.weights)
        self.terse = terse_line(tokens)
        self.length = fixed.terse_length if self.terse else fixed.length
        self.w_lemma, self.w_exact = fixed.lemma, fixed.exact
        self.w_maximal, self.w_vocab = fixed.maximal, fixed.vocab
        self.w_head, self.w_modifier = fixed.head, fixed.modifier
        self.w_gap = fixed.gap
        self.w_long = fixed.long_compound
        self.long_at = compound_limits(tokens)
        self._word_scores(lower)
        self._gap_scores(lower)

    def _word_scores(self, lower: bool) -> None:
        """Start, end and one-word-chip scores of each word; with the fitted weights, each
        spelling is scored once per process."""
        fitted = self.weights is _FITTED
        table = (_LOWER_WORDS if lower else _OTHER_WORDS) if fitted else {}
        scored = [table.get(token.word) for token in self.tokens]
        if None in scored:
            for i, token in enumerate(self.tokens):
                if scored[i] is None:
                    scores = (
                        self._sum(start_features(token, lower)),
                        self._sum(end_features(token)),
                        self._sum(single_features(token, False, lower)),
                        self._sum(single_features(token, True, lower)),
                    )
                    if len(table) < _CACHE_LIMIT:
                        table[token.word] = scores
                    scored[i] = scores
        words = cast("list[tuple[float, float, float, float]]", scored)  # every word scored now
        self.start = [scores[0] for scores in words]
        self.end = [scores[1] for scores in words]
        self.single = [
            scores[3] if run >= 1 else scores[2]
            for scores, run in zip(words, self.runs, strict=True)
        ]

    def _gap_scores(self, lower: bool) -> None:
        """The score of a boundary in front of each word: what English says about the two
        words (once per pair of spellings with the fitted weights) plus what the page says
        (``page_gap_features``, summed here in the same order)."""
        tokens = self.tokens
        fitted = self.weights is _FITTED
        w_pair, w_pair_exact, w_ends, w_starts, w_apart = self.w_gap
        content = self.start_ok
        lemma_runs, key_runs = self.runs, self.exact_runs
        size = len(tokens)
        # phrase_end[i]: the page says a phrase of two or more words that ends before word i.
        phrase_end = [False] * (size + 1)
        for s, run in enumerate(lemma_runs):
            if run >= 2:
                phrase_end[s + run] = True
        gap = [0.0]
        before: Token | None = None
        plain, after_preposition = _GAP_SCORES[lower, False], _GAP_SCORES[lower, True]
        for i in range(1, size):
            prev, nxt = tokens[i - 1], tokens[i]
            table = after_preposition if before is not None and before.function == "prep" else plain
            pair = (prev.word, nxt.word)
            word = table.get(pair) if fitted else None
            if word is None:
                word = self._sum(word_gap_features(before, prev, nxt, lower))
                if fitted and len(table) < _CACHE_LIMIT:
                    table[pair] = word
            before = prev
            if lemma_runs[i - 1] >= 2:
                gap.append(word + (w_pair + w_pair_exact if key_runs[i - 1] >= 2 else w_pair))
                continue
            if lemma_runs[i] >= 2:
                page = w_ends + w_starts if phrase_end[i] else w_starts
            else:
                page = w_ends if phrase_end[i] else 0.0
            if lemma_runs[i - 1] == 1 and lemma_runs[i] and content[i - 1] and content[i]:
                page += w_apart
            gap.append(word + page)
        self.gap = gap

    def _sum(self, features: Features) -> float:
        w = self.weights.get
        return sum(w(name, 0.0) * value for name, value in features)

    def _page_match(self, s: int, n: int) -> tuple[bool, bool, bool]:
        """(lemma match, exact match, maximal: the page does not say a longer stretch).

        A stretch that begins or ends with a function word is never a chip, however often the
        page says it ("the AI DJ as Spotify's ..."), so it earns nothing.
        """
        runs = self.runs
        tokens = self.tokens
        lemma = runs[s] >= n and not tokens[s].function and not tokens[s + n - 1].function
        maximal = lemma and bool(self.alone[s] >> n & 1)
        return lemma, lemma and self.exact_runs[s] >= n, maximal

    def score(self, s: int, e: int) -> float:
        n = e - s
        total = self.length[n] + self.start[s] + self.end[e - 1] + self.gap[s]
        if n == 1:
            total += self.single[s]
        elif 2 <= self.runs[s] < n and self.start_ok[s]:
            total += self.w_head
        elif self.runs[s] >= n:
            lemma, exact, maximal = self._page_match(s, n)
            if lemma:
                total += self.w_lemma + (self.w_exact if exact else 0.0)
                total += self.w_maximal if maximal else 0.0
                total += 0.0 if self.clean[s] >> n & 1 else self.w_modifier
        known = self.vocab_spans is not None and n in self.vocab_spans[s]
        if known:
            total += self.w_vocab
        if n >= self.long_at[s] and not known:
            total += self.w_long
        return total

    def table(self) -> list[list[float]]:
        """``score(s, s + n)`` for every start and length (``scores[s][n]``)."""
        return self._rows_and_backward()[0]

    def solve(self) -> Solution:
        """The best split's lattice and, for every start, the best split through a chip from
        there of at least k words: what ``build_lattice`` and ``gap_margins`` compute from
        ``table()``, in two passes over the table instead of four (the rows are made in the
        backward pass, the spanning chips' values found in the forward one; same sums, same
        order). Which chip spans a gap best is found only for the gaps a doubt names
        (``_spanning_chip``)."""
        size = len(self.tokens)
        rows, backward, ahead = self._rows_and_backward()
        forward, back, spanning = _forward_and_spanning(rows, backward, size)
        return Solution(Lattice(rows, forward, back, backward, ahead), spanning)

    def _rows_and_backward(self) -> tuple[list[list[float]], list[float], list[int]]:
        """The chip scores row by row from the line's end, with the best suffix of each start.

        The same sums, in the same order, as ``score``; this is the hot loop of every split, so
        it avoids the method calls (``test_chips`` checks the two agree). The backward pass is
        ``build_lattice``'s: ties go to the farthest end.
        """
        if self.vocab_spans is None:
            return self._rows_and_backward_at_once()
        return self._rows_then_backward(self.vocab_spans)

    def _rows_and_backward_at_once(self) -> tuple[list[list[float]], list[float], list[int]]:
        """``_rows_and_backward`` where the site has no chips of its own (most runs): each
        score is summed (the long compound's term last, as ``score`` adds it) and tried as the
        first chip of a suffix at once; ties to the farthest end are then the last of equal
        values, going up."""
        size = len(self.tokens)
        length, start, end, gap, single = self.length, self.start, self.end, self.gap, self.single
        runs, clean, alone, exact_runs = self.runs, self.clean, self.alone, self.exact_runs
        content, long_at = self.start_ok, self.long_at
        w_head, w_lemma, w_exact = self.w_head, self.w_lemma, self.w_exact
        w_maximal, w_modifier, w_long = self.w_maximal, self.w_modifier, self.w_long
        rows: list[list[float]] = [[]] * size
        backward, ahead = [0.0] * (size + 1), [size] * (size + 1)
        one = length[1]
        for s in range(size - 1, -1, -1):
            row = [_NEG] * (MAX_CHIP_WORDS + 1)
            base = start[s] + gap[s]
            top = size - s if size - s < MAX_CHIP_WORDS else MAX_CHIP_WORDS
            row[1] = one + base + end[s] + single[s]
            best, arg = row[1] + backward[s + 1], s + 1
            run, compound = runs[s], long_at[s]
            page = run >= 2 and content[s]  # the page says two or more words from here
            exact, ends, maximal = exact_runs[s], clean[s], alone[s]
            e = s + 2
            if not page:  # most starts: the plain sum, and the long compound's term
                for n in range(2, top + 1):
                    total = length[n] + base + end[e - 1]
                    if n >= compound:
                        total += w_long
                    row[n] = total
                    value = total + backward[e]
                    if value >= best:
                        best, arg = value, e
                    e += 1
            else:
                for n in range(2, top + 1):
                    total = length[n] + base + end[e - 1]
                    if run < n:
                        total += w_head
                    elif content[e - 1]:
                        total += w_lemma
                        if exact >= n:
                            total += w_exact
                        if maximal >> n & 1:
                            total += w_maximal
                        if not ends >> n & 1:
                            total += w_modifier
                    if n >= compound:
                        total += w_long
                    row[n] = total
                    value = total + backward[e]
                    if value >= best:
                        best, arg = value, e
                    e += 1
            rows[s] = row
            backward[s], ahead[s] = best, arg
        return rows, backward, ahead

    def _rows_then_backward(
        self, spans: list[frozenset[int]]
    ) -> tuple[list[list[float]], list[float], list[int]]:
        """``_rows_and_backward`` with the site's own chips (``spans``): a row is made, its
        vocabulary and long compound terms added, then tried from the farthest end."""
        size = len(self.tokens)
        length, start, end, gap, single = self.length, self.start, self.end, self.gap, self.single
        runs, clean, alone, exact_runs = self.runs, self.clean, self.alone, self.exact_runs
        content, long_at = self.start_ok, self.long_at
        w_head, w_lemma, w_exact = self.w_head, self.w_lemma, self.w_exact
        w_maximal, w_modifier, w_vocab = self.w_maximal, self.w_modifier, self.w_vocab
        w_long = self.w_long
        rows: list[list[float]] = [[]] * size
        backward, ahead = [0.0] * (size + 1), [size] * (size + 1)
        one = length[1]
        for s in range(size - 1, -1, -1):
            row = [_NEG] * (MAX_CHIP_WORDS + 1)
            base = start[s] + gap[s]
            top = size - s if size - s < MAX_CHIP_WORDS else MAX_CHIP_WORDS
            row[1] = one + base + end[s] + single[s]
            run = runs[s]
            page = run >= 2 and content[s]
            exact, ends, maximal = exact_runs[s], clean[s], alone[s]
            for n in range(2, top + 1):
                total = length[n] + base + end[s + n - 1]
                if not page:
                    pass
                elif run < n:
                    total += w_head
                elif content[s + n - 1]:
                    total += w_lemma
                    if exact >= n:
                        total += w_exact
                    if maximal >> n & 1:
                        total += w_maximal
                    if not ends >> n & 1:
                        total += w_modifier
                row[n] = total
            for n in spans[s]:
                row[n] += w_vocab
            for n in range(long_at[s], top + 1):
                if n not in spans[s]:
                    row[n] += w_long  # ``compound_features``: not for the site's own chips
            rows[s] = row
            best, arg = _NEG, size
            n = top
            while n > 0:
                value = row[n] + backward[s + n]
                if value > best:
                    best, arg = value, s + n
                n -= 1
            backward[s], ahead[s] = best, arg
        return rows, backward, ahead

    def features(self, s: int, e: int) -> list[Features]:
        """The named features behind ``score(s, e)``: what the weights are fitted on."""
        tokens, n = self.tokens, e - s
        lemma, exact, maximal = self._page_match(s, n)
        vocab = self.vocab_spans is not None and n in self.vocab_spans[s]
        head = n >= 2 and 2 <= self.runs[s] < n and self.start_ok[s]
        match = PageMatch(lemma, exact, maximal, bool(self.clean[s] >> n & 1), head)
        parts = [
            start_features(tokens[s], self.lower),
            end_features(tokens[e - 1]),
            chip_features(n, match, vocab),
            compound_features(n >= self.long_at[s] and not vocab),
            style_features(n, self.terse),
        ]
        if s > 0:
            parts.append(boundary_features(tokens, s, self.page_runs, self.lower))
        if n == 1:
            parts.append(single_features(tokens[s], self.runs[s] >= 1, self.lower))
        return parts


@dataclass
class Lattice:
    """Best prefix and suffix scores of every position, and the pointers to rebuild them."""

    scores: list[list[float]]  # scores[s][n]: chip of n words from s
    forward: list[float]
    back: list[int]
    backward: list[float]
    ahead: list[int]


@dataclass
class Solution:
    """The lattice with the value of the best split through a chip that spans each gap
    (``spanning[gap]``, as ``_margins`` finds it)."""

    lattice: Lattice
    spanning: list[float]


def decode(score: Callable[[int, int], float], size: int) -> Lattice:
    """Forward and backward best scores over the chips ``score(s, e)`` of a line of ``size``."""
    scores = [[_NEG] * (MAX_CHIP_WORDS + 1) for _ in range(size)]
    for s in range(size):
        row = scores[s]
        for n in range(1, min(MAX_CHIP_WORDS, size - s) + 1):
            row[n] = score(s, s + n)
    return build_lattice(scores, size)


def build_lattice(scores: list[list[float]], size: int) -> Lattice:
    """Forward and backward passes over a table of chip scores (``scores[s][n]``).

    Ties go to the earliest start going forwards and to the farthest end going backwards.
    """
    backward, ahead = [0.0] * (size + 1), [size] * (size + 1)
    for s in range(size - 1, -1, -1):
        row = scores[s]
        best, arg = _NEG, size
        top = size - s if size - s < MAX_CHIP_WORDS else MAX_CHIP_WORDS
        for e in range(s + top, s, -1):
            value = row[e - s] + backward[e]
            if value > best:
                best, arg = value, e
        backward[s], ahead[s] = best, arg
    forward, back, _, _ = _forward_and_spans(scores, backward, size)
    return Lattice(scores, forward, back, backward, ahead)


def _forward_and_spans(
    scores: list[list[float]], backward: list[float], size: int
) -> tuple[list[float], list[int], list[float], list[int]]:
    """The forward pass (best prefix of every position; ties to the earliest start), and with
    it, once the backward pass is known, the best split through a chip from each start ``s`` of
    at least ``k`` words (``best_value[s * (MAX_CHIP_WORDS + 1) + k]``, a suffix maximum over
    lengths, ties to the longer chip) and that chip's length; -inf and 0 where there is none.

    The prefix ending at ``e`` is pushed from each start in turn, so ``forward[s]`` is final
    when ``s`` is reached and the first start to reach the best value keeps it.
    """
    top = MAX_CHIP_WORDS + 1
    forward, back = [_NEG] * (size + 1), [0] * (size + 1)
    forward[0] = 0.0
    best_value = [_NEG] * (size * top + top)
    best_length = [0] * (size * top + top)
    at = 0  # s * top
    for s in range(size):
        row, fs = scores[s], forward[s]
        value_so_far, length_so_far = _NEG, 0
        n = size - s if size - s < MAX_CHIP_WORDS else MAX_CHIP_WORDS
        while n > 1:
            prefix = fs + row[n]
            e = s + n
            if prefix > forward[e]:
                forward[e], back[e] = prefix, s
            value = prefix + backward[e]
            if value > value_so_far:
                value_so_far, length_so_far = value, n
            best_value[at + n] = value_so_far
            best_length[at + n] = length_so_far
            n -= 1
        prefix = fs + row[1]
        if prefix > forward[s + 1]:
            forward[s + 1], back[s + 1] = prefix, s
        at += top
    return forward, back, best_value, best_length


def _forward_and_spanning(
    scores: list[list[float]], backward: list[float], size: int
) -> tuple[list[float], list[int], list[float]]:
    """The forward pass of ``_forward_and_spans`` and, for every gap, the value of the best
    split through a chip that spans it (``spanning[gap]``; the same maximum as ``_margins``
    takes over that function's suffix maxima). Which chip that is, is asked only for the few
    gaps a doubt names, and found then (``_spanning_chip``). Same sums, same order, so the
    same values (tests/test_chips_same.py).

    A chip of ``n`` words from ``s`` spans gaps ``s + 1`` to ``s + n - 1``; going down from the
    longest, the best value so far from ``s`` is offered to gap ``s + n - 1``, and through the
    longer ones to every gap they span."""
    forward, back = [_NEG] * (size + 1), [0] * (size + 1)
    forward[0] = 0.0
    spanning = [_NEG] * (size + 1)
    for s in range(size):
        row, fs = scores[s], forward[s]
        so_far = _NEG
        n = size - s if size - s < MAX_CHIP_WORDS else MAX_CHIP_WORDS
        e = s + n
        while n > 1:
            prefix = fs + row[n]
            if prefix > forward[e]:
                forward[e], back[e] = prefix, s
            value = prefix + backward[e]
            so_far = value if value > so_far else so_far
            here = spanning[e - 1]
            spanning[e - 1] = so_far if so_far > here else here
            n -= 1
            e -= 1
        prefix = fs + row[1]
        if prefix > forward[e]:
            forward[e], back[e] = prefix, s
    return forward, back, spanning


def _fast_margins(
    lattice: Lattice, spanning: list[float], cuts: set[int], size: int
) -> list[float]:
    """``_margins``' margins from each gap's best spanning value (``_forward_and_spanning``)."""
    forward, backward = lattice.forward, lattice.backward
    return [
        forward[gap] + backward[gap] - spanning[gap]
        if gap in cuts
        else spanning[gap] - (forward[gap] + backward[gap])
        for gap in range(1, size)
    ]


def _spanning_chip(lattice: Lattice, gap: int, size: int) -> int:
    """``_margins``' spanner for one gap: the chip (``s * (MAX_CHIP_WORDS + 1) + n``) of the
    best split that does not cut at ``gap``; the earliest start, then the longest chip, among
    equal values; 0 when none spans it. Each chip's value is summed as the forward pass sums
    it."""
    forward, backward, scores = lattice.forward, lattice.backward, lattice.scores
    best, chip = _NEG, 0
    for s in range(gap - MAX_CHIP_WORDS + 1 if gap > MAX_CHIP_WORDS - 1 else 0, gap):
        row, fs = scores[s], forward[s]
        n = size - s if size - s < MAX_CHIP_WORDS else MAX_CHIP_WORDS
        while n > gap - s:
            value = fs + row[n] + backward[s + n]
            if value > best:
                best, chip = value, s * (MAX_CHIP_WORDS + 1) + n
            n -= 1
    return chip


def _prefix_cuts(lattice: Lattice, end: int) -> list[int]:
    cuts = []
    while end > 0:
        end = lattice.back[end]
        if end:
            cuts.append(end)
    return cuts[::-1]


def _suffix_cuts(lattice: Lattice, start: int, size: int) -> list[int]:
    cuts = []
    while start < size:
        start = lattice.ahead[start]
        if start < size:
            cuts.append(start)
    return cuts


def gap_margins(lattice: Lattice, cuts: set[int], size: int) -> tuple[list[float], list[int]]:
    """Margin of the chosen decision at every gap, and the chip that best spans each gap."""
    _, _, best_value, best_length = _forward_and_spans(lattice.scores, lattice.backward, size)
    return _margins(lattice, best_value, best_length, cuts, size)


def _margins(
    lattice: Lattice, best_value: list[float], best_length: list[int], cuts: set[int], size: int
) -> tuple[list[float], list[int]]:
    """Margin of the chosen decision at every gap, and the chip that best spans each gap.

    A chip from ``s`` spans gap ``g`` when it is longer than ``g - s``; so with, for each ``s``,
    the best value over lengths of at least ``k`` (``_forward_and_spans``), each gap looks at no
    more than ``MAX_CHIP_WORDS - 1`` starts (ties to the earlier one).
    """
    forward, backward = lattice.forward, lattice.backward
    top = MAX_CHIP_WORDS + 1
    margins: list[float] = []
    spanner = [0] * (size + 1)
    for gap in range(1, size):
        spanning, chip = _NEG, 0
        s = gap - MAX_CHIP_WORDS + 1 if gap > MAX_CHIP_WORDS - 1 else 0
        at = s * top + gap - s + 1  # chips from s of at least gap - s + 1 words
        while s < gap:
            value = best_value[at]
            if value > spanning:
                spanning, chip = value, s * top + best_length[at]
            s += 1
            at += top - 1
        spanner[gap] = chip
        cut = forward[gap] + backward[gap]
        margins.append(cut - spanning if gap in cuts else spanning - cut)
    return margins, spanner


def split_line(
    line: str,
    page_text: str,
    known: Vocabulary | None = None,
    margin: float | None = None,
    sure: float | None = None,
) -> Split:
    """Split ``line`` into chips; a line too long to judge comes back whole, and doubtful.

    ``margin``: gaps below it are named as doubtful. ``sure``: a split is confident only when
    every gap clears it (calibrated separately, ``CONFIDENT_MARGIN``); one that has no doubtful
    gap but does not clear it has its weakest gap named instead, unless every chip is a known
    chip of the site (``known``).
    """
    words = line.split()
    vocab = known or Vocabulary({})
    margin = DOUBT_MARGIN if margin is None else margin
    sure = CONFIDENT_MARGIN if sure is None else sure
    if len(words) <= 1 or len(words) > MAX_LINE_WORDS:
        # Too long to judge: one doubt with no alternative, reported as such.
        doubt = [Doubt(0, 0.0, "", "")] if len(words) > 1 else []
        return Split([line] if words else [], [], doubt, [])
    tokens = tokenize(line)
    scorer = Scorer(tokens, PageEvidence(page_text, tokens), vocab)
    size = len(words)
    solved = scorer.solve()
    best = solved.lattice
    cuts = _prefix_cuts(best, size)
    cut_at = set(cuts)
    margins = _fast_margins(best, solved.spanning, cut_at, size)
    doubts = []
    for gap, value in enumerate(margins, start=1):
        if value < margin:
            alternative = _alternative(best, cuts, gap, size)
            doubts.append(_doubt(words, cut_at, alternative, gap, value))
    bounds = [0, *cuts, size]
    chips = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
    used = (
        [
            vocab.chips[key]
            for key in (tuple(t.lemma for t in tokens[a:b]) for a, b in itertools.pairwise(bounds))
            if key in vocab.chips
        ]
        if vocab.chips
        else []
    )
    if used and len(used) == len(chips):
        # Every chip is one of the site's own tags: the site itself says this split. A doubt
        # stands only at a gap short of sure whose other reading is all the site's tags too
        # ("data science", or "data" | "science" when the site has all three); any other
        # breaks one of its tags apart or runs two of them together.
        doubts = []
        for gap, value in enumerate(margins, start=1):
            other = _alternative(best, cuts, gap, size) if value < sure else None
            if other is not None and _site_says(other, tokens, vocab):
                doubts.append(_doubt(words, cut_at, other, gap, value))
        return Split(chips, margins, _dedupe(doubts), used)
    if not doubts and margins and min(margins) < sure:
        # Not sure enough to call it confident.
        gap = margins.index(min(margins)) + 1
        alternative = _alternative(best, cuts, gap, size)
        doubts.append(_doubt(words, cut_at, alternative, gap, margins[gap - 1]))
    return Split(chips, margins, _dedupe(doubts), used)


def _site_says(cuts: list[int], tokens: Sequence[Token], vocab: Vocabulary) -> bool:
    """Whether every chip of the split at ``cuts`` is one of the site's own tags."""
    bounds = [0, *cuts, len(tokens)]
    return all(
        tuple(t.lemma for t in tokens[a:b]) in vocab.chips for a, b in itertools.pairwise(bounds)
    )


def _alternative(lattice: Lattice, cuts: list[int], gap: int, size: int) -> list[int]:
    """The best split that decides ``gap`` the other way."""
    if gap in cuts:
        s, n = divmod(_spanning_chip(lattice, gap, size), MAX_CHIP_WORDS + 1)
        return [*_prefix_cuts(lattice, s), *([s] if s else []), *_suffix_from(lattice, s + n, size)]
    return [*_prefix_cuts(lattice, gap), gap, *_suffix_cuts(lattice, gap, size)]


def _suffix_from(lattice: Lattice, start: int, size: int) -> list[int]:
    return ([start] if start < size else []) + _suffix_cuts(lattice, start, size)


def _doubt(
    words: Sequence[str], chosen_at: set[int], alternative: list[int], gap: int, margin: float
) -> Doubt:
    """The stretch where the two splits differ, with a word of context each side."""
    alternative_at = set(alternative)
    differ = chosen_at ^ alternative_at
    first, last = min(differ, default=gap), max(differ, default=gap)
    lo, hi = max(0, first - 2), min(len(words), last + 2)
    if lo > 0 and (lo in chosen_at or lo in alternative_at):
        lo -= 1  # show the word before a cut at the window's edge
    return Doubt(
        gap, margin, _render(words, lo, hi, chosen_at), _render(words, lo, hi, alternative_at)
    )


def _render(words: Sequence[str], lo: int, hi: int, marks: set[int]) -> str:
    """Words ``lo`` to ``hi`` with a bar at each cut in ``marks``."""
    out: list[str] = []
    for i in range(lo, hi):
        if i and i in marks:  # (a cut before the first word is never shown)
            out.append("|")
        out.append(words[i])
    if hi in marks:
        out.append("|")
    return " ".join(out)


def _dedupe(doubts: list[Doubt]) -> list[Doubt]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for doubt in doubts:
        if (doubt.chosen, doubt.alternative) not in seen:
            seen.add((doubt.chosen, doubt.alternative))
            kept.append(doubt)
    return kept
