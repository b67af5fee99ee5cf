"""The HTML reader: block/inline handling, chrome, encodings, hostile structure."""

from __future__ import annotations

import contextlib

from conftest import ROOT
from hypothesis import given, settings, strategies as st

from extractor.base.errors import Refusal
from extractor.load.decode import decode
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Kind
from extractor.read.html import read_html

SAMPLES = ROOT / "samples"


def texts(html: str) -> list[str]:
    return [b.text for b in read_html(html).blocks]


def test_glued_inline_chips_stay_apart() -> None:
    html = "<div><a>AI DJ</a><a>Hiring</a><a>Pricing for usage</a></div>"
    assert texts(html) == ["AI DJ", "Hiring", "Pricing for usage"]


def test_bold_inside_a_word_does_not_split_it() -> None:
    assert texts("<p>Str<b>ate</b>gic <i>vi</i>sion</p>") == ["Strategic vision"]


def test_adjacent_inline_elements_get_a_space_not_glue() -> None:
    html = '<div><span>Strategic Vision</span><span>95%</span><div class="bar"></div></div>'
    assert texts(html) == ["Strategic Vision 95%"]


def test_br_is_a_line_break_and_entities_are_decoded() -> None:
    html = "<p>Execution &amp; Craft<br>70%</p><p>It&rsquo;s&nbsp;here &#8212; now</p>"
    assert texts(html) == ["Execution & Craft", "70%", "It’s here — now"]


def test_chrome_and_hidden_content_are_dropped() -> None:
    html = """<html><head><title>T</title><style>p{}</style></head><body>
    <nav><a>Home</a></nav><div id="cookie-banner"><p>We use cookies</p></div>
    <div style="display: none">secret</div><p hidden>hidden</p><template><p>t</p></template>
    <script>var x = "<p>script</p>";</script><noscript>enable js</noscript>
    <p aria-hidden="true">decor</p><main><p>visible</p></main><footer>foot</footer></body></html>"""
    assert texts(html) == ["visible"]


def test_lone_bullet_element_marks_the_next_block() -> None:
    blocks = read_html("<div><span>•</span><div>Write it down</div></div>").blocks
    assert [(b.kind, b.text) for b in blocks] == [(Kind.ITEM, "Write it down")]


def test_blockquote_with_figcaption_gives_quote_and_attribution() -> None:
    html = (
        "<figure><blockquote><p>“Ship it.”</p></blockquote>"
        "<figcaption>— On speed</figcaption></figure>"
    )
    blocks = read_html(html).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (Kind.QUOTE, "“Ship it.”"),
        (Kind.ATTRIBUTION, "On speed"),
    ]


def test_a_cite_set_inline_in_a_quotation_is_its_attribution() -> None:
    html = '<blockquote>"Ship it every day."<cite>On shipping</cite></blockquote>'
    blocks = read_html(html).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (Kind.QUOTE, '"Ship it every day."'),
        (Kind.ATTRIBUTION, "On shipping"),
    ]
    prose = read_html("<p>As <cite>The Mythical Man-Month</cite> says, add no one late.</p>")
    assert [b.text for b in prose.blocks] == ["As The Mythical Man-Month says, add no one late."]


def test_deeply_nested_document_keeps_its_text() -> None:
    depth = 100_000
    html = "<div>" * depth + "<h1>Deep</h1><p>text</p>" + "</div>" * depth + "<p>after</p>"
    assert texts(html) == ["Deep", "text", "after"]


def test_undeclared_windows_1252_page_has_no_mojibake() -> None:
    page = (SAMPLES / "siobhan-oneill.html").read_bytes()
    assert b"charset" not in page.lower() and b"\x92" in page  # cp1252 right single quote
    record = parse_bytes(page, "siobhan-oneill.html").record
    assert record.source.encoding == "cp1252"
    assert record.bio is not None and "O’Neill" in record.bio
    assert record.quotes[0].text.startswith("If the plan")


def test_glued_chip_sample_gives_the_chips_without_guessing() -> None:
    page = (SAMPLES / "gustav-soderstrom.html").read_bytes()
    assert b'</a><a class="chip"' in page
    result = parse_bytes(page, "gustav-soderstrom.html")
    assert len(result.record.themes) == 6
    assert "themes-segmented" not in {d.code for d in result.findings}


def test_declared_charset_is_honoured() -> None:
    html = '<html><head><meta charset="koi8-r"></head><body><p>Привет</p></body></html>'
    data = html.encode("koi8-r")
    assert "Привет" in decode(data, html=True).text


TAGS = st.sampled_from(
    [
        "div",
        "p",
        "span",
        "a",
        "b",
        "li",
        "ul",
        "h1",
        "h2",
        "blockquote",
        "table",
        "td",
        "tr",
        "br",
        "script",
        "style",
        "template",
        "figure",
        "figcaption",
        "cite",
        "footer",
        "nav",
    ]
)


