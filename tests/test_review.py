"""The review page: complete, escaped, self-contained, and working in a real browser."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, relative, sample_paths

from extractor.base.config import Config
from extractor.cli.main import main
from extractor.review.collect import Item, collect
from extractor.review.render import render

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>"\'&amp;'


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review-out")
    cwd = Path.cwd()
    os.chdir(ROOT)  # record sources are relative to the repo, as a user would run it
    try:
        assert main(["ingest", "-q", "--out", str(out), "samples/"]) == 0
    finally:
        os.chdir(cwd)
    return out / "review.html"


def test_index_lists_every_sample(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-status="(\w+)"', page)
    assert len(rows) == len(sample_paths())
    for sample in sample_paths():
        assert f'data-path="{relative(sample)}"' in page
    assert set(rows) <= {"clean", "warnings", "errors", "refused"}


def test_page_is_self_contained(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)
    assert "@import" not in page and "url(" not in page
    assert page.count("<script") == 1  # our own, inline


def test_every_field_link_points_at_a_source_line(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    ids = set(re.findall(r'id="(r\d+-L\d+)"', page))
    targets = re.findall(r'class="field[^"]*" href="#(r\d+-L\d+)"', page)
    assert targets and all(t in ids for t in targets)


def test_guessed_themes_show_the_raw_line(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    section = page[page.index('data-path="samples/gustav-soderstrom.txt"') :]
    section = section[: section.index("</section>")]
    assert "Guessed:" in section
    assert "curation to recommendation to generation era fault-tolerant" in section


def test_hostile_content_is_escaped(tmp_path: Path) -> None:
    record = {
        "name": HOSTILE,
        "headline": HOSTILE,
        "company": HOSTILE,
        "bio": HOSTILE,
        "summary": HOSTILE,
        "dimensions": [{"name": HOSTILE, "score": 50}],
        "themes": [HOSTILE],
        "principles": [HOSTILE],
        "quotes": [{"text": HOSTILE, "speaker": HOSTILE, "context": HOSTILE}],
        "extra_sections": [{"title": HOSTILE, "text": HOSTILE}],
        "provenance": {"name": [1, 1]},
    }
    finding = {"severity": "error", "code": "x", "message": HOSTILE, "line": 1}
    page = render([Item(HOSTILE, "errors", record, [finding], key="r1", source=[(1, HOSTILE)])])
    assert page.count("<script") == 1 and "onerror=alert" not in page.replace(
        "onerror=alert(1)&gt;", ""
    )
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "<img" not in page


def test_review_of_pages_and_of_a_refused_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    items = collect([str(ROOT / "samples" / "li-wei.txt"), str(bad)], Config())
    assert {Path(i.path).name: i.status for i in items} == {
        "bad.txt": "refused",
        "li-wei.txt": "warnings",
    }
    assert (
        main(
            [
                "review",
                "--out",
                str(tmp_path / "r.html"),
                str(bad),
                str(ROOT / "samples" / "li-wei.txt"),
            ]
        )
        == 0
    )
    assert "empty" in (tmp_path / "r.html").read_text(encoding="utf-8")


HARNESS = """
<script>
window.addEventListener("load", function () {
  var out = {rows: document.querySelectorAll("#index tbody tr").length};
  var section = document.querySelector('section[data-path="samples/gustav-soderstrom.txt"]');
  var link = section.querySelector('a.field[data-field="themes[0]"]');
  var first = link.getAttribute("data-lines").split("-")[0];
  var line = document.getElementById(section.id + "-L" + first);
  out.before = line.classList.contains("hl");
  link.click();
  out.after = line.classList.contains("hl");
  out.background = getComputedStyle(line).backgroundColor;
  out.highlighted = document.querySelectorAll(".ln.hl").length;
  out.line = first;
  document.querySelector('.filters button[data-filter="clean"]').click();
  out.cleanRows = Array.prototype.filter.call(document.querySelectorAll("#index tbody tr"), function (r) { return !r.hidden; }).length;
  document.querySelector('.filters button[data-filter="all"]').click();
  document.body.setAttribute("data-result", JSON.stringify(out));
  // For the screenshot: only this record (headless screenshots do not paint a scrolled window).
  document.querySelectorAll("section.record, main > .card").forEach(function (el) { el.hidden = el !== section; });
});
</script>
</body>"""


def chromium(*args: str) -> str:
    assert CHROMIUM
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--virtual-time-budget=3000",
    ]
    done = subprocess.run(
        [CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=False
    )
    return done.stdout


def test_ci_has_a_browser() -> None:
    """Under CI the browser test must run, not skip."""
    if os.environ.get("CI"):
        assert CHROMIUM, ".ci/run should have installed chromium"


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_in_a_real_browser_clicking_a_field_highlights_its_source(
    report: Path, tmp_path: Path
) -> None:
    harness = tmp_path / "harness.html"
    harness.write_text(
        report.read_text(encoding="utf-8").replace("</body>", HARNESS), encoding="utf-8"
    )
    profile = f"--user-data-dir={tmp_path / 'profile'}"
    dom = chromium(profile, "--dump-dom", harness.as_uri())
    match = re.search(r'data-result="([^"]*)"', dom)
    assert match, "the page's script did not run"
    result = json.loads(html.unescape(match.group(1)))
    assert result["rows"] == len(sample_paths())
    assert result["before"] is False and result["after"] is True
    assert result["line"] == "20"  # the run-together theme line of the example
    assert result["background"] == "rgb(255, 243, 191)"
    # Samples whose run-together themes split with every boundary clear carry a note, not a
    # warning, so they count as clean (elena-petrova.txt, rafael-mendes.txt).
    assert result["cleanRows"] == 7
    shots = Path(os.environ.get("REVIEW_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    chromium(
        profile,
        "--window-size=1400,1000",
        f"--screenshot={shots / 'review-index.png'}",
        report.as_uri(),
    )
    chromium(
        profile,
        "--window-size=1400,1000",
        f"--screenshot={shots / 'review-record.png'}",
        harness.as_uri(),
    )
    assert (shots / "review-index.png").stat().st_size > 10_000
    assert (shots / "review-record.png").stat().st_size > 10_000
