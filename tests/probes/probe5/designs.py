"""Eight site designs for probe 5, none of them in probes 1-4, bench/sitegen.py or the
conformance designs: a university faculty profile, a corporate newsroom executive bio, a
data-directory page of key/value panels, a magazine interview, an old table-layout site, a
slide-deck HTML export, an investor-relations board page and a forum thread whose first post is
the profile.

Each has real chrome (navigation, cookie banner, breadcrumbs, related cards, share row,
footer) and its own section-title wording and markup habits. Every design takes the section
titles as an argument: ``DESIGNS`` passes the site's own, ``STANDARD`` the example's
("Dimension Profile", "Key Themes", ...), so design X-std differs from X only in those words
(telling "title words unknown" from "structure misread").

Held back from fixers (chosen before the first score was looked at): board, slides, forum.
"""

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


STANDARD = {
    "dims": "Dimension Profile",
    "themes": "Key Themes",
    "summary": "Episode Summary",
    "principles": "Leadership Principles",
    "quotes": "Notable Quotes",
}

OTHERS = [
    ("Ingrid Solvang", "Chief Digital Officer at Fjordkraft Logistics"),
    ("Tomasz Wierzbicki", "Head of Engineering, Baltic Rail Freight"),
    ("Ama Owusu-Ansah", "Chief Executive Officer at Kumasi Agro Processing"),
]


# 1 University faculty / staff profile ------------------------------------------------------------
FACULTY = {
    "dims": "Assessment results",
    "themes": "Research interests",
    "summary": "Seminar abstract",
    "principles": "Teaching philosophy",
    "quotes": "In their words",
}


def faculty(r, t=FACULTY):
    n = r["name"]
    rows = "".join(
        f'<tr><td>{e(d["name"])}</td><td class="num">{d["score"]}</td></tr>'
        for d in r["dimensions"]
    )
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        src = f'<p class="source">({e(a)})</p>' if a else ""
        return f'<blockquote class="uw-quote"><p>"{e(x["text"])}"</p>{src}</blockquote>'

    peers = "".join(
        f'<li><a href="#">{e(a)}</a><br><span class="peer-title">{e(b)}</span></li>'
        for a, b in OTHERS
    )
    return (
        head(r, f"{n} | People | School of Management | Westbrook University")
        + '<body class="uw-profile"><a class="skip" href="#main">Skip to main content</a>'
        '<div class="uw-alert"><p>Campus is closed on Friday 27 November for the Thanksgiving recess.</p></div>'
        '<header class="uw-header"><a class="uw-wordmark" href="/">Westbrook University</a>'
        '<span class="uw-unit">School of Management</span><form class="uw-search"><input type="search" '
        'placeholder="Search people, programs, news"><button>Search</button></form>'
        '<nav class="uw-nav"><ul><li><a>Programs</a></li><li><a>Research</a></li><li><a>People</a></li>'
        "<li><a>Executive Education</a></li><li><a>Alumni</a></li></ul></nav></header>"
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a>Home</a> ›</li><li><a>People</a> ›</li>'
        f"<li><a>Executives in Residence</a> ›</li><li>{e(n)}</li></ol></nav>"
        '<main id="main"><div class="profile-header"><img class="headshot" alt="" src="/people/photo.jpg">'
        f'<div><h1 class="profile-name">{e(n)}</h1><p class="profile-role">Executive in Residence</p>'
        f'<dl class="profile-meta"><dt>Position</dt><dd>{e(r["headline"])}</dd>'
        "<dt>Office</dt><dd>Hollis Hall 314</dd><dt>Email</dt><dd><a>eir-office@westbrook.edu</a></dd>"
        "<dt>Office hours</dt><dd>Tuesdays 2–4 pm and by appointment</dd></dl></div></div>"
        '<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Overview</button>'
        '<button role="tab">Publications</button><button role="tab">Courses</button></div>'
        f'<section class="tab-panel" role="tabpanel"><h2>Biography</h2>{paras(r["bio"])}'
        f'<h2>{e(t["themes"])}</h2><p class="interests">{e(", ".join(r["themes"]))}</p>'
        f'<h2>{e(t["dims"])}</h2><table class="uw-table"><thead><tr><th>Area</th><th>Score (0–100)</th></tr>'
        f"</thead><tbody>{rows}</tbody></table>"
        f"<h2>{e(t['summary'])}</h2>{paras(r['summary'])}"
        '<p class="event-note">Presented at the Dean\'s Leadership Seminar, Fall 2026.</p>'
        f"<h2>{e(t['principles'])}</h2><ul>{pr}</ul>"
        f"<h2>{e(t['quotes'])}</h2>{''.join(quote(x) for x in r['quotes'])}</section>"
        f'<aside class="related-people"><h2>Other executives in residence</h2><ul>{peers}</ul></aside></main>'
        '<footer class="uw-footer"><p>Westbrook University · 1200 College Avenue · Westbrook, OR 97301</p>'
        "<ul><li><a>Accessibility</a></li><li><a>Non-discrimination</a></li><li><a>Privacy</a></li>"
        "<li><a>Report a concern</a></li></ul><p>© 2026 Board of Trustees of Westbrook University</p></footer>"
        '<div class="cookie-notice"><p>This site uses cookies for analytics. By continuing you accept our '
        "<a>privacy statement</a>.</p><button>Close</button></div></body></html>"
    )


