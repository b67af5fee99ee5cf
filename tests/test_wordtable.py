"""The prebuilt word table answers exactly what the packages answer, and survives bad caches.

``lexicon.facts`` and ``lexicon.bigram_strength`` read lemminflect, wordfreq and wordsegment
through a table on disk (``wordtable.py``, built and placed by ``wordbuild.py`` and
``wordcache.py``). These tests compare it with the packages themselves on every word of the
development corpus, the samples and the goldens, and on generated words; then break the cache in
the ways a disk or a killed process can, and check that answers stay the same and nothing raises.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import CORPORA, GOLDEN, ROOT, SAMPLES
from hypothesis import given, settings, strategies as st

from extractor.parsing.chips import lexicon, wordcache
from extractor.parsing.chips.features import token_key
from extractor.parsing.chips.lexicon import WordFacts
from extractor.parsing.chips.wordbuild import bigram_strengths, build
from extractor.parsing.chips.wordtable import (
    WordTable,
    combined_zipf,
    open_table,
    simple_tokens,
    token_freq,
    write_table,
)

DEV = CORPORA / "leader-pages-dev"


@pytest.fixture(scope="module")
def table() -> WordTable:
    """The session's table (built on first use into the session's cache folder)."""
    found = wordcache.load(build)
    assert found is not None
    return found


@pytest.fixture(scope="module")
def use(table: WordTable) -> Iterator[Callable[[WordTable | None], None]]:
    """Point ``lexicon`` at a table (or at none: the packages in memory), caches cleared."""

    def point(chosen: WordTable | None) -> None:
        lexicon.facts.cache_clear()
        lexicon._TABLES[:] = [chosen]

    yield point
    point(table)
    lexicon._TABLES.clear()


def answers(keys: list[str]) -> tuple[list[WordFacts], list[float]]:
    """facts of every key and the bigram strength of every neighbouring pair."""
    facts = [lexicon.facts(key) for key in keys]
    pairs = [lexicon.bigram_strength(a, b) for a, b in itertools.pairwise(keys)]
    return facts, pairs


def same_as_packages(
    keys: list[str], table: WordTable, use: Callable[[WordTable | None], None]
) -> None:
    use(None)
    expected = answers(keys)
    use(table)
    got = answers(keys)
    for key, want, have in zip(keys, expected[0], got[0], strict=True):
        assert have == want, key
    assert got[1] == expected[1]
    for key in keys:  # and each primitive, where the table answers at all
        if (zipf := table.zipf(key)) is not None:
            assert zipf == lexicon._live_zipf(key), key
        if (lemmas := table.lemmas(key)) is not None:
            assert lemmas == lexicon._live_lemmas(key), key


def words_of(paths: list[Path]) -> list[str]:
    """Every distinct key (as the segmenter makes them) of the texts, in first-seen order."""
    seen: dict[str, None] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".json":
            text = " ".join(_strings(json.loads(text)))
        for word in text.split():
            seen.setdefault(token_key(word), None)
    seen.pop("", None)
    return list(seen)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_samples_and_goldens_words_answer_as_the_packages_do(
    table: WordTable, use: Callable[[WordTable | None], None]
) -> None:
    paths = sorted(p for p in SAMPLES.iterdir() if p.is_file()) + sorted(GOLDEN.glob("*.json"))
    keys = words_of(paths)
    assert len(keys) > 1000
    same_as_packages(keys, table, use)


@pytest.mark.skipif(not DEV.is_dir(), reason="shared corpora absent")
def test_dev_corpus_words_answer_as_the_packages_do(
    table: WordTable, use: Callable[[WordTable | None], None]
) -> None:
    paths = sorted((DEV / "pages").iterdir()) + sorted((DEV / "expected").glob("*.json"))
    keys = words_of(paths)
    assert len(keys) > 3000
    same_as_packages(keys, table, use)
    # The table does the work: every plain word is answered without the packages.
    plain = [key for key in keys if key.isalpha() and key.isascii()]
    assert all(table.zipf(key) is not None for key in plain)
    assert all(table.lemmas(key) is not None for key in plain)


_LATIN = "abcdefghijklmnopqrstuvwxyz"
_WORDS = "open source data ai product the of s it café são über naïve tier women".split()
_piece = st.one_of(
    st.sampled_from(_WORDS),
    st.text(_LATIN, min_size=1, max_size=8),
    st.text(_LATIN + "0123456789", min_size=1, max_size=6),
    st.text(_LATIN + "éüñçøåßœ" + "0123456789" + "'’.,_@·" + "\u0301αж", min_size=1, max_size=8),
)
_key = st.builds(
    lambda parts, seps: "".join(p + s for p, s in zip(parts, seps, strict=False)) + parts[-1],
    st.lists(_piece, min_size=1, max_size=4),
    st.lists(st.sampled_from(["-", "&", "/", "+", "'", "’", ".", "", " "]), max_size=3),
).map(lambda text: token_key(text.replace(" ", "")))


@settings(max_examples=250)
@given(st.lists(_key, min_size=1, max_size=6))
def test_generated_words_answer_as_the_packages_do(
    table: WordTable, use: Callable[[WordTable | None], None], keys: list[str]
) -> None:
    same_as_packages([key for key in keys if key], table, use)


@settings(max_examples=200)
@given(st.text("AaBbZzÉéİıΣσς-'’&/+0123", min_size=1, max_size=8))
def test_keys_not_case_folded_answer_as_the_packages_do(
    table: WordTable, use: Callable[[WordTable | None], None], key: str
) -> None:
    """``facts`` is given case-folded keys; a caller that forgets still gets wordfreq's answer."""
    same_as_packages([key], table, use)


