"""Which files a batch run reads, and the key each is known by in the output folder's state.

An input's *key* is where it came from, independent of how the path was spelled on the command
line: its path relative to the root named on the command line, with ``/`` separators. The root
is the folder named; for a glob, the folder before its first wildcard; for a file named alone,
its folder; for a list on stdin, the current folder. ``in`` and ``$PWD/in`` give the same keys,
so a re-run under another spelling updates records instead of conflicting with itself. A key is
only a string: a page that declares a canonical URL can later be keyed by that URL (URL keys
contain ``://``, path keys never do).

Folders are walked recursively; a folder that holds an output folder's state database (and the
``--out`` folder itself) is never walked, and files the tool wrote (its review page) are never
read as pages: each is reported as a note instead.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from extractor.load.decode import is_archive
from extractor.read import PAGE_SUFFIXES
from extractor.record.folder import STATE
from extractor.record.plain import shown_path

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# The review page (and any HTML the tool writes) carries this in its first few hundred bytes.
TOOL_MARK = b'<meta name="generator" content="extractor'
_SNIFF = 1024


class InputError(Exception):
    """A named input that does not exist, or two files with one key (the run cannot start)."""


@dataclass(frozen=True, slots=True, order=True)
class Input:
    """One page to read: its key, the path to open, and the root folder its key is relative to."""

    key: str
    path: str
    root: str


@dataclass
class Inputs:
    """What a run reads. ``scanned`` are the roots walked whole: a key of theirs that is gone
    was deleted or renamed; ``notes`` say what was passed over and why."""

    items: list[Input] = field(default_factory=list)
    scanned: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.items)


_PASSED_OVER_SHOWN = 5


def expand_inputs(args: list[str], out: Path | None = None) -> Inputs:
    """Inputs sorted by key. Folders yield their page files; ``-`` reads paths from stdin."""
    collector = _Collector(out.resolve() if out is not None else None)
    for arg in args:
        if arg == "-":
            for line in sys.stdin:
                if line.strip():
                    collector.add_arg(line.strip(), from_list=True)
        else:
            collector.add_arg(arg, from_list=False)
    return collector.finish()


class _Collector:
    def __init__(self, out: Path | None) -> None:
        self.out = out
        self.by_key: dict[str, Input] = {}
        self.result = Inputs()
        self.unsure: set[str] = set()  # roots a walk could not read whole
        self.above: dict[tuple[Path, Path], Path | None] = {}  # (folder, root) → its output
        self.outputs_said: set[Path] = set()

    def add_arg(self, arg: str, *, from_list: bool) -> None:
        path = Path(arg)
        if os.path.lexists(path):
            if path.is_dir():
                self._walk(path, path, whole=True)
            elif not self._in_output(path, Path.cwd() if from_list else path.parent, folder=False):
                # (a broken link or a FIFO is refused by the worker, by name)
                self._add_file(path, arg, Path.cwd() if from_list else path.parent)
            return
        if glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))  # noqa: PTH207 - a user's pattern
            root = _fixed_prefix(arg)
            for match in map(Path, matches):
                folder = match.is_dir()
                if self._in_output(match, root, folder=folder):  # 'in/**' reaches into one
                    continue
                if folder:
                    self._walk(match, root, whole=False)
                else:
                    self._add_file(match, str(match), root)
            if matches:
                return
        if from_list:
            self._add_file(path, arg, Path.cwd())  # reported as unreadable; the run goes on
            return
        raise InputError(f"{arg}: no such file, folder or matching glob")

    def _walk(self, folder: Path, root: Path, *, whole: bool) -> None:
        """Page files under ``folder``, keyed relative to ``root``. A folder named directly is
        walked ``whole``: a key of it that is gone next time was deleted."""
        if self._is_output(folder.resolve()):
            self._said_output(str(folder), folder.resolve())
            return
        resolved_root = str(root.resolve())
        if whole:
            self.result.scanned.add(resolved_root)
        base = _key(folder / "_", root)[:-1]  # the folder's own key prefix ("" for the root)
        passed_over: list[str] = []  # files of the folder that are not pages: said, not read
        self._scan(str(folder), base, resolved_root, passed_over)
        if passed_over:
            shown = ", ".join(passed_over[:_PASSED_OVER_SHOWN])
            more = (
                f" and {len(passed_over) - _PASSED_OVER_SHOWN} more"
                if len(passed_over) > _PASSED_OVER_SHOWN
                else ""
            )
            self.result.notes.append(
                f"{folder}: {len(passed_over)} file(s) not read, not pages by their name or "
                f"not regular files: {shown}{more}"
            )

    def _scan(self, here: str, prefix: str, root: str, passed_over: list[str]) -> None:
        """One folder of a walk, then its subfolders in name order (``os.walk``'s order and
        choices: a link to a folder is not followed, an unreadable folder is passed by). Its
        entries' types come from the listing itself: no ``stat`` per page, no path object."""
        try:
            with os.scandir(here) as listing:
                entries = list(listing)
        except OSError as exc:
            # Its pages are not known to be gone: the walk is not whole, and nothing under
            # its root is taken as deleted this run (else every page in it is unpublished).
            self.unsure.add(root)
            self.result.notes.append(
                f"{here}: cannot be read ({exc.strerror or exc}); nothing under {root} is "
                "taken as deleted this run"
            )
            return
        folders: list[os.DirEntry[str]] = []
        files: list[os.DirEntry[str]] = []
        for entry in entries:
            (folders if _is_dir(entry) else files).append(entry)
        kept = []
        for entry in sorted(folders, key=_name):
            if entry.name.startswith("."):
                continue
            if self._is_output(Path(entry.path).resolve()):
                self._said_output(_joined(here, entry.name), Path(entry.path).resolve())
                continue
            kept.append(entry)
        for entry in sorted(files, key=_name):
            name = entry.name
            if name.startswith("."):
                continue
            if not (_suffix(name).lower() in PAGE_SUFFIXES or is_archive(name)):
                passed_over.append(prefix + name)
            elif _is_file(entry):  # broken links, FIFOs and sockets in folders are passed over
                path = _joined(here, name)
                self._add(Input(prefix + name, path, root), path, regular=True)
            else:
                passed_over.append(prefix + name)
        for entry in kept:
            if not entry.is_symlink():
                self._scan(_joined(here, entry.name), f"{prefix}{entry.name}/", root, passed_over)

    def _add_file(self, path: Path, spelled: str, root: Path) -> None:
        """A file named (or matched): keyed relative to ``root`` when inside it, else by name."""
        if not _inside(path, root):
            root = path.parent
        self._add(Input(_key(path, root), spelled, str(root.resolve())), str(path))

    def _is_output(self, folder: Path) -> bool:
        """A folder that cannot be searched (no permission) is no known output folder: the
        walk then says it cannot be read, rather than a traceback."""
        try:
            return folder == self.out or (folder / STATE).is_file()
        except OSError:
            return False

    def _in_output(self, match: Path, root: Path, *, folder: bool) -> bool:
        """Whether a glob's match or a path listed is or lies in an output folder (its records,
        its state: never read as pages) at or below ``root``; said once per folder."""
        here = match.absolute()
        found = self._output_above(here if folder else here.parent, root.absolute())
        if found is not None:
            self._said_output(os.path.relpath(found), found.resolve())
        return found is not None

    def _output_above(self, folder: Path, root: Path) -> Path | None:
        """The output folder ``folder`` is or lies in up to ``root``, if any; each folder is
        asked once."""
        if (folder, root) not in self.above:
            found: Path | None = folder
            if not self._is_output(folder.resolve()):
                parent = folder.parent
                found = None if folder in {root, parent} else self._output_above(parent, root)
            self.above[folder, root] = found
        return self.above[folder, root]

    def _said_output(self, shown: str, resolved: Path) -> None:
        if resolved not in self.outputs_said:
            self.outputs_said.add(resolved)
            self.result.notes.append(f"{shown}: an output folder of extractor; not read as input")

    def _add(self, item: Input, file: str, *, regular: bool = False) -> None:
        """``regular``: ``file`` is known to be a regular file (a folder's, just listed)."""
        if not _utf8(item.key) or not _utf8(item.path) or not _utf8(item.root):
            # A name the system gave as bytes that are not UTF-8: the state (and report.json)
            # cannot hold it, so it is said and passed over rather than failing the run.
            shown = shown_path(item.path)
            self.result.notes.append(f"{shown}: its name is not UTF-8; not read (rename it)")
            return
        if _written_by_tool(file, regular=regular):
            self.result.notes.append(f"{item.path}: written by extractor; not read as a page")
            return
        seen = self.by_key.get(item.key)
        if seen is None:
            self.by_key[item.key] = item
        elif _identity(Path(seen.path)) != _identity(Path(file)):  # resolved only when keys meet
            raise InputError(
                f"{seen.path} and {item.path} would both be known as {item.key!r}; "
                "name their common parent folder instead, or ingest them into different --out "
                "folders"
            )

    def finish(self) -> Inputs:
        self.result.items = sorted(self.by_key.values())
        self.result.scanned -= self.unsure
        self.by_key.clear()
        return self.result


