"""Per-page fast paths of the reader, locator and rules give the answers of the plain
definitions they replace (see also ``test_fast_paths``): each test below compares a shortcut
with the direct definition, kept here, on generated input."""

from __future__ import annotations

import itertools

from hypothesis import given, settings, strategies as st

from extractor.parsing.sections.preamble import _BYLINE_STARTS, _DIGIT, _byline, is_byline
from extractor.read.blocks import Block, Kind
from extractor.read.reflow import _BLANK_SEPARATED, _NEIGHBOURHOOD, blank_line_separated


def _blank_line_separated_by_window(texts: list[str]) -> list[bool]:
    """``blank_line_separated`` as defined: every line's neighbourhood counted."""
    nonblank = [i for i, text in enumerate(texts) if text]
    last = len(texts) - 1
    followed = list(
        itertools.accumulate([i < last and not texts[i + 1] for i in nonblank], initial=0)
    )
    verdicts = [False] * len(texts)
    size = len(nonblank)
    for position, i in enumerate(nonblank):
        low = max(0, position - _NEIGHBOURHOOD)
        high = min(position + _NEIGHBOURHOOD + 1, size)
        verdicts[i] = followed[high] - followed[low] >= _BLANK_SEPARATED * (high - low)
    return verdicts


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["", "", "x", "Line"]), max_size=90))
def test_pages_separated_throughout_read_as_counted_window_by_window(texts: list[str]) -> None:
    assert blank_line_separated(texts) == _blank_line_separated_by_window(texts)


def _is_byline_as_defined(block: Block) -> bool:
    if block.kind not in (Kind.PARAGRAPH, Kind.HEADING, Kind.ATTRIBUTION):
        return False
    text = block.text
    if not text.startswith(_BYLINE_STARTS) and _DIGIT.search(text) is None:
        return False
    return len(text.split()) <= 16 and _byline().search(text) is not None


_BYLINE_WORDS = ["By", "by", "Jane", "Posted", "12", "May", "2025", "min", "read", "ago", "days"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BYLINE_WORDS), max_size=22), st.sampled_from([" ", "  ", "\t"]))
def test_byline_word_limit_asked_first_agrees_with_the_definition(
    words: list[str], space: str
) -> None:
    block = Block(Kind.PARAGRAPH, space.join(words), 1, 1)
    assert is_byline(block) == _is_byline_as_defined(block)


def _dimension_labels_by_definition(blocks: list[Block]) -> tuple[frozenset[str], frozenset[str]]:
    """``locate._dimension_labels`` as defined: every block asked whether it is a score under
    its label next to another scored dimension."""
    from extractor.parsing.locate import _score_under_label
    from extractor.parsing.sections.dimensions import dimension_label, is_dimension_line

    lines = [is_dimension_line(b.text) for b in blocks]
    on_lines: set[str] = set()
    apart: set[str] = set()
    for index, block in enumerate(blocks):
        label = dimension_label(block.text) if lines[index] else None
        if label:
            on_lines.add(label.casefold())
        elif _score_under_label(blocks, index) and (
            _score_under_label(blocks, index - 2)
            or (index + 2 < len(blocks) and _score_under_label(blocks, index + 2))
            or (index + 1 < len(blocks) and lines[index + 1])
            or (index >= 2 and lines[index - 2])
        ):
            apart.add(blocks[index - 1].text.casefold())
    return frozenset(on_lines), frozenset(apart)


_SCORE_LINES = ["Vision", "Craft 70%", "85%", "Growth", "9/10", "Ada Stone", "Trust 60%", "x."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SCORE_LINES), st.booleans()), max_size=14))
def test_dimension_labels_read_off_the_scored_blocks_agree_with_the_definition(
    lines: list[tuple[str, bool]],
) -> None:
    from extractor.parsing.locate import _dimension_labels, _scores_under_labels
    from extractor.parsing.sections.dimensions import is_dimension_line

    blocks = [
        Block(Kind.PARAGRAPH if plain else Kind.ITEM, text, n, n)
        for n, (text, plain) in enumerate(lines, 1)
    ]
    dimension_lines = [is_dimension_line(b.text) for b in blocks]
    found = _dimension_labels(blocks, dimension_lines, _scores_under_labels(blocks))
    assert found == _dimension_labels_by_definition(blocks)


