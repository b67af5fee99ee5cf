"""A header that gives the job and the employer as key/value rows of their own ("Position:
Chief Executive Officer", "Organization: Lantern Mills"; a staff page's ``<dl>``): the job
is the headline, and with no " at " in it the company is the row's that names it. Before, the
company was left empty with no word of it, and a "Label: value" headline's next row went
into the bio."""

from __future__ import annotations

import pytest

from extractor.pipeline import parse_bytes

SECTIONS = (
    "## About\n\nMara Quill runs Lantern Mills, a cooperative of wool spinners in the hill "
    "country.\n\n## Key Themes\n\n- wool\n- cooperatives\n- rural trade\n\n"
    "## Leadership Principles\n\n- Pay the spinners first\n- Sell slowly\n"
)
BIO = "Mara Quill runs Lantern Mills, a cooperative of wool spinners in the hill country."


@pytest.mark.parametrize(
    "header",
    [
        "Position: Chief Executive Officer\n\nOrganization: Lantern Mills\n",
        "Chief Executive Officer\n\nCompany: Lantern Mills\n\nOffice: Mill House, Room 4\n\n"
        "Phone: 01632 960 123\n",
    ],
)
def test_the_company_row_gives_the_company(header: str) -> None:
    data = parse_bytes(("# Mara Quill\n\n" + header + "\n" + SECTIONS).encode(), "p.md").data
    assert data["headline"] == "Chief Executive Officer"
    assert data["role"] == "Chief Executive Officer"
    assert data["company"] == "Lantern Mills"
    assert data["bio"] == BIO


def test_a_headline_with_its_company_keeps_it() -> None:
    header = "Chief Executive Officer at Lantern Mills\n\nCompany: Lantern Mills Ltd\n\n"
    header += "Office: Mill House, Room 4\n\nPhone: 01632 960 123\n"
    data = parse_bytes(("# Mara Quill\n\n" + header + "\n" + SECTIONS).encode(), "p.md").data
    assert data["company"] == "Lantern Mills"


def test_a_staff_pages_definition_list_gives_the_company() -> None:
    """A ``<dl>`` whose terms and values are lines of their own: the employer's name is
    written as a label is ("Lantern Mills"), as a job's title is, and the run of rows holds."""
    page = (
        "<html><body><main><h1>Mara Quill</h1>"
        "<dl><dt>Position</dt><dd>Chief Executive Officer</dd>"
        "<dt>Organisation</dt><dd>Lantern Mills</dd>"
        "<dt>Email</dt><dd>mara@lantern.example</dd></dl>"
        f"<h2>About</h2><p>{BIO}</p>"
        "<h2>Key Themes</h2><ul><li>wool</li><li>cooperatives</li></ul>"
        "<h2>Leadership Principles</h2><ul><li>Pay the spinners first</li></ul>"
        "</main></body></html>"
    )
    data = parse_bytes(page.encode(), "p.html").data
    assert data["role"] == "Chief Executive Officer"
    assert data["company"] == "Lantern Mills"
    assert data["bio"] == BIO


def test_a_job_row_that_names_the_company_after_a_comma_leaves_the_role() -> None:
    """ "Position: Chief Executive Officer, Lantern Mills" over "Organisation: Lantern Mills":
    the role is the job, not the job and the employer the company row gives again."""
    header = "Position: Chief Executive Officer, Lantern Mills\n\nOrganisation: Lantern Mills\n"
    data = parse_bytes(("# Mara Quill\n\n" + header + "\n" + SECTIONS).encode(), "p.md").data
    assert data["headline"] == "Chief Executive Officer, Lantern Mills"
    assert data["role"] == "Chief Executive Officer"
    assert data["company"] == "Lantern Mills"
