"""Start-up time of the commands users run one page at a time, against ``python -c pass``.

    python -m bench.startup [--repeat 21] [--bin .venv/bin] [--before OTHER/bin]
                            [--bytecode cached|source|both] [--cold]

Each command is run in turns with the reference (A B C, A B C, ...) so that noise on a shared
machine hits all alike; the figure is the median wall time, and the ratio is against the median
of ``python -c pass`` measured in the same run. The target is a ratio of at most 3.

Python's own start-up depends on whether each module's bytecode is cached, so both cases are
measured, in a private cache folder (``PYTHONPYCACHEPREFIX``), never in the source tree:

- ``cached``: every module's bytecode is cached, as for any installed tool: pip writes it for a
  regular install, and our build backend (``_build/backend.py``) for an editable one, even where
  ``PYTHONDONTWRITEBYTECODE=1`` is set (as in the sandboxes this project is developed in);
- ``source``: the extractor package is compiled from source on every run, everything else
  cached: modules edited since the install, run where bytecode is never written. This is where
  each imported module costs the most.

The segmenter's word table (``extractor/parsing/chips/wordcache.py``) and the table of compiled
patterns (``extractor/base/patterns.py``) are built by the warm-up runs, so the figures are what
every run after the very first pays; ``--cold`` adds one run of the pasted page that builds both
into an empty cache folder.

An editable install (``pip install -e .``) loads setuptools' finder, through a ``.pth`` file,
into every Python of its environment, ``python -c pass`` included: there the reference is about
twice a regular install's, and every ratio looks that much better than what users of an
installed tool meet. The table says when an installation is one; time a regular install
(``pip install .`` into another venv, ``--bin``) for their figures.

``--before`` measures a second installation (say, a venv of the previous commit) in the same
turns, so the before/after table comes from one run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXT = ROOT / "samples" / "gustav-soderstrom.txt"  # pasted: run-together theme chips
SAMPLE_PLAIN = ROOT / "samples" / "hannah-berg.txt"
REFERENCE = "python -c pass"
TARGET = 3.0  # at most this many times python -c pass
# The commands the target is set for; the pasted page's run is dominated by its theme splitter.
TARGETED = ("extractor --help", f"extractor parse {SAMPLE_PLAIN.name}")
TARGETED += (f"extractor validate {SAMPLE_PLAIN.name}",)
BYTECODE = ("cached", "source")


def commands(bin_dir: Path) -> dict[str, list[str]]:
    python = str(bin_dir / "python")
    tool = str(bin_dir / "extractor")
    return {
        REFERENCE: [python, "-c", "pass"],
        "extractor --help": [tool, "--help"],
        f"extractor parse {SAMPLE_PLAIN.name}": [tool, "parse", str(SAMPLE_PLAIN)],
        f"extractor parse {SAMPLE_TEXT.name}": [tool, "parse", str(SAMPLE_TEXT)],
        f"extractor validate {SAMPLE_PLAIN.name}": [tool, "validate", str(SAMPLE_PLAIN)],
    }


def medians(
    cases: dict[str, list[str]], repeat: int, env: dict[str, str] | None = None
) -> dict[str, float]:
    """Median wall seconds of each command, timed in turns."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, command in cases.items():
            started = time.perf_counter()
            subprocess.run(command, check=False, capture_output=True, env=env)
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(t) for name, t in times.items()}


def rows(bin_dir: Path, repeat: int) -> list[tuple[str, float, float]]:
    """(command, median ms, ratio against python -c pass), in the caller's environment."""
    found = medians(commands(bin_dir), repeat)
    base = found[REFERENCE]
    return [(name, seconds * 1000, seconds / base) for name, seconds in found.items()]


