"""A docs site's page as a text browser writes it: a "Table of contents" box (the section
titles, one per line, nothing under them) above the profile, and an admonition titled "Role"
over the headline. The contents list made empty sections that took the profile's place (the
name became "Table of contents"); the box's title "Role" became the headline; a headline with
no " at " but a comma under it became the name. Each with no warning that named the field.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, strategies as st

from extractor.parsing.locate import _contents_lists
from extractor.pipeline import parse_bytes

TOP = (
    "   Skip to content\n   Field Guide\n\n     • Home\n     • Leaders\n\n"
    "   Table of contents\n\n"
    "     • Episode Summary\n     • Dimension Profile\n     • Key Themes\n\n"
)
BODY = (
    "                              Ruth Okonjo-Hale\n\n"
    "   Role\n\n"
    "   {headline}\n\n"
    "   Ruth Okonjo-Hale founded Kettle Oak in a railway arch in 2011 and now runs\n"
    "   two breweries and a pub.\n\n"
    "Episode Summary\n\n"
    "   Ruth Okonjo-Hale talks about cask ale, hop farms and the pubs that still pour it.\n\n"
    "Dimension Profile\n\n"
    "   Brewing Craft 91%\n   Cellar Discipline 84%\n   Pub Trade 72%\n\n"
    "Key Themes\n\n"
    "     • cask ale\n     • hop farming\n     • rural pubs\n     • brewery tours\n"
)


@pytest.mark.parametrize("headline", ["Head Brewer at Kettle Oak", "Brewer-Owner, Kettle Oak"])
def test_a_contents_list_and_a_role_box_are_the_sites(headline: str) -> None:
    page = TOP + BODY.format(headline=headline)
    data = parse_bytes(page.encode(), "page.txt", "text").data
    assert (data["name"], data["headline"]) == ("Ruth Okonjo-Hale", headline)
    assert data["summary"] == (
        "Ruth Okonjo-Hale talks about cask ale, hop farms and the pubs that still pour it."
    )
    assert data["themes"] == ["cask ale", "hop farming", "rural pubs", "brewery tours"]


def test_titles_in_a_row_are_a_contents_list_only_when_each_titles_a_section_below() -> None:
    toc = [None, "summary", "dimensions", "themes", None]
    below = [None, "summary", None, "dimensions", None, "themes", None]
    assert _contents_lists([*toc, *below]) == [1, 2, 3]
    assert _contents_lists([*toc, *below[:4]]) == []  # "themes" titles nothing below
    assert _contents_lists([None, "summary", "dimensions", None, *below]) == []  # two only


def _contents_lists_naive(rules: list[str | None]) -> list[int]:
    """The rule as first written: each run of titles against a set of the rest of the page."""
    found: list[int] = []
    index = 0
    while index < len(rules):
        end = index
        while end < len(rules) and rules[end] is not None:
            end += 1
        run = rules[index:end]
        if len(run) >= 3 and len(set(run)) == len(run) and set(rules[end:]).issuperset(run):
            found.extend(range(index, end))
        index = max(end, index + 1)
    return found


@given(st.lists(st.sampled_from([None, "summary", "dimensions", "themes", "quotes"]), max_size=40))
def test_contents_lists_in_one_pass_finds_what_the_rule_says(rules: list[str | None]) -> None:
    assert _contents_lists(rules) == _contents_lists_naive(rules)


def test_a_long_page_of_title_runs_costs_linear_time() -> None:
    """Thousands of runs of titles (a hostile or generated page): the titles after each run
    were once gathered anew per run, quadratic in the page's length (seconds here)."""
    rules: list[str | None] = ["summary", "dimensions", "themes", None] * 12_000
    started = time.process_time()
    assert len(_contents_lists(rules)) == 3 * 11_999
    assert time.process_time() - started < 1.0
