"""Run every HTML-to-text/Markdown converter over the HTML samples; write the outputs as fixtures.

Why fixtures: the Debian converters (pandoc, w3m, lynx, Chromium) are slow or absent in a fresh
checkout, and a converter's output changes between its versions. The outputs are checked in under
``tests/conformance/converted/<converter>/<sample>.<txt|md>`` (the whole page) and
``<sample>.profile.<txt|md>`` (the page without the site chrome the sample generator wraps
around the profile, see ``profile_only``), with the versions that made them in
``converted/VERSIONS.txt``; ``test_converters.py`` asserts each parses to the original's golden
record.

Usage (from the project root)::

    apt-get install -y pandoc w3m lynx links chromium
    pip install html2text markdownify inscriptis html-text trafilatura
    .venv/bin/python tests/conformance/generate.py            # every converter
    .venv/bin/python tests/conformance/generate.py lynx w3m   # only these

To add a converter: write a function ``(html: str, path: Path) -> str`` below, add it to
``CONVERTERS`` with the extension its output is saved under (``md`` for Markdown, ``txt`` for
plain text), run this script, and commit the new folder. A converter that is not installed is
reported and skipped; its existing fixtures are kept.
"""

from __future__ import annotations

import html as html_lib
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SAMPLES = ROOT / "samples"
OUT = HERE / "converted"

Converter = Callable[[str, Path], str]


def _run(argv: list[str], stdin: str | None = None) -> str:
    done = subprocess.run(
        argv, input=stdin, capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def html2text_md(html: str, _path: Path) -> str:
    import html2text

    return str(html2text.html2text(html))  # its defaults: Markdown, wrapped at 78 columns


def markdownify_md(html: str, _path: Path) -> str:
    from markdownify import markdownify

    return str(markdownify(html, heading_style="ATX"))


def markdownify_default_md(html: str, _path: Path) -> str:
    from markdownify import markdownify

    return str(markdownify(html))  # setext headings, `*` bullets


def inscriptis_txt(html: str, _path: Path) -> str:
    from inscriptis import get_text

    return str(get_text(html))


def html_text_txt(html: str, _path: Path) -> str:
    import html_text

    return str(html_text.extract_text(html))


def trafilatura_txt(html: str, _path: Path) -> str:
    import trafilatura

    return str(trafilatura.extract(html, include_comments=False) or "")


def trafilatura_md(html: str, _path: Path) -> str:
    import trafilatura

    return str(trafilatura.extract(html, include_comments=False, output_format="markdown") or "")


def pandoc_plain(_html: str, path: Path) -> str:
    return _run(["pandoc", "-f", "html", "-t", "plain", str(path)])


def pandoc_gfm(_html: str, path: Path) -> str:
    return _run(["pandoc", "-f", "html", "-t", "gfm", str(path)])


def pandoc_markdown(_html: str, path: Path) -> str:
    return _run(["pandoc", "-f", "html", "-t", "markdown", str(path)])


def pandoc_commonmark(_html: str, path: Path) -> str:
    return _run(["pandoc", "-f", "html", "-t", "commonmark", str(path)])


def links_dump(_html: str, path: Path) -> str:
    return _run(["links", "-dump", "-width", "80", str(path)])


def w3m_dump(_html: str, path: Path) -> str:
    return _run(["w3m", "-dump", "-cols", "80", "-T", "text/html", "-I", "utf-8", str(path)])


def lynx_dump(_html: str, path: Path) -> str:
    return _run(["lynx", "-dump", "-nolist", "-width", "80", "-assume_charset=utf-8", str(path)])


def lynx_dump_refs(_html: str, path: Path) -> str:
    """Lynx's default: ``[1]`` markers in the text and a "References" list at the end."""
    return _run(["lynx", "-dump", "-width", "80", "-assume_charset=utf-8", str(path)])


# Replaces the body with what the browser itself gives as the page's text, in a <pre>.
_BROWSER_SCRIPT = """<script>
window.addEventListener('load', function () {
  var text;
  if (%s) {
    var range = document.createRange();
    range.selectNodeContents(document.body);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    text = sel.toString();
  } else {
    text = document.body.innerText;
  }
  var pre = document.createElement('pre');
  pre.id = 'converted-text';
  pre.textContent = text;
  document.body.replaceChildren(pre);
});
</script>"""
_PRE = re.compile(r'<pre id="converted-text">(.*?)</pre>', re.DOTALL)


def _chromium(html: str, selection: bool) -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise FileNotFoundError("chromium")
    script = _BROWSER_SCRIPT % ("true" if selection else "false")
    page = html.replace("</body>", script + "</body>") if "</body>" in html else html + script
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "page.html"
        file.write_text(page, encoding="utf-8")
        dom = _run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                f"--user-data-dir={tmp}/profile",
                "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=5000",
                "--dump-dom",
                file.as_uri(),
            ]
        )
    found = _PRE.search(dom)
    if not found:
        raise RuntimeError("the page script did not run")
    return html_lib.unescape(found[1])


def chromium_innertext(html: str, _path: Path) -> str:
    """``document.body.innerText`` (what most "copy page text" extensions use)."""
    return _chromium(html, selection=False)