def _fixed_prefix(pattern: str) -> Path:
    """The folder a glob is rooted at: its parts before the first one with a wildcard."""
    fixed = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path()


def _inside(path: Path, root: Path) -> bool:
    return path.absolute().parent.resolve().is_relative_to(root.resolve())


def _key(path: Path, root: Path) -> str:
    """``path`` relative to ``root``, with ``/``: the same however either was spelled."""
    parent = path.absolute().parent.resolve()
    return (parent / path.name).relative_to(root.resolve()).as_posix()


def _identity(file: Path) -> str:
    """The file itself, however it was reached: the same file twice is one input."""
    try:
        return str(file.resolve())
    except (OSError, RuntimeError):  # a symlink loop: the spelling is all there is
        return str(file.absolute())


def _written_by_tool(file: str, *, regular: bool = False) -> bool:
    """An HTML file this tool wrote (the review page): its generator mark is at the top."""
    if _suffix(file).lower() not in _HTML_SUFFIXES or not (regular or Path(file).is_file()):
        return False
    try:  # bare system calls: every HTML input is sniffed; a FIFO opens without blocking
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and TOOL_MARK in os.read(fd, _SNIFF)
    except OSError:
        return False
    finally:
        os.close(fd)


def _utf8(text: str) -> bool:
    """Whether ``text`` is UTF-8 text: not a name whose undecodable bytes the system handed over
    as lone surrogates (``surrogateescape``)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _suffix(name: str) -> str:
    """``Path(name).suffix`` without the path object: from the last dot of the last part on,
    unless that dot starts or ends it."""
    name = name[name.rfind("/") + 1 :]
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _joined(folder: str, name: str) -> str:
    """``str(Path(folder) / name)`` for a name listed in ``folder`` (a spelling ``Path`` keeps
    as it is: the walk starts from ``str(Path(...))``)."""
    if folder == ".":
        return name
    return folder + name if folder.endswith("/") else f"{folder}/{name}"


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """As ``os.walk`` decides it: a link to a folder counts (and is not walked into)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    """``Path.is_file()`` of the entry, from the listing's own type when it has one."""
    try:
        return entry.is_file()
    except OSError:
        return False
