"""Score bars with the number shown AFTER the bar: a name, an empty bar whose fill is as wide
as the score, then the number ("Craft Mastery", bar, "97"), as a landing page's skill list sets
them. Before, the number under the bar did not fit the dimensions' shape: the section ended
at the first dimension, its score read from the bar, and every section after it was lost."""

from __future__ import annotations

from typing import Any

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict


def _skill(name: str, score: int) -> str:
    return (
        f'<div class="skill"><span class="name">{name}</span><div class="bar">'
        f'<div class="fill" style="width:{score}%"></div></div>'
        f'<span class="num">{score}</span></div>'
    )


SCORES = [("Craft Mastery", 97), ("Cash Prudence", 55), ("Local Partnerships", 80)]

PAGE = (
    "<html><body><main><h1>Mara Quillfeather</h1><p>Chief Executive Officer at Lantern Mills</p>"
    "<h2>About</h2><p>Mara Quillfeather runs Lantern Mills, a cooperative of wool spinners in "
    "the hill country, and sells its yarn to knitters and weavers in twelve countries.</p>"
    '<h2>Dimension Profile</h2><div class="skills">'
    + "".join(_skill(name, score) for name, score in SCORES)
    + "</div><h2>Key Themes</h2><ul><li>wool</li><li>cooperatives</li><li>rural trade</li></ul>"
    "<h2>Leadership Principles</h2><ol><li>Pay the spinners before the bank</li>"
    "<li>Sell slowly, to people who come back</li></ol></main></body></html>"
)


def _record(page: str) -> dict[str, Any]:
    return record_dict(parse_bytes(page.encode(), "page.html").record)


def test_every_bar_keeps_its_number_and_the_sections_after_it_stay() -> None:
    record = _record(PAGE)
    assert record["dimensions"] == [{"name": name, "score": score} for name, score in SCORES]
    assert record["themes"] == ["wool", "cooperatives", "rural trade"]
    assert record["principles"] == [
        "Pay the spinners before the bank",
        "Sell slowly, to people who come back",
    ]
    assert not any(d["code"] == "score-from-bar" for d in record["diagnostics"])
