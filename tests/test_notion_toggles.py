"""A Notion page whose sections are toggles: each title a disclosure's summary, in a bulleted
toggle list, its content nested under it; the bio in a callout (an icon, then the text).

In HTML the title is a ``<summary>``; a text browser or converter gives it as a bullet item
("• Key Themes", "* Episode Summary", "-   Leadership Principles") with the content indented
under it, w3m marking a nested list's items "□". One fixture per shape.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

NAME = "Zhang Wei"
HEADLINE = "Head of Growth at Bamboo Ledger"
BIO = "Runs growth at Bamboo Ledger, an accounting app for small shops in Shenzhen."
CHIPS = ["referral loops", "pricing tests", "churn"]
SUMMARY = "Zhang Wei explains how Bamboo Ledger grew through referral loops."
PRINCIPLES = ["Every experiment needs a kill date", "Measure retention before acquisition"]


def toggle(title: str, body: str) -> str:
    return f'<ul class="toggle"><li><details open=""><summary>{title}</summary>{body}</details></li></ul>'


HTML = (
    f'<html><body><article class="page"><header><h1 class="page-title">{NAME}</h1></header>'
    f"<div class='page-body'><p><strong>{HEADLINE}</strong></p>"
    '<figure class="callout"><div><span class="icon">💡</span></div>'
    f"<div>{BIO}</div></figure>"
    + toggle(
        "Dimension Profile",
        "<table><tr><td>Strategic Vision</td><td>70%</td></tr>"
        "<tr><td>Execution &amp; Craft</td><td>85%</td></tr></table>",
    )
    + toggle("Key Themes", "<ul>" + "".join(f"<li>{c}</li>" for c in CHIPS) + "</ul>")
    + toggle("Episode Summary", f"<p>{SUMMARY}</p>")
    + toggle(
        "Leadership Principles", "<ol>" + "".join(f"<li>{p}</li>" for p in PRINCIPLES) + "</ol>"
    )
    + "</div></article></body></html>"
)


def check(record: dict[str, object]) -> None:
    assert record["name"] == NAME
    assert record["headline"] == HEADLINE
    assert record["bio"] == BIO
    assert record["dimensions"] == [
        {"name": "Strategic Vision", "score": 70},
        {"name": "Execution & Craft", "score": 85},
    ]
    assert record["themes"] == CHIPS
    assert record["summary"] == SUMMARY
    assert record["principles"] == PRINCIPLES


def test_html_toggle_summaries_title_the_sections() -> None:
    check(parse_bytes(HTML.encode(), "notion.html", "html").data)


# w3m -dump: the toggles' titles as "•" items, the chips of the nested list as "□" items.
W3M = f"""{NAME}

{HEADLINE}

💡
{BIO}

  • Dimension Profile

    Strategic Vision         70%
    Execution & Craft        85%

  • Key Themes
      □ referral loops
      □ pricing tests
      □ churn

  • Episode Summary

    {SUMMARY}

  • Leadership Principles
     1. {PRINCIPLES[0]}
     2. {PRINCIPLES[1]}
"""

# lynx -dump: the title's item, its content indented under it on the next line.
LYNX = f"""                              {NAME}

   {HEADLINE}
   💡
   {BIO}
     * Dimension Profile

       Strategic Vision        70%
       Execution & Craft       85%

     * Key Themes
          + referral loops
          + pricing tests
          + churn

     * Episode Summary
       {SUMMARY}

     * Leadership Principles
         1. {PRINCIPLES[0]}
         2. {PRINCIPLES[1]}
"""


def test_w3m_toggle_items_title_the_sections() -> None:
    check(parse_bytes(W3M.encode(), "notion.txt", "text").data)


def test_lynx_toggle_item_with_its_text_under_it() -> None:
    check(parse_bytes(LYNX.encode(), "notion.txt", "text").data)


def test_a_bulleted_item_that_is_no_title_stays_an_item() -> None:
    from extractor.parsing.sections import parser_for
    from extractor.read.blocks import Block, Kind

    assert parser_for(Block(Kind.ITEM, "Key Themes", 1, 1, marker="•")) is not None
    assert parser_for(Block(Kind.ITEM, "Ship small", 1, 1, marker="•")) is None
