"""The site's own tag vocabulary: chips that other pages of the same run give unambiguously.

A page whose chips are separate elements (HTML), one per line, or separated by commas or dots
says where every chip ends; a page whose chips were run together does not. The first kind is
strong evidence for splitting the second, so a batch run can make a first pass over all inputs,
collect the unambiguous chips, and give them to the splitter as ``known_themes``.

Deterministic by construction: the vocabulary is a sorted set, built from every input whatever
the order or the number of workers, and a page's own split never feeds back into it.

``extractor ingest`` does it without parsing a page twice (:mod:`extractor.batch.run`): every
page is parsed once with the config alone, and what its themes were (:func:`page_chips`) is kept
in the state; the vocabulary is then the sorted union of the unambiguous chips of every live
input, and only a page whose themes were split *and* whose split line holds a vocabulary chip
(:func:`relevant`) is parsed again, with exactly those chips added to ``known_themes``. A page's
record is therefore a function of its bytes, the config and the vocabulary chips its own line
holds: the same whatever the input order or ``--jobs``, and re-derived when, and only when,
that set of chips changes. A caller outside a run does::

    config = with_vocabulary(config, collect_vocabulary(paths, config))
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extractor.base.config import Config
from extractor.base.errors import Refusal
from extractor.pipeline import ParseResult, parse_file

# Findings that mark a page's chips as a guess: such pages add nothing to the vocabulary.
SPLIT_CODES = frozenset({"themes-segmented", "themes-split"})


@dataclass(frozen=True)
class PageChips:
    """What a page's themes say about the site's vocabulary, from its parse with the config
    alone: ``plain`` its chips when none needed splitting (None when some did), ``lines`` the
    theme lines the splitter cut (where vocabulary chips could help)."""

    plain: tuple[str, ...] | None = None
    lines: tuple[str, ...] = ()


def page_chips(result: ParseResult) -> PageChips:
    """The page's :class:`PageChips`; the raw findings, so a config that silences the split
    codes does not make a guess look unambiguous."""
    split = {d.line for d in result.raw_findings if d.code in SPLIT_CODES}
    if not split:
        return PageChips(tuple(result.data["themes"]))
    lines = tuple(b.text for b in result.blocks if b.start in split)
    return PageChips(None, lines)


def relevant(
    vocabulary: Sequence[str], pages: Iterable[tuple[str, Sequence[str]]]
) -> list[tuple[str, tuple[str, ...]]]:
    """For each (key, split lines) of ``pages``, the chips of ``vocabulary`` (sorted) the
    splitter could match in one of its lines: those whose lemmas are a run of a line's word
    lemmas, compared the way the splitter compares them (so giving it only these chips splits
    the lines as the whole vocabulary would). Needs the word tables: run where they are loaded
    (a worker that split lines), not in the parent of a pool."""
    from extractor.parsing.chips.features import MAX_CHIP_WORDS, lemma_key, tokenize

    by_key: dict[tuple[str, ...], list[str]] = {}
    for chip in vocabulary:
        if key := lemma_key(chip):
            by_key.setdefault(key, []).append(chip)
    firsts = {key[0] for key in by_key}  # a run that starts with no chip's first lemma: none
    out = []
    for page, lines in pages:
        found: set[str] = set()
        for line in lines:
            lemmas = [t.lemma for t in tokenize(line)]
            for start in range(len(lemmas)):
                if lemmas[start] not in firsts:
                    continue
                for end in range(start + 1, min(len(lemmas), start + MAX_CHIP_WORDS) + 1):
                    found.update(by_key.get(tuple(lemmas[start:end]), ()))
        out.append((page, tuple(sorted(found))))
    return out


def collect_vocabulary(paths: Iterable[str], config: Config) -> tuple[str, ...]:
    """Chips of every page in ``paths`` whose themes needed no splitting, sorted and unique."""
    plain = config.replace(known_themes=())
    chips: set[str] = set()
    for path in sorted(set(paths)):
        try:
            result = parse_file(path, None, plain)
        except (Refusal, OSError):
            continue
        chips.update(page_chips(result).plain or ())
    return tuple(sorted(chips))


def with_vocabulary(config: Config, chips: Iterable[str]) -> Config:
    """``config`` with ``chips`` added to its ``known_themes`` (sorted, unique)."""
    return config.replace(known_themes=tuple(sorted({*config.known_themes, *chips})))
