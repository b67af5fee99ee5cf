"""Optional compiled build: ``EXTRACTOR_COMPILE=1 pip install .`` compiles the hot modules with
mypyc. The pure-Python package stays the default and the reference; everything else about the
project (metadata, dependencies, entry points) is in pyproject.toml.

Only a regular (non-editable) install is compiled: an editable install would keep running the
compiled modules after their source changes.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# The per-page hot path, chosen by profile (own time per module over text, pasted and
# real-chrome HTML pages): the readers, the profile locator (locate, shapes, leader_name), the
# theme splitter and text normalisation. Modules that monkeypatching tests or plugins replace at
# run time (registries, the CLI) stay interpreted. tests/test_compiled.py reads this list.
HOT = [
    "extractor/read/lines.py",
    "extractor/read/text.py",
    "extractor/read/markdown.py",
    "extractor/read/html.py",
    "extractor/parsing/locate.py",
    "extractor/parsing/shapes.py",
    "extractor/parsing/leader_name.py",
    "extractor/parsing/chips/features.py",
    "extractor/parsing/chips/split.py",
    "extractor/base/textnorm.py",
    "extractor/parsing/assemble.py",
    "extractor/parsing/sections/themes.py",
    "extractor/parsing/sections/dimensions.py",
    "extractor/parsing/sections/quotes.py",
    "extractor/parsing/sections/preamble.py",
    "extractor/parsing/chips/evidence.py",
    "extractor/read/reflow.py",
    "extractor/read/doubled.py",
    "extractor/record/plain.py",
    "extractor/check/checks.py",
    # What a compiled build still ran interpreted on every pasted page (cProfile of the
    # compiled build sees only interpreted code): section helpers, the split's report, the
    # findings policy, the readers' link and column passes.
    "extractor/parsing/sections/prose.py",
    "extractor/parsing/chips/report.py",
    "extractor/parsing/properties.py",
    "extractor/parsing/cards.py",
    "extractor/check/policy.py",
    "extractor/parsing/crosscheck.py",
    "extractor/parsing/sections/principles.py",
    "extractor/parsing/sections/base.py",
    "extractor/read/linkrefs.py",
    "extractor/read/columns.py",
]


def _ext_modules() -> list[object]:
    if os.environ.get("EXTRACTOR_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    return list(mypycify([m for m in HOT if Path(m).is_file()], opt_level="3"))


setup(ext_modules=_ext_modules())
