"""Finding the profile inside a page's chrome (extractor/locate.py), in every reader."""

from __future__ import annotations

import json
from typing import Any

from conftest import GOLDEN, SAMPLES
from hypothesis import example, given, strategies as st

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE_ONLY = ("source", "diagnostics", "provenance")
GUSTAV = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")


def content(data: str, name: str) -> dict[str, Any]:
    record = record_dict(parse_bytes(data.encode("utf-8"), name).record)
    return {k: v for k, v in record.items() if k not in PAGE_ONLY}


def alone_or_flagged(data: str, name: str, expected: dict[str, Any]) -> bool:
    """The record is the expected one; or it differs only by what a guess added after the
    profile's own, each addition named at its lines by a finding that says it is a guess:
    quotes (lines under the profile set as its quote cards are, "A sentence." / "Ada Park" /
    "Another sentence.", each named by a finding about quotes: a quotation without marks, a
    source without a dash, a last line guessed), or extra sections (a title-shaped line over
    a sentence, named by ``section-unknown``)."""
    result = parse_bytes(data.encode("utf-8"), name)
    record = record_dict(result.record)
    found = {k: v for k, v in record.items() if k not in PAGE_ONLY}
    if found == expected:
        return True
    guessed = {"quotes": "quote", "extra_sections": "section-unknown"}
    named = {
        field: {f.line for f in result.findings if f.code.startswith(code) and f.line}
        for field, code in guessed.items()
    }

    def said(field: str, index: int) -> bool:
        first, last = result.provenance[f"{field}[{index}]"]
        return any(first <= line <= last for line in named[field])

    return {**found, **{f: expected[f] for f in guessed}} == expected and all(
        found[field][: len(expected[field])] == expected[field]
        and all(said(field, i) for i in range(len(expected[field]), len(found[field])))
        for field in guessed
    )


def golden(name: str) -> dict[str, Any]:
    record = json.loads((GOLDEN / f"{name}.json").read_text("utf-8"))
    return {k: v for k, v in record.items() if k not in PAGE_ONLY}


PROFILE = """Martín Álvarez Jr.

Chief Data Officer at Pampa & Co.

Martín Álvarez Jr. runs data at Pampa & Co., an agricultural exporter in Rosario.

Dimension Profile

Strategic Vision 80%
Execution & Craft 70%

Key Themes

Soil data · Export logistics

Notable Quotes

"Data that nobody acts on is a cost, not an asset."
— On data teams
"""


def test_a_name_with_a_suffix_and_a_headline_ending_in_co_are_read() -> None:
    record = content(PROFILE, "page.txt")
    assert record["name"] == "Martín Álvarez Jr."
    assert record["id"] == "martin-alvarez-jr"
    assert record["headline"] == "Chief Data Officer at Pampa & Co."
    assert record["company"] == "Pampa & Co."
    assert record["bio"].startswith("Martín Álvarez Jr. runs data")


def test_german_site_chrome_above_and_below_a_pasted_profile() -> None:
    page = (
        "Zum Inhalt springen\nStartseite\nÜber uns\nBenutzername Passwort\nAnmelden\n\n"
        + PROFILE
        + "\nNach oben\nImpressum\nDatenschutz\n© 2026 Beispiel GmbH\n"
    )
    assert content(page, "page.txt") == content(PROFILE, "page.txt")


def test_related_leaders_cards_above_the_profile_are_not_the_name() -> None:
    cards = (
        "Related Leaders\n\nJordan Avery\nCTO at Northbeam\n\nHenrik Dahl\nCEO at Brightwater\n\n"
    )
    assert content(cards + GUSTAV, "page.txt") == golden("gustav-soderstrom.txt")


def test_accordion_buttons_are_section_titles() -> None:
    html = (
        "<html><body><div>Acme Leaders</div><div>Ada Stone</div><div>CEO at Example Co</div>"
        "<p>Ada Stone runs Example Co and writes about it at length every week.</p>"
        "<h3><button>Dimension Profile</button></h3><div>Strategic Vision 80%</div>"
        "<div>Execution &amp; Craft 70%</div><button>Key Themes</button>"
        "<div><span>Hiring</span> · <span>Pricing</span></div><button>Share</button></body></html>"
    )
    record = content(html, "page.html")
    assert (record["name"], record["headline"]) == ("Ada Stone", "CEO at Example Co")
    assert record["themes"] == ["Hiring", "Pricing"]
    assert len(record["dimensions"]) == 2


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüéABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2)
LINE = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(WORD, min_size=1, max_size=12),
    st.sampled_from(["", ".", "!", ":"]),
)
CHROME = st.lists(LINE, max_size=8).map("\n".join)


