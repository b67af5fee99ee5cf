"""Two wraps of a text browser in a profile's header (lynx, pandoc's plain text: 72 columns,
each paragraph indented), whose reader may cut a wrapped line from the rest of its paragraph.

* A long headline wrapped, its second line in lower case ("… Chairman of the Board" over "of
  Trustees at …"): one headline, never a headline cut short and a stray line.
* The bio's first line, cut from its paragraph, opens with the leader's whole name ("Mei Ling
  Tan-Okoro runs …"): a sentence, never a shorter name plus a headline ("Mei Ling" | "Tan-Okoro
  runs …"), though the profile names that shorter start too.

Whole pages (made up)."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

NAME = "Mei Ling Tan-Okoro"
SECTIONS = (
    "Episode Summary\n\n"
    f"   {NAME} on running two ports with one timetable and on the harbour board's work.\n\n"
    "Key Themes\n\n   port logistics\n   harbour boards\n   timetables\n   shipping\n\n"
    "Dimension Profile\n\n   Strategic Vision 70%\n   Execution & Craft 85%\n"
)


def _parse(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode("utf-8"), "page.txt", "text").record)


def test_a_headline_wrapped_before_a_word_in_lower_case_is_one_headline() -> None:
    page = (
        f"{NAME}\n\n"
        "   Operations Director at Eastgate Port Services and Chairman of the Board\n"
        "   of Governors at Harbour Valley College\n\n"
        f"   {NAME} runs two container terminals on the estuary and chairs a college board.\n\n"
        + SECTIONS
    )
    record = _parse(page)
    assert record["headline"] == (
        "Operations Director at Eastgate Port Services and Chairman of the Board of Governors "
        "at Harbour Valley College"
    )
    assert record["company"] == "Harbour Valley College"


def test_the_bios_first_line_cut_from_its_paragraph_is_no_name_and_headline() -> None:
    page = (
        "Profiles\n\n"
        f"{NAME}\n\n"
        "   Operations Director at Eastgate Port Services\n\n"
        f"   {NAME} runs the day-to-day work of two container terminals\n"
        "   that handle most of the estuary's freight and a ferry berth besides.\n\n" + SECTIONS
    )
    record = _parse(page)
    assert (record["name"], record["headline"]) == (
        NAME,
        "Operations Director at Eastgate Port Services",
    )
    assert record["bio"].startswith(f"{NAME} runs the day-to-day work")