def _strip_inline_by_definition(text: str) -> str:
    """``mdinline.strip_inline`` as defined: every pattern run over every text."""
    import html

    from extractor.base.textnorm import clean
    from extractor.read import mdinline as md

    if "\\" in text:
        text = text.removesuffix("\\")
        text = md._ESCAPE.sub(lambda m: chr(md._PROTECT_BASE + ord(m[1])), text)
    if "]{" in text:
        text = md._without_spans(text)
    text = md._ATTRIBUTES.sub("", text)
    text = md._IMAGE.sub("", text)
    if "[]" in text:
        text = md._EMPTY_LINK.sub("", text)
    if "]{" in text:
        text = md._without_spans(text)
    text = md._LINK.sub(r"\1", text)
    if "`" in text and md._CODE_ROW.match(text):
        text = md._CHIP_SEPARATOR.join(md._CODE.findall(text))
    text = md._EMPHASIS.sub(md._emphasised, text)
    if text.startswith("__"):
        text = md._without_empty_icon(text)  # an icon's empty emphasis left open
    text = md._SCRIPT.sub(md._emphasised, text)
    if "---" in text:
        text = md._EM_DASH.sub("—", text)
    if "&" in text:
        text = html.unescape(text)
    if md._PROTECTED.search(text):
        text = text.translate(md._UNPROTECT)
    return clean(text)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="ab _*`~^![](){}#.:/\\&-\ue141", max_size=30))
def test_inline_marks_searched_first_strip_as_every_pattern_does(text: str) -> None:
    from extractor.read.mdinline import strip_inline

    assert strip_inline(text) == _strip_inline_by_definition(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='aZ1.-—*•“"«> é✓', min_size=1, max_size=12), st.booleans())
def test_lines_shaped_without_classify_are_the_plain_paragraphs_it_gives(
    line: str, wraps: bool
) -> None:
    from extractor.read.lines import SHAPED_FIRST, classify

    if line[0] not in SHAPED_FIRST:
        assert classify(line, 3, wraps) == Block(Kind.PARAGRAPH, line, 3, 3, "", 0, 0, None, wraps)


_CHROME_TEXTS = [
    "← All Leaders",
    "Take the Assessment",
    "Subscribe to our newsletter for updates",
    "Together with Ledgerly",
    "Listen on Spotify ↗",
    "Share on X Share on LinkedIn",
    "© 2026 Example",
    "Key Themes",
    "CTO at Spotify ↗",
    "Advertisement",
]


@given(
    st.sampled_from(_CHROME_TEXTS),
    st.sampled_from([Kind.PARAGRAPH, Kind.HEADING, Kind.ITEM, Kind.QUOTE, Kind.ATTRIBUTION]),
)
def test_chrome_and_widget_from_one_table_are_the_two_tests(text: str, kind: Kind) -> None:
    from extractor.parsing.chrome import CHROME, chrome_of, is_chrome, widget_of

    block = Block(kind, text, 1, 1)
    assert chrome_of(block) == (CHROME if is_chrome(text) else widget_of(block))


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Key Themes", "2. Quotes", "Our Principles", "x" * 41, "Hiring"]),
            st.sampled_from([Kind.PARAGRAPH, Kind.HEADING, Kind.ITEM, Kind.QUOTE]),
        ),
        max_size=8,
    )
)
def test_parsers_of_a_page_in_one_call_are_each_blocks_parser(
    lines: list[tuple[str, Kind]],
) -> None:
    from extractor.parsing.sections import parser_for, parsers_for

    blocks = [Block(kind, text, 1, 1) for text, kind in lines]
    assert parsers_for(blocks) == [parser_for(block) for block in blocks]
