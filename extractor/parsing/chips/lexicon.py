"""What the segmenter knows about English words in general, from well-kept packages.

* ``lemminflect`` (lemma tables from the Automatically Generated Inflection Database): which word
  classes a word can be and its base form, so "products" and "product", "designing" and "design"
  match, and "users trust" is seen as a plural noun followed by a new noun.
* ``wordfreq``: how common a word is (Zipf scale); rare words make single-word chips
  ("desalination"), common ones rarely do.
* ``wordsegment``'s bigram counts (Google web n-grams): fixed phrases such as "open source" or
  "supply chain" that a split must not cut.

All three ship their data inside the wheel; nothing is downloaded. Loading them costs about a
second per process, so what they say is copied once into a prebuilt table on disk
(``wordtable.py``) and read one word at a time; a process that splits one line pays a few
milliseconds. Where the table cannot answer a key (or cannot be built: a read-only cache folder),
the packages are imported and asked directly, giving the same answers. Each lookup is cached per
word, so a word is analysed once per process.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from extractor.parsing.chips import wordcache
from extractor.parsing.chips.wordtable import Lemmas, WordTable

DETERMINERS = frozenset(
    "a an the this these those that its their your our his her my every each any some no".split()
)
PREPOSITIONS = frozenset(
    """to for as on of in into onto with without from by at via about over under between
    through than per across beyond within after before during against among toward towards
    like""".split()
)
CONJUNCTIONS = frozenset("and or but nor & vs vs. versus plus".split())
OTHER_FUNCTION = frozenset(
    """is are was were be been who whom whose which what why how it they them we us you he him
    she i me more less most fewer""".split()
)
FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | CONJUNCTIONS | OTHER_FUNCTION


@dataclass(frozen=True, slots=True)
class WordFacts:
    """Line-independent facts about one lower-cased word."""

    lemma: str  # base form used for near matches ("stores" -> "store")
    noun: bool
    verb: bool
    adj: bool
    adv: bool
    known: bool  # in the lemma tables at all
    plural: bool  # a noun in a plural form
    ing: bool  # an "-ing" form of a verb
    adjective: bool  # most likely used as an adjective ("social", "honest", "remote")
    zipf: float  # 0 (unknown) .. about 7.5 ("the")


@lru_cache(maxsize=65536)
def facts(key: str) -> WordFacts:
    """Facts for ``key`` (already stripped of edge punctuation and case-folded).

    A hyphenated compound the tables do not know takes its word class from its last part, as
    English compounds are head-final: "low-bandwidth" is a noun like "bandwidth" (used as a
    modifier), "fault-tolerant" an adjective, "teacher-founders" a plural noun.
    """
    if "-" in key.strip("-") and not _lemma_table(key):
        head, _, last = key.rpartition("-")
        inner = _facts(last)
        return replace(inner, lemma=f"{head}-{inner.lemma}", zipf=_zipf(key))
    return _facts(key)


def _zipf(key: str) -> float:
    if not key:
        return 0.0
    table = _table()
    found = table.zipf(key) if table is not None else None
    return _live_zipf(key) if found is None else found


def _live_zipf(key: str) -> float:
    from wordfreq import zipf_frequency  # imported on first use: it loads numpy and more

    return float(zipf_frequency(key, "en"))


def _lemma_table(key: str) -> Lemmas:
    """lemminflect's lemma table for ``key``."""
    table = _table()
    found = table.lemmas(key) if table is not None else None
    return _live_lemmas(key) if found is None else found


def _live_lemmas(key: str) -> Lemmas:
    from lemminflect import getAllLemmas as lemmas  # type: ignore[import-untyped]

    found: Lemmas = lemmas(key)
    return found


_TABLES: list[WordTable | None] = []


def _table() -> WordTable | None:
    """The word table, opened (or built) on first use; ``None``: ask the packages directly."""
    if not _TABLES:
        _TABLES.append(wordcache.load(_build))
    return _TABLES[0]


def _build(path: Path, print_: str) -> None:
    from extractor.parsing.chips.wordbuild import build  # only when there is no table yet

    build(path, print_)


# A forked worker opens its own copy: an SQLite handle must not cross a fork.
os.register_at_fork(after_in_child=_TABLES.clear)


def _facts(key: str) -> WordFacts:
    lemmas: dict[str, tuple[str, ...]] = _lemma_table(key) if key.isascii() else {}
    noun = lemmas.get("NOUN", ()) or lemmas.get("PROPN", ())
    verb = lemmas.get("VERB", ()) or lemmas.get("AUX", ())
    plural = bool(noun) and noun[0] != key and key.endswith("s")
    ing = bool(verb) and key.endswith("ing") and verb[0] != key
    lemma = noun[0] if plural else (verb[0] if ing else key)
    if not lemmas:
        lemma = _crude_stem(key)
    adj = "ADJ" in lemmas
    return WordFacts(
        lemma=lemma,
        noun=bool(noun),
        verb=bool(verb),
        adj="ADJ" in lemmas,
        adv="ADV" in lemmas,
        known=bool(lemmas),
        plural=plural or (not lemmas and key.endswith("s") and not key.endswith("ss")),
        ing=ing or (not lemmas and key.endswith("ing") and len(key) > 5),
        adjective=adj and (not noun or key.endswith(_ADJECTIVE_ENDINGS)),
        zipf=_zipf(key),
    )


# Endings that make a word that can be either a noun or an adjective mostly an adjective.
_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "ful", "less", "able", "ible", "ary", "est")


def _crude_stem(key: str) -> str:
    """For words outside the tables ("fintechs", "podcasting"): strip a plural "s" or "-ing"."""
    if key.endswith("s") and len(key) > 4 and not key.endswith(("ss", "us", "is")):
        return key[:-1]
    if key.endswith("ing") and len(key) > 6:
        return key[:-3]
    return key


def bigram_strength(first: str, second: str) -> float:
    """log10 of the web count of "first second" over 10,000 (1 to about 5.5); 0 when not listed.

    Hyphenated words meet at their inner parts ("low-bandwidth users" asks for "bandwidth
    users"); accents are folded, as the table is ASCII ("são paulo" asks for "sao paulo").
    """
    left = _fold(first.rsplit("-", 1)[-1])
    right = _fold(second.split("-", 1)[0])
    pair = f"{left} {right}"
    table = _table()
    found = table.bigram(pair) if table is not None else None
    return _bigrams().get(pair, 0.0) if found is None else found


def _fold(word: str) -> str:
    if word.isascii():
        return word
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


@cache
def _bigrams() -> dict[str, float]:
    """The bigram table of ``wordsegment``, loaded whole (only when the word table is missing)."""
    from extractor.parsing.chips.wordbuild import bigram_strengths

    return bigram_strengths()
