"""The evidence for one run-together line, as named features of boundaries and candidate chips.

A segmentation is scored as the sum of its chips' scores; a chip's score is the weighted sum of
* features of its first word, its last word and its length,
* features of the boundary in front of it (between the previous word and its first word),
* whether the page (or the site's tag vocabulary) says the whole chip.

Everything is computed once per line in arrays indexed by word position, so scoring a candidate
chip is a few additions (see ``split.py``). The same features, as names, are what the weights in
``weights.py`` were fitted on (``python -m bench.themes --fit``).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress
from operator import attrgetter, itemgetter
from typing import NamedTuple, cast

from extractor.parsing.chips import hashtag
from extractor.parsing.chips.evidence import gap_evidence, mostly_lower, standalone_evidence
from extractor.parsing.chips.lexicon import (
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    OTHER_FUNCTION,
    PREPOSITIONS,
    WordFacts,
    bigram_strength,
    facts,
)

MAX_CHIP_WORDS = 8
_MAX_EVIDENCE_CHARS = 200_000
# Where a phrase of the page ends: a run of punctuation before a space or the end ("wins. But",
# "(2021) and"), a dash or quote after a space (" - ", " 'quoted"), a closing quote. Written as
# ``[.,;:!?()\[\]"“”„«»—–]+(?:\s|$)|\s[-'‘’]\s?|['‘’]\s`` it reads more easily; these forms
# start with one character class, which lets the regex engine skip plain letters in C, and most
# pages have no dash or quote after a space, so the third form (without that branch, 3x faster
# again) does. tests/test_chips_same.py checks that they split every text as the plain form does.
_PUNCT = r".,;:!?()\[\]\"“”„«»—–"
_PHRASE_BREAK = re.compile(
    rf"[{_PUNCT}'‘’\s](?:(?<=[{_PUNCT}])[{_PUNCT}]*(?:\s|$)|(?<=\s)[-'‘’]\s?|(?<=['‘’])\s)"
)
_SPACE_THEN_DASH = re.compile(r"[-'‘’](?<=\s[-'‘’])")
_PHRASE_END = re.compile(rf"[{_PUNCT}'‘’](?:(?<=[{_PUNCT}])[{_PUNCT}]*(?:\s|$)|(?<=['‘’])\s)")
_TOKEN_EDGE = re.compile(r"^[^\w&]+|[^\w&]+$")
# Page positions kept per word: bounds the work on a page that repeats a word thousands of
# times; a real page says a phrase a handful of times.
_MAX_OCCURRENCES = 48
_RARE = 3.0
_COMMON = 4.5

Features = list[tuple[str, float]]
Runs = tuple[list[int], list[int], list[int], list[int]]


def token_key(word: str) -> str:
    """The word without edge punctuation, case-folded: how line and page words are compared."""
    return _TOKEN_EDGE.sub("", word).casefold()


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the theme line with everything the features ask about it."""

    word: str
    key: str
    lemma: str
    facts: WordFacts
    cap: bool  # Capitalised like a name: "Lagos", "São"
    acronym: bool  # "USSD", "P&L", "GOV.UK", "EVs", "iOS"
    digit: bool
    function: str  # "det", "prep", "conj", "other" or ""


def tokenize(line: str) -> list[Token]:
    return [_token(word) for word in line.split()]


@lru_cache(maxsize=65536)
def _token(word: str) -> Token:
    """Analysed once per distinct spelling for the whole process."""
    key = token_key(word)
    info = facts(key)
    letters = [ch for ch in word if ch.isalpha()]
    upper = sum(1 for ch in letters if ch.isupper())
    acronym = (upper >= 2 and upper * 2 >= len(letters)) or ("&" in word and upper >= 1)
    acronym = acronym or (len(letters) > 1 and letters[0].islower() and upper > 0)
    cap = not acronym and bool(letters) and letters[0].isupper()
    return Token(
        word=word,
        key=key,
        lemma=info.lemma,
        facts=info,
        cap=cap,
        acronym=acronym,
        digit=key[:1].isdigit(),  # a number ("10", "5G"), not an acronym with one ("PSD2")
        function="" if acronym else _function_class(key),  # "IT", "US" are names here
    )


