"""Fitted weights of the chip segmenter; made by ``python -m bench.themes --fit``.

Fitted on the development corpus minus every 4th case (held back), and the held-out
trial's leaders 001-022 (023-044 held back: tests/heldout/README.md). Features are
explained in ``features.py``. Do not edit by hand: refit."""

WEIGHTS: dict[str, float] = {
    "b:acronym_to_acronym": 4.234,
    "b:acronym_to_name": 5.152,
    "b:adjective_to_capital": -2.0,
    "b:after_adjective": -6.0,
    "b:after_digit": -6.0,
    "b:after_hyphenated": 7.63,
    "b:after_rare": 6.724,
    "b:bias": 1.208,
    "b:cap_to_cap": -8.862,
    "b:capital_to_adjective": -13.492,
    "b:capital_to_lower": -10.427,
    "b:lower_to_acronym": -0.284,
    "b:lower_to_cap": 3.701,
    "b:name_adjective_to_lower": -11.251,
    "b:name_to_acronym": 7.641,
    "b:name_to_lower": 0.335,
    "b:noun_to_adjective": 4.0,
    "b:object_capital_to_lower": 9.075,
    "b:page_both_apart": 5.241,
    "b:page_pair": -17.849,
    "b:page_pair_exact": -16.854,
    "b:page_phrase_ends": -3.597,
    "b:page_phrase_starts": -0.069,
    "b:plural_to_content": 2.854,
    "b:pmi": -2.369,
    "b:to_determiner": -4.562,
    "b:to_digit": -2.833,
    "b:to_hyphenated": 18.392,
    "b:to_ing": 1.333,
    "b:to_rare": 10.464,
    "b:web": -4.98,
    "b:web_content": 5.449,
    "c:long_compound": -6.0,
    "c:page_exact": 6.442,
    "c:page_lemma": 7.299,
    "c:page_maximal": -4.25,
    "c:page_modifier_only": -5.506,
    "c:page_then_more": 0.603,
    "c:vocabulary": 8.0,
    "e:acronym": 3.24,
    "e:adjective": 0.0,
    "e:conj": -20.0,
    "e:det": -20.0,
    "e:other": -20.0,
    "e:prep": -20.0,
    "e:unknown": -0.943,
    "e:verb": -7.161,
    "len:1": -16.123,
    "len:2": 0.0,
    "len:3": 0.0,
    "len:4": 0.0,
    "len:5": 0.0,
    "len:6": 0.0,
    "len:7": -1.0,
    "len:8": -2.0,
    "one:abstract": 0.334,
    "one:adjective": -4.0,
    "one:capital": 12.071,
    "one:common": -10.104,
    "one:in_page": 2.15,
    "one:ing": -4.436,
    "one:noun": 8.266,
    "one:rare": -5.415,
    "one:terse_line": 4.87,
    "one:unknown": 6.593,
    "s:conj": -20.0,
    "s:det": -4.562,
    "s:digit": -2.833,
    "s:ing": 1.333,
    "s:other": 2.911,
    "s:prep": -20.0,
}
# Gaps with a margin below this are reported as doubtful (calibrated on the fit part).
DOUBT_MARGIN = 10.568
# A split is confident (a note) only when every gap clears this (calibrated on the fit
# parts, counting every wrong gap above it as a confident split that could be wrong).
CONFIDENT_MARGIN = 24.597
# Of the dev corpus's boundaries that clear CONFIDENT_MARGIN, how many were wrong.
CONFIDENT_WRONG = "0 of 531"
# The same on the held-out trial's lines that no fit saw (its held-back half).
CONFIDENT_WRONG_UNSEEN = "1 of 141"
