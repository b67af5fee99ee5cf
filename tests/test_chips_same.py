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
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.base.errors import Refusal
from extractor.parsing.chips.features import (
    _MAX_EVIDENCE_CHARS,
    _MAX_OCCURRENCES,
    MAX_CHIP_WORDS,
    PageEvidence,
    Token,
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
