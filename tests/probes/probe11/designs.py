"""Eight site designs for probe 11, none of them in probes 1-10, bench/sitegen.py or the
conformance designs: a PDF exported to HTML by Adobe Acrobat (``acrobat``: absolutely positioned
spans per glyph run, lines broken at the page width with hyphenated ends, a running head and a
page number on every page), an ORCID-like "Experience" timeline page (``orcid``: the person's
facts as rows of label and value, each section a timeline card with dates, sources and "Show
more"), a "Print this page" view (``printview``: the print header with the site's address and
date, each link followed by its URL in brackets, a print footer), a Google Docs document
published to the web (``gdocs``: ``c``-numbered spans, headings as ``<p class="title">`` and
``<h2>`` with ids, a list-style table of scores, the "Published using Google Docs" banner), a
Discord channel export (``discord``: the profile as a run of messages from one author, each with
a time stamp, reactions and replies from others), a Mailchimp campaign archive
(``mailchimp``: the archive bar, "View this email in your browser", nested layout tables, the
footer with unsubscribe and the mailing address), a WordPress block-editor preview
(``wpeditor``: the block toolbars, "Type / to choose a block" placeholders, blocks as
``wp-block-*`` divs with their own toolbars, the document settings sidebar) and a Web Story
(``webstory``: AMP story pages, one screen per section, the system layer with "Share" and
"Mute", the story's bookend of related stories).

Each has the chrome such a page really carries and its own section-title wording and markup
habits. Every design takes the section titles as an argument: ``DESIGNS`` passes the site's own,
``STANDARD`` the example's ("Dimension Profile", "Key Themes", ...), so design X-std differs from
X only in those words. A leader with no principles (or no quotes) has no such section.

Held back from fixers (chosen before any score was run): printview, discord, webstory
(``HELD_BACK``, and their -std twins): measure them, never look at their pages to design a rule.
"""

import textwrap
import unicodedata
from html import escape


def e(t):
    return escape(t, quote=False)


def ea(t):
    return escape(t, quote=True)


def attr(x, n):
    """The attribution line as an editor writes it ("context" or "Person, context"), or None."""
    if x["context"] is None:
        return None
    return x["context"] if x["speaker"] == n else f"{x['speaker']}, {x['context']}"


def paras(s, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{e(p)}</p>" for p in s.split("\n\n"))


def head(r, title, css=""):
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(title)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:title" content="{ea(r["name"])}">'
        f'<meta name="description" content="{ea(r["summary"][:140])}">'
        f"{f'<style>{css}</style>' if css else ''}</head>"
    )


def slug(s):
    """ASCII letters and digits joined by '-' (a file name, a handle, an anchor)."""
    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in folded.lower()).split()) or "x"


def first(r):
    """The name a colleague would use: the given name, or the one after an abbreviation."""
    parts = r["name"].split()
    return parts[1] if parts[0].endswith(".") else parts[0]


STANDARD = {
    "dims": "Dimension Profile",
    "themes": "Key Themes",
    "summary": "Episode Summary",
    "principles": "Leadership Principles",
    "quotes": "Notable Quotes",
}

OTHERS = [
    ("Bongani Mthembu-Clarke", "Chief Operating Officer at Kestrel Water"),
    ("Ingrid Halvorsen Moe", "Head of Policy, Nordlys Energy"),
    ("Anjali Raghunathan", "Head of Growth at Kolam Pay"),
]

ORDER = ("summary", "dims", "themes", "principles", "quotes")


def sections(r, order=ORDER):
    """The section keys this leader has, in the page's order."""
    return [
        k
        for k in order
        if (k != "principles" or r["principles"]) and (k != "quotes" or r["quotes"])
    ]


SITE = "Meridian Leaders"
HOST = "leaders.meridian.fm"


# 1 a PDF exported to HTML by Adobe Acrobat ----------------------------------------------------------
ACROBAT = {
    "dims": "Assessment",
    "themes": "Subjects discussed",
    "summary": "About the episode",
    "principles": "Working rules",
    "quotes": "In their words",
}


def _lines(text, width):
    """The text wrapped at the page's width, a long word at a line's end hyphenated."""
    out = []
    for ln in textwrap.wrap(text, width, break_long_words=False):
        out.append(ln)
    # hyphenate: move the first half of the next line's first long word up, as a PDF does
    for i in range(len(out) - 1):
        w = out[i + 1].split(" ", 1)
        if len(w[0]) >= 9 and w[0].isalpha() and len(out[i]) + len(w[0]) // 2 < width + 6:
            cut = len(w[0]) // 2
            out[i] = f"{out[i]} {w[0][:cut]}-"
            out[i + 1] = w[0][cut:] + (f" {w[1]}" if len(w) > 1 else "")
    return out


