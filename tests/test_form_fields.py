"""A gated download's form beside the profile's header, as converters write it: labels marked
required ("First name*"), the inputs drawn as boxes or left out, a select's label and its
options one per line ("Job function", "Please choose", "Finance", "Design"); above them the
box's title and a line on what the form is for, under them a privacy note and a consent
checkbox. Before, a select's option was taken for the leader's name and the next for the
headline, and the box's lines went into the bio."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

TOP = """Courses Log in

Mara Quillfeather
Chief Executive Officer at Lantern Mills

Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill country, and sells its yarn to knitters and weavers in twelve countries.

Download the guide

Fill in the form and we will send you the guide.

"""

NOTES = """
We respect your privacy.

I agree to receive emails from Courses Inc.
"""

BOTTOM = """
Dimension Profile
Strategic Vision: 88
Execution: 74

Key Themes
wool
cooperatives
rural trade

Leadership Principles
1. Pay the spinners before the bank
2. Sell slowly, to people who come back
"""

# As a browser's copy gives the form (Chromium's innerText): every field a line.
COPIED = """Given name*
Family name*
Email address*
Department
Please choose
Finance
Design
Sales
"""

# As a text browser draws it (w3m, lynx): boxes for the inputs.
DRAWN = """Given name*
[                    ]
Family name*
[                    ]
Email address*
____________________
Department
[Please choose]
"""


def _record(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode(), "page.txt").record)


def _check(form: str) -> None:
    record = _record(TOP + form + NOTES + BOTTOM)
    assert record["name"] == "Mara Quillfeather"
    assert record["headline"] == "Chief Executive Officer at Lantern Mills"
    # the box's title, its line above the fields and its notes under them: none is the bio's
    assert record["bio"] == (
        "Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill "
        "country, and sells its yarn to knitters and weavers in twelve countries."
    )
    assert record["themes"] == ["wool", "cooperatives", "rural trade"]
    assert any(
        d["code"] == "site-chrome" and "a form's box" in d["message"] for d in record["diagnostics"]
    )


def test_a_form_as_copied_from_a_browser_is_site_chrome() -> None:
    _check(COPIED)


def test_a_form_drawn_by_a_text_browser_is_site_chrome() -> None:
    _check(DRAWN)


def test_one_starred_line_is_no_form() -> None:
    """A footnote's asterisk on one line ("Revenue growth*") makes no form."""
    page = TOP + "Revenue growth*\nQuarterly\n" + BOTTOM
    assert not any("a form's box" in d["message"] for d in _record(page)["diagnostics"])


def test_the_bio_under_a_form_stays_the_bio() -> None:
    """A paragraph of the page's own under the fields (longer than a form's note) is not the
    form's: the fields alone are the site's, the bio under them stays."""
    bio = (
        "Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill "
        "country, and sells its yarn to knitters and weavers in twelve countries since 2009."
    )
    top = TOP.replace(
        "Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill "
        "country, and sells its yarn to knitters and weavers in twelve countries.\n\n",
        "",
    )
    record = _record(top + COPIED + "\n" + bio + "\n" + BOTTOM)
    assert record["name"] == "Mara Quillfeather"
    assert record["bio"] is not None and bio in record["bio"]


def test_a_section_right_under_the_fields_stays_the_profiles() -> None:
    """A newsletter's two fields right above a section whose title is short and in sentence
    case ("Key themes", "Quotes") and whose lines are too ("growth, pricing, hiring"): the form ends at the title. Before,
    the title and its entries passed for the form's labels and options, and a page whose
    sections all stood there was refused as no leader page."""
    page = (
        "Mara Quillfeather\nChief Executive Officer at Lantern Mills\n\n"
        "Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in the hill "
        "country. It sells its yarn to knitters and weavers in twelve countries.\n\n"
        "First name*\nEmail*\n\n"
        "Key themes\nwool, cooperatives, rural trade\n\n"
        "Quotes\n\u201cPay the spinners before the bank.\u201d \u2014 On money\n"
    )
    record = _record(page)
    assert record["name"] == "Mara Quillfeather"
    assert record["themes"] == ["wool", "cooperatives", "rural trade"]
    assert [q["text"] for q in record["quotes"]] == ["Pay the spinners before the bank."]
    assert any(
        d["code"] == "site-chrome" and "lines 6-7 (a form's box" in d["message"]
        for d in record["diagnostics"]
    )


def test_a_one_sentence_bio_over_the_fields_is_no_box_intro() -> None:
    """Name, headline and a one-sentence bio right over a form with no title of its own: the
    headline is title-shaped and the bio one short sentence, as a box's title and its line
    on the form are, but the bio names what the lines above it name. Before, both went
    with the form as site chrome and the record had no headline and no bio."""
    page = (
        "Mara Quillfeather\nChief Executive Officer at Lantern Mills\n\n"
        "Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners that sells "
        "yarn in twelve countries.\n\n" + COPIED + BOTTOM
    )
    record = _record(page)
    assert record["headline"] == "Chief Executive Officer at Lantern Mills"
    assert record["bio"] == (
        "Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners that sells "
        "yarn in twelve countries."
    )
    assert record["themes"] == ["wool", "cooperatives", "rural trade"]