def _function_class(key: str) -> str:
    if key in DETERMINERS:
        return "det"
    if key in PREPOSITIONS:
        return "prep"
    if key in CONJUNCTIONS:
        return "conj"
    if key in OTHER_FUNCTION:
        return "other"
    return ""


class PageEvidence:
    """The page's other text, reduced to the words the theme line also has (or near matches).

    The text is read once into a stream with one character per page word: a line word's lemma
    (an id), a content word the line does not have (``_OTHER``) or a break (``_BREAK``:
    punctuation, a function word). Each spelling of a page word has a character of its own for
    the whole process (a batch shares its vocabulary), and each line of the page is read into
    those characters once (:func:`_line_reads`: the same lines recur across the pages of a
    batch), with each word's stream character when no line word matches it. A page is then its
    lines' strings joined in C; only the few spellings that could be a line word (their key
    starts like one of the line's) are looked at in Python, and only their places in the
    stream are rewritten. ``runs`` then finds, for each word of the line, the longest stretch
    of the line the page says from there on, starting only from the page positions of that
    very word.
    No n-gram of the page is ever built.
    """

    def __init__(self, text: str, tokens: Sequence[Token]) -> None:
        ids, key_ids, prefixes, reach = _line_index(tokens)
        # ``spelled``: each page word's spelling's character (the phrase-break mark's last);
        # ``plain``: each page word's stream character when no line word matches it.
        spelled, plain, lines = _page_reads(text[:_MAX_EVIDENCE_CHARS])
        mark = _SPELLING_IDS[_SENTINEL]
        table: dict[str, str] = {}  # spelling character -> line id
        id_keys: dict[str, str] = {}  # spelling character -> key
        reads = _ID_READS
        # Each line's distinct spellings, kept with their prefixes: those the line's words
        # could be, over all the page's lines (a spelling on several lines is looked at once).
        spellings = chain.from_iterable(map(_THIRD, lines))
        reachable = map(reach.__contains__, chain.from_iterable(map(_FOURTH, lines)))
        for char in dict.fromkeys(compress(spellings, reachable)):
            key = reads[char][1]
            line_id = key_ids.get(key)
            if line_id is None:
                if key[:3] not in prefixes:
                    continue
                # A near match ("metric" for "metrics"); each word's lemma is cached.
                line_id = ids.get(facts(key).lemma)
                if line_id is None:
                    continue
            if char != mark:
                table[char] = line_id
                id_keys[char] = key
        # Each line word's places in the stream, found as its spellings are written there: the
        # stream opens with a break, so word ``at`` is stream position ``at + 1``.
        places: dict[str, list[int]] = {}
        if table:
            chars = list(plain)
            merged: list[str] = []  # line words with more than one spelling on the page
            for char, line_id in table.items():
                spots = places.get(line_id)
                if spots is None:
                    spots = places[line_id] = []
                else:
                    merged.append(line_id)
                at = spelled.find(char)
                while at >= 0:
                    chars[at] = line_id
                    spots.append(at + 1)
                    at = spelled.find(char, at + 1)
            plain = "".join(chars)
            for line_id in merged:
                places[line_id].sort()
            for spots in places.values():
                del spots[_MAX_OCCURRENCES:]
        self.places = places  # each line word's first ``_MAX_OCCURRENCES`` stream positions
        self.stream = _BREAK + plain
        # Each page word's spelling character: stream position p is word p - 1 (the stream
        # opens with a break); with ``_id_keys``, each word's key where it can match the line.
        self.spelled = spelled
        self._id_keys = id_keys
        self.ids = ids
        self.edges = _BREAK + "".join(c for lemma, c in ids.items() if lemma in FUNCTION_WORDS)

    def runs(self, tokens: Sequence[Token]) -> Runs:
        """For each line position: the most words from there that the page says, by lemma and
        verbatim (case aside), capped at ``MAX_CHIP_WORDS``; a bit mask of the lengths ``n`` the
        page says as a phrase of its own (a break or function word on both sides); and one of
        the lengths it says at least once not followed by another content word (not only as a
        modifier: "generative AI *features*")."""
        stream, words, word_keys, edges = self.stream, self.spelled, self._id_keys, self.edges
        ids = self.ids
        line = "".join([ids.get(t.lemma, _NOWHERE) for t in tokens])
        line_keys = [t.key for t in tokens]
        size = len(tokens)
        by_lemma, by_key, alone, clean = [0] * size, [0] * size, [0] * size, [0] * size
        where = self.places
        for s in range(size):
            char = line[s]
            places = where.get(char)
            if not places:
                continue
            cap = size - s if size - s < MAX_CHIP_WORDS else MAX_CHIP_WORDS
            best_lemma = best_key = mask = ends = 0
            following = line[s + 1] if cap > 1 else _NOWHERE  # never in the stream
            key = line_keys[s]
            for p in places:
                after = stream[p + 1]
                if after != following:
                    # The page says this word alone here (most places): the loops below
                    # with ``m == 1``, unrolled.
                    best_lemma = best_lemma or 1
                    if not best_key and word_keys[words[p - 1]] == key:
                        best_key = 1
                    if after != _OTHER:
                        ends |= 2
                        if after in edges and stream[p - 1] in edges:
                            mask |= 2
                    continue
                m = 1
                while m < cap and stream[p + m] == line[s + m]:
                    m += 1
                best_lemma = m if m > best_lemma else best_lemma
                if m > best_key:  # else the words cannot say more of the line verbatim
                    k = 0
                    # stream position p is words[p - 1] (the stream opens with a break)
                    while k < m and word_keys[words[p + k - 1]] == line_keys[s + k]:
                        k += 1
                    best_key = k if k > best_key else best_key
                left = stream[p - 1] in edges
                for n in range(1, m + 1):
                    after = stream[p + n]
                    if after != _OTHER:
                        ends |= 1 << n
                        if left and after in edges:
                            mask |= 1 << n
            by_lemma[s], by_key[s], alone[s], clean[s] = best_lemma, best_key, mask, ends
        return by_lemma, by_key, alone, clean


