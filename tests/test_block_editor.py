"""A block editor's page (WordPress's, saved or copied while editing): every block carries a
toolbar of buttons ("Paragraph ↑ ↓ ≡ B I 🔗 ⋮") that is no content, and a quote block sets
its attribution in a <cite> after the quotation's paragraph."""

from __future__ import annotations

from extractor.parsing.chrome import is_chrome
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

_TOOLBAR = (
    '<div role="toolbar" aria-label="Block tools"><button>{kind}</button><button>↑</button>'
    "<button>↓</button><button>≡</button><button>B</button><button>I</button>"
    "<button>🔗</button><button>⋮</button></div>"
)


def _block(kind: str, html: str) -> str:
    return f'<div class="wp-block">{_TOOLBAR.format(kind=kind)}{html}</div>'


PAGE = (
    "<html><body><h1>Ada Stone</h1>"
    + _block("Paragraph", "<p><strong>CEO at Acme Labs</strong></p>")
    + _block("Heading", "<h2>About</h2>")
    + _block("Paragraph", "<p>Ada Stone runs Acme Labs, a maker of small warehouse robots.</p>")
    + _block("Heading", "<h2>Dimension Profile</h2>")
    + _block("List", "<ul><li>Strategic Vision: 95%</li><li>Hiring: 70%</li></ul>")
    + _block("Heading", "<h2>Themes</h2>")
    + _block("List", "<ul><li>robots</li><li>warehouses</li></ul>")
    + _block("Heading", "<h2>Notable Quotes</h2>")
    + _block(
        "Quote",
        "<blockquote><p>Ship the boring version first.</p>"
        "<cite>Grace Mutua, her cofounder</cite></blockquote>",
    )
    + "</body></html>"
)


def test_toolbars_are_no_content_and_the_cite_is_the_attribution() -> None:
    got = record_dict(parse_bytes(PAGE.encode(), "page.html").record)
    assert got["name"] == "Ada Stone"
    assert got["themes"] == ["robots", "warehouses"]
    assert [(q["text"], q["speaker"], q["context"]) for q in got["quotes"]] == [
        ("Ship the boring version first.", "Grace Mutua", "her cofounder")
    ]


TEXT = """Ada Stone

Paragraph↑↓≡BI🔗⋮

CEO at Acme Labs

Heading↑↓≡BI🔗⋮

About

Paragraph ↑ ↓ ≡ B I 🔗 ⋮

Ada Stone runs Acme Labs, a maker of small warehouse robots.

Heading↑↓≡BI🔗⋮

Themes

List↑↓≡BI🔗⋮

- robots
- warehouses
"""


def test_a_toolbar_read_as_a_line_is_chrome() -> None:
    got = record_dict(parse_bytes(TEXT.encode(), "page.txt").record)
    assert got["name"] == "Ada Stone"
    assert got["headline"] == "CEO at Acme Labs"
    assert got["themes"] == ["robots", "warehouses"]


def test_a_rating_or_a_sentence_is_no_toolbar() -> None:
    assert is_chrome("Heading ↑ ↓ ≡ B I 🔗 ⋮")
    assert is_chrome("Heading · ↑ · ↓ · ≡ · B · I")  # lynx's buttons, wrapped: the first line
    assert is_chrome("🔗 · ⋮")  # and the second
    assert not is_chrome("Rating ★★★★☆")
    assert not is_chrome(".NET/C#")  # ASCII's marks: a name's
    assert not is_chrome("┌──────────┬─────┐")  # a drawn table's border
    assert not is_chrome("Next steps: hire, ship, repeat.")


def test_a_toolbar_of_worded_buttons_under_a_heading_is_content() -> None:
    """ARIA's ``toolbar`` role groups controls, but a page may set its topics as toggle
    buttons in one ("logistics", "trade"): a toolbar with no icon among its buttons is kept for
    the text's rules to judge (dropped whole, the themes were lost and the quotes below set
    aside as chrome)."""
    page = (
        "<html><body><main><h1>Maria Lopez</h1><p>CEO at Acme Corp</p>"
        "<p>Maria Lopez leads Acme Corp, a logistics firm in Madrid.</p>"
        "<h2>Dimension Profile</h2><ul><li>Logistics: 91 out of 100</li>"
        "<li>Sales: 80 out of 100</li></ul>"
        '<h2>Key Themes</h2><div role="toolbar" aria-label="Themes">'
        "<button>logistics</button><button>trade</button></div>"
        "<h2>Quotes</h2><blockquote><p>Logistics is a promise kept.</p></blockquote>"
        "</main></body></html>"
    )
    got = record_dict(parse_bytes(page.encode(), "page.html").record)
    assert got["themes"] == ["logistics", "trade"]
    assert [q["text"] for q in got["quotes"]] == ["Logistics is a promise kept."]
