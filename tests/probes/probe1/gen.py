"""Probe 1's inputs: its profiles in its six designs, through ten converters (../README.md)."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from convert import CONVERTERS, generate  # noqa: E402
from designs import DESIGNS  # noqa: E402
from profiles import P  # noqa: E402

if __name__ == "__main__":
    (HERE / "expected.json").write_text(json.dumps(P, ensure_ascii=False, indent=1), "utf-8")
    generate(HERE / "out", P, DESIGNS, list(CONVERTERS))
