"""Write the HTML samples in samples/ from their text twins, one site design each.

Run from the repo root: ``python -m bench.make_html_samples``. The pages are committed; this
script is how they were made, so a design change can regenerate them (then read the golden diff).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.sitegen import DESIGNS, Options, json_ld_for, next_data_for
from extractor.pipeline import parse_file
from extractor.record.serialize import record_dict

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@dataclass(frozen=True)
class Spec:
    name: str
    twin: str | None
    design: str
    options: Options
    encoding: str = "utf-8"


NADIA: dict[str, Any] = {
    "name": "Nadia Haddad",
    "headline": "Chief Marketing Officer at Cedar & Co",
    "role": "Chief Marketing Officer",
    "company": "Cedar & Co",
    "bio": "Nadia Haddad leads brand and growth marketing at Cedar & Co, a furniture retailer "
    "with stores in nine countries.",
    "dimensions": [
        {"name": "Strategic Vision", "score": 84},
        {"name": "Execution & Craft", "score": 76},
        {"name": "Data & Experimentation", "score": 81},
        {"name": "Growth & Distribution", "score": 93},
        {"name": "Team & Leadership", "score": 70},
        {"name": "User Empathy & Research", "score": 88},
    ],
    "themes": ["Brand as a growth channel", "Retail media", "Creative testing at scale"],
    "summary": "Nadia Haddad explains how Cedar & Co treats brand as a growth channel and why "
    "creative testing at scale changed how the company plans campaigns.",
    "principles": [
        "Brand work must pay for itself within a year",
        "Test the creative before you test the targeting",
    ],
    "quotes": [
        {
            "text": "Targeting finds the audience; the creative decides whether they care.",
            "speaker": "Nadia Haddad",
            "context": "On creative testing",
        }
    ],
    "extra_sections": [],
}

SPECS = [
    Spec(
        "gustav-soderstrom.html",
        "gustav-soderstrom.txt",
        "semantic",
        Options(glued_chips=True, filler_kb=40),
    ),
    Spec("amara-okafor.html", "amara-okafor.txt", "tailwind", Options(filler_kb=30)),
    Spec(
        "siobhan-oneill.html",
        "siobhan-oneill.txt",
        "table",
        Options(charset=None, filler_kb=20),
        "cp1252",
    ),
    Spec("priya-raman.html", "priya-raman.md", "component", Options(filler_kb=60)),
    Spec(
        "kwame-asante.html", "kwame-asante.txt", "tailwind", Options(bars_only=True, filler_kb=24)
    ),
    Spec("li-wei.html", "li-wei.txt", "table", Options(deep_wrappers=400, filler_kb=20)),
    Spec(
        "elena-petrova.html",
        "elena-petrova.txt",
        "semantic",
        Options(
            hidden_junk=True,
            bold_inside_words=True,
            bar_offset={"Team & Leadership": 15},
            filler_kb=120,
        ),
    ),
    Spec("nadia-haddad.html", None, "semantic", Options(hide_headline=True, filler_kb=24)),
]


def profile_of(spec: Spec) -> dict[str, Any]:
    if spec.twin is None:
        return NADIA
    return record_dict(parse_file(str(SAMPLES / spec.twin)).record)


def options_for(spec: Spec, profile: dict[str, Any]) -> Options:
    """Structured data that each page carries, derived from its profile."""
    extra: dict[str, Any] = {}
    if spec.name == "priya-raman.html":
        extra["next_data"] = next_data_for(profile)
    if spec.name == "kwame-asante.html":
        extra["json_ld"] = json_ld_for(profile, jobTitle="General Partner")
    if spec.name == "nadia-haddad.html":
        extra["json_ld"] = json_ld_for(profile)
    if not extra:
        return spec.options
    return Options(**{**spec.options.__dict__, **extra})


def main() -> None:
    for spec in SPECS:
        profile = profile_of(spec)
        html = DESIGNS[spec.design](profile, options_for(spec, profile))
        (SAMPLES / spec.name).write_bytes(html.encode(spec.encoding))
        print(f"{spec.name}: {spec.design}, {len(html) // 1024} KB, {spec.encoding}")


if __name__ == "__main__":
    main()
