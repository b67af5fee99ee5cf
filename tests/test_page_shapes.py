"""Page shapes that read wrong or not at all before (the trial3 designs, in general form).

One test per shape: a profile titled by an ``<h2>`` (``##``) over ``<h3>`` sections below a
directory's ``<h1>`` (a dialog or card); a tab bar's labels flattened by converters; a React
card's badges and ``<figure>`` quotes; how people write a profile by hand in Markdown ("**Themes:**
a, b"); what text browsers do to them (a mononym without its ``<h1>``, w3m's wraps).
"""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.read import Format

DIRECTORY_HTML = (
    "<body><header><a href='/'>Directory</a></header><main><h1>All people</h1>"
    "<ul><li><h3>Priya Raman</h3><p>COO at Monsoon Labs</p></li></ul></main>"
    "<dialog open aria-labelledby='t'><h2 id='t'>Liam O'Connor</h2>"
    "<p>Head of Platform at Tidewater Bank</p>"
    "<p>Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer "
    "platform.</p><h3>Dimension Profile</h3><ul><li>Strategic Vision 65%</li>"
    "<li>Execution &amp; Craft 80%</li></ul><h3>Key Themes</h3><ul><li>golden paths</li>"
    "<li>migrations</li></ul><h3>Episode Summary</h3><p>Liam O'Connor describes running an "
    "internal developer platform as a product at Tidewater Bank.</p></dialog></body>"
)

DIRECTORY_MD = """\
# All people

-   ### Priya Raman

    COO at Monsoon Labs

## Liam O'Connor

Head of Platform at Tidewater Bank

Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer platform.

### Dimension Profile

Strategic Vision 65%

Execution & Craft 80%

### Key Themes

- golden paths
- migrations

### Episode Summary

Liam O'Connor describes running an internal developer platform as a product at Tidewater Bank.
"""


def _parse(text: str, path: str, fmt: Format | None = None) -> dict[str, Any]:
    return parse_bytes(text.encode(), path, fmt).data


def _head(data: dict[str, Any]) -> tuple[object, ...]:
    return (data["name"], data["headline"], data["bio"], data["themes"])


EXPECTED_HEAD = (
    "Liam O'Connor",
    "Head of Platform at Tidewater Bank",
    "Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer "
    "platform.",
    ["golden paths", "migrations"],
)


def test_profile_titled_h2_in_an_open_dialog_reads_its_name() -> None:
    assert _head(_parse(DIRECTORY_HTML, "page.html")) == EXPECTED_HEAD


def test_profile_titled_h2_under_a_directory_h1_in_markdown() -> None:
    data = _parse(DIRECTORY_MD, "page.md", "markdown")
    assert _head(data) == EXPECTED_HEAD
    assert data["dimensions"] == [
        {"name": "Strategic Vision", "score": 65},
        {"name": "Execution & Craft", "score": 80},
    ]


TABBED_MD = """\
# Liam O'Connor

Head of Platform at Tidewater Bank

{tabs}

## About

Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer platform.

## Dimension Profile

- Strategic Vision 65%
- Execution & Craft 80%

## Key Themes

- golden paths
- migrations
"""


def test_tab_labels_a_converter_ran_together_are_not_the_bio() -> None:
    """Tab panels flattened by a converter: the tab bar's labels stand between the headline
    and the "About" panel, run together or set apart; the bio is the About panel's alone."""
    for tabs in ("OverviewScoresInsightsQuotes", "Overview · Scores · Insights · Quotes"):
        result = parse_bytes(TABBED_MD.format(tabs=tabs).encode(), "page.md", "markdown")
        assert _head(result.data) == EXPECTED_HEAD
        assert "section-duplicate" not in [f.code for f in result.findings]
        assert any(f.code == "site-chrome" and f.line == 5 for f in result.findings)


MONONYM_TEXT = """\
   Staff Directory Search

Thandiwe

   Acme Studios · Chief of Staff

   Chief of Staff at Acme Studios, the animation studio in Cape Town, where she set up the
   planning rhythm for four productions.

Dimension Profile

   Strategic Vision 70%
   Execution & Craft 90%

Episode Summary

   Thandiwe describes the operating rhythm she built at Acme Studios.
"""