def acrobat(r, t=ACROBAT):
    n = r["name"]
    rows = []  # (font class, text) per printed line; None starts a new page

    def para(text, cls="s3"):
        rows.extend((cls, ln) for ln in _lines(text, 78))
        rows.append(("gap", ""))

    rows.append(("s1", n))
    rows.append(("s2", r["headline"]))
    rows.append(("gap", ""))
    for p in r["bio"].split("\n\n"):
        para(p)
    for k in sections(r):
        rows.append(("s4", t[k]))
        if k == "summary":
            for p in r["summary"].split("\n\n"):
                para(p)
        elif k == "dims":
            rows.extend(("s5", f"{d['name']}\t{d['score']}") for d in r["dimensions"])
            rows.append(("gap", ""))
        elif k == "themes":
            rows.extend(("s3", f"•\t{x}") for x in r["themes"])
            rows.append(("gap", ""))
        elif k == "principles":
            rows.extend(("s3", f"{i}.\t{p}") for i, p in enumerate(r["principles"], 1))
            rows.append(("gap", ""))
        else:
            for x in r["quotes"]:
                para(f"“{x['text']}”", "s6")
                if attr(x, n):
                    rows.append(("s3", f"— {attr(x, n)}"))
                rows.append(("gap", ""))
    per = 30
    pages = [rows[i : i + per] for i in range(0, len(rows), per)]
    body = []
    for pn, page in enumerate(pages, 1):
        top = 72
        spans = [
            f'<p style="position:absolute;top:36px;left:72px;white-space:nowrap" class="ft0">'
            f"{e(SITE)} — Guest profile: {e(n)}</p>"
        ]
        for cls, text in page:
            if cls == "gap":
                top += 10
                continue
            left = 72
            for run in text.split("\t"):
                spans.append(
                    f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" '
                    f'class="{cls}">{e(run)}</p>'
                )
                left += 24 if run in ("•",) or (run.endswith(".") and run[:-1].isdigit()) else 300
            top += 18
        spans.append(
            f'<p style="position:absolute;top:1030px;left:400px;white-space:nowrap" class="ft0">{pn}</p>'
        )
        body.append(
            f'<div id="page{pn}-div" style="position:relative;width:816px;height:1056px;">'
            f'<img width="816" height="1056" src="{slug(n)}{pn:03d}.png" alt="background image"/>'
            + "".join(spans)
            + "</div>"
        )
    css = (
        "p{margin:0;padding:0}.ft0{font-size:9px;font-family:Helvetica;color:#7f7f7f}"
        ".s1{font-size:24px;font-family:Georgia;color:#000}.s2{font-size:14px;font-family:Georgia;font-style:italic}"
        ".s3,.s5{font-size:12px;font-family:Times}.s4{font-size:16px;font-family:Helvetica;font-weight:bold}"
        ".s6{font-size:12px;font-family:Times;font-style:italic}"
    )
    return (
        head(r, f"{slug(n)}-profile.pdf", css).replace(
            "<head>", '<head><meta name="generator" content="Adobe Acrobat Pro DC 24.2">'
        )
        + '<body bgcolor="#A0A0A0" vlink="blue" link="blue">'
        + '<a name="outline"></a><h1>Document Outline</h1><ul>'
        + "".join(f'<li><a href="#page1-div">{e(t[k])}</a></li>' for k in sections(r))
        + "</ul><hr/>"
        + "<hr/>".join(body)
        + "</body></html>"
    )


# 2 an ORCID-like "Experience" timeline page ---------------------------------------------------------
ORCID = {
    "dims": "Peer review ratings",
    "themes": "Keywords",
    "summary": "Biography of the episode",
    "principles": "Statements",
    "quotes": "Cited remarks",
}


