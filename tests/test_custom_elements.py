"""Web components: custom elements that hold markup are blocks; repeated leaf ones are chips.

Custom element names have a hyphen (the HTML standard requires it). A site built from
components puts each dimension row, chip and card in one; the reader must not run them together.
"""

from __future__ import annotations

from extractor.pipeline import parse_bytes

DIMS = [
    ("Strategic Vision", 80),
    ("Execution & Craft", 70),
    ("Data & Experimentation", 60),
    ("Growth & Distribution", 50),
    ("Team & Leadership", 90),
    ("User Empathy & Research", 40),
]
CHIPS = ["harbour logistics", "cold storage", "customs brokers", "EDI"]


def page() -> str:
    rows = "".join(
        f'<score-row>\n<span slot="label">{n}</span>\n<span slot="value">{s}%</span>\n</score-row>\n'
        for n, s in DIMS
    )
    chips = "\n".join(f"<x-chip>{c}</x-chip>" for c in CHIPS)
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>'
        "<site-header><amp-img src='/l.png' alt='logo'></amp-img><b>Portside</b></site-header>"
        "<leader-profile><h1>Ona Bexley</h1><p>Head of Operations at Quayline</p>"
        "<p>Runs harbour logistics for a ferry and freight operator on the Baltic.</p>"
        f"<h3>Dimension Profile</h3><score-list>{rows}</score-list>"
        f"<h3>Key Themes</h3><chip-list>{chips}</chip-list>"
        "<h3>Episode Summary</h3><p>Ona Bexley explains cold storage at the quay and why"
        " customs brokers still fax, as of <relative-time>last winter</relative-time>.</p>"
        "<h3>Leadership Principles</h3><p>• Walk the quay at night before changing a rota</p>"
        "<p>• Tell the crews first</p></leader-profile>"
        "</body></html>"
    )


def test_component_rows_and_chips_are_read_one_by_one() -> None:
    record = parse_bytes(page().encode("utf-8"), "page.html").record
    assert [(d.name, d.score) for d in record.dimensions] == DIMS
    assert list(record.themes) == CHIPS
    assert record.name == "Ona Bexley"
    # a leaf custom element inside a sentence stays inline
    assert record.summary == (
        "Ona Bexley explains cold storage at the quay and why customs brokers still fax, as of"
        " last winter."
    )
    assert list(record.principles) == [
        "Walk the quay at night before changing a rota",
        "Tell the crews first",
    ]
