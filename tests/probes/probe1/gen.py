"""Render profiles into designs and convert with every converter."""

import html as H
import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from designs import DESIGNS  # noqa: E402
from profiles import P  # noqa: E402

OUT = HERE / "out"
(HERE / "expected.json").write_text(json.dumps(P, ensure_ascii=False, indent=1), encoding="utf-8")


def run(argv, stdin=None):
    return subprocess.run(
        argv, input=stdin, capture_output=True, text=True, check=True, timeout=120
    ).stdout


def html2text_md(h, p):
    import html2text

    return html2text.html2text(h)


def mdify(h, p):
    from markdownify import markdownify

    return markdownify(h, heading_style="ATX")


SCRIPT = """<script>window.addEventListener('load', function () { var pre = document.createElement('pre');
pre.id = 'converted-text'; pre.textContent = document.body.innerText; document.body.replaceChildren(pre);});</script>"""
PRE = re.compile(r'<pre id="converted-text">(.*?)</pre>', re.DOTALL)


def chromium(h, p):
    page = h.replace("</body>", SCRIPT + "</body>")
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "page.html"
        f.write_text(page, encoding="utf-8")
        dom = run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                f"--user-data-dir={tmp}/profile",
                "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=5000",
                "--dump-dom",
                f.as_uri(),
            ]
        )
    m = PRE.search(dom)
    return H.unescape(m[1]) if m else "!!NO-PRE!!"


CONV = {
    "html2text": (html2text_md, "md"),
    "markdownify": (mdify, "md"),
    "pandoc-gfm": (
        lambda h, p: run(["pandoc", "-f", "html", "-t", "gfm", str(p)]),
        "md",
    ),
    "pandoc-markdown": (
        lambda h, p: run(["pandoc", "-f", "html", "-t", "markdown", str(p)]),
        "md",
    ),
    "pandoc-plain": (
        lambda h, p: run(["pandoc", "-f", "html", "-t", "plain", str(p)]),
        "txt",
    ),
    "w3m": (
        lambda h, p: run(
            [
                "w3m",
                "-dump",
                "-cols",
                "80",
                "-T",
                "text/html",
                "-I",
                "utf-8",
                "-O",
                "utf-8",
                str(p),
            ]
        ),
        "txt",
    ),
    "lynx": (
        lambda h, p: run(
            [
                "lynx",
                "-dump",
                "-nolist",
                "-width",
                "80",
                "-assume_charset=utf-8",
                "-display_charset=utf-8",
                str(p),
            ]
        ),
        "txt",
    ),
    "links": (
        lambda h, p: run(["links", "-dump", "-width", "80", "-codepage", "utf-8", str(p)]),
        "txt",
    ),
    "elinks": (
        lambda h, p: run(
            [
                "elinks",
                "-dump",
                "-dump-width",
                "80",
                "-dump-charset",
                "utf-8",
                "-no-references",
                "-no-numbering",
                str(p),
            ]
        ),
        "txt",
    ),
    "chromium": (chromium, "txt"),
}


def pasted(text, r):
    lines = text.split("\n")
    th = r["themes"]
    for i in range(len(lines)):
        if lines[i].strip() == th[0]:
            seg = [ln.strip() for ln in lines[i : i + 2 * len(th) + 2]]
            got = [ln for ln in seg if ln]
            if got[: len(th)] == th:
                # remove lines up to the last theme
                j, k = i, 0
                while k < len(th):
                    if lines[j].strip():
                        k += 1
                    j += 1
                return "\n".join([*lines[:i], " ".join(th), *lines[j:]])
    return None


def job(args):
    d, r = args
    base = OUT / d / r["id"]
    html = DESIGNS[d](r)
    (OUT / d).mkdir(parents=True, exist_ok=True)
    hp = base.with_suffix(".html")
    hp.write_text(html, encoding="utf-8")
    errs = []
    for c, (fn, ext) in CONV.items():
        try:
            t = fn(html, hp)
        except Exception as ex:
            errs.append(f"{d}/{r['id']} {c}: {ex}")
            continue
        Path(f"{base}.{c}.{ext}").write_text(t, encoding="utf-8")
        if c == "chromium":
            p = pasted(t, r)
            if p is not None:
                Path(f"{base}.pasted.txt").write_text(p, encoding="utf-8")
            else:
                errs.append(
                    f"{d}/{r['id']} pasted: themes not on separate lines (chromium already joined)"
                )
                pass
    return errs


jobs = [(d, r) for d in DESIGNS for r in P]
with ThreadPoolExecutor(3) as ex:
    for errs in ex.map(job, jobs):
        for e_ in errs:
            print(e_)
