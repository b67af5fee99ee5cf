"""Undeclared legacy encodings are detected, not read as cp1252; what slips through is flagged."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from extractor.base.mojibake import looks_misdecoded
from extractor.load.decode import decode
from extractor.pipeline import parse_bytes

# (encoding, a name and a bio sentence in a script that encoding covers)
LEGACY = [
    (
        "cp1251",
        "Анна Берг",
        "Анна Берг руководит командой дизайнеров из шестидесяти человек в банке Фьорд.",
    ),
    (
        "shift_jis",
        "山田 花子",
        "山田花子はフィヨルド銀行で六十人のデザインチームを率いています。",
    ),
]
BIO = "Hannah Berg leads a design team of sixty at Fjord Bank and previously ran research for a national public broadcaster."


def _page_in(name: str, bio: str = "") -> str:
    """The sample page with its leader renamed (and its bio translated): a page in that script."""
    text = (SAMPLES / "hannah-berg.txt").read_text(encoding="utf-8")
    if bio:
        text = text.replace(BIO, bio)
    return text.replace("Hannah Berg", name)


@pytest.mark.parametrize(("encoding", "name", "bio"), LEGACY, ids=[e for e, _, _ in LEGACY])
def test_undeclared_legacy_page_is_decoded(encoding: str, name: str, bio: str) -> None:
    page = _page_in(name, bio)
    assert bio in page
    result = parse_bytes(page.encode(encoding), "page.txt")
    assert result.record.name == name
    assert result.text == page
    assert not any(d.code == "mojibake" for d in result.findings)


def test_western_legacy_page_stays_cp1252() -> None:
    page = _page_in("Zoë Ångström-Müller")
    decoded = decode(page.encode("cp1252"))
    assert (decoded.encoding, decoded.text) == ("cp1252", page)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Геннадий Петров", "cp1252"),
        ("Геннадий Петров", "latin-1"),
        ("山田 花子は技術責任者です", "latin-1"),
        ("Геннадий Петров", "utf-8>cp1251"),
        ("Zoë “quoted” façade", "utf-8>cp1252"),
    ],
)
def test_mojibake_in_any_script_is_recognised(text: str, wrong: str) -> None:
    source, _, target = wrong.partition(">")
    if target:
        garbled = text.encode(source).decode(target, errors="replace")
    else:
        garbled = text.encode("cp1251" if text[0] == "Г" else "shift_jis").decode(source)
    assert looks_misdecoded(garbled)


@pytest.mark.parametrize(
    "text",
    [
        "Zoë Ångström-Müller",
        "naïve déjà-vu à côté",
        "Ça été Æsir Øre",
        "Геннадий",
        "山田 花子",
        "“quoted” — dash",
    ],
)
def test_real_text_is_not_mojibake(text: str) -> None:
    assert not looks_misdecoded(text)