def orcid(r, t=ORCID):
    n = r["name"]
    oid = "0000-000{}-{:04d}-{:04d}".format(len(n) % 10, len(r["bio"]) % 10000, len(r["summary"]))

    def card(k, inner, count):
        return (
            f'<section class="activity-section" id="{k}"><header class="activity-header">'
            f'<button class="toggle" aria-expanded="true">▾</button><h3>{e(t[k])} ({count})</h3>'
            '<div class="actions"><button>+ Add</button><button>Sort ▾</button></div></header>'
            f'<div class="panel">{inner}</div></section>'
        )

    def entry(title, sub="", src=True):
        return (
            f'<div class="work-entry"><div class="row"><span class="entry-title">{e(title)}</span></div>'
            + (f'<div class="row sub">{sub}</div>' if sub else "")
            + (
                f'<div class="row source"><span class="label">Source:</span> <span>{e(n)}</span></div>'
                if src
                else ""
            )
            + "</div>"
        )

    body = {
        "summary": card("summary", paras(r["summary"], "bio-text"), 1),
        "dims": card(
            "dims",
            "".join(
                entry(
                    d["name"],
                    f'<span class="label">Score</span> <span class="value">{d["score"]}</span>',
                )
                for d in r["dimensions"]
            ),
            len(r["dimensions"]),
        ),
        "themes": card(
            "themes",
            '<ul class="keywords">'
            + "".join(f'<li class="keyword">{e(x)}</li>' for x in r["themes"])
            + "</ul>",
            len(r["themes"]),
        ),
        "principles": card(
            "principles",
            "".join(entry(p, src=False) for p in r["principles"]),
            len(r["principles"]),
        ),
        "quotes": card(
            "quotes",
            "".join(
                entry(
                    x["text"],
                    f'<span class="label">Context</span> <span class="value">{e(attr(x, n))}</span>'
                    if attr(x, n)
                    else "",
                )
                for x in r["quotes"]
            ),
            len(r["quotes"]),
        ),
    }
    emp = (
        f'<section class="activity-section" id="employment"><header class="activity-header"><h3>Employment (1)</h3></header>'
        f'<div class="panel"><div class="work-entry"><div class="row"><span class="entry-title">{e(r["company"] or "Independent")}</span></div>'
        f'<div class="row sub">2019-03-01 to present | {e(r["role"])}</div>'
        '<div class="row source"><span class="label">Source:</span> <span>Self-asserted</span></div>'
        '<button class="show-more">Show more detail</button></div></div></section>'
    )
    return (
        head(r, f"{n} ({oid}) - ORCID")
        + '<body><header class="orcid-header"><a class="logo" href="#">ORCID</a><span>Connecting research and researchers</span>'
        '<form role="search"><input placeholder="Search the ORCID registry..."><button>Search</button></form>'
        '<nav><a href="#">About</a><a href="#">Help</a><a href="#">Sign in / Register</a><a href="#">English ▾</a></nav></header>'
        '<main class="record"><aside class="side-bar"><div class="orcid-id"><span class="label">ORCID iD</span>'
        f'<a href="https://orcid.org/{oid}">https://orcid.org/{oid}</a><button>Print view</button></div>'
        '<div class="side-section"><h4>Websites &amp; social links</h4>'
        f'<a href="https://{HOST}/guests/{slug(n)}">{e(SITE)} profile</a></div>'
        '<div class="side-section"><h4>Countries</h4><p>—</p></div></aside>'
        f'<div class="main-column"><div class="person-name"><h1 class="given-and-family-names">{e(n)}</h1></div>'
        '<div class="facts">'
        f'<div class="fact-row"><span class="label">Headline</span><span class="value">{e(r["headline"])}</span></div>'
        f'<div class="fact-row"><span class="label">Biography</span><span class="value">{paras(r["bio"])}</span></div>'
        "</div>" + emp + "".join(body[k] for k in sections(r)) + "</div></main><footer>"
        "<p>The text of this website is published under a CC0 license. Images and marks are subject to copyright and trademark protection.</p>"
        '<a href="#">Privacy Policy</a> | <a href="#">Terms of Use</a> | <a href="#">Accessibility Statement</a> | <a href="#">Contact us</a>'
        "</footer></body></html>"
    )


# 3 a "Print this page" view ------------------------------------------------------------------------
PRINTVIEW = {
    "dims": "Scorecard",
    "themes": "Tags",
    "summary": "Show notes",
    "principles": "Guiding rules",
    "quotes": "Quotations",
}