def test_mononym_under_a_site_line_in_text_is_the_name_flagged() -> None:
    """A text browser drops the <h1> that marks a one-word name: the site's line above it,
    written like a name but named nowhere in the profile, is not the leader; the mononym is,
    flagged as doubtful."""
    result = parse_bytes(MONONYM_TEXT.encode(), "page.txt", "text")
    assert (result.data["name"], result.data["headline"]) == (
        "Thandiwe",
        "Acme Studios · Chief of Staff",
    )
    assert any(f.code == "name-doubtful" and f.field == "name" for f in result.findings)


CARD_HTML = (
    "<div id='__next'><main><h1>Thandiwe</h1><h2 class='subtitle'>Chief of Staff at Acme "
    "Studios</h2><p>Chief of Staff at Acme Studios, the animation studio in Cape Town.</p>"
    "<section><h3>Topics:</h3><div><span class='badge'>planning</span> "
    "<span class='badge'>saying no</span></div></section>"
    "<section><h3>Summary</h3><p>Thandiwe describes the operating rhythm she built.</p>"
    "</section><section><h3>Key Quotes</h3><figure><blockquote><p>My job is to make the "
    "second-best idea wait a quarter.</p></blockquote><figcaption>Thandiwe — <cite>On saying "
    "no</cite></figcaption></figure></section></main></div>"
)


def test_figcaption_naming_a_one_name_leader_then_the_source() -> None:
    """A React card's quote: ``<figcaption>Name — <cite>source</cite></figcaption>``; the
    leader known by one name is the speaker, the cite alone the context."""
    data = _parse(CARD_HTML, "page.html")
    assert data["quotes"] == [
        {
            "text": "My job is to make the second-best idea wait a quarter.",
            "speaker": "Thandiwe",
            "context": "On saying no",
        }
    ]
    assert data["themes"] == ["planning", "saying no"]


HAND_MD = """\
# Liam O'Connor

*Head of Platform at Tidewater Bank*

Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer platform.

## Dimension profile

| Dimension | Score |
|---|---:|
| Strategic Vision | 65% |
| Execution & Craft | 80% |

**Themes:** golden paths, migrations

## Summary

Liam O'Connor describes running an internal developer platform as a product.
"""


def test_hand_written_markdown_bold_run_in_themes_label() -> None:
    """By hand, a short section is a bold label and its content on one line."""
    data = _parse(HAND_MD, "page.md", "markdown")
    assert _head(data) == EXPECTED_HEAD
    assert data["summary"] == (
        "Liam O'Connor describes running an internal developer platform as a product."
    )


ONE_LINE_THEMES = (
    "Ada Stone\n\nCEO at Example Co\n\nKey Themes\n\n{}\n\nEpisode Summary\n\nA talk.\n"
)


def _theme_flags(line: str) -> list[str]:
    result = parse_bytes(ONE_LINE_THEMES.format(line).encode(), "p.txt", "text")
    assert result.data["themes"] == [line]
    return [f.code for f in result.findings if f.field == "themes"]


def test_badges_run_together_into_one_chip_are_flagged() -> None:
    """Badges set side by side with only a space (a React card), flattened to one line: never
    silently kept or split. With an acronym after a lower-case word the segmenter is asked (a
    chip may start there) and names its doubtful boundaries; glued inside words, the line is
    kept as one chip, and said so."""
    line = "#product B2B/B2C rural clinics 0→1"
    result = parse_bytes(ONE_LINE_THEMES.format(line).encode(), "p.txt", "text")
    assert " ".join(result.data["themes"]) == line
    flags = [f for f in result.findings if f.field == "themes"]
    assert [f.code for f in flags] == ["themes-segmented"]
    assert "doubtful" in flags[0].message
    assert _theme_flags("#productB2B/B2Crural clinics0→1") == ["themes-segmented"]
    assert _theme_flags("pricing strategy") == []  # one short chip: nothing to doubt


def test_w3m_wrap_after_a_slash_or_a_lone_hash_rejoins_without_a_space() -> None:
    """w3m breaks a line inside a token, after a slash or a hash sign: the rejoined chip must
    not gain a space ("CAC/ LTV", "# engineering")."""
    from extractor.read.reflow import join_wrapped

    assert join_wrapped("platform teams · #", "engineering") == "platform teams · #engineering"
    assert join_wrapped("churn · CAC/", "LTV") == "churn · CAC/LTV"
    assert join_wrapped("issue #", "142") == "issue #142"
    assert join_wrapped("a sentence ends.", "Then") == "a sentence ends. Then"
    assert join_wrapped("one /", "two") == "one / two"  # a spaced slash separates: kept


