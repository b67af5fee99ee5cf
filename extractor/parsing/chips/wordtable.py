"""The segmenter's word knowledge as a prebuilt on-disk table, read one word at a time.

``lexicon.py`` asks three packages about each word: lemminflect (word classes, lemmas), wordfreq
(Zipf frequency) and wordsegment (bigram counts). Loading them costs about a second per process,
paid by every ``extractor parse`` of a pasted page and every ingest worker. What they know is
copied into one SQLite file (built by ``wordbuild.py``, placed by ``wordcache.py``) and read here
with one indexed lookup per new word: a fresh process pays a few milliseconds instead of a
second, and no memory for tables it barely uses.

Answers are the packages' own, bit for bit:

* lemma tables: stored per lower-case key exactly as ``getAllLemmas(key)`` returned them;
* bigrams: the strength ``lexicon`` computes, per pair;
* Zipf frequencies: wordfreq tokenises its input, looks each token up and combines them. For keys
  whose tokens are certain without wordfreq's tokenizer (lower-case Latin letters and digits,
  separated by ``- & / +``, apostrophes inside longer words: :func:`simple_tokens`), the table
  holds each token's frequency and this module repeats wordfreq's arithmetic; the build checks
  that arithmetic against wordfreq itself and turns it off if they ever disagree. Other keys
  that are wordfreq entries ("gov.uk", "it's") have their answer stored; anything else
  (``None`` here) is answered live by the caller.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

FORMAT = 1
_HEADER = b"SQLite format 3\x00"

Lemmas = dict[str, tuple[str, ...]]


# ---------------------------------------------------------------------------------------------
# Which keys this module can answer without wordfreq's tokenizer


_SEPARATORS = re.compile(r"[-&/+]")
_DIGIT_RUN = re.compile(r"[0-9]{2,}")
_MAX_DIGIT_RUN = 4
_ALNUM = re.compile(r"[^\W_]+")  # letters and digits; checked to be Latin/ASCII below
_APOSTROPHE_WORD = re.compile(r"[^\W\d_]{3,}(?:'[^\W\d_]+)+")


def simple_tokens(key: str) -> list[str] | None:
    """wordfreq's tokens of ``key`` when they are certain without its tokenizer, else ``None``.

    Unicode word segmentation (which wordfreq applies) never joins across ``- & / +`` and never
    splits a run of letters and digits, nor letters around an inner apostrophe. Excluded, so
    they are answered by wordfreq itself: one or two letters before an apostrophe (French
    elision, "d'ivoire", splits there), a digit next to an apostrophe, digit runs longer than
    four (their frequency estimate is not in the table), text that is not case-folded (wordfreq
    folds it), and any character that is not a lower-case ASCII or Latin letter, a digit or one
    of those separators. "’" counts as "'".
    """
    text = key.replace("\u2019", "'")
    if text.casefold() != text or (not text.isascii() and not _latin_lower(text)):
        return None
    tokens: list[str] = []
    for piece in _SEPARATORS.split(text):
        if not piece:
            continue
        if _ALNUM.fullmatch(piece) is None and _APOSTROPHE_WORD.fullmatch(piece) is None:
            return None
        if any(len(run) > _MAX_DIGIT_RUN for run in _DIGIT_RUN.findall(piece)):
            return None
        tokens.append(piece)
    return tokens


def _latin_lower(text: str) -> bool:
    """Only ASCII and Latin lower-case letters, already NFC (as wordfreq makes its input), so
    that its normalisation leaves the text as it is."""
    if unicodedata.normalize("NFC", text) != text:
        return False
    return all(
        ch.isascii()
        or (unicodedata.category(ch) == "Ll" and unicodedata.name(ch, "").startswith("LATIN "))
        for ch in text
    )


# ---------------------------------------------------------------------------------------------
# wordfreq's arithmetic (wordfreq 3.x ``_word_frequency`` and ``zipf_frequency``), checked
# against wordfreq at build time (``derived`` in the table's meta) and by the tests.

_MINIMUM = 10**0.0 / 1e9  # zipf_to_freq(0.0): what an unknown word gets


def token_freq(centibels: int) -> float:
    return float(10 ** (centibels / 100))


def combined_zipf(freqs: list[float] | None) -> float:
    """Zipf of a key whose tokens have ``freqs`` (``None``: one is unknown, or no tokens)."""
    freq = _MINIMUM
    if freqs:
        one_over_result = 0.0
        for one in freqs:
            one_over_result += 1.0 / one
        freq = 1.0 / one_over_result
        unrounded = max(freq, _MINIMUM)
        leading_zeroes = math.floor(-math.log(unrounded, 10))
        freq = round(unrounded, leading_zeroes + 3)
    return round(math.log(freq, 10) + 9, 2)


# ---------------------------------------------------------------------------------------------
# Reading


class WordTable:
    """One open table. Lookups return ``None`` where the caller must ask the packages."""

    def __init__(self, connection: sqlite3.Connection, path: Path, derived: bool) -> None:
        self.connection = connection
        self.path = path
        self.derived = derived
        self.lock = threading.Lock()
        self.broken = False
        self.rows: dict[str, tuple[int | None, str | None, float | None] | None] = {}

    def _query(self, sql: str, key: str) -> tuple[object, ...] | None:
        import sqlite3

        if self.broken:
            raise _Broken
        try:
            with self.lock:
                row: tuple[object, ...] | None = self.connection.execute(sql, (key,)).fetchone()
        except sqlite3.Error:
            self._give_up()
            raise _Broken from None
        return row

    def _give_up(self) -> None:
        """A file that fails mid-run: stop using it, and remove it so the next run rebuilds."""
        self.broken = True
        with suppress(OSError):
            self.path.unlink()

    def _row(self, key: str) -> tuple[int | None, str | None, float | None] | None:
        if key in self.rows:
            return self.rows[key]
        found = self._query("SELECT cb, lemmas, zipf FROM words WHERE key = ?", key)
        row = None
        if found is not None:
            cb, lemmas, zipf = found
            row = (
                cb if isinstance(cb, int) else None,
                lemmas if isinstance(lemmas, str) else None,
                zipf if isinstance(zipf, float) else None,
            )
        if len(self.rows) < 65536:
            self.rows[key] = row
        return row

    def lemmas(self, key: str) -> Lemmas | None:
        """``getAllLemmas(key)``; ``None`` when only lemminflect can say."""
        if key.lower() != key:
            return None
        try:
            row = self._row(key)
        except _Broken:
            return None
        return decode_lemmas(row[1]) if row is not None and row[1] is not None else {}

    def zipf(self, key: str) -> float | None:
        """``zipf_frequency(key, "en")``; ``None`` when only wordfreq can say."""
        try:
            tokens = simple_tokens(key) if self.derived else None
            if tokens is not None:
                freqs = [self._token_freq(token) for token in tokens]
                known = [freq for freq in freqs if freq is not None]
                return combined_zipf(known if len(known) == len(freqs) else None)
            row = self._row(key)
        except (_Broken, _Unknown):
            return None
        return row[2] if row is not None else None

    def _token_freq(self, token: str) -> float | None:
        """The frequency wordfreq gives one token (digit runs as it estimates them)."""
        smashed = _DIGIT_RUN.sub(lambda m: "0" * len(m.group()), token)
        row = self._row(smashed)
        if row is None or row[0] is None:
            return None
        freq = token_freq(row[0])
        if smashed != token:
            digits = 1.0
            for run in _DIGIT_RUN.findall(token):
                factor = self._query("SELECT factor FROM digits WHERE run = ?", run)
                if factor is None or not isinstance(factor[0], float):
                    raise _Unknown
                digits *= factor[0]
            freq *= digits
        return freq

    def bigram(self, pair: str) -> float | None:
        """The strength of ``pair`` ("left right"), 0.0 when not listed; ``None`` on failure."""
        try:
            row = self._query("SELECT strength FROM bigrams WHERE pair = ?", pair)
        except _Broken:
            return None
        return float(row[0]) if row is not None and isinstance(row[0], float) else 0.0


class _Broken(Exception):
    """The file failed during a lookup."""


class _Unknown(Exception):
    """The table lacks what this key needs."""


def decode_lemmas(text: str) -> Lemmas:
    found: Lemmas = {}
    for entry in text.split("\n") if text else ():
        upos, *forms = entry.split("\t")
        found[upos] = tuple(forms)
    return found


def encode_lemmas(lemmas: Lemmas) -> str:
    for upos, forms in lemmas.items():
        if any(ch in part for part in (upos, *forms) for ch in "\t\n"):
            raise ValueError(f"unexpected lemma spelling in {lemmas!r}")
    return "\n".join("\t".join((upos, *forms)) for upos, forms in lemmas.items())


def open_table(path: Path, print_: str) -> WordTable | None:
    """The table at ``path`` if it passes its checks; a file that fails them is removed."""
    import sqlite3

    try:
        size = path.stat().st_size
    except OSError:
        return None
    connection = None
    try:
        if not _whole(path, size):
            raise sqlite3.DatabaseError("truncated or not a table")
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        meta = dict(connection.execute("SELECT name, value FROM meta").fetchall())
        if meta.get("format") != str(FORMAT) or meta.get("fingerprint") != print_:
            raise sqlite3.DatabaseError("built from other package files")
        if meta.get("complete") != "1":
            raise sqlite3.DatabaseError("incomplete")
        return WordTable(connection, path, meta.get("derived") == "1")
    except OSError:  # unreadable (another user's file, say): not damaged, so left in place
        if connection is not None:
            connection.close()
        return None
    except (sqlite3.Error, ValueError):
        if connection is not None:
            connection.close()
        with suppress(OSError):
            path.unlink()
        return None


def _whole(path: Path, size: int) -> bool:
    """The SQLite header is there and the file is as long as the header says (no torn copy)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_HEADER):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and pages * page_size == size


