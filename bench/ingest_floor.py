"""Issue 14, item 1: the floor under ``ingest``'s throughput, whatever its design.

``bench.ingest_overhead`` sets ``ingest --jobs N`` against its reference: the benchmark's pages
parsed in a pool of N processes, each record made as JSON text and dropped. Ingest must do more
with every record than drop it, and with ``--jobs`` as many workers as the machine has cores,
whatever more it does is CPU that no core has spare. This script times the reference against
the same pool whose run's process does, per record, only the least that the issue asks of any
ingest, written as plainly as Python allows (no checks, no identity rules, no history):

* ``files``:  each record's file created under its final name, as the pool hands it back;
* ``db``:     ``files``, and each record's text, digest and findings stored in one SQLite table
  (write-ahead log, a transaction per 256), as a run that resumes after a kill must keep them;
* ``all``:    ``db``, and after the last page: each id decided over every name (a dict),
  leaders.jsonl and a report written from memory, and a review page (each record's compact JSON
  and its source, compressed into one file) written by a forked child meanwhile;
* ``ideal``:  ``all``, but each worker writes its records' files and review entries itself (its
  own spool file), handing the run's process only what the state holds: the least the run's own
  process can do;
* ``staged``: ``ideal``, its record files written under temporary names and renamed into place
  after the last page, so that a killed run publishes nothing half-way, as ingest must.

Each variant runs as its own process (start-up included, as a user sees it), in turns whose
order turns round from run to run; medians of ``--runs``, and each variant's ratio to the
reference (reference seconds / variant seconds: 0.9 is issue 14's target)::

    python -m bench.ingest_floor --pages 2000 --runs 11 --jobs 2 --where /dev/shm

Not run in CI (a minute or more, and the numbers need a quiet machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.ingest_overhead import write_pages

VARIANTS = ("reference", "files", "db", "all", "ideal", "staged")

# One process of a variant: python -c BODY PAGES OUT VARIANT JOBS.
BODY = r'''
import hashlib, json, os, sqlite3, sys, zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import orjson

from extractor.base.errors import Refusal
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_json

VARIANT, OUT = sys.argv[3], Path(sys.argv[2])
SPOOL = None


def one(path):
    data = Path(path).read_bytes()
    try:
        result = parse_bytes(data, path)
    except Refusal:
        return None
    text = record_json(result.data, result.provenance)
    if VARIANT == "reference":
        return None
    key = os.path.basename(path)
    name = result.data.get("name") or ""
    findings = json.dumps([str(f) for f in result.findings])
    if VARIANT in ("ideal", "staged"):
        return key, name, text, findings, spooled(key, data, result, text)
    compact = orjson.dumps(result.data) if VARIANT == "all" else b""
    return key, name, text, findings, (compact, data if VARIANT == "all" else b"")


def spooled(key, data, result, text):
    """In the worker: the record file written, and its review entry into the worker's spool."""
    global SPOOL
    file = ("." + key + ".tmp") if VARIANT == "staged" else (key + ".json")
    write(OUT / "records" / file, text.encode())
    if SPOOL is None:
        SPOOL = open(OUT / f"spool-{os.getpid()}", "ab")
    piece = orjson.dumps(result.data) + b"\n" + data
    at = SPOOL.tell()
    SPOOL.write(piece)
    SPOOL.flush()
    return SPOOL.name, at, len(piece)


