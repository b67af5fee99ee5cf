"""Where the word table lives, and building it once, safely, when it is missing.

The file lives in a per-user cache folder (:func:`cache_dir`), named by the table's format and a
fingerprint of the three packages' files, so an upgrade builds a new one. It is written to a
temporary file and renamed into place, under a lock so that concurrent workers build it once
(the rename alone keeps a concurrent build safe); a file that fails its checks is removed and
rebuilt; when it can be neither opened nor written (a read-only folder), ``load`` says so and
the caller asks the packages in memory instead (same answers).

Clear it with ``rm -r ~/.cache/extractor``; build it ahead with
``python -m extractor.parsing.chips.wordcache``.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from importlib.util import find_spec
from pathlib import Path

from extractor.parsing.chips.wordtable import FORMAT, WordTable, open_table

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
_LOCK_WAIT_SECONDS = 120.0

# The package files whose contents decide the answers: a change to any of them (an upgrade, a
# reinstall) changes the fingerprint and so the file name.
_SOURCES = {
    "lemminflect": (
        "__init__.py",
        "core/Lemmatizer.py",
        "resources/lemma_lu.csv.gz",
        "resources/lemma_overrides.csv",
    ),
    "wordfreq": (
        "__init__.py",
        "tokens.py",
        "numbers.py",
        "preprocess.py",
        "data/large_en.msgpack.gz",
    ),
    "wordsegment": ("bigrams.txt",),
}


# Our modules whose code decides what the table holds and how it is read.
_OWN_CODE = ("wordbuild.py", "wordtable.py")


def cache_dir() -> Path:
    """``$EXTRACTOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/extractor``, else ``~/.cache/extractor``."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path("~/.cache").expanduser()) / "extractor"


def fingerprint() -> str | None:
    """Format version, a digest of our own code that builds and reads the table, plus path, size
    and mtime of each package source file; ``None`` if one is missing. Our code is in it so that
    a change to how rows are derived can never be answered by a table an older version built."""
    try:
        ours = b"".join(Path(__file__).with_name(n).read_bytes() for n in _OWN_CODE)
    except OSError:
        return None
    parts = [f"format={FORMAT}", f"code={zlib.crc32(ours):08x}"]
    for package, files in _SOURCES.items():
        spec = find_spec(package)
        places = spec.submodule_search_locations if spec is not None else None
        if not places:
            return None
        root = Path(next(iter(places)))
        for name in files:
            try:
                info = (root / name).stat()
            except OSError:
                return None
            parts.append(f"{root / name}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts)


def table_path(folder: Path, print_: str) -> Path:
    return folder / f"words-v{FORMAT}-{zlib.crc32(print_.encode()):08x}.sqlite3"


def load(build: Callable[[Path, str], None]) -> WordTable | None:
    """Open the table for the installed packages, building it first if needed; ``None`` when it
    can be neither opened nor built (the caller then uses the packages directly)."""
    print_ = fingerprint()
    if print_ is None:
        return None
    try:
        folder = cache_dir()
    except (RuntimeError, OSError):  # no home directory (a container's user without one)
        return None
    path = table_path(folder, print_)
    table = open_table(path, print_)
    if table is not None:
        return table
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with _build_lock(folder):
            table = open_table(path, print_)  # another process may have built it meanwhile
            if table is None:
                _sweep(folder)
                _write(path, print_, build)
                table = open_table(path, print_)
    except Exception:  # a cache that cannot be built is skipped, never fatal
        return None
    return table


@contextmanager
def _build_lock(folder: Path) -> Iterator[None]:
    """Exclusive while building, so concurrent workers build once; released if we die."""
    try:
        import fcntl
    except ImportError:  # no flock here: concurrent builds stay safe, only wasteful
        yield
        return
    import time

    fd = os.open(folder / ".words.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + _LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    break  # a stuck builder: build our own copy (the rename keeps it safe)
                time.sleep(0.05)
            except OSError:
                break  # no locks on this file system: build unlocked (the rename keeps it safe)
        yield
    finally:
        os.close(fd)


def _sweep(folder: Path) -> None:
    """Remove what killed builders left (their temporary files, 15 MB each): run under the lock,
    so a temporary file older than any live build could be is nobody's."""
    import time

    old = time.time() - 2 * _LOCK_WAIT_SECONDS
    for tmp in folder.glob(".words-*.tmp"):
        with suppress(OSError):
            if tmp.stat().st_mtime < old:
                tmp.unlink()


def _write(path: Path, print_: str, build: Callable[[Path, str], None]) -> None:
    """Build into a temporary file beside ``path``, then rename: readers never see half."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=".words-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        build(tmp, print_)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        # mkstemp makes it private (0600): readable by all, as a file written normally would be,
        # so a table prebuilt in a shared or container-image folder serves every user.
        tmp.chmod(0o666 & ~_umask())
        tmp.replace(path)
    finally:
        with suppress(OSError):
            tmp.unlink()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def main() -> None:
    """``python -m extractor.parsing.chips.wordcache``: build the table now (or find it)."""
    from extractor.parsing.chips.wordbuild import build

    table = load(build)
    if table is None:
        print(f"no word table: {cache_dir()} cannot be written; lookups load the packages")
        raise SystemExit(1)
    print(f"{table.path} ({table.path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
