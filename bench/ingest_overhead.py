"""Benchmark of issue 14 item 1: ``extractor ingest`` against parsing the same pages, alone.

Writes ``--pages`` pages made from ``samples/`` (text or HTML), each with its own leader name so
every page publishes its own record, then times, as a user would see them (whole processes,
start-up included):

* ``parse``: the reference, in as many processes as ingest has jobs (one: a plain loop; more: a
  process pool, chunks of 32 like ingest's): every page read, parsed (``parse_bytes``) and its
  record written out as JSON text (provenance included, as a record file holds it), in memory;
* ``ingest``: ``python -m extractor ingest --jobs N`` into a fresh folder (review page on).

Reports medians of ``--runs`` runs and the throughput ratio (parse seconds / ingest seconds),
in wall time and in CPU time (the process and its workers: steadier on a shared machine).
The one-process parse is timed for ``--jobs 2`` too, and shown beside it. The commands take
turns in an order that turns round from run to run (see ``measure``): no command always runs
first, or always right after another, while the machine's load drifts.

Each result is followed by where ingest's time goes: its own process's CPU apart from its
workers' (with ``--jobs 1`` the process does everything), and the serial tail, the wall time
after the parsing ended (resolving, the views, the review page: one core works, the other
waits); the user CPU ratio alone; and the kernel's floor, the median over the runs of what
creating each run's record files again costs by itself, in that run's own records folder
(see ``_floor``; on this sandbox it swings tenfold with deletions nearby). Then the load
average, to judge how quiet the machine was.

The output folders are deleted after the last run, not between runs: ext4 will not reuse an
inode freed in the last minute or more, and skipping over each freed one costs every new file
(here ~0.2 ms each after 2,000 deletions), which would charge ingest for the benchmark's own
clean-up rather than for its work.
Bytecode: by default every module's bytecode is cached (in a private folder,
``PYTHONPYCACHEPREFIX``, warmed by one untimed run of each command), as for any installed tool
(pip writes it at install); ``--bytecode source`` times the sandbox's condition instead
(``PYTHONDONTWRITEBYTECODE=1`` and no cache: every extractor module compiled from source on
every run), which charges ingest for compiling the modules only it imports.

``--pythonpath`` times another checkout (e.g. the old code) with this interpreter;
``--baseline`` times a second checkout's ingest and parse in the same runs, interleaved (before
and after a change, under the same load), and reports its ratio too, each checkout's ingest
against its own parse (a change to the parser's cost is no part of ingest's overhead)::

    git archive main | tar -x -C /tmp/main
    python -m bench.ingest_overhead --pages 2000 --kind text --jobs 1 2 --baseline /tmp/main

``--where /dev/shm`` makes the pages and output folders on a tmpfs: no disk state at all, only
ingest's own cost. A run whose kernel floor is above ~100 µs is followed by a warning.

Not run in CI (a minute or more, and the numbers need a quiet machine).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

_PARSE = """
import sys
from pathlib import Path
from extractor.pipeline import parse_bytes
from extractor.base.errors import Refusal
from extractor.record.serialize import record_json
for path in sorted(Path(sys.argv[1]).iterdir()):
    try:
        result = parse_bytes(path.read_bytes(), str(path))
    except Refusal:
        continue
    record_json(result.data, result.provenance)
"""

_PARSE_POOL = """
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from extractor.pipeline import parse_bytes
from extractor.base.errors import Refusal
from extractor.record.serialize import record_json

def one(path):
    try:
        result = parse_bytes(Path(path).read_bytes(), path)
    except Refusal:
        return
    record_json(result.data, result.provenance)

if __name__ == "__main__":
    paths = [str(p) for p in sorted(Path(sys.argv[1]).iterdir())]
    with ProcessPoolExecutor(int(sys.argv[2])) as pool:
        list(pool.map(one, paths, chunksize=32))
"""


# ``python -m extractor ingest ...`` as it runs, which also writes (to the file named first)
# the process's own CPU apart from its workers', and the wall time from the moment its worker
# pool (or its in-process parsing) ended: the serial tail, where one core works alone.
_INGEST = """
import json, resource, sys, time
import extractor.batch.run as run
started = time.perf_counter()
ended = []
try:  # where the parsing ends: batch.pool's Workers (an older checkout: run's, or none)
    from extractor.batch.pool import Workers as workers
