"""Five HTML designs + three hand-written text designs for trial3."""

import json
import re
from html import escape


def e(t):
    return escape(t, quote=False)


def ea(t):
    return escape(t, quote=True)


def who(x, n):
    return x["context"] if x["speaker"] == n else f"{x['speaker']}, {x['context']}"


def bold_lead(p, md=False):
    m = re.match(r"^([^.;]+[.;])\s+(.*)$", p)
    if not m:
        return e(p) if not md else p
    return f"<strong>{e(m[1])}</strong> {e(m[2])}" if not md else f"**{m[1]}** {m[2]}"


def head(r, extra=""):
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(r["name"])} — Leaders</title>'
        f'<meta name="viewport" content="width=device-width">{extra}</head>'
    )


# 1 Notion export --------------------------------------------------------------
def notion(r):
    n = r["name"]
    dims = "".join(
        f'<tr id="d{i}"><td class="cell-title">{e(d["name"])}</td><td class="cell-num">{d["score"]}%</td></tr>'
        for i, d in enumerate(r["dimensions"])
    )
    chips = "".join(
        f'<span class="selected-value select-value-color-blue">{e(t)}</span>' for t in r["themes"]
    )
    # Notion exports every numbered item as its own <ol start=N>
    pr = "".join(
        f'<ol type="1" id="p{i}" class="numbered-list" start="{i + 1}"><li>{bold_lead(p)}</li></ol>'
        for i, p in enumerate(r["principles"])
    )
    qs = "".join(
        f'<blockquote id="q{i}" class="">« {e(x["text"])} » — {e(who(x, n))}</blockquote>'
        for i, x in enumerate(r["quotes"])
    )
    return (
        head(r, "<style>body{font-family:ui-sans-serif}</style>")
        + f'<body><article id="a1" class="page sans"><header><div class="page-header-icon undefined"><span class="icon">🧭</span></div>'
        f'<h1 class="page-title">{e(n)}</h1><p class="page-description"></p>'
        f'<table class="properties"><tbody><tr class="property-row property-row-text"><th><span class="icon property-icon"></span>Role</th><td>{e(r["headline"])}</td></tr>'
        f'<tr class="property-row property-row-multi_select"><th>Tags</th><td>{chips}</td></tr></tbody></table></header>'
        f'<div class="page-body"><p id="b1" class="">{e(r["bio"])}</p>'
        f'<h2 id="h1" class="">Dimension profile</h2><table id="t1" class="simple-table"><tbody>{dims}</tbody></table>'
        f'<h2 id="h3" class="">Episode summary</h2><p id="s1" class="">{e(r["summary"])}</p>'
        f'<h2 id="h4" class="">Leadership principles</h2>{pr}'
        f'<h2 id="h5" class="">Notable quotes</h2>{qs}'
        f'<p id="e1" class=""></p></div></article></body></html>'
    )


# 2 Webflow grid, duplicated nav -------------------------------------------------
NAV = '<a href="/" class="nav-link w-nav-link">Home</a><a href="/leaders" class="nav-link w-nav-link">Leaders</a><a href="/about" class="nav-link w-nav-link">About</a><a href="/assessment" class="button w-button">Take the assessment</a>'


