"""Text set twice for accessibility (a shown copy and a screen reader's copy side by side), as
LinkedIn-like sites do: the HTML reader reads the pair once, and a converter's text that kept
both copies is read once when the whole page shows the pattern (flagged ``text-doubled``)."""

from __future__ import annotations

import time

from extractor.pipeline import ParseResult, parse_bytes
from extractor.read.blocks import PARAGRAPH, Block
from extractor.read.doubled import undouble

_NAME = "Ada Stone"
_HEADLINE = "Founder at Example Co"
_BIO = "Ada Stone founded Example Co to build tools for hiring and pricing."
_DIMS = [("Strategic Vision", 95), ("Hiring", 70), ("Pricing", 64)]
_THEMES = ["hiring", "open source", "pricing"]
_SUMMARY = "Ada Stone talks about hiring, pricing and open source."
_PRINCIPLES = ["Ship small changes every week.", "Hire slowly and explain every no."]


def _sections() -> list[tuple[str, list[str]]]:
    return [
        ("About", [_BIO]),
        ("Dimension Profile", [x for d, s in _DIMS for x in (d, f"{s}%")]),
        ("Key Themes", _THEMES),
        ("Episode Summary", [_SUMMARY]),
        ("Leadership Principles", _PRINCIPLES),
    ]


def _check(data: bytes, name: str, fmt: str) -> dict[str, object]:
    result = parse_bytes(data, name, fmt)  # type: ignore[arg-type]
    got = result.data
    assert got["name"] == _NAME
    assert got["headline"] == _HEADLINE
    assert got["bio"] == _BIO
    assert [(d["name"], d["score"]) for d in got["dimensions"]] == _DIMS
    assert got["themes"] == _THEMES
    assert got["summary"] == _SUMMARY
    assert got["principles"] == _PRINCIPLES
    return got


def test_html_twin_spans_are_read_once() -> None:
    """``<span aria-hidden="true">X</span><span class="visually-hidden">X</span>``: both were
    dropped as hidden (the page lost its section titles); the shown copy is the text."""

    def two(t: str) -> str:
        return f'<span aria-hidden="true">{t}</span><span class="visually-hidden">{t}</span>'

    body = "".join(
        f"<section><h2>{two(title)}</h2><ul>"
        + "".join(f"<li><div>{two(x)}</div></li>" for x in items)
        + "</ul></section>"
        for title, items in _sections()
    )
    page = f"<html><body><main><h1>{_NAME}</h1><div>{_HEADLINE}</div>{body}</main></body></html>"
    _check(page.encode(), "p.html", "html")


def test_aria_hidden_without_a_twin_stays_hidden() -> None:
    """An icon hidden from screen readers next to a different screen-reader label: both stay
    out, as before."""
    page = (
        f"<html><body><h1>{_NAME}</h1><p>{_HEADLINE}</p>"
        '<p>Rated <span aria-hidden="true">★★★★</span><span class="sr-only">4 of 5</span></p>'
        "</body></html>"
    )
    from extractor.read.html import read_html

    texts = [b.text for b in read_html(page).blocks]
    assert "Rated" in texts


def _text_page(double: str) -> str:
    """The page as a converter gives it with both copies kept; ``double`` joins the copies."""
    lines = [_NAME, _HEADLINE, ""]
    for title, items in _sections():
        lines += [f"{title}{double}{title}", ""]
        lines += [f"{x}{double}{x}" for x in items] + [""]
    return "\n".join(lines)


def test_copies_run_together_are_read_once_and_flagged() -> None:
    """``AboutAbout`` (the spans run together by a text browser) and ``About About`` (the span
    markup stripped from Markdown)."""
    for double in ("", " "):
        got = _check(_text_page(double).encode(), "p.txt", "text")
        assert "text-doubled" in {d["code"] for d in got["diagnostics"]}  # type: ignore[attr-defined]


def test_copies_on_their_own_lines_are_read_once() -> None:
    """A browser's copy: each copy on a line of its own."""
    _check(_text_page("\n").encode(), "p.txt", "text")


def test_a_paragraph_doubled_across_wrapped_lines() -> None:
    """A text browser wraps the two copies of a paragraph as one ("...pricing.Ada Stone ...");
    the copy ends the paragraph."""
    blocks = [Block(PARAGRAPH, f"Title {i}Title {i}", i, i) for i in range(1, 5)]
    bio = Block(PARAGRAPH, f"{_BIO} Second line.{_BIO}", 6, 8)
    rest = Block(PARAGRAPH, "Second line.", 9, 9)
    out, read = undouble([*blocks, bio, rest])
    assert out[-1].text == f"{_BIO} Second line."
    assert out[-1].end == 9 and not out[-1].wraps
    assert [d.line for d in read] == [1, 2, 3, 4, 6]


