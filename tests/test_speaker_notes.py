"""A slide deck saved after it ran (reveal.js, impress.js) keeps the presenter's notes in each
slide as ``<aside class="notes">`` (a print view: ``class="speaker-notes"``), hidden by the
deck's stylesheet. They are cues for the speaker, not what the page shows its readers: before,
they were read into the bio around the leader's own paragraphs."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

DECK = """<!DOCTYPE html><html><head><style>.reveal aside.notes{{display:none}}</style></head>
<body><div class="reveal"><div class="slides">
<section><h1>Ottilie Brandvold</h1><h3>Harbour Master at Port of Kalvøy</h3>
{note_a}</section>
<section><h2>About</h2><p>Ottilie Brandvold runs the small harbour of Kalvøy, where the ferry,
the fishing fleet and two salmon farms share one breakwater.</p>{note_b}</section>
<section><h2>Key Themes</h2><ul><li>harbours</li><li>fisheries</li><li>ferries</li></ul>
</section>
<section><h2>Leadership Principles</h2><ul><li>Tie up the ferry first</li>
<li>Walk the quay every morning</li></ul></section>
</div></div></body></html>"""

BIO = (
    "Ottilie Brandvold runs the small harbour of Kalvøy, where the ferry, the fishing fleet "
    "and two salmon farms share one breakwater."
)


@pytest.mark.parametrize(
    "notes",
    [
        '<aside class="notes">{}</aside>',
        '<div class="speaker-notes">{}</div>',
    ],
)
def test_speaker_notes_are_not_the_bio(notes: str) -> None:
    page = DECK.format(
        note_a=notes.format("Thank the hosts. Ask who has sailed in."),
        note_b=notes.format("Keep this short."),
    )
    data = parse_bytes(page.encode(), "deck.html").data
    assert data["name"] == "Ottilie Brandvold"
    assert data["bio"] == BIO


def test_a_notes_section_of_the_page_is_kept() -> None:
    """``notes`` on an element other than an aside may be the page's own notes: kept."""
    page = DECK.format(note_a="", note_b='<div class="notes">She also chairs the pilots.</div>')
    data = parse_bytes(page.encode(), "deck.html").data
    assert "She also chairs the pilots." in str(data["bio"])
