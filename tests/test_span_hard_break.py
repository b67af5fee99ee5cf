"""Pandoc's Markdown of a ``<br>`` inside a ``<span>`` (Word's "Save as Web Page" wraps every
run of text in one, with its ``lang`` and ``style``): the span opens on one line, a hard break
(``\\``) ends it, and the span closes on the next line with its attributes. The two lines are
parted by the break; before, the first kept the bracket and the second the attributes as text
(``]{lang="EN-GB" style="…"}``), read into the bio."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.read.markdown import read_markdown

PAGE = """[Wendeline Okafor-Strand]{lang="EN-GB"}

[Chief Executive at Brackwater Rowing Trust]{lang="EN-GB"}

[\\
]{lang="EN-GB"
style="font-size:11.0pt;line-height:107%;font-family:\\"Calibri\\",sans-serif"}

# [Biography]{lang="EN-GB"}

[Wendeline Okafor-Strand runs a rowing trust that teaches four hundred children a year to
row on the tidal river.]{lang="EN-GB"}

# [Key Themes]{lang="EN-GB"}

-   [rowing]{lang="EN-GB"}
-   [youth sport]{lang="EN-GB"}
-   [rivers]{lang="EN-GB"}
"""


def test_a_span_parted_by_a_hard_break_leaves_no_attributes() -> None:
    data = parse_bytes(PAGE.encode(), "page.md", "markdown").data
    assert data["name"] == "Wendeline Okafor-Strand"
    assert data["bio"] == (
        "Wendeline Okafor-Strand runs a rowing trust that teaches four hundred children a year "
        "to row on the tidal river."
    )


def test_each_half_of_a_parted_span_is_its_own_line() -> None:
    page = 'Intro.\n\n[Jane Doe\\\nChief Executive at Acme]{lang="EN-GB"}\n\nMore.\n'
    assert [b.text for b in read_markdown(page)] == [
        "Intro.",
        "Jane Doe",
        "Chief Executive at Acme",
        "More.",
    ]


def test_brackets_closed_by_no_span_stay_as_written() -> None:
    """Brackets a hard break parts that close no span nor link (a "[sic]", a bracketed aside)
    are the text's: the halves keep them as written, none added."""
    page = "Intro.\n\nShe said the trust [had\\\nnine] boats.\n\nMore.\n"
    assert [b.text for b in read_markdown(page)] == [
        "Intro.",
        "She said the trust [had",
        "nine] boats.",
        "More.",
    ]