def test_one_repetition_is_not_the_pattern() -> None:
    """A place named twice ("Bora Bora") or one line repeated on an ordinary page is kept."""
    blocks = [
        Block(PARAGRAPH, "Bora Bora", 1, 1),
        Block(PARAGRAPH, "Walla Walla", 2, 2),
        Block(PARAGRAPH, "Chorus", 3, 3),
        Block(PARAGRAPH, "Chorus", 4, 4),
        *[Block(PARAGRAPH, f"A line of prose number {i}.", i, i) for i in range(5, 20)],
    ]
    assert undouble(blocks) == (blocks, [])


def test_pandoc_span_markup_is_read_once() -> None:
    """pandoc's Markdown keeps the spans: ``[Craft]{aria-hidden="true"}[Craft]{.visually-hidden}``
    reads "Craft Craft"; the list items keep their text (a fix that dropped the screen
    reader's spans in Markdown lost such items)."""

    def two(t: str) -> str:
        return f'[{t}]{{aria-hidden="true"}}[{t}]{{.visually-hidden}}'

    lines = [f"# {_NAME}", "", _HEADLINE, ""]
    for title, items in _sections():
        lines += [f"## {two(title)}", ""]
        lines += [f"- {two(x)}" for x in items] + [""]
    _check("\n".join(lines).encode(), "p.md", "markdown")


def test_two_doubled_paragraphs_in_one_block_stay_two() -> None:
    """A text browser ran two doubled paragraphs on touching lines into one block: each is read
    once, and the first's sentence end keeps them apart (a label and its score stay one)."""
    blocks = [Block(PARAGRAPH, f"Title {i}Title {i}", i, i) for i in range(1, 5)]
    first, second = "One sentence here.", "Another one there."
    body = Block(PARAGRAPH, f"{first}{first} {second}{second}", 6, 9)
    pair = Block(PARAGRAPH, "Mission FocusMission Focus 95%95%", 10, 10)
    out, _ = undouble([*blocks, body, pair])
    assert [b.text for b in out[4:]] == [first, second, "Mission Focus 95%"]


def test_a_wrapped_line_opening_with_a_dash_is_the_copys_end() -> None:
    """pandoc wrapped the second copy before an em dash ("... handover" / "— that is ..."): the
    reader took the dash for an attribution's; the two lines are one doubled text."""
    from extractor.read.blocks import ATTRIBUTION, ITEM

    blocks = [Block(PARAGRAPH, f"Title {i} Title {i}", i, i) for i in range(1, 5)]
    item = Block(ITEM, "Map every step — that is where it breaks Map every step", 6, 9, "-")
    tail = Block(ATTRIBUTION, "that is where it breaks", 10, 10, "—")
    out, read = undouble([*blocks, item, tail])
    assert [(b.kind, b.text, b.end) for b in out[4:]] == [
        (ITEM, "Map every step — that is where it breaks", 10)
    ]
    assert read[-1].line == 6


def _parsed(text: str, name: str, fmt: str) -> ParseResult:
    """The page parsed, every line of it accounted for (in a field, as chrome, in a finding)."""
    result = parse_bytes(text.encode(), name, fmt)  # type: ignore[arg-type]
    lines = {i for i, line in enumerate(text.split("\n"), 1) if line.strip()}
    assert lines <= set(result.accounted), sorted(lines - set(result.accounted))
    return result


def _doubled_finding(result: ParseResult) -> str:
    (message,) = [d["message"] for d in result.data["diagnostics"] if d["code"] == "text-doubled"]
    return str(message)


def test_a_text_doubled_in_another_style_than_the_pages_keeps_its_words() -> None:
    """A place named twice ("Bora Bora") on a page whose copies stand on their own lines is no
    copy: it keeps both words, its copy line is read once and accounted for, and each text
    counts once in the warning (a pair of lines was counted twice)."""
    text = _text_page("\n").replace("open source\nopen source", "Bora Bora\nBora Bora")
    result = _parsed(text, "p.txt", "text")
    assert result.data["themes"] == ["hiring", "Bora Bora", "pricing"]
    assert " 18 doubled texts read once" in _doubled_finding(result)


