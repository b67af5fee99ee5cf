"""Quote cards: each quotation in a ``<div>`` of its own, set without quote marks, its source in
a ``<div>``/``<span>`` under it with no dash ("On hiring", then "Lee Park, her cofounder"), as
directory and magazine sites set them; a source set in parentheses; a link line ending the
section. Nothing in the section may vanish: every quotation is a quote or is named by a
warning on the quotes."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings, strategies as st

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

HEAD = """<html><body><header><a>Directory</a> <a>Log in</a></header><main>
<h1>Mara Quillfeather</h1><p>Chief Executive Officer at Lantern Mills</p>
<h2>About</h2><p>Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the
hill country, and sells its yarn to knitters and weavers in twelve countries.</p>
<h2>Dimension Profile</h2><ul><li>Strategic Vision: 88%</li><li>Execution: 74%</li></ul>
<h2>Key Themes</h2><ul><li>wool</li><li>cooperatives</li><li>rural trade</li></ul>
"""

FOOT = """</main><section><h2>Similar people</h2><table><tr><th>Name</th><th>Title</th></tr>
<tr><td>Ivo Brandt</td><td>Head of Sales at Norden Felt</td></tr></table></section>
<footer><p>© 2026 Directory Inc.</p></footer></body></html>"""


def _card(text: str, source: str | None) -> str:
    caption = f'<div class="q-src">{source}</div>' if source else ""
    return f'<div class="q-card"><div class="q-text">{text}</div>{caption}</div>'


CARDS = (
    HEAD
    + "<h2>Notable Quotes</h2>"
    + _card("A fleece tells you how the winter went. We just listen to it.", "On sourcing wool")
    + _card(
        "Mara got forty farms to agree on one price, which nobody thought possible.",
        "Tobias Wren, cooperative treasurer",
    )
    + _card("Slow yarn sells itself.", None)
    + FOOT
)


def _record(page: str, name: str = "page.html") -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode(), name).record)


def test_quote_cards_keep_every_quote_and_its_source() -> None:
    """Before: the second card's name line did not read as a caption, the section ended at the
    first card, and the other two were set aside as site chrome with no warning."""
    record = _record(CARDS)
    assert record["quotes"] == [
        {
            "text": "A fleece tells you how the winter went. We just listen to it.",
            "speaker": "Mara Quillfeather",
            "context": "On sourcing wool",
        },
        {
            "text": "Mara got forty farms to agree on one price, which nobody thought possible.",
            "speaker": "Tobias Wren",
            "context": "cooperative treasurer",
        },
        {"text": "Slow yarn sells itself.", "speaker": "Mara Quillfeather", "context": None},
    ]
    # The last card has no source: its words may as well be the site's, and a warning says so.
    assert any(
        d["code"] == "quote-last-guessed" and d["field"] == "quotes" for d in record["diagnostics"]
    )


# A magazine sets the quotes before the scores.
PULL_QUOTES = (
    HEAD.replace("<h2>Dimension Profile</h2><ul><li>Strategic Vision: 88%</li>", "").replace(
        "<li>Execution: 74%</li></ul>", ""
    )
    + "<h2>Notable Quotes</h2>"
    + '<aside class="pq"><p>A fleece tells you how the winter went.</p>'
    + '<span class="pq-attr">On sourcing wool</span></aside>'
    + '<aside class="pq"><p>Mara reads a spreadsheet the way shepherds read the sky.</p>'
    + '<span class="pq-attr">Tobias Wren, cooperative treasurer</span></aside>'
    + '<p class="related">See also: Inside the spinning shed</p>'
    + "<h2>Dimension Profile</h2><ul><li>Strategic Vision: 88%</li><li>Execution: 74%</li></ul>"
    + "</main></body></html>"
)


def test_a_pull_quote_source_is_not_a_quote_and_a_link_line_is_reported() -> None:
    """Before: the name line became a quote of its own, and so did the "See also" line."""
    record = _record(PULL_QUOTES)
    assert record["quotes"] == [
        {
            "text": "A fleece tells you how the winter went.",
            "speaker": "Mara Quillfeather",
            "context": "On sourcing wool",
        },
        {
            "text": "Mara reads a spreadsheet the way shepherds read the sky.",
            "speaker": "Tobias Wren",
            "context": "cooperative treasurer",
        },
    ]
    assert any(
        d["code"] == "content-unplaced" and "See also: Inside the spinning shed" in d["message"]
        for d in record["diagnostics"]
    )


BRACKETED = (
    HEAD
    + "<h2>Notable Quotes</h2>"
    + '<blockquote><p>"Slow yarn sells itself, and it sells for longer."</p>'
    + '<p class="source">(On pricing)</p></blockquote>'
    + '<blockquote><p>"She answered every farmer\'s letter by hand."</p>'
    + '<p class="source">(Tobias Wren, cooperative treasurer)</p></blockquote>'
    + FOOT
)


def test_a_source_in_parentheses_loses_them() -> None:
    """Before: the context kept its brackets, "(On pricing)"; the speaker read "(Tobias Wren"."""
    assert _record(BRACKETED)["quotes"] == [
        {
            "text": "Slow yarn sells itself, and it sells for longer.",
            "speaker": "Mara Quillfeather",
            "context": "On pricing",
        },
        {
            "text": "She answered every farmer's letter by hand.",
            "speaker": "Tobias Wren",
            "context": "cooperative treasurer",
        },
    ]


RUN_TOGETHER = """Mara Quillfeather