def webflow(r):
    n = r["name"]
    cards = "".join(
        f'<div class="dim-card"><div class="dim-score">{d["score"]}</div><div class="dim-label">{e(d["name"])}</div></div>'
        for d in r["dimensions"]
    )
    chips = "".join(
        f'<a href="/themes/{i}" class="tag w-inline-block"><div>{e(t)}</div></a>'
        for i, t in enumerate(r["themes"])
    )
    pr = "".join(
        f'<div class="principle"><div class="principle-num">0{i + 1}</div><div class="principle-text">{e(p)}</div></div>'
        for i, p in enumerate(r["principles"])
    )
    qs = "".join(
        f'<div class="quote-card"><div class="quote-text">“{e(x["text"])}”</div><div class="quote-meta">— {e(who(x, n))}</div></div>'
        for x in r["quotes"]
    )
    return (
        head(
            r,
            "<style>.w-layout-grid{display:grid;grid-template-columns:repeat(3,1fr)}</style>",
        )
        + f'<body><div data-collapse="medium" class="navbar w-nav"><a href="/" class="brand w-nav-brand">Leadership Atlas</a>'
        f'<nav role="navigation" class="nav-menu w-nav-menu">{NAV}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>'
        f'<div class="mobile-nav">{NAV}</div>'
        f'<section class="hero"><div class="container"><div class="eyebrow">Leader profile</div><h1 class="hero-heading">{e(n)}</h1>'
        f'<div class="hero-sub">{e(r["headline"])}</div><p class="hero-paragraph">{e(r["bio"])}</p></div></section>'
        f'<section class="section"><div class="container"><h2 class="section-heading">1. Dimension Profile</h2><div class="w-layout-grid dim-grid">{cards}</div></div></section>'
        f'<section class="section"><div class="container"><h2 class="section-heading">2. KEY THEMES</h2><div class="tags-wrap">{chips}</div></div></section>'
        f'<section class="section"><div class="container"><h2 class="section-heading">3. Episode Summary</h2><p>{e(r["summary"])}</p></div></section>'
        f'<section class="section"><div class="container"><h2 class="section-heading">4. Leadership Principles</h2><div class="w-layout-grid">{pr}</div></div></section>'
        f'<section class="section"><div class="container"><h2 class="section-heading">5. Notable Quotes</h2>{qs}</div></section>'
        f'<section class="cta"><h3>Want to know how you compare?</h3><a href="/assessment" class="button w-button">Take the assessment</a></section>'
        f'<footer class="footer"><div class="footer-links">{NAV}</div><div>© 2026 Leadership Atlas. Made in Webflow</div></footer></body></html>'
    )


# 3 Tabs, hidden panels -------------------------------------------------------------
def tabs(r):
    n = r["name"]
    dims = "".join(
        f'<li><span class="lbl">{e(d["name"])}</span> <meter min="0" max="100" value="{d["score"]}"></meter> <span class="val">{d["score"]}%</span></li>'
        for d in r["dimensions"]
    )
    chips = "".join(f'<li class="chip">{e(t)}</li>' for t in r["themes"])
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        t = x["text"]
        if x["speaker"] != n:
            return f'<p class="q">„{e(t)}“ — {e(who(x, n))}</p>'
        return f'<p class="q">“{e(t)}” — {e(x["context"])}</p>'

    qs = "".join(quote(x) for x in r["quotes"])
    tl = ("Overview", "Scores", "Insights", "Quotes")
    tabs_ = "".join(
        f'<button role="tab" id="tab-{i}" aria-controls="panel-{i}" aria-selected="{str(i == 0).lower()}" tabindex="{0 if i == 0 else -1}">{t}</button>'
        for i, t in enumerate(tl)
    )

    def P(i, body):
        return f'<div role="tabpanel" id="panel-{i}" aria-labelledby="tab-{i}"{"" if i == 0 else " hidden"}>{body}</div>'

    return (
        head(r)
        + f'<body><header><a href="/">Leader Library</a> <a href="/search">Search</a></header><main>'
        f'<div class="profile-head"><h1>{e(n)}</h1><p class="headline">{e(r["headline"])}</p></div>'
        f'<div role="tablist" aria-label="Profile sections">{tabs_}</div>'
        + P(
            0,
            f"<h2>About</h2><p>{e(r['bio'])}</p><h2>Episode Summary</h2><p>{e(r['summary'])}</p>",
        )
        + P(1, f'<h2>Dimension Profile</h2><ul class="dims">{dims}</ul>')
        + P(
            2,
            f'<h2>Themes:</h2><ul class="chips">{chips}</ul><h2>Principles:</h2><ol>{pr}</ol>',
        )
        + P(3, f"<h2>Notable Quotes</h2>{qs}")
        + "</main><footer><p>Leader Library · Privacy · Terms</p></footer></body></html>"
    )