def _line_index(
    tokens: Sequence[Token],
) -> tuple[dict[str, str], dict[str, str], set[str], set[str]]:
    """The line's lemmas' ids (``_FIRST_ID`` on, in order), each key's id, the lemmas'
    prefixes, and the prefixes a page word must start with to be a line word: the line's
    keys' or its lemmas' ("metric" for "metrics"). Made with mappings of whole lists (the
    line's few words are looked at in C, not one by one)."""
    lemmas = list(map(_LEMMA, tokens))
    keys = list(map(_KEY, tokens))
    distinct = dict.fromkeys(lemmas)
    ids = dict(zip(distinct, _line_ids(len(distinct)), strict=True))
    key_ids = dict(zip(keys, map(ids.__getitem__, lemmas), strict=True))
    prefixes = set(map(_FIRST_THREE, distinct))
    return ids, key_ids, prefixes, prefixes.union(map(_FIRST_THREE, keys))


_LEMMA, _KEY = attrgetter("lemma"), attrgetter("key")
_FIRST_THREE = itemgetter(slice(None, 3))


def _line_ids(count: int) -> list[str]:
    """The first ``count`` line ids (a line of more words than the table has makes more)."""
    if count <= len(_LINE_IDS):
        return _LINE_IDS[:count]
    return [chr(_FIRST_ID + i) for i in range(count)]


