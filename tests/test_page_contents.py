"""An in-page contents list (a docs site's right-hand "Table of contents", "On this page"):
short lines in a row, each the title of a section further down, in the same order. Where some
of its entries are known section titles, they made a run of sections of their own above the
profile's header, and the list's caption was taken for the leader's name. The list is the
site's: set aside as chrome before the profile is located (a page refused without it is read
again with it, as before).

And a page's stamp ("Last update: March 2, 2026") that a converter ran on under the
principles' unmarked lines is no principle.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """People Handbook

  * [Mira Castell](#)
  * [Jon Arvid Lund](#)
  * [Sara Quist](#)

Table of contents

  * Overview
  * Assessment results
  * Subjects
  * Operating principles
  * Quotations

# Mira Castell

Role

Chief Operating Officer at Northwind Air

Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.

She joined as a dispatcher in 2004 and has run the network since 2019.

## Overview

Mira Castell explains why a regional airline publishes its delays before anyone asks.

## Assessment results

Dimension | Score
---|---
Punctuality | 91
Crew Care | 84
Cost Discipline | 72

## Subjects

  * regional aviation
  * crew rostering
  * delay reporting
  * airport slots

## Operating principles

  1. Publish the delay before the passenger asks
  2. Roster the crew as you would want to be rostered

## Quotations

On punctuality

A timetable is a promise.

Jon Arvid Lund, chief pilot

She reads every delay report herself.

Last update: March 2, 2026
"""

STAMPED = """Mira Castell

Chief Operating Officer at Northwind Air

Mira Castell runs operations at Northwind Air, a regional airline based in Bergen.

Dimension Profile
Punctuality: 91%
Crew Care: 84%
Cost Discipline: 72%

Key Themes
regional aviation
crew rostering
delay reporting

Leadership Principles
Publish the delay before the passenger asks
Roster the crew as you would want to be rostered
Last update: March 2, 2026
"""


def _record(text: str, path: str, fmt: str) -> dict[str, object]:
    return parse_bytes(text.encode(), path, fmt).data


def test_the_pages_contents_list_is_not_the_header() -> None:
    data = _record(PAGE, "page.md", "markdown")
    assert data["name"] == "Mira Castell"
    assert data["headline"] == "Chief Operating Officer at Northwind Air"
    assert data["summary"] == (
        "Mira Castell explains why a regional airline publishes its delays before anyone asks."
    )
    codes = [d["message"] for d in data["diagnostics"] if d["code"] == "site-chrome"]
    assert any("the page's contents" in str(message) for message in codes)


def test_a_list_repeated_below_is_no_contents_list() -> None:
    # The same short lines in a row below (a site's tags at the top and at the bottom): no
    # section under each, so no contents list; the themes stay.
    tags = "\n".join(
        f"  * {tag}"
        for tag in ("regional aviation", "crew rostering", "delay reporting", "airport slots")
    )
    page = PAGE.replace("Table of contents", "Tags").replace(
        "  * Overview\n  * Assessment results\n  * Subjects\n  * Operating principles\n  * Quotations\n",
        tags + "\n",
    )
    data = _record(page, "page.md", "markdown")
    assert data["themes"] == [
        "regional aviation",
        "crew rostering",
        "delay reporting",
        "airport slots",
    ]
    assert not any("the page's contents" in str(d["message"]) for d in data["diagnostics"])


def test_a_page_stamp_under_the_principles_is_not_one() -> None:
    data = _record(STAMPED, "page.txt", "text")
    assert data["principles"] == [
        "Publish the delay before the passenger asks",
        "Roster the crew as you would want to be rostered",
    ]