except ImportError:
    workers = getattr(run, "_Workers", None)
if workers is not None:
    workers_exit = workers.__exit__
    def __exit__(self, *exc):
        workers_exit(self, *exc)
        ended.append(time.perf_counter())
    workers.__exit__ = __exit__
from extractor.cli.main import main
stats = sys.argv[1]
sys.argv = ["extractor", *sys.argv[2:]]  # run as the console script runs it (main() reads them)
try:
    code = main()
finally:
    done = time.perf_counter()
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stats, "w") as handle:
        json.dump({
            "parent": me.ru_utime + me.ru_stime,
            "workers": kids.ru_utime + kids.ru_stime,
            "tail": done - ended[0] if ended else float("nan"),  # the first exit ends the pool
        }, handle)
raise SystemExit(code)
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


Timing = tuple[float, float, float]  # wall, CPU, user CPU (seconds)


def _timed(command: list[str], env: dict[str, str]) -> Timing:
    """Wall seconds, CPU seconds of the process and its workers (robust to a busy box), and
    their user share (the rest is the kernel's: creating files, above all)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # Outside the checkout: ``python -m`` puts the working directory first on sys.path, ahead
    # of PYTHONPATH, which would time this checkout's code instead of the one asked for.
    cwd = tempfile.gettempdir()
    subprocess.run(command, check=False, env=env, stdout=subprocess.DEVNULL, cwd=cwd)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user = after.ru_utime - before.ru_utime
    return wall, user + (after.ru_stime - before.ru_stime), user


@dataclass
class Runs:
    """Every run's timings by command (``parse``, ``parse_pool``, ``ingest``, ``baseline``);
    for the ingests, also the parent's CPU, its workers' and the serial tail (see
    ``_INGEST``), and the kernel's floor measured in each one's own records folder."""

    times: dict[str, list[Timing]] = field(default_factory=dict)
    split: dict[str, list[tuple[float, float, float]]] = field(default_factory=dict)
    floor: dict[str, list[float]] = field(default_factory=dict)

    def medians(self) -> dict[str, Timing]:
        return {name: _medians(runs) for name, runs in self.times.items()}


def measure(
    pages: Path,
    python: str,
    jobs: int,
    runs: int,
    env: dict[str, str],
    *,
    spent: list[Path],
    baseline: dict[str, str] | None = None,
) -> Runs:
    """Parse-only in one process, in ``jobs`` processes (the reference, when ``jobs`` > 1),
    ingest (and the ``baseline`` environment's ingest), ``runs`` times each. Their order turns
    round from one run to the next (run 1: parse, ingest, baseline; run 2: ingest, baseline,
    parse; ...), so no command always goes first or always follows the same one while the
    machine's load drifts. Output folders go to ``spent``, to be deleted after the last run."""
    commands: list[tuple[str, dict[str, str] | None]] = [("parse", env)]
    if jobs > 1:
        commands.append(("parse_pool", env))
    commands.append(("ingest", env))
    if baseline is not None:
        # the baseline's ingest is set against the baseline's own parse: the two checkouts'
        # parsers may cost differently per page, and that is no part of ingest's overhead
        commands.append(("parse_pool_baseline" if jobs > 1 else "parse_baseline", baseline))
        commands.append(("baseline", baseline))
    result = Runs()
    for turn in range(runs):
        shift = turn % len(commands)
        for name, where in commands[shift:] + commands[:shift]:
            assert where is not None
            if name.startswith("parse_pool"):
                timing = _timed([python, "-c", _PARSE_POOL, str(pages), str(jobs)], where)
            elif name.startswith("parse"):
                timing = _timed([python, "-c", _PARSE, str(pages)], where)
            else:
                timing = _ingest(pages, python, jobs, where, result, name, spent)
            result.times.setdefault(name, []).append(timing)
    return result


def _ingest(  # noqa: PLR0917 - one call
    pages: Path,
    python: str,
    jobs: int,
    env: dict[str, str],
    result: Runs,
    name: str,
    spent: list[Path],
) -> Timing:
    """One timed ingest into a fresh folder, its split and the floor in its records folder."""
    out = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    spent.append(out)
    stats = out.with_name(out.name + ".json")
    spent.append(stats)
    command = [python, "-c", _INGEST, str(stats), "ingest", "--out", str(out / "run")]
    timing = _timed([*command, "-q", "--jobs", str(jobs), str(pages)], env)
    try:
        split = json.loads(stats.read_text(encoding="utf-8"))
        result.split.setdefault(name, []).append((split["parent"], split["workers"], split["tail"]))
    except (OSError, ValueError, KeyError):
        pass
    result.floor.setdefault(name, []).append(_floor(out / "run"))
    return timing


def _medians(runs: list[Timing]) -> Timing:
    wall, cpu, user = zip(*runs, strict=True)
    return statistics.median(wall), statistics.median(cpu), statistics.median(user)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--kind", choices=["text", "html"], default="text")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--pythonpath", default="", help="PYTHONPATH for the timed processes")
    parser.add_argument(
        "--baseline", default="", help="PYTHONPATH of a second checkout whose ingest is timed too"
    )
    parser.add_argument(
        "--bytecode",
        choices=["cached", "source"],
        default="cached",
        help="cached: as an installed tool runs (default); source: compiled on every run",
    )
    parser.add_argument(
        "--where",
        default="",
        help="folder the pages and output folders are made in (default: the system's temporary "
        "folder); /dev/shm, a tmpfs, takes the disk's state out of the figures (see _floor)",
    )
    args = parser.parse_args()
    if args.where and not Path(args.where).is_dir():
        parser.error(f"--where {args.where}: no such folder")
    if args.where:
        tempfile.tempdir = args.where  # every folder below, and TMPDIR for the timed processes
        os.environ["TMPDIR"] = args.where
    spent: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ingest-pages-") as tmp:
        base = _bytecode_env(args.bytecode, Path(tmp) / "pycache")
        env = dict(base)
        if args.pythonpath:
            env["PYTHONPATH"] = args.pythonpath
        baseline = {**base, "PYTHONPATH": args.baseline} if args.baseline else None
        pages = Path(tmp) / "pages"
        write_pages(pages, args.pages, args.kind)
        if args.bytecode == "cached":
            _warm(Path(tmp), pages, args.python, [env, baseline], spent)
        try:
            for jobs in args.jobs:
                runs = measure(
                    pages, args.python, jobs, args.runs, env, spent=spent, baseline=baseline
                )
                m = runs.medians()
                print(_line(args.kind, args.pages, jobs, m), flush=True)
                print("  " + _split(runs, "ingest", args.pages))
                if baseline is not None:
                    print("  baseline: " + _line(args.kind, args.pages, jobs, m, "baseline"))
                    print("  " + _split(runs, "baseline", args.pages))
                if slow := _slow_disk(runs):
                    print("  " + slow)
                print(f"  load average after: {_load()}", flush=True)
        finally:
            for out in spent:
                if out.is_dir():
                    shutil.rmtree(out, ignore_errors=True)
                else:
                    out.unlink(missing_ok=True)


