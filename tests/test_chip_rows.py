"""Chip rows kept as raw HTML by a converter, whose tags pandoc wraps over several lines."""

from __future__ import annotations

from extractor.pipeline import parse_bytes

PAGE = """\
# Ada Stone

CEO at Example Co

Ada Stone runs Example Co in Leeds, where she leads the platform teams.

## Key Themes

{chips}

## Episode Summary

Ada Stone on settlement and on-call culture at Example Co.
"""

# pandoc's gfm keeps a status lozenge it cannot write as Markdown as raw HTML, and breaks each
# opening tag over lines: every chip then ends a line of its own once the tags are gone.
LOZENGE = '<span\nclass="status-macro aui-lozenge conf-macro output-inline"\nmacro-name="status">{}</span>'


def test_wrapped_raw_html_chips_keep_no_separator() -> None:
    chips = ["kaupapa Māori", "food security", "volunteers", "grant writing"]
    row = " ".join(LOZENGE.format(chip) for chip in chips)
    result = parse_bytes(PAGE.format(chips=row).encode(), "page.md", "markdown")
    assert result.data["themes"] == chips
    assert [f.code for f in result.findings if f.code.startswith("themes")] == []
