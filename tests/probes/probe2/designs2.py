"""More designs: AMP accordion, Substack post, Google Docs HTML export, modal dialog over a listing."""

from designs import bold_lead, e, ea, head, who

OTHERS = [
    ("Priya Raman", "COO at Monsoon Labs"),
    ("Tomás Rivera", "CEO at Solar Pampa"),
]


def amp(r):
    n = r["name"]
    dims = "".join(
        f'<tr><th scope="row">{e(d["name"])}</th><td>{d["score"]} %</td></tr>'
        for d in r["dimensions"]
    )
    chips = "".join(f'<li><a href="/t/{i}">{e(t)}</a></li>' for i, t in enumerate(r["themes"]))
    pr = "".join(f"<li>{bold_lead(p)}</li>" for p in r["principles"])
    qs = "".join(
        f'<div class="slide"><p>“{e(x["text"])}”</p><p class="by">— {e(who(x, n))}</p></div>'
        for x in r["quotes"]
    )

    def sec(t, b, exp=""):
        return f"<section{exp}><h4>{t}</h4><div>{b}</div></section>"

    return (
        '<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>'
        f'<title>{e(n)}</title><link rel="canonical" href="/leaders/{r["id"]}"><style amp-boilerplate>body{{visibility:hidden}}</style><noscript><style amp-boilerplate>body{{visibility:visible}}</style></noscript></head>'
        f'<body><amp-sidebar id="sb" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/leaders">Leaders</a></li></ul></amp-sidebar>'
        f'<header class="amp-header"><button on="tap:sb.toggle">☰</button><a href="/">LeaderCast</a></header>'
        f'<article><amp-img src="/p/{r["id"]}.jpg" width="120" height="120" alt="Portrait of {ea(n)}"></amp-img>'
        f'<h1>{e(n)}</h1><p class="sub">{e(r["headline"])}</p><p>{e(r["bio"])}</p>'
        f"<amp-accordion disable-session-states>"
        + sec("Dimension Profile", f"<table>{dims}</table>", " expanded")
        + sec("Key Themes", f'<ul class="tags">{chips}</ul>')
        + sec("Episode Summary", f"<p>{e(r['summary'])}</p>")
        + sec("Leadership Principles", f"<ol>{pr}</ol>")
        + sec(
            "Notable Quotes",
            f'<amp-carousel type="slides" layout="responsive" width="4" height="2">{qs}</amp-carousel>',
        )
        + '</amp-accordion></article><footer><amp-social-share type="twitter"></amp-social-share><p>© LeaderCast</p></footer></body></html>'
    )


def substack(r):
    n = r["name"]
    dims = "".join(
        f"<li><p><strong>{e(d['name'])}</strong>: {d['score']}%</p></li>" for d in r["dimensions"]
    )
    chips = ", ".join(f"<em>{e(t)}</em>" for t in r["themes"])
    pr = "".join(f"<li><p>{bold_lead(p)}</p></li>" for p in r["principles"])
    qs = "".join(
        f"<blockquote><p>“{e(x['text'])}” — {e(who(x, n))}</p></blockquote>" for x in r["quotes"]
    )
    sub = (
        '<div class="subscription-widget-wrap"><div class="subscription-widget"><div class="preamble"><p>Thanks for reading The Operator\'s Notebook! Subscribe for free to receive new posts.</p></div>'
        '<form><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>'
    )
    return (
        head(r)
        + '<body><div class="main-menu"><a href="/">The Operator\'s Notebook</a><a href="/subscribe">Subscribe</a><a href="/signin">Sign in</a></div>'
        f'<article class="post"><div class="post-header"><h1 class="post-title">{e(n)}</h1><h3 class="subtitle">{e(r["headline"])}</h3>'
        '<div class="post-meta"><a href="/@ed">Eda Kaya</a><div>Mar 14, 2026</div><div>∙ 8 min read</div></div>'
        '<div class="post-ufi"><a>♡ 42</a><a>💬 7</a><a>Share</a></div></div>'
        f'<div class="available-content"><div class="body markup"><p>{e(r["bio"])}</p>{sub}'
        f"<h2>Dimension Profile</h2><ul>{dims}</ul><h2>Key Themes</h2><p>{chips}</p>"
        f"<h2>Episode Summary</h2><p>{e(r['summary'])}</p><h2>Leadership Principles</h2><ol>{pr}</ol>"
        f"<h2>Notable Quotes</h2>{qs}{sub}</div></div>"
        '<div class="post-footer"><a>♡ 42</a><a>Share</a></div><h4>Discussion about this post</h4><p>No posts</p></article>'
        "<footer><p>© 2026 Eda Kaya · Privacy · Terms · Collection notice</p><p>Substack is the home for great culture</p></footer></body></html>"
    )