def printview(r, t=PRINTVIEW):
    n = r["name"]
    url = f"https://{HOST}/guests/{slug(n)}"

    def link(text, href):
        return f'<a href="{href}">{e(text)}</a> <span class="print-url">[{href}]</span>'

    body = {
        "summary": f"<h3>{e(t['summary'])}</h3>" + paras(r["summary"]),
        "dims": f"<h3>{e(t['dims'])}</h3><dl class='scores'>"
        + "".join(f"<dt>{e(d['name'])}</dt><dd>{d['score']} / 100</dd>" for d in r["dimensions"])
        + "</dl>",
        "themes": f"<h3>{e(t['themes'])}</h3><ul class='tags'>"
        + "".join(f"<li>{link(x, f'https://{HOST}/tag/{slug(x)}')}</li>" for x in r["themes"])
        + "</ul>",
        "principles": f"<h3>{e(t['principles'])}</h3><ol>"
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ol>",
        "quotes": f"<h3>{e(t['quotes'])}</h3>"
        + "".join(
            f"<blockquote>“{e(x['text'])}”</blockquote>"
            + (f"<p class='cite'>({e(attr(x, n))})</p>" if attr(x, n) else "")
            for x in r["quotes"]
        ),
    }
    return (
        head(r, f"Print: {n} — {SITE}")
        + '<body class="print-view"><div class="print-header"><span>27/11/2026, 09:14</span>'
        f"<span>{e(n)} — {e(SITE)}</span></div>"
        '<div class="print-controls no-print"><button onclick="window.print()">🖨 Print this page</button>'
        f' <a href="{url}">Back to the article</a></div>'
        f'<div class="print-masthead"><img src="/logo-print.png" alt="{e(SITE)}"><p>{e(SITE)} · {url}</p></div>'
        f"<article><h1>{e(n)}</h1><p class='dek'><strong>{e(r['headline'])}</strong></p>"
        + paras(r["bio"])
        + "".join(body[k] for k in sections(r))
        + f"<p class='more'>Listen: {link('the full episode', url + '/episode')}</p></article>"
        f'<div class="print-footer"><span>{url}</span><span>1/1</span></div>'
        f"<p class='copyright'>© 2026 {e(SITE)}. Printed for personal use only.</p></body></html>"
    )


# 4 a Google Docs document published to the web -------------------------------------------------------
GDOCS = {
    "dims": "Ratings",
    "themes": "Topic list",
    "summary": "Episode synopsis",
    "principles": "House rules",
    "quotes": "Pull quotes",
}


def gdocs(r, t=GDOCS):
    n = r["name"]

    def p(text, c="c3", pc="c1"):
        return f'<p class="{pc}"><span class="{c}">{e(text)}</span></p>'

    def h(k, i):
        return f'<h2 class="c5" id="h.{slug(t[k])[:6]}{i}x"><span class="c9">{e(t[k])}</span></h2>'

    def ul(items, lst):
        return (
            f'<ul class="c2 lst-kix_{lst}-0 start">'
            + "".join(
                f'<li class="c1 c4 li-bullet-0"><span class="c3">{e(x)}</span></li>' for x in items
            )
            + "</ul>"
        )

    body = {
        "summary": "".join(p(x) for x in r["summary"].split("\n\n")),
        "dims": '<table class="c12"><tr class="c7"><td class="c10"><p class="c6"><span class="c8">Area</span></p></td>'
        '<td class="c10"><p class="c6"><span class="c8">Score</span></p></td></tr>'
        + "".join(
            f'<tr class="c7"><td class="c10">{p(d["name"], "c3", "c6")}</td><td class="c10">{p(str(d["score"]), "c3", "c6")}</td></tr>'
            for d in r["dimensions"]
        )
        + "</table>",
        "themes": ul(r["themes"], "t1"),
        "principles": '<ol class="c2 lst-kix_p1-0 start" start="1">'
        + "".join(
            f'<li class="c1 c4 li-bullet-0"><span class="c3">{e(x)}</span></li>'
            for x in r["principles"]
        )
        + "</ol>",
        "quotes": "".join(
            f'<p class="c1 c11"><span class="c13">“{e(x["text"])}”</span></p>'
            + (p(f"— {attr(x, n)}", "c14") if attr(x, n) else "")
            + '<p class="c1"><span class="c3"></span></p>'
            for x in r["quotes"]
        ),
    }
    css = (
        ".c1{padding-top:0;padding-bottom:0;line-height:1.15}.c3{font-size:11pt;font-family:Arial}"
        ".c9{font-size:16pt;font-family:Arial}.c13{font-style:italic}.c14{color:#666666}"
        ".c8{font-weight:700}.title{font-size:26pt}.subtitle{color:#666666;font-size:15pt}"
    )
    return (
        head(r, f"{n} — guest brief", css)
        + '<body><div id="banners"><div id="publish-banner"><div id="publish-banner-title">Published using Google Docs</div>'
        '<a href="#">Learn more</a><a href="#">Report abuse</a></div></div>'
        f'<div id="title" class="title-bar">{e(n)} — guest brief</div>'
        '<div id="contents"><div class="doc-content">'
        f'<p class="c1 title" id="h.t1"><span class="c16">{e(n)}</span></p>'
        f'<p class="c1 subtitle" id="h.t2"><span class="c15">{e(r["headline"])}</span></p>'
        + "".join(p(x) for x in r["bio"].split("\n\n"))
        + '<p class="c1"><span class="c3"></span></p>'
        + "".join(h(k, i) + body[k] for i, k in enumerate(sections(r)))
        + '<p class="c1"><span class="c3">Prepared by the '
        + e(SITE)
        + " booking team. Internal: do not forward.</span></p>"
        '</div></div><div id="footer"><div id="footer-left">Updated automatically every 5 minutes</div></div>'
        "</body></html>"
    )