def write(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.write(fd, data)
    os.close(fd)


def store(db, rows):
    db.execute("BEGIN")
    db.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    db.execute("COMMIT")


def entry(kept, spools):
    """A record's review entry: its compact JSON and source (kept, or read from a spool)."""
    if isinstance(kept[0], bytes):
        return kept[0] + b"\n" + kept[1]
    spool, at, size = kept
    if spool not in spools:
        spools[spool] = Path(spool).read_bytes()
    return spools[spool][at : at + size]


def main():
    paths = [str(p) for p in sorted(Path(sys.argv[1]).iterdir())]
    if VARIANT != "reference":
        (OUT / "records").mkdir(parents=True)
    db = None
    if VARIANT != "reference" and VARIANT != "files":
        db = sqlite3.connect(OUT / "state.sqlite", isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE TABLE t (key TEXT PRIMARY KEY, sha TEXT, json TEXT, findings TEXT)")
    kept, rows = [], []
    with ProcessPoolExecutor(int(sys.argv[4])) as pool:
        for got in pool.map(one, paths, chunksize=32):
            if got is None:
                continue
            key, name, text, findings, review = got
            if VARIANT in ("files", "db", "all"):
                write(OUT / "records" / (key + ".json"), text.encode())
            if db is not None:
                rows.append((key, hashlib.sha256(text.encode()).hexdigest(), text, findings))
                if len(rows) >= 256:
                    store(db, rows)
                    rows = []
            if VARIANT not in ("files", "db"):
                kept.append((key, name, review))
    if db is not None:
        store(db, rows)
    if VARIANT in ("reference", "files", "db"):
        return
    ids = {}
    for key, name, _ in kept:
        ids.setdefault(name, []).append(key)
    spools = {}
    child = os.fork()
    if child == 0:
        page = zlib.compress(b"\n".join(entry(r, spools) for _, _, r in kept), 1)
        write(OUT / "review.html", b"<html><script>" + page + b"</script></html>")
        os._exit(0)
    if VARIANT == "staged":
        for key, _, _ in kept:
            os.rename(OUT / "records" / ("." + key + ".tmp"), OUT / "records" / (key + ".json"))
    lines = []
    for _, _, review in sorted(kept, key=lambda k: k[1]):
        whole = entry(review, spools)
        lines.append(whole[: whole.index(b"\n") + 1])
    write(OUT / "leaders.jsonl", b"".join(lines))
    write(OUT / "report.json", orjson.dumps([{"input": k, "id": n} for k, n, _ in kept]))
    os.waitpid(child, 0)


if __name__ == "__main__":
    main()
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--kind", choices=["text", "html"], default="text")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--pythonpath", default="", help="PYTHONPATH for the timed processes")
    parser.add_argument("--where", default="", help="folder the pages and outputs are made in")
    args = parser.parse_args()
    if args.where:
        tempfile.tempdir = args.where
    env = dict(os.environ)
    if args.pythonpath:
        env["PYTHONPATH"] = args.pythonpath
    with tempfile.TemporaryDirectory(prefix="ingest-floor-") as tmp:
        work = Path(tmp)
        pages = work / "pages"
        write_pages(pages, args.pages, args.kind)
        seconds = _timed(work, pages, args, env)
    reference = statistics.median(seconds["reference"])
    for variant in VARIANTS:
        median = statistics.median(seconds[variant])
        print(
            f"{args.kind} pages={args.pages} jobs={args.jobs} {variant:9s} {median:.3f}s "
            f"ratio {reference / median:.3f}"
        )
    print(f"  load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def _timed(
    work: Path, pages: Path, args: argparse.Namespace, env: dict[str, str]
) -> dict[str, list[float]]:
    """Wall seconds of each variant's process, ``args.runs`` of each after one untimed turn
    (bytecode written, caches warm); the order turns round from run to run. The output folders
    are kept until the end: deleting them between runs would charge the next run's new files
    for the freed inodes (see ``bench.ingest_overhead``)."""
    seconds: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    for run in range(args.runs + 1):
        turn = run % len(VARIANTS)
        for variant in VARIANTS[turn:] + VARIANTS[:turn]:
            out = work / f"out-{variant}-{run}"
            out.mkdir()
            command = [args.python, "-c", BODY, str(pages), str(out), variant, str(args.jobs)]
            started = time.perf_counter()
            # Outside the checkout: ``python -c`` puts the working directory first on sys.path.
            subprocess.run(command, check=True, env=env, cwd=work)
            if run:
                seconds[variant].append(time.perf_counter() - started)
    return seconds


if __name__ == "__main__":
    main()
