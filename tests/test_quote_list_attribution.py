"""A site that sets each quote and its attribution as two entries of one list ("“Words.”",
"— On hiring"): the dashed entry is the quote's attribution, not a stray line."""

from __future__ import annotations

from extractor.pipeline import parse_bytes


def test_dashed_list_entry_under_a_quote_is_its_attribution() -> None:
    items = "".join(
        f"<li><div>\u201c{q}\u201d</div></li><li><div>\u2014 {c}</div></li>"
        for q, c in [
            ("Ship small changes every week, never on a Friday.", "On pace"),
            ("Hire slowly and explain every no you give.", "On hiring"),
        ]
    )
    page = (
        "<html><body><main><h1>Ada Stone</h1><p>Founder at Example Co</p>"
        "<p>Ada Stone founded Example Co to build tools for hiring and pricing.</p>"
        "<h2>Dimension Profile</h2><p>Strategic Vision 95%</p><p>Hiring 70%</p>"
        "<h2>Key Themes</h2><ul><li>hiring</li><li>pricing</li></ul>"
        f"<h2>Notable Quotes</h2><ul>{items}</ul></main></body></html>"
    )
    got = parse_bytes(page.encode(), "p.html", "html").data
    assert [(q["text"], q["context"]) for q in got["quotes"]] == [
        ("Ship small changes every week, never on a Friday.", "On pace"),
        ("Hire slowly and explain every no you give.", "On hiring"),
    ]
