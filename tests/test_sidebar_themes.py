"""Themes as an issue's labels in its sidebar, below the profile, under their own title
("#### Key Themes") and over the sidebar's next heading ("#### Projects" and its fields).
They are read from below the profile; before, the list ran on through the next headings and
their fields ("Projects", "StatusBooked", "Milestone" as chips)."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = (
    "## Guest: Ada Stone\n\n"
    "Ada Stone\n\nChief Executive Officer at Tidewater Ferries\n\n"
    "Ada Stone runs a ferry company of nine boats on the Solent and rebuilt its timetable "
    "around the tides.\n\n"
    "### Episode Summary\n\nAda Stone on running boats to the tide, not to the clock.\n\n"
    "### Dimension Profile\n\n- Crew Planning: 91\n- Safety Culture: 88\n- Public Speaking: 40\n\n"
    "### Leadership Principles\n\n1. Sail the timetable you can crew\n"
    "2. Publish the delays first\n3. Ask the skippers\n\n"
    "### Notable Quotes\n\n> The tide keeps the timetable.\n\n\u2014 On scheduling\n\n"
    "Close issue\n\nComment\n\n"
    "#### Assignees\n\n[mholt](#)\n\n"
    "#### Key Themes\n\n[Solent ferries](#)\n[tides](#)\n[timetable planning](#)\n\n"
    "#### Projects\n\nStatusBooked\n\nEpisode37\n\n"
    "#### Milestone\n\nSeason 4\n"
)


def test_sidebar_themes_end_at_the_next_heading() -> None:
    data = parse_bytes(PAGE.encode(), "issue.md", "markdown").data
    assert data["themes"] == ["Solent ferries", "tides", "timetable planning"]