# 4 Next.js with __NEXT_DATA__ ------------------------------------------------------
def nextjs(r):
    n = r["name"]
    data = {
        "props": {
            "pageProps": {
                "leader": {
                    "fullName": n,
                    "title": r["headline"],
                    "about": r["bio"],
                    "scores": {d["name"]: d["score"] for d in r["dimensions"]},
                    "tags": r["themes"],
                    "episode": {"summary": r["summary"]},
                    "principles": r["principles"],
                    "quotes": [
                        {"body": x["text"], "by": x["speaker"], "note": x["context"]}
                        for x in r["quotes"]
                    ],
                }
            },
            "__N_SSG": True,
        },
        "page": "/leaders/[slug]",
        "query": {"slug": r["id"]},
        "buildId": "x9Yk2",
        "isFallback": False,
        "gsp": True,
    }
    dims = "".join(f"<dt>{e(d['name'])}</dt><dd>{d['score']}/100</dd>" for d in r["dimensions"])
    chips = " ".join(f'<span class="badge">{e(t)}</span>' for t in r["themes"])
    pr = "".join(f"<li><p>{e(p)}</p></li>" for p in r["principles"])
    qs = "".join(
        f"<figure><blockquote><p>{e(x['text'])}</p></blockquote><figcaption>{e(x['speaker'])} — <cite>{e(x['context'])}</cite></figcaption></figure>"
        for x in r["quotes"]
    )
    return (
        head(
            r,
            '<link rel="preload" href="/_next/static/css/a.css" as="style"/><noscript data-n-css=""></noscript>',
        )
        + f'<body><div id="__next"><div class="layout"><nav class="topbar"><a href="/">LeadersDB</a><a href="/leaders">All leaders</a><button>Sign in</button></nav>'
        f'<main><div class="crumbs"><a href="/leaders">Leaders</a> / <span>{e(n)}</span></div>'
        f'<h1>{e(n)}</h1><h2 class="subtitle">{e(r["headline"])}</h2><p>{e(r["bio"])}</p>'
        f'<section><h3>Scores</h3><dl class="scores">{dims}</dl></section>'
        f'<section><h3>Topics:</h3><div class="badges">{chips}</div></section>'
        f"<section><h3>Summary</h3><p>{e(r['summary'])}</p></section>"
        f"<section><h3>Key Principles</h3><ul>{pr}</ul></section>"
        f"<section><h3>Key Quotes</h3>{qs}</section></main></div></div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
        f'<script src="/_next/static/chunks/main.js" defer></script></body></html>'
    )


# 5 Email newsletter ------------------------------------------------------------
def email(r):
    n = r["name"]
    S = 'style="font-family:Georgia,serif;font-size:16px;line-height:24px;color:#222;"'

    def TD(body, st=""):
        return f"<tr><td {S} {st}>{body}</td></tr>"

    dims = "".join(
        f'<tr><td style="padding:2px 0;font-size:14px;">{e(d["name"])}</td><td align="right" style="padding:2px 0;font-size:14px;"><b>{d["score"]}%</b></td></tr>'
        for d in r["dimensions"]
    )
    chips = "&nbsp;·&nbsp;".join(f'<span style="color:#0a58ca">{e(t)}</span>' for t in r["themes"])
    pr = "".join(
        f'<tr><td valign="top" style="width:20px">{i + 1}.</td><td {S}>{e(p)}</td></tr>'
        for i, p in enumerate(r["principles"])
    )
    qs = "".join(
        f"<tr><td {S}><i>'{e(x['text'])}'</i><br><span style=\"font-size:13px;color:#777\">— {e(who(x, n))}</span></td></tr>"
        for x in r["quotes"]
    )

    def H(t):
        return TD(
            f'<span style="font-size:12px;letter-spacing:2px;text-transform:uppercase;color:#999;font-weight:bold">{t}</span>',
            'class="h"',
        )

    return (
        head(r) + '<body style="margin:0;background:#f4f4f4">'
        f'<div style="display:none;max-height:0;overflow:hidden">This week: {e(n)} on {e(r["themes"][0])} &#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>'
        '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
        '<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff">'
        '<tr><td align="right" style="font-size:11px"><a href="https://example.com/view">View in browser</a></td></tr>'
        '<tr><td style="font-size:13px;color:#999">THE LEADERSHIP LETTER · Issue #142</td></tr>'
        + TD(f'<h1 style="margin:0;font-size:28px">{e(n)}</h1>')
        + TD(f"<em>{e(r['headline'])}</em>")
        + TD(e(r["bio"]))
        + H("Dimension Profile")
        + f'<tr><td><table width="100%" role="presentation">{dims}</table></td></tr>'
        + H("Key Themes")
        + TD(chips)
        + H("Episode Summary")
        + TD(e(r["summary"]))
        + H("Leadership Principles")
        + f'<tr><td><table role="presentation">{pr}</table></td></tr>'
        + H("Notable Quotes")
        + f'<tr><td><table role="presentation">{qs}</table></td></tr>'
        + '<tr><td style="font-size:11px;color:#999">You are receiving this because you subscribed. <a href="#">Unsubscribe</a> · <a href="#">Update preferences</a><br>Leadership Letter, 12 Main St, Dublin</td></tr>'
        "</table></td></tr></table></body></html>"
    )