def test_the_arithmetic_matches_wordfreq_on_its_word_list(table: WordTable) -> None:
    """Every 15th simple word of the list, one token each, against wordfreq itself."""
    from wordfreq import get_frequency_dict, zipf_frequency

    freqs = get_frequency_dict("en")
    words = [word for word in sorted(freqs)[::15] if simple_tokens(word) == [word]]
    assert len(words) > 15_000
    for word in words:
        row = table._row(word)
        assert row is not None and row[0] is not None
        assert token_freq(row[0]) == freqs[word], word
        assert combined_zipf([token_freq(row[0])]) == zipf_frequency(word, "en"), word


def test_every_tenth_bigram_is_in_the_table(table: WordTable) -> None:
    strengths = bigram_strengths()
    for pair in sorted(strengths)[::10]:
        assert table.bigram(pair) == strengths[pair], pair
    assert table.bigram("qzxv qzxv") == 0.0


def test_the_build_checked_its_arithmetic(table: WordTable) -> None:
    assert table.derived


# --- a bad cache --------------------------------------------------------------------------


def _copy(table: WordTable, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / table.path.name
    shutil.copyfile(table.path, target)
    return target


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="half-written"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: b"not a table\n" * 1000, id="garbage"),
        pytest.param(lambda data: data[:100] + b"\0" * (len(data) - 100), id="zeroed"),
    ],
)
def test_a_damaged_file_is_refused_and_removed(
    table: WordTable, tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = _copy(table, tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    print_ = wordcache.fingerprint()
    assert print_ is not None
    assert open_table(path, print_) is None
    assert not path.exists()


def test_a_file_from_other_package_files_is_refused(table: WordTable, tmp_path: Path) -> None:
    path = _copy(table, tmp_path)
    assert open_table(path, "another fingerprint") is None


def test_a_file_damaged_inside_answers_from_the_packages_and_is_removed(
    table: WordTable, tmp_path: Path, use: Callable[[WordTable | None], None]
) -> None:
    """All but the first and last pages overwritten: the header checks pass, a lookup fails; from then on
    the packages answer (same answers) and the file goes, so the next process rebuilds it."""
    path = _copy(table, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:65536] + b"\xff" * (len(data) - 2 * 65536) + data[-65536:])
    print_ = wordcache.fingerprint()
    assert print_ is not None
    damaged = open_table(path, print_)
    assert damaged is not None
    keys = words_of(sorted(SAMPLES.glob("*.txt")))
    use(None)
    expected = answers(keys)
    use(damaged)
    assert answers(keys) == expected
    assert damaged.broken
    assert not path.exists()


def tiny_build(path: Path, print_: str) -> None:
    """A stand-in for ``wordbuild.build`` (seconds): a valid table that knows one word."""
    write_table(path, print_, {"product": (-300, "NOUN\tproduct", None)}, {}, {})


def test_a_half_written_cache_is_rebuilt_and_killed_builds_swept(
    table: WordTable, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy(table, tmp_path)
    path.write_bytes(path.read_bytes()[:50_000])
    stale, fresh = tmp_path / ".words-killed.tmp", tmp_path / ".words-building.tmp"
    stale.write_bytes(b"left by a killed build")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    fresh.write_bytes(b"another process is writing this one")
    monkeypatch.setenv(wordcache.CACHE_ENV, str(tmp_path))
    rebuilt = wordcache.load(tiny_build)
    assert rebuilt is not None and rebuilt.path == path
    assert rebuilt.lemmas("product") == {"NOUN": ("product",)}
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([".words.lock", fresh.name, path.name])


def test_an_unwritable_cache_falls_back_to_the_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, use: Callable[[WordTable | None], None]
) -> None:
    """A cache folder that cannot be made (here: below a file; also what a read-only folder
    gives an ordinary user): no table, no error, the same answers."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(wordcache.CACHE_ENV, str(blocker / "cache"))
    assert wordcache.load(build) is None
    keys = ["products", "fault-tolerant", "open", "source", "são", "paulo"]
    use(None)
    expected = answers(keys)
    lexicon.facts.cache_clear()
    lexicon._TABLES.clear()  # what a fresh process does: try the cache, fall back
    assert answers(keys) == expected
    assert lexicon._TABLES == [None]


def test_a_build_that_fails_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def killed(path: Path, print_: str) -> None:
        path.write_bytes(b"SQLite format 3\x00 half of it")
        raise KeyboardInterrupt  # what a kill during the build looks like to Python

    monkeypatch.setenv(wordcache.CACHE_ENV, str(tmp_path))
    with pytest.raises(KeyboardInterrupt):
        wordcache.load(killed)
    assert [p.name for p in tmp_path.iterdir()] == [".words.lock"]

    def failing(path: Path, print_: str) -> None:
        raise OSError("disk full")

    assert wordcache.load(failing) is None
    assert [p.name for p in tmp_path.iterdir()] == [".words.lock"]


_CONCURRENT = """
import sys, time
from extractor.parsing.chips import wordcache
from extractor.parsing.chips.wordtable import write_table

def build(path, print_):
    with open(sys.argv[1], "a") as log:
        log.write("built\\n")
    time.sleep(1.0)  # long enough for the other process to arrive meanwhile
    write_table(path, print_, {"product": (-300, "NOUN\\tproduct", None)}, {}, {})

table = wordcache.load(build)
print(table is not None and table.zipf("product"))
"""


def test_two_processes_building_at_once_build_once_and_both_get_the_table(
    tmp_path: Path,
) -> None:
    folder, log = tmp_path / "cache", tmp_path / "builds.log"
    env = {**os.environ, wordcache.CACHE_ENV: str(folder)}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _CONCURRENT, str(log)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120)[0].strip() for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert outputs[0] == outputs[1] == str(combined_zipf([token_freq(-300)]))
    assert log.read_text() == "built\n"
    tables = sorted(p.name for p in folder.iterdir() if p.name != ".words.lock")
    assert len(tables) == 1 and tables[0].endswith(".sqlite3")


def test_a_forked_child_opens_its_own_table(table: WordTable) -> None:
    lexicon._TABLES[:] = [table]
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the parent's handle is gone, a fresh one is opened
        try:
            fresh = lexicon._table()
            os.write(write, f"{fresh is not table} {lexicon._zipf('product')}".encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        said = pipe.read()
    os.waitpid(pid, 0)
    assert said == f"True {table.zipf('product')}"


def test_no_home_directory_means_no_table_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A container's user with no home (no HOME, no passwd entry): ``~`` cannot be expanded, so
    there is no cache folder; the packages answer, the page still parses."""
    import pwd

    for name in (wordcache.CACHE_ENV, "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)

    def nobody(uid: int) -> pwd.struct_passwd:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", nobody)
    with pytest.raises(RuntimeError):
        wordcache.cache_dir()
    assert wordcache.load(tiny_build) is None


def test_a_built_table_is_readable_by_every_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Prebuilt in a shared folder or a container image, it must serve other users too."""
    monkeypatch.setenv(wordcache.CACHE_ENV, str(tmp_path))
    built = wordcache.load(tiny_build)
    assert built is not None
    assert built.path.stat().st_mode & 0o044 == 0o044


def test_an_unreadable_table_is_left_in_place(
    table: WordTable, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file this process may not read is somebody else's, not a damaged one: never deleted."""
    path = _copy(table, tmp_path)
    print_ = wordcache.fingerprint()
    assert print_ is not None

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    assert open_table(path, print_) is None
    monkeypatch.undo()
    assert path.exists()


def test_the_fingerprint_covers_our_own_table_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """A change to how rows are derived or read must not be answered by an older table."""
    before = wordcache.fingerprint()
    real = Path.read_bytes

    def edited(self: Path) -> bytes:
        data = real(self)
        return data + b"\n# edited" if self.name == "wordbuild.py" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    after = wordcache.fingerprint()
    assert before is not None and after is not None and before != after
