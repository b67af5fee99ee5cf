"""The general English cues of ``chips/evidence.py``: each says what English says, on words that
are in no corpus list."""

from __future__ import annotations

from extractor.parsing.chips.evidence import (
    gap_evidence,
    mostly_lower,
    pair_pmi,
    standalone_evidence,
)
from extractor.parsing.chips.features import tokenize


def _names(features: list[tuple[str, float]]) -> set[str]:
    return {name for name, _ in features}


def test_fixed_phrases_are_associated_beyond_chance() -> None:
    supply, chain, of, the = tokenize("supply chain of the")
    assert pair_pmi(supply, chain) > 1.0
    # a pair the web table does not list says nothing either way
    assert pair_pmi(*tokenize("zebra accessibility")) == 0.0
    # function words are not asked about (their counts say only that they are common)
    assert "b:pmi" not in _names(gap_evidence(of, the, lower=True))


def test_a_noun_can_stand_alone_an_adjective_cannot() -> None:
    stewardship, vague = tokenize("stewardship vague")
    assert {"one:noun", "one:abstract"} <= _names(standalone_evidence(stewardship))
    assert "one:adjective" in _names(standalone_evidence(vague))
    assert "one:noun" not in _names(standalone_evidence(vague))


def test_names_and_acronyms_side_by_side() -> None:
    lima, crm, _ops = tokenize("Lima CRM ops")
    assert "b:name_to_acronym" in _names(gap_evidence(lima, crm, lower=True))
    assert "b:name_to_acronym" not in _names(gap_evidence(lima, crm, lower=False))
    _legacy, it, rural = tokenize("legacy IT rural")
    assert "b:capital_to_adjective" in _names(gap_evidence(it, rural, lower=True))
    assert "b:name_adjective_to_lower" in _names(gap_evidence(*tokenize("Nordic design"), True))


def test_acronyms_spelt_like_function_words_are_names() -> None:
    it, us, word = tokenize("IT US it")
    assert it.function == "" and us.function == ""
    assert word.function == "other"


def test_acronyms_and_numbers_do_not_make_a_line_title_case() -> None:
    assert mostly_lower(
        tokenize("offline apps Tier 2 and 3 cities UPI WhatsApp commerce tech debt")
    )
    assert not mostly_lower(tokenize("Product Strategy Music Streaming and AI"))
    assert not mostly_lower(tokenize("UPI KYC 2024"))
