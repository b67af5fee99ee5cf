"""The package's stages import one way: a lower stage never imports a higher one, and no module
imports itself back through others. The order is the pipeline's (see the README)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"
# Lowest first: each stage may import only the stages before it (and itself).
LAYERS = (
    "base",
    "load",
    "read",
    "parsing",
    "record",
    "correct",  # editors' corrections, applied to a record before the rules judge it
    "check",
    "pipeline",
    "validate",
    "batch",
    "review",
    "cli",
    "api",  # the Python API: a front end like the command line, beside it
)
# The package root holds only constants (version, schema version); anyone may import it.
ROOT = "extractor"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every extractor module this file imports, at any depth (function-level imports too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith(ROOT):
                found.add(node.module)
                found.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if (PACKAGE.parent / f"{node.module}.{alias.name}".replace(".", "/")).exists()
                    or (
                        PACKAGE.parent / (f"{node.module}.{alias.name}".replace(".", "/") + ".py")
                    ).exists()
                )
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith(ROOT))
    return found


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] != "__main__" else None


def test_every_stage_is_a_known_layer() -> None:
    stages = {_stage(m) for m in _graph()} - {None}
    assert stages <= set(LAYERS), f"modules outside the layer list: {stages - set(LAYERS)}"


def test_no_stage_imports_a_higher_one() -> None:
    rank = {name: i for i, name in enumerate(LAYERS)}
    wrong = [
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in targets
        if (low := _stage(module)) and (high := _stage(target)) and rank[high] > rank[low]
    ]
    assert wrong == []


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                return [*path, nxt]
            if nxt not in seen and nxt in graph:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


def test_no_import_cycles() -> None:
    graph = _graph()
    # A package's __init__ re-exporting its own modules is not a cycle worth reporting.
    graph = {m: {t for t in ts if not m.startswith(t + ".")} for m, ts in graph.items()}
    cycles = [c for m in graph if (c := _cycle_from(m, graph))]
    assert cycles == []


@pytest.mark.parametrize("line", ["from extractor.cli.main import main"])
def test_the_checker_sees_a_violation(line: str, tmp_path: Path) -> None:
    """The checks above must be able to fail: an upward import in a base module is caught."""
    probe = tmp_path / "probe.py"
    probe.write_text(line + "\n", encoding="utf-8")
    assert "extractor.cli.main" in _imports(probe)
    rank = {name: i for i, name in enumerate(LAYERS)}
    assert rank[_stage("extractor.cli.main") or ""] > rank["base"]