def write_table(
    path: Path,
    print_: str,
    words: dict[str, tuple[int | None, str | None, float | None]],
    digits: dict[str, float],
    bigrams: dict[str, float],
) -> None:
    """Write a complete table to ``path`` (a fresh file), rows in key order (compact B-trees)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
            CREATE TABLE words (key TEXT PRIMARY KEY, cb INTEGER, lemmas TEXT, zipf REAL)
                WITHOUT ROWID;
            CREATE TABLE digits (run TEXT PRIMARY KEY, factor REAL) WITHOUT ROWID;
            CREATE TABLE bigrams (pair TEXT PRIMARY KEY, strength REAL) WITHOUT ROWID;
            """
        )
        connection.executemany(
            "INSERT INTO words VALUES (?, ?, ?, ?)",
            ((key, *words[key]) for key in sorted(words)),
        )
        connection.executemany(
            "INSERT INTO digits VALUES (?, ?)", ((run, digits[run]) for run in sorted(digits))
        )
        connection.executemany(
            "INSERT INTO bigrams VALUES (?, ?)", ((pair, bigrams[pair]) for pair in sorted(bigrams))
        )
        meta = {"format": str(FORMAT), "fingerprint": print_, "derived": "1", "complete": "1"}
        connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        connection.commit()
    finally:
        connection.close()


def set_derived(path: Path, derived: bool) -> None:
    """Turn the table's own Zipf arithmetic on or off (after checking it against wordfreq)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute(
            "UPDATE meta SET value = ? WHERE name = 'derived'", ("1" if derived else "0",)
        )
        connection.commit()
    finally:
        connection.close()