def _bytecode_env(kind: str, cache: Path) -> dict[str, str]:
    """The timed processes' environment: bytecode cached in ``cache`` (written by the warm-up),
    or (``source``) never written, as in the sandbox this is developed in."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if kind == "source":
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def _warm(
    tmp: Path, pages: Path, python: str, envs: list[dict[str, str] | None], spent: list[Path]
) -> None:
    """One untimed run of each command on a few pages, in each environment: every module the
    timed runs import has its bytecode cached (the pool's modules too)."""
    few = tmp / "warm"
    few.mkdir()
    for page in sorted(pages.iterdir())[:_POOL_PAGES]:
        shutil.copy(page, few / page.name)
    cwd = tempfile.gettempdir()
    for env in envs:
        if env is None:
            continue
        out = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
        spent.append(out)
        for command in (
            [python, "-c", _PARSE, str(few)],
            [python, "-c", _PARSE_POOL, str(few), "2"],
            [python, "-m", "extractor", "ingest", "--out", str(out), "-q", "--jobs", "2", str(few)],
        ):
            subprocess.run(command, check=False, env=env, stdout=subprocess.DEVNULL, cwd=cwd)


_POOL_PAGES = 70  # enough for ingest to start its pool (it parses fewer in one process)


def _floor(out: Path) -> float:
    """What the kernel alone charges for the files a run must create, in CPU µs per file: the
    run's record files written again, as ingest writes them, under other names in the very
    folder the run wrote them to (a file's inode is allocated near its folder's, so another
    folder can cost another price). On this sandbox's ext4 (no journal) creating a file costs
    ~15 µs in a quiet file system and ten times that within ~30 s of many files being deleted
    near it (inodes freed that recently are skipped, one by one). Deleted with the run's
    folder, after the last run."""
    from extractor.batch.views import _RecordFiles

    folder = out / "records"
    if not folder.is_dir():
        return float("nan")
    records = [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]
    before = resource.getrusage(resource.RUSAGE_SELF)
    with _RecordFiles(folder) as files:
        for name, data in records:
            files.create(f"floor-{name}", data)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu / max(1, len(records)) * 1e6


def _split(runs: Runs, which: str, count: int) -> str:
    """Medians of the parent's CPU, its workers' and the serial tail, and the kernel's floor."""
    split = runs.split.get(which)
    floor = statistics.median(runs.floor.get(which) or [float("nan")])
    if not split:
        return f"{which}: (no split); kernel floor {floor:.0f} µs per record file"
    parent, workers, tail = (statistics.median(values) for values in zip(*split, strict=True))
    return (
        f"{which}: parent CPU {parent:.2f}s ({parent / count * 1000:.2f} ms per page), "
        f"workers CPU {workers:.2f}s, serial tail after the parsing {tail:.2f}s wall; "
        f"kernel floor {floor:.0f} µs per record file (in its own records folder)"
    )


# A record file costs ~15-25 µs to create in a quiet file system; above this, the runs met one
# that is still skipping the inodes of files deleted nearby (see ``_floor``).
_SLOW_FLOOR_US = 100


def _slow_disk(runs: Runs) -> str:
    """A warning when the kernel's floor says the runs met a file system slowed by deletions:
    their ratios then measure the disk's state more than ingest."""
    floors = [f for values in runs.floor.values() for f in values if not math.isnan(f)]
    if not floors or statistics.median(floors) <= _SLOW_FLOOR_US:
        return ""
    return (
        f"WARNING: creating a file cost {statistics.median(floors):.0f} µs (quiet: ~20 µs): the "
        "file system is still slowed by files deleted nearby; these ratios measure it more "
        "than ingest. Wait five minutes after any large deletion, or pass --where /dev/shm"
    )


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])
    except OSError:
        return "?"


