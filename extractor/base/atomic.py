"""Writes that a kill cannot tear: a temporary file beside the target, then one rename."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

TMP_SUFFIX = ".tmp"


# The process this one writes for, in a process forked to write a view while its run writes
# the others (``batch.child.ReviewChild``); None in a run's own process.
_PARENT: list[int] = []


class Orphaned(Exception):
    """The run this process wrote for has ended (killed): its file would be stale."""


def writing_for(parent: int) -> None:
    """This process was forked by ``parent`` to write a file of its run: :func:`check_parent`
    (before a file's final rename) stops it once ``parent`` has gone."""
    _PARENT[:] = [parent]


def check_parent() -> None:
    """Raise :class:`Orphaned` in a process forked to write for a run that has since died
    (its parent is then another process): killed, the run has let go of the folder's lock,
    and a next run may already be writing there; a page of the dead run's renamed over the
    new one's would be a stale page left behind (Linux's PR_SET_PDEATHSIG is not in the
    standard library; this check before the rename closes all but a microseconds' window)."""
    if _PARENT and os.getppid() != _PARENT[0]:
        raise Orphaned("the run this page was written for has ended")


def in_place(path: Path) -> bool:
    """``path`` is a device, pipe or socket (``/dev/stdout``, a named pipe), or one of this
    process's open files by its descriptor (``/dev/stdout`` when the shell sent it to a file):
    it is written into as it is (appended to, see :func:`replaced`), since a rename would put a
    plain file in its place (as root, over ``/dev/null``), or replace the file the shell opened
    (``>> log`` lost what the log held)."""
    if _DESCRIPTOR.fullmatch(str(path.absolute())):
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


# An open file by its descriptor: written at its end, where the shell's ``>`` or ``>>`` left it.
_DESCRIPTOR = re.compile(r"/dev/std(?:out|err)|/dev/fd/\d+|/proc/(?:self|\d+)/fd/\d+")


def rename_target(path: Path) -> Path:
    """The file a rename replaces for a destination the user named: a symlink's own file, so
    the link stays a link (and the file it points to gets the new content)."""
    return path.resolve() if path.is_symlink() and not in_place(path) else path


@contextmanager
def replaced(target: Path, *, binary: bool = False) -> Iterator[IO[Any]]:
    """A handle that writes ``target`` whole or not at all: a temporary file beside it (beside
    a symlink's file: the link stays a link), renamed over it when the block ends, removed if
    the block raises or this process writes for a run that has ended (:func:`check_parent`).
    Streamed, so memory stays flat however large the file. A destination written into as it
    is (:func:`in_place`: a pipe, a device, ``/dev/stdout``) is opened to append instead.
    Text is UTF-8, its line ends as written."""
    text: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": ""}
    suffix = "b" if binary else ""
    if in_place(target):
        with target.open("a" + suffix, **text) as handle:
            yield handle
        return
    target = rename_target(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}{TMP_SUFFIX}")
    try:
        with tmp.open("w" + suffix, **text) as handle:
            yield handle
        check_parent()
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: Path, data: str | bytes) -> None:
    with replaced(path, binary=True) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def write_all(fd: int, data: bytes) -> None:
    """All of ``data`` to the open file ``fd``: ``os.write`` may write less than it is given."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def remove_stale_temporaries(folder: Path) -> int:
    """Temporary files a killed run left behind; they never held a finished file."""
    removed = 0
    for tmp in folder.rglob(f".*{TMP_SUFFIX}"):
        tmp.unlink(missing_ok=True)
        removed += 1
    return removed
