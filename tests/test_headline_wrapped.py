"""A headline the wrap joined to the bio: a narrow column (w3m, links, elinks on a table
layout) fills the headline's line, and the bio's first line reads as its wrapped tail.

The parser finds such a headline at the start of the paragraph under the name, says it
guessed, and loses no word of it.
"""

from __future__ import annotations

from hypothesis import given, strategies as st
from test_columns import narrow_dump

from extractor.parsing.sections.preamble import headline_at_start
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind
from extractor.record.serialize import record_dict


def paragraph(text: str, lines: int = 3) -> Block:
    return Block(Kind.PARAGRAPH, text, 4, 3 + lines)


def cut(text: str, lines: int = 3) -> str | None:
    at = headline_at_start(paragraph(text, lines))
    return None if at is None else text[:at]


def test_the_headline_ends_where_the_company_s_capitalised_words_end() -> None:
    assert cut("SVP Merchandising at Orchard Lane Runs merchandising for a chain.") == (
        "SVP Merchandising at Orchard Lane"
    )
    assert cut("Head of Product, Payments at Kobo Rail Leads payments product.") == (
        "Head of Product, Payments at Kobo Rail"
    )
    assert cut("Founder and CEO at Ledgerline Founded a software company.") == (
        "Founder and CEO at Ledgerline"
    )
    assert cut("Head of Platform at Cantina Digital Leads the platform team.") == (
        "Head of Platform at Cantina Digital"
    )
    assert cut("Chief Executive Officer at Ruta Verde CEO of a coffee exporter.") == (
        "Chief Executive Officer at Ruta Verde"
    )
    assert cut("Economist at Bank of the West Writes about rates.") == (
        "Economist at Bank of the West"
    )
    assert cut("Economist at Bank of America Writes about rates.") == (
        "Economist at Bank of America"
    )


def test_a_bio_that_only_mentions_a_company_is_not_cut() -> None:
    assert cut("Head of Product at Kobo Rail, a Nairobi fintech, since 2021.") is None
    assert cut("She leads product at Kobo Rail and writes often.") is None  # not a title first
    assert cut("Runs product. Formerly at Acme Labs Inc and Beta.") is None  # a sentence first
    assert cut("Head of Product at Kobo Rail Leads payments.", lines=1) is None  # one line: no wrap


@given(
    st.lists(
        st.sampled_from("Head of Product at Kobo Rail Leads a team the and".split()), max_size=12
    )
)
def test_a_cut_loses_no_word(words: list[str]) -> None:
    text = " ".join(words)
    at = headline_at_start(paragraph(text))
    if at is not None:
        assert text[:at] + " " + text[at + 1 :] == text
        assert " at " in text[:at]


def test_a_page_in_a_narrow_cell_gets_the_headline_and_says_it_guessed() -> None:
    bio = "Runs merchandising for a Southeast Asian department store chain with ninety stores."
    page = narrow_dump("SVP Merchandising at Orchard Lane", bio)
    assert "Orchard Lane\n" in page  # the headline filled its line: the bio's wrap test joins
    record = record_dict(parse_bytes(page.encode(), "dump.txt").record)
    assert record["headline"] == "SVP Merchandising at Orchard Lane"
    assert record["company"] == "Orchard Lane"
    assert record["bio"] == bio
    codes = [d["code"] for d in record["diagnostics"]]
    assert "headline-guessed" in codes and "headline-missing" not in codes
