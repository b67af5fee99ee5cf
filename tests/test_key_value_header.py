"""Key/value rows near the name: a ``<dl>`` of "Position", "Room", "Phone" under a staff
profile's name, a directory's panel of label and value spans (run together by most
converters: "EmployerQuarry Lane Foods"). A label and its value are the page's properties,
never the name and headline; a "Position" row gives the headline, and when the line under the
name says something else the two compete: the better is taken and the choice flagged. Whole
pages (made up), every header field and the findings that name them."""

from __future__ import annotations

from typing import Any

from extractor.parsing.leader_name import written_like_a_name
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

NAME = "M. K. Abernathy-Osei"
HEADLINE = "Chief Operating Officer at Quarry Lane Foods"
BIO = (
    f"{NAME} runs operations at Quarry Lane Foods, a bakery group with nine sites in the "
    "Midlands and a central dough kitchen."
)
SECTIONS = (
    "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
    "Key Themes\n\nshift planning, food safety, supplier audits\n\n"
    f"Episode Summary\n\n{NAME} talks about running nine bakeries from one dough kitchen.\n"
)
SECTIONS_HTML = (
    "<h2>Dimension Profile</h2><p>Strategic Vision 70%</p><p>Execution & Craft 85%</p>"
    "<h2>Key Themes</h2><ul><li>shift planning</li><li>food safety</li></ul>"
    f"<h2>Episode Summary</h2><p>{NAME} talks about running nine bakeries.</p>"
)


def _parse(page: str, name: str) -> dict[str, Any]:
    fmt = {"html": "html", "md": "markdown"}.get(name.rsplit(".", 1)[-1], "text")
    return record_dict(parse_bytes(page.encode("utf-8"), name, fmt).record)