def _line(
    kind: str,
    count: int,
    jobs: int,
    m: dict[str, Timing],
    which: str = "ingest",
) -> str:
    """One result line: ingest (``which``) against the reference (parse in ``jobs`` processes,
    by the same checkout), the overhead per page in CPU milliseconds, then the ratio of user
    CPU alone and the overhead split into user and system (kernel) CPU: what the code can cut,
    and what is mostly the file system's (compare the floor printed after the line)."""
    suffix = "_baseline" if which == "baseline" else ""
    (parse, parse_cpu, parse_user) = m.get(f"parse_pool{suffix}") or m[f"parse{suffix}"]
    (ingest, ingest_cpu, ingest_user) = m[which]
    user_ms = (ingest_user - parse_user) / count * 1000
    system_ms = ((ingest_cpu - ingest_user) - (parse_cpu - parse_user)) / count * 1000
    line = (
        f"{kind} pages={count} jobs={jobs}: wall parse {parse:.2f}s ingest {ingest:.2f}s "
        f"ratio {parse / ingest:.2f}; CPU parse {parse_cpu:.2f}s ingest {ingest_cpu:.2f}s "
        f"ratio {parse_cpu / ingest_cpu:.2f} (+{(ingest_cpu - parse_cpu) / count * 1000:.2f} ms "
        f"CPU per page; user CPU ratio {parse_user / ingest_user:.2f}: user +{user_ms:.2f} ms, "
        f"system +{system_ms:.2f} ms per page)"
    )
    if "parse_pool" in m and not suffix:
        one, one_cpu, _ = m["parse"]
        line += f"; (parse in 1 process: wall {one:.2f}s, CPU {one_cpu:.2f}s)"
    return line


if __name__ == "__main__":
    main()
