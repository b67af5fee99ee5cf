"""Numbered section titles and list numbers set apart from their text, in HTML designs."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

_HEAD = "<html><body><h1>Ada Stone</h1><p>Chief Executive Officer at Example Co</p>"
_QUOTES = "<h2>{n}Notable Quotes</h2><blockquote>“Slow is smooth.”</blockquote><p>— On hiring</p>"


def _parse(body: str) -> dict[str, object]:
    page = f"{_HEAD}{body}</body></html>".encode()
    return record_dict(parse_bytes(page, "page.html", "html").record)


def test_numbered_headings_and_number_cells() -> None:
    body = (
        "<h2>01. Dimension Profile</h2><ul><li>Team &amp; Leadership 72%</li></ul>"
        "<h2>02 — Key Themes</h2><ul><li>hiring</li></ul>"
        "<h2>Section 3: Leadership Principles</h2><table>"
        "<tr><td>1)</td><td>Hire slowly, even when the team is short</td></tr>"
        "<tr><td>2)</td><td>Coach in public and praise in private</td></tr></table>"
        + _QUOTES.format(n="4. ")
    )
    record = _parse(body)
    assert record["dimensions"] == [{"name": "Team & Leadership", "score": 72}]
    assert record["themes"] == ["hiring"]
    assert record["principles"] == [
        "Hire slowly, even when the team is short",
        "Coach in public and praise in private",
    ]
    assert record["quotes"] == [
        {"text": "Slow is smooth.", "speaker": "Ada Stone", "context": "On hiring"}
    ]
    codes = [d["code"] for d in record["diagnostics"]]  # type: ignore[attr-defined]
    assert "section-label-missing" not in codes
    assert "content-unplaced" not in codes


def test_number_divs_beside_principles() -> None:
    body = (
        "<h2>Dimension Profile</h2><ul><li>Team &amp; Leadership 72%</li></ul>"
        "<h2>Leadership Principles</h2>"
        "<div><div>01</div><div>Hire slowly, even when the team is short</div></div>"
        "<div><div>02</div><div>Coach in public and praise in private</div></div>"
        + _QUOTES.format(n="")
    )
    assert _parse(body)["principles"] == [
        "Hire slowly, even when the team is short",
        "Coach in public and praise in private",
    ]
