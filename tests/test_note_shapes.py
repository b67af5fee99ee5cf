"""A note written in a notes app (Obsidian-like Markdown): callouts ("> [!quote]", "> [!info]
Title", GitHub's "> [!NOTE]"), tags set as inline code, scores as inline fields ("Name :: 95")."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

_NOTE = """# Ada Stone

> [!info] Founder at Example Co

Ada Stone founded Example Co to build tools for hiring and pricing.

## Scores

- Strategic Vision :: 95
- Hiring :: 70
- Pricing :: 64

## Themes

`hiring` `open source` `pricing`

## Summary

Ada Stone talks about hiring, pricing and open source.

## Quotes

> [!quote]
> Ship small changes every week, and never on a Friday.
> — *On pace*
"""


def test_callouts_inline_fields_and_code_tags() -> None:
    got = parse_bytes(_NOTE.encode(), "note.md", "markdown").data
    assert got["headline"] == "Founder at Example Co"
    assert [(d["name"], d["score"]) for d in got["dimensions"]] == [
        ("Strategic Vision", 95),
        ("Hiring", 70),
        ("Pricing", 64),
    ]
    assert got["themes"] == ["hiring", "open source", "pricing"]
    assert [(q["text"], q["context"]) for q in got["quotes"]] == [
        ("Ship small changes every week, and never on a Friday.", "On pace")
    ]


def test_a_callout_marker_is_no_text() -> None:
    from extractor.read.markdown import read_markdown

    texts = [b.text for b in read_markdown("> [!NOTE]\n> Useful words here.\n")]
    assert texts == ["Useful words here."]


def test_a_quote_callouts_title_is_its_attribution() -> None:
    """``> [!quote] On hiring`` over the quotation: the title says on what (or whose) the words
    are, as an attribution under a quote does; it was read as the quotation's first words
    ("On hiring \\"Hire slowly...\\""), with no finding."""
    note = _NOTE.replace(
        "> [!quote]\n> Ship small changes every week, and never on a Friday.\n> — *On pace*\n",
        '> [!quote] On hiring\n> "Hire slowly and explain every no."\n\n'
        "> [!quote] Marc Lin, 2024\n> Ship small changes every week.\n",
    )
    result = parse_bytes(note.encode(), "note.md", "markdown")
    assert [(q["text"], q["speaker"], q["context"]) for q in result.data["quotes"]] == [
        ("Hire slowly and explain every no.", "Ada Stone", "On hiring"),
        # Words and only a year read as an occasion ("Tirana Tech Days, 2025"): the leader
        # speaks, with a warning, since a person's name and a year read the same.
        ("Ship small changes every week.", "Ada Stone", "Marc Lin, 2024"),
    ]
    assert "quote-attribution-occasion" in [f.code for f in result.findings]
    lines = {i for i, line in enumerate(note.split("\n"), 1) if line.strip()}
    assert lines <= set(result.accounted)
