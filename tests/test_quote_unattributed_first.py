"""A quotes section whose first quotation has no attribution (the leader's own words), the
others each over their "— who" line, all set without marks (a browser's copy of block
quotes). Before, the line right under the title fitted no quotation's shape, so the profile
was cut above the title and every quote was set aside as the site's."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """Wilhelmina Osei-Brandt

Harbour Master at Port of Kalvøy

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet
and two salmon farms share one breakwater.

Dimension Profile

Seamanship: 91
Port Operations: 84
Community Trust: 77

Key Themes

  • harbours
  • fisheries

Notable Quotes

A harbour is a promise that the weather keeps testing.

She knows every skipper's boat by the sound of its engine.

– Jon Hauge, ferry captain

We publish the tides a year ahead because the sea does not wait.

– On planning
"""


def test_first_quote_without_attribution_keeps_the_section() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert [(q["text"][:9], q["speaker"]) for q in data["quotes"]] == [
        ("A harbour", "Wilhelmina Osei-Brandt"),
        ("She knows", "Jon Hauge"),
        ("We publis", "Wilhelmina Osei-Brandt"),
    ]


def test_first_quote_without_attribution_is_said_to_be_a_guess() -> None:
    """The first line may be the site's lead-in as well as the leader's words: a warning at
    that line names the quotes (honest when unsure), and the quotes after it raise none."""
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    guessed = [d for d in data["diagnostics"] if d["code"] == "quote-first-guessed"]
    assert len(guessed) == 1
    assert guessed[0]["severity"] == "warning" and guessed[0]["field"] == "quotes"
    assert guessed[0]["line"] == PAGE.splitlines().index("Notable Quotes") + 3


def test_first_quote_with_its_attribution_is_no_guess() -> None:
    page = PAGE.replace(
        "A harbour is a promise that the weather keeps testing.\n",
        "A harbour is a promise that the weather keeps testing.\n\n– On Kalvøy\n",
    )
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert [q["text"][:9] for q in data["quotes"]] == ["A harbour", "She knows", "We publis"]
    assert not [d for d in data["diagnostics"] if d["code"] == "quote-first-guessed"]
