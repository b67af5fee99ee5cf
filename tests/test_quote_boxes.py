"""Quote cards set as two text boxes (a site builder's): the words wholly in quotation marks
in one box, the caption in the next with no dash. A caption between two such quotations is
the one above's, whatever it says ("Harbour Days 2024"): before, one that named no one was
set aside as the site's, silently. And a caption under the last quotation, cut from the
profile with the site's closing line, is named on the quotes even where the boxes' markup
(``</div>`` lines kept by a Markdown converter) stands between the two."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

HEAD = (
    "# Ada Stone\n\nChief Executive Officer at Tidewater Ferries\n\n"
    "Ada Stone runs a ferry company of nine boats on the Solent and rebuilt its timetable "
    "around the tides.\n\n"
    "## Dimension Profile\n\n- Crew Planning: 91\n- Safety Culture: 88\n- Public Speaking: 40\n\n"
    "## Key Themes\n\n- ferries\n- tides\n- crew rosters\n\n"
    "## Notable Quotes\n\n"
)


_BOX = '<div class="box">\n\n<div>\n\n<span>{}</span>\n\n</div>\n\n</div>\n\n'


def test_a_caption_between_two_quotations_in_marks() -> None:
    """The first quotation wraps (a converter's line width): a paragraph in marks."""
    page = HEAD + (
        _BOX.format("*\u201cThe tide keeps the timetable, and the\ntimetable keeps us.\u201d*")
        + _BOX.format("Harbour Days 2024")
        + _BOX.format("*\u201cA crew that sleeps sails well.\u201d*")
        + _BOX.format("Bo Lind, chief engineer at Tidewater Ferries")
        + _BOX.format("*\u201cSail the timetable you can crew.\u201d*")
        + _BOX.format("On rosters")
    )
    quotes = parse_bytes(page.encode(), "page.md", "markdown").data["quotes"]
    assert quotes[0]["context"] == "Harbour Days 2024"
    assert quotes[1]["speaker"] == "Bo Lind"


BOXED_LAST = HEAD + (
    "\u201cThe tide keeps the timetable.\u201d\n\n"
    '</div>\n\n</div>\n\n<div class="box">\n\n<div>\n\n'
    "<span>Harbour Days 2024</span>\n\n</div>\n\n</div>\n\n"
    "Booking closes on 10 April. Book your place.\n\n"
    "Site builder\n\nReport abuse\n"
)


def test_a_caption_cut_below_the_last_boxed_quotation_is_named() -> None:
    data = parse_bytes(BOXED_LAST.encode(), "page.md", "markdown").data
    if data["quotes"][-1]["context"] == "Harbour Days 2024":
        return  # read as the caption: nothing to name
    assert any(
        d["code"] == "section-line-doubtful" and d["field"] == "quotes" for d in data["diagnostics"]
    )