def _header(record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(record[k] for k in ("name", "headline", "role", "company", "bio"))


def _findings(record: dict[str, Any], code: str) -> list[str]:
    return [d["message"] for d in record["diagnostics"] if d["code"] == code]


def _field_named(record: dict[str, Any], field: str) -> bool:
    return any(
        d.get("field") == field and d["severity"] in ("warning", "error")
        for d in record["diagnostics"]
    )


def test_definition_list_under_the_name_is_no_name_and_no_bio() -> None:
    """A text browser's copy of a staff page: the name, an appointment line, then term and
    value lines. The last pair ("Consultation times", "Thursdays 10-12") read as name and
    headline before; now the name stands, the Position row is the headline (written as
    "role at company", unlike the appointment line), the other rows are the page's."""
    page = (
        "Home > People\n\n"
        f"{NAME}\n\nVisiting Fellow\n\n"
        f"Position\n{HEADLINE}\nRoom\nCarver Building 2.14\nPhone\n+44 115 496 0321\n"
        "Consultation times\nThursdays 10-12 and by arrangement\n\n"
        f"Biography\n\n{BIO}\n\n{SECTIONS}"
    )
    record = _parse(page, "staff.txt")
    assert _header(record) == (
        NAME,
        HEADLINE,
        "Chief Operating Officer",
        "Quarry Lane Foods",
        BIO,
    )
    assert _findings(record, "headline-competing") == [
        f"two lines under the name read as the headline: {HEADLINE!r} was taken, "
        "'Visiting Fellow' (line 5) left out"
    ]
    assert _field_named(record, "headline")
    assert any("key/value rows" in m for m in _findings(record, "site-chrome"))


def test_html_definition_list_under_the_title() -> None:
    """The same in HTML: the ``<h1>`` name stood, but the appointment line was the headline
    (silently) and the Position row went into the bio with the room and phone."""
    page = (
        f"<html><body><main><h1>{NAME}</h1><p class=role>Visiting Fellow</p>"
        f"<dl><dt>Position</dt><dd>{HEADLINE}</dd><dt>Room</dt><dd>Carver Building 2.14</dd>"
        "<dt>Phone</dt><dd>+44 115 496 0321</dd></dl>"
        f"<h2>Biography</h2><p>{BIO}</p>{SECTIONS_HTML}</main></body></html>"
    )
    record = _parse(page, "staff.html")
    assert _header(record)[:2] == (NAME, HEADLINE)
    assert record["bio"] == BIO
    assert len(_findings(record, "headline-competing")) == 1


def test_the_line_under_the_name_wins_when_it_is_role_at_company() -> None:
    """Both candidates flagged either way: here the line under the name is "role at
    company" and the Position row is not; the row's value is named as the other."""
    page = (
        f"{NAME}\n\n{HEADLINE}\n\n"
        "Position\nVisiting Fellow\nRoom\nCarver Building 2.14\nPhone\n+44 115 496 0321\n\n"
        f"{BIO}\n\n{SECTIONS}"
    )
    record = _parse(page, "staff.txt")
    assert _header(record) == (NAME, HEADLINE, "Chief Operating Officer", "Quarry Lane Foods", BIO)
    (message,) = _findings(record, "headline-competing")
    assert "'Visiting Fellow'" in message


def test_directory_panel_of_glued_rows_gives_the_headline() -> None:
    """A directory's panel, label and value spans run together by the converter, under a
    title a profile's summary also uses ("Overview"): the rows are the header's (said so),
    the job row's value the headline, the rest the page's. Before, the panel was read as the
    summary and a row as the name."""
    page = (
        f"# {NAME}\n\nFollow · Save\n\n## Overview\n\n"
        f"Current job title{HEADLINE}\n\nEmployerQuarry Lane Foods\n\n"
        "RegionEast Midlands\n\nLast checked12 Oct 2026\n\n"
        f"## About\n\n{BIO}\n\n"
        "## Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "## Key Themes\n\nshift planning, food safety, supplier audits\n\n"
        "## Leadership Principles\n\n- Bake the schedule before the bread\n"
    )
    record = _parse(page, "directory.md")
    assert _header(record)[:4] == (NAME, HEADLINE, "Chief Operating Officer", "Quarry Lane Foods")
    assert record["summary"] is None
    assert _findings(record, "section-rows-in-header")
    assert not _findings(record, "content-unplaced")


def test_a_menu_of_one_word_links_is_no_key_value_run() -> None:
    """A site's menu pairs up as label and value by shape ("Programmes", "Research", ...):
    most of its "values" are labels themselves, so it is no run, and a mononym under it
    stays the name."""
    page = (
        "Programmes\nResearch\nPeople\nEvents\nAlumni\nContact\n\n"
        f"Thandeka\n\n{HEADLINE}\n\nThandeka runs operations at Quarry Lane Foods.\n\n{SECTIONS}"
    ).replace(NAME, "Thandeka")
    record = _parse(page, "menu.txt")
    assert record["name"] == "Thandeka"
    assert record["headline"] == HEADLINE


def test_a_particle_joined_to_a_name_is_written_like_a_name() -> None:
    """ "ben-Ami", "al-Qasimi", "d'Alembert": a short particle joined to a capitalised name."""
    assert written_like_a_name("Noa ben-Dror")
    assert written_like_a_name("Rashid ibn Hamad al-Mansoori")
    assert written_like_a_name("Claire d'Alembert")
    assert not written_like_a_name("co-op governance")
    assert not written_like_a_name("ex-Head of Sales")


def test_a_wrapped_definition_joined_to_its_term_is_the_job_row() -> None:
    """pandoc's Markdown sets a ``<dl>`` as "Term" then ":   value"; a value wrapped onto a
    second line comes out of the reader joined to its term ("Position Chief Operating ...").
    Right above the other rows, a line that starts with a label of the job is that row."""
    page = (
        f"# {NAME}\n\nVisiting Fellow\n\n"
        "Position\n:   Chief Operating Officer at Quarry Lane\n    Foods\n\n"
        "Room\n:   Carver Building 2.14\n\nPhone\n:   +44 115 496 0321\n\n"
        "Consultation times\n:   Thursdays 10-12\n\n"
        f"## Biography\n\n{BIO}\n\n"
        "## Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "## Key Themes\n\nshift planning, food safety, supplier audits\n"
    )
    record = _parse(page, "staff.md")
    assert _header(record) == (NAME, HEADLINE, "Chief Operating Officer", "Quarry Lane Foods", BIO)
    assert len(_findings(record, "headline-competing")) == 1


def test_a_glued_job_row_with_a_value_in_lower_case() -> None:
    """ "Current job titleex-Head of ...": the value starts in lower case, but a label of the
    job is known, so the cut is; the run of glued rows is read as before."""
    headline = "ex-Head of Baking at Quarry Lane Foods"
    page = (
        f"# {NAME}\n\n## Overview\n\n"
        f"Current job title{headline}\n\nEmployerQuarry Lane Foods\n\n"
        "RegionEast Midlands\n\nLast checked12 Oct 2026\n\n"
        f"## About\n\n{BIO}\n\n"
        "## Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "## Key Themes\n\nshift planning, food safety, supplier audits\n"
    )
    record = _parse(page, "directory.md")
    assert _header(record)[:2] == (NAME, headline)


def test_words_run_together_in_a_site_bar_are_no_rows() -> None:
    """A site's bar run together ("NetworkJobsEvents", "Anna-Lena": a capital after three
    lower-case letters too) is no run of glued rows without a row that names the job."""
    page = (
        "ProfileHub ____________ HomeMy\nNetworkJobsEventsMessages\n"
        "Anna-Lena Vogt\nAnna-Lena Vogt\nHead of Baking at Quarry Lane Foods\n\n"
        "Anna-Lena Vogt runs the bakeries of Quarry Lane Foods in the Midlands.\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "Key Themes\n\nshift planning, food safety\n"
    )
    record = _parse(page, "bar.txt")
    assert (record["name"], record["headline"]) == (
        "Anna-Lena Vogt",
        "Head of Baking at Quarry Lane Foods",
    )


def test_a_mononym_over_a_directory_panel_is_the_name() -> None:
    """A mononym the profile names as a word of its own is written like a name: under it a
    button row, the site's tabs (four capitalised words, "written like a name" too, never
    named by the profile), then the panel of rows. A scored list the reader does not see as
    one stands between the bio and the sections, so every candidate pays for it alike."""
    page = (
        "DirectoryHub Advanced search Log in\n\nPERSON\n\nAmaru\n\nFollow · Save to list\n\n"
        "Summary Funding People Signals\n\nOverview\n\n"
        "Primary job title\nBoard Chair at Caja Rural Altiplano\nOrganization\n"
        "Caja Rural Altiplano\nLocation\nPuno\nProfile updated\nNov 3, 2026\n\n"
        "About\n\nAmaru chairs the board of Caja Rural Altiplano, a lender to dairy farmers.\n\n"
        "Read more\n\nDimension Profile\n\nGovernance89▲\nMentorship85▲\nRisk Awareness78▲\n\n"
        "Key Themes\n\nmicrofinance\ndairy cooperatives\nrural credit\n\n"
        "Episode Summary\n\nAmaru talks about lending to dairy farmers in the Andes.\n"
    )
    record = _parse(page, "directory.txt")
    assert (record["name"], record["headline"]) == ("Amaru", "Board Chair at Caja Rural Altiplano")
    assert any(d["code"] == "name-doubtful" for d in record["diagnostics"])


def test_a_labelled_line_of_another_field_is_never_the_name() -> None:
    """ "Company: Lumen Health" under "Role: …" under the <h1> took the name's place (silently:
    the name read as a name, only the headline was missing); a "Label: value" line whose
    label is no name's is the page's property, never the leader's name."""
    html = (
        "<!doctype html><html><body><h1>Dana Whitfield</h1><p>Role: Chief Executive Officer</p>"
        "<p>Company: Lumen Health</p><h2>Bio</h2><p>Dana Whitfield leads Lumen Health, a maker "
        "of home diagnostics. She founded it in 2015.</p><h2>Dimension Profile</h2><ul>"
        "<li>Strategic Vision 95%</li><li>Execution &amp; Craft 80%</li></ul><h2>Key Themes</h2>"
        "<ul><li>home diagnostics</li><li>care at home</li></ul></body></html>"
    )
    record = parse_bytes(html.encode(), "page.html").data
    assert (record["name"], record["headline"]) == ("Dana Whitfield", "Chief Executive Officer")


def test_glued_rows_a_text_converter_set_apart_are_rows() -> None:
    """A plain-text converter writes each glued row of a directory panel on a line of its
    own, which the text reader takes for a title when it has no punctuation
    ("EmployerQuarry Lane Foods"). They are rows all the same: before, that row was read as
    the leader's name (written like one, and its company is named in the bio) and the next
    as the headline, with no warning."""
    page = (
        "FoodPeople Search Log in\n\nPERSON\n\n"
        f"{NAME}\n\nFollow · Shortlist\n\nProfile Funding Press Signals\n\nOverview\n\n"
        f"Current job title{HEADLINE}\n\nEmployerQuarry Lane Foods\n\nRegion—\n\n"
        "Last checked12 Oct 2026\n\n"
        f"About\n\n{BIO}\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "Key Themes\n\nshift planning, food safety, supplier audits\n\n"
        f"Episode Summary\n\n{NAME} talks about running nine bakeries from one dough kitchen.\n"
    )
    record = _parse(page, "directory.txt")
    assert _header(record)[:4] == (NAME, HEADLINE, "Chief Operating Officer", "Quarry Lane Foods")


def test_spaced_rows_of_a_markdown_panel_are_rows() -> None:
    """pandoc's gfm keeps a panel's label and value spans as raw HTML; the reader parts two
    elements that touch by a space ("EmployerQuarry Lane Foods" reads "Employer Quarry Lane
    Foods"), and a dash alone for a value goes with the next label as an attribution. The
    rows are the page's all the same: before, "Employer Quarry Lane Foods" (written like a
    name, its company named by the bio) was read as the name and the dash's label as the
    headline, with no warning."""
    row = '<div class="row">\n\n<span class="key">{}</span><span\nclass="val">{}</span>\n\n</div>'
    page = "\n\n".join(
        [
            f"# {NAME}\n\nFollow · Shortlist\n\n## Overview",
            row.format("Current job title", HEADLINE),
            row.format("Employer", "Quarry Lane Foods"),
            row.format("Region", "—"),
            row.format("Last checked", "12 Oct 2026"),
            f"## About\n\n{BIO}",
            "## Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%",
            "## Key Themes\n\nshift planning, food safety, supplier audits",
            f"## Episode Summary\n\n{NAME} talks about running nine bakeries.\n",
        ]
    )
    record = _parse(page, "directory.md")
    assert _header(record)[:4] == (NAME, HEADLINE, "Chief Operating Officer", "Quarry Lane Foods")
    assert record["summary"] is not None and "Employer" not in record["summary"]
    assert _findings(record, "section-rows-in-header")


def test_a_name_over_its_job_row_set_with_a_space_stays_the_name() -> None:
    """A name line splits like a spaced row ("Amaka" / "Eze") and a job row under it
    ("Role SVP Engineering at ...") would make a run of two: a label the profile names (a
    given name) is no row's. The job row gives the headline without its label (before, the
    label stayed in it)."""
    page = (
        "Amaka Eze\n\nRole SVP Engineering at Kora Payments\n\n"
        "Amaka Eze leads 300 engineers across card issuing, settlement and fraud.\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "Key Themes\n\nsettlement, fraud, on-call culture\n"
    )
    record = _parse(page, "notes.txt")
    assert (record["name"], record["headline"]) == ("Amaka Eze", "SVP Engineering at Kora Payments")


def test_a_name_no_one_names_under_a_name_the_profile_names_is_doubtful() -> None:
    """A text converter sets a directory's buttons on two lines under the name and its tabs
    (four capitalised words, written like a name) under them: the tabs line may win the
    name's place by standing next to the panel. The profile never names it, and it stands
    right under a line written like a name that the profile names: the name is flagged as a
    guess, never given as certain."""
    page = (
        "FoodPeople Search Log in\n\nPERSON\n\n"
        f"{NAME}\n\n+ Follow\n\nShortlist\n\nProfile Funding Press Signals\n\nOverview\n\n"
        f"Current job title{HEADLINE}\n\nEmployerQuarry Lane Foods\n\nRegion—\n\nLast checked12 Oct 2026\n\n"
        f"About\n\n{BIO}\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "Key Themes\n\nshift planning, food safety, supplier audits\n\n"
        f"Episode Summary\n\n{NAME} talks about running nine bakeries from one dough kitchen.\n"
    )
    record = _parse(page, "directory.txt")
    doubts = _findings(record, "name-doubtful")
    assert record["name"] == NAME or (
        _field_named(record, "name") and any(repr(NAME) in m for m in doubts)
    )


def test_two_glued_rows_a_text_reader_joined_as_a_wrap_are_two_rows() -> None:
    """A long job row fills a text browser's line, and the reader joins the next row's line
    to it as a wrapped paragraph ("...Foods (ex-Greggs) EmployerQuarry Lane Foods"): two rows
    all the same. Before, the next row's label and value ended the headline and the company,
    with no warning."""
    headline = "Chief Operating Officer at Quarry Lane Foods (ex-Greggs)"
    page = (
        f"{NAME}\n\n   + Follow\n\nOverview\n\n"
        f"   Current job title{headline}\n"
        "   EmployerQuarry Lane Foods (ex-Greggs, ex-Warburtons)\n"
        "   Region—\n   Last checked12 Oct 2026\n\n"
        "About\n\n"
        f"   {NAME} runs operations at Quarry Lane Foods, a bakery group\n"
        "   with nine sites in the Midlands and a central dough kitchen that bakes for\n"
        "   all of them through the night.\n\n"
        "Dimension Profile\n\n   Strategic Vision 70%\n   Execution & Craft 85%\n\n"
        "Key Themes\n\n   shift planning, food safety, supplier audits\n"
    )
    record = _parse(page, "directory.txt")
    assert _header(record)[:4] == (
        NAME,
        headline,
        "Chief Operating Officer",
        "Quarry Lane Foods (ex-Greggs)",
    )


def test_a_glued_row_s_wrapped_tail_between_two_rows_is_its_value_s() -> None:
    """A plain-text converter wraps a long row at its width and leaves the rows a blank line
    apart; the reader may keep the wrapped tail as a line of its own ("Officer at Quarry
    Lane Foods"). Standing between two rows, it is the row's value's end. Before, the tail
    broke the run of rows and the panel was read as the name and headline, with no warning."""
    page = (
        f"{NAME}\n\n+ Follow\n\nOverview\n\n"
        "Current job titleex-Head of Baking at Greggs, now Chief Operating\n"
        "Officer at Quarry Lane Foods\n\n"
        "EmployerQuarry Lane Foods\n\nRegion—\n\nLast checked12 Oct 2026\n\n"
        f"About\n\n{BIO}\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "Key Themes\n\nshift planning, food safety, supplier audits\n"
    )
    record = _parse(page, "directory.txt")
    assert _header(record)[:2] == (
        NAME,
        "ex-Head of Baking at Greggs, now Chief Operating Officer at Quarry Lane Foods",
    )


def test_a_tab_row_taken_for_the_name_under_a_mononym_is_doubtful() -> None:
    """The tab row under a mononym (one word, which the bio names) and its buttons: when the
    tab row is taken for the name, the mononym above it is named as the likelier one."""
    page = (
        "FoodPeople Search Log in\n\nPERSON\n\nThandeka\n\n+ Follow\n\nShortlist\n\n"
        "Profile Funding Press Signals\n\nOverview\n\n"
        f"Current job title{HEADLINE}\n\nEmployerQuarry Lane Foods\n\nRegion—\n\n"
        "Last checked12 Oct 2026\n\n"
        "About\n\nThandeka runs operations at Quarry Lane Foods, a bakery group.\n\n"
        "Dimension Profile\n\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "Key Themes\n\nshift planning, food safety, supplier audits\n\n"
        "Episode Summary\n\nThandeka talks about running nine bakeries from one kitchen.\n"
    )
    record = _parse(page, "directory.txt")
    doubts = _findings(record, "name-doubtful")
    assert record["name"] == "Thandeka" or (
        _field_named(record, "name") and any("'Thandeka'" in m for m in doubts)
    )


def test_a_row_s_value_that_starts_like_a_name_is_no_name() -> None:
    """A browser's copy of a directory panel, label and value a line each: the
    organisation's value starts with words the bio names ("Fjord Kelp Co-op · ...") and
    reads as a name with a headline after it on one line. A row's value is the page's
    property all the same, never the name."""
    job = "Chief Operating Officer at Fjord Kelp Co-op · Non-Executive Director, Havbruk Board"
    page = (
        "PERSON\nAnna Berg\n+ FollowSave to list\nSummary Funding Press Signals\nOverview\n"
        f"Primary job title\n{job}\nOrganization\n"
        "Fjord Kelp Co-op · Non-Executive Director, Havbruk Board\n"
        "Location\n—\nProfile updated\nNov 3, 2026\nAbout\n\n"
        "Anna Berg runs operations for the Fjord Kelp Co-op, owned by the families who farm "
        "kelp along the coast.\n\nRead more\nDimension Profile\n"
        "Community Trust95▲\nOperational Planning82▲\nMarket Development70▲\n\n"
        "Key Themes\nkelp\ncooperatives\nfjords\nblue economy\n"
    )
    record = _parse(page, "directory.txt")
    assert (record["name"], record["headline"]) == ("Anna Berg", job)


def test_a_term_a_text_reader_joined_to_a_full_value_line_starts_the_next_row() -> None:
    """w3m sets a ``<dl>``'s value indented under its term; a value that fills the line is
    taken for wrapped, and the next term joined to it ("... Quarry Lane Ltd. Room"). The
    term is the next row's all the same. Before, the run of rows broke there: the line under
    the name was taken as the headline and the Position row went to the bio, silently."""
    value = "ex-Head of Baking at Greggs, now Chief Operating Officer at Quarry Lane Ltd."
    bio = (
        f"{NAME} runs operations at Quarry Lane Foods, a bakery group with\n"
        "nine sites in the Midlands and a central dough kitchen that bakes for all of\n"
        "them through the night, and a school for bakers that opened in the spring."
    )
    page = (
        f"{NAME}\n\nVisiting Fellow\n\nPosition\n    {value}\nRoom\n    Carver Building 2.14\n"
        "Phone\n    +44 115 496 0321\nConsultation times\n    Thursdays 10-12\n\n"
        f"Biography\n\n{bio}\n\n{SECTIONS}"
    )
    record = _parse(page, "staff.txt")
    assert _header(record) == (
        NAME,
        value,
        "ex-Head of Baking at Greggs, now Chief Operating Officer",
        "Quarry Lane Ltd.",
        bio.replace("\n", " "),
    )


def test_a_row_label_a_text_reader_took_for_a_title_does_not_cut_the_panel() -> None:
    """A browser's copy of a directory panel, label and value a line each, under a title a
    summary also uses ("Overview"): the text reader takes one label ("Employer", a word
    alone over a longer line) for a title of no level, which cut the panel in two. The
    first part, one row, was read as the summary and the headline was missing; the panel
    runs on through such a label."""
    job = "ex-Head of Baking at Greggs, now Chief Operating Officer at Quarry Lane Foods Ltd."
    page = (
        "Start your free trial of FoodPeople Pro · Upgrade\nFoodPeopleAdvanced search Log in\n"
        f"PERSON\n{NAME}\n+ FollowShortlist\nProfile Funding Press Signals\nOverview\n"
        f"Current job title\n{job}\nEmployer\nQuarry Lane Foods Ltd.\nRegion\n—\n"
        "Last checked\nOct 12, 2026\nAbout\n\n"
        f"{BIO}\n\nRead more\nDimension Profile\nStrategic Vision 70%\nExecution & Craft 85%\n\n"
        "Key Themes\nshift planning\nfood safety\nsupplier audits\n"
    )
    record = _parse(page, "directory.txt")
    assert (record["name"], record["headline"], record["summary"]) == (NAME, job, None)
    assert _findings(record, "section-rows-in-header")


def test_a_brand_run_together_after_at_in_a_wrapped_job_row_is_the_company() -> None:
    """A job row wrapped onto a second line that starts with a brand written in one word of
    two capitals ("DeepMind", "OpenAI"): after "at" the value goes on, so "Deep" is no next
    row's label. Before, the company was cut off and lost with an info note only (reviewer)."""
    page = (
        f"{NAME}\n\n   + Follow\n\nOverview\n\n"
        "   Current job titleHead of Applied Research and Model Safety Programs at\n"
        "   DeepMind (ex-Google Brain)\n"
        "   Region—\n   Last checked12 Oct 2026\n\n"
        "About\n\n"
        f"   {NAME} runs research programmes at DeepMind, on model safety\n"
        "   and applied research across four labs.\n\n"
        "Dimension Profile\n\n   Strategic Vision 70%\n   Execution & Craft 85%\n\n"
        "Key Themes\n\n   shift planning, food safety, supplier audits\n"
    )
    record = _parse(page, "directory.txt")
    assert _header(record)[2:4] == (
        "Head of Applied Research and Model Safety Programs",
        "DeepMind (ex-Google Brain)",
    )