def page_words(folded: str, mark: str) -> list[str]:
    """The words of ``folded`` with ``mark`` for each phrase break, and one at the end.

    ``mark`` must not be a word of the text: the text reader refuses NUL, the usual mark; a
    text that still has it has its NULs read as spaces (a NUL is no word of a theme line).
    """
    if mark in folded:
        folded = folded.replace(mark, " ")
    pattern = _PHRASE_BREAK if _SPACE_THEN_DASH.search(folded) else _PHRASE_END
    words = pattern.sub(f" {mark} ", folded).split()
    words.append(mark)
    return words


_KEPT_KEY_CHARS = 64


@lru_cache(maxsize=65536)
def _page_key(word: str) -> str:
    """``token_key`` of a page word with punctuation; such spellings recur across pages."""
    return token_key(word)


# Per spelling of a page word, for the whole process: its own character (from ``_ID_BASE``
# on), and by that character its reading: (its key's first three characters, its key, its
# character in a stream when no line word matches it, the spelling). Bounded: cleared, with
# the lines read into those characters, when a page takes them past ``_SPELLINGS_LIMIT``
# spellings or ``_SPELLING_CHARS_LIMIT`` characters of spellings (about 3.3 MB per 10 000
# short spellings, measured with tracemalloc; a long spelling adds its length).
_SPELLING_IDS: dict[str, str] = {}
_ID_READS: dict[str, tuple[str, str, str, str]] = {}
_PREFIX = itemgetter(0)
_PLAIN = itemgetter(2)
_FIRST, _SECOND, _THIRD, _FOURTH = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
# A line of the page read (``_read_line``): its words as spelling characters and as stream
# characters, its distinct spellings' characters and, in the same order, their prefixes.
LineRead = tuple[str, str, tuple[str, ...], tuple[str, ...]]
_SPELLINGS_LIMIT = 40_000
_SPELLING_CHARS_LIMIT = 1_000_000
_SPELLED_CHARS = [0]  # characters of the spellings in the tables (one counter)
_ID_BASE = 0xE000  # past the surrogates: a limit's worth and a page's more stay below 0x110000
# A page's lines are read one by one, except where a line break is part of a phrase break
# (a quote closing a line, a dash or quote opening the next): there the lines stay together.
_LINE_BREAK = re.compile("\\n(?<![\\'‘’]\\n)(?![-\\'‘’])")
# Where ``_LINE_BREAK`` does not cut; written to start with the line break, which the regex
# engine then looks for alone (a class first would be tried at every position of the text).
_JOINED_BREAK = re.compile("\n(?:(?<=['‘’]\n)|(?=[-'‘’]))")
# The lines read, kept while their characters stay within a budget (about 15 bytes each,
# measured with tracemalloc: ~6 MB in all); a line longer than ``_LINE_KEPT_MAX_CHARS`` is read
# each time. Whole pages' worth of lines fit, so a page asked about again (each theme line of
# it, the next run of a batch) is not read again.
_LINES: dict[str, LineRead] = {}
_LINE_CHARS_KEPT = 400_000
_LINE_KEPT_MAX_CHARS = 4096
_LINE_CHARS = [0]  # characters of the lines in ``_LINES`` (one counter)


def _page_reads(text: str) -> tuple[str, str, list[LineRead]]:
    """Each word of ``text`` (as ``page_words`` gives them, the final mark included) as its
    spelling's character, and as its stream character when no line word matches it; and its
    lines as read (their distinct spellings: ``LineRead``)."""
    reads = _lines_read(text)
    if len(_SPELLING_IDS) > _SPELLINGS_LIMIT or _SPELLED_CHARS[0] > _SPELLING_CHARS_LIMIT:
        _forget_spellings()  # read again: the tables then hold this page's spellings alone
        reads = _lines_read(text)
    return reads


def _lines_read(text: str) -> tuple[str, str, list[LineRead]]:
    joined = _JOINED_BREAK.search(text) is not None
    lines = _LINE_BREAK.split(text) if joined else text.split("\n")
    kept = _LINES.get
    got = [kept(line) or _line_reads(line) for line in lines]
    mark = _SPELLING_IDS.get(_SENTINEL) or _learn_spelling(_SENTINEL)
    spelled = "".join(map(_FIRST, got)) + mark
    plain = "".join(map(_SECOND, got)) + _ID_READS[mark][2]
    # No set of the page's spellings is made: the filter that looks for the line's words runs
    # over each line's own (with their prefixes, as kept), a few repeated among lines.
    return spelled, plain, got


