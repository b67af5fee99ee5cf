"""The probes: leader profiles written apart from the code, rendered into site designs nobody
here had seen, and run through the converters people use (``tests/probes/``, see its README).

    python -m bench.probes                  # per probe: design x converter, one cell per kind
    python -m bench.probes -v               # and every input that is not exact, field by field
    python -m bench.probes --probe probe2   # one probe only
    python -m bench.probes --save before.json     # each input's class, to compare later
    python -m bench.probes --compare before.json  # the inputs whose class got worse or better

Each input is classed the way a user meets it:

* ``exact``: every field of the expected record is equal;
* ``flagged``: some field is wrong, but a warning or error names it (an editor is sent there);
* ``silent``: some field is wrong and no warning or error names it: the worst outcome, a wrong
  record that looks right;
* ``refused``: no record (a clear error);
* ``crash``: anything else the pipeline raised (never expected: the pipeline raises only
  refusals).

A wrong ``role`` or ``company`` counts as flagged when the headline or the name is flagged (they
are cut from the headline), and wrong quotes as flagged when the name is flagged and the quote
texts are right (the attribution names the leader).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.base.errors import Refusal
from extractor.pipeline import parse_bytes
from extractor.read import Format

PROBES = Path(__file__).resolve().parent.parent / "tests" / "probes"
FIELDS = "name headline role company bio dimensions themes summary principles quotes".split()
KINDS = ("exact", "silent", "flagged", "refused", "crash")
_FORMATS: dict[str, Format] = {".md": "markdown", ".txt": "text"}


@dataclass
class Outcome:
    """One input's class, and what was wrong with it."""

    path: Path
    kind: str
    wrong: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (got, want)
    unflagged: list[str] = field(default_factory=list)
    why: str = ""

    @property
    def design(self) -> str:
        return self.path.parent.name

    @property
    def converter(self) -> str:
        """``<case>.<converter>.<ext>``; the design's own HTML is ``raw``."""
        return ".".join(self.path.name.split(".")[1:-1]) or "raw"


def probes() -> list[Path]:
    return sorted(p for p in PROBES.iterdir() if (p / "expected.json").is_file())


def expected(probe: Path) -> dict[str, dict[str, Any]]:
    records = json.loads((probe / "expected.json").read_text("utf-8"))
    return {r["id"]: r for r in records}


def inputs(probe: Path) -> Iterator[Path]:
    yield from sorted(p for p in (probe / "out").glob("*/*") if p.is_file())


def judge(path: Path, want: dict[str, Any]) -> Outcome:
    """Parse one input as ``extractor parse`` would (the format from its extension) and class it."""
    try:
        result = parse_bytes(path.read_bytes(), str(path), _FORMATS.get(path.suffix))
    except Refusal as exc:
        return Outcome(path, "refused", why=str(exc)[:200])
    except Exception as exc:  # a crash is what this measures
        return Outcome(path, "crash", why=f"{type(exc).__name__}: {exc}")
    got = result.data
    wrong = {k: (got.get(k), want[k]) for k in FIELDS if got.get(k) != want[k]}
    if not wrong:
        return Outcome(path, "exact")
    named = {
        d["field"]
        for d in got.get("diagnostics", [])
        if d.get("field") and d.get("severity") in ("warning", "error")
    }
    unflagged = [k for k in wrong if not _flagged(k, named) and not _follows(k, wrong, named)]
    return Outcome(path, "silent" if unflagged else "flagged", wrong, unflagged)


def _flagged(key: str, named: set[str]) -> bool:
    return any(f == key or f.startswith((key + "[", key + ".")) for f in named)


def _follows(key: str, wrong: dict[str, tuple[Any, Any]], named: set[str]) -> bool:
    """A field wrong only because a flagged one is: role and company are cut from the headline;
    a quote's attribution names the leader."""
    if key in ("role", "company"):
        return _flagged("headline", named) or _flagged("name", named)
    if key == "quotes" and _flagged("name", named):
        got, want = wrong[key]
        return [q["text"] for q in got or []] == [q["text"] for q in want]
    return False


def run(probe: Path) -> list[Outcome]:
    want = expected(probe)
    return [judge(path, want[path.name.split(".")[0]]) for path in inputs(probe)]


def cells(outcomes: list[Outcome]) -> dict[tuple[str, str], Counter[str]]:
    table: dict[tuple[str, str], Counter[str]] = {}
    for o in outcomes:
        table.setdefault((o.design, o.converter), Counter())[o.kind] += 1
    return table


def table(outcomes: list[Outcome]) -> str:
    """Design x converter; each cell is exact/silent/flagged/refused/crash."""
    grid = cells(outcomes)
    designs = sorted({d for d, _ in grid})
    converters = sorted({c for _, c in grid})
    rows = [f"{'design':<12}" + "".join(f"{c[:11]:>12}" for c in converters)]
    for d in designs:
        row = [
            "/".join(str(grid[d, c][k]) for k in KINDS) if (d, c) in grid else "-"
            for c in converters
        ]
        rows.append(f"{d:<12}" + "".join(f"{cell:>12}" for cell in row))
    total = Counter(o.kind for o in outcomes)
    rows.append("all: " + ", ".join(f"{k} {total[k]}" for k in KINDS) + f" (of {len(outcomes)})")
    return "\n".join(rows)


# Best to worst: a wrong record that looks right is worse than a clear refusal.
_RANK = {"exact": 0, "flagged": 1, "refused": 2, "silent": 3, "crash": 4}


def classes(outcomes: list[Outcome]) -> dict[str, str]:
    """Each input's class, by its path under ``tests/probes``."""
    return {str(o.path.relative_to(PROBES)): o.kind for o in outcomes}


def changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """One line per input whose class changed, the worse first: what a merge must be read for
    (a table's totals can hide a page that got worse behind one that got better)."""
    moved = [(path, before[path], after[path]) for path in sorted(before.keys() & after.keys())]
    worse = [f"worse   {p}: {a} -> {b}" for p, a, b in moved if _RANK[b] > _RANK[a]]
    better = [f"better  {p}: {a} -> {b}" for p, a, b in moved if _RANK[b] < _RANK[a]]
    return [*worse, *better]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--probe", help="one probe folder's name (probe1, probe2, ...)")
    parser.add_argument("--save", type=Path, help="write each input's class to this JSON file")
    parser.add_argument(
        "--compare", type=Path, help="list inputs whose class differs from a --save"
    )
    args = parser.parse_args()
    chosen = [p for p in probes() if args.probe in (None, p.name)]
    if not chosen:
        sys.exit(f"no probe named {args.probe!r} under {PROBES}")
    every: list[Outcome] = []
    for probe in chosen:
        outcomes = run(probe)
        every += outcomes
        print(f"== {probe.name} (cells: {'/'.join(KINDS)})\n{table(outcomes)}\n")
        if args.verbose:
            for o in outcomes:
                if o.kind != "exact":
                    print(f"[{o.kind}] {o.path.relative_to(probe)}  {o.why}")
                    for key, (got, want) in o.wrong.items():
                        mark = "  (silent)" if key in o.unflagged else ""
                        print(f"   {key}{mark}: got  {json.dumps(got, ensure_ascii=False)[:200]}")
                        print(f"   {key}{mark}: want {json.dumps(want, ensure_ascii=False)[:200]}")

    if args.save:
        args.save.write_text(json.dumps(classes(every), indent=1, sort_keys=True), "utf-8")
    if args.compare:
        lines = changes(json.loads(args.compare.read_text("utf-8")), classes(every))
        print("\n".join(lines) or "no input changed class")


if __name__ == "__main__":
    main()
