"""The examples in docs/api.md run, and print what the page says they print."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES
from warcs import sample_pages, write_warc

DOC = ROOT / "docs" / "api.md"
BLOCK = re.compile(r"^```pycon\n(.*?)^```", re.MULTILINE | re.DOTALL)


def examples() -> list[str]:
    return BLOCK.findall(DOC.read_text(encoding="utf-8"))


def test_the_page_has_examples() -> None:
    assert len(examples()) >= 8


def test_every_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """All blocks in order, sharing one namespace, as a reader would type them."""
    pytest.importorskip("pandas")
    work = tmp_path / "project"
    work.mkdir()
    (work / "samples").symlink_to(SAMPLES)
    (work / "crawl.warc.gz").write_bytes(write_warc(sample_pages(SAMPLES)))
    monkeypatch.chdir(work)
    parser = doctest.DocTestParser()
    test = parser.get_doctest("\n".join(examples()), {}, DOC.name, str(DOC), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures: list[str] = []
    runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)
