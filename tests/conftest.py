"""Shared test plumbing: paths, the --update-golden switch, the shared corpora."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Bounded in CI; `HYPOTHESIS_PROFILE=long pytest tests/test_properties.py tests/test_html_reader.py`
# runs the long fuzzing profile by hand.
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture(autouse=True, scope="session")
def word_table_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The segmenter's word table (extractor/parsing/chips/wordcache.py) is built into a folder
    of the test session, never the user's ~/.cache; commands the tests run inherit it."""
    folder = tmp_path_factory.mktemp("word-table-cache")
    before = os.environ.get("EXTRACTOR_CACHE_DIR")
    os.environ["EXTRACTOR_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("EXTRACTOR_CACHE_DIR", None)
    else:
        os.environ["EXTRACTOR_CACHE_DIR"] = before


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current output "
        "(read the diff before committing)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def sample_paths() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))


def relative(path: Path) -> str:
    """The path as a record names it: relative to the repo, with forward slashes."""
    return path.relative_to(ROOT).as_posix()


# The example's themes as an editor fixes them in the review page's tests (split "AI DJ" off).
EDITOR_THEMES = [
    "curation to recommendation to generation era",
    "fault-tolerant user interfaces for AI",
    "product magic tricks for virality",
    "AI DJ",
    "as generative product innovation",
    "internal podcasting for culture building",
    "generative AI impact on music industry",
]
