"""Scores set as a table: a heading row, then a name and a score a row."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

_TOP = (
    "<html><body><main><h1>Ada Stone</h1><p>Founder at Example Co</p>"
    "<p>Ada Stone founded Example Co to build tools for hiring.</p>"
)
_REST = (
    "<h2>Key Themes</h2><ul><li>hiring</li><li>pricing</li></ul>"
    "<h2>Episode Summary</h2><p>Ada Stone talks about hiring and pricing.</p>"
    "</main></body></html>"
)
_ROWS = [("Board Oversight", "95 / 100"), ("Cash Flow", "68 / 100"), ("Field Safety", "7 / 100")]


def _table(head: tuple[str, str]) -> str:
    rows = "".join(f"<tr><td>{n}</td><td>{s}</td></tr>" for n, s in _ROWS)
    return f"<table><tr><th>{head[0]}</th><th>{head[1]}</th></tr>{rows}</table>"


def test_score_table_under_a_title_of_the_sites_own() -> None:
    page = _TOP + "<h2>At a glance</h2>" + _table(("Metric", "Value")) + _REST
    record = record_dict(parse_bytes(page.encode(), "p.html", "html").record)
    assert record["name"] == "Ada Stone"
    assert record["dimensions"] == [
        {"name": "Board Oversight", "score": 95},
        {"name": "Cash Flow", "score": 68},
        {"name": "Field Safety", "score": 7},
    ]
    assert record["extra_sections"] == []
    flagged = [d for d in record["diagnostics"] if d["code"] == "section-label-missing"]
    assert flagged and flagged[0]["field"] == "dimensions"


def test_a_prose_section_is_not_read_as_scores() -> None:
    page = _TOP + "<h2>Dimension Profile</h2><p>Vision 90%</p><p>Hiring 80%</p>"
    page += "<h2>Awards</h2><p>Best founder, 2021.</p><p>Shortlisted twice since.</p>" + _REST
    record = record_dict(parse_bytes(page.encode(), "p.html", "html").record)
    assert [x["title"] for x in record["extra_sections"]] == ["Awards"]


def test_score_table_under_a_one_word_name() -> None:
    """A one-word name over the headline: the table's heading cells are the table's, not lines
    between the header and the first section that count against the name."""
    page = (
        "<html><body><main><h1>Profiles : Adaeze</h1><p>Created by Lee Park on Feb 02, 2026</p>"
        "<p><strong>Adaeze</strong></p><p>Founder at Example Co</p>"
        "<p>Adaeze started Example Co in her kitchen in 1998 with two pots.</p>"
        "<p>Her two sons run export and design today.</p>"
        "<h2>Ratings</h2>" + _table(("Metric", "Value")) + _REST.replace("Ada Stone", "Adaeze")
    )
    record = record_dict(parse_bytes(page.encode(), "p.html", "html").record)
    assert (record["name"], record["headline"]) == ("Adaeze", "Founder at Example Co")
    assert len(record["dimensions"]) == 3
