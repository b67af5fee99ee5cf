"""Render the held-out leaders (truth.py) as pasted pages and expected records.

    python tests/heldout/build.py        # writes pages/NNN-<id>.<txt|md> and expected/NNN-<id>.json

Deterministic. The expected record follows the development corpus's documented rules (its
README: id slug, role/company split on the last " at ", paragraphs joined by a blank line, quote
speaker/context) but is computed here from truth.py, independently of the extractor's code.
Layouts vary the way pasted pages vary (see LAYOUTS); each leader gets one, in turn.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth import DIMENSIONS, LEADERS  # noqa: E402

_FOLD = str.maketrans(
    {"ø": "o", "æ": "ae", "ł": "l", "ð": "d", "ı": "i", "ß": "ss", "œ": "oe", "þ": "th", "đ": "d"}
)


def slug(name: str) -> str:
    """The README's id rule: transliterate, fold accents, drop apostrophes, join ASCII runs."""
    text = name.lower().translate(_FOLD).replace("'", "").replace("’", "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words, word = [], ""
    for ch in text:
        if ch.isascii() and ch.isalnum():
            word += ch
        elif word:
            words.append(word)
            word = ""
    if word:
        words.append(word)
    return "-".join(words)


def expected(person: dict[str, Any]) -> dict[str, Any]:
    headline = person["headline"]
    role, sep, company = headline.rpartition(" at ")
    quotes = [
        {"text": text, "speaker": speaker or person["name"], "context": context}
        for text, speaker, context in person["quotes"]
    ]
    return {
        "id": slug(person["name"]),
        "name": person["name"],
        "headline": headline,
        "role": role if sep else headline,
        "company": company if sep else None,
        "bio": "\n\n".join(person["bio"]),
        "dimensions": [
            {"name": name, "score": score}
            for name, score in zip(DIMENSIONS, person["scores"], strict=True)
        ],
        "themes": list(person["themes"]),
        "summary": "\n\n".join(person["summary"]),
        "principles": list(person["principles"]),
        "quotes": quotes,
    }


def attribution(speaker: str | None, context: str | None) -> str | None:
    if speaker:
        return f"{speaker}, {context}" if context else speaker
    return context


# --- layouts ------------------------------------------------------------------------------------


def _text_page(
    person: dict[str, Any],
    *,
    dims_split: bool = False,
    bullet: str = "  • ",
    quote_marks: tuple[str, str] = ('"', '"'),
    chrome: bool = True,
    trailing: str = "",
    gap: str = "\n\n",
) -> str:
    """The real example's layout, with the knobs pasted pages differ in."""
    blocks: list[str] = []
    if chrome:
        blocks.append("← All Leaders")
    blocks += [person["name"], person["headline"], *person["bio"], "Dimension Profile"]
    if dims_split:
        blocks.append(
            "\n".join(f"{n}\n{s}%" for n, s in zip(DIMENSIONS, person["scores"], strict=True))
        )
    else:
        blocks.append(
            "\n".join(f"{n} {s}%" for n, s in zip(DIMENSIONS, person["scores"], strict=True))
        )
    blocks += ["Key Themes", " ".join(person["themes"]), "Episode Summary", *person["summary"]]
    blocks += ["Leadership Principles", "\n".join(bullet + p for p in person["principles"])]
    if person["quotes"]:
        blocks.append("Notable Quotes")
        for text, speaker, context in person["quotes"]:
            blocks.append(f"{quote_marks[0]}{text}{quote_marks[1]}")
            who = attribution(speaker, context)
            if who:
                blocks.append(f"— {who}")
    if chrome:
        blocks += ["Want to know how you compare?", "Take the Assessment"]
    page = gap.join(blocks)
    if trailing:
        page = "\n".join(line + trailing if line else line for line in page.split("\n"))
    return page if chrome else page + "\n"


def standard(person: dict[str, Any]) -> tuple[str, str]:
    return _text_page(person), "txt"


def crlf(person: dict[str, Any]) -> tuple[str, str]:
    return _text_page(person).replace("\n", "\r\n"), "txt"


def dims_split(person: dict[str, Any]) -> tuple[str, str]:
    return _text_page(person, dims_split=True), "txt"


def curly_no_chrome(person: dict[str, Any]) -> tuple[str, str]:
    """Copied from the profile's start to its last quote; typographic quote marks."""
    return _text_page(person, chrome=False, quote_marks=("“", "”"), bullet="• "), "txt"


def trailing_spaces(person: dict[str, Any]) -> tuple[str, str]:
    """Some browsers leave a space at the end of every copied line."""
    return _text_page(person, trailing=" "), "txt"


def loose(person: dict[str, Any]) -> tuple[str, str]:
    """Two blank lines between blocks (block margins copied as empty lines)."""
    return _text_page(person, gap="\n\n\n"), "txt"


def shouting(person: dict[str, Any]) -> tuple[str, str]:
    """Section titles in capitals (CSS ``text-transform: uppercase`` copies as capitals in some
    browsers) and bullets followed by a tab."""
    page = _text_page(person, bullet="•\t")
    for title in (
        "Dimension Profile",
        "Key Themes",
        "Episode Summary",
        "Leadership Principles",
        "Notable Quotes",
    ):
        page = page.replace(f"\n\n{title}\n\n", f"\n\n{title.upper()}\n\n")
    return page, "txt"


def whole_site_copy(person: dict[str, Any]) -> tuple[str, str]:
    """Select-all on the whole page: the site's header, menu and breadcrumbs above the profile,
    a "More leaders" list, a newsletter box and the footer below it."""
    above = (
        "Skip to main content\nThe Operators\nEpisodes\nLeaders\nAbout\nSearch\n\nHome / Leaders\n"
    )
    below = (
        "\n\nMore leaders\n\nIlse Brandvold\nHead of Data at Fjellnett\n\nKofi Mensah-Bonsu\n"
        "Chief Operating Officer at Adinkra Freight\n\nGet one email a week\nSubscribe\n\n"
        "© 2026 The Operators · Privacy · Terms"
    )
    return above + "\n" + _text_page(person) + below, "txt"


def markdown_bare(person: dict[str, Any]) -> tuple[str, str]:
    """A Markdown export with no site chrome; themes run together on one line."""
    out = [f"# {person['name']}", "", person["headline"], ""]
    for para in person["bio"]:
        out += [para, ""]
    out += ["## Dimension Profile", ""]
    out += [f"- **{n}**: {s}%" for n, s in zip(DIMENSIONS, person["scores"], strict=True)]
    out += ["", "## Key Themes", "", " ".join(person["themes"]), "", "## Episode Summary", ""]
    for para in person["summary"]:
        out += [para, ""]
    out += ["## Leadership Principles", ""]
    out += [f"- {p}" for p in person["principles"]]
    out.append("")
    if person["quotes"]:
        out += ["## Notable Quotes", ""]
        for text, speaker, context in person["quotes"]:
            out.append(f"> {text}")
            who = attribution(speaker, context)
            if who:
                out.append(f"> — {who}")
            out.append("")
    return "\n".join(out), "md"


LAYOUTS: dict[str, Callable[[dict[str, Any]], tuple[str, str]]] = {
    "standard": standard,
    "crlf": crlf,
    "dims-split": dims_split,
    "curly-no-chrome": curly_no_chrome,
    "trailing-spaces": trailing_spaces,
    "loose": loose,
    "markdown-bare": markdown_bare,
    "shouting": shouting,
    "whole-site-copy": whole_site_copy,
}
# Half the pages as the real example is laid out; every 2nd one in a variant, in turn.
_VARIANTS = [name for name in LAYOUTS if name != "standard"]


def layout_of(index: int) -> str:
    return _VARIANTS[(index // 2) % len(_VARIANTS)] if index % 2 == 1 else "standard"


def build(out: Path = HERE) -> list[dict[str, Any]]:
    manifest = []
    for index, person in enumerate(LEADERS):
        record = expected(person)
        case = f"{index + 1:03d}-{record['id']}"
        layout = layout_of(index)
        text, ext = LAYOUTS[layout](person)
        (out / "pages").mkdir(exist_ok=True)
        (out / "expected").mkdir(exist_ok=True)
        (out / "pages" / f"{case}.{ext}").write_bytes(text.encode("utf-8"))
        (out / "expected" / f"{case}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        manifest.append({"case": case, "layout": layout, "page": f"pages/{case}.{ext}"})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    for row in build():
        print(row["case"], row["layout"])