def test_emphasised_chips_with_commas_between_in_one_paragraph() -> None:
    """``<p><em>a</em>, <em>b</em></p>`` (a newsletter's chips): the commas between the
    emphasised chips are separators, not chips."""
    html = (
        "<h1>Ada Stone</h1><h3>CEO at Example Co</h3><p>Ada Stone runs Example Co in Leeds.</p>"
        "<h2>Key Themes</h2><p><em>hiring</em>, <em>pricing tests</em>, <em>#growth</em></p>"
        "<h2>Episode Summary</h2><p>Ada Stone on hiring.</p>"
    )
    result = parse_bytes(html.encode(), "page.html")
    assert result.data["themes"] == ["hiring", "pricing tests", "#growth"]
    assert [f.code for f in result.findings if f.field and f.field.startswith("themes")] == []


FIGURE_MD = """\
# Ada Stone

CEO at Example Co

Ada Stone runs Example Co in Lyon.

## Key Themes

- ticketing

## Notable Quotes

> Un musée ne vend pas des billets, il vend un après-midi.

Ada Stone — Sur la billetterie

> Wenn die Kasse nicht funktioniert, funktioniert das Museum nicht.

Jürgen Vogel — Museumsdirektor, zitiert im Gespräch

[Nächster Beitrag](/next)

Previous Post — Summer dresses
"""


def test_figcaption_under_a_block_quote_names_its_source_in_any_words() -> None:
    """Under a block quote, "Name — source" is the caption whatever words the source is in;
    a site's "Previous Post — Summer dresses" under no quotation is not."""
    result = parse_bytes(FIGURE_MD.encode(), "page.md", "markdown")
    assert result.data["quotes"] == [
        {
            "text": "Un musée ne vend pas des billets, il vend un après-midi.",
            "speaker": "Ada Stone",
            "context": "Sur la billetterie",
        },
        {
            "text": "Wenn die Kasse nicht funktioniert, funktioniert das Museum nicht.",
            "speaker": "Jürgen Vogel",
            "context": "Museumsdirektor, zitiert im Gespräch",
        },
    ]


BADGES_MD = """\
# Ada Stone

CEO at Example Co

Ada Stone runs Example Co in Leeds, where she leads the platform teams.

### Topics:

{badges}

### Summary

Ada Stone on settlement and on-call culture at Example Co.
"""


def test_badges_kept_as_raw_html_or_pandoc_spans_are_one_chip_each() -> None:
    """A React card's badges (``<span class="badge">``) as pandoc keeps them: raw HTML in gfm
    (side by side, or touching), bracketed spans in its own Markdown. Each element is a chip,
    as the HTML reader reads them: no boundary to guess."""
    rows = (
        '<span class="badge">settlement</span> <span class="badge">fraud</span>\n'
        '<span class="badge">hiring in\nLagos</span> <span\nclass="badge">\\#engineering</span>',
        '<span class="chip">settlement</span><span class="chip">fraud</span><span\n'
        'class="chip">hiring in\nLagos</span><span class="chip">\\#engineering</span>',
        "[settlement]{.badge} [fraud]{.badge} [hiring\nin Lagos]{.badge} [#engineering]{.badge}",
    )
    for row in rows:
        result = parse_bytes(BADGES_MD.format(badges=row).encode(), "page.md", "markdown")
        assert result.data["themes"] == ["settlement", "fraud", "hiring in Lagos", "#engineering"]
        assert [f.code for f in result.findings if f.code.startswith("themes")] == []


def test_styled_runs_of_prose_stay_one_paragraph() -> None:
    """Prose split into styled runs (a word processor's spans) changes class between runs,
    and a run is a sentence: no chips there."""
    row = '<span class="c1">Ada Stone runs Example Co.</span> <span class="c1">She hires.</span>'
    md = BADGES_MD.format(badges="- a\n- b").replace(
        "Ada Stone on settlement and on-call culture at Example Co.", row
    )
    result = parse_bytes(md.encode(), "page.md", "markdown")
    assert result.data["summary"] == "Ada Stone runs Example Co. She hires."


def test_word_processor_paragraphs_of_one_class_are_not_a_chip_row() -> None:
    """Google Docs through pandoc's gfm: every paragraph one ``<span class="c1">``, blank lines
    between; each stays its own line (the dimensions here), not chips of one row."""
    spans = "\n\n".join(
        f'<span class="c1">{line}</span>' for line in ("Strategic Vision 85%", "Execution 90%")
    )
    md = BADGES_MD.format(badges="- a\n- b").replace(
        "### Topics:", f"### Scores\n\n{spans}\n\n### Topics:"
    )
    result = parse_bytes(md.encode(), "page.md", "markdown")
    assert result.data["dimensions"] == [
        {"name": "Strategic Vision", "score": 85},
        {"name": "Execution", "score": 90},
    ]


