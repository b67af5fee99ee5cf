"""Text set twice for accessibility (a shown copy and a screen reader's copy side by side), as
LinkedIn-like sites do: the HTML reader reads the pair once, and a converter's text that kept
both copies is read once when the whole page shows the pattern (flagged ``text-doubled``)."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
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
    out, lines = undouble([*blocks, bio, rest])
    assert out[-1].text == f"{_BIO} Second line."
    assert out[-1].end == 9 and not out[-1].wraps
    assert lines == [1, 2, 3, 4, 6, 9]


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

    blocks = [Block(PARAGRAPH, f"Title {i}Title {i}", i, i) for i in range(1, 5)]
    item = Block(ITEM, "Map every step — that is where it breaks Map every step", 6, 9, "-")
    tail = Block(ATTRIBUTION, "that is where it breaks", 10, 10, "—")
    out, lines = undouble([*blocks, item, tail])
    assert [(b.kind, b.text, b.end) for b in out[4:]] == [
        (ITEM, "Map every step — that is where it breaks", 10)
    ]
    assert lines[-2:] == [6, 10]
