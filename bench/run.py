"""Benchmark: our parse against the bare parsers of the same pages, and batch ingest throughput.

Run from the repo root after ``pip install -e '.[bench]'``:

    python -m bench.run                 # per-page timings + ingest of 10 000 pages, jobs 1 and 2
    python -m bench.run --soak 50000    # plus the soak run: good, broken and hostile pages
    python -m bench.run --ingest 0 --compiled /tmp/cvenv/bin/python   # per-page timings of the
        # pure package and of a compiled build (EXTRACTOR_COMPILE=1 pip install .) side by side

Per-page figures are CPU time of this process (``time.process_time``), which a neighbour's load
barely moves; ingest and start-up are wall time of whole processes, as users wait for them.
Every figure is a median over repeated runs measured in this same run, and every speed is also
given as a ratio against a reference measured alongside it: these machines are shared and noisy,
so absolute numbers travel badly and ratios travel well.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html
from bs4 import BeautifulSoup
from lxml import etree

from bench.sitegen import DESIGNS, Options
from extractor.base.config import DEFAULT_DIMENSIONS
from extractor.base.errors import Refusal
from extractor.load.decode import decode
from extractor.pipeline import parse_bytes
from extractor.read.html import read_html

ROOT = Path(__file__).resolve().parent.parent
REAL_PAGES = ROOT.parent / "shared/corpora/real-pages"

FIRST = (
    "Ada Ben Cleo Dev Eli Fay Gus Hana Ivo Jae Kai Lea Mo Nia Oto Pia Raj Sol Tia Uma Vik Wen "
    "Xia Yan Zoe"
).split()
SYLLABLES = "ka ri mo le sa tu vi na po de lu ma ro ze fi".split()
WORDS = (
    "product strategy growth culture hiring pricing platform data research design teams "
    "customers markets scale quality speed trust focus learning experiments craft leadership"
).split()


def leader_name(index: int) -> str:
    """A unique name per index (letters only: digits never appear in a name)."""
    parts, n = [], index
    for _ in range(4):
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
    return f"{FIRST[index % len(FIRST)]} {''.join(parts).capitalize()}"


def profile(index: int, rng: random.Random) -> dict[str, Any]:
    def phrase(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    name = leader_name(index)
    company = f"{SYLLABLES[index % 15].capitalize()}{SYLLABLES[(index // 15) % 15]} Labs"
    themes = [phrase(rng.randint(2, 4)).capitalize() for _ in range(rng.randint(3, 6))]
    return {
        "name": name,
        "headline": f"Chief Product Officer at {company}",
        "role": "Chief Product Officer",
        "company": company,
        "bio": f"{name} leads product at {company}. " + phrase(30).capitalize() + ".",
        "dimensions": [{"name": d, "score": rng.randint(20, 99)} for d in DEFAULT_DIMENSIONS],
        "themes": list(dict.fromkeys(themes)),
        "summary": f"{name} explains " + phrase(60) + ".\n\n" + phrase(40).capitalize() + ".",
        "principles": [phrase(rng.randint(8, 14)).capitalize() for _ in range(3)],
        "quotes": [
            {"text": phrase(18).capitalize() + ".", "speaker": name, "context": "On " + phrase(4)}
            for _ in range(2)
        ],
        "extra_sections": [],
    }


def text_page(p: dict[str, Any]) -> str:
    lines = [
        "← All Leaders",
        "",
        p["name"],
        "",
        p["headline"],
        "",
        p["bio"],
        "",
        "Dimension Profile",
        "",
    ]
    lines += [f"{d['name']} {d['score']}%" for d in p["dimensions"]]
    lines += ["", "Key Themes", "", *p["themes"], "", "Episode Summary", "", p["summary"], ""]
    lines += [
        "Leadership Principles",
        "",
        *[f"  • {x}" for x in p["principles"]],
        "",
        "Notable Quotes",
        "",
    ]
    for q in p["quotes"]:
        lines += [f"\u201c{q['text']}\u201d", "", f"\u2014 {q['context']}", ""]
    lines += ["Take the Assessment", ""]
    return "\n".join(lines)


def pasted_page(p: dict[str, Any]) -> str:
    """A text page as a browser copy gives it: the theme chips run together on one line."""
    chips = " ".join(t[0].lower() + t[1:] for t in p["themes"])
    page = text_page(p)
    return page.replace("\n".join(p["themes"]), chips, 1)


def dev_pasted_pages() -> list[bytes]:
    """The development corpus's pages whose chips were run together and get split, if present."""
    folder = Path(__file__).resolve().parent.parent.parent / "shared/corpora/leader-pages-dev/pages"
    pages = []
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        try:
            codes = {d.code for d in parse_bytes(path.read_bytes(), "bench.txt").findings}
        except Refusal:
            continue
        if codes & {"themes-segmented", "themes-split"}:
            pages.append(path.read_bytes())
    return pages


