"""A PDF converted to HTML sets one positioned ``<p>`` per printed line, and a text copied from
it keeps each line as a paragraph of its own: the bio and the summary read as a run of
one-line paragraphs cut mid-sentence ("... a Vilnius" / "bakery that ..."), a word cut by the
line's hyphen ("Kau-" / "nas") left in two. A paragraph that stops mid-sentence at a printed
line's length, followed by one that goes on, is one paragraph; the hyphen is the typesetter's.
A dotted company form ("UAB", "sh.p.k.") closing the headline is no sentence's stop.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

TAIL = (
    "Dimension Profile\n\nBaking Craft: 91 out of 100\nRetail Operations: 84 out of 100\n"
    "Team Building: 72 out of 100\n\n"
    "Key Themes\n\nsourdough\nrye bread\nsmall bakeries\n"
)


def _page(headline: str) -> str:
    return (
        f"Rūta Kazlauskienė\n\n{headline}\n\n"
        "Rūta Kazlauskienė runs Duonos Namai, a Vilnius bakery that sells rye bread to\n\n"
        "forty shops in Lithuania and Latvia, and a school for bakers in Kau-\n\n"
        "nas.\n\n"
        "She learned to bake from her grandmother and opened the first shop in 2009.\n\n"
        "Episode Summary\n\n"
        "Rūta Kazlauskienė talks about keeping a sourdough alive for thirty years, why\n\n"
        "rye sells in Riga and what a bakery owes its street.\n\n" + TAIL
    )


def test_printed_lines_are_joined_into_their_paragraphs() -> None:
    data = parse_bytes(_page("Founder at Duonos Namai UAB").encode(), "p.txt").data
    assert data["bio"] == (
        "Rūta Kazlauskienė runs Duonos Namai, a Vilnius bakery that sells rye bread to forty "
        "shops in Lithuania and Latvia, and a school for bakers in Kaunas.\n\n"
        "She learned to bake from her grandmother and opened the first shop in 2009."
    )
    assert data["summary"] == (
        "Rūta Kazlauskienė talks about keeping a sourdough alive for thirty years, why rye "
        "sells in Riga and what a bakery owes its street."
    )


def test_a_dotted_company_form_ends_no_sentence() -> None:
    data = parse_bytes(_page("Founder at Duonos Namai sh.p.k.").encode(), "p.txt").data
    assert data["headline"] == "Founder at Duonos Namai sh.p.k."
    assert data["bio"].startswith("Rūta Kazlauskienė runs Duonos Namai, a Vilnius bakery")


def test_paragraphs_that_end_their_sentences_stay_apart() -> None:
    page = (
        "Rūta Kazlauskienė\n\nFounder at Duonos Namai\n\n"
        "Rūta Kazlauskienė runs Duonos Namai, a bakery in Vilnius and Kaunas.\n\n"
        "she learned to bake from her grandmother, who ran a bakery in Riga.\n\n" + TAIL
    )
    data = parse_bytes(page.encode(), "p.txt").data
    assert data["bio"].count("\n\n") == 1


def test_a_capital_opens_a_line_mid_sentence() -> None:
    page = (
        "Rūta Kazlauskienė\n\nFounder at Duonos Namai\n\n"
        "Rūta Kazlauskienė runs Duonos Namai, a bakery that sells rye bread in\n\n"
        "Vilnius and Riga.\n\n" + TAIL
    )
    data = parse_bytes(page.encode(), "p.txt").data
    assert data["bio"] == (
        "Rūta Kazlauskienė runs Duonos Namai, a bakery that sells rye bread in Vilnius and Riga."
    )


def test_a_byline_is_no_printed_line() -> None:
    page = (
        "Rūta Kazlauskienė\n\nFounder at Duonos Namai\n\n"
        "By Lee Marsh, Communications · 2 May 2026 · 5 min read\n\n"
        "Rūta Kazlauskienė runs Duonos Namai, a bakery that sells rye bread in Vilnius.\n\n" + TAIL
    )
    data = parse_bytes(page.encode(), "p.txt").data
    assert data["bio"] == (
        "Rūta Kazlauskienė runs Duonos Namai, a bakery that sells rye bread in Vilnius."
    )


def _bio_page(bio: str) -> bytes:
    return (f"Rūta Kazlauskienė\n\nFounder at Duonos Namai\n\n{bio}\n\n" + TAIL).encode()


def test_compound_hyphen_at_a_printed_line_end_is_kept() -> None:
    """A compound's hyphen ("well-" / "known") may end a printed line as a typesetter's does:
    after a compound's first word it stays ("well-known", not "wellknown")."""
    bio = (
        "She is a baker who co-founded the largest bakery in Vilnius, the well-\n\n"
        "known Duonos Namai, and taught forty bakers to keep a sourdough alive."
    )
    data = parse_bytes(_bio_page(bio), "p.txt").data
    assert "the well-known Duonos Namai" in data["bio"]


def test_a_lists_bare_number_does_not_carry_on_a_line() -> None:
    """A lead-in that stops without a full stop, then a numbered list's "1" set apart: the
    number is no printed line's last word ("... in 2009 1" was read)."""
    bio = (
        "The three things she learned while building the bakery in 2009\n\n1\n\n"
        "Hire slowly and pay well.\n\n2\n\nBake every day."
    )
    data = parse_bytes(_bio_page(bio), "p.txt").data
    assert "2009 1" not in data["bio"]


def test_a_long_run_of_printed_lines_is_joined_in_linear_time() -> None:
    """Joined pairwise, each line copied the paragraph's text so far again: quadratic in a
    run's length (about 10 s for 2 MB of printed lines). Built once now."""
    import time

    from extractor.parsing.sections.base import printed_lines_joined
    from extractor.read.blocks import Block, Kind

    line = "she leads the bakery in Vilnius and sells its rye bread in Riga {} and"
    blocks = [
        Block(Kind.PARAGRAPH, line.format(i), 2 * i, 2 * i, "", 0, 0, None, False)
        for i in range(32_000)
    ]
    started = time.perf_counter()
    joined = printed_lines_joined(blocks)
    assert time.perf_counter() - started < 2.0
    assert len(joined) == 1