# 5 a Discord channel export -----------------------------------------------------------------------
DISCORD = {
    "dims": "SCORES",
    "themes": "TOPICS",
    "summary": "WHAT WE TALKED ABOUT",
    "principles": "THEIR RULES",
    "quotes": "QUOTABLE",
}


def discord(r, t=DISCORD):
    n = r["name"]
    mod = "mod-priya"
    times = iter(f"Today at 14:{m:02d}" for m in range(10, 60))

    def msg(author, inner, first_in_group=True, reactions=""):
        tm = next(times)
        return (
            '<div class="chatlog__message-group"><div class="chatlog__message-container">'
            + (
                f'<div class="chatlog__header"><img class="chatlog__avatar" src="avatars/{author}.png" alt="Avatar">'
                f'<span class="chatlog__author" title="{author}">{author}</span> '
                f'<span class="chatlog__timestamp">{tm}</span></div>'
                if first_in_group
                else f'<span class="chatlog__short-timestamp">{tm[-5:]}</span>'
            )
            + f'<div class="chatlog__content chatlog__markdown"><span class="chatlog__markdown-preserve">{inner}</span></div>'
            + (f'<div class="chatlog__reactions">{reactions}</div>' if reactions else "")
            + "</div></div>"
        )

    def react(emoji, k):
        return f'<div class="chatlog__reaction" title="{emoji}"><span>{emoji}</span><span class="chatlog__reaction-count">{k}</span></div>'

    def title(k):
        return f"<strong>{e(t[k])}</strong>"

    body = {
        "summary": lambda: msg(
            mod,
            title("summary") + "<br>" + "<br><br>".join(e(x) for x in r["summary"].split("\n\n")),
            False,
        ),
        "dims": lambda: msg(
            mod,
            title("dims")
            + "<br>"
            + "<br>".join(
                f'{e(d["name"])} — <code class="chatlog__markdown-pre--inline">{d["score"]}</code>'
                for d in r["dimensions"]
            ),
            False,
            react("🔥", 12) + react("👀", 3),
        ),
        "themes": lambda: msg(
            mod, title("themes") + "<br>" + "<br>".join(f"• {e(x)}" for x in r["themes"]), False
        ),
        "principles": lambda: msg(
            mod,
            title("principles")
            + "<br>"
            + "<br>".join(f"{i}. {e(p)}" for i, p in enumerate(r["principles"], 1)),
            False,
        ),
        "quotes": lambda: msg(
            mod,
            title("quotes")
            + "".join(
                f'<blockquote class="chatlog__markdown-quote">{e(x["text"])}'
                + (f"<br>— {e(attr(x, n))}" if attr(x, n) else "")
                + "</blockquote>"
                for x in r["quotes"]
            ),
            False,
            react("❤️", 21),
        ),
    }
    return (
        head(r, f"{SITE} - guests - #{slug(n)}")
        + '<body><div class="preamble"><div class="preamble__guild-icon-container"><img class="preamble__guild-icon" src="guild.png" alt="Guild icon"></div>'
        f'<div class="preamble__entries-container"><div class="preamble__entry">{e(SITE)}</div>'
        f'<div class="preamble__entry">Guests / #{slug(n)}</div>'
        '<div class="preamble__entry preamble__entry--small">Episode planning thread</div></div></div>'
        '<div class="chatlog">'
        + msg(
            "booker-sam", f"heads up: profile for {e(first(r))} is final 👇 pls check before Friday"
        )
        + msg(mod, f"<strong>{e(n)}</strong><br><em>{e(r['headline'])}</em>", True, react("👍", 4))
        + msg(mod, "<br><br>".join(e(x) for x in r["bio"].split("\n\n")), False)
        + "".join(body[k]() for k in sections(r))
        + msg("booker-sam", "looks good, shipping it ✅", True, react("✅", 2))
        + msg(
            "Meridian Bot",
            '<span class="chatlog__system-notification">pinned a message to this channel. See all pinned messages.</span>',
        )
        + '</div><div class="postamble"><div class="postamble__entry">Exported 9 message(s)</div>'
        '<div class="postamble__entry">Timezone: UTC+0</div></div></body></html>'
    )


