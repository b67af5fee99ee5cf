"""A database app's record opened over its list (an expanded record): field labels led by a
type icon glued to them ("#Process Knowledge", "¶Bio", "▾Dimension Profile10 fields"), the
record in a dialog with one heading; and an issue body that opens with "Name — Headline" on
one line under a board's columns. Before, the icons stayed in the labels (the dimensions were
named "#Process Knowledge", a group's header with its count ended the summary), the dialog
was dropped as a prompt (no record), and the board's last column was taken for the name."""

from __future__ import annotations

from extractor.parsing.dashedname import split_dashed_name
from extractor.parsing.fieldicons import without_field_icons
from extractor.parsing.leader_name import written_like_a_name
from extractor.parsing.sections.preamble import is_headline_text
from extractor.pipeline import parse_bytes
from extractor.read.blocks import Block, Kind

RECORD = (
    "Guests\nEpisodes\n\n"
    "AGuest\nAda Stone\nAHeadline\nChief Executive Officer at Tidewater Ferries\n"
    "\u25beStatus\nConfirmed\n"
    "\u00b6Bio\n\nAda Stone runs a ferry company of nine boats on the Solent and rebuilt its "
    "timetable around the tides.\n\n"
    "\u00b6Episode Summary\n\nAda Stone on running boats to the tide, not to the clock.\n\n"
    "\u25beDimension Profile3 fields\n#Crew Planning\n91\n#Safety Culture\n88\n"
    "#Public Speaking\n40\n"
    "\u2630Key Themes\nferries\ntides\ncrew rosters\n"
    "\u00b6Leadership Principles\n\n- Sail the timetable you can crew\n"
    "- Publish the delays first\n- Ask the skippers\n"
)


def test_field_icons_are_cut_off_a_record_view() -> None:
    data = parse_bytes(RECORD.encode(), "record.txt", "text").data
    assert data["name"] == "Ada Stone"
    assert data["headline"] == "Chief Executive Officer at Tidewater Ferries"
    assert [d["name"] for d in data["dimensions"]] == [
        "Crew Planning",
        "Safety Culture",
        "Public Speaking",
    ]
    assert data["summary"] == "Ada Stone on running boats to the tide, not to the clock."
    assert data["themes"] == ["ferries", "tides", "crew rosters"]


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(Kind.PARAGRAPH, t, n, n) for n, t in enumerate(texts, 1)]


def test_one_icon_is_a_hashtag_list_kept() -> None:
    """One mark on every line is a list of hashtags, not a record's field types."""
    blocks = _paragraphs("#Leadership", "#Ferries", "#Tides", "#Crew")
    assert without_field_icons(blocks) == blocks


def test_icons_spaced_and_a_spaced_count() -> None:
    """A converter that sets a space after the icon, and after the group's title."""
    blocks = _paragraphs(
        "A Headline",
        "\u25be Status",
        "\u25be Rubric scores 10 fields",
        "# Crew Planning",
        "\u00b6 Bio",
    )
    got = [b.text for b in without_field_icons(blocks)]
    # a number field's "#" stays for the dimensions' parser (its label is a dimension's)
    assert got == ["Headline", "Status", "Rubric scores", "# Crew Planning", "Bio"]


def test_a_letter_before_an_unknown_word_is_kept() -> None:
    blocks = _paragraphs("\u25beStatus", "\u00b6Bio", "#Crew", "\u2630Topics", "AKiosk")
    assert without_field_icons(blocks)[-1].text == "AKiosk"


DIALOG = (
    "<html><body><div class=grid><div>Guest</div><div>Ada Stone</div><div>Bo Lind</div></div>"
    '<div role="dialog" aria-modal="true"><h2>Ada Stone</h2><span>1 of 4</span>'
    "<div>Headline</div><div>Chief Executive Officer at Tidewater Ferries</div>"
    "<div>Bio</div><p>{bio}</p>"
    "<div>Dimension Profile</div><div>Crew Planning</div><div>91</div>"
    "<div>Safety Culture</div><div>88</div><div>Public Speaking</div><div>40</div>"
    "<div>Key Themes</div><ul><li>ferries</li><li>tides</li><li>crew rosters</li></ul>"
    "<div>Notable Quotes</div><blockquote>The tide keeps the timetable.</blockquote>"
    "<p>\u2014 On scheduling</p>"
    "</div></body></html>"
)
BIO = (
    "Ada Stone runs a ferry company of nine boats on the Solent and rebuilt its timetable "
    "around the tides, so that crews work the same hours in winter as in summer. "
) * 6


def test_a_dialog_with_one_heading_over_a_record_is_read() -> None:
    """Before, the dialog was dropped as a prompt and the page refused."""
    data = parse_bytes(DIALOG.format(bio=BIO.strip()).encode(), "record.html", "html").data
    assert data["headline"] == "Chief Executive Officer at Tidewater Ferries"
    assert data["themes"] == ["ferries", "tides", "crew rosters"]
    assert [d["score"] for d in data["dimensions"]] == [91, 88, 40]


def test_a_record_without_its_summary_label_says_so() -> None:
    """A converter that dropped a field's label (the summary's): its text joins the bio."""
    page = RECORD.replace("\u00b6Episode Summary\n\n", "")
    data = parse_bytes(page.encode(), "record.txt", "text").data
    assert any(
        d["code"] == "section-line-doubtful" and d["field"] == "bio" for d in data["diagnostics"]
    )