def _line_reads(line: str) -> LineRead:
    """:func:`_read_line` of a line not in ``_LINES``, kept there when it fits (the same lines
    recur); all are forgotten when the budget is spent, and with the spelling tables."""
    got = _read_line(line)
    size = len(line)
    if size <= _LINE_KEPT_MAX_CHARS:
        if _LINE_CHARS[0] + size > _LINE_CHARS_KEPT:
            _forget_lines()
        _LINES[line] = got
        _LINE_CHARS[0] += size
    return got


def _forget_lines() -> None:
    _LINES.clear()
    _LINE_CHARS[0] = 0


def _read_line(line: str) -> LineRead:
    """The words of one line of the page as ``page_words`` splits them (without its final
    mark: the page has one, at its end), as spelling characters and as stream characters, and
    its distinct spellings' characters with their prefixes (the keys' first three
    characters).

    Cut at the line breaks ``_LINE_BREAK`` allows, a page's words are its lines' words in
    order: a phrase break that ends at a line break ends at a line's end alike, and one that a
    line break is part of (a dash or quote after it, a quote before it) is never cut."""
    words = page_words(line.casefold(), _SENTINEL)
    words.pop()
    found = list(map(_SPELLING_IDS.get, words))
    if None in found:
        for word in words:
            if word not in _SPELLING_IDS:
                _learn_spelling(word)
        found = list(map(_SPELLING_IDS.get, words))
    chars = cast("list[str]", found)
    plain = "".join(map(_PLAIN, map(_ID_READS.__getitem__, chars)))
    distinct = tuple(dict.fromkeys(chars))
    prefixes = tuple(map(_PREFIX, map(_ID_READS.__getitem__, distinct)))
    return "".join(chars), plain, distinct, prefixes


def _learn_spelling(word: str) -> str:
    """Read a spelling the tables lack, and give it its character."""
    char = chr(_ID_BASE + len(_SPELLING_IDS))
    _SPELLING_IDS[word] = char
    _ID_READS[char] = _read_spelling(word)
    _SPELLED_CHARS[0] += len(word)
    return char


def _forget_spellings() -> None:
    _SPELLING_IDS.clear()
    _ID_READS.clear()
    _SPELLED_CHARS[0] = 0
    _forget_lines()


def _read_spelling(word: str) -> tuple[str, str, str, str]:
    """A plain word is its own key; a word with punctuation has a key of its own. Function
    words and spellings with no key are breaks."""
    if word.isalnum():
        key = word
    else:  # a long spelling (a URL, say) is not kept: such a one seldom recurs
        key = _page_key(word) if len(word) <= _KEPT_KEY_CHARS else token_key(word)
    char = _BREAK if not key or key in FUNCTION_WORDS else _OTHER
    return key[:3], key, char, word


_BREAK = "\x00"  # a phrase break or a function word the line does not have
_OTHER = "\x01"  # a content word the line does not have
_NOWHERE = "\x02"  # a line word the page never says (not in any stream)
_SENTINEL = "\x00"  # stands for a phrase break among the page's words
_FIRST_ID = 3  # line lemmas are "\x03", "\x04", ...: one character each, cached by Python
_LINE_IDS = [chr(_FIRST_ID + i) for i in range(MAX_CHIP_WORDS * 20)]  # a line's worth


def vocabulary_spans(
    lemmas: Sequence[str], vocabulary: Container[tuple[str, ...]]
) -> list[frozenset[int]]:
    """For each position, the lengths of vocabulary chips that start there in the line."""
    spans: list[frozenset[int]] = []
    for start in range(len(lemmas)):
        top = min(MAX_CHIP_WORDS, len(lemmas) - start)
        spans.append(
            frozenset(
                n for n in range(1, top + 1) if tuple(lemmas[start : start + n]) in vocabulary
            )
        )
    return spans


