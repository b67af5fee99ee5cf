"""A photo's credit on the source line right under a hard-wrapped byline (lynx sets the
post's byline and the figure's caption so): the credit read as the byline's last wrapped line,
so as prose, and once the byline was set aside as the site's, it opened the bio with no word
of doubt. Judged again on its own, it is a short line between the headline and the bio.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = (
    "Mira Castell\n\n"
    "   Chief Operating Officer at Northwind Air\n\n"
    "   By Dana Whitfield, University Communications · 14 March 2026 · 6 min\n"
    "   read\n"
    "   Photo: Northwind Air / Jo Berg\n\n"
    "   Mira Castell runs operations at Northwind Air, a regional airline based in\n"
    "   Bergen, and flies the coastal route herself each spring.\n\n"
    "Dimension Profile\n\n"
    "   Punctuality: 91 out of 100\n   Crew Care: 84 out of 100\n"
    "   Cost Discipline: 72 out of 100\n"
)


def test_a_credit_under_a_wrapped_byline_is_no_part_of_the_bio() -> None:
    data = parse_bytes(PAGE.encode(), "page.txt", "text").data
    assert data["bio"] == (
        "Mira Castell runs operations at Northwind Air, a regional airline based in Bergen, "
        "and flies the coastal route herself each spring."
    )
    chrome = [d["line"] for d in data["diagnostics"] if d["code"] == "site-chrome"]
    assert 6 in chrome