def test_two_real_identical_chips_on_a_page_of_run_together_copies_stay_two() -> None:
    """On a page whose copies run together ("hiringhiring"), two chips that each read
    "hiringhiring" are two chips, not a chip and its copy on the next line (the second was
    dropped, its line unaccounted)."""
    text = _text_page("").replace("open sourceopen source", "hiringhiring")
    result = _parsed(text, "p.txt", "text")
    assert result.data["themes"] == ["hiring", "hiring", "pricing"]
    assert "duplicate-item" in {d["code"] for d in result.data["diagnostics"]}


def test_a_quote_that_repeats_itself_is_kept_on_a_page_of_run_together_copies() -> None:
    """Markdown doubled "XX"-style: a quote that says its words twice, a space apart, is the
    quote's text; the page's copies never stand that way."""
    lines = [f"# {_NAME}", "", _HEADLINE, ""]
    for title, items in _sections():
        lines += [f"## {title}{title}", ""]
        lines += [f"- {x}{x}" if title != "About" else f"{x}{x}" for x in items] + [""]
    lines += ["## Notable Quotes", "", "> Focus matters. Focus matters.", "", "— On focus", ""]
    result = _parsed("\n".join(lines), "p.md", "markdown")
    assert [q["text"] for q in result.data["quotes"]] == ["Focus matters. Focus matters."]


def test_the_warning_names_a_less_sure_reading_and_counts_the_rest() -> None:
    """Items doubled a space apart, titles run together: both styles are the page's, the
    fewer (titles) named apart as less sure; past the first lines named, a count of the rest
    (the warning said "..." after eight)."""
    lines = [_NAME, _HEADLINE, ""]
    for title, items in _sections():
        lines += [f"{title}{title}", ""]
        lines += [f"{x} {x}" for x in items] + [""]
    message = _doubled_finding(_parsed("\n".join(lines), "p.txt", "text"))
    assert "copies a space apart): 18 doubled texts read once" in message
    assert message.endswith("; less sure, copies run together: lines 4, 8, 17, 23, 27")
    assert " and 1 more;" in message


def test_undoubling_a_long_line_of_repeats_is_linear() -> None:
    """A long line of "ab ab ab ... end." after a few doubled lines: the two-part reading cut
    the line at every space and compared both sides (quadratic: 480 KB took 3.8 s)."""
    blocks = [Block(PARAGRAPH, f"Title {i}Title {i}", i, i) for i in range(1, 5)]
    blocks.append(Block(PARAGRAPH, "ab " * 160_000 + "end.", 6, 6))
    started = time.process_time()
    out, _ = undouble(blocks)
    assert time.process_time() - started < 1.5
    assert out[-1].text.endswith("end.")


def test_html_twins_of_an_unknown_class_are_read_once() -> None:
    """A screen reader's copy classed by a name no list holds (``u-offscreen``): the page was
    refused (its section titles read "Key ThemesKey Themes"); the doubled pattern reads them
    once, as in the page's converted text, and says so."""

    def two(t: str) -> str:
        return f'<span>{t}</span><span class="u-offscreen">{t}</span>'

    body = "".join(
        f"<section><h2>{two(title)}</h2><ul>"
        + "".join(f"<li>{two(x)}</li>" for x in items)
        + "</ul></section>"
        for title, items in _sections()
    )
    page = f"<html><body><main><h1>{_NAME}</h1><div>{_HEADLINE}</div>{body}</main></body></html>"
    got = _check(page.encode(), "p.html", "html")
    assert "text-doubled" in {d["code"] for d in got["diagnostics"]}  # type: ignore[attr-defined]


def test_a_copy_the_converter_broke_onto_the_next_line_is_read_once_as_less_sure() -> None:
    """On a page whose copies run together, w3m broke a long line between the two copies (a
    paragraph the reader joins, a quotation each copy of which opens with its mark): still
    the page's copy, read once, and named apart as less sure."""
    quote = "“Ship small changes every week, and never on a Friday afternoon.”"
    text = (
        _text_page("").replace(f"{_SUMMARY}{_SUMMARY}", f"{_SUMMARY}\n{_SUMMARY}")
        + f"\nNotable QuotesNotable Quotes\n\n{quote}\n{quote}\n— On paceOn pace\n"
    )
    result = _parsed(text, "p.txt", "text")
    assert result.data["summary"] == _SUMMARY
    assert [q["text"] for q in result.data["quotes"]] == [quote.strip("“”")]
    assert (
        "; less sure, copies on their own lines: lines 25 (copy 26), 35 (copy 36)"
        in _doubled_finding(result)
    )