# 6 a Mailchimp campaign archive --------------------------------------------------------------------
MAILCHIMP = {
    "dims": "Our rating",
    "themes": "In this issue",
    "summary": "This week's episode",
    "principles": "Three things to steal",
    "quotes": "Said on air",
}


def mailchimp(r, t=MAILCHIMP):
    n = r["name"]

    def block(inner):
        return (
            '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr>'
            '<td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" '
            'style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>'
            f'<td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px;">{inner}</td></tr></tbody></table></td></tr></tbody></table>'
        )

    body = {
        "summary": paras(r["summary"]),
        "dims": '<table class="mcnTableBlock" width="100%">'
        + "".join(
            f'<tr><td style="padding:4px 0">{e(d["name"])}</td><td align="right" style="padding:4px 0"><strong>{d["score"]}</strong></td></tr>'
            for d in r["dimensions"]
        )
        + "</table>",
        "themes": "<p>" + "<br>".join(f"→ {e(x)}" for x in r["themes"]) + "</p>",
        "principles": "<ol>" + "".join(f"<li>{e(p)}</li>" for p in r["principles"]) + "</ol>",
        "quotes": "".join(
            f'<p style="font-style:italic;border-left:3px solid #e85c41;padding-left:12px">“{e(x["text"])}”'
            + (
                f'<br><span style="font-style:normal;font-size:13px">— {e(attr(x, n))}</span>'
                if attr(x, n)
                else ""
            )
            + "</p>"
            for x in r["quotes"]
        ),
    }
    return (
        head(r, f"{n}: {r['headline']} | {SITE} weekly")
        + '<body><div id="awesomewrap"><div id="awesomebar"><a href="#" class="awesomebar-logo">Intuit Mailchimp</a>'
        '<ul id="awesomebar-actions"><li><a href="#">Subscribe</a></li><li><a href="#">Past Issues</a></li>'
        '<li class="last"><a href="#" title="RSS">RSS</a></li></ul><a class="translate" href="#">Translate ▾</a></div></div>'
        '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>'
        '<td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" class="templateContainer">'
        '<tr><td valign="top" id="templatePreheader">'
        + block(
            '<span class="preheader">A Kano pump maker, a tidal turbine and more</span>'
            '<a href="#">View this email in your browser</a>'
        )
        + '</td></tr><tr><td valign="top" id="templateHeader">'
        + block(
            f'<img src="https://mcusercontent.com/logo.png" alt="{e(SITE)}" width="200"><h4>Issue 212 · the guest</h4>'
        )
        + '</td></tr><tr><td valign="top" id="templateBody">'
        + block(f"<h1>{e(n)}</h1><h3>{e(r['headline'])}</h3>" + paras(r["bio"]))
        + "".join(block(f"<h2>{e(t[k])}</h2>" + body[k]) for k in sections(r))
        + block(f'<a class="mcnButton" href="https://{HOST}/guests/{slug(n)}">Listen now</a>')
        + '</td></tr><tr><td valign="top" id="templateFooter">'
        + block(
            f"<em>Copyright © 2026 {e(SITE)}, All rights reserved.</em><br>You are receiving this email because you opted in via our website.<br><br>"
            "<strong>Our mailing address is:</strong><br>Meridian Media Ltd<br>14 Quay Street<br>Bristol BS1 4DB<br>United Kingdom<br><br>"
            '<a href="#">Add us to your address book</a><br><br>Want to change how you receive these emails?<br>'
            'You can <a href="#">update your preferences</a> or <a href="#">unsubscribe from this list</a>.'
        )
        + "</td></tr></table></td></tr></table></center>"
        '<a href="#" class="mc-badge"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp"></a>'
        "</body></html>"
    )


# 7 a WordPress block-editor preview ----------------------------------------------------------------
WPEDITOR = {
    "dims": "Score breakdown",
    "themes": "Covered topics",
    "summary": "Episode recap",
    "principles": "Principles they live by",
    "quotes": "Memorable lines",
}


