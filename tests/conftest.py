"""Shared test plumbing: paths, the --update-golden switch, the shared corpora."""

from __future__ import annotations

import os
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
