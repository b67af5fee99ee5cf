"""A newsletter post's header and the top of its body: the post's title (the leader's name),
its subtitle (the headline), the post's author, a row of share buttons, then a sponsor's block
("Presented by <Brand>" over an ad that names the brand) before the bio. None of the site's
lines is the name, the headline or the bio. Also: a profile's "at a glance" box that labels
its lines ("Name: ...", "Role: ..."), and a surname set in capitals."""

from __future__ import annotations

import pytest

from extractor.parsing.chrome import is_chrome
from extractor.pipeline import parse_bytes

_BIO = "Tomas Reyes-Ortiz runs Kestrel Freight, a rail operator moving grain across three states."
_SECTIONS = [
    "## Dimension Profile",
    "",
    "Strategic Vision 81%",
    "Hiring 70%",
    "Pricing 64%",
    "",
    "## Key Themes",
    "",
    "- rail freight",
    "- grain",
    "",
    "## Episode Summary",
    "",
    "Tomas Reyes-Ortiz on running grain trains through a drought year.",
]


def _page(header: list[str]) -> dict[str, object]:
    text = "\n".join([*header, "", *_SECTIONS])
    return parse_bytes(text.encode(), "p.md", "markdown").data


def test_author_share_row_and_sponsor_block_are_the_sites() -> None:
    got = _page(
        [
            "# Tomas Reyes-Ortiz",
            "",
            "## Chief Executive at Kestrel Freight",
            "",
            "Mara Lindqvist",
            "",
            "Share on Bluesky · Share on Facebook · Copy link",
            "",
            "**Presented by Quillcraft**",
            "",
            "Invoices that write themselves. Quillcraft drafts, sends and chases them.",
            "",
            "Start a trial",
            "",
            _BIO,
        ]
    )
    assert got["name"] == "Tomas Reyes-Ortiz"
    assert got["headline"] == "Chief Executive at Kestrel Freight"
    assert got["bio"] == _BIO


def test_sponsor_label_without_a_brand_is_set_aside_alone() -> None:
    """ "Advertisement" names no sponsor: nothing tells its copy from the post's."""
    got = _page(
        [
            "# Tomas Reyes-Ortiz",
            "",
            "## Chief Executive at Kestrel Freight",
            "",
            "Advertisement",
            "",
            _BIO,
        ]
    )
    assert got["name"] == "Tomas Reyes-Ortiz"
    assert got["bio"] == _BIO


