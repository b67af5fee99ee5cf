"""Line tests answered from a table (``base.memo.per_line``) answer as the test itself does."""

from __future__ import annotations

from extractor.base.memo import LINE_MAX_CHARS, per_line
from extractor.parsing.sections import (
    SectionParser,
    is_section_title,
    parser_for,
    register as register_section,
    unregister,
)
from extractor.read.blocks import Block, Kind


def test_short_lines_are_judged_once_long_ones_every_time() -> None:
    asked: list[str] = []

    def words(text: str) -> int:
        asked.append(text)
        return len(text.split())

    counted = per_line(words)
    short, long = "Key Themes", "word " * (LINE_MAX_CHARS // 5 + 1)
    assert [counted(short), counted(short)] == [2, 2]
    assert [counted(long), counted(long)] == [len(long.split())] * 2
    assert asked == [short, long, long]
    assert counted.__name__ == "words" and counted.__doc__ == words.__doc__
    counted.cache_clear()
    assert counted(short) == 2 and asked == [short, long, long, short]


def test_a_section_registered_or_removed_is_seen_by_the_kept_title_test() -> None:
    """``parser_for`` keeps its answers per line while the registry stays as it is."""
    heading = Block(Kind.HEADING, "Awards", 1, 1)
    assert parser_for(heading) is None and not is_section_title("Awards")
    awards = SectionParser("awards", ("Awards",), lambda section, draft: None)
    register_section(awards)
    try:
        assert parser_for(heading) is awards and is_section_title("Awards")
    finally:
        unregister("awards")
    assert parser_for(heading) is None and not is_section_title("Awards")
