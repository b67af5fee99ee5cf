"""Gathering the word table's contents from the installed packages (see ``wordtable.py``).

Runs once per package installation (a few seconds), in whichever process first needs the table.
Everything comes from the packages' own data and public functions, except the two lemminflect
lookup dictionaries, read through its ``Lemmatizer`` to list the words it knows.
"""

from __future__ import annotations

import math
from pathlib import Path

from extractor.parsing.chips.wordtable import (
    encode_lemmas,
    open_table,
    set_derived,
    simple_tokens,
    write_table,
)

_MAX_DIGIT_RUN = 4
# Keys the build checks the table's Zipf arithmetic on, besides a sample of the word list:
# digits, years, decades, compounds, apostrophes, unknown words, separators alone.
_CHECKED = (
    "0 1 7 10 42 007 2019 1990s 10x 3d b2b 2nd tier-2 0-to-1 x-1000 24/7 p&l ai/ml a+b "
    "women's world's rock'n'roll são são-paulo naïve café-culture & - qzxvj qzxvj-data"
).split()


def bigram_strengths() -> dict[str, float]:
    """The bigram table of ``wordsegment`` (about 250,000 pairs): log10 of each pair's web count
    over 10,000 (1.0 for the least listed, as the table lists pairs seen at least 100,000 times);
    a pair listed in several spellings keeps its largest."""
    import importlib.resources

    table: dict[str, float] = {}
    path = importlib.resources.files("wordsegment") / "bigrams.txt"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            pair, _, count = line.rpartition("\t")
            table[pair] = max(table.get(pair, 0.0), math.log10(float(count)) - 4.0)
    return table


def lemma_rows() -> dict[str, str]:
    """``getAllLemmas(key)``, encoded, for every key lemminflect can answer for a lower-case
    word (it looks words up lower-cased, so capitalised entries never answer one)."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped]
    from lemminflect.core.Lemmatizer import Lemmatizer  # type: ignore[import-untyped]

    lemmatizer = Lemmatizer()
    keys: set[str] = set(lemmatizer._getLemmaDict()) | set(lemmatizer._getOverridesDict())
    return {key: encode_lemmas(getAllLemmas(key)) for key in keys if key.lower() == key}


def frequency_rows() -> tuple[dict[str, int], dict[str, float], dict[str, float]]:
    """(centibels of each entry of wordfreq's English list, as its frequency dictionary keeps
    them; the answer of entries this module cannot tokenise itself; digit-run estimates)."""
    from wordfreq import get_frequency_list, zipf_frequency
    from wordfreq.numbers import digit_freq

    centibels: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list("en")):
        for word in bucket:
            centibels[word] = -index  # a later bucket wins, as in get_frequency_dict
    answers = {
        word: float(zipf_frequency(word, "en")) for word in centibels if simple_tokens(word) is None
    }
    digits = {
        f"{number:0{width}d}": float(digit_freq(f"{number:0{width}d}"))
        for width in range(2, _MAX_DIGIT_RUN + 1)
        for number in range(10**width)
    }
    return centibels, answers, digits


def build(path: Path, print_: str) -> None:
    """Write the table to ``path``, then check its Zipf arithmetic against wordfreq."""
    lemmas = lemma_rows()
    centibels, answers, digits = frequency_rows()
    words: dict[str, tuple[int | None, str | None, float | None]] = {}
    for key in lemmas.keys() | centibels.keys():
        words[key] = (centibels.get(key), lemmas.get(key), answers.get(key))
    write_table(path, print_, words, digits, bigram_strengths())
    set_derived(path, _arithmetic_agrees(path, print_, sorted(centibels)))


def _arithmetic_agrees(path: Path, print_: str, known: list[str]) -> bool:
    """Whether the table's Zipf arithmetic gives wordfreq's answers on a sample: every 50th
    simple word of the list, compounds of neighbours, and :data:`_CHECKED`."""
    from wordfreq import zipf_frequency

    table = open_table(path, print_)
    if table is None:
        raise OSError(f"the table just written to {path} does not open")
    try:
        table.derived = True
        simple = [word for word in known[::50] if simple_tokens(word) is not None]
        keys = [*simple, *_CHECKED]
        keys += [f"{a}-{b}" for a, b in zip(simple[::7], simple[1::7], strict=False)]
        return all(table.zipf(key) == zipf_frequency(key, "en") for key in keys)
    finally:
        table.connection.close()
