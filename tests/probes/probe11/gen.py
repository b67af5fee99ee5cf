"""Probe 11's inputs: its profiles (expected.json) in its eight designs and in the same designs
with the standard section titles (``-std``), through all ten converters, plus raw HTML and a
pasted copy (../README.md)."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from convert import CONVERTERS, generate  # noqa: E402
from designs import DESIGNS, STANDARD_TITLES  # noqa: E402
from profiles import P  # noqa: E402

if __name__ == "__main__":
    (HERE / "expected.json").write_text(json.dumps(P, ensure_ascii=False, indent=1), "utf-8")
    generate(HERE / "out", P, {**DESIGNS, **STANDARD_TITLES}, list(CONVERTERS))
