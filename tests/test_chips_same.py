"""The chip splitter's fast paths give the answers of the plain formulations they replace.

* ``page_words`` (one regex pass, two faster forms of the phrase-break pattern) splits every text
  as the plain pattern does;
* ``PageEvidence.runs`` (the page as one character per word) agrees with a plain reference that
  walks a list of (key, lemma) entries, on random lines and pages;
* every dev-corpus page keeps its chips and its theme findings, pinned by digest in
  ``tests/fixtures/dev-chip-splits.json`` (digests, so no corpus text is copied here; a
  failure prints what changed). ``pytest --update-golden`` rewrites it: read the diff first.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from extractor.base.errors import Refusal
from extractor.parsing.chips.features import (
    _ID_READS,
    _MAX_EVIDENCE_CHARS,
    _MAX_OCCURRENCES,
    MAX_CHIP_WORDS,
    PageEvidence,
    Token,
    _page_reads,
    page_words,
    token_key,
    tokenize,
)
from extractor.parsing.chips.lexicon import FUNCTION_WORDS, facts
from extractor.pipeline import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "leader-pages-dev"
PINS = ROOT / "tests" / "fixtures" / "dev-chip-splits.json"

# The phrase-break pattern as it reads most plainly (what features._PHRASE_BREAK stands for).
PLAIN_BREAK = re.compile(r"[.,;:!?()\[\]\"“”„«»—–]+(?:\s|$)|\s[-'‘’]\s?|['‘’]\s")
MARK = "\x00"


def plain_words(folded: str) -> list[str]:
    out: list[str] = []
    for phrase in PLAIN_BREAK.split(folded):
        out.extend(phrase.split())
        out.append(MARK)
    return out


# Texts made of the characters the pattern cares about, so odd neighbours come up often.
tricky = st.text(
    alphabet=st.sampled_from(list("ab .,;:!?()[]\"“”„«»—–-'‘’\n\t\u00a0x&")), max_size=40
)


@settings(max_examples=400, deadline=None)
@given(tricky)
def test_page_words_split_as_the_plain_pattern(text: str) -> None:
    assert page_words(text, MARK) == plain_words(text)


@settings(max_examples=400, deadline=None)
@given(tricky)
def test_a_page_read_line_by_line_has_the_words_of_the_whole_text(text: str) -> None:
    """``PageEvidence`` reads a page's lines one by one (each line once per process): the
    spellings it gets, in order, are the words ``page_words`` finds in the whole text."""
    spelled, _, lines = _page_reads(text)
    # Each line's distinct spellings, with their prefixes: together, every spelling of the
    # page (the final mark aside, which stands for no word).
    assert {c for line in lines for c in line[2]} | {spelled[-1]} == set(spelled)
    for line in lines:
        assert list(line[2]) == list(dict.fromkeys(line[0]))
        assert list(line[3]) == [_ID_READS[c][0] for c in line[2]]
    assert [_ID_READS[c][3] for c in spelled] == page_words(text.casefold(), MARK)


def test_page_words_known_cases() -> None:
    cases = ["a. -b", "a - -b", "x - - - -y", "said.' next", "'quoted' b", "end.", "—", ""]
    for text in cases:
        assert page_words(text, MARK) == plain_words(text), text


# --- PageEvidence.runs against a plain reference ------------------------------------------

_BREAK, _OTHER, _MARKER = "\x00", "\x01", "\x02"


def reference_runs(text: str, tokens: Sequence[Token]) -> tuple[list[int], ...]:
    """The page as a list of (key, lemma) entries, walked word by word (the former code)."""
    known = {t.key: t.lemma for t in tokens}
    wanted = {t.lemma for t in tokens}
    prefixes = {lemma[:3] for lemma in wanted}
    stream: list[tuple[str, str]] = [(_MARKER, _BREAK)]
    where: dict[str, list[int]] = {}
    for phrase in PLAIN_BREAK.split(text[:_MAX_EVIDENCE_CHARS].casefold()):
        for word in phrase.split():
            key = word if word.isalnum() else token_key(word)
            lemma = known.get(key)
            if lemma is None and key[:3] in prefixes:
                lemma = facts(key).lemma
            if lemma is not None and lemma in wanted:
                seen = where.setdefault(lemma, [])
                if len(seen) < _MAX_OCCURRENCES:
                    seen.append(len(stream))
                stream.append((key, lemma))
            else:
                marker = _BREAK if not key or key in FUNCTION_WORDS else _OTHER
                stream.append((_MARKER, marker))
        stream.append((_MARKER, _BREAK))
    keys = [k for k, _ in stream]
    lemmas = [lemma for _, lemma in stream]

    def edge(lemma: str) -> bool:
        return lemma == _BREAK or lemma in FUNCTION_WORDS

    size = len(tokens)
    out: tuple[list[int], ...] = ([0] * size, [0] * size, [0] * size, [0] * size)
    for s in range(size):
        cap = min(MAX_CHIP_WORDS, size - s)
        for p in where.get(tokens[s].lemma, ()):
            m = 1
            while m < cap and lemmas[p + m] == tokens[s + m].lemma:
                m += 1
            k = 0
            while k < m and keys[p + k] == tokens[s + k].key:
                k += 1
            out[0][s], out[1][s] = max(out[0][s], m), max(out[1][s], k)
            for n in range(1, m + 1):
                if lemmas[p + n] != _OTHER:
                    out[3][s] |= 1 << n
                    if edge(lemmas[p - 1]) and edge(lemmas[p + n]):
                        out[2][s] |= 1 << n
    return out


vocabulary = (
    "the for of and AI data product products magic tricks São Paulo P&L 5G open source "
    "design systems users user trust as a feature hiring first people metrics metric "
    "designing design-led low-bandwidth - — 'quoted' (2021) GOV.UK"
).split()
line_words = st.lists(st.sampled_from(vocabulary), min_size=2, max_size=20)
page_text = st.lists(
    st.one_of(st.sampled_from(vocabulary), st.sampled_from([".", ",", " - ", "\n", "’ ", "x"])),
    max_size=120,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(line_words, page_text)
def test_runs_agree_with_the_plain_reference(words: list[str], text: str) -> None:
    tokens = tokenize(" ".join(words))
    assert PageEvidence(text, tokens).runs(tokens) == reference_runs(text, tokens)


# --- the dev corpus, pinned ---------------------------------------------------------------


def theme_outcome(page: Path) -> dict[str, object]:
    """A page's chips and theme findings, as pinned."""
    try:
        result = parse_bytes(page.read_bytes(), page.name)
    except Refusal as refusal:
        return {"refused": refusal.code}
    findings = [
        [f.severity.value, f.code, f.message, f.line]
        for f in result.findings
        if f.code.startswith("themes")
    ]
    return {"themes": list(result.record.themes), "findings": findings}


