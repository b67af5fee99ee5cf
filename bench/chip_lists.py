"""Chip-level F1 on the probes' pasted pages: the chip lists written by other people.

Each probe leader's pasted page (``tests/probes/probeN/out/<design>/<id>.pasted.txt``, the
theme chips run together on one line, as a browser copy gives them) is parsed as ``extractor
parse`` does; a leader pasted in several designs counts once, with the chips most of its
designs give. Chips are compared case-folded, as sets, and pooled over the lists:

    python -m bench.chip_lists        # F1 for probes 1-3 (fitted on), 4-5 (held back), 6-10, all
    python -m bench.chip_lists -v     # and each wrong list of probes 1-3, with its finding

Probes 1-3 are a fit source of the segmenter (``bench.themes``); the lists of probes 4 and 5
are held back: never fitted on nor looked at while designing, so ``-v`` never shows them; nor
those of probes 6 to 10, made after the last refit.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from extractor.base.errors import Refusal
from extractor.pipeline import parse_bytes

PROBES = Path(__file__).resolve().parent.parent / "tests" / "probes"
GROUPS = {
    "probes 1-3 (fitted on)": ("probe1", "probe2", "probe3"),
    "probes 4-5 (held back)": ("probe4", "probe5"),
    # made after the segmenter's last refit, and never shown by ``-v``
    "probes 6-11 (never seen)": ("probe6", "probe7", "probe8", "probe9", "probe10", "probe11"),
}
SHOWN = GROUPS["probes 1-3 (fitted on)"]

Run = tuple[tuple[str, ...], tuple[str, ...], list[str]]  # got, want, theme findings


def collect(probes: Path = PROBES) -> dict[tuple[str, str], list[Run]]:
    """Per (probe, leader): each pasted design's chips, the expected chips, theme findings."""
    seen: dict[tuple[str, str], list[Run]] = {}
    for probe in sorted(p for p in probes.glob("probe*") if p.is_dir()):
        records = json.loads((probe / "expected.json").read_text(encoding="utf-8"))
        if isinstance(records, list):
            records = {r["id"]: r for r in records}
        for page in sorted(probe.glob("out/*/*.pasted.txt")):
            leader = page.name.split(".")[0]
            want = records.get(leader, {}).get("themes")
            if not want:
                continue
            try:
                data = parse_bytes(page.read_bytes(), str(page)).data
            except Refusal:
                continue
            if not data["themes"]:
                continue
            findings = [
                f"{d['severity']}: {d['message'][:200]}"
                for d in data["diagnostics"]
                if d["code"].startswith("themes")
            ]
            run = (tuple(data["themes"]), tuple(want), findings)
            seen.setdefault((probe.name, leader), []).append(run)
    return seen


def usual(runs: list[Run]) -> Run:
    """The run whose chips most designs give (the first such, in design order)."""
    chips = Counter(run[0] for run in runs).most_common(1)[0][0]
    return next(run for run in runs if run[0] == chips)


def score(seen: dict[tuple[str, str], list[Run]], members: tuple[str, ...]) -> str:
    hits = got_total = want_total = perfect = lists = 0
    for (probe, _), runs in sorted(seen.items()):
        if probe not in members:
            continue
        got, want, _ = usual(runs)
        g, w = {c.casefold() for c in got}, {c.casefold() for c in want}
        hits, got_total, want_total = hits + len(g & w), got_total + len(g), want_total + len(w)
        perfect += g == w
        lists += 1
    if not lists:
        return "no lists"
    precision, recall = hits / got_total, hits / want_total
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return f"lists {lists} perfect {perfect} P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", action="store_true", help="show each wrong list of probes 1-3")
    args = parser.parse_args()
    seen = collect()
    if args.v:
        for (probe, leader), runs in sorted(seen.items()):
            got, want, findings = usual(runs)
            if probe in SHOWN and {c.casefold() for c in got} != {c.casefold() for c in want}:
                print(f"{probe} {leader}\n  got  {list(got)}\n  want {list(want)}")
                for finding in findings:
                    print(f"  {finding}")
    for name, members in GROUPS.items():
        print(f"{name}: {score(seen, members)}")
    print(f"all: {score(seen, tuple(m for ms in GROUPS.values() for m in ms))}")


if __name__ == "__main__":
    main()
