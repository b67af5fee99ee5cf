"""A press kit or a style guide lists the brand's colours after the profile: each swatch a
colour's name and its hex code ("Ink #1B1F3B"), one to a line or run together in a row. A
Markdown writer keeps each as a bracketed span, which reads as a list item: under a short box
title ("Brand assets", read as a stray line) the swatches went on as principles. A colour code
is never profile content: it is the site's. Whole pages (made up)."""

from __future__ import annotations

import pytest

from extractor.parsing.chrome import is_chrome
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = (
    "# Ana Lukić\n\nChief Engineer at Dunav Locks\n\n"
    "Ana Lukić runs the lock crews on the middle Danube, from Novi Sad to Smederevo.\n\n"
    "## Dimension Profile\n\n- Strategic Vision 70%\n- Execution & Craft 85%\n\n"
    "## Key Themes\n\n- locks\n- river freight\n- flood season\n\n"
    "## Leadership Principles\n\n"
    "-   Open the gate for the slowest barge first\n"
    "-   Every shift leaves the log cleaner than it found it\n\n"
    "## Press kit\n\n"
    "[River #0B3C5D]{{.swatch}} [Rust #B7410E]{{.swatch}} [Foam #F2F2F2]{{.swatch}}\n\n"
    "## About the series\n\n{about}\n"
)
ABOUT = "Lock Talk is a podcast about the people who keep Europe's rivers moving."


def test_swatches_under_the_principles_are_no_principles() -> None:
    data = PAGE.format(about=ABOUT).encode("utf-8")
    record = record_dict(parse_bytes(data, "kit.md", "markdown").record)
    assert record["principles"] == [
        "Open the gate for the slowest barge first",
        "Every shift leaves the log cleaner than it found it",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Ink #1B1F3B",
        "Ink #1B1F3B Ember #E4572E Paper #F6F1E9",
        "Night blue \\#0B3C5D",
        "White #FFF Black #000",
    ],
)
def test_a_swatch_line_is_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["Ship #1 first", "Follow #decade", "Listen at #bad", "#B2B", "Marketing #B2B", "Top #100"],
)
def test_a_line_with_a_hashtag_or_a_rank_is_no_swatch(line: str) -> None:
    assert not is_chrome(line)


def test_a_theme_chip_that_reads_as_a_short_code_is_kept() -> None:
    """A code of three alone on its line ("#B2B", a hashtag chip) is no swatch: it was
    dropped as the site's, silently."""
    page = PAGE.replace("- flood season\n", "- #B2B\n").format(about=ABOUT)
    record = record_dict(parse_bytes(page.encode("utf-8"), "kit.md", "markdown").record)
    assert record["themes"] == ["locks", "river freight", "#B2B"]