# 2 Corporate newsroom executive biography -----------------------------------------------------------
NEWSROOM = {
    "dims": "Leadership assessment",
    "themes": "Topics",
    "summary": "Interview summary",
    "principles": "Management principles",
    "quotes": "Quotes for media use",
}


def newsroom(r, t=NEWSROOM):
    n = r["name"]
    dims = "".join(
        f"<li><strong>{e(d['name'])}</strong> — {d['score']} out of 100</li>"
        for d in r["dimensions"]
    )
    topics = " | ".join(
        f'<a class="topic" href="/newsroom/topics/{i}">{e(x)}</a>'
        for i, x in enumerate(r["themes"])
    )
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        by = f'<footer class="qattr">— {e(a)}</footer>' if a else ""
        return f'<div class="mediaquote"><blockquote>“{e(x["text"])}”</blockquote>{by}<a class="copy">Copy quote</a></div>'

    releases = "".join(
        f'<li><time>{d}</time> <a href="#">{e(h)}</a></li>'
        for d, h in [
            ("November 12, 2026", "Third-quarter results show record volumes"),
            ("October 3, 2026", "Company opens new regional office"),
            ("September 18, 2026", "Annual sustainability report published"),
        ]
    )
    return (
        head(r, f"{n} — Executive biography | Newsroom")
        + '<body><div id="onetrust-banner" class="ot-banner"><p>We use cookies and similar technologies. '
        "Select “Accept all” to agree or “Manage preferences” to choose.</p><button>Accept all</button>"
        "<button>Manage preferences</button></div>"
        '<header class="corp"><a class="corp-logo" href="/">Corporate</a><nav><a>About us</a> <a>Investors</a> '
        '<a>Careers</a> <a>Sustainability</a> <a class="active">Newsroom</a></nav></header>'
        '<nav class="newsroom-sub"><a>Press releases</a> <a>Media library</a> <a>Executive biographies</a> '
        "<a>Media contacts</a></nav>"
        '<div class="crumbs"><a>Newsroom</a> &gt; <a>Executive biographies</a> &gt; <span>Biography</span></div>'
        f'<main><article class="exec-bio"><h1>{e(n)}</h1><h2 class="exec-title">{e(r["headline"])}</h2>'
        '<div class="asset"><img alt="Portrait" src="/media/portrait.jpg"><p><a>Download high-resolution photo (JPG, 2.4 MB)</a></p>'
        "<p><a>Download biography (PDF)</a></p></div>"
        f'<div class="bio-text">{paras(r["bio"])}</div>'
        f"<h3>{e(t['summary'])}</h3>{paras(r['summary'])}"
        f'<h3>{e(t["dims"])}</h3><ul class="assessment">{dims}</ul>'
        f'<h3>{e(t["themes"])}</h3><p class="topics">{topics}</p>'
        f"<h3>{e(t['principles'])}</h3><ol>{pr}</ol>"
        f"<h3>{e(t['quotes'])}</h3>{''.join(quote(x) for x in r['quotes'])}"
        '<p class="share">Share: <a>Email</a> | <a>LinkedIn</a> | <a>X</a> | <a>Print</a></p></article>'
        '<aside class="media-contacts"><h2>Media contacts</h2><p>Corporate Communications<br>press@example-corp.com<br>'
        f'+44 20 7946 0000</p></aside><aside class="releases"><h2>Latest press releases</h2><ul>{releases}</ul></aside></main>'
        '<footer class="corp-footer"><p>© 2026 Example Corp plc. Registered in England and Wales No. 01234567.</p>'
        "<p><a>Legal</a> · <a>Cookie settings</a> · <a>Modern slavery statement</a></p></footer></body></html>"
    )