def _ask(bin_dir: Path, code: str) -> str:
    """What ``code`` prints in the installation in ``bin_dir``; run from the bin folder: from
    the project's root, '-c' would import the source tree there."""
    out = subprocess.run(
        [str(bin_dir.absolute() / "python"), "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=bin_dir,
    )
    return out.stdout.strip()


def package_dir(bin_dir: Path) -> Path:
    """Where the installation in ``bin_dir`` imports the extractor package from."""
    code = "import extractor, os; print(os.path.dirname(os.path.abspath(extractor.__file__)))"
    return Path(_ask(bin_dir, code))


EDITABLE_NOTE = (
    "its finder, loaded by a .pth file into every Python of that environment, makes "
    "'python -c pass' there ~2x a regular install's (it imports pathlib, re, enum, ...), and "
    "every ratio looks that much better; time a regular install ('pip install .' into another "
    "venv, --bin) for what an installed tool's users meet"
)


def is_editable(bin_dir: Path) -> bool:
    """Whether every Python of the environment in ``bin_dir`` loads an editable install's
    finder at start (setuptools names its module ``__editable___<project>_finder``)."""
    code = "import sys; print(any(m.startswith('__editable__') for m in sys.modules))"
    return _ask(bin_dir, code) == "True"


def bytecode_env(kind: str, cache: Path, packages: list[Path]) -> dict[str, str]:
    """The environment of one bytecode case, its cache warmed by running every command once
    (see :func:`warm`) before it is timed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    if kind == "source":
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def warm(
    cases: dict[str, list[str]], kind: str, cache: Path, packages: list[Path]
) -> dict[str, str]:
    """Fill ``cache`` with every module's bytecode; for ``source``, then drop the extractor
    packages' own, which the timed runs (not allowed to write) compile again each time."""
    writing = bytecode_env("cached", cache, packages)
    for command in cases.values():
        subprocess.run(command, check=False, capture_output=True, env=writing)
    if kind == "source":
        for package in packages:
            shutil.rmtree(cache / package.relative_to(package.anchor), ignore_errors=True)
    return bytecode_env(kind, cache, packages)


def measure(
    installs: dict[str, Path], repeat: int, kind: str
) -> dict[str, dict[str, tuple[float, float]]]:
    """install label → command → (median ms, ratio), every command of every install in turns."""
    cases = {
        f"{label}\0{name}": command
        for label, bin_dir in installs.items()
        for name, command in commands(bin_dir).items()
    }
    packages = [package_dir(bin_dir) for bin_dir in installs.values()]
    with tempfile.TemporaryDirectory(prefix="extractor-pycache-") as cache:
        env = warm(cases, kind, Path(cache), packages)
        found = medians(cases, repeat, env)
    out: dict[str, dict[str, tuple[float, float]]] = {label: {} for label in installs}
    for key, seconds in found.items():
        label, name = key.split("\0")
        base = found[f"{label}\0{REFERENCE}"]
        out[label][name] = (seconds * 1000, seconds / base)
    return out


def verdict(name: str, ratio: float) -> str:
    if name not in TARGETED:
        return ""
    return "met" if ratio <= TARGET else "NOT met"


def print_table(kind: str, results: dict[str, dict[str, tuple[float, float]]]) -> None:
    labels = list(results)
    head = f"start-up, bytecode {kind}"
    columns = "".join(f" {label + ' ms':>12} {'x pass':>7}" for label in labels)
    print(f"{head:44}{columns}  target <= {TARGET:g}x")
    for name in results[labels[0]]:
        cells = "".join(
            f" {results[label][name][0]:12.1f} {results[label][name][1]:7.2f}" for label in labels
        )
        print(f"{name:44}{cells}  {verdict(name, results[labels[-1]][name][1])}")


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
    parser.add_argument("--before", metavar="BIN", help="another installation, timed alongside")
    parser.add_argument("--bytecode", choices=(*BYTECODE, "both"), default="both")
    parser.add_argument("--cold", action="store_true", help="also time building the word table")
    args = parser.parse_args()
    installs = {"after": Path(args.bin)} if args.before else {"now": Path(args.bin)}
    if args.before:
        installs = {"before": Path(args.before), **installs}
    kinds = BYTECODE if args.bytecode == "both" else (args.bytecode,)
    print(f"median of {args.repeat} runs in turns; 'x pass': times {REFERENCE} of the same run")
    for label, bin_dir in installs.items():
        if is_editable(bin_dir):
            print(f"note: '{label}' is an editable install: {EDITABLE_NOTE}")
    for kind in kinds:
        print()
        print_table(kind, measure(installs, args.repeat, kind))
    if args.cold:
        pasted = commands(Path(args.bin))[f"extractor parse {SAMPLE_TEXT.name}"]
        print(f"\nfirst run ever (builds the word table): {cold_seconds(pasted) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
