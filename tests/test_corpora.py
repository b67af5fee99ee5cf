"""Real-world inputs nobody here wrote (../shared/corpora), read in place, skipped when absent."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CORPORA

from extractor.base.errors import Refusal
from extractor.pipeline import parse_bytes

REAL_PAGES = CORPORA / "real-pages"
HTML5LIB = CORPORA / "html5lib-tree-construction"

needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not here")


def html5lib_fragments() -> Iterator[tuple[str, str]]:
    """(id, html) for every ``#data`` section of every .dat file."""
    for dat in sorted(HTML5LIB.glob("*.dat")):
        lines = dat.read_text(encoding="utf-8", errors="surrogateescape").split("\n")
        for index, line in enumerate(lines):
            if line == "#data":
                body: list[str] = []
                for following in lines[index + 1 :]:
                    if following.startswith("#"):
                        break
                    body.append(following)
                yield f"{dat.name}:{index + 1}", "\n".join(body)


@needs_corpora
@pytest.mark.parametrize(
    "page", sorted(REAL_PAGES.glob("*.html")) if REAL_PAGES.is_dir() else [], ids=lambda p: p.name
)
def test_real_page_is_refused_as_not_a_leader_page(page: Path) -> None:
    with pytest.raises(Refusal) as refusal:
        parse_bytes(page.read_bytes(), page.name)
    assert refusal.value.code in {"not-a-leader-page", "no-name"}


@needs_corpora
def test_every_html5lib_fragment_gives_a_record_or_a_refusal() -> None:
    fragments = list(html5lib_fragments())
    assert len(fragments) > 1000
    for fragment_id, html in fragments:
        with contextlib.suppress(Refusal):
            parse_bytes(html.encode("utf-8", "surrogateescape"), fragment_id, "html")
