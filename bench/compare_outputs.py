"""Check that two checkouts write the same output folder: ``extractor ingest`` with another
checkout's code (``--pythonpath``, e.g. main's, exported with ``git archive``) and with this one
(``--jobs 1`` and ``--jobs 2``), into fresh folders, compared file by file: records,
``leaders.jsonl``, the review page and the schema byte for byte, ``report.json`` with its timings
(``seconds``, ``elapsed_seconds``, ``pages_per_second``, ``state_seconds``) left out::

    git archive main | tar -x -C /tmp/main
    python -m bench.compare_outputs --pythonpath /tmp/main samples/
    python -m bench.compare_outputs --pythonpath /tmp/main --pages 2000 --kind html

Exits 1 and names the files that differ, if any do.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.ingest_overhead import write_pages

_STATE = ("state.sqlite", "state.sqlite-wal", "state.sqlite-shm", ".state.lock")
_TIMINGS = ("elapsed_seconds", "pages_per_second", "state_seconds")


def ingest(out: Path, paths: list[str], jobs: int, pythonpath: str | None) -> None:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    command = [sys.executable, "-m", "extractor", "ingest", "-q", "--out", str(out)]
    # Outside the checkout, so that PYTHONPATH (not the working directory) picks the code.
    subprocess.run(
        [*command, "--jobs", str(jobs), *paths], env=env, cwd=tempfile.gettempdir(), check=False
    )


def views(folder: Path) -> dict[str, bytes]:
    """Every file of an output folder but its state, ``report.json`` without timings."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name in _STATE:
            continue
        data = path.read_bytes()
        if path.name == "report.json":
            report = json.loads(data)
            for name in _TIMINGS:
                report["summary"].pop(name, None)
            for entry in report["inputs"]:
                entry.pop("seconds", None)
            data = json.dumps(report, ensure_ascii=False, indent=1).encode("utf-8")
        found[str(path.relative_to(folder))] = data
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="inputs (default: --pages made-up pages)")
    parser.add_argument("--pythonpath", required=True, help="the other checkout's code")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--kind", choices=["text", "html"], default="text")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="compare-outputs-") as tmp:
        root = Path(tmp)
        paths = [str(Path(p).resolve()) for p in args.paths]
        if not paths:
            write_pages(root / "pages", args.pages, args.kind)
            paths = [str(root / "pages")]
        ingest(root / "old", paths, 1, args.pythonpath)
        old = views(root / "old")
        failed = False
        for jobs in (1, 2):
            ingest(root / f"new{jobs}", paths, jobs, None)
            new = views(root / f"new{jobs}")
            differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
            print(f"--jobs {jobs}: {len(new)} files against {len(old)}; differ: {differ[:10]}")
            failed = failed or bool(differ)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