def chromium_selection(html: str, _path: Path) -> str:
    """Select-all then copy: the selection's text, as Ctrl+A, Ctrl+C gives it."""
    return _chromium(html, selection=True)


CONVERTERS: dict[str, tuple[Converter, str, str]] = {
    # name: (function, extension of its output, what to report as its version)
    "html2text": (html2text_md, "md", "html2text"),
    "markdownify": (markdownify_md, "md", "markdownify"),
    "markdownify-setext": (markdownify_default_md, "md", "markdownify"),
    "inscriptis": (inscriptis_txt, "txt", "inscriptis"),
    "html-text": (html_text_txt, "txt", "html-text"),
    "trafilatura": (trafilatura_txt, "txt", "trafilatura"),
    "trafilatura-md": (trafilatura_md, "md", "trafilatura"),
    "pandoc-plain": (pandoc_plain, "txt", "pandoc"),
    "pandoc-gfm": (pandoc_gfm, "md", "pandoc"),
    "pandoc-markdown": (pandoc_markdown, "md", "pandoc"),
    "pandoc-commonmark": (pandoc_commonmark, "md", "pandoc"),
    "w3m": (w3m_dump, "txt", "w3m"),
    "links": (links_dump, "txt", "links"),
    "lynx": (lynx_dump, "txt", "lynx"),
    "lynx-refs": (lynx_dump_refs, "txt", "lynx"),
    "chromium-innertext": (chromium_innertext, "txt", "chromium"),
    "chromium-selection": (chromium_selection, "txt", "chromium"),
}


_CHARSET = re.compile(rb"<meta[^>]+charset", re.IGNORECASE)


# What bench/sitegen.py wraps around every profile, what a browser would not show, and the
# <title>, which some converters print first.
_SITE_CHROME = (
    "title, #cookie-consent, header.site-header, footer.site-footer, template, noscript, [hidden], "
    '[style*="display:none"], [style*="display: none"]'
)


def profile_only(html: str) -> str:
    """The sample without the site chrome the sample generator put around the profile.

    Converting this variant tests how a reader copes with each converter's shape apart from
    finding the profile inside a site's chrome (which the full-page fixtures test).
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for element in soup.select(_SITE_CHROME):
        element.decompose()
    return str(soup)


def convert_sample(convert: Converter, sample: Path, bare: bool) -> str:
    """Give the converter the page as UTF-8 (decoded the way the extractor decodes it).

    Some samples are in an undeclared legacy encoding; converters guess differently, and the
    subject here is the converted shape, not their charset guessing (``test_encodings`` has that).
    """
    from extractor.load.decode import decode

    data = sample.read_bytes()
    html = decode(data, html=True).text
    if not _CHARSET.search(data[:4096]):
        html = '<meta charset="utf-8">' + html
    if bare:
        html = profile_only(html)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / sample.name
        copy.write_text(html, encoding="utf-8")
        return convert(html, copy)


def html_samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.html"))


def _inputs() -> list[tuple[Path, bool]]:
    return [(sample, bare) for sample in html_samples() for bare in (False, True)]


def _version(tool: str) -> str:
    try:
        return importlib.metadata.version(tool)
    except importlib.metadata.PackageNotFoundError:
        pass
    flag = {"w3m": "-version", "lynx": "-version", "links": "-version"}.get(tool, "--version")
    try:
        first = _run([tool, flag]).splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "not installed"
    return first[0].strip() if first else "unknown"


def generate(names: list[str]) -> int:
    failures = 0
    versions: dict[str, str] = {}
    for name in names:
        convert, extension, tool = CONVERTERS[name]
        folder = OUT / name
        made = 0
        for sample, bare in _inputs():
            try:
                text = convert_sample(convert, sample, bare)
            except (ImportError, FileNotFoundError) as exc:
                print(f"{name}: not installed ({exc}); existing fixtures kept", file=sys.stderr)
                break
            except (subprocess.SubprocessError, RuntimeError) as exc:
                print(f"{name}: {sample.name}: failed: {exc}", file=sys.stderr)
                failures += 1
                continue
            folder.mkdir(parents=True, exist_ok=True)
            variant = ".profile" if bare else ""
            target = folder / f"{sample.stem}{variant}.{extension}"
            target.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
            made += 1
        if made:
            versions[name] = _version(tool)
            print(f"{name}: {made} pages")
    _write_versions(versions)
    return 1 if failures else 0


def _write_versions(versions: dict[str, str]) -> None:
    file = OUT / "VERSIONS.txt"
    known: dict[str, str] = {}
    if file.exists():
        for line in file.read_text(encoding="utf-8").splitlines():
            name, _, version = line.partition(": ")
            if name in CONVERTERS:
                known[name] = version
    known.update(versions)
    OUT.mkdir(parents=True, exist_ok=True)
    file.write_text("".join(f"{name}: {known[name]}\n" for name in sorted(known)), encoding="utf-8")


def main(argv: list[str]) -> int:
    sys.setrecursionlimit(20_000)  # markdownify recurses once per nesting level of the page
    unknown = [name for name in argv if name not in CONVERTERS]
    if unknown:
        print(f"unknown converter(s): {unknown}; known: {sorted(CONVERTERS)}", file=sys.stderr)
        return 2
    return generate(argv or list(CONVERTERS))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
