"""How a split of run-together chips is reported: a warning naming only the doubtful gaps, or a
note when every gap is clear by the calibrated margin."""

from __future__ import annotations

from extractor.parsing.chips.split import Split
from extractor.parsing.chips.weights import (
    CONFIDENT_MARGIN,
    CONFIDENT_WRONG,
    CONFIDENT_WRONG_UNSEEN,
)
from extractor.parsing.draft import Draft
from extractor.read.blocks import Block

_MAX_NAMED = 6


def flag_split(split: Split, block: Block, draft: Draft) -> None:
    """Report ``split`` of ``block``'s line; a line left whole with no doubt needs no finding."""
    count = len(split.chips)
    head = f"themes were run together on one line; split into {count} chips"
    known = _known(split)
    if split.doubts and split.doubts[0].chosen == split.doubts[0].alternative:
        draft.flag(
            "themes-segmented",
            f"a themes line of {len(block.text.split())} words with no separators is too long "
            "to split by evidence; kept as one chip, please separate the chips in the source",
            block,
            "themes",
        )
    elif split.doubts:
        named = _named(split)
        more = len(split.doubts) - min(len(split.doubts), _MAX_NAMED)
        tail = f" (and {more} more)" if more > 0 else ""
        draft.flag(
            "themes-segmented",
            f"{head}; please check {len(split.doubts)} doubtful "
            f"{'boundary' if len(split.doubts) == 1 else 'boundaries'}: "
            f"{'; '.join(named)}{tail}{known}",
            block,
            "themes",
        )
    elif count > 1:
        draft.flag(
            "themes-split",
            f"{head}, every boundary clear by a margin of at least {CONFIDENT_MARGIN:g} "
            f"(boundaries this clear were wrong {CONFIDENT_WRONG} times on the development "
            f"corpus, {CONFIDENT_WRONG_UNSEEN} on held-out pages no fit saw)"
            f"{known}",
            block,
            "themes",
        )


def _named(split: Split) -> list[str]:
    """Each doubtful spot once: neighbouring doubtful gaps show the same stretch of the chosen
    split, so they are named together, the chosen reading then each alternative ("'a | b c' or
    'a b c' or 'a | b | c'"), rather than the same chosen text twice."""
    alternatives: dict[str, list[str]] = {}
    for doubt in split.doubts[:_MAX_NAMED]:
        alternatives.setdefault(doubt.chosen, []).append(doubt.alternative)
    return [
        " or ".join(f"'{text}'" for text in (chosen, *others))
        for chosen, others in alternatives.items()
    ]


def _known(split: Split) -> str:
    if not split.vocabulary_used:
        return ""
    return "; known chips used: " + ", ".join(f"'{c}'" for c in split.vocabulary_used)
