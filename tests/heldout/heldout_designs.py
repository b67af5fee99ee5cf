"""Held-out site designs: a record rendered into page markup that no design in the repo uses.

Written for the held-out trial (README.md), not modelled on ``bench/sitegen.py`` or
``tests/conformance/designs.py``: each is the way some real site family builds its pages.

- ``sidebar-main``: an app-shell layout; a left sidebar menu, the profile in ``<main>`` with
  ``<h1>``/``<h2>``, dimensions as a ``<dl>``, chips as a ``<ul>`` of links, quotes as
  ``<blockquote>`` with a ``<footer><cite>``; a "More leaders" grid *inside* ``<main>``, a
  newsletter box, a cookie ``<dialog>``.
- ``table-grid``: a CMS of the 2000s; everything in nested tables, the name in
  ``<font><b>``, section titles in ``<th>``, dimensions as table rows, chips as ``<span>`` tags
  in one cell with only spaces between them, principles in ``<ol>``, quotes in ``<i>`` with
  ``<br>`` before the attribution.
- ``web-components``: an AMP/web-component page; custom elements (``<leader-profile>``,
  ``<x-chip>``, ``<score-row>``), ``amp-img``, an ``amp-accordion`` whose sections are titled
  with ``<h4>``, a ``<template>`` with a shadow root, a sidebar of ``<leader-card>`` teasers.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

Record = dict[str, Any]

_OTHERS = (
    ("Ines Carvalho", "Head of Data at Mareira"),
    ("Tobias Reuter", "Chief Executive Officer at Kessel Werk"),
    ("Ama Boateng", "VP Engineering at Kente Labs"),
    ("Wen Jie Lau", "Director of Operations at Pearl Routes"),
)


def _e(text: str) -> str:
    return escape(text, quote=False)


def _paras(text: str | None, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{_e(p)}</p>" for p in (text or "").split("\n\n") if p)


def _who(quote: Record, name: str) -> str | None:
    if quote["speaker"] != name:
        return f"{quote['speaker']}, {quote['context']}" if quote["context"] else quote["speaker"]
    return quote["context"]


def _head(record: Record, extra: str = "") -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(record['name'])} — The Operators Podcast</title>"
        '<meta name="viewport" content="width=device-width">'
        f"<style>body{{font:16px sans-serif}}.tag{{border:1px solid}}</style>{extra}</head>"
    )


def sidebar_main(record: Record) -> str:
    name = record["name"]
    dims = "".join(f"<dt>{_e(d['name'])}</dt><dd>{d['score']}%</dd>" for d in record["dimensions"])
    chips = "".join(
        f'<li><a href="/topics/{i}">{_e(t)}</a></li>' for i, t in enumerate(record["themes"])
    )
    principles = "".join(f"<li>{_e(p)}</li>" for p in record["principles"])
    quotes = ""
    for q in record["quotes"]:
        who = _who(q, name)
        cite = f"<footer>— <cite>{_e(who)}</cite></footer>" if who else ""
        quotes += f"<blockquote><p>“{_e(q['text'])}”</p>{cite}</blockquote>"
    quotes_section = f"<section><h2>Notable Quotes</h2>{quotes}</section>" if quotes else ""
    cards = "".join(
        f'<a class="card" href="/leaders/{i}"><h3>{n}</h3><p>{h}</p></a>'
        for i, (n, h) in enumerate(_OTHERS)
    )
    return (
        _head(record)
        + '<body><dialog open class="consent"><p>We use cookies to measure how our episodes are'
        " found. Accept all?</p><button>Accept</button><button>Reject</button></dialog>"
        '<div class="shell"><aside class="sidebar"><div class="brand">The Operators</div>'
        '<ul><li><a href="/">Episodes</a></li><li><a href="/leaders">Leaders</a></li>'
        '<li><a href="/assessment">Assessment</a></li><li><a href="/about">About</a></li></ul>'
        "</aside><main>"
        '<nav aria-label="breadcrumb"><a href="/">Home</a> / <a href="/leaders">Leaders</a></nav>'
        f'<article class="profile"><header><h1>{_e(name)}</h1>'
        f'<p class="headline">{_e(record["headline"])}</p></header>'
        + _paras(record["bio"], "bio")
        + f"<section><h2>Dimension Profile</h2><dl>{dims}</dl></section>"
        + f'<section><h2>Key Themes</h2><ul class="tags">{chips}</ul></section>'
        + f"<section><h2>Episode Summary</h2>{_paras(record['summary'])}</section>"
        + f"<section><h2>Leadership Principles</h2><ul>{principles}</ul></section>"
        + quotes_section
        + "</article>"
        '<section class="more"><h2>More leaders</h2><div class="grid">' + cards + "</div></section>"
        '<section class="newsletter"><h2>Get every episode</h2><p>One email a week, no spam.</p>'
        '<form><input type="email" placeholder="you@example.com"><button>Subscribe</button>'
        "</form></section></main></div>"
        "<footer><p>© 2026 The Operators Podcast</p><p>Privacy · Terms · Contact</p></footer>"
        "</body></html>"
    )


def table_grid(record: Record) -> str:
    name = record["name"]
    dims = "".join(
        f"<tr><td>{_e(d['name'])}</td><td align=right>{d['score']}%</td></tr>"
        for d in record["dimensions"]
    )
    chips = " ".join(f'<span class="tag">{_e(t)}</span>' for t in record["themes"])
    principles = "".join(f"<li>{_e(p)}" for p in record["principles"])
    rows = [
        f"<tr><th colspan=2 align=left>Dimension Profile</th></tr>{dims}",
        f"<tr><th colspan=2 align=left>Key Themes</th></tr><tr><td colspan=2>{chips}</td></tr>",
        f"<tr><th colspan=2 align=left>Episode Summary</th></tr>"
        f"<tr><td colspan=2>{_paras(record['summary'])}</td></tr>",
        f"<tr><th colspan=2 align=left>Leadership Principles</th></tr>"
        f"<tr><td colspan=2><ol>{principles}</ol></td></tr>",
    ]
    if record["quotes"]:
        cells = ""
        for q in record["quotes"]:
            who = _who(q, name)
            cells += f"<tr><td colspan=2><i>&quot;{_e(q['text'])}&quot;</i>"
            cells += f"<br>— {_e(who)}</td></tr>" if who else "</td></tr>"
        rows.append(f"<tr><th colspan=2 align=left>Notable Quotes</th></tr>{cells}")
    others = "<br>".join(f'<a href="/p/{i}">{n}</a>' for i, (n, _) in enumerate(_OTHERS))
    return (
        _head(record) + '<body bgcolor="#ffffff"><table width="100%" border=0 cellpadding=4>'
        '<tr><td colspan=3 bgcolor="#003366"><font color="#ffffff" size=5>'
        "<b>OPERATORS ONLINE</b></font></td></tr>"
        '<tr><td width=160 valign=top bgcolor="#eeeeee"><b>Menu</b><br>'
        '<a href="/">Home</a><br><a href="/l">All leaders</a><br><a href="/s">Search</a><br><br>'
        f"<b>Other guests</b><br>{others}</td>"
        "<td valign=top><table width=100% border=0>"
        f"<tr><td colspan=2><font size=5><b>{_e(name)}</b></font><br>"
        f"<font color=gray>{_e(record['headline'])}</font></td></tr>"
        f"<tr><td colspan=2>{_paras(record['bio'])}</td></tr>" + "".join(rows) + "</table></td>"
        "<td width=120 valign=top><font size=1>Advertisement</font></td></tr>"
        "<tr><td colspan=3 align=center><font size=1>Copyright 2026 Operators Online |"
        " Webmaster | Top of page</font></td></tr></table></body></html>"
    )


def web_components(record: Record) -> str:
    name = record["name"]
    dims = "".join(
        f'<score-row>\n  <span slot="label">{_e(d["name"])}</span>\n'
        f'  <span slot="value">{d["score"]}%</span>\n</score-row>\n'
        for d in record["dimensions"]
    )
    # A template loop writes a newline between the elements, as most do.
    chips = "\n".join(f"<x-chip>{_e(t)}</x-chip>" for t in record["themes"])
    principles = "".join(f"<p>• {_e(p)}</p>" for p in record["principles"])
    quotes = ""
    for q in record["quotes"]:
        who = _who(q, name)
        quotes += f"<figure><blockquote>{_e(q['text'])}</blockquote>"
        quotes += f"<figcaption>— {_e(who)}</figcaption></figure>" if who else "</figure>"
    sections = [
        ("Episode Summary", _paras(record["summary"])),
        ("Leadership Principles", principles),
    ]
    if quotes:
        sections.append(("Notable Quotes", quotes))
    accordion = "".join(
        f"<section expanded><h4>{title}</h4><div>{body}</div></section>" for title, body in sections
    )
    teasers = "".join(
        f'<leader-card href="/l/{i}">\n<b>{n}</b>\n<small>{h}</small>\n</leader-card>\n'
        for i, (n, h) in enumerate(_OTHERS)
    )
    return (
        _head(record, '<script async src="https://cdn.ampproject.org/v0.js"></script>').replace(
            "<html ", "<html amp "
        )
        + '<body><amp-sidebar id="menu" layout="nodisplay"><ul><li>Listen</li><li>Leaders</li>'
        "<li>Team</li></ul></amp-sidebar>"
        '<site-header><amp-img src="/logo.png" alt="Operators" width="120" height="32">'
        '</amp-img><button on="tap:menu.toggle">Menu</button></site-header>'
        '<leader-profile><template shadowrootmode="open"><style>:host{display:block}</style>'
        '<slot name="top"></slot><slot></slot></template>'
        f'<div slot="top"><amp-img src="/p.jpg" alt="{_e(name)}" width="96" height="96">'
        f'</amp-img><h1>{_e(name)}</h1><p class="role">{_e(record["headline"])}</p></div>'
        + _paras(record["bio"])
        + f"<h3>Dimension Profile</h3><score-list>{dims}</score-list>"
        + f'<h3>Key Themes</h3><chip-list role="list">{chips}</chip-list>'
        + f'<amp-accordion disable-session-states="">{accordion}</amp-accordion>'
        + "</leader-profile>"
        f"<aside><h3>You may also like</h3>{teasers}</aside>"
        "<site-footer><p>The Operators · Made with care in Lisbon</p></site-footer>"
        "</body></html>"
    )


DESIGNS: dict[str, Callable[[Record], str]] = {
    "sidebar-main": sidebar_main,
    "table-grid": table_grid,
    "web-components": web_components,
}