@st.composite
def markup(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        choice = draw(st.integers(0, 3))
        tag = draw(TAGS)
        if choice == 0:
            parts.append(f"<{tag}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        elif choice == 2:
            parts.append(
                draw(
                    st.sampled_from(
                        [
                            "Dimension Profile",
                            "Key Themes",
                            "Strategic Vision 95%",
                            "“Quote”",
                            "— On x",
                            "Ada Stone",
                            "&amp;",
                            "&#0;",
                            "&nbsp;",
                            "<!--",
                            "-->",
                            "<",
                            ">",
                            "\n",
                            "%",
                        ]
                    )
                )
            )
        else:
            parts.append(draw(st.text(max_size=20)))
    return "".join(parts)


@settings()
@given(markup())
def test_random_markup_gives_a_record_or_a_refusal(html: str) -> None:
    with contextlib.suppress(Refusal):
        parse_bytes(html.encode("utf-8", "surrogatepass"), "fuzz.html", "html")


@settings()
@given(st.sampled_from(sorted(SAMPLES.glob("*.html"))), st.floats(0, 1))
def test_truncated_html_samples_give_a_record_or_a_refusal(page: object, fraction: float) -> None:
    data = page.read_bytes()  # type: ignore[attr-defined]
    with contextlib.suppress(Refusal):
        parse_bytes(data[: int(len(data) * fraction)], "cut.html", "html")


def test_chips_set_as_buttons_are_read_and_controls_are_not() -> None:
    """A component library renders chips as <button>s side by side; a lone button, a button
    that toggles something and a form's buttons are controls and stay dropped."""
    html = (
        "<main><h2>Key Themes</h2><div class='flex'><button type='button'>heat pumps</button>"
        "<button type='button'>firmware updates</button></div>"
        "<p>Read more <button>Share</button></p>"
        "<div><button aria-expanded='false'>Show all</button><button>Close</button></div>"
        "<form><button>Subscribe</button><button>Cancel</button></form></main>"
    )
    texts = [b.text for b in read_html(html).blocks]
    assert "heat pumps" in texts and "firmware updates" in texts
    assert not {"Share", "Show all", "Close", "Subscribe", "Cancel"} & set(" ".join(texts).split())


def test_toggle_buttons_set_as_chips_are_read() -> None:
    """Filter chips are toggle buttons (``aria-pressed``): a row of them is a chip list."""
    from extractor.read.html import read_html

    page = (
        "<main><h2>Key Themes</h2><div role='group'>"
        "<button type='button' aria-pressed='false'>hiring</button>"
        "<button type='button' aria-pressed='false'>pricing</button>"
        "<button type='button' aria-pressed='true'>open source</button></div></main>"
    )
    texts = [b.text for b in read_html(page).blocks]
    assert texts == ["Key Themes", "hiring", "pricing", "open source"]


def test_inline_quotation_gets_the_marks_a_browser_draws() -> None:
    from extractor.read.html import read_html

    page = "<main><p><q>Ship small.</q> <small>— On speed</small></p></main>"
    assert [b.text for b in read_html(page).blocks] == ["\u201cShip small.\u201d — On speed"]


def test_labelled_row_of_links_is_a_label_and_chips() -> None:
    """ "Tags: <a>..</a> <a>..</a>": the label a line of its own, each link a chip; the next
    container's links are another row."""
    from extractor.read.html import read_html

    page = (
        "<main><div>Key Themes: <a href='/t/1'>hiring</a> <a href='/t/2'>open source</a>"
        " <a href='/t/3'>pricing</a></div><div><a href='#'>Share</a> <a href='#'>Print</a>"
        "</div></main>"
    )
    blocks = read_html(page).blocks
    assert [b.text for b in blocks] == [
        "Key Themes:",
        "hiring",
        "open source",
        "pricing",
        "Share",
        "Print",
    ]
    assert blocks[1].group == blocks[3].group != blocks[4].group


_FRAMED = (
    "<!doctype html><html><body><nav><a href='/'>Home</a></nav><main><h1>Ada Lovelace</h1>"
    "<p>CEO at Engines Ltd</p><h2>Bio</h2><p>Ada Lovelace leads Engines Ltd, a maker of "
    "analytical engines. She wrote the first program.</p><h2>Dimension Profile</h2>"
    "<ul><li>Strategic Vision 95%</li><li>Execution 80%</li></ul></main>{aside}"
    "<footer><p>© 2026 Leaders Inc. All rights reserved.</p></footer></body></html>"
)


def test_a_profile_section_in_the_pages_aside_is_read() -> None:
    """A sidebar holding a profile section under its own heading is content set in the page's
    frame: dropped with the frame, the themes were lost with no word of them."""
    aside = "<aside><h2>Key Themes</h2><ul><li>analytical engines</li><li>notes</li></ul></aside>"
    record = parse_bytes(_FRAMED.format(aside=aside).encode(), "page.html").data
    assert record["themes"] == ["analytical engines", "notes"]


def test_an_aside_of_other_leaders_is_still_the_pages_frame() -> None:
    aside = (
        "<aside><h2>Related leaders</h2><ul><li>Grace Hopper</li><li>Alan Turing</li></ul></aside>"
    )
    framed = parse_bytes(_FRAMED.format(aside=aside).encode(), "page.html").data
    bare = parse_bytes(_FRAMED.format(aside="").encode(), "page.html").data
    assert {**framed, "source": None} == {**bare, "source": None}
