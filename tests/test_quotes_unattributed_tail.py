"""The quotes end a docs page seen in a text browser: no marks on the quotations, each with
its dashed attribution under it, then the site's lines ("Last updated ...", "Was this
helpful?" and its buttons, a pager run together) with none, ending no sentence, then the
page's "On this page" contents. Read on, those lines became quotes by the leader, unsaid.
Every quote above had its attribution, so two lines or more with none that end no sentence
are the site's: reported, not taken. A last quotation that ends as a sentence is kept. Whole
pages (made up, in the layout of a docs site's text copy)."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = """   Riverside Handbook (BUTTON)

   LEADER PROFILES
     * Ana Lukić
     * Milan Kovač

   Powered by Docsite

Ana Lukić

   Chief Engineer, Dunav Locks

   Ana Lukić runs the lock crews on the middle Danube, from Novi Sad to
   Smederevo, and trains the engineers who keep the gates moving.

   Conversation recap

   Ana Lukić explains how a lock crew plans for the flood season, why she
   keeps paper logs beside the sensors, and what a gate failure costs.

   Capability scores
   Capability
   Score (0–100)

   Strategic Vision

   70

   Execution & Craft

   85

   Team & Leadership

   60

   What we talked about
     * lock maintenance
     * river freight
     * flood season

   In their words

     A lock is a promise to both ends of the river.

   — On locks

     Ana hears a gate fail before the sensors do.

   — Milan Kovač, lock keeper at Dunav Locks on the middle stretch of
   the river

{tail}   On this page
     * Conversation recap
     * Capability scores
     * What we talked about
     * In their words
"""
SAID = [
    "A lock is a promise to both ends of the river.",
    "Ana hears a gate fail before the sensors do.",
]


def _quotes(tail: str) -> list[str]:
    data = PAGE.format(tail=tail).encode("utf-8")
    record: dict[str, Any] = record_dict(parse_bytes(data, "p.txt", "text").record)
    return [q["text"] for q in record["quotes"]]


def test_site_lines_under_the_last_attribution_are_no_quotes() -> None:
    tail = (
        "   Last updated 2 weeks ago\n"
        "   Was this helpful? (BUTTON) 🙂 (BUTTON) 🙁\n"
        "   PreviousOur crewsNextMilan Kovač\n"
    )
    assert _quotes(tail) == SAID


def test_a_last_quotation_without_attribution_is_kept() -> None:
    tail = "     Nobody opens a gate in a hurry.\n\n   Last updated 2 weeks ago\n"
    assert "Nobody opens a gate in a hurry." in _quotes(tail)
