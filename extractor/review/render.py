"""Render the review page with Jinja2, autoescaping on: page content is text, never markup."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from extractor import __version__
from extractor.base.atomic import write_atomic
from extractor.review.collect import STATUS_RANK, Item

_ENV = Environment(
    loader=PackageLoader("extractor.review", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(items: list[Item]) -> str:
    counts = Counter(item.status for item in items)
    return _ENV.get_template("review.html.j2").render(
        items=items,
        counts={status: counts.get(status, 0) for status in STATUS_RANK},
        rank=STATUS_RANK,
        version=__version__,
    )


def write_review(items: list[Item], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, render(items))
