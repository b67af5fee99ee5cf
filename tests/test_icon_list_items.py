"""An icon list (a page builder's widget: each item an empty icon element, then the text's
element) that pandoc keeps as raw HTML in its Markdown, wrapping inside the text's tag:
``-   <span class="icon"></span><span`` over ``class="text">off-grid solar</span>``. Each
bullet stands alone once the tags go, its text on the line under it, and the line ends in two
spaces (a hard break). The first item read; every later lone bullet was taken for a table's
rule under broken lines and dropped, so its text became a paragraph and the themes ended at
the first chip. Made-up pages."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.markdown import read_markdown

CHIPS = ["post-harvest loss", "pay-as-you-store", "off-grid solar"]
ITEM = '-   <span class="list-icon"></span><span\n    class="list-text">{chip}</span>\n'
LIST = "".join(ITEM.format(chip=chip) for chip in CHIPS)


def test_every_icon_list_item_is_an_item() -> None:
    blocks = read_markdown("## Key Themes\n\n" + LIST + "\nNext paragraph.\n")
    items = [b.text for b in blocks if b.kind == "item"]
    assert items == CHIPS


def test_the_themes_hold_every_chip() -> None:
    page = (
        "# Ana Lukić\n\nChief Engineer at Dunav Locks\n\n"
        "Ana Lukić runs the lock crews on the middle Danube, from Novi Sad to Smederevo.\n\n"
        "## Dimension Profile\n\n- Strategic Vision 70%\n- Execution & Craft 85%\n\n"
        "## Key Themes\n\n" + LIST + "\n"
        "## Leadership Principles\n\n- Open the slowest gate first\n- Log every shift\n"
    )
    record = parse_bytes(page.encode("utf-8"), "p.md", "markdown").record
    assert list(record.themes) == CHIPS


def test_a_rule_under_broken_lines_is_still_no_heading() -> None:
    """A lone dash under cells a hard break ends (a table's rule) stays no content."""
    blocks = read_markdown("Name  \nScore  \n-\n\nNext paragraph.\n")
    assert all(b.text != "-" for b in blocks)
