"""The parse path's fast forms give the answers of the plain definitions they replace.

The text reader reads its lines from parallel lists, prose is judged for a page in one pass,
the locator stops trying runs once one holds every anchor, a few line tests skip a regex search
when the text cannot match, the line splitter, format test and decoder test one character (or
count bytes) where they searched or scanned, and the splitter reads page spellings from
per-process tables. Each is compared here with its plain definition (the former code, kept
here as the reference) on generated input whose lines mix the shapes that matter; the
splitter's lattice is held to plain loops on tables full of ties.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from pathlib import PurePath

import pytest
from hypothesis import given, settings, strategies as st

from extractor.base.textnorm import clean
from extractor.load.decode import _CONTROL_BYTES
from extractor.parsing import locate
from extractor.parsing.chips import features, split
from extractor.parsing.leader_name import (
    _BIO_PARAGRAPHS,
    _HEADLINE,
    _NAME_ABOVE,
    _NAME_BELOW,
    _PERSON,
    _RECURS,
    _ROLE_AT,
    find_name,
    words_of,
    wrapped_byline,
    written_like_a_name,
)
from extractor.parsing.sections.preamble import (
    _SENTENCE_BREAK,
    _breaks_sentences,
    is_byline,
    is_headline,
    is_post_engagement,
    is_post_meta,
    is_property_pair,
    is_rows_caption,
    key_value_end,
    labels_another_field,
    looks_like_name,
    names_the_job,
)
from extractor.parsing.sections.quotes import (
    _NAME_THEN_TOPIC,
    _name_and_rest,
    looks_like_person,
    split_attribution,
)
from extractor.parsing.shapes import is_prose, prose_flags
from extractor.read import _MD_EVIDENCE_NEEDS, _suffix
from extractor.read.blocks import Block, Kind, no_titles
from extractor.read.columns import column_lines
from extractor.read.lines import (
    CLOSE_QUOTE,
    OPEN_QUOTE,
    RULE_FIRST,
    Line,
    _indent,
    attach_lone_markers,
    classify,
    closes_quote,
    is_lone_marker,
    is_rule,
    looks_like_heading,
    quote_is_open,
    split_lines,
    split_texts,
)
from extractor.read.linkrefs import LINK_START, split_link_runs, strip_link_texts
from extractor.read.reflow import (
    MIN_WRAP,
    blank_line_separated,
    join_lines,
    wrap_width,
    wraps_into,
)
from extractor.read.text import _without_converter_marks, _wrapped_not_title, read_text

# Lines of every shape the reader tells apart: titles, prose (long, short, hard-wrapped),
# bullets, lone markers, quotes open and closed, attributions, score lines, rules, link lists.
LINES = [
    "",
    "",
    "",
    "Key Themes",
    "Dimension Profile",
    "Notable Quotes",
    "Early Career",
    "Ada Lovelace",
    "Chief Product Officer at Kinetic Ledger",
    "Director of Digital Services at",
    "Statens Vegvesen Digital",
    "Leads the research programme of the energy lab at Volta",
    "Institute for Energy",
    "(BUTTON) Key Themes",
    "(BUTTON) heat pumps (BUTTON) firmware updates (BUTTON) remote diagnostics and the",
    "long tail (BUTTON) hardware & software teams",
    "Strategic Vision 80%",
    "Growth 75%",
    "She built the first payments team in Lagos and still ships every feature on USSD first.",
    "mobile money interoperability Lagos fintech ecosystem trust as a product feature",
    "and the wrapped tail of a long line that a converter broke at seventy-two",
    "columns, like this one that goes on and on until the wrap width is reached -",
    "  • Build for the slowest connection your customer will have",
    "    indented continuation of the bullet above it",
    "- a dash item",
    "1. numbered item",
    "•",
    "—",
    "“Our customers don’t care about our architecture.",
    "They care that the money arrives.”",
    "“Every time we removed a step, activation went up.”",
    "— On simplifying onboarding",
    "Marc Lin, on hiring",
    "-----",
    "References",
    "1. https://example.com/a",
    f"{LINK_START}First link {LINK_START}Second link",
    "[1]Take the Assessment [2]Share",
    "ALL CAPS BANNER",
    "\tTabbed line",
    "short",
    "Is this a question?",
]

pages = st.lists(st.sampled_from(LINES), max_size=40).map("\n".join)


def _read_text_by_lines(text: str) -> list[Block]:
    """read_text as first written: a Line object per line, each helper reading its fields."""
    split = column_lines(text) or split_lines(text)
    as_wrapped = split
    if "(BUTTON)" in text or "[]" in text:
        unmarked = _without_converter_marks([line.text for line in split])
        split = [Line(line.number, t, line.indent) for line, t in zip(split, unmarked, strict=True)]
    stripped = strip_link_texts([line.text for line in split])
    lines = (
        split
        if len(stripped) == len(split)
        else [Line(line.number, t, line.indent) for line, t in zip(split, stripped, strict=False)]
    )
    links = lines is not split or LINK_START in text
    measured = lines if as_wrapped is split else as_wrapped
    width = wrap_width(
        [
            " " * line.indent + line.text
            for line in measured
            if line.indent + len(line.text) > MIN_WRAP
        ]
    )
    soft_breaks = _blank_separated_by_definition(lines)
    shaped = [
        classify(line.text, line.number, soft) if line.text else _BLANK
        for line, soft in zip(lines, soft_breaks, strict=True)
    ]
    blocks: list[Block] = []
    ends: list[int] = []
    parts: list[list[str]] = []
    open_quote: list[bool] = []
    for index, line in enumerate(lines):
        text = line.text
        if not text or (text[0] in RULE_FIRST and is_rule(text)):
            continue
        previous = lines[index - 1] if index else None
        if (
            blocks
            and previous is not None
            and previous.text
            and _continues(
                (blocks[-1].kind, ends[-1], open_quote[-1]),
                line,
                shaped[index].kind,
                (previous, width, soft_breaks[index]),
                lines[index + 1].text if index + 1 < len(lines) else "",
            )
        ):
            ends[-1] = line.number
            parts[-1].append(text)
            open_quote[-1] = open_quote[-1] and not closes_quote(text)
            continue
        block = shaped[index]
        if (
            block.kind is Kind.PARAGRAPH
            and _isolated(lines, shaped, index)
            and looks_like_heading(text)
            and not _between_quotations(blocks, open_quote, lines, index)
        ):
            block = Block(Kind.HEADING, text, line.number, line.number, wraps=soft_breaks[index])
        if (
            width is not None
            and block.wraps
            and block.kind is Kind.PARAGRAPH
            and previous is not None
            and blocks
            and len(parts[-1]) > 1
            and _sentence_ended(previous.text)
        ):
            block = block._replace(wraps=False)  # touching paragraphs at a known width
        blocks.append(block)
        ends.append(block.end)
        parts.append([block.text])
        open_quote.append(block.kind is Kind.QUOTE and quote_is_open(block.text))
    joined = [
        b._replace(text=join_lines(p), end=end) if len(p) > 1 else b
        for b, end, p in zip(blocks, ends, parts, strict=True)
    ]
    return attach_lone_markers(split_link_runs(joined) if links else joined)


def _continues(
    above: tuple[Kind, int, bool],
    line: Line,
    kind: Kind,
    page: tuple[Line | None, int | None, bool],
    following: str,
) -> bool:
    previous, width, soft_breaks = page
    above_kind, above_end, open_quote = above
    if previous is None or not previous.text or above_end != previous.number:
        return False
    if above_kind is Kind.HEADING or is_lone_marker(line.text):
        return False
    if open_quote or previous.text.endswith((" —", " –", " ―", " --")):
        return True
    if (
        above_kind is Kind.QUOTE
        and line.text[:1].islower()
        and re.search(r"[”»\"’]\s+[—–―]\s+[^\s.!?][^.!?]*$", previous.text)
    ):
        return True  # a caption begun after its quotation goes on
    if above_kind is Kind.QUOTE and previous.text.rstrip(".,").endswith(tuple(CLOSE_QUOTE)):
        return False
    if kind is Kind.ATTRIBUTION and above_kind in (Kind.PARAGRAPH, Kind.ITEM):
        if _sentence_ended(previous.text):
            return False  # under a sentence's end a dash line starts an attribution
        return wraps_into(" " * previous.indent + previous.text, line.text, width)
    if kind is not Kind.PARAGRAPH:
        return False
    if above_kind is Kind.ITEM and line.indent > 0 and line.indent >= previous.indent:
        return True
    if (
        above_kind is Kind.PARAGRAPH
        and previous.text.rpartition(" ")[2] in {"a", "an", "the", "of", "and", "or"}
        and len(previous.text.split()) >= 6
    ):
        return True
    if (
        not soft_breaks
        and looks_like_heading(line.text)
        and previous.text.rpartition(" ")[2] not in _MID_PHRASE
        and not _wrapped_not_title(
            " " * previous.indent + previous.text, line.text, following, width, no_titles
        )
    ):
        return False
    pairs = zip(line.text, line.text[1:], strict=False)
    humps = sum(1 for a, b in pairs if a.islower() and b.isupper())
    if line.text.isalpha() and humps >= 2:
        return False  # capitalised words run together: a row of tags, not a wrapped tail
    if width is not None and line.text[:1].isupper() and _sentence_ended(previous.text):
        return wraps_into(" " * previous.indent + previous.text, line.text, width + 1)
    return wraps_into(" " * previous.indent + previous.text, line.text, width)


def _sentence_ended(text: str) -> bool:
    return text.rstrip("\"'”’»)").endswith((".", "!", "?"))


def _between_quotations(
    blocks: list[Block], open_quote: list[bool], lines: list[Line], index: int
) -> bool:
    if not blocks or blocks[-1].kind is not Kind.QUOTE or open_quote[-1]:
        return False
    following = next((line.text for line in lines[index + 1 :] if line.text), "")
    return following[:1] in OPEN_QUOTE


def _isolated(lines: list[Line], shaped: list[Block], index: int) -> bool:
    above_ends = (
        index == 0
        or not lines[index - 1].text
        or lines[index - 1].text.endswith((".", "!", "?", '"', "”", "»"))
        or shaped[index - 1].kind is Kind.ATTRIBUTION
    )
    if not above_ends:
        return False
    if index + 1 >= len(lines) or not lines[index + 1].text:
        return True
    if index == 0 or not lines[index - 1].text:
        return False
    below = lines[index + 1].text
    return (
        shaped[index + 1].kind is Kind.PARAGRAPH
        and below.endswith((".", "!", "?"))
        and len(below.split()) > len(lines[index].text.split())
    )


_BLANK = Block(Kind.PARAGRAPH, "", 0, 0)
_MID_PHRASE = frozenset("a an the of at in on for to and or with by from".split())


def _blank_separated_by_definition(lines: Sequence[Line]) -> list[bool]:
    """blank_line_separated as first written, over Line objects."""
    nonblank = [i for i, line in enumerate(lines) if line.text]
    followed = [0]
    for i in nonblank:
        blank_after = i + 1 < len(lines) and not lines[i + 1].text
        followed.append(followed[-1] + blank_after)
    verdicts = [False] * len(lines)
    for position, i in enumerate(nonblank):
        low = max(0, position - 12)
        high = min(len(nonblank), position + 13)
        verdicts[i] = followed[high] - followed[low] >= 0.2 * (high - low)
    return verdicts


@settings(max_examples=300, deadline=None)
@given(pages)
def test_text_reader_on_parallel_lists_reads_as_the_line_objects_did(text: str) -> None:
    assert _numbered(read_text(text)) == _numbered(_read_text_by_lines(text))


def _numbered(blocks: list[Block]) -> list[Block]:
    """Link groups numbered by first appearance (each reading draws fresh group numbers)."""
    order: dict[int, int] = {}
    return [
        b._replace(group=order.setdefault(b.group, len(order))) if b.group else b for b in blocks
    ]


@settings(max_examples=300, deadline=None)
@given(pages)
def test_blank_line_verdicts_on_texts_are_those_on_lines(text: str) -> None:
    lines = split_lines(text)
    assert blank_line_separated([line.text for line in lines]) == _blank_separated_by_definition(
        lines
    )


def _looks_like_heading_by_definition(text: str) -> bool:
    if not text or not text[0].isupper() or text.endswith(tuple(".!?:;,。！？；：，")):
        return False
    words = text.split()
    if len(words) > 8 or "%" in text or re.search(r"\d", text):
        return False
    capitalised = sum(1 for word in words if word[0].isupper() or not word[0].isalpha())
    return capitalised * 2 >= len(words)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="Aa Bé 山ǅ1%.:-'", max_size=30))
def test_heading_shape_counted_without_a_generator_agrees(text: str) -> None:
    assert looks_like_heading(text) == _looks_like_heading_by_definition(text)


# --- prose judged for a page in one pass ------------------------------------------------

_KINDS = [Kind.PARAGRAPH, Kind.QUOTE, Kind.ITEM, Kind.HEADING]
_TEXTS = [
    "A short line",
    "A sentence that ends.",
    "a long line of words that goes on well past forty characters without a stop",
    "one two three four five six seven eight nine ten eleven twelve",
    "“Quoted.”",
    "",
]


@st.composite
def block_runs(draw: st.DrawFn) -> list[Block]:
    """Blocks on touching or separate lines, of one kind or mixed: wrapped paragraphs arise."""
    blocks: list[Block] = []
    line = 1
    for _ in range(draw(st.integers(0, 14))):
        line += draw(st.integers(1, 2))
        kind = draw(st.sampled_from(_KINDS))
        text = draw(st.sampled_from(_TEXTS))
        blocks.append(Block(kind, text, line, line, "", 0, 0, None, draw(st.booleans())))
    return blocks


@settings(max_examples=400, deadline=None)
@given(block_runs())
def test_prose_of_a_page_in_one_pass_is_prose_block_by_block(blocks: list[Block]) -> None:
    assert prose_flags(blocks) == [is_prose(blocks, i) for i in range(len(blocks))]


# --- the locator's runs of anchors --------------------------------------------------------


def _best_chain_from_every_anchor(
    page: locate._Page, anchors: list[locate._Anchor], *, bare: bool = False
) -> list[locate._Anchor]:
    """_best_chain as first written: a run tried from every anchor, whatever came before."""
    best: list[locate._Anchor] = []
    for first in range(len(anchors)):
        chain = [anchors[first]]
        rules = {chain[0].rule}
        for anchor in anchors[first + 1 :]:
            again = anchor.rule in rules and not locate._repeated_title(page, chain[-1], anchor)
            if again or not locate._joins(page, chain[-1], anchor):
                break
            chain.append(anchor)
            rules.add(anchor.rule)
        while len(chain) > 1 and chain[-1].titled:
            if locate._trailing_fit(page, chain, any_fit=True):
                break
            chain.pop()
        if locate._chain_weight(chain) > locate._chain_weight(best) and (
            bare or not locate._empty_title(page, chain)
        ):
            best = chain
    return best


PROFILE_LINES = [
    "Ada Lovelace",
    "Chief Product Officer at Kinetic Ledger",
    "She built the first payments team in Lagos and ships every feature on USSD first.",
    "Dimension Profile",
    "Strategic Vision 80%",
    "Growth 75%",
    "Vision 9/10",
    "Key Themes",
    "mobile money interoperability Lagos fintech",
    "Episode Summary",
    "Ada explains why the team ships on USSD before the app, and why trust is a feature.",
    "Leadership Principles",
    "- Build for the slowest connection",
    "Notable Quotes",
    "“Every time we removed a step, activation went up.”",
    "— On onboarding",
    "Topics",
    "Menu",
    "Share this profile",
    "About",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PROFILE_LINES), max_size=30))
def test_runs_stop_once_one_holds_every_anchor_and_the_best_is_the_same(
    lines: list[str],
) -> None:
    blocks = read_text("\n\n".join(lines))
    page = locate._Page(blocks)
    anchors = locate._anchors(page)
    for bare in (False, True):
        expected = _best_chain_from_every_anchor(page, anchors, bare=bare)
        assert locate._best_chain(page, anchors, bare=bare) == expected


# --- searches skipped when the text cannot match -----------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab.!? \nAZé", max_size=20))
def test_sentence_break_skipped_without_a_stop_agrees_with_the_pattern(text: str) -> None:
    assert _breaks_sentences(text) == (_SENTENCE_BREAK.search(text) is not None)


def _split_attribution_by_definition(text: str, leader: str) -> tuple[str, str | None]:
    text = text.strip()
    if not text:
        return leader, None
    head, comma, tail = _name_and_rest(text)  # the rule, shared: only the topic search is fast
    if comma and looks_like_person(head.strip()):
        return head.strip(), tail.strip() or None
    if looks_like_person(text):
        return text, None
    named = _NAME_THEN_TOPIC.match(text)
    if named and looks_like_person(named["name"]):
        return named["name"], named["topic"]
    return leader, text


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Marc", "Lin", "on", "about", "discussing", "hiring", "On", "x,", "5", "—"]
        ),
        max_size=7,
    ).map(" ".join)
)
def test_attribution_split_at_a_topic_word_only_when_there_is_one_agrees(text: str) -> None:
    assert split_attribution(text, "Ada") == _split_attribution_by_definition(text, "Ada")


# --- the splitter's per-process spelling tables -------------------------------------------


def test_page_evidence_is_the_same_with_the_spelling_tables_cold_warm_or_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tokens = features.tokenize("designing for low-bandwidth users trust as a product feature")
    text = (
        "Designing for low-bandwidth users, she said, is about trust. The product's feature "
        "set — trust as a product feature — grew from users' needs (2021)."
    )
    features._forget_spellings()  # every spelling table and the lines read with them
    cold = features.PageEvidence(text, tokens)
    warm = features.PageEvidence(text, tokens)
    assert cold.stream == warm.stream and cold.runs(tokens) == warm.runs(tokens)
    # A page that would take the tables past their limit clears them first.
    monkeypatch.setattr(features, "_SPELLINGS_LIMIT", 5)
    cut = features.PageEvidence(text, tokens)
    assert len(features._SPELLING_IDS) == len(set(features.page_words(text.casefold(), "\0")))
    assert cut.stream == cold.stream
    assert cold.runs(tokens) == warm.runs(tokens) == cut.runs(tokens)
    # So does one that would take them past their budget of characters.
    monkeypatch.setattr(features, "_SPELLINGS_LIMIT", 10**6)
    monkeypatch.setattr(features, "_SPELLING_CHARS_LIMIT", 20)
    spellings = set(features.page_words(text.casefold(), "\0"))
    budget = features.PageEvidence(text, tokens)
    assert features._SPELLED_CHARS[0] == sum(map(len, spellings))
    assert budget.stream == cold.stream and budget.runs(tokens) == cold.runs(tokens)
    # And the lines kept, forgotten when their budget is spent.
    monkeypatch.setattr(features, "_LINE_CHARS_KEPT", 10)
    assert features.PageEvidence(f"{text}\n{text}!", tokens).stream.startswith(cold.stream[:-1])
    assert list(features._LINES) == [f"{text}!"]


# --- the splitter's lattice ---------------------------------------------------------------


def _lattice_by_loops(scores: list[list[float]], size: int) -> tuple[list[float], ...]:
    """build_lattice written plainly: every candidate compared in turn, strictly greater wins."""
    top_words = split.MAX_CHIP_WORDS
    forward, back = [0.0] * (size + 1), [0] * (size + 1)
    for e in range(1, size + 1):
        best, arg = float("-inf"), 0
        for s in range(max(0, e - top_words), e):
            value = forward[s] + scores[s][e - s]
            if value > best:
                best, arg = value, s
        forward[e], back[e] = best, arg
    backward, ahead = [0.0] * (size + 1), [size] * (size + 1)
    for s in range(size - 1, -1, -1):
        best, arg = float("-inf"), size
        for e in range(s + min(top_words, size - s), s, -1):
            value = scores[s][e - s] + backward[e]
            if value > best:
                best, arg = value, e
        backward[s], ahead[s] = best, arg
    return forward, [float(b) for b in back], backward, [float(a) for a in ahead]


@st.composite
def score_tables(draw: st.DrawFn) -> tuple[list[list[float]], int]:
    """Tables of few distinct values (ties everywhere, signed zeros among them)."""
    size = draw(st.integers(1, 20))
    values = st.sampled_from([0.0, -0.0, 1.5, -2.25, 3.0, -1.0])
    rows = []
    for s in range(size):
        top = min(split.MAX_CHIP_WORDS, size - s)
        row = [float("-inf")] * (split.MAX_CHIP_WORDS + 1)
        for n in range(1, top + 1):
            row[n] = draw(values)
        rows.append(row)
    return rows, size


@settings(max_examples=500, deadline=None)
@given(score_tables())
def test_lattice_is_the_lattice_by_plain_loops(
    table: tuple[list[list[float]], int],
) -> None:
    scores, size = table
    lattice = split.build_lattice(scores, size)
    found = (
        lattice.forward,
        [float(b) for b in lattice.back],
        lattice.backward,
        [float(a) for a in lattice.ahead],
    )
    expected = _lattice_by_loops(scores, size)
    assert found == expected
    # Signed zeros compare equal: the very values must be the same too.
    assert [math.copysign(1, v) for v in found[0]] == [math.copysign(1, v) for v in expected[0]]
    assert [math.copysign(1, v) for v in found[2]] == [math.copysign(1, v) for v in expected[2]]


# --- the leader's name, each line of the window judged once -------------------------------
# find_name, _name_score, _names_the_leader and _is_the_name as first written (each asked the
# line tests again wherever it needed them).


def _find_name_by_definition(
    blocks: Sequence[Block],
    lo: int,
    first: int,
    profile_words: frozenset[str],
    prose: Sequence[bool] | None = None,
    *,
    titles: Sequence[str | None] | None = None,
) -> int | None:
    """The index of the name: the line that best starts "name, headline, bio" before ``first``.

    Each name-like line in the window is tried: what follows it must read as a headline and
    prose. Lines that would land in the bio without being prose count against a candidate,
    which is what rejects a site's logo or menu above the real name. A name whose words recur
    in the profile (the bio and summary name the leader) gains; a heading gains a little.
    Ties go to the line nearest the sections. ``prose``: whether each block is prose, when the
    caller knows it already; ``titles``: each block's section rule, if it is a known section's
    title ("Dimension Profile" is written like a name, and is never one).

    Every line of the window is judged once (prose? does it name the leader?), and counted
    from the bottom up: each candidate reads how many of the lines under it are prose or name
    the leader from those counts, without reading the lines again.
    """
    rows = _rows_by_definition(blocks, lo, first)
    candidates = [
        index
        for index in range(lo, first)
        if blocks[index].kind in (Kind.HEADING, Kind.PARAGRAPH)
        and looks_like_name(blocks[index].text)
        and not labels_another_field(blocks[index].text)
        and (titles is None or titles[index] is None)
        and index not in rows
    ]
    if not candidates:
        return None

    def known(i: int) -> bool:  # written like a name, or named by the profile
        return written_like_a_name(blocks[i].text) or bool(words_of([blocks[i]]) & profile_words)

    if any(
        blocks[i].kind is Kind.HEADING
        and blocks[i].level == 1
        and written_like_a_name(blocks[i].text)
        and words_of([blocks[i]]) & profile_words
        for i in candidates
    ):
        candidates = [i for i in candidates if known(i)]  # nothing else beats the title
    top = candidates[0] + 1  # every line under some candidate: top .. first - 1
    # From each line of the window down to ``first``: how many lines are prose, and how many
    # name the leader (one more entry, 0, for ``first`` itself).
    prose_from = [0] * (first - top + 1)
    naming_from = [0] * (first - top + 1)
    for i in range(first - 1, top - 1, -1):
        running = prose[i] if prose is not None else is_prose(blocks, i)
        prose_from[i - top] = prose_from[i - top + 1] + (1 if running else 0)
        naming = _names_the_leader_by_definition(blocks[i], profile_words)
        naming_from[i - top] = naming_from[i - top + 1] + (1 if naming else 0)
    best: tuple[int, int] | None = None
    for index in candidates:
        window = (prose_from, naming_from, top)
        score = _name_score_by_definition(
            blocks, index, first, profile_words, window, lo=lo, rows=rows
        )
        if best is None or score >= best[0]:
            best = (score, index)
    return None if best is None else best[1]


def _name_score_by_definition(
    blocks: Sequence[Block],
    index: int,
    first: int,
    profile_words: frozenset[str],
    window: tuple[list[int], list[int], int],
    *,
    lo: int,
    rows: frozenset[int] = frozenset(),
) -> int:
    """Structure first (headline under it, prose after), then how it is written, then whether
    the profile names it again. ``window``: from each line (numbered from its third item) down
    to ``first``, how many lines are prose and how many name the leader. A line under the
    leader's name and its headline (a post's author), or not written like a name right under
    the leader's name (the headline), is no name: ``lo`` is the window's first line."""
    prose_from, naming_from, top = window
    block = blocks[index]
    person = written_like_a_name(block.text)
    recurs = bool(words_of([block]) & profile_words)
    score = (_PERSON if person else 0) + (_RECURS if recurs else 0)
    rest = index + 1  # the bio: from here down to ``first``
    while rest < first - 1 and is_byline(blocks[rest]):
        rest += 1  # a byline under the post's title: the line after it is no name
    titled = rest > index + 1
    if rest < first - 1 and rest in rows:
        rest += 1 if names_the_job(blocks[rest].text) else 0  # a "Position" row's value
    elif rest < first - 1 and is_property_pair(blocks[rest], blocks[rest + 1]):
        rest += 1  # a definition list's term over the headline
    if (
        rest < first
        and is_headline(blocks[rest])
        and (rest not in rows or not is_rows_caption(blocks[rest]))
        and (titled or not _is_the_name_by_definition(blocks[rest], person, recurs, profile_words))
    ):
        score += _HEADLINE + (_ROLE_AT if " at " in blocks[rest].text else 0)
        rest += 1
        dated = False
        while rest < first:
            if is_post_meta(blocks[rest]) or (dated and is_post_engagement(blocks[rest])):
                dated = True  # the post's date, and the counts and buttons under it
                rest += 1
                continue
            if wrapped_byline(blocks, rest, first):
                dated = True
                rest += 2
                continue
            if rest == first - 1 or not written_like_a_name(blocks[rest].text):
                break
            # the post's author (a one-word button may follow) over its date: the site's
            after = rest + 2 if is_post_engagement(blocks[rest + 1]) else rest + 1
            if after >= first or not is_byline(blocks[after]):
                break
            rest = after
    prose = prose_from[rest - top] if rest < first else 0
    below = sum(1 for row in rows if row >= rest)  # key/value rows count for nothing
    score += min(prose, _BIO_PARAGRAPHS) - 2 * (first - rest - prose - below)
    if rest < first and naming_from[rest - top]:
        score -= _NAME_BELOW  # the leader's name stands further down: this is above the profile
    if not recurs and index - 2 >= lo:
        above, between = blocks[index - 2], blocks[index - 1]
        if (
            above.kind in (Kind.HEADING, Kind.PARAGRAPH)
            and looks_like_name(above.text)
            and words_of([above]) & profile_words
            and is_headline(between)
            and not _names_the_leader_by_definition(between, profile_words)
        ):
            score -= _NAME_BELOW
    if (
        not person
        and index > lo
        and _names_the_leader_by_definition(blocks[index - 1], profile_words)
    ):
        score -= _NAME_BELOW
    elif not recurs:
        # the nearest line above that names the leader: a few lines up, or prose between
        leader = next(
            (
                i
                for i in range(index - 1, top - 2, -1)
                if _names_the_leader_by_definition(blocks[i], profile_words)
            ),
            None,
        )
        if leader is not None and (
            index - leader <= _NAME_ABOVE or prose_from[leader + 1 - top] > prose_from[index - top]
        ):
            score -= _NAME_BELOW
    if block.kind is Kind.HEADING:
        score += 2 if block.level == 1 else 1
    return score


def _rows_by_definition(blocks: Sequence[Block], lo: int, first: int) -> frozenset[int]:
    """Each line of the window that is a key/value row (with its panel's title): every run
    found from the top down (no profile text here: no term is a mononym)."""
    rows: set[int] = set()
    index = lo
    while index < first - 1:
        end = key_value_end(blocks, index, first)
        if end == index:
            index += 1
            continue
        above = index - 1
        caption = (
            above >= lo
            and is_rows_caption(blocks[above])
            and (
                (blocks[above].kind is Kind.HEADING and blocks[above].level > 1)
                or any(written_like_a_name(blocks[i].text) for i in range(lo, above))
            )
        )
        rows.update(range(above if caption else index, end))
        index = end
    return frozenset(rows)


def _names_the_leader_by_definition(block: Block, profile_words: frozenset[str]) -> bool:
    return (
        block.kind in (Kind.HEADING, Kind.PARAGRAPH)
        and looks_like_name(block.text)  # cheap on a long line: asked first
        and written_like_a_name(block.text)
        and bool(words_of([block]) & profile_words)
    )


def _is_the_name_by_definition(
    below: Block, person: bool, recurs: bool, profile_words: frozenset[str]
) -> bool:
    """Is the "headline" under a candidate really the leader's name?

    It is when it reads as a person and the candidate does not, or when the profile names it
    and not the candidate: then the candidate is the site's line above the name.
    """
    if not written_like_a_name(below.text):
        return False
    return not person or (not recurs and bool(words_of([below]) & profile_words))


NAME_LINES = [
    "Ada Lovelace",
    "Dimension Profile",
    "ADA LOVELACE",
    "Leaders",
    "Chief Product Officer at Kinetic Ledger",
    "Ada Lovelace leads product at Kinetic Ledger and names Ada Lovelace again.",
    "Grace Hopper",
    "Early Career",
    "by Marc Lin",
    "Menu",
    "She built the first payments team in Lagos.",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(NAME_LINES), st.sampled_from([Kind.HEADING, Kind.PARAGRAPH])),
        min_size=1,
        max_size=8,
    ),
    st.lists(
        st.sampled_from(["Ada Lovelace", "Grace Hopper", "Kinetic Ledger", "Ada"]), max_size=3
    ),
    st.booleans(),
    st.lists(st.sampled_from([None, None, "dimensions"]), min_size=8, max_size=8),
)
def test_name_found_with_each_line_judged_once_is_the_name_found_before(
    lines: list[tuple[str, Kind]],
    named: list[str],
    with_prose: bool,
    rules: list[str | None],
) -> None:
    blocks = [
        Block(kind, text, i * 2 + 1, i * 2 + 1, level=i % 2 if kind is Kind.HEADING else 0)
        for i, (text, kind) in enumerate(lines)
    ]
    profile_words = frozenset(named)
    prose = [is_prose(blocks, i) for i in range(len(blocks))] if with_prose else None
    for titles in (None, rules):
        for lo in range(len(blocks)):
            args = (blocks, lo, len(blocks), profile_words, prose)
            expected = _find_name_by_definition(*args, titles=titles)
            assert find_name(*args, titles=titles) == expected


def _split_texts_as_before(text: str) -> tuple[list[str], list[int]]:
    """split_texts as first written: CR searched for as a pair, indents found by searching the
    text for a newline and each indenting character."""
    plain = text.isascii()
    if not plain:
        text = unicodedata.normalize("NFC", text)
        plain = not any(mark in text for mark in "\u200b\ufeff\u00ad\u2060")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raws = text.split("\n")
    texts = [" ".join(raw.split()) for raw in raws] if plain else [clean(raw) for raw in raws]
    indenting = " \t\u00a0\ufeff"
    if text[:1] in indenting or any(f"\n{first}" in text for first in indenting):
        indents = [_indent(raw) if raw[:1] in indenting else 0 for raw in raws]
    else:
        indents = [0] * len(raws)
    return texts, indents


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a Z\t\r\n\u00a0\ufeff\u200b\u00adé·-", max_size=40))
def test_lines_split_with_one_character_tests_are_the_lines_split_before(text: str) -> None:
    assert split_texts(text) == _split_texts_as_before(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab./\\ ", max_size=12))
def test_extension_read_from_the_name_is_the_path_objects(path: str) -> None:
    assert _suffix(path) == PurePath(path).suffix


_MD_NEEDS_BEFORE = (("#",), ("**",), ("](",), ("---",), ("\n=", "\n-"), (">",))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="#*]()-=\n> <aé", max_size=30))
def test_markdown_evidence_gated_by_one_character_is_the_evidence_searched_whole(
    head: str,
) -> None:
    needed = [any(needle in head for needle in needs) for needs in _MD_NEEDS_BEFORE]
    gated = [
        any(first in head and needle in head for first, needle in needs)
        for needs in _MD_EVIDENCE_NEEDS
    ]
    assert gated == needed


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64))
def test_control_bytes_counted_by_translate_are_the_patterns_matches(data: bytes) -> None:
    pattern = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
    assert len(data) - len(data.translate(None, _CONTROL_BYTES)) == len(pattern.findall(data))