def wpeditor(r, t=WPEDITOR):
    n = r["name"]

    def toolbar(kind):
        return (
            '<div class="block-editor-block-contextual-toolbar" role="toolbar" aria-label="Block tools">'
            f'<button aria-label="{kind}">{kind}</button><button aria-label="Move up">↑</button>'
            '<button aria-label="Move down">↓</button><button aria-label="Align">≡</button>'
            '<button aria-label="Bold">B</button><button aria-label="Italic">I</button>'
            '<button aria-label="Link">🔗</button><button aria-label="Options">⋮</button></div>'
        )

    def blk(kind, cls, inner, tag="div"):
        return (
            f'<div class="wp-block block-editor-block-list__block wp-block-{cls}" data-type="core/{cls}" tabindex="0">'
            + toolbar(kind)
            + f'<{tag} class="block-editor-rich-text__editable" contenteditable="true">{inner}</{tag}></div>'
        )

    def h(k):
        return blk("Heading", "heading", e(t[k]), "h2")

    body = {
        "summary": "".join(
            blk("Paragraph", "paragraph", e(x), "p") for x in r["summary"].split("\n\n")
        ),
        "dims": blk(
            "Table",
            "table",
            "<tbody>"
            + "".join(
                f"<tr><td>{e(d['name'])}</td><td>{d['score']}</td></tr>" for d in r["dimensions"]
            )
            + "</tbody>",
            "table",
        ),
        "themes": blk("List", "list", "".join(f"<li>{e(x)}</li>" for x in r["themes"]), "ul"),
        "principles": blk(
            "List", "list", "".join(f"<li>{e(p)}</li>" for p in r["principles"]), "ol"
        ),
        "quotes": "".join(
            blk(
                "Quote",
                "quote",
                f"<p>{e(x['text'])}</p>" + (f"<cite>{e(attr(x, n))}</cite>" if attr(x, n) else ""),
                "blockquote",
            )
            for x in r["quotes"]
        ),
    }
    return (
        head(r, f"Edit Post “{n}” ‹ {SITE} — WordPress")
        + '<body class="wp-admin block-editor-page"><div id="wpadminbar"><ul><li><a href="#">W</a></li>'
        f'<li><a href="#">{e(SITE)}</a></li><li><a href="#">3 comments awaiting moderation</a></li><li><a href="#">+ New</a></li>'
        '<li class="menupop"><a href="#">Howdy, sam</a></li></ul></div>'
        '<div class="interface-interface-skeleton__header"><div class="edit-post-header"><div class="edit-post-header-toolbar">'
        '<button aria-label="Toggle block inserter">+</button><button>Undo</button><button>Redo</button>'
        "<button>Details</button><button>List View</button></div>"
        '<div class="edit-post-header__settings"><button>Save draft</button><button>Preview</button>'
        '<button class="is-primary">Publish</button><button aria-label="Settings">⚙</button></div></div></div>'
        '<div class="interface-interface-skeleton__content"><div class="editor-styles-wrapper">'
        '<div class="edit-post-visual-editor__post-title-wrapper">'
        f'<h1 class="wp-block wp-block-post-title editor-post-title" contenteditable="true">{e(n)}</h1></div>'
        '<div class="is-root-container block-editor-block-list__layout">'
        + blk("Paragraph", "paragraph", f"<strong>{e(r['headline'])}</strong>", "p")
        + "".join(blk("Paragraph", "paragraph", e(x), "p") for x in r["bio"].split("\n\n"))
        + "".join(h(k) + body[k] for k in sections(r))
        + '<div class="block-list-appender"><p class="block-editor-default-block-appender__content">Type / to choose a block</p></div>'
        "</div></div></div>"
        '<div class="interface-interface-skeleton__sidebar"><div class="edit-post-sidebar"><ul role="tablist"><li>Post</li><li>Block</li></ul>'
        '<div class="components-panel__body"><h2>Summary</h2><p>Visibility: Public</p><p>Publish: Immediately</p>'
        "<p>Template: Single Posts</p><p>URL: /guests/" + slug(n) + "</p></div>"
        '<div class="components-panel__body"><h2>Categories</h2><p>Guests</p><p>Interviews</p></div>'
        '<div class="components-panel__body"><h2>Excerpt</h2><p>Write an excerpt (optional)</p></div>'
        '<div class="components-panel__body"><h2>Discussion</h2><p>Allow comments</p></div></div></div>'
        '<div class="interface-interface-skeleton__footer"><ul class="block-editor-block-breadcrumb"><li>Post</li><li>Paragraph</li></ul></div>'
        "</body></html>"
    )


# 8 a Web Story (AMP story): one screen per section -------------------------------------------------
WEBSTORY = {
    "dims": "By the numbers",
    "themes": "What they talk about",
    "summary": "The episode",
    "principles": "Their playbook",
    "quotes": "In quotes",
}


