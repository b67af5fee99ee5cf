"""Testimonial cards that set who spoke ABOVE the words: an avatar, the person's name, perhaps
who they are or on what, then the quotation in its marks, card after card. Read as captions
under the quotations, each quote took the next card's name, and the first name became a quote
of its own, with nothing to say so. The order shows at the section's ends (a caption before the
first quotation, none after the last); where captions stand at both ends it cannot be told, and
a warning says so."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

HEAD = """<html><body><header><a>Courses</a> <a>Log in</a></header><main>
<h1>Mara Quillfeather</h1><p>Chief Executive Officer at Lantern Mills</p>
<h2>About</h2><p>Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the
hill country, and sells its yarn to knitters and weavers in twelve countries.</p>
<h2>Key Themes</h2><ul><li>wool</li><li>cooperatives</li><li>rural trade</li></ul>
<h2>Notable Quotes</h2>
"""

FOOT = """<section class="logos"><h2>Trusted by teams at</h2><ul><li>Fernway</li>
<li>Oxbow Labs</li></ul></section><footer><p>© 2026 Courses Inc.</p></footer></main>
</body></html>"""


def _card(name: str, line: str | None, words: str) -> str:
    second = f'<div class="role">{line}</div>' if line else ""
    return (
        f'<div class="card"><img src="a.png" alt=""><div class="who"><strong>{name}</strong>'
        f'</div>{second}<p class="words">\u201c{words}\u201d</p></div>'
    )


CARDS = (
    HEAD
    + _card("Mara Quillfeather", "On pricing", "Slow yarn sells itself.")
    + _card("Tobias Wren", "cooperative treasurer", "She answered every letter by hand.")
    + _card("Mara Quillfeather", None, "A fleece tells you how the winter went.")
    + FOOT
)

WANT = [
    {"text": "Slow yarn sells itself.", "speaker": "Mara Quillfeather", "context": "On pricing"},
    {
        "text": "She answered every letter by hand.",
        "speaker": "Tobias Wren",
        "context": "cooperative treasurer",
    },
    {
        "text": "A fleece tells you how the winter went.",
        "speaker": "Mara Quillfeather",
        "context": None,
    },
]


def _record(page: str, name: str = "page.html") -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode(), name).record)


def _as_text(page: str) -> str:
    """The page as a browser's select-all copy gives it: one line per block, a blank line
    between the cards (and none for the avatar)."""
    lines = [
        "Courses Log in",
        "Mara Quillfeather",
        "Chief Executive Officer at Lantern Mills",
        "About",
        "Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill "
        "country, and sells its yarn to knitters and weavers in twelve countries.",
        "Key Themes",
        "wool\ncooperatives\nrural trade",
        "Notable Quotes",
    ]
    for quote in WANT:
        caption = [quote["speaker"]] + ([quote["context"]] if quote["context"] else [])
        lines.append("\n".join(caption))
        lines.append(f"\u201c{quote['text']}\u201d")
    lines += ["Trusted by teams at", "Fernway\nOxbow Labs", "© 2026 Courses Inc."]
    assert page  # (the HTML the text stands for)
    return "\n\n".join(lines) + "\n"


def test_captions_above_their_quotations_pair_with_them() -> None:
    """Before: the first name was a quote ("Mara Quillfeather"), "Slow yarn sells itself."
    went to Tobias Wren, and the last quote to the leader with no context, with no warning."""
    assert _record(CARDS)["quotes"] == WANT


def test_captions_above_in_copied_text() -> None:
    """The same cards as text: the name alone between two quotations is part of the quotes."""
    record = _record(_as_text(CARDS), "page.txt")
    assert record["quotes"] == WANT
    assert not any(d["field"] == "quotes" for d in record["diagnostics"])


def test_markdown_with_an_avatar_between_the_cards() -> None:
    """html2text's output: an image line between the cards puts the name three lines under the
    quotation above it, further than a caption under its words stands."""
    cards = []
    for quote in WANT:
        context = f"\n\n{quote['context']}" if quote["context"] else ""
        cards.append(
            f"![](a.png)\n\n**{quote['speaker']}**{context}\n\n\u201c{quote['text']}\u201d\n"
        )
    page = (
        "# Mara Quillfeather\n\nChief Executive Officer at Lantern Mills\n\n## About\n\n"
        "Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill "
        "country.\n\n## Key Themes\n\n  * wool\n  * cooperatives\n\n## Notable Quotes\n\n"
        + "\n".join(cards)
        + "\nTrusted by teams at\n\n  * Fernway\n  * Oxbow Labs\n"
    )
    assert _record(page, "page.md")["quotes"] == WANT


def test_captions_under_their_quotations_are_read_as_before() -> None:
    """Nothing before the first quotation: the captions stand under their words."""
    page = (
        HEAD
        + "<blockquote><p>\u201cSlow yarn sells itself.\u201d</p></blockquote>"
        + "<p>On pricing</p>"
        + "<blockquote><p>\u201cShe answered every letter by hand.\u201d</p></blockquote>"
        + "<p>Tobias Wren, cooperative treasurer</p>"
        + FOOT
    )
    record = _record(page)
    assert record["quotes"] == WANT[:2]
    assert not any(d["code"] == "quote-order-doubtful" for d in record["diagnostics"])


def test_captions_at_both_ends_are_flagged() -> None:
    """A name before the first quotation and another after the last: which quote each names
    cannot be told, and a warning on the quotes says so."""
    page = (
        HEAD
        + "<p>Tobias Wren</p>\n<p>\u201cSlow yarn sells itself.\u201d</p>\n"
        + "<p>Ilse Marsh</p>\n<p>\u201cShe answered every letter by hand.\u201d</p>\n"
        + "<p>Mara Quillfeather</p>\n"
        + FOOT
    )
    record = _record(page)
    assert any(
        d["code"] == "quote-order-doubtful" and d["field"] == "quotes" and d["line"]
        for d in record["diagnostics"]
    )
