"""Chips glued together with no space between (buttons side by side in innerText)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from extractor.parsing.chips.glue import glue_points, unglued
from extractor.parsing.sections.themes import may_be_glued
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = [
    *sorted((ROOT.parent / "shared/corpora/leader-pages-dev/expected").glob("*.json")),
    *sorted((ROOT / "tests/heldout/expected").glob("*.json")),
]


def split(text: str) -> list[str]:
    points = glue_points(text) if may_be_glued(text) else []
    return unglued(text, points) if points else [text]


def test_glued_chips_are_cut_where_two_common_words_meet() -> None:
    assert split("heat pumpsfirmware updatesremote diagnosticshardware & software teams") == [
        "heat pumps",
        "firmware updates",
        "remote diagnostics",
        "hardware & software teams",
    ]
    assert split("founder-led salesSpain & PortugalSMS reminders") == [
        "founder-led sales",
        "Spain & Portugal",
        "SMS reminders",
    ]


def test_a_capital_inside_a_word_marks_a_join_when_the_word_before_it_is_common() -> None:
    assert split("loyalty appsin-store tabletsbeauty advisersA/B testingpersonalisation") == [
        "loyalty apps",
        "in-store tablets",
        "beauty advisers",
        "A/B testing",
        "personalisation",
    ]
    assert split("YouTube creators iPhone apps McKinsey alumni") == [
        "YouTube creators iPhone apps McKinsey alumni"
    ]


def test_one_unknown_compound_among_ordinary_words_is_a_word() -> None:
    assert split("healthtech pricing for clinics") == ["healthtech pricing for clinics"]
    assert split("Nordkraft heat pumps interoperability") == [
        "Nordkraft heat pumps interoperability"
    ]


@pytest.mark.skipif(not EXPECTED, reason="no expected records")
def test_no_editor_s_chip_list_is_cut() -> None:
    """Every chip list of the dev and held-out expected records, run together with spaces as a
    copy gives it: no join is found in any (the cut is only for words glued together)."""
    for path in EXPECTED:
        themes = json.loads(path.read_text("utf-8"))["themes"]
        assert glue_points(" ".join(themes)) == [], path.name


@given(
    st.lists(
        st.sampled_from(["pumps", "firmware", "sales", "Spain", "teams", "remote"]),
        min_size=1,
        max_size=8,
    )
)
def test_cutting_loses_no_character(words: list[str]) -> None:
    text = "".join(words)
    assert "".join(unglued(text, glue_points(text))) == text


def test_a_page_with_glued_chips_says_so() -> None:
    page = (ROOT / "samples" / "gustav-soderstrom.txt").read_text("utf-8")
    line = next(t for t in page.split("\n") if t.startswith("curation to recommendation"))
    glued = page.replace(
        line, "heat pumpsfirmware updatesremote diagnosticshardware & software teams"
    )
    record = record_dict(parse_bytes(glued.encode(), "page.txt").record)
    assert record["themes"] == [
        "heat pumps",
        "firmware updates",
        "remote diagnostics",
        "hardware & software teams",
    ]
    assert "themes-unglued" in [d["code"] for d in record["diagnostics"]]


def test_chips_glued_at_acronyms_numbers_and_three_words_in_one_token() -> None:
    """A token glued from three chips, an acronym between two words, a year after a word:
    each join is found, however many one token holds."""
    assert split("flood defencePPPclimate adaptation2050 delta planprocurementsea-level rise") == [
        "flood defence",
        "PPP",
        "climate adaptation",
        "2050 delta plan",
        "procurement",
        "sea-level rise",
    ]
    assert split("Horizon Europetenure reformbrain drainSTEMcampus life") == [
        "Horizon Europe",
        "tenure reform",
        "brain drain",
        "STEM",
        "campus life",
    ]


def test_rare_words_and_names_are_not_cut_into_syllables() -> None:
    for line in (
        "omotenashi premiumization hyperscalers",
        "Mittelstand apprenticeship Nordkraft",
        "COVID19 response B2B sales Web3 wallets",
    ):
        assert split(line) == [line]


def test_names_spelt_with_inner_capitals_are_not_taken_for_glued_chips() -> None:
    """A chip of two brand names ("iPhone and iPad") holds two capitals after lower-case
    letters, as "defencePPP" does, but no join: no ``themes-glued`` warning. Chips glued at
    two joins still get one, in any script with case ("énergiePPPtransition")."""
    from extractor.parsing.sections.themes import _glued_look

    assert not _glued_look("iPhone and iPad")
    assert not _glued_look("McKinsey on GitHub")
    assert _glued_look("flood defencePPPclimate")
    assert _glued_look("énergieÉOLIENNEtransition")
