"""A quote's attribution that names an outlet, an event or a company ("— BBC Radio Sheffield",
"— NPR Morning Edition") in capitalised words like a person's name: where the leader said it,
not who said it. Taken as the context, the leader as the speaker, with a warning (a guess)."""

from __future__ import annotations

from extractor.parsing.sections.quotes import names_an_organisation
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
<p><em>— KTV Morning Edition</em></p>
<blockquote><p>“Ship the boring version first.”</p></blockquote>
<p><em>— Grace Mutua, her cofounder</em></p>
<blockquote><p>“Warehouses are kitchens with forklifts.”</p></blockquote>
<p><em>— The Leeds Business Review</em></p>
</body></html>
"""


def test_an_outlet_in_the_attribution_is_the_context() -> None:
    result = parse_bytes(PAGE.encode(), "page.html")
    quotes = record_dict(result.record)["quotes"]
    assert [(q["speaker"], q["context"]) for q in quotes] == [
        ("Ada Stone", "KTV Morning Edition"),
        ("Grace Mutua", "her cofounder"),
        ("Ada Stone", "The Leeds Business Review"),
    ]
    codes = [f.code for f in result.findings]
    assert codes.count("quote-attribution-organisation") == 2


def test_a_persons_name_is_not_an_organisation() -> None:
    assert not names_an_organisation("Reginald Ashby Carrington II")
    assert not names_an_organisation("Lin Yuting (Grace)")
    assert not names_an_organisation("Grace Mutua")
    assert not names_an_organisation("Speaking at the Memphis Chamber of Commerce")
    assert names_an_organisation("BBC Radio Sheffield")