# 3 Data-directory page (Crunchbase-like key/value panels) -------------------------------------------
DIRECTORY = {
    "dims": "Signal scores",
    "themes": "Industries & tags",
    "summary": "Interview digest",
    "principles": "Stated principles",
    "quotes": "Quoted in",
}


def datadir(r, t=DIRECTORY):
    n = r["name"]
    company = r["company"]

    def kv(k, v):
        return f'<div class="field-row"><span class="field-label">{e(k)}</span><span class="field-value">{v}</span></div>'

    scores = "".join(
        f'<div class="metric"><span class="metric-label">{e(d["name"])}</span>'
        f'<span class="metric-value">{d["score"]}</span><span class="metric-trend">▲</span></div>'
        for d in r["dimensions"]
    )
    chips = "".join(f'<a class="chip" href="#">{e(x)}</a>' for x in r["themes"])
    pr = "".join(f'<li class="list-card-item">{e(p)}</li>' for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        src = f'<div class="q-src">{e(a)}</div>' if a else ""
        return f'<div class="q-card"><div class="q-text">{e(x["text"])}</div>{src}</div>'

    similar = "".join(
        f"<tr><td><a>{e(a)}</a></td><td>{e(b)}</td><td>{80 + i}</td></tr>"
        for i, (a, b) in enumerate(OTHERS)
    )
    org = kv("Organization", f"<a>{e(company)}</a>") if company else ""
    css = ".chips{display:flex;flex-wrap:wrap;gap:4px}.field-row{display:flex;gap:12px}.metrics{display:grid;grid-template-columns:1fr 1fr}"
    return (
        head(r, f"{n} - Person Profile - LeaderBase", css)
        + '<body><div class="top-banner">Start your free 7-day trial of LeaderBase Pro · <a>Upgrade</a></div>'
        '<header class="app-bar"><a class="brand">LeaderBase</a><input placeholder="Search companies, people, investors">'
        '<a>Advanced search</a> <a>Lists</a> <a>Log in</a> <a class="btn">Sign up</a></header>'
        '<div class="entity-header"><span class="entity-type">PERSON</span>'
        f'<h1 class="entity-name">{e(n)}</h1><button>+ Follow</button><button>Save to list</button></div>'
        '<nav class="entity-tabs"><a class="active">Summary</a> <a>Investments</a> <a>News</a> <a>Signals</a></nav>'
        '<main class="panels"><section class="panel"><h2 class="panel-title">Overview</h2>'
        + kv("Primary job title", e(r["headline"]))
        + org
        + kv("Location", "—")
        + kv("Profile updated", "Nov 3, 2026")
        + "</section>"
        f'<section class="panel"><h2 class="panel-title">About</h2>{paras(r["bio"], "about-text")}'
        '<a class="read-more">Read more</a></section>'
        f'<section class="panel"><h2 class="panel-title">{e(t["dims"])}</h2><div class="metrics">{scores}</div>'
        '<p class="panel-note">Scores are computed monthly. <a>Methodology</a></p></section>'
        f'<section class="panel"><h2 class="panel-title">{e(t["themes"])}</h2><div class="chips">{chips}</div></section>'
        f'<section class="panel"><h2 class="panel-title">{e(t["summary"])}</h2>{paras(r["summary"])}</section>'
        f'<section class="panel"><h2 class="panel-title">{e(t["principles"])}</h2><ul class="list-card">{pr}</ul></section>'
        f'<section class="panel"><h2 class="panel-title">{e(t["quotes"])}</h2>{"".join(quote(x) for x in r["quotes"])}</section>'
        '<section class="panel upsell"><h2 class="panel-title">Similar people</h2><table><thead><tr><th>Name</th>'
        f"<th>Title</th><th>Rank</th></tr></thead><tbody>{similar}</tbody></table>"
        "<p>Unlock 25 more with LeaderBase Pro</p></section></main>"
        "<footer><p>© 2026 LeaderBase Inc.</p><p><a>API</a> · <a>Terms of service</a> · <a>Privacy</a> · <a>Do not sell my info</a></p></footer>"
        '<div class="cmp"><p>We value your privacy.</p><button>Accept</button><button>Reject</button></div></body></html>'
    )


# 4 Magazine Q&A interview -------------------------------------------------------------------------
MAGAZINE = {
    "dims": "By the numbers",
    "themes": "Filed under",
    "summary": "The conversation",
    "principles": "Rules to live by",
    "quotes": "Pull quotes",
}


def magazine(r, t=MAGAZINE):
    n = r["name"]
    dims = "".join(
        f"<tr><th>{e(d['name'])}</th><td>{d['score']}%</td></tr>" for d in r["dimensions"]
    )
    tags = "".join(f'<li><a rel="tag">{e(x)}</a></li>' for x in r["themes"])
    pr = "".join(f"<li><p>{e(p)}</p></li>" for p in r["principles"])
    summary = r["summary"]
    first, rest = summary[0], summary[1:]
    body = f'<p class="lede"><span class="dropcap">{e(first)}</span>{e(rest.split(chr(10) * 2)[0])}</p>'
    body += "".join(f"<p>{e(p)}</p>" for p in rest.split("\n\n")[1:])

    def quote(x):
        a = attr(x, n)
        cite = f'<span class="pq-attr">{e(a)}</span>' if a else ""
        return f'<aside class="pullquote"><p>{e(x["text"])}</p>{cite}</aside>'

    return (
        head(r, f"“{r['quotes'][0]['text'][:40]}…”: an interview with {n} | Meridian Magazine")
        + '<body><div class="paywall-meter">You have 2 free articles left this month. <a>Subscribe</a></div>'
        '<header class="masthead"><a class="logo">MERIDIAN</a><nav><a>Business</a> <a>Ideas</a> <a>Culture</a> '
        '<a>Interviews</a> <a>Podcasts</a></nav><a>Sign in</a> <a class="btn">Subscribe</a></header>'
        '<main><article><p class="kicker">THE INTERVIEW</p>'
        f'<h1 class="hed">“{e(r["quotes"][0]["text"])}”</h1>'
        f'<p class="dek">A conversation with {e(n)}, in our series on people who run real organisations.</p>'
        '<p class="byline">By Tess Mayhew · Photographs by Olu Adebayo · November 2026 issue · 12 min read</p>'
        '<div class="share-top"><a>Share</a> <a>Save</a> <a>Gift this article</a></div>'
        '<figure class="hero"><img alt="" src="/hero.jpg"><figcaption>Photograph: Olu Adebayo for Meridian</figcaption></figure>'
        f'<div class="bio-box"><p class="bio-name"><strong>{e(n)}</strong></p><p class="bio-title">{e(r["headline"])}</p>'
        f"{paras(r['bio'])}</div>"
        f"<h2>{e(t['summary'])}</h2>{body}"
        '<div class="ad" aria-label="Advertisement"><span>ADVERTISEMENT</span></div>'
        f'<h2>{e(t["principles"])}</h2><ul class="rules">{pr}</ul>'
        f"<h2>{e(t['quotes'])}</h2>{''.join(quote(x) for x in r['quotes'])}"
        '<p class="read-also"><strong>Read more:</strong> <a>The logistics of cold</a></p>'
        f'<h2>{e(t["dims"])}</h2><table class="numbers">{dims}</table>'
        f'<div class="tags"><h2>{e(t["themes"])}</h2><ul>{tags}</ul></div>'
        '<p class="correction"><em>This interview has been edited and condensed for clarity.</em></p></article>'
        '<section class="more"><h2>More interviews</h2>'
        + "".join(f"<article><h3><a>{e(a)}</a></h3><p>{e(b)}</p></article>" for a, b in OTHERS)
        + "</section></main>"
        "<footer><p>Meridian Magazine · Est. 1998</p><p><a>Subscribe</a> · <a>Newsletters</a> · <a>Contact</a> · <a>Terms</a></p></footer></body></html>"
    )


# 5 Old-school table layout ------------------------------------------------------------------------
TABLES = {
    "dims": "Profile Scores",
    "themes": "Keywords",
    "summary": "Interview Notes",
    "principles": "Guiding Principles",
    "quotes": "Selected Quotations",
}


def tables(r, t=TABLES):
    n = r["name"]

    def title(s):
        return f'<tr><td colspan="2" bgcolor="#003366"><font face="Verdana" size="2" color="#ffffff"><b>{e(s)}</b></font></td></tr>'

    def cell(html):
        return f'<tr><td colspan="2"><font face="Verdana" size="2">{html}</font></td></tr>'

    dims = "".join(
        f'<tr><td width="70%"><font face="Verdana" size="2">{e(d["name"])}</font></td>'
        f'<td align="right"><font face="Verdana" size="2">{d["score"]}</font></td></tr>'
        for d in r["dimensions"]
    )
    kw = "<br>".join(e(x) for x in r["themes"])
    pr = "<br>".join(f"&middot; {e(p)}" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        return f'<i>"{e(x["text"])}"</i>' + (f"<br>-- {e(a)}" if a else "")

    quotes = "<br><br>".join(quote(x) for x in r["quotes"])
    bio = "<br><br>".join(e(p) for p in r["bio"].split("\n\n"))
    summ = "<br><br>".join(e(p) for p in r["summary"].split("\n\n"))
    nav = "".join(
        f'<tr><td><font face="Verdana" size="1"><a href="#">{x}</a></font></td></tr>'
        for x in ["Home", "Leaders A-Z", "Interviews", "Links", "Guestbook", "Contact"]
    )
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{e(n)} - LeadersOnline.net</title></head>"
        '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">'
        '<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">'
        '<tr><td colspan="2" bgcolor="#003366"><font face="Georgia" size="5" color="#ffffff"><b>LeadersOnline.net</b></font>'
        '<br><font face="Verdana" size="1" color="#cccccc">Interviews with business leaders since 2001</font></td></tr>'
        '<tr><td width="140" valign="top" bgcolor="#eeeeee"><table width="140" cellpadding="4">'
        f'{nav}<tr><td><img src="/spacer.gif" width="1" height="20"></td></tr>'
        '<tr><td><font face="Verdana" size="1">You are visitor no. 004512</font></td></tr></table></td>'
        '<td width="620" valign="top"><table width="100%" cellpadding="6" cellspacing="0" border="0">'
        f'<tr><td colspan="2"><font face="Georgia" size="4"><b>{e(n)}</b></font><br>'
        f'<font face="Verdana" size="2"><i>{e(r["headline"])}</i></font></td></tr>'
        + cell(bio)
        + title(t["dims"])
        + dims
        + title(t["themes"])
        + cell(kw)
        + title(t["summary"])
        + cell(summ)
        + title(t["principles"])
        + cell(pr)
        + title(t["quotes"])
        + cell(quotes)
        + '<tr><td colspan="2"><font face="Verdana" size="1">[ <a href="#">Printer friendly</a> | '
        '<a href="#">E-mail this page</a> | <a href="#">Back to top</a> ]</font></td></tr>'
        "</table></td></tr>"
        '<tr><td colspan="2" align="center"><font face="Verdana" size="1">Copyright &copy; 2001-2026 LeadersOnline.net. '
        "All rights reserved. Best viewed in 800x600.<br>Last updated: 11/03/2026</font></td></tr>"
        "</table></body></html>"
    )


# 6 Slide-deck HTML export (absolutely positioned text boxes, a footer on every slide) --------------
DECK = {
    "dims": "Scorecard",
    "themes": "Talking points",
    "summary": "Overview",
    "principles": "Key lessons",
    "quotes": "In their words",
}


def slides(r, t=DECK):
    n = r["name"]
    total = 7
    k = [0]

    def box(x, y, w, html, cls="tb"):
        return f'<div class="{cls}" style="position:absolute;left:{x}px;top:{y}px;width:{w}px">{html}</div>'

    def slide(inner):
        k[0] += 1
        return (
            f'<div class="slide" id="slide-{k[0]}" style="position:relative;width:960px;height:540px">{inner}'
            + box(
                40,
                510,
                500,
                '<p class="ft">Leadership Series · Harbourline Partners · Confidential</p>',
                "footer",
            )
            + box(880, 510, 60, f'<p class="num">{k[0]} / {total}</p>', "footer")
            + "</div>"
        )

    def title(s):
        return box(40, 30, 880, f'<p class="title"><span>{e(s)}</span></p>')

    dims = "".join(
        box(60, 110 + 40 * i, 400, f"<p><span>{e(d['name'])}</span></p>")
        + box(480, 110 + 40 * i, 80, f"<p><span>{d['score']}</span></p>")
        for i, d in enumerate(r["dimensions"])
    )
    themes = "".join(f"<p><span>{e(x)}</span></p>" for x in r["themes"])
    pr = "".join(
        f'<p class="bullet"><span>• </span><span>{e(p)}</span></p>' for p in r["principles"]
    )

    def quote(x):
        a = attr(x, n)
        return f"<p><span>“{e(x['text'])}”</span></p>" + (
            f'<p class="attr"><span>— {e(a)}</span></p>' if a else ""
        )

    deck = (
        slide(
            box(60, 180, 840, f'<p class="deck-title"><span>{e(n)}</span></p>')
            + box(60, 260, 840, f'<p class="subtitle"><span>{e(r["headline"])}</span></p>')
        )
        + slide(title("About") + box(60, 110, 840, paras(r["bio"])))
        + slide(title(t["summary"]) + box(60, 110, 840, paras(r["summary"])))
        + slide(title(t["dims"]) + dims)
        + slide(title(t["themes"]) + box(60, 110, 840, themes))
        + slide(title(t["principles"]) + box(60, 110, 840, pr))
        + slide(title(t["quotes"]) + box(60, 110, 840, "".join(quote(x) for x in r["quotes"])))
    )
    css = "body{background:#666}.slide{background:#fff;margin:20px auto;overflow:hidden}.tb p{margin:0 0 8px}"
    return (
        head(r, f"{n} — Leadership Series deck", css)
        + '<body><div class="viewer-bar"><span>Leadership Series — '
        f"{e(n)}.pptx</span> <a>Download</a> <a>Present</a> <a>Open in app</a></div>"
        f'<div class="deck">{deck}</div>'
        '<div class="viewer-foot"><p>Exported with DeckShare · <a>Report abuse</a></p></div></body></html>'
    )


# 7 Investor-relations board of directors page ---------------------------------------------------
BOARD = {
    "dims": "Skills matrix",
    "themes": "Areas of expertise",
    "summary": "Remarks to shareholders",
    "principles": "Governance commitments",
    "quotes": "Statements",
}
DIRECTORS = [
    ("Margaret Oyelowo", "Independent Chair", "Audit; Nominating & Governance"),
    ("Henrik Dahlqvist", "Independent Director", "Compensation (Chair)"),
    ("Priya Raghunathan", "Independent Director", "Audit (Chair); Risk"),
]


def board(r, t=BOARD):
    n = r["name"]
    rows = "".join(
        f"<tr><td>{e(d['name'])}</td><td>{d['score']}</td></tr>" for d in r["dimensions"]
    )
    exp = "".join(f'<li class="expertise-item">{e(x)}</li>' for x in r["themes"])
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        src = f"<figcaption>{e(a)}</figcaption>" if a else ""
        return f'<figure class="stmt"><blockquote>{e(x["text"])}</blockquote>{src}</figure>'

    def card(name, role, committees):
        return (
            f'<div class="director-card"><img alt="" src="/d.jpg"><h3>{e(name)}</h3><p class="d-role">{e(role)}</p>'
            f'<p class="d-comm">Committees: {e(committees)}</p><a>View bio</a></div>'
        )

    css = ".expertise{display:flex;flex-wrap:wrap;list-style:none;gap:6px}"
    return (
        head(r, f"{n} | Board of Directors | Investor Relations", css)
        + '<body><div class="ticker-bar"><span>NASDAQ: HRBL</span> <span>$14.22</span> <span>▲ 0.11 (0.78%)</span> '
        "<span>Nov 25, 2026 4:00 PM ET</span> <span>Pricing delayed 20 minutes</span></div>"
        '<header class="ir-header"><a class="logo">Harbourline Holdings</a><nav><a>Overview</a> <a>Stock information</a> '
        '<a>Financials</a> <a>SEC filings</a> <a>Events &amp; presentations</a> <a class="active">Governance</a></nav></header>'
        '<div class="ir-crumbs"><a>Investors</a> / <a>Governance</a> / <a>Board of Directors</a></div>'
        '<main><h1 class="page-h">Board of Directors</h1>'
        f'<div class="directors">{card(*DIRECTORS[0])}{card(*DIRECTORS[1])}</div>'
        f'<section class="director-profile" aria-label="Director biography"><h2>{e(n)}</h2>'
        f'<p class="d-headline">{e(r["headline"])}</p>'
        '<ul class="d-facts"><li>Director since 2021</li><li>Committees: Risk; Sustainability</li></ul>'
        f"{paras(r['bio'])}"
        f'<h3>{e(t["dims"])}</h3><table class="matrix"><thead><tr><th>Skill</th><th>Rating</th></tr></thead><tbody>{rows}</tbody></table>'
        f'<h3>{e(t["themes"])}</h3><ul class="expertise">{exp}</ul>'
        f"<h3>{e(t['summary'])}</h3>{paras(r['summary'])}"
        f"<h3>{e(t['principles'])}</h3><ul>{pr}</ul>"
        f"<h3>{e(t['quotes'])}</h3>{''.join(quote(x) for x in r['quotes'])}"
        "<p><a>Close</a> · <a>Download bio (PDF)</a></p></section>"
        f'<div class="directors">{card(*DIRECTORS[2])}</div>'
        '<section class="ir-docs"><h2>Governance documents</h2><ul><li><a>Corporate Governance Guidelines (PDF)</a></li>'
        "<li><a>Code of Business Conduct (PDF)</a></li><li><a>Audit Committee Charter (PDF)</a></li></ul></section>"
        '<section class="alerts"><h2>Email alerts</h2><p>Sign up to receive press releases and SEC filings.</p>'
        '<input type="email"><button>Subscribe</button></section></main>'
        "<footer><p>© 2026 Harbourline Holdings, Inc. All rights reserved.</p><p><a>Investor contacts</a> · "
        "<a>Privacy</a> · <a>Cookie preferences</a></p></footer>"
        '<div class="cookie"><p>This website uses cookies.</p><button>Accept</button></div></body></html>'
    )


# 8 Forum thread (Discourse-like): the profile is the first post -------------------------------
FORUM = {
    "dims": "Ratings",
    "themes": "Tags covered",
    "summary": "TL;DR",
    "principles": "Lessons",
    "quotes": "Best quotes",
}
REPLIES = [
    (
        "oskar_p",
        "Great write-up, thanks for posting. The third lesson is one I needed this week.",
        4,
    ),
    (
        "mbaye.d",
        "Does anyone have the link to the full episode? The one in the newsletter is broken.",
        1,
    ),
    ("mod_anna", "Fixed the link in the newsletter, sorry about that!", 2),
]


def forum(r, t=FORUM):
    n = r["name"]
    dims = "".join(f"<li>{e(d['name'])}: {d['score']}</li>" for d in r["dimensions"])
    themes = "".join(f"<li><code>{e(x)}</code></li>" for x in r["themes"])
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        if a:
            return (
                f'<aside class="quote no-group"><div class="title">{e(a)}:</div>'
                f"<blockquote><p>{e(x['text'])}</p></blockquote></aside>"
            )
        return f"<blockquote><p>{e(x['text'])}</p></blockquote>"

    def post(user, body, likes, num, when):
        return (
            f'<article class="topic-post" id="post_{num}"><div class="topic-avatar"><img alt="" src="/u/{user}.png"></div>'
            f'<div class="topic-body"><div class="topic-meta-data"><span class="username"><a>{e(user)}</a></span>'
            f'<span class="post-date">{when}</span></div><div class="cooked">{body}</div>'
            f'<nav class="post-controls"><button>❤ {likes}</button><button>Copy link</button><button>Reply</button></nav></div></article>'
        )

    first = (
        f"<p>Posting the profile from this week’s episode for discussion.</p><h2>{e(n)}</h2>"
        f"<p><em>{e(r['headline'])}</em></p>{paras(r['bio'])}"
        f"<h3>{e(t['summary'])}</h3>{paras(r['summary'])}"
        f"<h3>{e(t['dims'])}</h3><ul>{dims}</ul>"
        f"<h3>{e(t['themes'])}</h3><ul>{themes}</ul>"
        f"<h3>{e(t['principles'])}</h3><ol>{pr}</ol>"
        f"<h3>{e(t['quotes'])}</h3>{''.join(quote(x) for x in r['quotes'])}"
    )
    posts = post("mod_anna", first, 23, 1, "Nov 24") + "".join(
        post(u, f"<p>{e(b)}</p>", likes, i + 2, f"Nov {24 + (i + 1) // 2}")
        for i, (u, b, likes) in enumerate(REPLIES)
    )
    suggested = "".join(
        f"<tr><td><a>Profile: {e(a)}</a></td><td>{5 + i}</td><td>{300 + 41 * i}</td><td>Nov {10 + i}</td></tr>"
        for i, (a, _b) in enumerate(OTHERS)
    )
    return (
        head(r, f"Profile: {n} - Episode discussion - The Operators Forum")
        + '<body><header class="d-header"><a class="title">The Operators Forum</a><div class="panel">'
        '<button>Sign Up</button><button>Log In</button><button aria-label="search">🔍</button></div></header>'
        f'<div id="topic-title"><h1><a>Profile: {e(n)}</a></h1><div class="topic-category">'
        '<span class="badge-category">Episode discussion</span><div class="list-tags"><a>profiles</a> <a>season-4</a></div></div></div>'
        f'<div class="post-stream">{posts}</div>'
        '<div class="topic-map"><span>created Nov 24</span> <span>last reply 1d</span> <span>3 replies</span> '
        "<span>412 views</span> <span>4 users</span> <span>30 likes</span></div>"
        '<div class="suggested-topics"><h3>Suggested Topics</h3><table><thead><tr><th>Topic</th><th>Replies</th>'
        f"<th>Views</th><th>Activity</th></tr></thead><tbody>{suggested}</tbody></table>"
        "<p>Want to read more? Browse other topics in Episode discussion or view latest topics.</p></div>"
        '<footer class="powered"><p>Powered by Discourse, best viewed with JavaScript enabled</p></footer>'
        '<div class="cookie-banner"><p>This forum uses cookies to keep you logged in.</p><button>Got it</button></div></body></html>'
    )


DESIGNS = {
    "faculty": faculty,
    "newsroom": newsroom,
    "datadir": datadir,
    "magazine": magazine,
    "tables": tables,
    "slides": slides,
    "board": board,
    "forum": forum,
}

HELD_BACK = ("board", "slides", "forum")  # and their -std twins: measured only, never fitted


def _standard(render):
    return lambda r: render(r, STANDARD)


STANDARD_TITLES = {f"{k}-std": _standard(v) for k, v in DESIGNS.items()}
