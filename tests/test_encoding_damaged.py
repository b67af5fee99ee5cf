"""A UTF-8 page with a few byte sequences that are not UTF-8 (elinks writes some characters its
own way): read as UTF-8, each bad stretch as U+FFFD, and a warning names the field holding it.

It used to be read as windows-1252: every accented letter of the page became mojibake ("Ã©"),
and the one note about it named no field, so the damage looked silent.
"""

from __future__ import annotations

from conftest import SAMPLES
from hypothesis import given, strategies as st

from extractor.load.decode import decode
from extractor.pipeline import parse_bytes

PAGE = (SAMPLES / "gustav-soderstrom.txt").read_text("utf-8")
BAD = b"\xfd\xbf\xbf\xbd\xa3\xac"  # what elinks wrote for a combining mark


def _page() -> bytes:
    text = PAGE.replace("Gustav Soderstrom\n\nCo-President", "Gustav Söderström\n\nCo-President", 1)
    data = text.encode("utf-8")
    return data.replace("Söderström\n\nCo".encode(), "Söderstr".encode() + BAD + b"m\n\nCo", 1)


def test_mostly_utf8_is_read_as_utf8_and_the_damaged_field_is_named() -> None:
    result = parse_bytes(_page(), "page.txt")
    assert result.record.name == "Gustav Söderstr\ufffdm"
    assert result.record.source.encoding == "utf-8"
    damaged = [f for f in result.findings if f.code == "encoding-damaged"]
    assert [f.field for f in damaged] == ["name"]
    assert damaged[0].severity.value == "warning"
    assert "Ã" not in (result.record.bio or "")


def test_a_windows_1252_page_is_still_read_as_windows_1252() -> None:
    data = "Café “Olé” — résumé, naïve façade".encode("cp1252")
    decoded = decode(data)
    assert decoded.encoding == "cp1252"
    assert decoded.text == "Café “Olé” — résumé, naïve façade"


@given(st.text(alphabet="abcdé ü“”—", min_size=1, max_size=40))
def test_single_byte_text_is_never_taken_for_damaged_utf8(text: str) -> None:
    data = ("x" + text).encode("cp1252")
    decoded = decode(data)
    # (Which single-byte encoding a short text is read as is the detector's guess; only that
    # it is never read as UTF-8 with damage is this rule's. Some single-byte texts are valid
    # UTF-8 as they stand, "xé——" is "x闗": those are read as UTF-8, as they always were.)
    assert "\ufffd" not in decoded.text
    if decoded.encoding == "utf-8":
        assert decoded.text == data.decode("utf-8")
