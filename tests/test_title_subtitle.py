"""A section's title with a subtitle after it on its line ("Leadership Principles: How Amara
leads"): the title heads the section, the subtitle is set aside with a warning, and the list
under the line is the section.

Before, the subtitle was split off as the section's content: a div title's became the first
principle, silently; a text page's became an unknown section's title over the real list."""

from __future__ import annotations

from conftest import SAMPLES

from extractor.pipeline import parse_bytes

PRINCIPLES = [
    "Treat your platform like a product: it has users, a roadmap and a support rotation",
    "Hire for slope over intercept; the fastest learner beats the most experienced",
    "Make reliability visible, because customers buy what they can see",
]


def _subtitled(findings: list[dict[str, object]]) -> list[dict[str, object]]:
    return [
        f
        for f in findings
        if f["code"] == "section-line-doubtful" and "How Amara leads" in str(f["message"])
    ]


def test_text_title_with_a_subtitle_over_a_bulleted_list() -> None:
    page = (SAMPLES / "amara-okafor.txt").read_text("utf-8")
    page = page.replace("Leadership Principles\n", "Leadership Principles: How Amara leads\n")
    data = parse_bytes(page.encode(), "p.txt").data
    assert data["principles"] == PRINCIPLES
    assert "extra_sections" not in data or not data["extra_sections"]
    assert _subtitled(data["diagnostics"])


def test_html_title_in_a_div_with_a_subtitle() -> None:
    page = (SAMPLES / "amara-okafor.html").read_text("utf-8")
    old = ">Leadership Principles</div>"
    assert old in page
    page = page.replace(old, ">Leadership Principles: How Amara leads</div>")
    data = parse_bytes(page.encode(), "p.html").data
    assert data["principles"] == PRINCIPLES
    assert _subtitled(data["diagnostics"])


def test_markdown_heading_with_a_subtitle_is_the_known_title() -> None:
    page = (SAMPLES / "amara-okafor.txt").read_text("utf-8")
    page = page.replace("Leadership Principles\n", "## Leadership Principles: How Amara leads\n")
    data = parse_bytes(page.encode(), "p.md", "markdown").data
    assert data["principles"] == PRINCIPLES
    assert _subtitled(data["diagnostics"])
    assert not [f for f in data["diagnostics"] if f["code"] == "section-typed-by-content"]


def test_content_after_the_colon_with_nothing_listed_under_it_stays_the_content() -> None:
    """ "Key Themes: Platform teams" and then the next section's title: the words are the
    section's content, not a subtitle."""
    page = (SAMPLES / "amara-okafor.txt").read_text("utf-8")
    themes = page[page.index("Key Themes") : page.index("Episode Summary")]
    data = parse_bytes(
        page.replace(themes, "Key Themes: Platform teams\n\n").encode(), "p.txt"
    ).data
    assert data["themes"] == ["Platform teams"]
