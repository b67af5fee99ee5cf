"""Probe 2's inputs: its profiles in its designs (``designs.py``, ``designs2.py``) through eight
converters, and the text designs written by hand (../README.md)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from convert import CONVERTERS, generate  # noqa: E402
from designs import DESIGNS, TEXT  # noqa: E402
from designs2 import DESIGNS as MORE  # noqa: E402
from profiles import P  # noqa: E402

if __name__ == "__main__":
    converters = [name for name in CONVERTERS if name not in ("links", "elinks")]
    generate(HERE / "out", P, {**DESIGNS, **MORE}, converters, TEXT)