def lemma_key(chip: str) -> tuple[str, ...]:
    """How a vocabulary chip is compared with a stretch of the line: lemmas, case-folded."""
    return tuple(facts(k).lemma for k in (token_key(w) for w in chip.split()) if k)


def lowercase_line(tokens: Sequence[Token]) -> bool:
    """Capitals are evidence only in a mostly lower-case line (not in Title Case Chips)."""
    return mostly_lower(tokens)


def boundary_features(tokens: Sequence[Token], i: int, runs: Runs, lower: bool) -> Features:
    """Evidence for or against a chip boundary between ``tokens[i-1]`` and ``tokens[i]``.

    ``runs`` is ``PageEvidence.runs``: a run of two or more from ``i-1`` means the page says
    the two words together.
    """
    before = tokens[i - 2] if i >= 2 else None
    content = [not t.function for t in tokens]
    return page_gap_features(runs, i, content) + word_gap_features(
        before, tokens[i - 1], tokens[i], lower
    )


def page_gap_features(runs: Runs, i: int, content: Sequence[bool]) -> Features:
    """What the page says about the gap before word ``i`` (``content``: which line words are
    content words)."""
    out: Features = []
    lemma_runs = runs[0]
    if lemma_runs[i - 1] >= 2:
        out.append(("b:page_pair", 1.0))
        if runs[1][i - 1] >= 2:
            out.append(("b:page_pair_exact", 1.0))
    else:
        # The page says a phrase that ends right before the gap, or one that starts right after.
        if any(lemma_runs[s] == i - s for s in range(max(0, i - MAX_CHIP_WORDS), i - 1)):
            out.append(("b:page_phrase_ends", 1.0))
        if lemma_runs[i] >= 2:
            out.append(("b:page_phrase_starts", 1.0))
        if lemma_runs[i - 1] == 1 and lemma_runs[i] and content[i - 1] and content[i]:
            # The page uses both words, never the one right after the other: a compound the
            # bio or summary talks about is said whole there ("mentorship" and "fundraising",
            # each in its own sentence, are two topics).
            out.append(("b:page_both_apart", 1.0))
    return out


def word_gap_features(before: Token | None, prev: Token, nxt: Token, lower: bool) -> Features:
    """What English says about a gap between ``prev`` and ``nxt``, whatever the page."""
    out: Features = [("b:bias", 1.0)]
    web = bigram_strength(prev.key, nxt.key)
    if web:
        out.append(("b:web", web))
        if not prev.function and not nxt.function:
            out.append(("b:web_content", 1.0))  # a fixed phrase: "open source", "last mile"
    if hashtag(nxt.word):
        out.append(("b:to_hashtag", 1.0))
    if hashtag(prev.word):
        out.append(("b:after_hashtag", 1.0))
    out.extend(_capital_cues(before, prev, nxt, lower))
    out.extend(_word_class_cues(prev, nxt))
    out.extend(gap_evidence(prev, nxt, lower))
    return out


def _capital_cues(before: Token | None, prev: Token, nxt: Token, lower: bool) -> Features:
    """Capitals mark names and acronyms, but only in a mostly lower-case line."""
    out: Features = []
    content_prev = not prev.function
    if lower:
        if content_prev and not prev.cap and not prev.acronym:
            if prev.facts.adjective and (nxt.cap or nxt.acronym):
                # an adjective modifies the name or acronym after it ("generative AI",
                # "public APIs"): not the start of a chip, as after any other word
                out.append(("b:adjective_to_capital", 1.0))
            else:
                if nxt.cap:
                    out.append(("b:lower_to_cap", 1.0))
                if nxt.acronym:
                    out.append(("b:lower_to_acronym", 1.0))
        if prev.cap and nxt.cap:
            out.append(("b:cap_to_cap", 1.0))
        if (prev.cap or prev.acronym) and not (nxt.cap or nxt.acronym) and not nxt.function:
            # "for AI | product magic": a name or acronym that is a preposition's object ends
            # its phrase; elsewhere it modifies what follows ("generative AI impact").
            if before is not None and before.function == "prep":
                out.append(("b:object_capital_to_lower", 1.0))
            else:
                out.append(("b:capital_to_lower", 1.0))
    return out


