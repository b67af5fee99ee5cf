"""Text decoded with the wrong table, in any script: the loader's and the gate's shared test.

Three signatures, none of them specific to one language:
- UTF-8 read as cp1252/latin-1: ``â€``, ``Ã©``, ``Â `` (a lead byte shown as a letter);
- UTF-8 read as cp1251: Cyrillic ``Р``/``С`` each followed by a symbol or a rare letter
  (``РЎРѕ``), the UTF-8 lead and trail bytes of Cyrillic text;
- a legacy non-Latin page (cp1251, Shift-JIS, GBK, EUC-KR, Greek, Hebrew...) read as cp1252:
  words made only of accented Latin letters and cp1252 symbols, which no Latin-script language
  writes (``Ãåííàäèé``); real words mix them with plain ASCII letters;
- a cp1252 symbol inside a word (``ŽR“c``), as a double-byte page read as cp1252 gives;
- C1 control characters, which only a latin-1 reading of such bytes produces.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.base.patterns import compiled

_UTF8_AS_WESTERN = "â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|ï»¿|\ufffd"
_UTF8_AS_CYRILLIC = "(?:[РС][\u0080-\u00bf\u0402-\u040f\u0452-\u045f‚„…†‡€‰‹‘’“”•–—™›]){2,}"
_LEGACY_AS_WESTERN = (
    "[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u00a1-\u00bf‚„…†‡‰‹›]{4,}"
)
# A cp1252 symbol with letters on both sides: a double-byte (Shift-JIS, GBK) page read as
# cp1252 (``ŽR“c``). Apostrophes, dashes and the middle dot are left out: words hold those.
_SYMBOL_INSIDE_WORD = "(?<=[^\\W\\d_])[‚ƒ„…†‡ˆ‰‹›•˜™“”¡-¶¸-¿×÷](?=[^\\W\\d_])"
_C1_CONTROLS = "[\u0080-\u009f]"  # bytes 0x80-0x9F read as latin-1: never in real text
MOJIBAKE = (
    f"{_UTF8_AS_WESTERN}|{_UTF8_AS_CYRILLIC}|{_LEGACY_AS_WESTERN}|{_SYMBOL_INSIDE_WORD}"
    f"|{_C1_CONTROLS}"
)


@cache
def mojibake() -> re.Pattern[str]:
    """MOJIBAKE, compiled when a text first has a character it could start with (~0.6 ms that a
    page without one never pays)."""
    return re.compile(MOJIBAKE)


# Every match of MOJIBAKE starts with one of these characters (the first character each
# signature above can start with). The combined pattern is tried at every position of the text
# by ``search``; this one class is scanned fast, and the whole pattern is tried only where it
# finds a character that could start a signature (a curly quote or an accented letter, say).
MOJIBAKE_START = compiled(
    "[\ufffdРС\u00a1-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "‚ƒ„…†‡ˆ‰‹›•˜™“”\u0080-\u009f]"
)


def looks_misdecoded(text: str) -> bool:
    """True when the text shows one of the signatures above (ASCII text never does)."""
    if text.isascii():
        return False
    first = MOJIBAKE_START.search(text)
    if first is None:
        return False
    match = mojibake().match
    for start in MOJIBAKE_START.finditer(text, first.start()):  # noqa: SIM110 - no generator
        if match(text, start.start()):
            return True
    return False