@given(above=CHROME, below=CHROME)
@example(above="", below="AA AA AA.\nAA AA\nAA AA AA AA.")  # a quote card's shape: named
@example(above="Aa\nAA\nAa\nAA\nAa", below="")  # rows over the header: the name is no value
def test_any_chrome_lines_around_a_pasted_profile_leave_the_record_alone(
    above: str, below: str
) -> None:
    page = f"{above}\n\n{GUSTAV}\n\n{below}\n"
    assert alone_or_flagged(page, "page.txt", golden("gustav-soderstrom.txt"))


AMARA = (SAMPLES / "amara-okafor.html").read_text("utf-8")  # div soup: no heading tags at all


@given(above=st.lists(LINE, max_size=8), below=st.lists(LINE, max_size=8))
@example(above=[], below=["AA", "AA", "AA AA AA"])  # a short line twice labels no box
@example(above=[], below=["AA", "AA AA AA.", "AA"])  # a title over a sentence: said unknown
def test_any_chrome_divs_around_a_div_soup_profile_leave_the_record_alone(
    above: list[str], below: list[str]
) -> None:
    def divs(lines: list[str]) -> str:
        return "".join(f'<div class="x">{line}</div>' for line in lines)

    assert AMARA.count("<body>") == AMARA.count("</body>") == 1
    page = AMARA.replace("<body>", f"<body>{divs(above)}").replace(
        "</body>", f"{divs(below)}</body>"
    )
    assert alone_or_flagged(page, "page.html", golden("amara-okafor.html"))


def test_stray_lines_between_headline_and_bio_are_chrome_not_bio() -> None:
    page = (
        "Ada Stone\n\nCEO at Example Co\n\n12 min read\nListen on Apple Podcasts\n\n"
        "Ada Stone runs Example Co and writes about it at length every week.\n\n"
        "Dimension Profile\n\nStrategic Vision 80%\nExecution & Craft 70%\n\n"
        "Key Themes\n\nHiring · Pricing\n"
    )
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    assert (result.record.name, result.record.headline) == ("Ada Stone", "CEO at Example Co")
    assert (
        result.record.bio == "Ada Stone runs Example Co and writes about it at length every week."
    )
    notes = [d for d in result.findings if d.code == "site-chrome"]
    assert [(d.line, d.severity.value) for d in notes] == [(5, "info")]
    assert result.provenance["site_chrome[0]"] == (5, 6)


def test_share_links_under_each_quote_are_chrome_and_the_quotes_go_on() -> None:
    page = GUSTAV.replace(
        "— On the three eras of internet products and why generation changes everything\n",
        "— On the three eras of internet products and why generation changes everything\n\n"
        "Tweet this\n",
    ).replace(
        "— On the principle of fault-tolerant user interfaces for AI products\n",
        "— On the principle of fault-tolerant user interfaces for AI products\nShare on LinkedIn\n",
    )
    assert page.count("Tweet this") == page.count("Share on LinkedIn") == 1
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    record = {k: v for k, v in record_dict(result.record).items() if k not in PAGE_ONLY}
    assert record == golden("gustav-soderstrom.txt")
    # Share buttons are the site's wherever they stand (a row of them is chrome by its shape).
    assert {"Tweet this", "Share on LinkedIn"} <= {b.text for b in result.chrome}


def test_a_footer_titled_like_a_section_after_the_profile_is_chrome() -> None:
    """A profile without Key Themes, then a footer whose link list is titled "Topics"."""
    start = GUSTAV.index("Key Themes")
    without_themes = GUSTAV[:start] + GUSTAV[GUSTAV.index("Episode Summary") :]
    footer = "\n\nTopics\n\nPolitics\nSports\nWeather\nCulture\n\nAbout\n\nImprint\nPrivacy\n"
    record = content(without_themes + footer, "page.txt")
    assert record == content(without_themes, "page.txt")
    assert record["themes"] == []


def test_menu_entries_named_like_sections_above_a_profile_without_headline() -> None:
    no_headline = GUSTAV.replace("Co-President, CPO and CTO at Spotify\n\n", "", 1)
    alone = content(no_headline, "page.txt")
    assert alone["name"] == "Gustav Soderstrom"
    for menu in ("Overview\n\n", "Home\nOverview\nTopics\nAbout\n\n", "Summary\n"):
        assert content(menu + no_headline, "page.txt") == alone, menu


