"""Probe 3's inputs: its profiles in its ten designs and in the same designs with the standard
section titles (``std.py``), through nine converters, and the note written by hand
(../README.md)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from convert import CONVERTERS, generate  # noqa: E402
from designs import DESIGNS, TEXT  # noqa: E402
from profiles import P  # noqa: E402
from std import DESIGNS as STANDARD_TITLES  # noqa: E402

if __name__ == "__main__":
    converters = [name for name in CONVERTERS if name != "links"]
    generate(HERE / "out", P, {**DESIGNS, **STANDARD_TITLES}, converters, TEXT)
