"""A newsletter's masthead over the leader's name (an email read in a text browser, its lines
centred): the masthead taken for the name leaves the leader's name as the headline. The
headline is then written like a person's name and the bio names it again, never the line
taken: the name, the headline and the bio read under them are flagged as doubtful."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """                         Harbour Letters
                    Issue 88 · March 10, 2026
                        Mei Lanfang
    Chief Operating Officer and Head of Supply Chain at Tidewater Freight
    Mei Lanfang runs operations at Tidewater Freight, a forwarder that
       moves electronics components between Taiwan, Penang and Long Beach.
    She joined as a customs broker in 2009 and built the company's bonded
                   warehouse business from nothing.

Dimension Profile

  Strategic Vision: 95%

Key Themes

  * bonded warehousing
  * customs
"""


def flagged(page: str) -> set[str]:
    data = parse_bytes(page.encode(), "page.txt", "text").data
    if data["name"] == "Mei Lanfang":
        return {"(read right)"}
    return {d["field"] for d in data["diagnostics"] if d["code"] == "name-doubtful"}


def test_a_masthead_over_the_leaders_name_is_doubted() -> None:
    """(Should the name be read right one day, the doubt has nothing left to say.)"""
    found = flagged(PAGE)
    assert found == {"(read right)"} or found >= {"name", "headline", "bio"}


def test_a_name_the_bio_names_is_not_doubted() -> None:
    page = PAGE.replace("Harbour Letters", "Ada Stone").replace(
        "Mei Lanfang runs", "Ada Stone runs"
    )
    assert "name" not in flagged(page)
