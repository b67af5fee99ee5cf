"""The held-out trial: how the parser does on pages, chip lists, designs and converters that
were written apart from the development corpus (``tests/heldout/``, see its README).

    python -m bench.heldout              # one table: per group, exact records, chip F1, splits
    python -m bench.heldout -v           # and every page that is not exact, with what differs
    python -m bench.heldout --group text # one group only (text, design:*, html-copy:*, conv:*)

Groups: ``text`` (the pasted pages, chips run together on one line), ``design:<name>`` (each
held-out leader rendered into each held-out site design, parsed as HTML), ``copy:<name>`` (that
HTML as a browser's select-all copy gives it), ``conv:<converter>`` (the checked-in outputs of
real converters over those designs; ``tests/heldout/heldout_convert.py`` makes them).

Columns: exact = every field of the expected record equal; but-chips = every field equal but
the themes of a line the parser split (those are what chip F1 measures); refused = no record;
chip F1 = mean
chip-level F1 (whole, exact chips); split pages = pages whose themes the parser split itself;
confident wrong = of those marked confident (a ``themes-split`` note, no warning), how many
have wrong chips.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.themes import chip_f1
from extractor.base.errors import Refusal
from extractor.pipeline import parse_bytes
from extractor.record.serialize import record_dict

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "heldout"
KEYS = "id name headline role company bio dimensions themes summary principles quotes".split()


@dataclass
class Outcome:
    case: str
    refused: str | None = None
    wrong: list[str] = field(default_factory=list)  # fields that differ
    f1: float = 0.0
    split: bool = False  # the parser split a run-together line
    confident: bool = False  # ... and marked it confident
    got_themes: list[str] = field(default_factory=list)
    want_themes: list[str] = field(default_factory=list)
    got: dict[str, Any] = field(default_factory=dict)
    want: dict[str, Any] = field(default_factory=dict)

    @property
    def exact(self) -> bool:
        return self.refused is None and not self.wrong


def expected_records() -> dict[str, dict[str, Any]]:
    return {
        p.stem: json.loads(p.read_text("utf-8"))
        for p in sorted((HELDOUT / "expected").glob("*.json"))
    }


def judge(case: str, data: bytes, name: str, want: dict[str, Any]) -> Outcome:
    try:
        result = parse_bytes(data, name)
    except Refusal as exc:
        return Outcome(case, refused=str(exc)[:120], want_themes=want["themes"], want=want)
    got = record_dict(result.record)
    codes = {f.code for f in result.findings}
    split = bool(codes & {"themes-split", "themes-segmented"})
    return Outcome(
        case,
        wrong=[k for k in KEYS if got.get(k) != want[k]],
        f1=chip_f1(list(got["themes"]), want["themes"]),
        split=split,
        confident=split and "themes-segmented" not in codes,
        got_themes=list(got["themes"]),
        want_themes=want["themes"],
        got={k: got.get(k) for k in KEYS},
        want=want,
    )


def text_inputs() -> Iterator[tuple[str, str, bytes, str]]:
    for page in sorted((HELDOUT / "pages").iterdir()):
        yield "text", page.stem, page.read_bytes(), page.name


def design_inputs() -> Iterator[tuple[str, str, bytes, str]]:
    sys.path[:0] = [str(HELDOUT), str(HELDOUT.parent / "conformance")]
    import lxml.html
    from embed import render_text
    from heldout_designs import DESIGNS

    for case, want in expected_records().items():
        for design, render in sorted(DESIGNS.items()):
            html = render(want)
            yield f"design:{design}", case, html.encode("utf-8"), f"{case}.html"
            copy = render_text(lxml.html.document_fromstring(html).find("body"))
            yield f"copy:{design}", case, copy.encode("utf-8"), f"{case}.txt"


def converter_inputs() -> Iterator[tuple[str, str, bytes, str]]:
    for folder in sorted((HELDOUT / "converted").iterdir()):
        if folder.is_dir():
            for file in sorted(folder.iterdir()):
                case = file.name.split(".")[0]
                yield f"conv:{folder.name}", case, file.read_bytes(), file.name


def run(group_prefix: str | None = None) -> dict[str, list[Outcome]]:
    want = expected_records()
    groups: dict[str, list[Outcome]] = {}
    for source in (text_inputs, design_inputs, converter_inputs):
        for group, case, data, name in source():
            if group_prefix and not group.startswith(group_prefix):
                continue
            groups.setdefault(group, []).append(judge(case, data, name, want[case]))
    return groups


def summary_row(group: str, outcomes: list[Outcome]) -> str:
    n = len(outcomes)
    exact = sum(o.exact for o in outcomes)
    # exact once the themes of a split run-together line are set aside (measured by chip F1)
    rest = sum(
        o.refused is None and not [k for k in o.wrong if not (k == "themes" and o.split)]
        for o in outcomes
    )
    refused = sum(o.refused is not None for o in outcomes)
    f1 = statistics.mean(o.f1 for o in outcomes)
    splits = [o for o in outcomes if o.split]
    confident = [o for o in splits if o.confident]
    conf_wrong = sum(o.got_themes != o.want_themes for o in confident)
    fields = Counter(k for o in outcomes for k in o.wrong)
    worst = ", ".join(f"{k} {c}" for k, c in fields.most_common(3))
    return (
        f"{group:<26} {exact:4d}/{n:<4d} {rest:4d}/{n:<4d} {refused:4d}  {f1:6.3f}"
        f"  {len(splits):4d}  {conf_wrong:3d}/{len(confident):<3d}  {worst}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--group", help="only groups starting with this")
    args = parser.parse_args()
    groups = run(args.group)
    print(f"{'group':<26} exact      but-chips  ref.  chipF1 split conf.wrong  fields wrong most")
    every: list[Outcome] = []
    for group, outcomes in groups.items():
        print(summary_row(group, outcomes))
        every += outcomes
    print(summary_row("ALL", every))
    if args.verbose:
        for group, outcomes in groups.items():
            for o in outcomes:
                if o.exact:
                    continue
                print(f"\n[{group}] {o.case}: {o.refused or ', '.join(o.wrong)}")
                for key in o.wrong:
                    print(f"   {key}: got  {json.dumps(o.got.get(key), ensure_ascii=False)[:300]}")
                    print(f"   {key}: want {json.dumps(o.want[key], ensure_ascii=False)[:300]}")


if __name__ == "__main__":
    main()
