"""Fast paths give the answers of the plain definitions they replace.

Each speed-up below skips work that cannot change the answer (a prefilter, a table filled
once per page); these tests compare it with the direct, slow definition on generated input.
"""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from extractor.base.config import Config
from extractor.base.mojibake import looks_misdecoded, mojibake
from extractor.base.textnorm import clean
from extractor.check.checks import Subject, _suspects, path_of, quote_marks, text_hygiene
from extractor.parsing.leader_name import written_like_a_name
from extractor.parsing.sections.dimensions import _ON_ONE_LINE, _match
from extractor.parsing.shapes import _SENTENCE_END, ends_sentence
from extractor.read.lines import _ODD_SPACE, split_lines

# Characters the signatures are made of, plus ordinary letters, marks and separators.
_MOJIBAKE_ALPHABET = "aZé中 \n.'-·1_Ã©â€Â ï»¿\ufffdРСЂкÀÿŒœŠšŸŽžƒˆ˜¡¿‚„…†‡‰‹›“”™×÷•\u0080\u009f"
_HYGIENE_ALPHABET = "ab <>&/;#x1\n.Ã©â€“”" + "take the assessment share this profile div span"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=16))
def test_mojibake_prefilter_agrees_with_the_pattern(text: str) -> None:
    assert looks_misdecoded(text) == (not text.isascii() and mojibake().search(text) is not None)


def _hygiene_by_string(subject: Subject) -> list[tuple[str, str, str]]:
    """text_hygiene as defined: every string on its own."""
    hits = []
    for kind, index, text in subject.texts:
        for code, pattern, what in _suspects(text):
            match = pattern.search(text)
            if match:
                path = path_of(kind, index)
                hits.append((code, f"{path} contains {what} {match.group(0)!r}", path))
    return hits


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=_HYGIENE_ALPHABET, max_size=40), max_size=5),
    st.text(alphabet=_HYGIENE_ALPHABET, max_size=40),
)
def test_hygiene_tested_on_the_whole_record_first_finds_what_each_string_finds(
    themes: list[str], bio: str
) -> None:
    subject = Subject({"bio": bio, "themes": themes, "name": "Ada Lovelace"})
    assert list(text_hygiene(subject, Config())) == _hygiene_by_string(subject)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="Vision Strategy 0123456789%/.,:- –percent\n", max_size=40))
def test_score_line_prefilter_agrees_with_the_pattern(text: str) -> None:
    whole = _ON_ONE_LINE.match(text) if len(text) <= 120 else None
    found = _match(text)
    assert (found and found.groupdict()) == (whole and whole.groupdict())


def test_the_patterns_are_compiled_without_flags_that_the_prefilters_assume() -> None:
    assert not _ON_ONE_LINE.flags & (re.IGNORECASE | re.MULTILINE)
    assert not mojibake().flags & re.IGNORECASE


def _lines_by_definition(text: str) -> list[tuple[int, str, int]]:
    """split_lines as defined: each raw line cleaned on its own, its indent from the raw line."""
    out = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        expanded = raw.expandtabs(4)
        out.append((number, clean(raw), len(expanded) - len(expanded.lstrip(" \u00a0\ufeff"))))
    return out


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet="ae \t\r\n\u00a0\u200b\ufeff\u0301\u0327\u0308\u1100\u1161\u11a8Åé.", max_size=30
    )
)
def test_lines_normalised_once_per_text_are_the_lines_normalised_one_by_one(text: str) -> None:
    found = [(line.number, line.text, line.indent) for line in split_lines(text)]
    assert found == _lines_by_definition(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab \t\x0b\x0c\x1c\x1f\r\n", max_size=30))
def test_ascii_lines_folded_only_where_needed_are_the_lines_folded_one_by_one(text: str) -> None:
    found = [(line.number, line.text, line.indent) for line in split_lines(text)]
    assert found == _lines_by_definition(text)


def test_odd_space_class_is_every_white_space_but_a_space_and_a_line_break() -> None:
    odd = {chr(c) for c in range(0x110000) if _ODD_SPACE.match(chr(c))}
    assert odd == {chr(c) for c in range(0x110000) if chr(c).isspace()} - {" ", "\n"}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab .!?…。'\"’”»)」』\n ", max_size=12))
def test_sentence_end_read_from_the_end_agrees_with_the_pattern(text: str) -> None:
    assert ends_sentence(text) == (_SENTENCE_END.search(text) is not None)


# A short particle joined by a hyphen or an apostrophe to a capitalised name ("al-Qasimi").
_PARTICLE_THEN_NAME = re.compile(r"^[^\W\d_]{1,3}[-'\u2019][^\W\d_]*[A-Z][^\W\d_]*$")


def _written_like_a_name_by_definition(text: str) -> bool:
    """written_like_a_name as first written: every word's letters listed; short lower-case
    particles ("de", "van") do not count toward the two to six words, ten words at most."""
    words = text.split()
    firsts = [[c for c in w if c.isalpha()][:1] for w in words]
    particles = sum(
        1 for w, f in zip(words, firsts, strict=True) if len(w) <= 3 and f and f[0].islower()
    )
    if not 2 <= len(words) - particles <= 6 or len(words) > 10:
        return False
    if {"at", "of", "and", "for", "the", "in", "on", "to", "with", "by"} & set(words):
        return False  # a headline's words, never a name's
    capitalised = 0
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if not letters:
            return False
        if letters[0].islower():
            if len(word) > 3 and not _PARTICLE_THEN_NAME.match(word):
                return False
            capitalised += len(word) > 3  # "al-Qasimi", "ben-Ami": a word of the name
            continue
        shouting = len(letters) > 1 and all(c.isupper() for c in letters)
        after_name = capitalised >= 2 and len(word.rstrip(",")) <= 4  # "Jane Smith OBE"
        if shouting and not word.endswith(".") and not after_name:
            return False
        capitalised += 1
    return capitalised >= 1


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aBcDé山Ⅻ.,- 't", max_size=20))
def test_name_shape_fast_path_agrees_with_the_definition(text: str) -> None:
    assert written_like_a_name(text) == _written_like_a_name_by_definition(text)


def _quote_marks_by_string(subject: Subject) -> list[str]:
    """quote_marks as defined: every string counted on its own."""
    hits = []
    for kind, index, text in subject.texts:
        pairs = (("“", "”"), ("«", "»"))
        if text.count('"') % 2 == 1 or any(text.count(a) != text.count(b) for a, b in pairs):
            hits.append(path_of(kind, index))
    return hits


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet='ab "“”«»é', max_size=10), max_size=4))
def test_quote_marks_skipped_only_when_no_string_holds_a_mark(themes: list[str]) -> None:
    subject = Subject({"themes": themes, "name": "Ada Lovelace"})
    assert [path for _, _, path in quote_marks(subject, Config())] == _quote_marks_by_string(
        subject
    )