def test_a_rank_before_a_dimension_is_kept() -> None:
    page = RECORD.replace("#Crew Planning", "#1 Crew Planning")
    data = parse_bytes(page.encode(), "record.txt", "text").data
    assert data["dimensions"][0]["name"] == "#1 Crew Planning"


def test_a_pager_is_no_headline() -> None:
    assert not is_headline_text("1 of 4")
    assert is_headline_text("Head of Policy, Nordlys Energy")


ISSUE = (
    "Researching\n1\u2026\nGuest: Bo Lind\n+ Add item\nPublished\n0\u2026\n+ Add item\n"
    "\u2715acme/leader-profiles\u2026\nGuest: Ada Stone #42\n\n"
    "Ada Stone \u2014 Chief Executive Officer at Tidewater Ferries\n\n"
    "Ada Stone runs a ferry company of nine boats on the Solent and rebuilt its timetable "
    "around the tides.\n\n"
    "Episode Summary\n\nAda Stone on running boats to the tide, not to the clock.\n\n"
    "Dimension Profile\nCrew Planning: 91\nSafety Culture: 88\nPublic Speaking: 40\n\n"
    "Key Themes\n\n- ferries\n- tides\n- crew rosters\n"
)


def test_name_dash_headline_line_is_the_name_and_the_headline() -> None:
    data = parse_bytes(ISSUE.encode(), "issue.txt", "text").data
    assert data["name"] == "Ada Stone"
    assert data["headline"] == "Chief Executive Officer at Tidewater Ferries"


def test_a_dashed_line_whose_name_the_page_never_names_is_kept() -> None:
    blocks = _paragraphs("Harbour Board \u2014 Annual Report", "Key Themes", "ferries")
    assert split_dashed_name(blocks) == blocks


def test_a_particle_glued_to_a_surname_is_written_like_a_name() -> None:
    """ "kaMpungose", "deGrasse": a particle of two or three letters glued to the name's
    capital. Before, such a name was no name, and a label above it was taken instead."""
    assert written_like_a_name("Sibusiso kaMpungose")
    assert written_like_a_name("Neil deGrasse Tyson")
    assert not written_like_a_name("my iPhone")


EMOJI_HEADINGS = (
    "{h}Ada Stone\n\nChief Operating Officer at Northwind\n\n"
    "{h}\U0001f4d6 Bio\n\nAda Stone grew up in Leeds and has run operations teams for fifteen "
    "years across three continents.\n\n"
    "{h}\U0001f4ca Dimension Profile\n\nStrategic Vision: 80\nExecution: 70\nTeam Leadership: 90\n\n"
    "{h}\U0001f3af Key Themes\n\n\U0001f680 Growth\n\n\U0001f4a1 Pricing\n\n\U0001f91d Trust\n\n"
    '{h}\U0001f4ac Notable Quotes\n\n"We price for the customer we want." \u2014 Ada Stone\n'
)


def test_a_writers_emoji_headings_are_no_record_view() -> None:
    """An emoji before each heading and chip (a notes app's page), each a different one: no
    field types. Before, the page was taken for a record view and its bio flagged."""
    for page, name in (
        (EMOJI_HEADINGS.format(h="## "), "p.md"),
        (EMOJI_HEADINGS.format(h=""), "p.txt"),
    ):
        data = parse_bytes(page.encode(), name).data
        assert not any(d["code"] == "section-line-doubtful" for d in data["diagnostics"]), name


def test_a_directory_of_dashed_names_is_asked_of_a_few_lines_only() -> None:
    """A team's directory above the sections, a "Name — Headline" line per person, none named
    again: each line asked all the text below it (quadratic: minutes on a big page). Only the
    first few are asked; a name line further down is no header."""
    people = [f"{first} {last}" for first in ("Ada", "Bo", "Cy") for last in ("Lind", "Moss")]
    blocks = _paragraphs(
        *(f"{person} \u2014 Head of Sales at Acme" for person in people), "Cy Moss runs sales."
    )
    assert split_dashed_name(blocks) == blocks


def test_a_dashed_line_under_the_headers_own_name_is_kept() -> None:
    """The header names the leader on a line of its own; a "Name — Headline" line under it is
    the bio's. Before, it was split: its headline replaced the header's, and the header was
    set aside as site chrome, silently."""
    page = (
        "Ada Stone\nChief Operating Officer at Northwind\n\n"
        "Ada Stone \u2014 Founder of the Harbour Club\n\n"
        "Summary\n\nAda Stone runs operations at Northwind and writes about pricing.\n\n"
        "Key Themes\n\npricing\ngrowth\n\nDimension Profile\n\nCraft: 90\nVision: 80\nTeam: 70\n"
    )
    data = parse_bytes(page.encode(), "profile.txt", "text").data
    assert data["headline"] == "Chief Operating Officer at Northwind"


def test_a_function_word_glued_to_a_name_is_no_particle() -> None:
    """A byline's "by" glued to the name by a copy ("byAda Stone") is no "kaMpungose": before,
    it was written like a name and taken for the leader's, silently."""
    assert not written_like_a_name("byAda Stone")
    assert not written_like_a_name("Meet Ada forMore")
    assert written_like_a_name("Sibusiso kaMpungose")
    assert written_like_a_name("Anke deBoer")
