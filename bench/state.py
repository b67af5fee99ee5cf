"""Benchmark of issue 13: ``ingest`` with its state database on 50,000 small generated pages.

Checks that every input is accounted for (records + duplicates + refused + conflicts ==
inputs), the peak memory of the whole process tree, and what the database costs: the share of
the run spent in it (its own clock, ``state_seconds``) and the wall time against the
implementation before it (journal + report.json), run from a separate checkout:

    git worktree add /tmp/old 0fcec3a && (cd /tmp/old && python3 -m venv .venv \\
        && .venv/bin/pip install -q -e .)
    python -m bench.state --pages 50000 --baseline /tmp/old/.venv/bin/python

Not run in CI (minutes, and the numbers need a quiet machine).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.run import broken_page, html_page, profile, text_page

_SAMPLE_EVERY = 0.2


def write_pages(folder: Path, count: int, rng: random.Random) -> None:
    """Small pages: half text, half HTML of a few KB; 2% broken, 1% exact copies of another."""
    folder.mkdir(parents=True, exist_ok=True)
    last: Path | None = None
    for i in range(count):
        p = profile(i, rng)
        target = folder / f"page{i:06}"
        if i % 100 == 7 and last is not None:
            (folder / f"copy{i:06}{last.suffix}").write_bytes(last.read_bytes())
            continue
        if rng.random() < 0.02:
            last = target.with_suffix(".html")
            last.write_bytes(broken_page(p, i, rng))
        elif i % 2:
            last = target.with_suffix(".txt")
            last.write_text(text_page(p), encoding="utf-8")
        else:
            last = target.with_suffix(".html")
            last.write_text(html_page(p, i, 3), encoding="utf-8")


def _tree_rss(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in KB (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields.get("PPid", "0").strip())
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
    family, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in family} - family
        family |= more
        grew = bool(more)
    return sum(rss.get(pid, 0) for pid in family)


def run(python: str, cwd: Path, pages: Path, out: Path, jobs: int) -> dict[str, Any]:
    """One ingest: wall time, peak RSS of the process tree, and the report's summary."""
    command = [python, "-m", "extractor", "ingest", "-q", "--no-review", "--jobs", str(jobs)]
    command += ["--out", str(out), str(pages)]
    started = time.perf_counter()
    cpu_before = _children_cpu()
    process = subprocess.Popen(command, cwd=cwd)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(_SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    cpu = _children_cpu() - cpu_before
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary = json.loads((out / "report.json").read_text(encoding="utf-8"))["summary"]
    return {
        "exit": code,
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": peak / 1024,
        "largest_mb": largest,
        "summary": summary,
    }


def _children_cpu() -> float:
    """User + system time of every child process waited for so far (workers included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def describe(label: str, result: dict[str, Any]) -> str:
    s = result["summary"]
    conflicts = s.get("conflicts", 0)
    accounted = s["records"] + s["duplicates"] + s["refused"] + conflicts
    state = s.get("state_seconds")
    share = f", database {state:.1f} s = {state / result['seconds']:.1%}" if state else ""
    return (
        f"{label:42} wall {result['seconds']:6.1f} s, cpu {result['cpu']:6.1f} s, peak RSS "
        f"tree {result['peak_mb']:4.0f} MB (largest process so far {result['largest_mb']:4.0f} "
        f"MB); records {s['records']} + duplicates {s['duplicates']} + refused {s['refused']} + "
        f"conflicts {conflicts} = {accounted} of {s['inputs']} inputs{share}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=50_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--baseline", help="python of a checkout of the previous implementation")
    parser.add_argument("--repeat", type=int, default=1, help="first runs of each, interleaved")
    args = parser.parse_args()
    here = Path(__file__).resolve().parent.parent
    work = Path(tempfile.mkdtemp(prefix="extractor-state-bench-"))
    try:
        pages = work / "pages"
        write_pages(pages, args.pages, random.Random(13))
        count = sum(1 for _ in pages.iterdir())
        print(f"{count:,} pages, --jobs {args.jobs}, python {sys.version.split()[0]}")
        contenders = [("state database (this checkout)", sys.executable, here)]
        if args.baseline:
            baseline = Path(args.baseline).resolve().parent.parent.parent
            contenders.append(("previous (journal + report.json)", args.baseline, baseline))
        firsts: dict[str, list[dict[str, Any]]] = {label: [] for label, _, _ in contenders}
        for attempt in range(args.repeat):  # first runs into empty folders, interleaved
            for index, (label, python, cwd) in enumerate(contenders):
                out = work / f"out-{index}"
                shutil.rmtree(out, ignore_errors=True)
                firsts[label].append(run(python, cwd, pages, out, args.jobs))
                print(describe(f"{label}, first run #{attempt + 1}", firsts[label][-1]))
        for index, (label, python, cwd) in enumerate(contenders):  # nothing changed
            again = run(python, cwd, pages, work / f"out-{index}", args.jobs)
            print(describe(f"{label}, re-run", again))
        if args.baseline:
            (new, old) = (firsts[label] for label, _, _ in contenders)
            for measure in ("seconds", "cpu"):
                ratio = statistics.median(r[measure] for r in new) / statistics.median(
                    r[measure] for r in old
                )
                print(f"first runs, median {measure} with the database / before it: {ratio:.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
