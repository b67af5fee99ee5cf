"""The regular expressions modules compile at import, from a table of compiled programs.

Compiling the ~60 patterns a one-page parse imports costs ``re`` ~8 ms of parsing and code
generation in Python: most of 'python -c pass' again, paid by every 'extractor parse'. What
``re`` builds from a pattern is a list of integers (the program ``_sre`` runs) and a few group
tables; given them, ``_sre.compile`` makes the very same pattern object in microseconds (equal
to ``re.compile``'s: same program, same flags, same groups). So :func:`compiled` keeps them in a
table, a ``marshal`` file in the per-user cache folder (where the word table lives), named by
the Python version and ``_sre``'s format; a pattern not in it (the first run, a pattern edited
since) is compiled as ``re`` does and added, and the command line writes the grown table when it
ends (:func:`save`). The table is keyed by the pattern's text and flags, so it can never answer
for another pattern; anything amiss (no table, a table of another format, a program ``_sre``
refuses) falls back to ``re.compile``, with the same result. The file carries a CRC-32 of its
contents, checked on load: a program damaged on disk (a flipped bit still makes a program
``_sre`` accepts, one that matches something else) reads as no table, never as a pattern that
quietly matches differently. Checking each program against its pattern would cost what the
table saves; the file is the user's own, like ``__pycache__``, so damage is the risk to meet.

Only patterns fixed in the source belong here, compiled once at import; patterns built from
input, or compiled by ``re``'s own cache on first use, go to ``re`` as before.
"""

# os.path, not pathlib: importing pathlib would cost every start-up ~3 ms.
# ruff: noqa: PTH103, PTH105, PTH108, PTH111, PTH117, PTH118, PTH120, PTH123

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine: no type stubs
import marshal
import os
import re
import sys
import zlib

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
# What a table entry holds: (flags as compiled, program, groups, groupindex, indexgroup).
Entry = tuple[int, list[int], int, dict[str, int], tuple["str | None", ...]]
Key = tuple[str, int]
# A table file: this header, the CRC-32 of the rest (4 bytes, big-endian), the marshalled table.
_HEADER = b"extractor-patterns-1\n"
# A table that grows beyond this (patterns edited over many versions) starts again.
_MOST = 4000

_loaded: list[dict[Key, Entry]] = []  # the table read from disk, once
_added: dict[Key, Entry] = {}


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the table when it holds the pattern."""
    flags = int(flags)
    table = _loaded[0] if _loaded else _load()
    entry = table.get((pattern, flags))
    if entry is not None:
        try:
            made: re.Pattern[str] = _sre.compile(pattern, *entry)
        except Exception:  # a program this _sre refuses: compile it afresh
            pass
        else:
            return made
    return _compile(pattern, flags)


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    """What ``re._compiler.compile`` does, keeping the program it builds for the table."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        program = [int(op) for op in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: Entry = (
            flags | parsed.state.flags,
            program,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        made: re.Pattern[str] = _sre.compile(pattern, *entry)
    except Exception:  # re's internals differ (another Python): re itself, untabled
        return re.compile(pattern, flags)
    _added[(pattern, flags)] = entry
    return made


def table_path() -> str | None:
    """The table's file: ``$EXTRACTOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/extractor``, else
    ``~/.cache/extractor`` (the word table's folder), named by Python's and _sre's versions;
    None when there is no such folder (no home: never a folder relative to where we run)."""
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        if not os.path.isabs(base):  # "~" unexpanded (no HOME, no passwd entry), or relative
            return None
        folder = os.path.join(base, "extractor")
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return os.path.join(folder, f"patterns-v1-{tag}.marshal")


def _load() -> dict[Key, Entry]:
    """The table on disk, or an empty one (none yet, unreadable, not a table)."""
    path = table_path()
    try:
        if path is None:
            raise FileNotFoundError
        with open(path, "rb") as handle:
            found = marshal.loads(_checked(handle.read()))
    except (OSError, EOFError, ValueError, TypeError):
        found = None
    _loaded.append(found if type(found) is dict else {})
    return _loaded[0]


def _checked(data: bytes) -> bytes:
    """The marshalled table inside a table file, once its header and CRC-32 are right."""
    body = data[len(_HEADER) + 4 :]
    crc = data[len(_HEADER) : len(_HEADER) + 4]
    if not data.startswith(_HEADER) or crc != zlib.crc32(body).to_bytes(4, "big"):
        raise ValueError("not a pattern table, or a damaged one")
    return body


def _framed(table: dict[Key, Entry]) -> bytes:
    """The table file's bytes: header, CRC-32, the marshalled table."""
    body = marshal.dumps(table)
    return _HEADER + zlib.crc32(body).to_bytes(4, "big") + body


def save() -> None:
    """Write the table with the patterns this process compiled afresh, if any: to a file of
    its own, renamed into place, so a reader never sees half a table; a table that cannot be
    written (read-only folder) is not."""
    if not _added:
        return
    before = _loaded[0] if _loaded else {}
    table = {} if len(before) + len(_added) > _MOST else dict(before)
    table.update(_added)
    target = table_path()
    if target is None:
        return
    temporary = f"{target}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(temporary, "wb") as handle:
            handle.write(_framed(table))
        os.replace(temporary, target)
    except OSError:
        from contextlib import suppress

        with suppress(OSError):
            os.unlink(temporary)
        return
    _added.clear()