COPIED_TABS = """\
Staff Directory Search
Siobhán O'Brien-Fitzgerald

VP, Product — Lantern Health

OverviewScoresInsightsQuotes
About

Leads product at Lantern Health, a telehealth company for rural clinics in Ireland.

Episode Summary

Siobhán O'Brien-Fitzgerald explains how Lantern Health piloted in rural clinics.

Key Themes

rural clinics, telehealth
"""


def test_tab_labels_copied_as_one_token_are_no_headline() -> None:
    """A browser's copy of a tabbed profile joins the tab bar's labels into one token: never
    a headline, so the line above the real headline is not taken for the name."""
    data = _parse(COPIED_TABS, "page.txt", "text")
    assert (data["name"], data["headline"]) == (
        "Siobhán O'Brien-Fitzgerald",
        "VP, Product — Lantern Health",
    )


NAVIGATION_UNDER_QUOTES_MD = """\
# Thandiwe

Chief of Staff at Acme Studios

Thandiwe runs the planning rhythm at Acme Studios in Cape Town.

## Key Themes

- planning

## Key Quotes

> My job is to make the second-best idea wait a quarter.

Thandiwe — On saying no

> Ship the boring version first.

Next — On hiring well

> A calendar is a strategy.
"""


def test_one_word_before_on_is_a_speaker_only_when_the_profile_names_it() -> None:
    """ "Word — On ..." under a block quote: the leader's one name is the speaker; a site's
    "Next — On hiring well" (any capitalised word reads so) is no caption of the quote above."""
    result = parse_bytes(NAVIGATION_UNDER_QUOTES_MD.encode(), "page.md", "markdown")
    assert result.data["quotes"] == [
        {
            "text": "My job is to make the second-best idea wait a quarter.",
            "speaker": "Thandiwe",
            "context": "On saying no",
        },
        {"text": "Ship the boring version first.", "speaker": "Thandiwe", "context": None},
        {"text": "A calendar is a strategy.", "speaker": "Thandiwe", "context": None},
    ]
    assert any(f.code == "site-chrome" and f.line == 19 for f in result.findings)


QUOTED_PARAGRAPHS_MD = """\
# Ada Stone

CEO at Example Co

Ada Stone runs Example Co in Leeds, where she leads the platform teams.

## Key Themes

- hiring

## Notable Quotes

"Hire for slope, not intercept."

— On hiring

"Ship the boring version first."

Next Post — Summer Dresses

Previous Episode — Scaling Teams
"""


def test_name_dash_any_words_under_a_quoted_paragraph_is_site_navigation() -> None:
    """ "Name — any words" is a caption only under block-quote markup (``>``, <blockquote>);
    under a paragraph that merely opens with a quote mark it is also a site's "Next Post —
    Summer Dresses", in Markdown and in text alike."""
    for fmt, path in (("markdown", "page.md"), ("text", "page.txt")):
        text = QUOTED_PARAGRAPHS_MD
        if fmt == "text":
            text = text.replace("## ", "").replace("# ", "").replace("- hiring", "hiring")
        result = parse_bytes(text.encode(), path, fmt)  # type: ignore[arg-type]
        assert result.data["quotes"] == [
            {
                "text": "Hire for slope, not intercept.",
                "speaker": "Ada Stone",
                "context": "On hiring",
            },
            {"text": "Ship the boring version first.", "speaker": "Ada Stone", "context": None},
        ], fmt
        assert [(f.code, f.line) for f in result.findings if f.line and f.line >= 19] == [
            ("site-chrome", 19)
        ], fmt


def test_name_dash_source_under_an_html_blockquote_is_its_caption() -> None:
    """A ``<p>`` caption right under a ``<blockquote>`` names its speaker and source in any
    words, as under Markdown's ``>``."""
    html = (
        "<h1>Ada Stone</h1><p>CEO at Example Co</p><p>Ada Stone runs Example Co in Lyon.</p>"
        "<h2>Key Themes</h2><ul><li>ticketing</li></ul><h2>Notable Quotes</h2><blockquote><p>"
        "Wenn die Kasse nicht funktioniert, funktioniert das Museum nicht.</p></blockquote>"
        "<p>Jürgen Vogel — Museumsdirektor, zitiert im Gespräch</p>"
    )
    assert _parse(html, "page.html")["quotes"] == [
        {
            "text": "Wenn die Kasse nicht funktioniert, funktioniert das Museum nicht.",
            "speaker": "Jürgen Vogel",
            "context": "Museumsdirektor, zitiert im Gespräch",
        }
    ]


