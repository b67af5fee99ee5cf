"""Which reader a page gets: by its extension, unless its bytes plainly say otherwise."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from extractor.pipeline import parse_bytes
from extractor.read import detect_format

HTML = SAMPLES / "gustav-soderstrom.html"


def _content(name: str) -> dict[str, object]:
    result = parse_bytes(HTML.read_bytes(), name)
    return {key: value for key, value in result.data.items() if key != "source"}


@pytest.mark.parametrize("name", ["page.txt", "page.TXT", "page.text", "page.md", "page.markdown"])
def test_a_web_page_saved_under_a_text_name_is_read_as_html(name: str) -> None:
    """A whole HTML document read as text gave tags as content and ran its list items together
    (and two copies of one page under two names disagreed, so neither was published)."""
    assert detect_format(name, HTML.read_text("utf-8")) == "html"
    assert _content(name) == _content("page.html")
    assert parse_bytes(HTML.read_bytes(), name).data["source"]["format"] == "html"


@pytest.mark.parametrize(
    "head",
    [
        "<?xml version='1.0'?>\n<!-- saved -->\n<!DOCTYPE html>\n<html><body>x</body></html>",
        "\ufeff  <HTML lang=en><p>x</p></HTML>",
    ],
)
def test_a_document_opening_is_html_after_a_declaration_or_comment(head: str) -> None:
    assert detect_format("page.txt", head) == "html"


@pytest.mark.parametrize(
    "text",
    [
        "<div align=center>\n\n# Ada Lovelace\n\n</div>\n\n## Key Themes\n\n- engines",
        "# Ada Lovelace\n\nShe wrote <html> in a sentence.",
        "Ada Lovelace\n<p>one paragraph of raw markup</p>",
    ],
)
def test_markdown_or_text_holding_some_html_keeps_its_extension(text: str) -> None:
    assert detect_format("page.md", text) == "markdown"
    assert detect_format("page.txt", text) != "html"
