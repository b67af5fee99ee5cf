"""A quote's attribution of capitalised words, a comma and only a date ("— Tirana Tech Days,
2025"): the occasion and when it was, not a person ("Tirana Tech Days") and a context ("2025").
The leader is the speaker; where the words also read as a person's name, with a warning."""

from __future__ import annotations

from extractor.parsing.sections.quotes import dated_occasion
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = """<html><body>
<h1>Ada Stone</h1>
<p>CEO at Acme Labs</p>
<h2>About</h2>
<p>Ada Stone runs Acme Labs, a maker of small robots for warehouses.</p>
<h2>Dimension Profile</h2>
<ul><li>Strategic Vision: 95%</li></ul>
<h2>Notable Quotes</h2>
<blockquote><p>“Nobody remembers a fast payment.”</p></blockquote>
<p><em>— Oslo Robot Days, 2024</em></p>
<blockquote><p>“Ship the boring version first.”</p></blockquote>
<p><em>— Grace Mutua, her cofounder</em></p>
<blockquote><p>“Warehouses are kitchens with forklifts.”</p></blockquote>
<p><em>— Leeds warehouse meetup, March 2023</em></p>
</body></html>
"""


def test_an_occasion_and_its_year_is_the_context() -> None:
    result = parse_bytes(PAGE.encode(), "page.html")
    quotes = record_dict(result.record)["quotes"]
    assert [(q["speaker"], q["context"]) for q in quotes] == [
        ("Ada Stone", "Oslo Robot Days, 2024"),
        ("Grace Mutua", "her cofounder"),
        ("Ada Stone", "Leeds warehouse meetup, March 2023"),
    ]
    flagged = [f for f in result.findings if f.code == "quote-attribution-occasion"]
    assert len(flagged) == 1  # only the one that also reads as a name
    assert "Oslo Robot Days, 2024" in flagged[0].message


def test_only_a_date_after_the_comma() -> None:
    assert dated_occasion("Tirana Tech Days, 2025")
    assert dated_occasion("Eisteddfod talk, 3 March 2023")
    assert not dated_occasion("Grace Mutua, her cofounder")
    assert not dated_occasion("Grace Mutua, on hiring in 2023")
    assert not dated_occasion("2025")
