"""The quotes section's end where the items' shape changes: every quotation set in quote
marks, then lines without them (an organiser's closing line, a FAQ's question and answer, read
on because nothing set apart where the quotes end, and the profile's sections go on below).
They are the site's: reported, not taken."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses.

Dimension Profile

Strategic Vision: 95%

Notable Quotes

“Nobody remembers a fast payment.”
– On refund speed

“Ship the boring version first.”
{tail}
Key Themes

- warehouse robots
- logistics
"""


def quotes(tail: str) -> list[dict[str, object]]:
    data = parse_bytes(PAGE.format(tail=tail).encode(), "page.txt", "text").data
    return list(data["quotes"])


def test_a_closing_sentence_and_a_faq_after_the_quotes_are_no_quotes() -> None:
    tail = (
        "\nDoors open at six and the talk will be streamed for members.\n\n"
        "Will the session be recorded?\n\nYes. Members get the recording within a week.\n"
    )
    assert [q["text"] for q in quotes(tail)] == [
        "Nobody remembers a fast payment.",
        "Ship the boring version first.",
    ]


def test_a_caption_under_the_last_quotation_is_kept() -> None:
    got = quotes("\nGrace Mutua, her cofounder\n")
    assert (got[-1]["speaker"], got[-1]["context"]) == ("Grace Mutua", "her cofounder")


def test_a_sentence_under_a_quotation_without_marks_elsewhere_is_kept() -> None:
    page = PAGE.replace("“Nobody remembers a fast payment.”", "Nobody remembers a payment.")
    data = parse_bytes(
        page.format(tail="\nDoors open at six and the talk will be streamed.\n").encode(),
        "page.txt",
        "text",
    ).data
    assert len(data["quotes"]) == 3