def test_a_long_run_of_stray_lines_between_sections_loses_neither_half() -> None:
    """Sections cut apart by pasted junk: the top half (name, dimensions) is still the profile's,
    and the junk is reported as unplaced, not a reason to refuse the page."""
    page = (SAMPLES / "gustav-soderstrom.txt").read_text(encoding="utf-8")
    stray = "\n".join(f"stray line number {i} with no place" for i in range(40))
    result = parse_bytes(page.replace("Key Themes", stray + "\n\nKey Themes", 1).encode(), "p.txt")
    assert result.record.name == "Gustav Soderstrom"
    assert len(result.record.dimensions) == 6 and len(result.record.themes) == 6
    unplaced = [f for f in result.findings if f.code == "content-unplaced"]
    assert len(unplaced) == 40


def _undashed(page: str) -> str:
    """Gustav's quotes with their attributions set without a dash (a ``<cite>`` converted)."""
    return page.replace("\n— On ", "\nOn ")


def test_undashed_captions_of_every_quote_stay_in_the_quotes() -> None:
    """The section sets its captions without a dash, so the last quote's caption is one too,
    even with the site's footer right under it."""
    page = _undashed(GUSTAV) + "\nFolgen Sie uns\n\nImpressum\n"
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    record = {k: v for k, v in record_dict(result.record).items() if k not in PAGE_ONLY}
    assert record == golden("gustav-soderstrom.txt")


def test_a_short_site_line_under_a_lone_quote_is_not_its_caption() -> None:
    """Under a quote whose section has dashed attributions, "Share X LinkedIn" is the site's."""
    last = "— On restraint as a design principle for generative AI features\n"
    page = GUSTAV.replace(last, "Share X LinkedIn\n")
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    assert all("Share" not in (q.speaker or "") for q in result.record.quotes)
    assert all("Share" not in (q.context or "") for q in result.record.quotes)


def test_a_paragraph_between_quotes_and_a_quoted_headline_is_not_a_stray() -> None:
    """Only a short label is a stray inside the last section: a site's paragraph of text ends
    it, and a quoted teaser headline under that paragraph is not read as a quote."""
    page = (
        GUSTAV.replace("\nWant to know how you compare?\n\nTake the Assessment\n", "\n")
        + "\nMore from our podcast: every episode, every guest, all the links in one place.\n"
        + "\u201cIn the studio\u201d: what we learned from a year of recording guests live\n"
    )
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    record = {k: v for k, v in record_dict(result.record).items() if k not in PAGE_ONLY}
    assert record == golden("gustav-soderstrom.txt")


def test_a_name_in_a_script_without_case_is_taken_from_the_prose_that_names_it() -> None:
    """No capitals and no spaces between words: the bio names "山田 花子" as "山田花子"."""
    name, bio = "山田 花子", "山田花子はフィヨルド銀行で六十人のデザインチームを率いています。"
    headline = "Director of Design at Fjord Bank"
    page = f"{name}\n\n{headline}\n\n{bio}\n\n" + GUSTAV[GUSTAV.index("Dimension Profile") :]
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    assert result.record.name == name


def test_a_section_registered_after_import_can_end_the_page() -> None:
    """The locator ranks sections by the registry as it is when asked: a page that ends with
    a registered section's title is read (once a KeyError), its text kept in the record."""
    from extractor.parsing.draft import Draft
    from extractor.parsing.sections import SectionParser, register, unregister
    from extractor.parsing.sections.base import Section, paragraphs

    def parse_awards(section: Section, draft: Draft) -> None:
        draft.put("awards", paragraphs(section.body), section.body)  # type: ignore[arg-type]

    award = "She was named Innovator of the Year in 2021 for her work on rural payments."
    page = (SAMPLES / "amara-okafor.txt").read_text("utf-8").rstrip("\n")
    register(SectionParser("awards", ("Awards",), parse_awards))
    try:
        for name, title in (("page.md", "## Awards"), ("page.txt", "Awards")):
            result = parse_bytes(f"{page}\n\n{title}\n\n{award}\n".encode(), name)
            extras = [e.model_dump() for e in result.record.extra_sections]
            assert extras == [{"title": "awards", "text": award}], name
    finally:
        unregister("awards")
