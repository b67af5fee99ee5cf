"""A last chip that reads like a title: a line right under the chips (no blank line between)
and apart from the paragraph under it, which has no title of its own. Read as an unknown
section's title, as its shape says, but its place says it may be the last chip: a warning
names it on the themes, never a silent loss."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = """Ada Stone

CEO at Acme Labs

Ada Stone runs Acme Labs, a maker of small robots for warehouses and the people who run them.

Dimension Profile
Strategic Vision: 95%

Key Themes
warehouse robots
payments
Rotterdam

Ada Stone talks about building robots for warehouses and why payments matter to them.

Leadership Principles
Ship the boring version first
Hire slowly and fire kindly
"""


def _doubts(page: str) -> list[dict[str, object]]:
    record = record_dict(parse_bytes(page.encode(), "page.txt").record)
    return [d for d in record["diagnostics"] if d["code"] == "section-title-doubtful"]


def test_a_title_touching_the_last_chip_is_said_to_be_doubtful() -> None:
    (doubt,) = _doubts(PAGE)
    assert doubt["field"] == "themes"
    assert doubt["line"] == 13
    assert doubt["severity"] == "warning"


def test_a_title_apart_from_the_chips_is_not_doubted() -> None:
    assert _doubts(PAGE.replace("payments\nRotterdam\n", "payments\n\nRotterdam\n")) == []


def test_prose_under_a_title_that_may_be_the_last_chip_is_not_typed_as_the_summary() -> None:
    """The paragraph under that title names the leader, as a summary does; but the title may
    be the last chip, so the section is left unknown and the doubt stays on the themes (typed
    as the summary, the doubt would go unsaid: a theme lost silently)."""
    record = record_dict(parse_bytes(PAGE.encode(), "page.txt").record)
    assert record["summary"] is None
    assert [d["field"] for d in record["diagnostics"] if d["code"] == "section-title-doubtful"] == [
        "themes"
    ]
