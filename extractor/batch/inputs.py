"""Which files a batch run reads: files, folders (recursively), globs, or a list on stdin."""

from __future__ import annotations

import glob
import sys
from pathlib import Path

PAGE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ""})


class InputError(Exception):
    """A named input that does not exist (the run cannot start)."""


def expand_inputs(args: list[str]) -> list[str]:
    """Sorted, de-duplicated paths. Folders yield their page files; ``-`` reads paths from stdin."""
    found: set[str] = set()
    for arg in args:
        if arg == "-":
            for line in sys.stdin:
                if line.strip():
                    found.update(_one(line.strip(), from_list=True))
        else:
            found.update(_one(arg, from_list=False))
    return sorted(found)


def _one(arg: str, from_list: bool) -> list[str]:
    path = Path(arg)
    if path.is_dir():
        return [
            str(p)
            for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES and not _hidden(p, path)
        ]
    if path.exists():
        return [arg]
    matches = glob.glob(arg, recursive=True)  # noqa: PTH207 - a user's pattern, relative or absolute
    if matches:
        return [m for match in sorted(matches) for m in _one(match, from_list)]
    if from_list:
        return [arg]  # reported per input as unreadable; one bad line does not stop the run
    raise InputError(f"{arg}: no such file, folder or matching glob")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
