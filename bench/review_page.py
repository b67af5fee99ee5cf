"""Benchmark of the review page at run sizes users meet: 1,000 and 50,000 inputs.

Run from the repo root (needs Debian's chromium and chromium-driver, and ``pip install selenium``):

    python -m bench.review_page                     # 1,000 and 50,000 inputs
    python -m bench.review_page --inputs 1000 5000

For each size it makes the benchmark's corpus (half pasted text, half HTML pages of 10-50 KB
with real chrome; cached under --work), ingests it without the page, then measures, each in a
fresh process: writing the page from the output folder (wall time, peak RSS), its size per
input, and in headless Chromium the time to first contentful paint, to the index being listed,
to a record at the end of the list being shown, and per frame while scrolling the index.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.run import write_corpus

WRITE = """
import resource, sys, time
from extractor.cli.main import main
started = time.perf_counter()
code = main(["review", "--out", sys.argv[2], sys.argv[1]])
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, code)
"""

BROWSER = """
var done = arguments[arguments.length - 1];
var paint = performance.getEntriesByName("first-contentful-paint")[0];
var ready = performance.getEntriesByName("index-ready")[0];
var list = document.getElementById("list"), frames = [], last = performance.now(), steps = 0;
function step(now) {
  frames.push(now - last); last = now; steps++;
  list.scrollTop += 5000;
  if (steps < 120) { requestAnimationFrame(step); return; }
  frames.shift();
  frames.sort(function (a, b) { return a - b; });
  var rows = document.querySelectorAll("#rowbox .row");
  var key = rows[rows.length - 1].getAttribute("data-key"), opened = performance.now();
  rows[rows.length - 1].click();
  (function wait() {
    if (document.getElementById("view").getAttribute("data-ready") === key) {
      done({fcp: paint ? paint.startTime : null, index: ready ? ready.startTime : null,
            frame_median: frames[frames.length >> 1],
            frame_p95: frames[Math.floor(frames.length * 0.95)],
            open_record: performance.now() - opened, rows_in_dom: rows.length});
    } else { setTimeout(wait, 5); }
  })();
}
requestAnimationFrame(step);
"""


def browser_timings(page: Path) -> dict[str, Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_script_timeout(120)
        driver.set_page_load_timeout(300)
        started = time.perf_counter()
        driver.get(page.as_uri())
        loaded = time.perf_counter() - started
        result: dict[str, Any] = driver.execute_async_script(BROWSER)
        result["load_event_s"] = loaded
        return result
    finally:
        driver.quit()


def measure(count: int, work: Path, jobs: int) -> dict[str, Any]:
    corpus, out = work / f"pages-{count}", work / f"out-{count}"
    if not (corpus / ".done").is_file():
        write_corpus(corpus, count, random.Random(count))
        (corpus / ".done").write_text("", encoding="utf-8")
    if not (out / "report.json").is_file():
        command = [sys.executable, "-m", "extractor", "ingest", "-q", "--no-review"]
        subprocess.run([*command, "--jobs", str(jobs), "--out", str(out), str(corpus)], check=False)
    page = work / f"review-{count}.html"
    done = subprocess.run(
        [sys.executable, "-c", WRITE, str(out), str(page)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak_mb, _ = done.stdout.split()
    size = page.stat().st_size
    result = {
        "inputs": count,
        "write_s": float(seconds),
        "write_ms_per_input": float(seconds) * 1000 / count,
        "peak_rss_mb": float(peak_mb),
        "page_mb": size / 1e6,
        "bytes_per_input": size / count,
    }
    result.update(browser_timings(page))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, nargs="+", default=[1000, 50000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-review"))
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for count in args.inputs:
        print(json.dumps(measure(count, args.work, args.jobs)), flush=True)


if __name__ == "__main__":
    main()
