"""Start-up time of the commands users run one page at a time, against ``python -c pass``.

    python -m bench.startup [--repeat 21] [--bin .venv/bin] [--cold]

Each command is run in turns with the reference (A B C, A B C, ...) so that noise on a shared
machine hits all alike; the figure is the median wall time, and the ratio is against the median
of ``python -c pass`` measured in the same run. The segmenter's word table (see
``extractor/parsing/chips/wordcache.py``) is built before timing, so the figures are what every
run after the first pays; ``--cold`` adds one run that builds it into an empty cache folder.
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

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXT = ROOT / "samples" / "gustav-soderstrom.txt"  # pasted: run-together theme chips
SAMPLE_PLAIN = ROOT / "samples" / "hannah-berg.txt"


def commands(bin_dir: Path) -> dict[str, list[str]]:
    python = str(bin_dir / "python")
    tool = str(bin_dir / "extractor")
    return {
        "python -c pass": [python, "-c", "pass"],
        "extractor --help": [tool, "--help"],
        f"extractor parse {SAMPLE_PLAIN.name}": [tool, "parse", str(SAMPLE_PLAIN)],
        f"extractor parse {SAMPLE_TEXT.name}": [tool, "parse", str(SAMPLE_TEXT)],
        f"extractor validate {SAMPLE_PLAIN.name}": [tool, "validate", str(SAMPLE_PLAIN)],
    }


def medians(cases: dict[str, list[str]], repeat: int) -> dict[str, float]:
    """Median wall seconds of each command, timed in turns."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, command in cases.items():
            started = time.perf_counter()
            subprocess.run(command, check=False, capture_output=True)
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(t) for name, t in times.items()}


def rows(bin_dir: Path, repeat: int, cold: bool = False) -> list[tuple[str, float, float]]:
    """(command, median ms, ratio against python -c pass)."""
    cases = commands(bin_dir)
    pasted = cases[f"extractor parse {SAMPLE_TEXT.name}"]
    subprocess.run(pasted, check=False, capture_output=True)  # builds the word table if missing
    found = medians(cases, repeat)
    if cold:
        found["  same, cold cache (builds the word table)"] = cold_seconds(pasted)
    base = found["python -c pass"]
    return [(name, seconds * 1000, seconds / base) for name, seconds in found.items()]


def cold_seconds(command: list[str]) -> float:
    """Wall seconds of one run with an empty cache folder: it builds the word table."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "EXTRACTOR_CACHE_DIR": folder}
        started = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True, env=env)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument("--bin", default=str(Path(sys.executable).parent))
    parser.add_argument("--cold", action="store_true", help="also time building the word table")
    args = parser.parse_args()
    title = f"start-up (median of {args.repeat})"
    print(f"{title:44} {'ms':>8} {'x python -c pass':>17}")
    for name, ms, ratio in rows(Path(args.bin), args.repeat, args.cold):
        print(f"{name:44} {ms:8.1f} {ratio:17.2f}")


if __name__ == "__main__":
    main()