def test_styled_words_inside_a_sentence_are_no_chip_row() -> None:
    """Elements of one class side by side inside a sentence (small caps, say) are words of
    the sentence: no separator is set between them. A row is chips only when it is the whole
    text of its paragraph, list item or cell."""
    row = '<span class="smallcaps">NASA</span> <span class="smallcaps">JPL</span>'
    for bio in (
        f"Ada Stone worked at {row} for ten years before she founded Example Co.",
        f"Ada Stone worked at\n{row}\nfor ten years before she founded Example Co.",
        f"{row} hired Ada Stone for ten years before she founded Example Co.",
    ):
        md = BADGES_MD.replace(
            "Ada Stone runs Example Co in Leeds, where she leads the platform teams.", bio
        ).format(badges=f"-   {row.replace('smallcaps', 'badge')}")
        data = _parse(md, "page.md", "markdown")
        assert data["bio"] == bio.replace(row, "NASA JPL").replace("\n", " ")
        assert data["themes"] == ["NASA", "JPL"]  # a list item's whole text: chips


def test_a_tagline_above_an_about_section_stays_the_bios_flagged() -> None:
    """Only a tab bar's labels between the headline and an "About" section are site chrome
    (a token of labels run together, a row set apart, two or more label lines); a tagline
    there is the profile's own words: joined into the bio, flagged as the bio given twice."""
    about = (
        "Head of Platform at Tidewater Bank in Halifax, responsible for the internal developer "
        "platform."
    )
    result = parse_bytes(
        TABBED_MD.format(tabs="Calm teams, shipped weekly").encode(), "page.md", "markdown"
    )
    assert result.data["bio"] == f"Calm teams, shipped weekly\n\n{about}"
    assert [(f.code, f.line) for f in result.findings if f.field == "bio" or f.line == 5] == [
        ("section-duplicate", 7)
    ]
    for tabs in ("Overview\n\nCareer\n\nPress", "Overview | Career | Press"):
        result = parse_bytes(TABBED_MD.format(tabs=tabs).encode(), "page.md", "markdown")
        assert result.data["bio"] == about, tabs
        assert "section-duplicate" not in [f.code for f in result.findings], tabs


def test_names_written_in_camel_case_are_one_chip_unflagged() -> None:
    """A capital or a number inside a name ("DevOps", "iOS", "web3") is no sign of chips run
    together; a lower-case word run into a capital or a number is, in any script with case
    ("strategiąB2B", "продуктB2B")."""
    for line in ("DevOps", "GitHub Actions", "iOS", "McKinsey", "web3", "i18n", "python3.11"):
        assert _theme_flags(line) == [], line
    for line in ("strategiąB2B", "продуктB2B", "hiring0→1"):
        assert _theme_flags(line) == ["themes-segmented"], line


WRAPPED_ADDRESS_MD = """\
# Ada Stone

CEO at Example Co

Ada Stone runs Example Co in Leeds, where she leads the platform
teams and writes about them at https://example.com/notes/
weekly; before that she ran the data team at a bank for eight
years, and she still advises two startups on their hiring.

## Key Themes

- hiring

## Episode Summary

Ada Stone on hiring at Example Co, and why she writes it all down.
"""


def test_a_line_wrapped_after_an_address_ending_in_a_slash_keeps_its_space() -> None:
    """A wrapped line that ends with a web address ending in "/" broke at the space after it:
    the next word is not glued to the address (a slash inside a token, "CAC/" / "LTV", is)."""
    from extractor.read.reflow import join_wrapped

    for address in ("https://example.com/", "www.example.com/", "docs.python.org/3/"):
        assert join_wrapped(f"read {address}", "weekly") == f"read {address} weekly"
    assert _parse(WRAPPED_ADDRESS_MD, "page.md", "markdown")["bio"] == (
        "Ada Stone runs Example Co in Leeds, where she leads the platform teams and writes "
        "about them at https://example.com/notes/ weekly; before that she ran the data team at "
        "a bank for eight years, and she still advises two startups on their hiring."
    )