def real_chrome_pages() -> list[bytes]:
    """Each HTML sample inside a real site's chrome (head, menus, cookie banners, related-leader
    cards, footers), as the conformance tests build them; empty without the shared corpora."""
    sys.path.insert(0, str(ROOT / "tests" / "conformance"))
    try:
        from embed import embed_html  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    samples = sorted((ROOT / "samples").glob("*.html"))
    reals = sorted(REAL_PAGES.glob("*.html")) if REAL_PAGES.is_dir() else []
    return [
        embed_html(page.read_bytes(), samples[i % len(samples)].read_bytes())
        for i, page in enumerate(reals)
    ]


def html_page(p: dict[str, Any], index: int, kb: int) -> str:
    design = sorted(DESIGNS)[index % len(DESIGNS)]
    return DESIGNS[design](p, Options(filler_kb=kb, nav_links=10 + kb // 4))


def broken_page(p: dict[str, Any], index: int, rng: random.Random) -> bytes:
    """What a soak run must survive: truncation, binary, hostile markup, nonsense, no name."""
    kind = index % 5
    if kind == 0:
        page = html_page(p, index, 10)
        return page[: rng.randint(0, len(page))].encode()
    if kind == 1:
        return bytes(rng.randrange(256) for _ in range(2048))
    if kind == 2:
        evil = (
            '<script>alert(1)</script><img src=x onerror="alert(2)">'
            '<a href="javascript:evil()">x</a>'
        )
        page = html_page(p, index, 10).replace("<h1>", f"<h1>{evil}", 1)
        return (page.replace("</p>", "<!-- c --></p>", 3) + "<div>" * 5000).encode()
    if kind == 3:
        return ("Lorem ipsum dolor sit amet.\n" * rng.randint(1, 400)).encode()
    return text_page(p).split("\n", 4)[-1].encode()  # no name at the top


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


Case = tuple[list[bytes], Callable[[bytes], object]]
LINE_SCAN = re.compile(r"^(?P<name>.+?)\s*(?P<score>\d{1,3})\s*%$")


def scan(page: bytes) -> object:
    """The reference: decode, split into lines, one regex per line."""
    return [LINE_SCAN.match(line) for line in page.decode().splitlines()]


def interleaved(
    cases: dict[str, tuple[list[bytes], Callable[[bytes], object]]], repeat: int
) -> tuple[dict[str, float], dict[str, float]]:
    """Median CPU ms per page of each case, timed in turns (A B C, A B C, ...): noise hits all
    alike; and each case's first turn, in which its pages were new to the process. CPU time of
    this process, not wall time: on a shared machine a neighbour's load stretches wall time by
    whole time slices (the reference row varied 2x between runs), while the CPU time a page
    costs stays within a few percent."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, (pages, fn) in cases.items():
            started = time.process_time()
            for page in pages:
                fn(page)
            samples[name].append((time.process_time() - started) / len(pages))
    medians = {name: statistics.median(times) * 1000 for name, times in samples.items()}
    return medians, {name: times[0] * 1000 for name, times in samples.items()}


def parse_timings(
    count: int, repeat: int, rng: random.Random
) -> list[tuple[str, float, str, float]]:
    profiles = [profile(i, rng) for i in range(count)]
    texts = [text_page(profile(i, rng)).encode() for i in range(count * 5)]  # cheap: more samples
    pasted = [pasted_page(profile(i, rng)).encode() for i in range(count * 5)]
    synthetic = pasted
    dev = dev_pasted_pages()
    if dev:
        pasted = dev  # real chip lists are what the segmenter is for; synthetic ones otherwise
    sizes = [1 + (186 * i) // max(1, count - 1) for i in range(count)]  # pages of ~10 KB .. ~200 KB
    htmls = [
        html_page(p, i, kb).encode() for i, (p, kb) in enumerate(zip(profiles, sizes, strict=True))
    ]
    kb = [len(h) / 1024 for h in htmls]
    chrome = real_chrome_pages()
    chrome_texts = [decode(page, html=True).text.encode("utf-8") for page in chrome]
    cases: dict[str, Case] = {
        "text": (texts, lambda b: parse_bytes(b, "bench.txt")),
        "scan": (texts, scan),
        "pasted": (pasted, lambda b: parse_bytes(b, "bench.txt")),
        "pasted-scan": (pasted, scan),
        "html": (htmls, lambda b: parse_bytes(b, "bench.html")),
        "soup": (htmls, lambda b: BeautifulSoup(b, "lxml")),
        "lxml": (htmls, lxml.html.fromstring),
    }
    if chrome:
        cases["chrome"] = (chrome, lambda b: parse_bytes(b, "bench.html"))
        cases["chrome-read"] = (chrome_texts, lambda b: read_html(b.decode("utf-8")))
        cases["chrome-etree"] = (chrome_texts, lambda b: etree.fromstring(b, etree.HTMLParser()))
        cases["chrome-lxml"] = (chrome_texts, lxml.html.fromstring)
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    else:
        cases["trafilatura"] = (htmls, lambda b: trafilatura.extract(b.decode()))
    # Load the word tables once, as any long-running process would, with other pages than the
    # ones timed: the first turn then meets the timed pages' lines for the first time.
    for page in synthetic:
        parse_bytes(page, "bench.txt")
    ms, first = interleaved(cases, repeat)
    text_kb = sum(map(len, texts)) / len(texts) / 1024
    rows = [
        (f"parse, text pages (~{text_kb:.1f} KB)", ms["text"], "", 0.0),
        (
            "  split into lines + one regex per line, same pages",
            ms["scan"],
            "ours/this",
            ms["text"] / ms["scan"],
        ),
        (
            f"parse, pasted text pages, themes run together ({len(pasted)} "
            f"{'dev-corpus' if dev else 'synthetic'} pages)",
            ms["pasted"],
            "",
            0.0,
        ),
        (
            "  split into lines + one regex per line, same pages",
            ms["pasted-scan"],
            "ours/this",
            ms["pasted"] / ms["pasted-scan"],
        ),
        (
            # The median turn meets lines it has seen (caches keyed by a line's text hit); a
            # batch of new pages meets its content lines once: the first turn, one sample.
            "  first turn: each page new to the process (÷ the same reference)",
            first["pasted"],
            "ours/this",
            first["pasted"] / ms["pasted-scan"],
        ),
        (
            f"parse, HTML pages ({min(kb):.0f}-{max(kb):.0f} KB, avg {sum(kb) / len(kb):.0f} KB)",
            ms["html"],
            "",
            0.0,
        ),
        (
            "  BeautifulSoup(html, 'lxml'), same pages",
            ms["soup"],
            "ours/this",
            ms["html"] / ms["soup"],
        ),
        ("  lxml.html.fromstring, same pages", ms["lxml"], "ours/this", ms["html"] / ms["lxml"]),
    ]
    if chrome:
        chrome_kb = sum(map(len, chrome)) / len(chrome) / 1024
        rows += [
            (
                f"parse, HTML samples in real sites' chrome ({len(chrome)} pages, "
                f"avg {chrome_kb:.0f} KB)",
                ms["chrome"],
                "",
                0.0,
            ),
            (
                "  etree.fromstring(HTMLParser), same pages",
                ms["chrome-etree"],
                "ours/this",
                ms["chrome"] / ms["chrome-etree"],
            ),
            (
                "  lxml.html.fromstring, same pages",
                ms["chrome-lxml"],
                "ours/this",
                ms["chrome"] / ms["chrome-lxml"],
            ),
            (
                "  the HTML reader alone (read_html), same pages",
                ms["chrome-read"],
                "",
                0.0,
            ),
            (
                "    etree.fromstring(HTMLParser), same pages",
                ms["chrome-etree"],
                "reader/this",
                ms["chrome-read"] / ms["chrome-etree"],
            ),
        ]
    if "trafilatura" in ms:
        rows.append(
            (
                "  trafilatura.extract, same pages",
                ms["trafilatura"],
                "ours/this",
                ms["html"] / ms["trafilatura"],
            )
        )
    else:
        rows.append(
            ("  trafilatura.extract: not installed (pip install -e '.[bench]')", 0.0, "", 0.0)
        )
    return rows


def write_corpus(folder: Path, count: int, rng: random.Random, broken_share: float = 0.0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        p = profile(i, rng)
        if broken_share and rng.random() < broken_share:
            (folder / f"page{i:06}.html").write_bytes(broken_page(p, i, rng))
        elif i % 2:
            (folder / f"page{i:06}.txt").write_text(text_page(p), encoding="utf-8")
        else:
            (folder / f"page{i:06}.html").write_text(
                html_page(p, i, 10 + (i % 5) * 10), encoding="utf-8"
            )


def run_ingest(folder: Path, out: Path, jobs: int) -> dict[str, Any]:
    """One ingest in a child process: wall time, and the peak RSS of any process it ran."""
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "extractor",
        "ingest",
        "-q",
        "--jobs",
        str(jobs),
        "--out",
        str(out),
        str(folder),
    ]
    subprocess.run(command, check=False)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = json.loads((out / "report.json").read_text(encoding="utf-8"))["summary"]
    return {"seconds": elapsed, "peak_mb": max(peak, before) / 1024, "summary": summary}


def print_table(rows: list[tuple[str, float, str, float]]) -> None:
    print(f"{'measure':58} {'ms/page':>9} {'pages/s':>9} {'ratio':>14}")
    for label, ms, ratio_label, ratio in rows:
        rate = f"{1000 / ms:,.0f}" if ms else "-"
        shown = f"{ratio:.2f} {ratio_label}" if ratio_label else ""
        print(f"{label:58} {ms:9.3f} {rate:>9} {shown:>14}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=60, help="pages for per-page timings")
    parser.add_argument("--repeat", type=int, default=7, help="repeated runs for each median")
    parser.add_argument(
        "--ingest", type=int, default=10_000, help="pages for the ingest runs (0: skip)"
    )
    parser.add_argument("--ingest-repeat", type=int, default=3)
    parser.add_argument("--soak", type=int, default=0, help="pages for the soak run (0: skip)")
    parser.add_argument(
        "--compiled",
        metavar="PYTHON",
        help="also time the per-page cases with this interpreter's installed (compiled) build",
    )
    parser.add_argument("--startup-repeat", type=int, default=21, help="0: skip start-up")
    parser.add_argument("--rows-json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    rng = random.Random(20261125)
    if args.rows_json:  # the child run of --compiled: per-page rows only, as JSON
        print(json.dumps(parse_timings(args.pages, args.repeat, rng)))
        return
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores; medians of {args.repeat} "
        "runs (per page: CPU ms)\n"
    )
    rows = parse_timings(args.pages, args.repeat, rng)
    print_table(rows)
    if args.compiled:
        print_compiled(*compare_builds(args.compiled, args.pages, args.repeat))
    if args.startup_repeat:
        from bench.startup import rows as startup_rows

        print()
        title = f"start-up (median of {args.startup_repeat})"
        print(f"{title:58} {'ms':>9} {'x python -c pass':>24}")
        for name, ms, ratio in startup_rows(Path(sys.executable).parent, args.startup_repeat):
            print(f"{name:58} {ms:9.1f} {ratio:24.2f}")
    work = Path(tempfile.mkdtemp(prefix="extractor-bench-"))
    try:
        if args.ingest:
            corpus = work / "pages"
            write_corpus(corpus, args.ingest, rng)
            print(
                f"\ningest of {args.ingest:,} mixed pages (half text, half HTML 10-50 KB), "
                f"median of {args.ingest_repeat}:"
            )
            results = {}
            for jobs in (1, 2):
                runs = [
                    run_ingest(corpus, work / f"out{jobs}", jobs) for _ in range(args.ingest_repeat)
                ]
                seconds = statistics.median(r["seconds"] for r in runs)
                peak = max(r["peak_mb"] for r in runs)
                results[jobs] = seconds
                print(
                    f"  --jobs {jobs}: {seconds:7.2f} s  {args.ingest / seconds:8,.0f} pages/s  "
                    f"peak RSS {peak:6.0f} MB"
                )
            print(f"  speed-up --jobs 2 / --jobs 1: {results[1] / results[2]:.2f}x")
            same = _same_tree(work / "out1", work / "out2")
            print(f"  outputs byte-identical (report.json aside): {same}")
        if args.soak:
            soak = work / "soak"
            write_corpus(soak, args.soak, rng, broken_share=0.2)
            result = run_ingest(soak, work / "soak-out", 2)
            s = result["summary"]
            accounted = s["records"] + s["refused"] + s["duplicates"] + s["conflicts"]
            print(
                f"\nsoak: {s['inputs']:,} pages (20% broken or hostile), --jobs 2: "
                f"{result['seconds']:.1f} s, {s['inputs'] / result['seconds']:,.0f} pages/s, "
                f"peak RSS {result['peak_mb']:.0f} MB"
            )
            print(
                f"  records {s['records']:,} (with warnings {s['with_warnings']:,}, with errors "
                f"{s['with_errors']:,}), refused {s['refused']:,}, duplicates {s['duplicates']}, "
                f"conflicts {s['conflicts']}; accounted {accounted:,} of {s['inputs']:,} inputs"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


Rows = list[tuple[str, float, str, float]]


def compare_builds(compiled: str, pages: int, repeat: int, rounds: int = 3) -> tuple[Rows, Rows]:
    """Per-page rows of this (pure) interpreter and of the compiled build's, each in child
    processes run in turns (pure, compiled, pure, ...), the median of the rounds per row: the
    two builds cannot share one process, so turns are what keeps machine noise fair."""
    runs: dict[str, list[Rows]] = {sys.executable: [], compiled: []}
    for _ in range(rounds):
        for python, found in runs.items():
            found.append(child_rows(python, pages, repeat, python == compiled))

    def median(found: list[Rows]) -> Rows:
        """Per row: the median ms, and the median of the ratio each child measured against the
        reference in its own turns (the noise-robust figure)."""
        return [
            (
                row[0],
                statistics.median(r[i][1] for r in found),
                row[2],
                statistics.median(r[i][3] for r in found),
            )
            for i, row in enumerate(found[0])
        ]

    return median(runs[sys.executable]), median(runs[compiled])


def child_rows(python: str, pages: int, repeat: int, compiled: bool) -> Rows:
    """The per-page rows measured by ``python``, importing *its* installed extractor (the repo
    goes last on its path, so only ``bench`` comes from here)."""
    check = (
        ""
        if not compiled
        else (
            "import extractor.read.html as h; "
            "assert h.__file__.endswith('.so'), 'not a compiled build: ' + h.__file__; "
        )
    )
    code = (
        f"import sys; sys.path.append({str(ROOT)!r}); {check}"
        f"sys.argv = ['bench', '--rows-json', '--pages', '{pages}', '--repeat', '{repeat}']; "
        "import bench.run; bench.run.main()"
    )
    cwd = tempfile.gettempdir() if compiled else str(ROOT)
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True, cwd=cwd)
    return [tuple(row) for row in json.loads(done.stdout)]  # type: ignore[misc]


def print_compiled(pure: Rows, compiled: Rows) -> None:
    """Each build's time against the same reference, measured in the same child (the speed-up
    is the ratio of those ratios: the machine's noise between the children cancels)."""
    print(
        f"\n{'pure vs compiled (mypyc), child runs in turns':52} {'pure ms':>8} {'comp. ms':>8} "
        f"{'pure x ref':>10} {'comp. x ref':>11} {'speed-up':>8}"
    )
    for (label, ms, kind, ratio), (_, cms, _, cratio) in zip(pure, compiled, strict=True):
        if not (ms and cms):
            continue
        line = f"{ratio:10.2f} {cratio:11.2f} {ratio / cratio:8.2f}" if kind and cratio else ""
        print(f"{label[:52]:52} {ms:8.3f} {cms:8.3f} {line}")


def _same_tree(a: Path, b: Path) -> bool:
    def files(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file()
            and p.name != "report.json"
            and not p.name.startswith(("state.sqlite", ".state.lock"))
        }

    return files(a) == files(b)


if __name__ == "__main__":
    main()