def test_a_sentence_that_starts_like_a_label_is_the_bio() -> None:
    bio = "Supported by a grant from the state, Tomas Reyes-Ortiz rebuilt two rail yards."
    got = _page(["# Tomas Reyes-Ortiz", "", "## Chief Executive at Kestrel Freight", "", bio])
    assert got["bio"] == bio


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Share on X Share on LinkedIn Copy link", True),
        ("Tweet | Email", True),
        ("Share via WhatsApp", True),
        ("Email", False),
        ("Post Malone", False),
        ("Save the Children", False),
        ("Share of voice", False),
    ],
)
def test_share_rows(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


def test_labelled_name_and_role_lines() -> None:
    """An "at a glance" box: the labels are the page's, the values the name and headline."""
    got = _page(["Name: Tomas Reyes-Ortiz", "", "Role: Chief Executive, Kestrel Freight", "", _BIO])
    assert got["name"] == "Tomas Reyes-Ortiz"
    assert got["headline"] == "Chief Executive, Kestrel Freight"
    assert got["bio"] == _BIO


def test_labelled_lines_as_a_text_browser_gives_them() -> None:
    text = "\n".join(
        [
            "Name: Tomas Reyes-Ortiz",
            "",
            "Role: Chief Executive, Kestrel Freight",
            "",
            _BIO,
            "",
            *(line.removeprefix("## ") for line in _SECTIONS),
        ]
    )
    got = parse_bytes(text.encode(), "p.txt", "text").data
    assert (got["name"], got["headline"]) == (
        "Tomas Reyes-Ortiz",
        "Chief Executive, Kestrel Freight",
    )


def test_surname_in_capitals_over_the_posts_author() -> None:
    """ "REYES Tomas": the surname in capitals, as many directories write it; the prose names
    him in ordinary case. The post's author under the headline is not the leader."""
    bio = "Reyes Tomas runs Kestrel Freight, a rail operator moving grain across three states."
    text = "\n".join(
        [
            "REYES Tomas",
            "Chief Executive of Kestrel Freight",
            "Mara Lindqvist",
            "",
            bio,
            "",
            *(line.removeprefix("## ") for line in _SECTIONS),
        ]
    )
    got = parse_bytes(text.encode(), "p.txt", "text").data
    assert got["name"] == "REYES Tomas"
    assert got["bio"] == bio


def test_header_under_the_posts_tags_section() -> None:
    """A shop's journal post: its title and dated byline, its tags set as the Key Themes, then
    the "at a glance" header (name, role, bio) and the other sections. The header is read as
    the profile's; the tags stay the themes, without the header's lines."""
    text = "\n".join(
        [
            "Meet the maker: REYES Tomas",
            "",
            "March 3, 2026 by the Journal team",
            "",
            "Key Themes",
            "",
            "  • rail freight",
            "  • grain",
            "",
            "Name: REYES Tomas",
            "",
            "Role: Chief Executive, Kestrel Freight",
            "",
            "Reyes Tomas runs Kestrel Freight, a rail operator moving grain across three states.",
            "",
            "Dimension Profile",
            "",
            "Strategic Vision 81%",
            "Hiring 70%",
            "Pricing 64%",
            "",
            "Episode Summary",
            "",
            "Reyes Tomas on running grain trains through a drought year.",
        ]
    )
    got = parse_bytes(text.encode(), "p.txt", "text").data
    assert got["name"] == "REYES Tomas"
    assert got["headline"] == "Chief Executive, Kestrel Freight"
    assert got["bio"].startswith("Reyes Tomas runs Kestrel Freight")
    assert got["themes"] == ["rail freight", "grain"]


def test_dated_byline_alone_under_the_title_is_no_headline() -> None:
    got = _page(["# Tomas Reyes-Ortiz", "", "March 3, 2026 by the Journal team"])
    assert got["headline"] is None
    assert any(d["code"] == "headline-missing" for d in got["diagnostics"])


def _text_page(header: list[str]) -> dict[str, object]:
    sections = [line.removeprefix("## ") for line in _SECTIONS]
    text = "\n".join([*header, "", *sections])
    return parse_bytes(text.encode(), "p.txt", "text").data


def test_posts_author_under_a_name_in_a_script_without_case() -> None:
    """林佳蓉 has no capitals to read as a name; the author under the subtitle has them, but
    the profile never names the author."""
    bio = "林佳蓉 runs Kestrel Freight, a rail operator moving grain across three states."
    got = _text_page(
        ["林佳蓉", "", "Founder & CEO @ Kestrel Freight", "", "Mara Lindqvist", "", bio]
    )
    assert (got["name"], got["headline"]) == ("林佳蓉", "Founder & CEO @ Kestrel Freight")


def test_headline_under_a_lower_case_name_is_doubtful_too() -> None:
    """A line in lower case (a tag) taken for the name: the headline read under it is flagged
    as well, not given as certain; so is the bio read from the lines under it."""
    got = _text_page(["rail freight", "", "Grain and bulk", "", _BIO])
    fields = {d["field"] for d in got["diagnostics"] if d["code"] == "name-doubtful"}
    assert got["name"] == "rail freight"
    assert fields == {"name", "headline", "bio"}


def test_a_sponsor_the_page_names_elsewhere_labels_the_profiles_own_text() -> None:
    """ "Presented by Kestrel" over the bio of Kestrel's chief executive: the brand is the
    leader's company, named in the headline too; the paragraph under the label is the bio."""
    bio = "Tomas Reyes-Ortiz runs Kestrel Freight, which moves grain through four ports."
    got = _page(
        [
            "# Tomas Reyes-Ortiz",
            "",
            "## Chief Executive at Kestrel Freight",
            "",
            "Presented by Kestrel",
            "",
            bio,
        ]
    )
    assert got["headline"] == "Chief Executive at Kestrel Freight"
    assert got["bio"] == bio


def test_a_sponsors_name_is_all_its_words_not_an_article() -> None:
    """ "Together with The Harbour Company": the sponsor is "Harbour Company", not "The"; a
    paragraph that merely starts with "The" is no ad."""
    bio = "The ports Tomas Reyes-Ortiz rebuilt now clear a ship in two days instead of six."
    got = _page(
        [
            "# Tomas Reyes-Ortiz",
            "",
            "## Chief Executive at Kestrel Freight",
            "",
            "Together with The Harbour Company",
            "",
            bio,
        ]
    )
    assert got["bio"] == bio