DESIGNS = {
    "notion": notion,
    "webflow": webflow,
    "tabs": tabs,
    "nextjs": nextjs,
    "email": email,
}


# ---- hand-written text designs ------------------------------------------------------
def handmd(r):
    n = r["name"]
    L = [
        f"# {n}",
        "",
        f"*{r['headline']}*",
        "",
        r["bio"],
        "",
        "## Dimension profile",
        "",
        "| Dimension | Score |",
        "|---|---:|",
    ]
    L += [f"| {d['name']} | {d['score']}% |" for d in r["dimensions"]]
    L += [
        "",
        "**Themes:** " + ", ".join(r["themes"]),
        "",
        "## Summary",
        "",
        r["summary"],
        "",
        "## Principles",
        "",
    ]
    L += [f"{i + 1}. {bold_lead(p, md=True)}" for i, p in enumerate(r["principles"])]
    L += ["", "## Quotes", ""]
    for x in r["quotes"]:
        t = x["text"]
        if "sentence." in t or t.count(". ") >= 2:
            a, b = t.split(". ", 1)
            L += [f"> “{a}.", ">", f"> {b}”", ">", f"> — {who(x, n)}", ""]
        else:
            L += [f"> “{t}” — {who(x, n)}", ""]
    return "\n".join(L) + "\n"


def gdocs(r):
    def esc(s):
        return re.sub(r"([\\`*_{}\[\]<>()#+\-.!&])", r"\\\1", s)

    n = r["name"]
    L = [
        f"# **{esc(n)}**",
        "",
        f"**{esc(r['headline'])}**",
        "",
        esc(r["bio"]),
        "",
        "**Dimension Profile**",
        "",
    ]
    L += [f"{esc(d['name'])}: {d['score']}%  " for d in r["dimensions"]]
    L += ["", "**Key Themes**", ""] + [f"* {esc(t)}  " for t in r["themes"]]
    L += [
        "",
        "**Episode Summary**",
        "",
        esc(r["summary"]),
        "",
        "**Leadership Principles**",
        "",
    ]
    L += [f"{i + 1}. {esc(p)}  " for i, p in enumerate(r["principles"])]
    L += ["", "**Notable Quotes**", ""]
    for x in r["quotes"]:
        L += [f"*“{esc(x['text'])}”*", "", f"— {esc(who(x, n))}", ""]
    return "\n".join(L) + "\n"


NB, SHY = "\u00a0", "\u00ad"


def soft(s):  # soft hyphens inside long words as Word's auto-hyphenation pastes them
    return re.sub(r"\b(\w{5})(\w{5,})", lambda m: m[1] + SHY + m[2], s)


def word(r):
    n = r["name"]
    L = [n, r["headline"], "", soft(r["bio"]), "", "Dimension profile"]
    L += [f"{d['name']}\t{d['score']}{NB}%" for d in r["dimensions"]]
    L += (
        ["", "KEY THEMES"]
        + r["themes"]
        + [
            "",
            "Episode Summary",
            soft(r["summary"]).replace(" ", NB, 3),
            "",
            "Leadership Principles",
        ]
    )
    L += [f"{i + 1}.\t{p}" for i, p in enumerate(r["principles"])]
    L += ["", "Notable Quotes"]
    for x in r["quotes"]:
        L += [f"„{x['text']}“", f"–{NB}{who(x, n)}", ""]
    return "\r\n".join(L) + "\r\n"


TEXT = {"handmd": (handmd, "md"), "gdocs": (gdocs, "md"), "word": (word, "txt")}