def gdocs_html(r):
    n = r["name"]

    def P(t, c="c2"):
        return f'<p class="{c}"><span class="c1">{t}</span></p>'

    def H(t):
        return f'<p class="c4"><span class="c6">{e(t)}</span></p>'  # bold-styled paragraph used as heading

    dims = "".join(P(f"{e(d['name'])}\t{d['score']}%") for d in r["dimensions"])
    chips = "".join(
        f'<li class="c3 li-bullet-0"><span class="c1">{e(t)}</span></li>' for t in r["themes"]
    )
    pr = "".join(
        f'<li class="c3 li-bullet-0"><span class="c1">{e(p)}</span></li>' for p in r["principles"]
    )
    qs = "".join(P(f"“{e(x['text'])}”", "c7") + P(f"–&nbsp;{e(who(x, n))}") for x in r["quotes"])
    return (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">.c6{font-weight:700;font-size:14pt}.c1{font-family:"Arial"}</style></head>'
        f'<body class="c9 doc-content"><p class="c5 title" id="h.x1"><span class="c8">{e(n)}</span></p><p class="c5 subtitle"><span>{e(r["headline"])}</span></p>'
        + P(e(r["bio"]))
        + P("")
        + H("Dimension Profile")
        + dims
        + H("Key Themes")
        + f'<ul class="c0 lst-kix_abc-0 start">{chips}</ul>'
        + H("Episode Summary")
        + P(e(r["summary"]))
        + H("Leadership Principles")
        + f'<ol class="c0 lst-kix_def-0 start" start="1">{pr}</ol>'
        + H("Notable Quotes")
        + qs
        + "</body></html>"
    )


def dialog(r):
    n = r["name"]
    cards = "".join(
        f'<li class="card"><h3>{e(a)}</h3><p>{e(b)}</p><button>View profile</button></li>'
        for a, b in [*OTHERS, (n, r["headline"])]
    )
    dims = "".join(
        f'<div class="row"><span>{e(d["name"])}</span><progress max="100" value="{d["score"]}"></progress><span>{d["score"]}%</span></div>'
        for d in r["dimensions"]
    )
    chips = "".join(f'<span class="chip">{e(t)}</span>' for t in r["themes"])
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])
    qs = "".join(
        f"<blockquote>“{e(x['text'])}”<footer>— {e(who(x, n))}</footer></blockquote>"
        for x in r["quotes"]
    )
    return (
        head(r)
        + f'<body><header><a href="/">Leader Directory</a><input type="search" placeholder="Search leaders"></header>'
        f'<main><h1>All leaders</h1><p>Showing 3 of 120 leaders</p><ul class="grid">{cards}</ul></main>'
        f'<dialog open aria-labelledby="dlg-title" class="modal"><form method="dialog"><button aria-label="Close">×</button></form>'
        f'<h2 id="dlg-title">{e(n)}</h2><p class="hl">{e(r["headline"])}</p><p>{e(r["bio"])}</p>'
        f"<h3>Dimension Profile</h3>{dims}<h3>Key Themes</h3><div>{chips}</div><h3>Episode Summary</h3><p>{e(r['summary'])}</p>"
        f"<h3>Leadership Principles</h3><ul>{pr}</ul><h3>Notable Quotes</h3>{qs}</dialog>"
        "<footer>© Leader Directory</footer></body></html>"
    )


DESIGNS = {"amp": amp, "substack": substack, "gdocshtml": gdocs_html, "dialog": dialog}
