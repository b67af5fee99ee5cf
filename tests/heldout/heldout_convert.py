"""Render each held-out leader into one held-out design, then through real converters.

    python tests/heldout/build.py                 # pages/ and expected/ first
    python tests/heldout/heldout_convert.py               # every converter below that is installed
    python tests/heldout/heldout_convert.py elinks w3m    # only these

Leader N is rendered in design ``DESIGN_ORDER[N % 3]`` (so every design meets every layout of
chip list); the HTML is written to ``html/`` and each converter's output to
``converted/<converter>/<case>.<txt|md>``, versions in ``converted/VERSIONS.txt``. The outputs
are fixtures (the Debian tools are not in every checkout); ``tests/test_heldout.py`` reads them.

The converters and options here are ones users reach for that ``tests/conformance/generate.py``
does not already run on its samples (elinks, html2text with wrapping off, pandoc without
wrapping, lynx and w3m at narrower widths), plus the covered ones on these new designs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(HERE), str(ROOT / "tests" / "conformance"), str(ROOT)]

import generate as covered  # noqa: E402
from heldout_designs import DESIGNS  # noqa: E402

DESIGN_ORDER = ("sidebar-main", "table-grid", "web-components")
Converter = Callable[[str, Path], str]


def html2text_nowrap(html: str, _path: Path) -> str:
    import html2text

    maker = html2text.HTML2Text()
    maker.body_width = 0  # the option people set first: no hard wrapping
    return str(maker.handle(html))


def pandoc_plain_nowrap(_html: str, path: Path) -> str:
    return covered._run(["pandoc", "-f", "html", "-t", "plain", "--wrap=none", str(path)])


def elinks_dump(_html: str, path: Path) -> str:
    return covered._run(
        ["elinks", "-dump", "-dump-width", "80", "-no-references", "-no-numbering", str(path)]
    )


def lynx_narrow(_html: str, path: Path) -> str:
    return covered._run(["lynx", "-dump", "-nolist", "-width", "72", str(path)])


def w3m_narrow(_html: str, path: Path) -> str:
    return covered._run(["w3m", "-dump", "-cols", "60", "-T", "text/html", str(path)])


CONVERTERS: dict[str, tuple[Converter, str, str]] = {
    "html2text": covered.CONVERTERS["html2text"],
    "html2text-nowrap": (html2text_nowrap, "md", "html2text"),
    "markdownify": covered.CONVERTERS["markdownify"],
    "markdownify-setext": covered.CONVERTERS["markdownify-setext"],
    "inscriptis": covered.CONVERTERS["inscriptis"],
    "html-text": covered.CONVERTERS["html-text"],
    "pandoc-plain": covered.CONVERTERS["pandoc-plain"],
    "pandoc-plain-nowrap": (pandoc_plain_nowrap, "txt", "pandoc"),
    "pandoc-gfm": covered.CONVERTERS["pandoc-gfm"],
    "w3m": covered.CONVERTERS["w3m"],
    "w3m-60": (w3m_narrow, "txt", "w3m"),
    "lynx": covered.CONVERTERS["lynx"],
    "lynx-72": (lynx_narrow, "txt", "lynx"),
    "links": covered.CONVERTERS["links"],
    "elinks": (elinks_dump, "txt", "elinks"),
    "chromium-innertext": covered.CONVERTERS["chromium-innertext"],
    "chromium-selection": covered.CONVERTERS["chromium-selection"],
}


def design_of(index: int) -> str:
    return DESIGN_ORDER[index % len(DESIGN_ORDER)]


def cases() -> list[tuple[str, str, str]]:
    """(case, design, html) for every held-out leader, from its expected record."""
    out = []
    for index, expected in enumerate(sorted((HERE / "expected").glob("*.json"))):
        record = json.loads(expected.read_text("utf-8"))
        design = design_of(index)
        out.append((expected.stem, design, DESIGNS[design](record)))
    return out


def write_html() -> None:
    folder = HERE / "html"
    folder.mkdir(exist_ok=True)
    for case, _design, html in cases():
        (folder / f"{case}.html").write_text(html, encoding="utf-8")


def convert(names: list[str]) -> int:
    write_html()
    failures = 0
    versions = {}
    for name in names:
        function, ext, tool = CONVERTERS[name]
        folder = HERE / "converted" / name
        made = 0
        for case, _design, html in cases():
            path = HERE / "html" / f"{case}.html"
            try:
                text = function(html, path)
            except (ImportError, FileNotFoundError) as exc:
                print(f"{name}: not installed ({exc})", file=sys.stderr)
                break
            except Exception as exc:  # a converter's own failure: report, go on
                print(f"{name}: {case}: {exc}", file=sys.stderr)
                failures += 1
                continue
            folder.mkdir(parents=True, exist_ok=True)
            out = text if text.endswith("\n") else text + "\n"
            (folder / f"{case}.{ext}").write_text(out, encoding="utf-8")
            made += 1
        if made:
            versions[name] = covered._version(tool)
            print(f"{name}: {made} pages")
    file = HERE / "converted" / "VERSIONS.txt"
    known = {}
    if file.exists():
        for line in file.read_text("utf-8").splitlines():
            key, _, value = line.partition(": ")
            known[key] = value
    known.update(versions)
    file.write_text("".join(f"{k}: {known[k]}\n" for k in sorted(known)), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.setrecursionlimit(20_000)
    raise SystemExit(convert(sys.argv[1:] or list(CONVERTERS)))
