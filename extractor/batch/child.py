"""The review page written by a forked child of the run's process, while the run's process
writes the other views (see ``batch.run._views``): each takes about as long, and the machine
has a core for each. What the child raised comes back through a pipe and is raised again in
the run's process."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from extractor.base.atomic import write_all, writing_for
from extractor.batch.sources import Spool
from extractor.batch.state import StateError, forget_inherited_lock


class ReviewChild:
    """A forked process running ``after(out)`` (reading the state through a connection of its
    own, opened there: nothing of this process's connection is used), which hands back what
    it raised (its type's name and its text) through a pipe. Like a worker, it lets go of the
    folder's lock (see ``forget_inherited_lock``): a run killed meanwhile leaves the folder
    free at once; the orphaned child then renames no page into place (``writing_for``: a next
    run may be writing its own there), and its temporary page is removed.
    The output is what ``after`` writes in this process: it reads only the committed state
    and the spool, which nothing changes while it runs."""

    def __init__(self, pid: int, pipe: int) -> None:
        self.pid = pid
        self.pipe = pipe

    @classmethod
    def start(cls, after: Callable[[Path], None], out: Path, spool: Spool) -> ReviewChild | None:
        """The child running ``after(out)``, or None where forking is not safe (another thread
        runs: it may hold a lock the child would wait on forever) or not possible."""
        import gc
        import sys
        import threading

        if not hasattr(os, "fork") or threading.active_count() > 1:
            return None
        spool.flush()  # the child reads the spool: none of its writes left in a buffer
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # nothing buffered written twice
        try:
            reader, writer = os.pipe()
        except OSError:  # out of descriptors: the page is written in this process
            return None
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:  # no process to be had (EAGAIN under a process limit, ENOMEM): as above
            os.close(reader)
            os.close(writer)
            return None
        if pid:
            os.close(writer)
            return cls(pid, reader)
        code = 0  # the child: runs ``after`` and nothing else (no exit handlers, no cleanup)
        try:
            # The objects it was born with out of the collector's sight: a collection walking
            # them would write to every page of them, each then copied (~30% of its CPU).
            gc.freeze()
            forget_inherited_lock()  # killed with its run, the folder is free again at once
            writing_for(parent)  # and then its page is not renamed into place (stale)
            os.close(reader)
            after(out)
        except BaseException as exc:  # handed to the parent, which raises it
            code = 1
            with suppress(OSError):  # the parent gone (killed): no one to tell
                _send(writer, exc)
        finally:
            os._exit(code)

    def join(self) -> None:
        """Wait for the child; raise what it raised."""
        chunks = []
        with os.fdopen(self.pipe, "rb") as pipe:
            while chunk := pipe.read():
                chunks.append(chunk)
        _, status = os.waitpid(self.pid, 0)
        if status == 0:
            return
        raise _rebuilt(b"".join(chunks), status)


def _send(pipe: int, exc: BaseException) -> None:
    """``exc`` as its type's name and its text into ``pipe``: not pickled (an exception
    whose ``__init__`` takes other arguments than its ``args`` pickles, then fails to be
    rebuilt, e.g. ``Refusal``)."""
    write_all(pipe, f"{type(exc).__name__}\n{exc}".encode("utf-8", "backslashreplace"))


def _rebuilt(said: bytes, status: int) -> BaseException:
    """What the child said it raised (:func:`_send`), raised again here: of its own type where
    that is a built-in one or a ``StateError`` and its text makes it again (an ``OSError``'s
    does: the run fails with the message it has in its own process), else an ``OSError``
    naming the type; where the child said nothing (killed), its status."""
    name, _, text = said.decode("utf-8", "replace").partition("\n")
    if not name:
        return OSError(f"the review page's process ended with status {status}")
    import builtins

    kind = StateError if name == "StateError" else getattr(builtins, name, None)
    if isinstance(kind, type) and issubclass(kind, BaseException):
        with suppress(Exception):
            rebuilt = kind(text)
            if str(rebuilt) == text:
                return rebuilt
    return OSError(f"review page: {name}: {text}")
