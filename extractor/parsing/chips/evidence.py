"""General English evidence about chip boundaries that does not depend on the page.

Added after a held-out trial (chip lists written apart from the development corpus) showed the
segmenter glued single-word chips ("procurement | accessibility", "audio | trust") and names or
acronyms standing alone ("Tokyo | hardware ...", "Bogotá | CX") with a confidence it had not
earned. Each cue here is a fact about English words, from the same packages ``lexicon.py`` reads,
never a phrase of any page or list:

* **association of two words**: pointwise mutual information of the pair from wordsegment's web
  bigram counts against wordfreq's unigram frequencies. A raw bigram count mostly says that both
  words are common ("of the"); PMI says the pair occurs more often than chance, as a compound or
  fixed phrase does ("supply chain", "São Paulo").
* **can the word stand alone as a chip**: a chip is a noun phrase, so a one-word chip is a noun
  ("mentorship", "churn", "craft"), not an adjective or determiner; nouns made by an abstract
  suffix ("-ship", "-ment", "-ness", "-ity", "-ism", "-ance") name a topic by themselves.
* **names and acronyms next to each other**: a name followed by an acronym ("Bogotá CX") or an
  acronym followed by a name is two chips more often than one; ``lexicon`` has no way to know
  that "Lagos fintech" is one and "Tokyo hardware" two, so those stay for the fit to weigh.
* **which lines are lower-case**: capitals are evidence only in a sentence-case line; acronyms,
  numbers and function words are set aside when deciding that, so a line with many place names
  and acronyms ("... Tier 2 and 3 cities UPI WhatsApp ...") still counts as sentence case.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from extractor.parsing.chips.lexicon import WordFacts, bigram_strength

Features = list[tuple[str, float]]


class Token(Protocol):
    """What these cues read of a line word (``features.Token``, which imports this module)."""

    @property
    def word(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def facts(self) -> WordFacts: ...
    @property
    def cap(self) -> bool: ...
    @property
    def acronym(self) -> bool: ...
    @property
    def digit(self) -> bool: ...
    @property
    def function(self) -> str: ...


# log10 of the web corpus the bigram counts come from (about 1.02e12 tokens), less the 4 that
# ``bigram_strength`` takes off, less the 9 that turn a Zipf value into log10 of a probability:
# pmi = log10 P(ab) - log10 P(a) - log10 P(b) = strength + 4 - 12.01 - (za - 9) - (zb - 9).
_PMI_OFFSET = 4.0 - 12.01 + 18.0
# Clip PMI to this: beyond it the pair is a fixed phrase whatever the exact value.
_PMI_CAP = 4.0
# Suffixes that make an abstract or mass noun: such a noun names a topic on its own.
_ABSTRACT_SUFFIXES = (
    "ship",
    "ment",
    "ness",
    "ity",
    "ism",
    "ance",
    "ence",
    "tion",
    "sion",
    "acy",
    "ency",
    "ancy",
    "ology",
    "ics",
)
_MIN_ABSTRACT_LENGTH = 6


def pair_pmi(prev: Token, nxt: Token) -> float:
    """PMI (log10) of the two words as a pair; 0 when the web table does not list the pair.

    Unlisted pairs are no evidence either way: the table lists only pairs seen 100,000 times,
    which leaves out most compounds of a specialist field ("psychological safety").
    """
    strength = bigram_strength(prev.key, nxt.key)
    if not strength or not prev.facts.zipf or not nxt.facts.zipf:
        return 0.0
    pmi = strength + _PMI_OFFSET - prev.facts.zipf - nxt.facts.zipf
    return max(-_PMI_CAP, min(_PMI_CAP, pmi))


def gap_evidence(prev: Token, nxt: Token, lower: bool) -> Features:
    """Word-pair cues for a boundary between ``prev`` and ``nxt`` (only these two words, so the
    splitter may cache the sum per pair of spellings)."""
    out: Features = []
    if not prev.function and not nxt.function:
        pmi = pair_pmi(prev, nxt)
        if pmi > 0:
            out.append(("b:pmi", pmi))
    if lower:
        if prev.cap and nxt.acronym:
            out.append(("b:name_to_acronym", 1.0))  # "Bogotá | CX"
        if prev.acronym and nxt.cap:
            out.append(("b:acronym_to_name", 1.0))  # "KYC | Lagos"
        if prev.acronym and nxt.acronym:
            out.append(("b:acronym_to_acronym", 1.0))
        if prev.cap and not nxt.function and not nxt.cap and not nxt.acronym:
            out.append(("b:name_to_lower", 1.0))  # a name, not an acronym, before a common word
            if prev.facts.adj or _demonym(prev.key):
                # a capitalised adjective (a demonym: "Italian", "Arabic") modifies what follows
                out.append(("b:name_adjective_to_lower", 1.0))
        if (prev.cap or prev.acronym) and not nxt.cap and nxt.facts.adjective:
            # a name or acronym is a noun; an adjective after a noun starts a new noun phrase
            # ("legacy IT | rural broadband"), as ``b:noun_to_adjective`` says for common nouns
            out.append(("b:capital_to_adjective", 1.0))
    return out


# Endings of adjectives made from place names ("Italian", "Japanese", "Spanish", "Arabic",
# "European", "Mexican", "Western"); the lemma tables do not list them.
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "ic", "ean", "can", "ern")
_MIN_DEMONYM_LENGTH = 5


def _demonym(key: str) -> bool:
    return len(key) >= _MIN_DEMONYM_LENGTH and key.endswith(_DEMONYM_ENDINGS)


def standalone_evidence(token: Token) -> Features:
    """Cues that ``token`` alone is a chip: a noun phrase of one word is a noun."""
    out: Features = []
    info = token.facts
    if token.function or token.digit or token.acronym or token.cap:
        return out
    if info.noun and not info.adjective and not info.plural:
        out.append(("one:noun", 1.0))
    if info.adjective or (info.adj and not info.noun):
        out.append(("one:adjective", 1.0))
    if info.verb and not info.noun and not info.ing:
        out.append(("one:verb", 1.0))
    key = token.key
    if len(key) >= _MIN_ABSTRACT_LENGTH and key.endswith(_ABSTRACT_SUFFIXES):
        out.append(("one:abstract", 1.0))
    if info.ing:
        out.append(("one:ing", 1.0))
    return out


def mostly_lower(tokens: Sequence[Token]) -> bool:
    """Whether capitals can be read as names and acronyms: most words that could be written
    either way (not acronyms, numbers or function words) are lower-case. Title Case lines
    ("Product Strategy Music Streaming") capitalise nearly every such word."""
    lower = either = 0
    for t in tokens:
        if t.acronym or t.digit or t.function:
            continue
        first = t.word[:1]
        if first.isalpha():
            either += 1
            if first.islower():
                lower += 1
    return lower * 2 > either if either else False
