"""The Markdown sample rewritten the ways converters write Markdown gives the same record.

Each variant changes one construct of ``samples/priya-raman.md`` (tables, definition lists,
bold labels, escapes, setext headings, other bullets, nested quotes, reference links, raw
HTML, hard wraps) and must parse to the sample's golden record, saved as ``.md`` and as
``.txt`` (the format comes from the content).
"""

from __future__ import annotations

import json
import re
import textwrap

import pytest
from conftest import GOLDEN, SAMPLES

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

SAMPLE = (SAMPLES / "priya-raman.md").read_text(encoding="utf-8")
IGNORED = {"source", "diagnostics", "provenance"}
DIMENSIONS = [
    ("Strategic Vision", 92),
    ("Execution & Craft", 78),
    ("Data & Experimentation", 66),
    ("Growth & Distribution", 81),
    ("Team & Leadership", 88),
    ("User Empathy & Research", 59),
]


def _expected() -> dict[str, object]:
    record = json.loads((GOLDEN / "priya-raman.md.json").read_text(encoding="utf-8"))
    return {k: v for k, v in record.items() if k not in IGNORED}


def _section(page: str, title: str, body: str) -> str:
    return re.sub(
        rf"(## {title}\n\n).*?(?=\n## |\n\[Take)", lambda m: m[1] + body, page, flags=re.S
    )


def _dimensions(rows: list[str]) -> str:
    return _section(SAMPLE, "Dimension Profile", "\n".join(rows) + "\n")


VARIANTS = {
    "table-with-header": _dimensions(
        ["| Dimension | Score |", "|:---|---:|"] + [f"| {n} | {s}% |" for n, s in DIMENSIONS]
    ),
    "table-no-percent": _dimensions(
        ["| Dimension | Score |", "| --- | --- |"] + [f"| {n} | {s} |" for n, s in DIMENSIONS]
    ),
    "table-no-header": _dimensions(
        [f"{n}| {s}%  " for n, s in DIMENSIONS[:1]]
        + ["---|---  "]
        + [f"{n}| {s}%  " for n, s in DIMENSIONS[1:]]
    ),
    "definition-list": _dimensions([f"{n}\n:   {s}%\n" for n, s in DIMENSIONS]),
    "bold-labels": _dimensions([f"**{n}** {s}%  " for n, s in DIMENSIONS]),
    "escaped": SAMPLE.replace("1. Fix", "1\\. Fix")
    .replace("Growth & Distribution", "Growth \\& Distribution")
    .replace("Team & Leadership", "Team \\& Leadership")
    .replace('exist yet."', 'exist yet\\."'),
    "setext-headings": re.sub(
        r"^## (.+)$",
        lambda m: f"{m[1]}\n{'-' * len(m[1])}",
        re.sub(r"^# (.+)$", lambda m: f"{m[1]}\n{'=' * len(m[1])}", SAMPLE, flags=re.M),
        flags=re.M,
    ),
    "plus-bullets": SAMPLE.replace("\n- ", "\n+ "),
    "star-bullets": SAMPLE.replace("\n- ", "\n* "),
    "reference-links": SAMPLE.replace(
        "[Take the Assessment](/assessment)", "[Take the Assessment][cta]\n\n[cta]: /assessment"
    ),
    "raw-html": '<div class="profile">\n\n'
    + SAMPLE.replace("## Key Themes", '<section class="themes">\n\n## Key Themes').replace(
        "## Episode Summary", "</section>\n\n## Episode Summary"
    )
    + "\n</div>\n",
    "inline-html": SAMPLE.replace(
        "Margin before growth", '<span class="chip">Margin before growth</span>'
    ),
    # An editor's short lines, one item per line with neither bullets nor blank lines between
    # them (Markdown would join them into one paragraph; no wrapper would have broken them).
    "plain-lines": _section(
        _dimensions([f"{n} {s}%" for n, s in DIMENSIONS]),
        "Key Themes",
        "Software eats freight\nMargin before growth\nBoards as thinking partners\n",
    ),
    # pandoc's own Markdown of a component-library page: headings hold nested attributed spans
    # and an icon; list items hold fenced divs (an icon's, then the text's).
    "pandoc-attributes": re.sub(
        r"^## (.+)$",
        lambda m: (
            f"## [[{m[1]}]{{.MuiTypography-h6}}]{{.summary}}"
            "[![](data:image/svg+xml;base64,PHN2Zz4=)]{.icon} {#s .heading}"
        ),
        SAMPLE,
        flags=re.M,
    ),
    "pandoc-fenced-items": re.sub(
        r"^\d\. (.+)$",
        lambda m: (
            "-   ::: MuiListItemIcon-root\n    ![](data:image/svg+xml;base64,PHN2Zz4=)\n    :::\n\n"
            f"    ::: MuiListItemText-root\n    [{m[1]}]{{.body1}}\n    :::\n"
        ),
        SAMPLE,
        flags=re.M,
    ),
    # pandoc's gfm keeps an icon's <img> as raw HTML broken over lines, the item's text after it.
    "pandoc-gfm-icon-items": re.sub(
        r"^\d\. (.+) (\w+)$",
        lambda m: (
            '-   <img\n    src="data:image/svg+xml;base64,PHN2Zz4="\n'
            f'    class="h-5 w-5" />{m[1]}\n    {m[2]}'  # the item's text wrapped, too
        ),
        SAMPLE,
        flags=re.M,
    ),
    # pandoc's Markdown of a Webflow link block (<a><div>chip</div></a>): a link around
    # nothing, then the chip's text in a div of its own.
    "pandoc-link-blocks": _section(
        SAMPLE,
        "Key Themes",
        "".join(
            f"[](/themes/{n}){{.tag .w-inline-block}}\n\n<div>\n\n{chip}\n\n</div>\n\n"
            for n, chip in enumerate(
                ["Software eats freight", "Margin before growth", "Boards as thinking partners"]
            )
        ),
    ),
    "hard-wrapped": "\n".join(
        textwrap.fill(
            line, 60, break_on_hyphens=True, subsequent_indent="> " if line.startswith(">") else ""
        )
        if len(line) > 60 and not line.startswith(("- ", "1.", "2.", "3."))
        else line
        for line in SAMPLE.split("\n")
    ),
}


def _record(text: str, name: str) -> dict[str, object]:
    result = parse_bytes(text.encode("utf-8"), name)
    return {k: v for k, v in record_dict(result.record).items() if k not in IGNORED}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("extension", ["md", "txt"])
def test_markdown_variant_gives_the_sample_record(variant: str, extension: str) -> None:
    page = VARIANTS[variant]
    assert page != SAMPLE
    assert _record(page, f"page.{extension}") == _expected()
