"""pandoc (gfm) breaks a raw HTML tag over lines; the text after a tag that opened after text
on its line goes on at that line's indent (it was read as an indented block, far right)."""

from __future__ import annotations

from extractor.read.mdinline import remove_html


def test_tag_opened_after_text_continues_at_the_line_indent() -> None:
    text = (
        "-   <div>\n"
        "\n"
        '    <span aria-hidden="true">First words of a quote</span><span\n'
        '    class="visually-hidden">First words of a quote</span>\n'
    )
    lines = remove_html(text).split("\n")
    assert lines[3].startswith("    First words")
    assert lines[3] == "    First words of a quote"


def test_tag_at_an_item_start_keeps_its_column() -> None:
    """'-   <img …' over two lines: the item's text stands at the tag's column (as before)."""
    text = '-   <img src="a.png"\n    alt="x" />Never ship on Fridays\n'
    lines = remove_html(text).split("\n")
    assert lines[1] == "    Never ship on Fridays"


def test_fenced_div_items_with_spans_stay_items() -> None:
    """pandoc's Markdown of a list whose entries are divs ("-   ::: t-bold", the text in a
    span on the next line): every entry is an item, none a paragraph "- Fundraising"."""
    from extractor.read.markdown import read_markdown

    entry = "-   ::: t-bold\n    [{0}]{{.visually-hidden}}\n    :::\n\n"
    score = "    ::: {{.t-14 .t-normal}}\n    [{0}]{{.visually-hidden}}\n    :::\n\n"
    text = "".join(
        entry.format(n) + score.format(s) for n, s in [("Focus", "95%"), ("Hiring", "68%")]
    )
    blocks = read_markdown(text)
    assert [(b.kind.value, b.text) for b in blocks if b.text in ("Focus", "Hiring")] == [
        ("item", "Focus"),
        ("item", "Hiring"),
    ]
