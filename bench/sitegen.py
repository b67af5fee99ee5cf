"""Realistic leader pages in several site designs, for HTML samples and the benchmark.

Each design renders the same profile the way a different kind of site would: semantic markup,
utility-class div soup, component markup with a framework data blob, and so on, wrapped in the
head, scripts, navigation, cookie banner and footer that real sites serve. Output is
deterministic: the same profile and options give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

Profile = dict[str, Any]


@dataclass(frozen=True)
class Options:
    """Twists a page can carry on top of its design."""

    glued_chips: bool = False  # theme chips with no white space between the tags
    bars_only: bool = False  # dimension scores shown only as bars (aria-valuenow)
    bar_offset: dict[str, int] = field(default_factory=dict)  # bar disagrees with the label
    json_ld: dict[str, Any] | None = None
    next_data: dict[str, Any] | None = None
    hide_headline: bool = False
    hidden_junk: bool = False  # display:none blocks, <template>, hidden modals
    filler_kb: int = 24  # inline CSS/JS weight, as real pages carry
    nav_links: int = 40
    lang: str = "en"
    charset: str | None = "utf-8"  # None: no declaration at all (the page must be sniffed)
    bold_inside_words: bool = False  # <b> in the middle of words, as some CMSs emit
    deep_wrappers: int = 0  # nested <div>s around the content


def _e(text: str) -> str:
    return escape(text, quote=True)


def _filler(seed: str, kb: int) -> str:
    """Deterministic minified-looking script text of about ``kb`` kilobytes."""
    chunks: list[str] = []
    digest = seed.encode()
    size = 0
    while size < kb * 1024:
        digest = hashlib.sha256(digest).digest()
        name = digest.hex()[:6]
        chunk = (
            f"function _{name}(e,t){{var n=e&&e.{name[:3]}||{{}};"
            f"return t?n[t]:Object.keys(n).map(function(r){{return r+':'+n[r]}}).join(';')}}"
        )
        chunks.append(chunk)
        size += len(chunk)
    return "".join(chunks)


def _css(kb: int) -> str:
    rules = []
    for i in range(max(1, kb * 1024 // 90)):
        rules.append(
            f".u-{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i * 2654435761 % 0xFFFFFF:06x}}}"
        )
    return "".join(rules)


def _head(profile: Profile, options: Options, extra: str = "") -> str:
    title = f"{profile['name']} — Leadership Profile | Leaders Index"
    blobs = ""
    if options.json_ld is not None:
        blobs += f'<script type="application/ld+json">{json.dumps(options.json_ld)}</script>\n'
    if options.next_data is not None:
        data = json.dumps(options.next_data)
        blobs += f'<script id="__NEXT_DATA__" type="application/json">{data}</script>\n'
    half = max(1, options.filler_kb // 2)
    return f"""<head>
{f'<meta charset="{options.charset}">' if options.charset else ""}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<meta name="description" content="{_e((profile.get("bio") or "")[:150])}">
<meta property="og:title" content="{_e(title)}">
<meta property="og:type" content="profile">
<link rel="preconnect" href="https://cdn.example.org">
<link rel="stylesheet" href="/static/app.4f9c2e.css">
<link rel="icon" href="/favicon.ico">
<style>{_css(max(1, half // 2))}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
<script>{_filler(profile["name"], half)}</script>
{blobs}{extra}</head>"""


def _nav(options: Options) -> str:
    links = "".join(
        f'<li><a href="/topics/{i}" class="nav-link">Topic {i}</a></li>'
        for i in range(options.nav_links)
    )
    return f"""<header class="site-header"><a class="logo" href="/">Leaders Index</a>
<nav aria-label="Main"><ul>{links}</ul></nav>
<form role="search"><input type="search" placeholder="Search leaders"><button>Search</button></form>
</header>"""


def _cookie_banner() -> str:
    return """<div id="cookie-consent" class="cookie-banner">
<p>We use cookies to improve your experience. By continuing you agree to our cookie policy.</p>
<button>Accept all cookies</button><button>Reject all</button></div>"""


def _footer(options: Options) -> str:
    columns = "".join(
        f'<div class="col"><h4>Section {c}</h4><ul>'
        + "".join(f'<li><a href="/s/{c}/{i}">Link {c}.{i}</a></li>' for i in range(8))
        + "</ul></div>"
        for c in range(4)
    )
    return f"""<footer class="site-footer">{columns}
<p>© 2026 Leaders Index. All rights reserved.</p></footer>
<script>{_filler("footer", max(1, options.filler_kb // 2))}</script>"""


def _hidden_junk() -> str:
    return """<div style="display:none">Hidden promo: Subscribe to our newsletter today 95%</div>
<template><p>Template content that never renders</p></template>
<div hidden class="modal"><h2>Sign up</h2><p>Join 10,000 leaders.</p></div>
<noscript><p>Please enable JavaScript.</p></noscript>"""


def _document(profile: Profile, options: Options, body: str, head_extra: str = "") -> str:
    junk = _hidden_junk() if options.hidden_junk else ""
    if options.deep_wrappers:
        body = '<div class="w">' * options.deep_wrappers + body + "</div>" * options.deep_wrappers
    return (
        f'<!DOCTYPE html>\n<html lang="{options.lang}">\n{_head(profile, options, head_extra)}\n'
        f"<body>\n{_cookie_banner()}\n{_nav(options)}\n{junk}\n{body}\n{_footer(options)}\n</body>\n</html>\n"
    )


def _bolded(text: str, options: Options) -> str:
    """Escape ``text``; with ``bold_inside_words``, put <b> inside every other long word."""
    if not options.bold_inside_words:
        return _e(text)
    words = text.split(" ")
    return " ".join(
        f"{_e(w[:2])}<b>{_e(w[2:4])}</b>{_e(w[4:])}" if len(w) > 6 and i % 2 else _e(w)
        for i, w in enumerate(words)
    )


def _bar(dimension: dict[str, Any], options: Options, cls: str = "bar") -> str:
    value = dimension["score"] + options.bar_offset.get(dimension["name"], 0)
    return (
        f'<div class="{cls}-track"><div class="{cls}-fill" role="progressbar" '
        f'aria-valuenow="{value}" aria-valuemin="0" aria-valuemax="100" '
        f'style="width: {value}%"></div></div>'
    )


def _attribution(quote: dict[str, Any], leader: str) -> str:
    if quote["speaker"] != leader:
        return f"{quote['speaker']}, {quote['context']}" if quote["context"] else quote["speaker"]
    return quote["context"] or ""


def semantic(profile: Profile, options: Options) -> str:
    """Semantic markup: article, h1/h2, ul/li, blockquote with figcaption."""
    sep = "" if options.glued_chips else "\n"
    chips = sep.join(
        f'<a class="chip" href="/themes/{i}">{_e(t)}</a>' for i, t in enumerate(profile["themes"])
    )
    dims = "\n".join(
        f'<li class="dimension"><span class="label">{_e(d["name"])}</span> '
        f'<span class="value">{d["score"]}%</span>{_bar(d, options)}</li>'
        for d in profile["dimensions"]
    )
    principles = "\n".join(f"<li>{_e(p)}</li>" for p in profile["principles"])
    quotes = "\n".join(
        f'<figure class="quote"><blockquote><p>“{_e(q["text"])}”</p></blockquote>'
        f"<figcaption>— {_e(_attribution(q, profile['name']))}</figcaption></figure>"
        for q in profile["quotes"]
    )
    headline = "" if options.hide_headline else f'<p class="headline">{_e(profile["headline"])}</p>'
    summary = "\n".join(f"<p>{_e(p)}</p>" for p in (profile["summary"] or "").split("\n\n") if p)
    extra = "\n".join(
        f"<section><h2>{_e(s['title'])}</h2><p>{_e(s['text'])}</p></section>"
        for s in profile["extra_sections"]
    )
    body = f"""<main id="content">
<a class="back" href="/leaders">&larr; All Leaders</a>
<article class="leader">
<header class="leader-header"><h1>{_e(profile["name"])}</h1>
{headline}</header>
<p class="bio">{_bolded(profile["bio"] or "", options)}</p>
<section class="dimensions"><h2>Dimension Profile</h2><ul>
{dims}
</ul></section>
<section class="themes"><h2>Key Themes</h2><div class="chips">{chips}</div></section>
<section><h2>Episode Summary</h2>
{summary}</section>
<section><h2>Leadership Principles</h2><ul>
{principles}
</ul></section>
<section><h2>Notable Quotes</h2>
{quotes}
</section>
{extra}
</article>
<aside class="cta"><p>Want to know how you compare?</p><a class="btn" href="/assessment">Take the Assessment</a></aside>
</main>"""
    return _document(profile, options, body)


def tailwind(profile: Profile, options: Options) -> str:
    """Utility-class div soup: no semantic tags, titles in styled divs, bars beside labels."""

    def row(d: dict[str, Any]) -> str:
        label = (
            ""
            if options.bars_only
            else f'<span class="text-sm font-semibold text-gray-900">{d["score"]}%</span>'
        )
        return (
            f'<div class="mb-3"><div class="flex justify-between"><span class="text-sm text-gray-700">'
            f"{_e(d['name'])}</span>{label}</div>{_bar(d, options, 'h-2 rounded bg-indigo')}</div>"
        )

    dims = "\n".join(row(d) for d in profile["dimensions"])
    sep = "" if options.glued_chips else " "
    chips = sep.join(
        f'<span class="inline-flex rounded-full bg-indigo-50 px-3 py-1 text-xs">{_e(t)}</span>'
        for t in profile["themes"]
    )
    principles = "\n".join(
        f'<div class="flex gap-2"><span class="text-indigo-500">•</span><div>{_e(p)}</div></div>'
        for p in profile["principles"]
    )
    quotes = "\n".join(
        f'<div class="rounded-lg border p-6"><div class="text-lg italic">“{_e(q["text"])}”</div>'
        f'<div class="mt-2 text-sm text-gray-500">— {_e(_attribution(q, profile["name"]))}</div></div>'
        for q in profile["quotes"]
    )
    summary = "\n".join(
        f'<div class="text-gray-700 leading-7">{_e(p)}</div>'
        for p in (profile["summary"] or "").split("\n\n")
        if p
    )
    headline = (
        ""
        if options.hide_headline
        else f'<div class="text-lg text-gray-600">{_e(profile["headline"])}</div>'
    )

    def section(title: str, inner: str) -> str:
        return (
            f'<div class="mt-10"><div class="text-xl font-bold tracking-tight text-gray-900 mb-4">{title}</div>'
            f"{inner}</div>"
        )

    body = f"""<div class="min-h-screen bg-white"><div class="mx-auto max-w-3xl px-4 py-8">
<div class="mb-6"><a href="/leaders" class="text-sm text-indigo-600">← All Leaders</a></div>
<div class="text-4xl font-extrabold text-gray-900">{_e(profile["name"])}</div>
{headline}
<div class="mt-4 text-gray-700">{_e(profile["bio"] or "")}</div>
{section("Dimension Profile", dims)}
{section("Key Themes", f'<div class="flex flex-wrap gap-2">{chips}</div>')}
{section("Episode Summary", summary)}
{section("Leadership Principles", principles)}
{section("Notable Quotes", quotes)}
<div class="mt-12 rounded-xl bg-indigo-600 p-8 text-white"><div class="text-xl">Want to know how you compare?</div>
<a class="mt-4 inline-block rounded bg-white px-4 py-2 text-indigo-600" href="/assessment">Take the Assessment</a></div>
</div></div>"""
    return _document(profile, options, body)


def component(profile: Profile, options: Options) -> str:
    """Component markup: ARIA roles, data attributes, a framework root and data blob."""
    dims = "".join(
        f'<div role="listitem" data-testid="dimension-row" class="DimensionRow_root__a1"><span '
        f'class="DimensionRow_label__b2">{_e(d["name"])}</span><span class="DimensionRow_value__c3">'
        f'{d["score"]}%</span><div class="Meter_track__d4">'
        f'<div class="Meter_fill__e5" style="width:{d["score"]}%"></div></div></div>'
        for d in profile["dimensions"]
    )
    chips = "".join(
        f'<li class="Chip_root__f6"><span class="Chip_label__g7">{_e(t)}</span></li>'
        for t in profile["themes"]
    )
    principles = "".join(
        f'<li class="Principle_item__h8">{_e(p)}</li>' for p in profile["principles"]
    )
    quotes = "".join(
        f'<blockquote class="Quote_root__i9"><p class="Quote_text">"{_e(q["text"])}"</p>'
        f'<footer class="Quote_attribution"><cite>{_e(_attribution(q, profile["name"]))}</cite></footer></blockquote>'
        for q in profile["quotes"]
    )
    summary = "".join(f"<p>{_e(p)}</p>" for p in (profile["summary"] or "").split("\n\n") if p)

    def section(key: str, title: str, inner: str) -> str:
        return (
            f'<section aria-labelledby="{key}-title" class="Section_root__j0">'
            f'<h2 id="{key}-title" class="Section_title__k1">{title}</h2>{inner}</section>'
        )

    body = f"""<div id="__next"><div class="Layout_root__l2"><main class="Layout_main__m3">
<a class="BackLink_root__n4" href="/leaders"><svg aria-hidden="true" viewBox="0 0 8 8"><path d="M8 4H1"/></svg>All Leaders</a>
<div data-component="LeaderCard" class="LeaderCard_root__o5"><h1 class="LeaderCard_name__p6">{_e(profile["name"])}</h1>
<p class="LeaderCard_headline__q7">{_e(profile["headline"])}</p><p class="LeaderCard_bio__r8">{_e(profile["bio"] or "")}</p></div>
{section("dimensions", "Dimension Profile", f'<div role="list">{dims}</div>')}
{section("themes", "Key Themes", f'<ul class="ChipList_root__s9">{chips}</ul>')}
{section("summary", "Episode Summary", summary)}
{section("principles", "Leadership Principles", f"<ol>{principles}</ol>")}
{section("quotes", "Notable Quotes", quotes)}
<div class="Cta_root__t0"><p>Want to know how you compare?</p><a href="/assessment">Take the Assessment</a></div>
</main></div></div>"""
    return _document(profile, options, body)


def table(profile: Profile, options: Options) -> str:
    """An older CMS: tables for the scores, <b> headings in paragraphs, <br> between lines."""
    rows = "".join(
        f"<tr><td>{_e(d['name'])}</td><td align=right>{d['score']}%</td></tr>"
        for d in profile["dimensions"]
    )
    themes = "<br>\n".join(_e(t) for t in profile["themes"])
    principles = "".join(f"<li>{_e(p)}" for p in profile["principles"])  # unclosed <li>
    quotes = "".join(
        f"<blockquote><p>“{_e(q['text'])}”</p><cite>— {_e(_attribution(q, profile['name']))}</cite></blockquote>"
        for q in profile["quotes"]
    )
    summary = "".join(
        f"<p>{_e(p)}" for p in (profile["summary"] or "").split("\n\n") if p
    )  # unclosed <p>
    extra = "".join(
        f"<h3>{_e(x['title'])}</h3><p>{_e(x['text'])}" for x in profile["extra_sections"]
    )
    headline = "" if options.hide_headline else f"<p><i>{_e(profile['headline'])}</i>"
    body = f"""<div id="wrapper"><div id="main"><div class="inner"><div class="content">
<p><a href="/leaders">« All Leaders</a></p>
<h1>{_e(profile["name"])}</h1>
{headline}
<p>{_e(profile["bio"] or "")}
<h3>Dimension Profile</h3>
<table class="scores" border=0 cellpadding=4><tbody>{rows}</tbody></table>
<h3>Key Themes</h3>
<p>{themes}</p></span></em>
<h3>Episode Summary</h3>
{summary}
<h3>Leadership Principles</h3>
<ul>{principles}</ul>
<h3>Notable Quotes</h3>
{quotes}
{extra}
</div></div></div></div></div>"""
    return _document(profile, options, body)


DESIGNS: dict[str, Callable[[Profile, Options], str]] = {
    "semantic": semantic,
    "tailwind": tailwind,
    "component": component,
    "table": table,
}


def json_ld_for(profile: Profile, **overrides: Any) -> dict[str, Any]:
    """A JSON-LD Person block for the profile (overrides let a page disagree with itself)."""
    role = profile.get("role") or profile["headline"]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": profile["name"],
        "jobTitle": role,
        "description": profile.get("bio") or "",
    }
    if profile.get("company"):
        data["worksFor"] = {"@type": "Organization", "name": profile["company"]}
    data.update(overrides)
    return data


def next_data_for(profile: Profile) -> dict[str, Any]:
    leader = {k: profile[k] for k in ("name", "headline", "bio", "dimensions", "themes")}
    return {"props": {"pageProps": {"leader": leader}}, "page": "/leaders/[slug]", "buildId": "b1"}
