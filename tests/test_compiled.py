"""The opt-in compiled build (``EXTRACTOR_COMPILE=1 pip install .``) is what CI tests it as.

CI installs the compiled build into a second environment and runs the suite there with
``EXTRACTOR_EXPECT_COMPILED=1``: this test then proves the suite really ran the compiled modules
(and not the source tree), so a green run means the compiled code behaves like the reference.
"""

from __future__ import annotations

import ast
import importlib
import importlib.machinery
import os

import pytest
from conftest import ROOT

EXPECT_COMPILED = os.environ.get("EXTRACTOR_EXPECT_COMPILED") == "1"


def hot_modules() -> list[str]:
    """The HOT list of setup.py, as module names (read, not imported: setup.py runs setup())."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "HOT" for t in node.targets
        ):
            paths: list[str] = ast.literal_eval(node.value)
            return [p.removesuffix(".py").replace("/", ".") for p in paths]
    raise AssertionError("setup.py has no HOT list")


def is_compiled(name: str) -> bool:
    origin = importlib.import_module(name).__file__ or ""
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def test_hot_list_names_existing_modules() -> None:
    for name in hot_modules():
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file(), name


@pytest.mark.parametrize("name", hot_modules())
def test_compiled_build_is_the_one_under_test(name: str) -> None:
    """Compiled exactly when CI says it installed the compiled build."""
    assert is_compiled(name) is EXPECT_COMPILED, name
