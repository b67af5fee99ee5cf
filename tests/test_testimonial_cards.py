"""A page builder's testimonial widget (Elementor's) sets each card as the words, the avatar,
the name, then the job or the topic, with no quote marks and no dash; a converter keeps only
the lines. The profile was cut at the quotes' title (nothing under it had a quote's shape) and
the quotes were lost. Two cards or more set so are the quotes; one alone is as likely a
paragraph over a team member's card. The last card's line, right before the site's lines, may
be the site's next box title ("Meet more mentors"): flagged unless it names who or what.
Whole pages (made up)."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

HEAD = """# Ana Lukić

Chief Engineer at Dunav Locks

Ana Lukić runs the lock crews on the middle Danube, from Novi Sad to Smederevo.

## Dimension Profile

- Strategic Vision 70%
- Execution & Craft 85%

## Key Themes

- locks
- river freight
- flood season

## Notable Quotes

"""
CARD = "{words}\n\n![](avatar.jpg)\n\n{name}\n\n{line}\n\n"
FIRST = CARD.format(
    words="A lock is a promise to both ends of the river.", name="Ana Lukić", line="On locks"
)
SECOND = CARD.format(
    words="She hears a gate fail before the sensors do.",
    name="Milan Kovač",
    line="lock keeper since 2009",
)
TAIL = "Share\n\n## Meet more engineers\n\n### Vesna Ilić\n\nLock Keeper at Dunav Locks\n"


def _record(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode("utf-8"), "p.md", "markdown").record)


def _quote_flags(record: dict[str, Any]) -> list[str]:
    return [
        d["message"]
        for d in record["diagnostics"]
        if d["field"] == "quotes" and d["code"] == "section-line-doubtful"
    ]


def test_two_testimonial_cards_are_the_quotes() -> None:
    record = _record(HEAD + FIRST + SECOND + TAIL)
    assert [(q["text"], q["speaker"], q["context"]) for q in record["quotes"]] == [
        ("A lock is a promise to both ends of the river.", "Ana Lukić", "On locks"),
        ("She hears a gate fail before the sensors do.", "Milan Kovač", "lock keeper since 2009"),
    ]


def test_the_last_cards_line_before_the_sites_lines_is_flagged() -> None:
    record = _record(HEAD + FIRST + SECOND + TAIL)
    assert any("lock keeper since 2009" in m for m in _quote_flags(record))


def test_a_last_line_that_names_what_stays_quiet() -> None:
    record = _record(HEAD + SECOND + FIRST + TAIL)
    assert record["quotes"][-1]["context"] == "On locks"
    assert not _quote_flags(record)


def test_one_card_alone_is_no_quotes_section() -> None:
    record = _record(HEAD + FIRST + TAIL)
    assert record["quotes"] == []
