"""A name styled in lower case ("tove lindqvist", as some people and brands write theirs),
under a feed reader's header: the feed's name, written like a person's and named again by the
post's closing line, stands above the post's date and tags.

The lower-case name has no capitalised word to look for in the profile, so it never counted
as named again, and the feed's line won the name's place (its tags line the headline), with no
warning. Now the profile naming the whole line again, as written, counts. A whole page (made
up)."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

NAME = "tove lindqvist"
PAGE = (
    "Reader\n\n"
    "     * Unread (12)\n     * Starred\n     * Feeds\n\n"
    "   Profile: tove lindqvist\n\n"
    "     * Mark as unread\n     * Star\n"
    "   Nordic Design Weekly Podcasts\n"
    "   Monday, March 2, 2026 8:10:00 AM — 5 minutes read\n"
    "   Tags: Design, Profiles, Season 2\n\n"
    f"   {NAME}\n"
    "   founder and lead designer at atelier nord\n\n"
    f"   {NAME} designs furniture for libraries and schools from a workshop in Umeå.\n\n"
    "  Episode Summary\n\n"
    f"   {NAME} on designing chairs that children cannot tip over.\n\n"
    "  Key Themes\n\n   school furniture\n   libraries\n   Umeå\n   birch\n\n"
    "  Dimension Profile\n\n   Strategic Vision 70%\n   Execution & Craft 85%\n\n"
    "  Notable Quotes\n\n   A chair is a promise to whoever sits down.\n\n"
    "   — On school furniture\n\n"
    "   The post Profile: tove lindqvist appeared first on Nordic Design Weekly.\n"
)


def _parse(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode("utf-8"), "feed.txt", "text").record)


def test_a_lower_case_name_the_profile_names_again_is_the_name() -> None:
    record = _parse(PAGE)
    assert (record["name"], record["headline"]) == (
        NAME,
        "founder and lead designer at atelier nord",
    )