def webstory(r, t=WEBSTORY):
    n = r["name"]

    def page(pid, inner, bg=""):
        return (
            f'<amp-story-page id="{pid}"><amp-story-grid-layer template="fill">'
            f'<amp-img src="https://{HOST}/img/{pid}.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>'
            f'<amp-story-grid-layer template="vertical" class="bottom{bg}">{inner}</amp-story-grid-layer></amp-story-page>'
        )

    def anim(tag, text, d):
        return f'<{tag} animate-in="fly-in-bottom" animate-in-delay="{d}s">{text}</{tag}>'

    body = {
        "summary": lambda: page(
            "episode",
            anim("h2", e(t["summary"]), 0)
            + "".join(anim("p", e(x), 0.3) for x in r["summary"].split("\n\n")),
        ),
        "dims": lambda: page(
            "numbers",
            anim("h2", e(t["dims"]), 0)
            + "".join(
                f'<div class="stat" animate-in="fade-in" animate-in-delay="{0.2 * i:.1f}s"><span class="big">{d["score"]}</span><span class="lbl">{e(d["name"])}</span></div>'
                for i, d in enumerate(r["dimensions"])
            ),
        ),
        "themes": lambda: page(
            "topics",
            anim("h2", e(t["themes"]), 0)
            + '<ul class="pills">'
            + "".join(f"<li>{e(x)}</li>" for x in r["themes"])
            + "</ul>",
        ),
        "principles": lambda: page(
            "playbook",
            anim("h2", e(t["principles"]), 0)
            + "<ol>"
            + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
            + "</ol>",
        ),
        "quotes": lambda: "".join(
            page(
                f"quote-{i}",
                (anim("h2", e(t["quotes"]), 0) if i == 1 else "")
                + anim("blockquote", f"“{e(x['text'])}”", 0.2)
                + (anim("p", f"— {e(attr(x, n))}", 0.5) if attr(x, n) else ""),
            )
            for i, x in enumerate(r["quotes"], 1)
        ),
    }
    return (
        '<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8">'
        f"<title>{e(n)} | {e(SITE)} Stories</title>"
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>'
        '<meta name="viewport" content="width=device-width"><style amp-custom>amp-story-page{display:block}.bottom{padding:24px}.big{font-size:48px}.pills li{display:inline-block}</style></head>'
        f'<body><amp-story standalone title="{ea(n)}" publisher="{ea(SITE)}" publisher-logo-src="/logo.png" poster-portrait-src="/p.jpg">'
        '<div class="i-amphtml-story-system-layer"><div class="i-amphtml-story-progress-bar"></div>'
        '<button class="i-amphtml-story-share-control" aria-label="Share">Share</button>'
        '<button class="i-amphtml-story-mute-audio-control" aria-label="Mute">Mute</button>'
        '<button aria-label="Unmute">Unmute</button></div>'
        + page(
            "cover",
            anim("h1", e(n), 0)
            + anim("p", e(r["headline"]), 0.4)
            + f'<p class="byline">{e(SITE)} · 27 Nov 2026</p>',
        )
        + "".join(
            page(f"bio-{i}", anim("p", e(x), 0.2)) for i, x in enumerate(r["bio"].split("\n\n"), 1)
        )
        + "".join(body[k]() for k in sections(r))
        + page(
            "end",
            f'<p>Swipe up for the full episode</p><a href="https://{HOST}/guests/{slug(n)}">Listen</a>',
        )
        + '<amp-story-page-outlink layout="nodisplay"><a href="#">Listen now</a></amp-story-page-outlink>'
        '<amp-story-bookend layout="nodisplay"><h3>More to read</h3><ul>'
        + "".join(f'<li><a href="#">{e(a)}</a> <span>{e(h)}</span></li>' for a, h in OTHERS)
        + "</ul></amp-story-bookend></amp-story></body></html>"
    )


DESIGNS = {
    "acrobat": acrobat,
    "orcid": orcid,
    "printview": printview,
    "gdocs": gdocs,
    "discord": discord,
    "mailchimp": mailchimp,
    "wpeditor": wpeditor,
    "webstory": webstory,
}

HELD_BACK = (
    "printview",
    "discord",
    "webstory",
)  # and their -std twins: measured only, never fitted


def _standard(render):
    return lambda r: render(r, STANDARD)


STANDARD_TITLES = {f"{k}-std": _standard(v) for k, v in DESIGNS.items()}
