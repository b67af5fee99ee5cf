"""A docs site's page as a text browser writes it: a "Table of contents" box (the section
titles, one per line, nothing under them) above the profile, and an admonition titled "Role"
over the headline. The contents list made empty sections that took the profile's place (the
name became "Table of contents"); the box's title "Role" became the headline; a headline with
no " at " but a comma under it became the name. Each with no warning that named the field.
"""

from __future__ import annotations

import pytest

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
