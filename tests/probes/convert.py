"""Render a probe's profiles into its designs and run every page through the converters.

Shared by each probe's ``gen.py``: ``generate(out, profiles, designs, converters, text_designs)``
writes ``out/<design>/<id>.html`` (the design's page), ``out/<design>/<id>.<converter>.<ext>``
(each converter's output), ``out/<design>/<id>.pasted.txt`` (the Chromium copy with the theme
chips run together on one line, as a paste from a browser gives them) and, for designs that are
text written by hand, ``out/<design>/<id>.<ext>``.

Needs the Debian tools (``apt-get install pandoc w3m lynx links elinks chromium``) and, from
PyPI, html2text and markdownify.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

# The browser's copy is the conformance suite's (what a select-all copy gives: innerText).
sys.path.append(
    str(Path(__file__).resolve().parent.parent / "conformance")
)  # after the probe's own
from generate import chromium_innertext

Profile = dict[str, Any]
Converter = Callable[[str, Path], str]


def _run(argv: list[str]) -> str:
    """The tool's output; bytes that are not UTF-8 (elinks 0.13 writes some combining marks and
    emoji variation selectors that way) are kept as they came, so the file holds what a user
    piping the tool would get."""
    out = subprocess.run(argv, capture_output=True, check=True, timeout=120).stdout
    return out.decode("utf-8", "surrogateescape").replace("\r\n", "\n").replace("\r", "\n")


def _html2text(page: str, _path: Path) -> str:
    import html2text

    return html2text.html2text(page)


def _markdownify(page: str, _path: Path) -> str:
    from markdownify import markdownify

    return markdownify(page, heading_style="ATX")


def _tool(*argv: str) -> Converter:
    return lambda _page, path: _run([*argv, str(path)])


CONVERTERS: dict[str, tuple[Converter, str]] = {
    "html2text": (_html2text, "md"),
    "markdownify": (_markdownify, "md"),
    "pandoc-gfm": (_tool("pandoc", "-f", "html", "-t", "gfm"), "md"),
    "pandoc-markdown": (_tool("pandoc", "-f", "html", "-t", "markdown"), "md"),
    "pandoc-plain": (_tool("pandoc", "-f", "html", "-t", "plain"), "txt"),
    "w3m": (
        _tool("w3m", "-dump", "-cols", "80", "-T", "text/html", "-I", "utf-8", "-O", "utf-8"),
        "txt",
    ),
    "lynx": (
        _tool(
            "lynx",
            "-dump",
            "-nolist",
            "-width",
            "80",
            "-assume_charset=utf-8",
            "-display_charset=utf-8",
        ),
        "txt",
    ),
    "links": (_tool("links", "-dump", "-width", "80", "-codepage", "utf-8"), "txt"),
    "elinks": (
        _tool(
            "elinks",
            "-dump",
            "-dump-width",
            "80",
            "-dump-charset",
            "utf-8",
            "-no-references",
            "-no-numbering",
        ),
        "txt",
    ),
    "chromium": (chromium_innertext, "txt"),
}


def pasted(text: str, profile: Profile) -> str | None:
    """The copy with the theme chips, one per line in it, joined on one line by spaces; None
    when they are not one per line (the copy already ran them together)."""
    lines = text.split("\n")
    themes = profile["themes"]
    for i, line in enumerate(lines):
        if line.strip() != themes[0]:
            continue
        seen = [ln.strip() for ln in lines[i : i + 2 * len(themes) + 2] if ln.strip()]
        if seen[: len(themes)] == themes:
            end, found = i, 0
            while found < len(themes):
                found += bool(lines[end].strip())
                end += 1
            return "\n".join([*lines[:i], " ".join(themes), *lines[end:]])
    return None


def _one_page(
    out: Path,
    design: str,
    render: Callable[[Profile], str],
    profile: Profile,
    converters: Sequence[str],
) -> list[str]:
    base = out / design / profile["id"]
    page = render(profile)
    base.parent.mkdir(parents=True, exist_ok=True)
    path = base.with_suffix(".html")
    path.write_text(page, encoding="utf-8")
    errors = []
    for name in converters:
        convert, ext = CONVERTERS[name]
        try:
            text = convert(page, path)
        except Exception as exc:  # a converter that fails is reported; the others go on
            errors.append(f"{design}/{profile['id']} {name}: {exc}")
            continue
        Path(f"{base}.{name}.{ext}").write_text(text, encoding="utf-8", errors="surrogateescape")
        if name == "chromium":
            joined = pasted(text, profile)
            if joined is None:
                errors.append(f"{design}/{profile['id']} pasted: the copy has no chip per line")
            else:
                Path(f"{base}.pasted.txt").write_text(joined, encoding="utf-8")
    return errors


def generate(
    out: Path,
    profiles: Sequence[Profile],
    designs: Mapping[str, Callable[[Profile], str]],
    converters: Sequence[str],
    text_designs: Mapping[str, tuple[Callable[[Profile], str], str]] | None = None,
) -> None:
    """Every profile in every design through every converter; problems printed, not raised."""
    jobs = [(design, render, profile) for design, render in designs.items() for profile in profiles]
    with ThreadPoolExecutor(3) as pool:
        for errors in pool.map(lambda job: _one_page(out, *job, converters), jobs):
            for error in errors:
                print(error)
    for design, (write, ext) in (text_designs or {}).items():
        (out / design).mkdir(parents=True, exist_ok=True)
        for profile in profiles:
            path = out / design / f"{profile['id']}.{ext}"
            path.write_text(write(profile), encoding="utf-8", newline="")