Chief Executive Officer at Lantern Mills

Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill country.

Dimension Profile

Strategic Vision: 88%

Key Themes

wool, cooperatives, rural trade

Notable Quotes

   A fleece tells you how the winter went. We just listen to it.
   On sourcing wool
   Mara got forty farms to agree on one price, which nobody thought it. Tobias Wren, treasurer
   Slow yarn sells itself.

Similar people

   Ivo Brandt    Head of Sales at Norden Felt
"""


def test_a_quotation_below_the_profile_end_is_reported_on_the_quotes() -> None:
    """A quotation and its source run into one line (a text browser's wrap) fit no quote
    shape, and the profile ends above them: they are set aside as the site's, but a warning on
    the quotes names them. Before: an info note on "site chrome" only."""
    record = _record(RUN_TOGETHER, "page.txt")
    texts = [q["text"] for q in record["quotes"]]
    warned = " ".join(
        d["message"]
        for d in record["diagnostics"]
        if d["severity"] == "warning" and d["field"] == "quotes"
    )
    assert "Mara got forty farms" in " ".join(texts) + warned


_WORDS = st.sampled_from(
    "wool yarn farm winter price letter shed spindle market weaver flock hill".split()
)
_SENTENCE = st.lists(_WORDS, min_size=4, max_size=9).map(lambda w: " ".join(w).capitalize() + ".")
_SOURCE = st.one_of(
    st.none(),
    _WORDS.map(lambda w: f"On {w} prices"),
    st.sampled_from(["Tobias Wren, treasurer", "Ines Marlow, spinner", "Olu Bakare, buyer"]),
)


@settings(max_examples=25, deadline=None)
@given(cards=st.lists(st.tuples(_SENTENCE, _SOURCE), min_size=1, max_size=4))
def test_no_quotation_vanishes(cards: list[tuple[str, str | None]]) -> None:
    """Every card's words end as a quote's text, or a warning on the quotes names them."""
    page = HEAD + "<h2>Notable Quotes</h2>" + "".join(_card(t, s) for t, s in cards) + FOOT
    record = _record(page)
    texts = {q["text"] for q in record["quotes"]}
    warned = " ".join(
        d["message"]
        for d in record["diagnostics"]
        if d["severity"] == "warning" and d["field"] in ("quotes", None)
    )
    for text, _ in cards:
        assert text in texts or text[:40] in warned, text


def _media_quote(text: str, source: str | None) -> str:
    by = f'<footer class="by">— {source}</footer>' if source else ""
    return (
        f'<div class="mq"><blockquote>“{text}”</blockquote>{by}<a class="copy">Copy text</a></div>'
    )


MEDIA = (
    HEAD
    + "<h3>Notable Quotes</h3>"
    + _media_quote("Slow yarn sells itself, and it sells for longer.", "On pricing")
    + _media_quote("A mill is only as good as its worst fleece.", None)
    + _media_quote("She answered every farmer's letter by hand.", "Tobias Wren, treasurer")
    + "<p>Share: Email | Print</p>"
    + FOOT
)

MEDIA_QUOTES = [
    {
        "text": "Slow yarn sells itself, and it sells for longer.",
        "speaker": "Mara Quillfeather",
        "context": "On pricing",
    },
    {
        "text": "A mill is only as good as its worst fleece.",
        "speaker": "Mara Quillfeather",
        "context": None,
    },
    {
        "text": "She answered every farmer's letter by hand.",
        "speaker": "Tobias Wren",
        "context": "treasurer",
    },
]


def test_a_control_under_a_quote_without_source_is_not_its_context() -> None:
    """Each card ends with a button; under the quote with no source, the button's label stood
    where a caption stands. Before: its context read "Copy text"."""
    record = _record(MEDIA)
    assert record["quotes"] == MEDIA_QUOTES


def test_a_control_run_into_the_attribution_is_cut_off() -> None:
    """Converters write the ``<footer>`` and the button after it as one line ("— On
    pricingCopy text"). Before: the context kept the label."""
    text = """Mara Quillfeather

Chief Executive Officer at Lantern Mills

Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill country.

Dimension Profile

Strategic Vision: 88%

Notable Quotes

> “Slow yarn sells itself, and it sells for longer.”

— On pricingCopy text

> “A mill is only as good as its worst fleece.”

Copy text

> “She answered every farmer's letter by hand.”

— Tobias Wren, treasurerCopy text

Share: Email | Print
"""
    assert _record(text, "page.md")["quotes"] == MEDIA_QUOTES
    # With no label on a line of its own, the same tail run into two attributions tells too.
    alone = text.replace("\n\nCopy text\n", "\n")
    assert "\nCopy text" not in alone
    assert _record(alone, "page.md")["quotes"] == MEDIA_QUOTES


def test_a_name_run_into_nothing_keeps_its_capitals() -> None:
    """A name whose capital follows a lower-case letter ("McAllister") is no glued label: only
    a tail the page repeats is cut."""
    page = MEDIA.replace("Tobias Wren, treasurer", "Ailsa McAllister")
    assert _record(page)["quotes"][2]["speaker"] == "Ailsa McAllister"


def test_the_last_source_in_parentheses_is_kept() -> None:
    """The last quote's source in parentheses, a site's line under it: "(On pricing)" names a
    topic as "On pricing" does. Before: the locator read it as the site's, and the quote lost
    its context."""
    page = """Mara Quillfeather

Chief Executive Officer at Lantern Mills

Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill country.

Dimension Profile

Strategic Vision: 88%

Key Themes

wool, cooperatives

Notable Quotes

"A mill is only as good as its worst fleece."

"Slow yarn sells itself, and it sells for longer."

(On pricing)

Other people at the mill
Ivo Brandt
Head of Sales
"""
    assert _record(page, "page.txt")["quotes"][-1] == {
        "text": "Slow yarn sells itself, and it sells for longer.",
        "speaker": "Mara Quillfeather",
        "context": "On pricing",
    }


RUN_IN = """Mara Quillfeather

Chief Executive Officer at Lantern Mills

Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill country.

Dimension Profile

Strategic Vision: 88%

Key Themes

wool, cooperatives, rural trade

Notable Quotes

A fleece tells you how the winter went. We just listen to it, every single spring.
On sourcing wool
Mara got forty farms to agree on one price, which nobody in the valley thought possible.
Tobias Wren, cooperative treasurer
Slow yarn sells itself.

Similar people

Ivo Brandt    Head of Sales at Norden Felt
"""


def test_a_source_run_into_its_quotation_is_split_off() -> None:
    """A text browser took the line over the source for a wrapped one and ran the two into
    one: "... thought possible. Tobias Wren, cooperative treasurer". The card above set its
    source on a line of its own, and the tail names a person and who they are: the source.
    Before: the second and third quotes were set aside as the site's."""
    record = _record(RUN_IN, "page.txt")
    assert record["quotes"][1:] == [
        {
            "text": "Mara got forty farms to agree on one price, which nobody in the valley "
            "thought possible.",
            "speaker": "Tobias Wren",
            "context": "cooperative treasurer",
        },
        {"text": "Slow yarn sells itself.", "speaker": "Mara Quillfeather", "context": None},
    ]


def test_quotations_run_together_on_one_line_are_each_a_quote() -> None:
    """A table cell of quotations split by ``<br>``, written on one line by a converter that
    drops the breaks. Before: one quote, its text running from the first mark to the last."""
    page = (
        HEAD
        + "<h2>Notable Quotes</h2><table><tr><td>"
        + '<i>"Slow yarn sells itself."</i><br>-- On pricing<br><br>'
        + '<i>"She answered every letter by hand."</i><br>-- Tobias Wren, treasurer<br><br>'
        + '<i>"A mill is only as good as its worst fleece."</i>'
        + "</td></tr></table>"
        + FOOT
    )
    line = (
        '"Slow yarn sells itself." -- On pricing "She answered every letter by hand." -- '
        'Tobias Wren, treasurer "A mill is only as good as its worst fleece."'
    )
    text = page.split("<h2>Notable Quotes</h2>")[0] + "<h2>Notable Quotes</h2><p>" + line + "</p>"
    for source in (page, text + FOOT):
        assert _record(source)["quotes"] == [
            {
                "text": "Slow yarn sells itself.",
                "speaker": "Mara Quillfeather",
                "context": "On pricing",
            },
            {
                "text": "She answered every letter by hand.",
                "speaker": "Tobias Wren",
                "context": "treasurer",
            },
            {
                "text": "A mill is only as good as its worst fleece.",
                "speaker": "Mara Quillfeather",
                "context": None,
            },
        ]


def test_a_link_line_without_a_label_ending_the_quotes_is_reported() -> None:
    """A last line of a few words with no sentence's end, every quote above ending as a
    sentence: the site's link ("Read the whole interview"), reported, not one more quote.
    Before: it was the leader's last quote, with an info note only."""
    page = PULL_QUOTES.replace("See also: Inside the spinning shed", "The whole interview here")
    record = _record(page)
    assert [q["text"] for q in record["quotes"]] == [
        "A fleece tells you how the winter went.",
        "Mara reads a spreadsheet the way shepherds read the sky.",
    ]
    assert any(
        d["code"] == "content-unplaced" and "The whole interview here" in d["message"]
        for d in record["diagnostics"]
    )


def test_a_quotation_over_two_lines_left_apart_is_one_quote() -> None:
    """A text browser wrapped a quotation and the reader left its two lines apart: the
    first ends with no sentence's end, the second opens in lower case. Before: two quotes,
    "... listen to it, every" and "single spring.", the second with the first's source."""
    page = """Mara Quillfeather

Chief Executive Officer at Lantern Mills

Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill country.

Notable Quotes

A fleece tells you how the winter went. We just listen to it, every
single spring.
On sourcing wool

Slow yarn sells itself.

Dimension Profile

Strategic Vision: 88%

Key Themes

wool, cooperatives, rural trade
"""
    assert _record(page, "page.txt")["quotes"][0] == {
        "text": "A fleece tells you how the winter went. We just listen to it, every single spring.",
        "speaker": "Mara Quillfeather",
        "context": "On sourcing wool",
    }


def test_a_wrapped_quotation_set_aside_below_the_profile_is_reported() -> None:
    """The quotes end the profile; the second card's words wrap onto a line of their own
    and its source follows, a shape no quote rule reads: the profile ends above it. Its
    first line has no sentence's end, but the line under it, in lower case, has: both are
    named by a warning on the quotes. Before: an info note on site chrome only."""
    page = RUN_IN.replace(
        "Mara got forty farms to agree on one price, which nobody in the valley thought possible.",
        "Mara got forty farms to agree on one price, which nobody in the valley thought\npossible.",
    ).replace("Tobias Wren, cooperative treasurer", "Tobias Wren")
    record = _record(page, "page.txt")
    texts = " ".join(q["text"] for q in record["quotes"])
    warned = " ".join(
        d["message"]
        for d in record["diagnostics"]
        if d["severity"] == "warning" and d["field"] == "quotes"
    )
    assert "Mara got forty farms" in texts + warned


def test_a_long_attribution_line_is_read_in_linear_time() -> None:
    """A label run into an attribution is a short tail (``_LABEL_MAX_CHARS``): only the line's
    end is looked at. Before: a tail was sliced at every capital that follows a lower-case
    letter, so a 1.2 MB dashed line of "aB" pairs in a quotes section took 34 s (0.2 s at
    dba8050), a page at the 10 MB limit tens of minutes."""
    from extractor.parsing.sections import quotes

    calls = 0
    shaped = quotes._label_shaped

    def counting(text: str) -> bool:
        nonlocal calls
        calls += 1
        return shaped(text)

    quotes._label_shaped = counting  # type: ignore[assignment]
    try:
        tails = quotes._glued_tails("— On " + "aB" * 50_000 + " pricingCopy text")
    finally:
        quotes._label_shaped = shaped  # type: ignore[assignment]
    assert tails[-1] == "Copy text" and all(len(t) <= quotes._LABEL_MAX_CHARS for t in tails)
    assert calls <= quotes._LABEL_MAX_CHARS
    assert quotes._glued_tails("— On pricingCopy text") == ["Copy text"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aBc D—:.", max_size=120))
def test_glued_tails_are_the_label_shaped_tails(text: str) -> None:
    """Same tails as the definition: every label-shaped tail starting with a capital right
    after a lower-case letter, longest first."""
    from extractor.parsing.sections import quotes

    expected = [
        text[at:]
        for at in range(1, len(text))
        if text[at].isupper() and text[at - 1].islower() and quotes._label_shaped(text[at:])
    ]
    assert quotes._glued_tails(text) == expected


def test_a_caption_walks_up_a_bounded_number_of_cards() -> None:
    """Every line of a page is asked whether it is a card's caption "set as the card above set
    its own": the walk up the cards is bounded. Before: it went to the top each time, so a
    page of 4,000 sentence / "Name, role" cards took a minute in the quotes parser alone
    (0.04 s at dba8050). A caption near its first card is still found."""
    from extractor.parsing.sections import quotes
    from extractor.read.blocks import Block, Kind

    names = ("Ada Park", "Lee Stone", "Ivo Brandt", "Tobias Wren")
    blocks = [Block(Kind.PARAGRAPH, "Key words said once.", 1, 1)]
    blocks.append(Block(Kind.ATTRIBUTION, "On wool", 3, 3))
    for i in range(2_000):
        line = 5 + 4 * i
        blocks.append(
            Block(Kind.PARAGRAPH, f"The wool is good today, number {i} of them.", line, line)
        )
        blocks.append(Block(Kind.PARAGRAPH, f"{names[i % 4]}, treasurer", line + 2, line + 2))
    calls = 0
    sentence = quotes._card_sentence

    def counting(block: Block) -> bool:
        nonlocal calls
        calls += 1
        return sentence(block)

    quotes._card_sentence = counting  # type: ignore[assignment]
    try:
        assert quotes.caption_as_before(blocks, 5)  # two cards under the one that names what
        assert not quotes.caption_as_before(blocks, len(blocks) - 1)  # 2,000 cards down
    finally:
        quotes._card_sentence = sentence  # type: ignore[assignment]
    assert calls <= 4 * quotes._CARDS_UP_MAX
