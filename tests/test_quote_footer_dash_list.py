"""A site footer under the profile's last quote, as a Markdown converter writes it: a list of
links set with dashes ("-   [Terms](#)", "-   [Privacy](#)"). A dash entry may be an
attribution (a converter's list entry of its own under a quote), so before, the footer's
first link was taken for the last quote's (the quote had none): its context became "Terms",
unflagged. An attribution stands alone under its quotation; dash entries in a row are a list."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """# Wilhelmina Osei-Brandt

*Harbour Master at Port of Kalvøy*

Wilhelmina Osei-Brandt runs the small harbour of Kalvøy, where the ferry, the fishing fleet
and two salmon farms share one breakwater.

## Dimension Profile

| Dimension | Score |
|---|---|
| Seamanship | 91 |
| Port Operations | 84 |

## Key Themes

- harbours
- fisheries

## Notable Quotes

> She knows every skipper's boat by the sound of its engine.
> — *Jon Hauge, ferry captain*

> A harbour is a promise that the weather keeps testing.

© 2026 Harbour Hub, Inc.

-   [Terms](#)
-   [Privacy](#)
-   [Security](#)
"""


def test_dash_list_under_the_last_quote_is_no_attribution() -> None:
    data = parse_bytes(PAGE.encode(), "page.md", "markdown").data
    last = data["quotes"][-1]
    assert last["text"] == "A harbour is a promise that the weather keeps testing."
    assert last["context"] is None
    assert last["speaker"] == "Wilhelmina Osei-Brandt"


# A quote whose attribution is a dash entry, a dash list right under it (a footer with no
# line between, or the attribution's second line): the entry right under the quotation is
# still its attribution. Before, it was taken for the list's, and the quote went to the
# leader, unflagged.
UNDER = (
    PAGE.split("> She knows", maxsplit=1)[0]
    + """> “Tie up the ferry first.”

- {first}

{after}
"""
)


def test_dash_attribution_over_a_footer_list_keeps_its_speaker() -> None:
    page = UNDER.format(first="Jon Hauge", after="- Terms\n- Privacy\n- Security")
    data = parse_bytes(page.encode(), "page.md", "markdown").data
    assert data["quotes"][-1]["speaker"] == "Jon Hauge"


def test_dash_attribution_with_a_second_dash_line_keeps_its_speaker() -> None:
    page = UNDER.format(
        first="Jon Hauge\n- Harbour Day, 2019", after="> “The quay is the office.”\n\n- Ana Lima"
    )
    data = parse_bytes(page.encode(), "page.md", "markdown").data
    assert [q["speaker"] for q in data["quotes"]] == ["Jon Hauge", "Ana Lima"]
