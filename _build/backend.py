"""Build backend: setuptools, plus mypy (for mypyc) only when EXTRACTOR_COMPILE=1 asks for a
compiled build, so the default pure-Python install pulls in nothing extra."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from setuptools.build_meta import *  # noqa: F403 - the rest of the PEP 517 interface as is

# mypyc type-checks what it compiles, so it needs the compiler, the runtime dependencies and the
# stubs the project's own mypy run uses.
_COMPILER = ["mypy>=1.10", "lxml-stubs>=0.5", "types-jsonschema"]


def _extra() -> list[str]:
    if os.environ.get("EXTRACTOR_COMPILE") != "1":
        return []
    project = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*_COMPILER, *project["dependencies"]]


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    """Decided before setup.py runs: setup.py imports mypyc, which this brings in."""
    return _extra()


def build_editable(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    """An editable install runs the package from this source tree, where nothing compiles it:
    pip byte-compiles what it installs, but an editable wheel holds only a path to here. Where
    ``PYTHONDONTWRITEBYTECODE`` is set (containers, CI), every ``extractor`` command would then
    compile ~100 modules from source on each start (``parse``: 2.5× ``python -c pass`` becomes
    3.9×). So compile them once now, as pip does for a regular install; Python still checks each
    file's mtime, so an edited module is recompiled, never run stale."""
    import compileall

    from setuptools import build_meta

    wheel = build_meta.build_editable(wheel_directory, config_settings, metadata_directory)
    compileall.compile_dir("extractor", quiet=1)
    return wheel
