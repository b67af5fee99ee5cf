"""Lines of markup alone between a quotation and its caption: pandoc writes a page's ``<div>``
nesting as raw HTML lines (``-t gfm``) or fenced divs (``-t markdown``), each with the blank
lines Markdown needs around it, so a caption set in the next ``<div>`` stands four to six lines
under its quotation. The distance a caption may stand counts the lines a reader sees."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read import READERS
from extractor.read.blocks import no_titles
from extractor.record.serialize import record_dict

HEAD = """# Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses.

## Dimension Profile

- Strategic Vision: 95%

## Notable Quotes

"""

RAW_HTML = """<div class="quote">

<div class="quote-text">

“Nobody remembers a fast payment.”

</div>

<div class="quote-caption">

On refund speed

</div>

</div>

<div class="quote">

<div class="quote-text">

“Ship the boring version first.”

</div>

<div class="quote-caption">

Grace Mutua, her cofounder

</div>

</div>
"""

FENCED = """::: quote
::: quote-text
"Nobody remembers a fast payment."
:::

::: quote-caption
On refund speed
:::
:::

::: quote
::: quote-text
"Ship the boring version first."
:::

::: quote-caption
Grace Mutua, her cofounder
:::
:::
"""

WANT = [
    {
        "text": "Nobody remembers a fast payment.",
        "speaker": "Ada Stone",
        "context": "On refund speed",
    },
    {
        "text": "Ship the boring version first.",
        "speaker": "Grace Mutua",
        "context": "her cofounder",
    },
]


def _quotes(page: str) -> object:
    return record_dict(parse_bytes(page.encode(), "page.md").record)["quotes"]


def test_a_caption_behind_raw_html_lines_is_its_quotes() -> None:
    assert _quotes(HEAD + RAW_HTML) == WANT


def test_a_caption_behind_fenced_div_lines_is_its_quotes() -> None:
    assert _quotes(HEAD + FENCED) == WANT


def test_blank_lines_still_count_where_no_markup_stands() -> None:
    """Without markup between them, a short line four blank lines under a quotation stays
    apart from it, as before."""
    page = HEAD + "“Nobody remembers a fast payment.”\n\n\n\n\nOn refund speed\n"
    assert _quotes(page) != WANT[:1]


def test_the_reader_sets_aside_markup_lines_and_the_blanks_around_them() -> None:
    document = READERS["markdown"]("Text\n\n<div>\n\n::: x\nWords\n:::\n", no_titles)
    assert document.aside == (2, 3, 4, 5, 7, 8)
    assert READERS["markdown"]("Text\n\nWords\n", no_titles).aside == ()
