"""Theme lines set apart by <br>s in one paragraph, each after the same decorative glyph
("→ tidal energy", as an email's text block writes a list): the glyph is the list's marker,
not the theme's first word. A glyph met once stays the chip's own."""

from __future__ import annotations

from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

PAGE = """<html><body>
<h1>Ada Stone</h1>
<p>CEO at Acme Labs</p>
<h2>About</h2>
<p>Ada Stone runs Acme Labs, a maker of small robots for warehouses.</p>
<h2>Dimension Profile</h2>
<ul><li>Strategic Vision: 95%</li></ul>
<h2>Key Themes</h2>
<p>→ warehouse robots<br>→ night shifts<br>→ pricing</p>
</body></html>
"""


def test_a_glyph_before_every_theme_is_the_lists_marker() -> None:
    got = record_dict(parse_bytes(PAGE.encode(), "page.html").record)
    assert got["themes"] == ["warehouse robots", "night shifts", "pricing"]


def test_a_glyph_met_once_is_kept() -> None:
    page = PAGE.replace("→ night shifts<br>→ pricing", "night shifts<br>pricing")
    got = record_dict(parse_bytes(page.encode(), "page.html").record)
    assert got["themes"][0] == "→ warehouse robots"


def test_many_chips_with_a_glyph_cost_linear_time() -> None:
    """Each chip's glyph was counted over all the chips: quadratic in their number (about 6 s
    for 32,000 chips). Counted once now."""
    import time

    from extractor.parsing.sections.themes import _without_shared_glyph
    from extractor.read.blocks import Block, Kind

    block = Block(Kind.PARAGRAPH, "x", 0, 0, "", 0, 0, None, False)
    found = [(f"→ topic {i}", block) for i in range(32_000)]
    started = time.perf_counter()
    kept = _without_shared_glyph(found)
    assert time.perf_counter() - started < 2.0
    assert kept[0][0] == "topic 0"