def _word_class_cues(prev: Token, nxt: Token) -> Features:
    """A chip is a noun phrase: plural nouns end one, adjectives and "-ing" heads start one."""
    out: Features = []
    pf, nf = prev.facts, nxt.facts
    content_prev = not prev.function
    if content_prev and not nxt.function:
        if pf.plural:
            out.append(("b:plural_to_content", 1.0))
        if pf.noun and not pf.adjective and nf.adjective:
            out.append(("b:noun_to_adjective", 1.0))
        if pf.adjective:
            out.append(("b:after_adjective", 1.0))
        if nf.ing:
            out.append(("b:to_ing", 1.0))
        if "-" in prev.word.strip("-"):
            out.append(("b:after_hyphenated", 1.0))
        if "-" in nxt.word.strip("-"):
            out.append(("b:to_hyphenated", 1.0))
        if nxt.digit:
            out.append(("b:to_digit", 1.0))
        if prev.digit:
            out.append(("b:after_digit", 1.0))
        if nf.zipf < _RARE:
            out.append(("b:to_rare", 1.0))
        if pf.zipf < _RARE:
            out.append(("b:after_rare", 1.0))
    if nxt.function == "det" and content_prev:
        out.append(("b:to_determiner", 1.0))
    return out


def start_features(token: Token, lower: bool) -> Features:
    """Evidence about a chip that starts with ``token``.

    A chip that starts with a name or an acronym is no rarer than another ("EHR rollout",
    "ICU capacity"); whether one starts there depends on the word before it, which the
    boundary's capital cues weigh (``_capital_cues``). A start feature for capitals only
    restated them, fitted to whatever they missed, and cancelled the acronym cue the issue
    states ("burnout | NHS"): so there is none. ``lower`` is kept for the callers' sake.
    """
    out: Features = []
    if token.function:
        out.append((f"s:{token.function}", 1.0))
    if token.facts.ing:
        out.append(("s:ing", 1.0))
    if token.digit:
        out.append(("s:digit", 1.0))
    return out


def end_features(token: Token) -> Features:
    """Evidence about a chip that ends with ``token``: a chip is a noun phrase.

    A plural noun ends a noun phrase as well as any head does; where a chip ends after one is
    the boundary's cue (``b:plural_to_content``), so an end feature for plurals would only
    fight it (fitted, it took back most of that cue's weight)."""
    out: Features = []
    if token.function:
        out.append((f"e:{token.function}", 1.0))
    info = token.facts
    if info.adjective:
        out.append(("e:adjective", 1.0))
    if info.verb and not info.noun and not info.ing:
        out.append(("e:verb", 1.0))
    if token.acronym:
        out.append(("e:acronym", 1.0))
    if not info.known and not token.key.isdigit():
        out.append(("e:unknown", 1.0))
    return out


def single_features(token: Token, in_page: bool, lower: bool) -> Features:
    """Evidence that one word alone is a chip ("mentorship", "Vietnam", "UPI")."""
    out: Features = []
    if in_page:
        out.append(("one:in_page", 1.0))
    zipf = token.facts.zipf
    if zipf < _RARE:
        out.append(("one:rare", 1.0))
    elif zipf >= _COMMON:
        out.append(("one:common", 1.0))
    if token.acronym or (lower and token.cap):
        out.append(("one:capital", 1.0))
    if not token.facts.known:
        out.append(("one:unknown", 1.0))
    out.extend(standalone_evidence(token))
    return out


