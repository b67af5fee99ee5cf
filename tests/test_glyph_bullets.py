"""A decorative glyph before each list item (a check mark, an arrow, an emoji) is no part of it.

Sites decorate their lists with whatever glyph the designer picked, in an element of its own
(``<span aria-hidden="true">✓</span>``) or a CSS marker; converters keep it, first on the item's
line ("• ✓ Decide…") or alone on a line above it ("→" then the text). It used to stay in the
principle, or, alone on its line, to break the section so that its principles were lost.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLES
from hypothesis import given, strategies as st

from extractor.pipeline import parse_bytes
from extractor.read.lines import is_glyph, strip_glyph

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
HEAD = PAGE[: PAGE.index("Leadership Principles")]
PRINCIPLES = [
    "Ship the boring version first",
    "Ask the person closest to the work",
    "Write the decision down before the meeting ends",
]
TAIL = (
    "Notable Quotes\n\n"
    '"We measure twice because the second time is cheaper than the rework."\n\n'
    "— On planning\n"
)


def _principles(body: str) -> list[str]:
    page = HEAD + "Leadership Principles\n\n" + body + "\n" + TAIL
    record = parse_bytes(page.encode("utf-8"), "page.txt").record
    assert record.quotes and record.quotes[0].context == "On planning"
    return list(record.principles)


@pytest.mark.parametrize("glyph", ["✓", "✔", "→", "➜", "★", "▶", "✅", "👉", "⭐\ufe0f"])
def test_a_glyph_first_on_each_line_is_dropped(glyph: str) -> None:
    body = "\n".join(f"{glyph} {p}" for p in PRINCIPLES)
    assert _principles(body) == PRINCIPLES


@pytest.mark.parametrize("glyph", ["✓", "→", "🔹"])
def test_a_glyph_after_the_bullet_is_dropped(glyph: str) -> None:
    body = "\n".join(f"  • {glyph} {p}" for p in PRINCIPLES)
    assert _principles(body) == PRINCIPLES


@pytest.mark.parametrize("glyph", ["→", "✓", "◆"])
def test_a_glyph_alone_on_its_line_marks_the_next_line(glyph: str) -> None:
    body = "\n\n".join(f"{glyph}\n\n{p}" for p in PRINCIPLES)
    assert _principles(body) == PRINCIPLES


@pytest.mark.parametrize(
    "text",
    ["© 2026 Northwind", "× Close", "= total", "° C", "™ brand", "✓done", "Decide ✓ now", "→"],
)
def test_words_and_operators_are_kept(text: str) -> None:
    assert strip_glyph(text) == text


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=3))
def test_ascii_is_never_a_glyph(text: str) -> None:
    assert not is_glyph(text)