def digest(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.skipif(not CORPUS.is_dir(), reason="development corpus absent")
def test_dev_pages_keep_their_chips_and_theme_findings(update_golden: bool) -> None:
    pages = sorted((CORPUS / "pages").glob("*.txt"))
    actual = {
        page.name: {
            "page": hashlib.sha256(page.read_bytes()).hexdigest(),
            "outcome": digest(theme_outcome(page)),
        }
        for page in pages
    }
    if update_golden:
        PINS.write_text(json.dumps(actual, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    pinned = json.loads(PINS.read_text(encoding="utf-8"))
    assert len(pinned) == len(actual) == 60
    changed = [
        f"{name}: {json.dumps(theme_outcome(CORPUS / 'pages' / name), ensure_ascii=False)}"
        for name, pin in pinned.items()
        if pin["page"] == actual[name]["page"] and pin["outcome"] != actual[name]["outcome"]
    ]
    moved = [name for name, pin in pinned.items() if pin["page"] != actual[name]["page"]]
    assert not moved, f"corpus pages changed since pinning (re-pin on purpose): {moved}"
    assert not changed, "chips or theme findings changed:\n" + "\n".join(changed)


@st.composite
def line_and_page(draw: st.DrawFn) -> tuple[list[str], str]:
    """A line, and a page that quotes stretches of it among other words (so that the page
    says phrases of the line, as real pages do)."""
    words = draw(line_words)
    pieces = draw(
        st.lists(
            st.one_of(
                page_text,
                st.tuples(st.integers(0, len(words) - 1), st.integers(1, 5)).map(
                    lambda span: " ".join(words[span[0] : span[0] + span[1]])
                ),
            ),
            max_size=12,
        )
    )
    return words, " . ".join(pieces)


@settings(max_examples=150, deadline=None)
@given(line_and_page())
def test_scorer_arrays_are_the_weighted_named_features(case: tuple[list[str], str]) -> None:
    """The per-word and per-gap scores, cached and summed inline, are exactly the weighted sums
    of the named features the weights were fitted on (the former per-feature sums)."""
    from extractor.parsing.chips.features import (
        end_features,
        page_gap_features,
        single_features,
        start_features,
        word_gap_features,
    )
    from extractor.parsing.chips.split import Scorer, Vocabulary
    from extractor.parsing.chips.weights import WEIGHTS

    def total(features: list[tuple[str, float]]) -> float:
        return sum(WEIGHTS.get(name, 0.0) * value for name, value in features)

    words, text = case
    tokens = tokenize(" ".join(words))
    for _ in range(2):  # computed, then from the process-wide caches
        scorer = Scorer(tokens, PageEvidence(text, tokens), Vocabulary({}))
        lower, runs = scorer.lower, scorer.page_runs
        for i, token in enumerate(tokens):
            assert scorer.start[i] == total(start_features(token, lower))
            assert scorer.end[i] == total(end_features(token))
            assert scorer.single[i] == total(single_features(token, runs[0][i] >= 1, lower))
            if i:
                before = tokens[i - 2] if i >= 2 else None
                word = total(word_gap_features(before, tokens[i - 1], token, lower))
                content = [not t.function for t in tokens]
                assert scorer.gap[i] == word + total(page_gap_features(runs, i, content))


@settings(max_examples=150, deadline=None)
@given(line_and_page())
def test_runs_agree_with_the_plain_reference_on_quoting_pages(case: tuple[list[str], str]) -> None:
    words, text = case
    tokens = tokenize(" ".join(words))
    assert PageEvidence(text, tokens).runs(tokens) == reference_runs(text, tokens)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="development corpus absent")
def test_a_doubtful_spot_is_named_once() -> None:
    """Neighbouring doubtful gaps share the chosen text around them: each chosen reading is
    quoted once, followed by its alternatives, so the editor sees one spot, not the same twice."""
    repeated = []
    for page in sorted((CORPUS / "pages").glob("*.txt")):
        for finding in theme_outcome(page).get("findings", []):
            if finding[1] != "themes-segmented" or "please check" not in finding[2]:
                continue
            spots = finding[2].split(": ", 1)[1].split("; known chips used")[0].split("; ")
            chosen = [re.match(r"'([^']*)'", spot) for spot in spots]
            texts = [m.group(1) for m in chosen if m]
            if len(texts) != len(set(texts)):
                repeated.append(f"{page.name}: {finding[2]}")
    assert not repeated, "\n".join(repeated)


# --- the splitter's two-pass solve against the plain passes it replaced ----------------------


def plain_solve(scores: list[list[float]], size: int) -> tuple[list[float], ...]:
    """Forward pull pass, backward pass and the best spanning chip of every gap, each in a
    loop of its own over the table (the code ``Scorer.solve`` replaced)."""
    neg, top = float("-inf"), MAX_CHIP_WORDS + 1
    forward, back = [0.0] * (size + 1), [0] * (size + 1)
    for e in range(1, size + 1):
        best, arg = neg, 0
        for s in range(max(0, e - MAX_CHIP_WORDS), e):
            if forward[s] + scores[s][e - s] > best:
                best, arg = forward[s] + scores[s][e - s], s
        forward[e], back[e] = best, arg
    backward, ahead = [0.0] * (size + 1), [size] * (size + 1)
    for s in range(size - 1, -1, -1):
        best, arg = neg, size
        for e in range(min(size, s + MAX_CHIP_WORDS), s, -1):
            if scores[s][e - s] + backward[e] > best:
                best, arg = scores[s][e - s] + backward[e], e
        backward[s], ahead[s] = best, arg
    spanning: list[float] = []
    for gap in range(1, size):
        value, chip = neg, 0
        for s in range(max(0, gap - MAX_CHIP_WORDS + 1), gap):
            for n in range(min(MAX_CHIP_WORDS, size - s), gap - s, -1):
                total = forward[s] + scores[s][n] + backward[s + n]
                if total > value:
                    value, chip = total, s * top + n
        spanning += [value, float(chip)]
    return forward, [float(b) for b in back], backward, [float(a) for a in ahead], spanning


@settings(max_examples=150, deadline=None)
@given(line_and_page())
def test_solve_gives_the_plain_passes(case: tuple[list[str], str]) -> None:
    """``Scorer.solve`` (rows made in the backward pass, spanning chips found in the forward
    one) gives exactly what the separate passes give, ties included."""
    from extractor.parsing.chips.split import (
        Scorer,
        Vocabulary,
        _fast_margins,
        _forward_and_spans,
        _margins,
        _spanning_chip,
    )

    words, text = case
    tokens = tokenize(" ".join(words))
    scorer = Scorer(tokens, PageEvidence(text, tokens), Vocabulary({}))
    size = len(tokens)
    solved = scorer.solve()
    lattice = solved.lattice
    forward, back, backward, ahead, spanning = plain_solve(scorer.table(), size)
    assert lattice.scores == scorer.table()
    assert (lattice.forward, lattice.backward) == (forward, backward)
    assert ([float(b) for b in lattice.back], [float(a) for a in lattice.ahead]) == (back, ahead)
    # The two-pass reference with every spanning chip's length, and the fast path that keeps
    # each gap's value and finds a chip only when asked: the same margins and chips, ties
    # included.
    _, _, best_value, best_length = _forward_and_spans(lattice.scores, lattice.backward, size)
    margins, spanner = _margins(lattice, best_value, best_length, set(), size)
    assert _fast_margins(lattice, solved.spanning, set(), size) == margins
    cuts = set(range(1, size, 2))
    assert (
        _fast_margins(lattice, solved.spanning, cuts, size)
        == (_margins(lattice, best_value, best_length, cuts, size)[0])
    )
    for gap in range(1, size):
        value, chip = spanning[2 * gap - 2], spanning[2 * gap - 1]
        assert spanner[gap] == chip == _spanning_chip(lattice, gap, size)
        assert margins[gap - 1] == value - (forward[gap] + backward[gap])


def test_a_line_with_more_words_than_the_id_table_has() -> None:
    """Line ids come from a table a line's worth long; a longer line (``PageEvidence`` asked
    directly) gets more, and the same runs as the plain reference."""
    words = [f"w{i}x" for i in range(200)]
    tokens = tokenize(" ".join(words))
    text = " ".join(words[150:170]) + ". " + " ".join(words[:5])
    assert PageEvidence(text, tokens).runs(tokens) == reference_runs(text, tokens)