class PageMatch(NamedTuple):
    """How the page says a candidate chip (see ``PageEvidence.runs``)."""

    lemma: bool  # says the whole chip, near matches allowed
    exact: bool  # says it word for word
    alone: bool  # says it as a phrase of its own
    clean_end: bool  # says it at least once not followed by another content word
    head: bool  # says a phrase of 2+ words the chip starts with and goes on past


def chip_features(size: int, match: PageMatch, vocabulary: bool) -> Features:
    """Length and whole-chip evidence for a candidate of ``size`` words.

    ``match.head``: editors often add a head noun or a qualifier to a phrase they quote
    ("generative AI *impact on music industry*").
    """
    out: Features = [(f"len:{min(size, MAX_CHIP_WORDS)}", 1.0)]
    if match.head:
        out.append(("c:page_then_more", 1.0))
    if size >= 2 and match.lemma:
        out.append(("c:page_lemma", 1.0))
        if not match.clean_end:
            out.append(("c:page_modifier_only", 1.0))
        if match.exact:
            out.append(("c:page_exact", 1.0))
        if match.alone:
            out.append(("c:page_maximal", 1.0))
    if vocabulary:
        out.append(("c:vocabulary", 1.0))
    return out


# A line with about one function word in this many words, or fewer, is terse (see below).
_TERSE_WORDS_PER_FUNCTION = 16


def terse_line(tokens: Sequence[Token]) -> bool:
    """Whether the line is a list of terse tags: (next to) no function word in it at all.

    Editors differ in how they write chips. Some write phrases ("kill criteria for research
    programs", "trust as a product feature"), and a list of those has prepositions and
    conjunctions in it; others write terse tags ("burnout", "ICU capacity", "OEE"), often
    of one word. In the lists measured (the dev corpus, the held-out trial, probes 1-3), a
    list with no function word had about three times as many one-word chips as one with
    several. The line itself shows which habit its editor has, whatever the site.
    """
    functions = sum(1 for t in tokens if t.function)
    return functions * _TERSE_WORDS_PER_FUNCTION < len(tokens)


def style_features(size: int, terse: bool) -> Features:
    """A one-word chip in a terse line (``terse_line``): such an editor writes more of them."""
    return [("one:terse_line", 1.0)] if terse and size == 1 else []


# Content words in a row that a chip holds only rarely: editorial tags are short noun phrases,
# and English stacks at most three nouns and modifiers before a head ("claims fraud
# detection", "chronic disease management"); four in a row are nearly always two chips.
LONG_COMPOUND = 4


def compound_limits(tokens: Sequence[Token]) -> list[int]:
    """For each start, the fewest words from there that hold ``LONG_COMPOUND`` content words in
    a row (``MAX_CHIP_WORDS + 1`` when no chip from there does)."""
    size, none = len(tokens), MAX_CHIP_WORDS + 1
    # ends[i]: the first position from i on that ends LONG_COMPOUND content words in a row
    ends = [size] * (size + LONG_COMPOUND)
    run = longest = 0
    runs = []
    for token in tokens:
        run = 0 if token.function else run + 1
        runs.append(run)
        longest = run if run > longest else longest
    if longest < LONG_COMPOUND:
        return [none] * size
    for i in range(size - 1, -1, -1):
        ends[i] = i if runs[i] >= LONG_COMPOUND else ends[i + 1]
    limits = []
    for s in range(size):
        end = ends[s + LONG_COMPOUND - 1]
        limits.append(end - s + 1 if end - s < MAX_CHIP_WORDS and end < size else none)
    return limits


def compound_features(long_compound: bool) -> Features:
    """A chip with ``LONG_COMPOUND`` content words in a row (see ``compound_limits``), unless
    the site's own tags have it: they outweigh what English usually does."""
    return [("c:long_compound", 1.0)] if long_compound else []


def join_features(parts: Iterable[Features]) -> dict[str, float]:
    total: dict[str, float] = {}
    for part in parts:
        for name, value in part:
            total[name] = total.get(name, 0.0) + value
    return total
