"""Benchmark of issue 14 item 1: ``extractor ingest`` against parsing the same pages, alone.

Writes ``--pages`` pages made from ``samples/`` (text or HTML), each with its own leader name so
every page publishes its own record, then times, as a user would see them (whole processes,
start-up included):

* ``parse``: one process reads and parses every page (``parse_bytes``), nothing written;
* ``ingest``: ``python -m extractor ingest --jobs N`` into a fresh folder (review page on).

Reports medians of ``--runs`` runs and the throughput ratio (parse seconds / ingest seconds),
in wall time and in CPU time (the process and its workers: steadier on a shared machine).
``--pythonpath`` times another checkout (e.g. the old code) with this interpreter::

    python -m bench.ingest_overhead --pages 2000 --kind text --jobs 1 2

Not run in CI (a minute or more, and the numbers need a quiet machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

_PARSE = """
import sys
from pathlib import Path
from extractor.pipeline import parse_bytes
from extractor.base.errors import Refusal
for path in sorted(Path(sys.argv[1]).iterdir()):
    try:
        parse_bytes(path.read_bytes(), str(path))
    except Refusal:
        pass
"""

_PARSE_POOL = """
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from extractor.pipeline import parse_bytes
from extractor.base.errors import Refusal

def one(path):
    try:
        parse_bytes(Path(path).read_bytes(), path)
    except Refusal:
        pass

if __name__ == "__main__":
    paths = [str(p) for p in sorted(Path(sys.argv[1]).iterdir())]
    with ProcessPoolExecutor(int(sys.argv[2])) as pool:
        list(pool.map(one, paths, chunksize=32))
"""


def _suffix(number: int) -> str:
    """A different made-up surname ending per page: 'ab', 'ac', ... (letters only)."""
    out = ""
    number += 27
    while number:
        number, digit = divmod(number, 26)
        out = _LETTERS[digit] + out
    return out


def write_pages(folder: Path, count: int, kind: str) -> None:
    """``count`` pages from the samples of ``kind``, each leader's surname made unique."""
    from extractor.pipeline import parse_file

    sources = sorted(SAMPLES.glob(f"*.{'txt' if kind == 'text' else 'html'}"))
    bases = []
    for source in sources:
        name = parse_file(str(source)).record.name
        try:
            text = source.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # a page in a legacy encoding: the others make the point
        if name and " " in name and name in text:
            bases.append((source, name, text))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        source, name, text = bases[i % len(bases)]
        first, _, last = name.rpartition(" ")
        unique = f"{first} {last}{_suffix(i)}"
        target = folder / f"{source.stem}-{i:05d}{source.suffix}"
        target.write_text(text.replace(name, unique), encoding="utf-8")


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the process and its workers (robust to a busy box)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # Outside the checkout: ``python -m`` puts the working directory first on sys.path, ahead
    # of PYTHONPATH, which would time this checkout's code instead of the one asked for.
    cwd = tempfile.gettempdir()
    subprocess.run(command, check=False, env=env, stdout=subprocess.DEVNULL, cwd=cwd)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(
    pages: Path, python: str, jobs: int, runs: int, env: dict[str, str]
) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of parse-only (1 process, and ``jobs`` processes) and of
    ingest, the three interleaved run by run so a change in the machine's load hits all."""
    times: dict[str, list[tuple[float, float]]] = {"parse": [], "ingest": []}
    for _ in range(runs):
        times["parse"].append(_timed([python, "-c", _PARSE, str(pages)], env))
        if jobs > 1:
            pool = [python, "-c", _PARSE_POOL, str(pages), str(jobs)]
            times.setdefault("parse_pool", []).append(_timed(pool, env))
        out = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
        try:
            command = [python, "-m", "extractor", "ingest", "--out", str(out)]
            times["ingest"].append(_timed([*command, "-q", "--jobs", str(jobs), str(pages)], env))
        finally:
            shutil.rmtree(out, ignore_errors=True)
    return {
        name: (statistics.median(w for w, _ in pairs), statistics.median(c for _, c in pairs))
        for name, pairs in times.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--kind", choices=["text", "html"], default="text")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--pythonpath", default="", help="PYTHONPATH for the timed processes")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.pythonpath:
        env["PYTHONPATH"] = args.pythonpath
    with tempfile.TemporaryDirectory(prefix="ingest-pages-") as tmp:
        pages = Path(tmp) / "pages"
        write_pages(pages, args.pages, args.kind)
        for jobs in args.jobs:
            m = measure(pages, args.python, jobs, args.runs, env)
            (parse, parse_cpu), (ingest, ingest_cpu) = m["parse"], m["ingest"]
            line = (
                f"{args.kind} pages={args.pages} jobs={jobs}: wall parse {parse:.2f}s "
                f"ingest {ingest:.2f}s ratio {parse / ingest:.2f}; CPU parse {parse_cpu:.2f}s "
                f"ingest {ingest_cpu:.2f}s ratio {parse_cpu / ingest_cpu:.2f}"
            )
            if "parse_pool" in m:
                pool = m["parse_pool"][0]
                line += f"; parse in {jobs} processes: wall {pool:.2f}s ratio {pool / ingest:.2f}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
