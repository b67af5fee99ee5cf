"""Eight site designs for probe 4, none of them in probes 1-3, bench/sitegen.py or the
conformance designs: a podcast episode page, a conference speaker page, a company leadership-team
page with an accordion, an encyclopedia article with an infobox, a one-page site builder, a shop's
blog article, a documentation site page and a newsletter's web archive.

Each has real chrome (navigation, cookie banner, related cards, share buttons, newsletter box,
footer) and its own section-title wording and markup habits. Every design takes the section
titles as an argument: ``DESIGNS`` passes the site's own, ``STANDARD`` the example's
("Dimension Profile", "Key Themes", ...), so design X-std differs from X only in those words
(telling "title words unknown" from "structure misread").
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
    ("Rafaela Montt", "Director of Research at Instituto Andino del Agua"),
    ("Jonas Eberhardt", "Head of Operations, Nordhafen Ferries"),
    ("Priya Kulkarni", "Chief People Officer at Sahyadri Health Cooperative"),
]


# 1 Podcast episode page (Transistor / Buzzsprout-like) ---------------------------------------
PODCAST = {
    "dims": "Guest scorecard",
    "themes": "Episode tags",
    "summary": "Show notes",
    "principles": "Takeaways",
    "quotes": "Memorable lines",
}


def podcast(r, t=PODCAST):
    n = r["name"]
    bars = "".join(
        f'<li class="score"><span class="score-label">{e(d["name"])}</span>'
        f'<div class="bar" role="progressbar" aria-label="{ea(d["name"])}" aria-valuenow="{d["score"]}" '
        f'aria-valuemin="0" aria-valuemax="100"><div class="fill" style="width:{d["score"]}%"></div></div>'
        f'<span class="score-value">{d["score"]}</span></li>'
        for d in r["dimensions"]
    )
    tags = "".join(
        f'<li><a href="/tags/{i}" class="tag">{e(x)}</a></li>' for i, x in enumerate(r["themes"])
    )
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        cite = f"<cite>— {e(a)}</cite>" if a else ""
        return f'<blockquote class="pull"><p>“{e(x["text"])}”</p>{cite}</blockquote>'

    more = "".join(
        f'<li class="ep"><a href="#"><span class="ep-num">Ep. {38 + i}</span> <span class="ep-title">{e(a)} — {e(b)}</span></a>'
        f'<span class="ep-len">4{i} min</span></li>'
        for i, (a, b) in enumerate(OTHERS)
    )
    css = ".tags{display:flex;flex-wrap:wrap;gap:6px;list-style:none}.bar{height:6px;background:#eee}.fill{height:6px;background:#3a6}"
    return (
        head(r, f"Ep. 41: In conversation with {n} | The Long Haul", css)
        + '<body class="episode-page"><div class="cookie-bar" role="region" aria-label="Cookies"><p>We use cookies to count listens and improve the player. '
        '<a href="/privacy">Privacy policy</a></p><button>Okay</button><button>Reject non-essential</button></div>'
        '<header class="site-header"><a class="show-title" href="/">The Long Haul</a><p class="show-tagline">Conversations about running real things</p>'
        '<nav><a href="/episodes">Episodes</a> <a href="/about">About</a> <a href="/subscribe">Subscribe</a></nav></header>'
        '<main><section class="episode-hero"><p class="episode-meta">Season 3 · Episode 41 · 52 min</p>'
        f'<h1 class="episode-title">Ep. 41: In conversation with {e(n)}</h1>'
        '<div class="player" role="region" aria-label="Audio player"><button aria-label="Play">▶</button>'
        '<span class="time">00:00</span> / <span class="duration">52:14</span><button aria-label="Playback speed">1x</button>'
        '<a href="/ep41.mp3" download>Download</a></div>'
        '<ul class="listen-on"><li><a>Apple Podcasts</a></li><li><a>Spotify</a></li><li><a>Overcast</a></li><li><a>RSS</a></li></ul></section>'
        f'<section class="show-notes"><h2>{e(t["summary"])}</h2>{paras(r["summary"])}'
        '<p class="transcript-link"><a href="/ep41/transcript">Read the full transcript</a></p></section>'
        f'<section class="guest"><h2>About the guest</h2><h3 class="guest-name">{e(n)}</h3>'
        f'<p class="guest-title">{e(r["headline"])}</p>{paras(r["bio"])}</section>'
        f'<section class="scorecard"><h2>{e(t["dims"])}</h2><ul class="scores">{bars}</ul></section>'
        f'<section><h2>{e(t["themes"])}</h2><ul class="tags">{tags}</ul></section>'
        f"<section><h2>{e(t['principles'])}</h2><ol>{pr}</ol></section>"
        f"<section><h2>{e(t['quotes'])}</h2>{''.join(quote(x) for x in r['quotes'])}</section>"
        '<div class="share"><span>Share this episode:</span> <a>Copy link</a> <a>X</a> <a>LinkedIn</a> <a>WhatsApp</a></div>'
        f'<section class="more-episodes"><h2>More episodes</h2><ul>{more}</ul></section></main>'
        '<aside class="newsletter"><h2>Never miss an episode</h2><p>New conversations every other Tuesday.</p>'
        '<input type="email" placeholder="you@example.com"><button>Get the emails</button></aside>'
        "<footer><p>© 2026 The Long Haul</p><p>Hosted on Transistor · <a>Privacy</a> · <a>Terms</a></p></footer></body></html>"
    )


# 2 Conference speaker page (Sessionize-like) ---------------------------------------------------
SESSIONIZE = {
    "dims": "Audience ratings",
    "themes": "Expertise",
    "summary": "Session abstract",
    "principles": "What you'll learn",
    "quotes": "From the session",
}


def sessionize(r, t=SESSIONIZE):
    n = r["name"]
    rows = "".join(
        f'<tr><th scope="row">{e(d["name"])}</th><td>{d["score"]} / 100</td></tr>'
        for d in r["dimensions"]
    )
    tags = "".join(f'<li class="sz-tag">{e(x)}</li>' for x in r["themes"])
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        cap = f"<figcaption>— <cite>{e(a)}</cite></figcaption>" if a else ""
        return (
            f'<figure class="sz-quote"><blockquote><p>{e(x["text"])}</p></blockquote>{cap}</figure>'
        )

    speakers = "".join(
        f'<li class="sz-speaker-card"><a href="#"><img alt="" src="/s{i}.jpg"><span class="sz-name">{e(a)}</span>'
        f'<span class="sz-tagline">{e(b)}</span></a></li>'
        for i, (a, b) in enumerate(OTHERS)
    )
    return (
        head(r, f"{n} | Speakers | Harvest & Harbour Summit 2026")
        + '<body><header class="event-header"><a class="event-logo" href="/">Harvest &amp; Harbour Summit 2026</a>'
        '<p class="event-dates">Rotterdam · 14–16 October</p><nav><ul><li><a>Program</a></li><li><a>Speakers</a></li>'
        '<li><a>Venue</a></li><li><a class="btn">Get tickets</a></li></ul></nav></header>'
        '<nav class="breadcrumbs"><a href="/speakers">Speakers</a> / <span>Profile</span></nav>'
        '<main><h1 class="page-title">Speaker</h1><div class="sz-speaker sz-speaker--full">'
        f'<div class="sz-speaker__photo"><img alt="{ea(n)}" src="/photo.jpg"></div>'
        f'<h2 class="sz-speaker__name">{e(n)}</h2><h3 class="sz-speaker__tagline">{e(r["headline"])}</h3>'
        f'<div class="sz-speaker__bio">{paras(r["bio"])}</div>'
        '<ul class="sz-speaker__links"><li><a>LinkedIn</a></li><li><a>Company website</a></li></ul>'
        f'<h3>{e(t["themes"])}</h3><ul class="sz-tags">{tags}</ul>'
        f'<h3>{e(t["dims"])}</h3><table class="sz-ratings"><caption>Average of 212 attendee ratings</caption>'
        f"<tbody>{rows}</tbody></table></div>"
        '<div class="sz-session"><h3>Session</h3><h4 class="sz-session__title">Main stage fireside chat</h4>'
        '<p class="sz-session__meta">Thursday 15 October · 11:00–11:45 · Hall C</p>'
        '<p class="sz-session__actions"><a>Add to calendar</a> · <a>Rate this session</a></p>'
        f"<h5>{e(t['summary'])}</h5>{paras(r['summary'])}"
        f"<h5>{e(t['principles'])}</h5><ul>{pr}</ul>"
        f"<h5>{e(t['quotes'])}</h5>{''.join(quote(x) for x in r['quotes'])}</div>"
        f'<section class="other-speakers"><h2>Other speakers</h2><ul>{speakers}</ul><a>View all 64 speakers</a></section></main>'
        '<section class="signup"><h2>Early-bird tickets end 31 July</h2><p>Join our mailing list for program updates.</p>'
        '<input type="email"><button>Notify me</button></section>'
        "<footer><p>Harvest &amp; Harbour Summit is organised by Portside Events B.V.</p><p>Event content powered by Sessionize</p>"
        "<p><a>Code of conduct</a> · <a>Accessibility</a> · <a>Privacy</a></p></footer>"
        '<div id="cc" class="cookie-consent"><p>Cookies help us run this site. Is that okay?</p><button>Yes</button><button>No</button></div></body></html>'
    )


# 3 Company leadership team page: one member's accordion is open ---------------------------------
TEAM = {
    "dims": "Strengths",
    "themes": "Areas of focus",
    "summary": "Conversation recap",
    "principles": "Operating principles",
    "quotes": "On the record",
}
COLLEAGUES = [
    (
        "Henrik Aalto",
        "Chief Financial Officer",
        "Henrik joined from an investment bank in 2019 and looks after finance and treasury.",
    ),
    (
        "Beatriz Lemos",
        "General Counsel",
        "Beatriz leads legal, compliance and company secretarial work.",
    ),
    (
        "Samuel Okonkwo-Reyes",
        "Head of People",
        "Samuel built the training academy and runs recruitment.",
    ),
]


def teampage(r, t=TEAM):
    n = r["name"]
    dims = "".join(
        f'<li>{e(d["name"])} <span class="score">({d["score"]})</span></li>'
        for d in r["dimensions"]
    )
    badges = " ".join(f'<span class="badge">{e(x)}</span>' for x in r["themes"])
    pr = "".join(
        f'<li><span class="check" aria-hidden="true">✓</span> {e(p)}</li>' for p in r["principles"]
    )

    def quote(x):
        a = attr(x, n)
        by = f'<p class="quote-by">{e(a)}</p>' if a else ""
        return f'<div class="quote-card"><p class="quote-text">“{e(x["text"])}”</p>{by}</div>'

    def closed(name, title, blurb):
        return (
            f'<details class="member"><summary><img alt="" src="/m.jpg"><span class="member-name">{e(name)}</span>'
            f'<span class="member-title">{e(title)}</span><span class="toggle">Read bio +</span></summary>'
            f'<div class="member-bio"><p>{e(blurb)}</p></div></details>'
        )

    body = (
        f'<details class="member" open><summary><img alt="" src="/lead.jpg"><span class="member-name">{e(n)}</span>'
        f'<span class="member-title">{e(r["headline"])}</span><span class="toggle">Close −</span></summary>'
        f'<div class="member-bio">{paras(r["bio"])}'
        f'<h4>{e(t["dims"])}</h4><ul class="strengths">{dims}</ul>'
        f'<h4>{e(t["themes"])}</h4><p class="badges">{badges}</p>'
        f"<h4>{e(t['summary'])}</h4>{paras(r['summary'])}"
        f'<h4>{e(t["principles"])}</h4><ul class="checks">{pr}</ul>'
        f"<h4>{e(t['quotes'])}</h4>{''.join(quote(x) for x in r['quotes'])}</div></details>"
    )
    members = closed(*COLLEAGUES[0]) + body + closed(*COLLEAGUES[1]) + closed(*COLLEAGUES[2])
    css = ".badge{display:inline-block;padding:2px 8px;border-radius:9px;background:#eef}.member summary{display:flex;gap:8px}"
    return (
        head(r, "Leadership team | Northwind Group", css)
        + '<body><div class="consent" role="dialog" aria-label="Privacy"><p>We and our partners use cookies to personalise content. '
        "You can change your choice at any time.</p><button>Accept</button><button>Customise</button></div>"
        '<header class="masthead"><a class="logo" href="/">Northwind Group</a><nav><a>What we do</a> <a>About us</a> <a>Investors</a> '
        "<a>Careers</a> <a>Contact</a></nav></header>"
        '<main><nav class="crumbs"><a>Home</a> › <a>About us</a> › Leadership</nav>'
        '<h1>Our leadership team</h1><p class="intro">Meet the people responsible for the day-to-day running of the group.</p>'
        f'<div class="team-grid">{members}</div>'
        '<section class="board-link"><h2>Board of directors</h2><p>Our board oversees strategy and risk.</p><a>Meet the board</a></section></main>'
        '<section class="newsletter"><h2>Investor news by email</h2><input type="email"><button>Subscribe</button></section>'
        "<footer><p>Northwind Group plc · Registered in England and Wales No. 04120977</p>"
        "<p><a>Modern slavery statement</a> | <a>Cookies</a> | <a>Sitemap</a></p>"
        '<p class="social"><a>LinkedIn</a> <a>YouTube</a></p></footer></body></html>'
    )


# 4 Encyclopedia article with an infobox (Wikipedia-like) ---------------------------------------
WIKI = {
    "dims": "Evaluation",
    "themes": "Categories",
    "summary": "Interview",
    "principles": "Views",
    "quotes": "Quotations",
}


def wiki(r, t=WIKI):
    n = r["name"]

    def h2(title, sid):
        return (
            f'<div class="mw-heading mw-heading2"><h2 id="{sid}">{e(title)}</h2><span class="mw-editsection">'
            '<span class="mw-editsection-bracket">[</span><a href="#" title="Edit section">edit</a>'
            '<span class="mw-editsection-bracket">]</span></span></div>'
        )

    rows = "".join(
        f'<tr><td>{e(d["name"])}</td><td style="text-align:right">{d["score"]}</td></tr>'
        for d in r["dimensions"]
    )
    cats = "".join(
        f'<li><a href="/wiki/Category:{i}">{e(x)}</a></li>' for i, x in enumerate(r["themes"])
    )
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        cite = f'<div class="templatequotecite">—&#8202;<cite>{e(a)}</cite></div>' if a else ""
        return f'<blockquote class="templatequote"><p>{e(x["text"])}</p>{cite}</blockquote>'

    toc = "".join(
        f'<li class="toclevel-1"><a href="#s{i}"><span class="tocnumber">{i + 1}</span> <span class="toctext">{e(s)}</span></a></li>'
        for i, s in enumerate([t["dims"], t["summary"], t["principles"], t["quotes"], "See also"])
    )
    infobox = (
        '<table class="infobox vcard"><tbody>'
        f'<tr><th colspan="2" class="infobox-above"><div class="fn">{e(n)}</div></th></tr>'
        '<tr><td colspan="2" class="infobox-image"><img alt="" src="/portrait.jpg" width="220"></td></tr>'
        f'<tr><th scope="row" class="infobox-label">Current position</th><td class="infobox-data">{e(r["headline"])}</td></tr>'
        '<tr><th scope="row" class="infobox-label">Known for</th><td class="infobox-data">Leadership interview, 2026</td></tr>'
        "</tbody></table>"
    )
    css = "#catlinks li{display:inline-block;padding:0 .5em;border-left:1px solid #aaa}.infobox{float:right}"
    return (
        head(r, f"{n} - Leaderpedia", css)
        + '<body class="mediawiki skin-vector"><div id="siteNotice"><p>Leaderpedia uses cookies for login sessions only. '
        "<a>Learn more</a> <button>Dismiss</button></p></div>"
        '<header class="vector-header"><a class="mw-logo" href="/">Leaderpedia</a><form><input placeholder="Search Leaderpedia"><button>Search</button></form>'
        '<nav class="vector-user-links"><a>Donate</a> <a>Create account</a> <a>Log in</a></nav></header>'
        '<div class="mw-body"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">'
        f"{e(n)}</span></h1>"
        '<div class="vector-page-toolbar"><a>Article</a> <a>Talk</a> <a>Read</a> <a>Edit</a> <a>View history</a></div>'
        '<div id="bodyContent"><div id="siteSub">From Leaderpedia, the free encyclopedia</div>'
        f'<div class="mw-parser-output">{infobox}{paras(r["bio"])}'
        f'<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>{toc}</ul></div>'
        + h2(t["dims"], "s0")
        + f'<table class="wikitable"><tbody><tr><th>Area</th><th>Score (0–100)</th></tr>{rows}</tbody></table>'
        + h2(t["summary"], "s1")
        + paras(r["summary"])
        + h2(t["principles"], "s2")
        + f"<ul>{pr}</ul>"
        + h2(t["quotes"], "s3")
        + "".join(quote(x) for x in r["quotes"])
        + h2("See also", "s4")
        + f"<ul><li><a>{e(OTHERS[0][0])}</a></li><li><a>{e(OTHERS[1][0])}</a></li><li><a>List of leadership interviews</a></li></ul>"
        "</div></div>"
        f'<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">{e(t["themes"])}</a>: <ul>{cats}</ul></div></div></div>'
        '<footer id="footer"><ul id="footer-info"><li>This page was last edited on 9 January 2026, at 17:02 (UTC).</li>'
        "<li>Text is available under the Creative Commons Attribution-ShareAlike License 4.0.</li></ul>"
        '<ul id="footer-places"><li><a>Privacy policy</a></li><li><a>About Leaderpedia</a></li><li><a>Disclaimers</a></li><li><a>Mobile view</a></li></ul></footer></body></html>'
    )


# 5 One-page site builder (Framer / Carrd-like): no headings, a duplicated ticker ---------------
FRAMER = {
    "dims": "By the numbers",
    "themes": "I talk about",
    "summary": "From the podcast",
    "principles": "Rules I work by",
    "quotes": "Said & heard",
}


def framer(r, t=FRAMER):
    n = r["name"]

    def txt(s, cls="framer-text"):
        return f'<div data-framer-component-type="RichTextContainer"><p class="{cls}">{s}</p></div>'

    def label(s):
        return txt(e(s), "framer-text framer-styles-preset-eyebrow")

    stats = "".join(
        f'<div class="framer-stat">{txt(str(d["score"]), "framer-text framer-styles-preset-display")}{txt(e(d["name"]))}</div>'
        for d in r["dimensions"]
    )
    chips = "".join(f'<div class="framer-chip">{txt(e(x))}</div>' for x in r["themes"])
    ticker = f'<section class="framer-ticker"><ul><li>{chips}</li><li aria-hidden="true">{chips}</li></ul></section>'
    cards = "".join(
        f'<div class="framer-card">{txt("→")}{txt(e(p))}</div>' for p in r["principles"]
    )

    def quote(x):
        parts = [txt(f"“{e(x['text'])}”", "framer-text framer-styles-preset-quote")]
        if x["context"] is not None:
            parts.append(txt(f"<strong>{e(x['speaker'])}</strong>"))
            parts.append(txt(e(x["context"]), "framer-text framer-styles-preset-small"))
        return f'<div class="framer-testimonial">{"".join(parts)}</div>'

    css = ".framer-stat,.framer-card,.framer-chip{display:block}.framer-ticker ul{display:flex;list-style:none}"
    return (
        head(r, f"{n}", css)
        + '<body><div id="main" data-framer-hydrate-v2="1"><div class="framer-nav">'
        f'<a href="/" class="framer-logo">{e(n.split()[0])}.</a><a href="#about">About</a><a href="#numbers">Numbers</a>'
        '<a href="#contact" class="framer-button">Book a talk</a></div>'
        f'<section class="framer-hero">{txt(e(n), "framer-text framer-styles-preset-hero")}{txt(e(r["headline"]))}</section>'
        f'<section id="about" class="framer-about">{label("About")}'
        + "".join(txt(e(p)) for p in r["bio"].split("\n\n"))
        + f'</section><section id="numbers">{label(t["dims"])}<div class="framer-stats">{stats}</div></section>'
        + f"{label(t['themes'])}{ticker}"
        + f'<section class="framer-episode">{label(t["summary"])}'
        + "".join(txt(e(p)) for p in r["summary"].split("\n\n"))
        + txt('<a href="#">Listen on Spotify ↗</a>')
        + f'</section><section class="framer-rules">{label(t["principles"])}<div class="framer-grid">{cards}</div></section>'
        + f'<section class="framer-quotes">{label(t["quotes"])}{"".join(quote(x) for x in r["quotes"])}</section>'
        '<section id="contact" class="framer-contact">'
        + txt("Let’s talk")
        + txt(
            "For speaking and advisory enquiries, leave your email and I will get back to you within a week."
        )
        + '<form><input type="email" placeholder="Email"><button>Send</button></form></section>'
        '<footer class="framer-footer">'
        + txt("© 2026 All rights reserved.")
        + '<a class="__framer-badge" href="https://www.framer.com/">Made in Framer</a></footer></div>'
        '<div class="framer-cookie-banner" role="dialog"><p>This website uses cookies to analyse traffic.</p>'
        "<button>Accept</button><button>Decline</button></div></body></html>"
    )


# 6 A shop's blog article (Shopify Dawn-like) --------------------------------------------------
SHOPIFY = {
    "dims": "Our rubric",
    "themes": "Topics in this story",
    "summary": "What we discussed",
    "principles": "Lessons",
    "quotes": "Overheard",
}


def shopify(r, t=SHOPIFY):
    n = r["name"]
    dims = "".join(
        f"<dt>{e(d['name'])}</dt><dd>{d['score']} out of 100</dd>" for d in r["dimensions"]
    )
    tags = "".join(
        f'<li><a href="/blogs/journal/tagged/{i}" class="tag-pill">{e(x)}</a></li>'
        for i, x in enumerate(r["themes"])
    )
    pr = "".join(f"<p><strong>{i + 1}.</strong> {e(p)}</p>" for i, p in enumerate(r["principles"]))

    def quote(x):
        a = attr(x, n)
        return f"<blockquote><p>“{e(x['text'])}”</p></blockquote>" + (
            f"<p><em>– {e(a)}</em></p>" if a else ""
        )

    cards = "".join(
        f'<li class="article-card"><a href="#"><h3 class="card__heading">Meet the maker: {e(a)}</h3></a>'
        f'<p class="article-card__excerpt">{e(b)}</p><span class="circle-divider">Read more</span></li>'
        for a, b in OTHERS
    )
    return (
        head(r, f"Meet the maker: {n} – Saltmarsh Goods")
        + '<body class="template-article"><div class="announcement-bar" role="region"><p>Free shipping on orders over €60</p></div>'
        '<header class="header"><a class="header__heading-link" href="/">Saltmarsh Goods</a>'
        '<nav class="header__inline-menu"><a>Shop</a> <a>Makers</a> <a>Journal</a> <a>About</a></nav>'
        '<div class="header__icons"><a>Search</a> <a>Log in</a> <a>Cart (0)</a></div></header>'
        '<main id="MainContent"><article class="article-template"><div class="article-template__hero-container">'
        '<img alt="" src="/files/hero.jpg"></div><header class="page-width">'
        f'<h1 class="article-template__title">Meet the maker: {e(n)}</h1>'
        '<span class="circle-divider caption-with-letter-spacing"><time>January 22, 2026</time></span>'
        '<span class="caption-with-letter-spacing">by Saltmarsh Editorial</span></header>'
        f'<div class="article-template__tags"><h2 class="visually-hidden-label">{e(t["themes"])}</h2><ul class="tags">{tags}</ul></div>'
        '<div class="article-template__content page-width rte">'
        f'<div class="at-a-glance"><p><strong>Name:</strong> {e(n)}</p><p><strong>Role:</strong> {e(r["headline"])}</p></div>'
        f"{paras(r['bio'])}"
        f"<h3>{e(t['dims'])}</h3><dl>{dims}</dl>"
        f"<h3>{e(t['summary'])}</h3>{paras(r['summary'])}"
        f"<h3>{e(t['principles'])}</h3>{pr}"
        f"<h3>{e(t['quotes'])}</h3>{''.join(quote(x) for x in r['quotes'])}</div>"
        '<div class="article-template__social-sharing"><span>Share</span> <a>Facebook</a> <a>Pinterest</a> <a>Copy link</a></div>'
        '<div class="article-template__back"><a href="/blogs/journal">← Back to blog</a></div></article>'
        f'<section class="related"><h2>You may also like</h2><ul class="blog-articles">{cards}</ul></section>'
        '<section class="product-recs"><h2>Shop the story</h2><div class="card"><a>Linen apron — €48,00</a></div>'
        '<div class="card"><a>Stoneware mug — €22,00</a></div></section></main>'
        '<footer class="footer"><div class="footer-block"><h2>Subscribe to our emails</h2><input type="email" placeholder="Email"><button>Subscribe</button></div>'
        '<div class="footer__payment">Payment methods: Visa, Mastercard, iDEAL</div><p>© 2026, Saltmarsh Goods Powered by Shopify</p>'
        "<ul><li><a>Refund policy</a></li><li><a>Privacy policy</a></li><li><a>Terms of service</a></li></ul></footer>"
        '<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><p>This website uses cookies to ensure you get the best experience.</p>'
        "<button>Accept</button><button>Decline</button></div></body></html>"
    )


# 7 Documentation site page (Docusaurus-like): sidebar, "On this page" TOC, admonitions ---------
DOCS = {
    "dims": "Competency scores",
    "themes": "Tags",
    "summary": "Session notes",
    "principles": "Practices",
    "quotes": "Voices",
}


def docusaurus(r, t=DOCS):
    n = r["name"]
    dims = "".join(
        f"<li><strong>{e(d['name'])}</strong>: <code>{d['score']}</code></li>"
        for d in r["dimensions"]
    )
    tags = "".join(
        f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/tags/{i}">{e(x)}</a></li>'
        for i, x in enumerate(r["themes"])
    )
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def admonition(kind, title, inner):
        return (
            f'<div class="theme-admonition theme-admonition-{kind} admonition_xJq3 alert alert--secondary">'
            f'<div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"><path d="M6 1"></path></svg></span>{e(title)}</div>'
            f'<div class="admonitionContent_BuS1">{inner}</div></div>'
        )

    def quote(x):
        a = attr(x, n)
        return admonition(
            "note", "quote", f"<p>{e(x['text'])}</p>" + (f"<p>— {e(a)}</p>" if a else "")
        )

    sections = [
        ("competency-scores", t["dims"]),
        ("session-notes", t["summary"]),
        ("practices", t["principles"]),
        ("voices", t["quotes"]),
    ]
    toc = "".join(
        f'<li><a href="#{a}" class="table-of-contents__link">{e(b)}</a></li>' for a, b in sections
    )
    side = "".join(
        f'<li class="menu__list-item"><a class="menu__link">{e(a)}</a></li>' for a, _ in OTHERS[:2]
    )
    css = ".tag_QGVx{display:inline-block;margin:0 4px}.tags_jXut{list-style:none;padding:0;display:inline}"
    return (
        head(r, f"{n} | Leaders Handbook", css)
        + '<body class="docs-wrapper"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>'
        '<div class="theme-announcement-bar" role="banner"><div class="content_knG7">⭐️ The 2026 edition of the handbook is out. <a>Read the changelog</a></div>'
        '<button aria-label="Close">×</button></div>'
        '<nav class="navbar navbar--fixed-top"><a class="navbar__brand" href="/"><b class="navbar__title">Leaders Handbook</b></a>'
        '<a class="navbar__item navbar__link">Docs</a><a class="navbar__item navbar__link">Profiles</a><a class="navbar__item navbar__link">Blog</a>'
        '<a class="navbar__item">GitHub</a><button aria-label="Switch between dark and light mode">◐</button><button class="DocSearch">Search ⌘K</button></nav>'
        '<div class="main-wrapper"><aside class="theme-doc-sidebar-container"><nav aria-label="Docs sidebar" class="menu"><ul class="menu__list">'
        '<li class="menu__list-item"><a class="menu__link">Introduction</a></li><li class="menu__list-item"><a class="menu__link menu__link--sublist">Profiles</a>'
        f'<ul class="menu__list">{side}<li class="menu__list-item"><a class="menu__link menu__link--active" aria-current="page">{e(n)}</a></li></ul></li></ul></nav></aside>'
        '<main class="docMainContainer_TBSr"><div class="row"><div class="col docItemCol_VOVn">'
        '<nav class="theme-doc-breadcrumbs" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a aria-label="Home page">🏠</a></li>'
        f'<li class="breadcrumbs__item"><span>Profiles</span></li><li class="breadcrumbs__item breadcrumbs__item--active"><span>{e(n)}</span></li></ul></nav>'
        f'<article><div class="theme-doc-markdown markdown"><header><h1>{e(n)}</h1></header>'
        f"<p><em>{e(r['headline'])}</em></p>{paras(r['bio'])}"
        f'<h2 class="anchor" id="competency-scores">{e(t["dims"])}<a class="hash-link" href="#competency-scores" aria-label="Direct link to heading">\u200b</a></h2><ul>{dims}</ul>'
        f'<h2 class="anchor" id="session-notes">{e(t["summary"])}<a class="hash-link" href="#session-notes" aria-label="Direct link to heading">\u200b</a></h2>{paras(r["summary"])}'
        f'<h2 class="anchor" id="practices">{e(t["principles"])}<a class="hash-link" href="#practices" aria-label="Direct link to heading">\u200b</a></h2>'
        + admonition("tip", "tip", f"<ol>{pr}</ol>")
        + f'<h2 class="anchor" id="voices">{e(t["quotes"])}<a class="hash-link" href="#voices" aria-label="Direct link to heading">\u200b</a></h2>'
        + "".join(quote(x) for x in r["quotes"])
        + "</div>"
        f'<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-tags-row"><b>{e(t["themes"])}:</b>'
        f'<ul class="tags_jXut padding--none margin-left--sm">{tags}</ul></div>'
        '<div class="row margin-top--sm theme-doc-footer-edit-meta-row"><a class="theme-edit-this-page">Edit this page</a>'
        '<span class="theme-last-updated">Last updated on <b><time>Jan 12, 2026</time></b> by <b>handbook-bot</b></span></div></footer></article>'
        '<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev">'
        f'<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">{e(OTHERS[1][0])}</div></a>'
        '<a class="pagination-nav__link pagination-nav__link--next"><div class="pagination-nav__sublabel">Next</div>'
        f'<div class="pagination-nav__label">{e(OTHERS[2][0])}</div></a></nav></div>'
        f'<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><p>On this page</p><ul class="table-of-contents">{toc}</ul></div></div></div></main></div>'
        '<footer class="footer footer--dark"><div class="footer__links"><div class="footer__col"><div class="footer__title">Community</div>'
        '<ul><li><a>Discord</a></li><li><a>Mastodon</a></li></ul></div><div class="footer__col"><div class="footer__title">More</div>'
        "<ul><li><a>Newsletter</a></li><li><a>GitHub</a></li></ul></div></div>"
        '<div class="footer__copyright">Copyright © 2026 Leaders Handbook contributors. Built with Docusaurus.</div></footer>'
        '<div class="cookie-consent" role="dialog"><p>We use privacy-friendly analytics; no cookies are set unless you agree.</p><button>Agree</button><button>No thanks</button></div></body></html>'
    )


# 8 Newsletter web archive (Beehiiv-like) ---------------------------------------------------------
NEWSLETTER = {
    "dims": "The scorecard",
    "themes": "Filed under",
    "summary": "This week's conversation",
    "principles": "Worth stealing",
    "quotes": "Pull quotes",
}


def _bar(score):
    filled = round(score / 10)
    return "▰" * filled + "▱" * (10 - filled)


def beehiiv(r, t=NEWSLETTER):
    n = r["name"]
    dims = "".join(
        f'<p class="dim">{e(d["name"])}  {_bar(d["score"])}  {d["score"]}</p>'
        for d in r["dimensions"]
    )
    pr = "".join(f"<li><p>{e(p)}</p></li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        return (
            f"<blockquote><p>{e(x['text'])}</p>"
            + (f"<p>— {e(a)}</p>" if a else "")
            + "</blockquote>"
        )

    return (
        head(r, f"Issue #42: {n}")
        + '<body><div class="bh-topbar"><a href="/" class="bh-publication">The Operator’s Notebook</a>'
        '<a class="bh-btn">Subscribe</a> <a>Sign in</a></div>'
        '<main><div class="bh-post-header"><p class="bh-meta">Issue #42 · January 14, 2026 · 6 min read</p>'
        f'<h1 class="bh-title">{e(n)}</h1><h2 class="bh-subtitle">{e(r["headline"])}</h2>'
        '<div class="bh-authors"><img alt="" src="/a.jpg"><span>Nadia Berg</span></div>'
        '<div class="bh-share"><a>Share on X</a> <a>Share on LinkedIn</a> <a>Copy link</a></div></div>'
        '<div id="content-blocks" class="bh-content">'
        '<div class="bh-sponsor"><p><strong>Together with Ledgerly</strong></p>'
        "<p>Close your books in three days, not ten. Ledgerly reconciles bank feeds while you sleep. <a>Try it free</a></p></div>"
        f"{paras(r['bio'])}"
        f"<h3>{e(t['summary'])}</h3>{paras(r['summary'])}"
        f"<h3>{e(t['dims'])}</h3>{dims}"
        f"<h3>{e(t['principles'])}</h3><ol>{pr}</ol>"
        f"<h3>{e(t['quotes'])}</h3>{''.join(quote(x) for x in r['quotes'])}"
        f'<p class="bh-tags"><strong>{e(t["themes"])}:</strong> {" · ".join(e(x) for x in r["themes"])}</p>'
        '<div class="bh-poll"><p><strong>How did you like this issue?</strong></p><p><a>😍 Loved it</a> <a>🙂 Good</a> <a>😐 Meh</a></p></div>'
        "<p>That’s it for this week. Reply to this email if you want to suggest a guest.</p></div>"
        '<div class="bh-subscribe"><h3>Get the next issue</h3><p>Join 18,400 operators who read it every Wednesday.</p>'
        '<input type="email" placeholder="Enter your email"><button>Subscribe</button></div>'
        '<div class="bh-more"><h3>Keep reading</h3>'
        + "".join(
            f'<a class="bh-card"><p class="bh-card-title">Issue #{39 + i}: {e(a)}</p><p>{e(b)}</p></a>'
            for i, (a, b) in enumerate(OTHERS)
        )
        + "</div></main>"
        '<footer class="bh-footer"><p>© 2026 The Operator’s Notebook</p><p>228 Park Ave S, #29976, New York, New York 10003, United States</p>'
        "<p><a>Privacy</a> · <a>Terms</a> · <a>Powered by beehiiv</a></p></footer>"
        '<div class="bh-cookie" role="dialog"><p>We use cookies to understand how readers use this site.</p><button>Accept</button><button>Reject</button></div></body></html>'
    )


DESIGNS = {
    "podcast": podcast,
    "sessionize": sessionize,
    "teampage": teampage,
    "wiki": wiki,
    "framer": framer,
    "shopify": shopify,
    "docusaurus": docusaurus,
    "beehiiv": beehiiv,
}


def _standard(render):
    return lambda r: render(r, STANDARD)


STANDARD_TITLES = {f"{k}-std": _standard(v) for k, v in DESIGNS.items()}
