"""Ten new site designs for trial4 (nine HTML pages with real chrome + one hand-written Obsidian note).

None of them reuses a design from trial2/trial3 or bench/sitegen.py. Each one marks up the
dimensions, chips, principles, quotes and section headings in its own way.
"""

import json
from html import escape


def e(t):
    return escape(t, quote=False)


def ea(t):
    return escape(t, quote=True)


def attr(x, n):
    """The attribution line as an editor writes it, or None when there is none."""
    if x["context"] is None:
        return None
    return x["context"] if x["speaker"] == n else f"{x['speaker']}, {x['context']}"


def paras(s, tag="p", cls=""):
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<{tag}{c}>{e(p)}</{tag}>" for p in s.split("\n\n"))


def head(r, title_suffix, extra=""):
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(r["name"])} {title_suffix}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:title" content="{ea(r["name"])}"><meta name="description" content="{ea(r["summary"][:150])}">'
        f"{extra}</head>"
    )


RELATED = [
    ("Marisol Quintero", "Chief Nursing Officer at Hospital San Rafael"),
    ("Olu Adeyemi", "Director of Operations, Lagos State Water Corporation"),
    ("Hanne Kristiansen", "Secretary-General at Nordic Red Cross Alliance"),
]
COOKIE = (
    "We use cookies to improve your experience and to analyse traffic. By clicking “Accept all”, "
    "you agree to our use of cookies."
)


# 1 Squarespace-like --------------------------------------------------------------------------
def squarespace(r):
    n = r["name"]
    dims = "".join(
        f"<li><p><strong>{e(d['name'])}</strong> — {d['score']}/100</p></li>"
        for d in r["dimensions"]
    )
    tags = ", ".join(
        f'<a href="/profiles?tag={ea(t)}" class="blog-item-tag">{e(t)}</a>' for t in r["themes"]
    )
    pr = "".join(f"<li><p>{e(p)}</p></li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        cap = f'<figcaption class="source">— {e(a)}</figcaption>' if a else ""
        return f'<figure class="block-quote"><blockquote data-animation-role="quote"><span>“</span>{e(x["text"])}<span>”</span></blockquote>{cap}</figure>'

    qs = "".join(quote(x) for x in r["quotes"])

    def blk(inner):
        return f'<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div>'

    rel = "".join(
        f'<div class="summary-item"><div class="summary-title"><a href="#">{e(a)}</a></div><div class="summary-excerpt"><p>{e(b)}</p></div></div>'
        for a, b in RELATED
    )
    return (
        head(r, "— Civic Leaders Project")
        + '<body class="collection-type-blog view-item"><div class="sqs-cookie-banner-v2"><p>'
        + e(COOKIE)
        + "</p><button>Accept all</button><button>Decline</button></div>"
        '<header id="header"><div class="header-title"><a href="/">Civic Leaders Project</a></div>'
        '<nav class="header-nav-list"><a href="/profiles">Profiles</a><a href="/podcast">Podcast</a><a href="/about">About</a><a href="/donate">Donate</a></nav></header>'
        '<main><article class="blog-item"><div class="blog-item-top-wrapper"><div class="blog-meta-item blog-meta-item--date">March 3, 2026</div>'
        f'<h1 class="blog-title" data-content-field="title">{e(n)}</h1></div>'
        '<div class="blog-item-content e-content"><div class="sqs-layout">'
        + blk(f"<h3>{e(r['headline'])}</h3>" + paras(r["bio"]))
        + blk(f'<h2>Leadership scores</h2><ul data-rte-list="default">{dims}</ul>')
        + blk("<h2>About this episode</h2>" + paras(r["summary"]))
        + blk(f'<h2>Guiding principles</h2><ol data-rte-list="default">{pr}</ol>')
        + blk("<h2>Quotes</h2>")
        + f'<div class="sqs-block quote-block">{qs}</div>'
        + '<div class="sqs-block newsletter-block"><h2>Get new profiles in your inbox</h2><p>One email a month. No spam.</p><input type="email" placeholder="Email Address"><button>Sign Up</button></div>'
        + "</div></div>"
        f'<div class="blog-item-meta-wrapper"><span class="blog-categories-list">Tagged: {tags}</span></div>'
        '<div class="blog-item-share"><a class="ss-social-button">Facebook</a><a class="ss-social-button">LinkedIn</a><a class="ss-social-button">Email</a></div>'
        '</article><section class="summary-v2-block"><h2>More leaders</h2>'
        + rel
        + "</section></main>"
        '<footer class="sections"><p>Civic Leaders Project · 14 Harbour Street, Dundee</p><p>Powered by Squarespace</p></footer></body></html>'
    )


# 2 Ghost blog post ----------------------------------------------------------------------------
def ghost(r):
    n = r["name"]
    rows = "".join(
        f"<tr><td>{e(d['name'])}</td><td>{d['score']}%</td></tr>" for d in r["dimensions"]
    )
    tags = "".join(
        f'<a href="/tag/{i}/" class="gh-article-tag">{e(t)}</a>' for i, t in enumerate(r["themes"])
    )
    # each principle is its own h3 heading, as blog authors often write them
    pr = "".join(f'<h3 id="p{i}">{e(p)}</h3>' for i, p in enumerate(r["principles"]))

    def quote(x):
        a = attr(x, n)
        return f'<blockquote class="kg-blockquote-alt">{e(x["text"])}{"<br><br>— " + e(a) if a else ""}</blockquote>'

    qs = "".join(quote(x) for x in r["quotes"])
    rel = "".join(
        f'<article class="gh-card post"><a class="gh-card-link" href="#"><h3 class="gh-card-title">{e(a)}</h3><p class="gh-card-excerpt">{e(b)}</p></a></article>'
        for a, b in RELATED
    )
    return (
        head(r, "| The Long Table", '<link rel="stylesheet" href="/assets/built/screen.css?v=4a1">')
        + '<body class="post-template"><div class="gh-site"><header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">The Long Table</a>'
        '<nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/interviews/">Interviews</a></li><li><a href="/about/">About</a></li></ul></nav>'
        '<div class="gh-head-actions"><button class="gh-search">Search</button><a href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>'
        '<main id="gh-main" class="gh-main"><article class="gh-article post"><header class="gh-article-header gh-canvas">'
        f'<a class="gh-article-tag" href="/tag/interviews/">Interviews</a><h1 class="gh-article-title">{e(n)}</h1>'
        f'<p class="gh-article-excerpt">{e(r["headline"])}</p>'
        '<div class="gh-article-meta"><span class="gh-article-author-name"><a href="/author/tomas/">Tomás Ferreira</a></span><time datetime="2026-02-11">Feb 11, 2026</time><span>— 7 min read</span></div></header>'
        '<section class="gh-content gh-canvas">'
        + paras(r["bio"])
        + f'<h2 id="how-we-scored">How we scored</h2><div class="kg-card kg-html-card"><table><thead><tr><th>Area</th><th>Score</th></tr></thead><tbody>{rows}</tbody></table></div>'
        + f'<h2 id="topics">Topics</h2><div class="kg-card gh-tags">{tags}</div>'
        + '<h2 id="the-conversation">The conversation</h2>'
        + paras(r["summary"])
        + '<div class="kg-card kg-cta-card"><p>Enjoying The Long Table? Subscribe to get every interview first.</p><a class="kg-btn" href="#/portal/signup">Subscribe now</a></div>'
        + f'<h2 id="principles">Principles</h2>{pr}'
        + f'<h2 id="in-their-words">In their words</h2>{qs}'
        + "</section></article>"
        '<section class="gh-cta"><h2>Sign up for The Long Table</h2><p>Long interviews with people who run things.</p><form><input type="email" placeholder="jamie@example.com"><button>Subscribe</button></form></section>'
        '<aside class="gh-readmore"><h2 class="gh-readmore-title">Read more</h2><div class="gh-feed">'
        + rel
        + "</div></aside></main>"
        '<footer class="gh-foot"><div class="gh-copyright">The Long Table © 2026</div><nav><a href="/privacy/">Privacy</a> <a href="/rss/">RSS</a></nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></footer></div></body></html>'
    )


# 3 Medium-like article ------------------------------------------------------------------------
def medium(r):
    n = r["name"]
    dims = "<br>".join(f"{e(d['name'])}: {d['score']}" for d in r["dimensions"])
    th = "".join(f'<li class="pw-li">{e(t)}</li>' for t in r["themes"])
    pr = "".join(f'<li class="pw-li">{e(p)}</li>' for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        return f'<blockquote class="pw-pull-quote"><p>{e(x["text"])}</p></blockquote>' + (
            f'<p class="pw-post-body-paragraph">— {e(a)}</p>' if a else ""
        )

    qs = "".join(quote(x) for x in r["quotes"])

    def P(s):
        return "".join(f'<p class="pw-post-body-paragraph">{e(p)}</p>' for p in s.split("\n\n"))

    rel = "".join(
        f'<div class="rec"><a href="#"><h2>{e(a)}: {e(b.split(" at ")[0])}</h2></a><p>Leaders Weekly · 6 min read</p></div>'
        for a, b in RELATED
    )
    return (
        head(r, "| by Leaders Weekly | Medium")
        + '<body><div id="root"><nav class="top"><a href="/">Medium</a><input placeholder="Search"><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></nav>'
        '<div class="meteredContent"><article><div class="pw-post-title-wrap">'
        f'<h1 class="pw-post-title" data-testid="storyTitle">{e(n)}</h1>'
        f'<h2 class="pw-subtitle-paragraph">{e(r["headline"])}</h2>'
        '<div class="pw-author"><a href="/@leadersweekly">Leaders Weekly</a><button>Follow</button><span>Published in Leaders Weekly</span><span>·</span><span>9 min read</span><span>·</span><span>Jan 20, 2026</span></div>'
        '<div class="pw-multi-vote-count"><button aria-label="clap">👏</button><p>1.2K</p><button aria-label="responses">💬</button><p>18</p><button aria-label="Share">Share</button></div></div>'
        "<section>"
        + P(r["bio"])
        + f'<h3 class="pw-section-heading">Profile scores (out of 100)</h3><p class="pw-post-body-paragraph">{dims}</p>'
        + f'<h3 class="pw-section-heading">What we talked about</h3><ul>{th}</ul>'
        + P(r["summary"])
        + f'<h3 class="pw-section-heading">How {e(n.split()[0])} leads</h3><ol>{pr}</ol>'
        + f'<h3 class="pw-section-heading">Quotes</h3>{qs}'
        + "</section></article>"
        '<div class="tags"><a href="/tag/leadership">Leadership</a><a href="/tag/interview">Interview</a><a href="/tag/management">Management</a><a href="/tag/podcast">Podcast</a></div>'
        '<div class="pw-multi-vote-count"><button aria-label="clap">👏</button><p>1.2K</p><button>Share</button></div>'
        '<div class="pw-follow"><h2>Written by Leaders Weekly</h2><p>12K Followers</p><p>Conversations with people who run hospitals, cities and factories.</p><button>Follow</button></div>'
        "<h2>More from Leaders Weekly</h2>"
        + rel
        + '<a href="/@leadersweekly">See all from Leaders Weekly</a>'
        "</div><footer><a>Help</a><a>Status</a><a>About</a><a>Careers</a><a>Press</a><a>Blog</a><a>Privacy</a><a>Terms</a><a>Text to speech</a></footer></div></body></html>"
    )


# 4 Wix-like absolutely positioned components ----------------------------------------------------
def wix(r):
    n = r["name"]
    y = [40]
    cid = [0]

    def comp(inner, h=40, cls="font_8", x=20, w=900):
        cid[0] += 1
        y[0] += h
        return (
            f'<div id="comp-k{cid[0]:04x}" class="wixui-rich-text" style="position:absolute;top:{y[0]}px;left:{x}px;width:{w}px" data-testid="richTextElement">'
            f'<p class="{cls} wixui-rich-text__text"><span class="wixui-rich-text__text">{inner}</span></p></div>'
        )

    def row(a, b):  # label and value as two side-by-side components
        cid[0] += 2
        y[0] += 34
        return (
            f'<div class="repeater-item wixui-repeater__item"><div id="comp-k{cid[0]:04x}" style="position:absolute;top:{y[0]}px;left:20px" data-testid="richTextElement"><p class="font_8">{a}</p></div>'
            f'<div id="comp-k{cid[0] + 1:04x}" style="position:absolute;top:{y[0]}px;left:420px" data-testid="richTextElement"><p class="font_8">{b}</p></div></div>'
        )

    out = [comp(e(n), 60, "font_2"), comp(e(r["headline"]), 40, "font_4")]
    out += [comp(e(p), 90) for p in r["bio"].split("\n\n")]
    out.append(comp("MY LEADERSHIP PROFILE", 60, "font_5"))
    out += [row(e(d["name"]), f"{d['score']}%") for d in r["dimensions"]]
    out.append(comp("Focus areas", 60, "font_5"))
    out.append(
        '<div class="tags-wrap">'
        + "".join(
            f'<a class="wixui-button StylableButton" href="#"><span class="StylableButton2545352419__label">{e(t)}</span></a>'
            for t in r["themes"]
        )
        + "</div>"
    )
    out.append(comp("The Episode", 60, "font_5"))
    out += [comp(e(p), 90) for p in r["summary"].split("\n\n")]
    out.append(comp("What I believe", 60, "font_5"))
    out += [row(f"0{i + 1}", e(p)) for i, p in enumerate(r["principles"])]
    out.append(comp("In my own words", 60, "font_5"))
    for x in r["quotes"]:
        out.append(comp(f"“{e(x['text'])}”", 60, "font_7"))
        a = attr(x, n)
        if a:
            out.append(comp(f"- {e(a)}", 30, "font_9"))
    cards = "".join(
        f'<div class="wixui-repeater__item"><p class="font_6">{e(a)}</p><p class="font_9">{e(b)}</p><a class="wixui-button">Read more</a></div>'
        for a, b in RELATED
    )
    return (
        head(r, "| Leadership Stories", '<meta name="generator" content="Wix.com Website Builder">')
        + '<body><div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER"><div data-testid="linkBar"><a href="/">Home</a><a href="/stories">Stories</a><a href="/contact">Contact</a></div><button aria-label="Log In">Log In</button></header>'
        '<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="wixui-section" style="position:relative;height:3600px">'
        + "".join(out)
        + '</section><section class="wixui-section"><h2 class="font_5">Other stories</h2>'
        + cards
        + "</section>"
        '<section class="wixui-section"><p class="font_5">Join our mailing list</p><input type="email" placeholder="Email*"><button>Subscribe</button><p>Thanks for submitting!</p></section></div></main>'
        '<footer id="SITE_FOOTER"><p>© 2026 by Leadership Stories. Proudly created with Wix.com</p><a>Facebook</a><a>Instagram</a></footer></div>'
        '<div id="consent-banner" role="dialog"><p>This website uses cookies.</p><button>Accept</button><button>Settings</button></div></div></body></html>'
    )


# 5 Drupal node with fields -----------------------------------------------------------------------
def drupal(r):
    n = r["name"]

    def item(inner):
        return f'<div class="field__item">{inner}</div>'

    dims = "".join(
        item(
            f'<div class="paragraph paragraph--type--score"><div class="field field--name-field-label">{e(d["name"])}</div>'
            f'<div class="field field--name-field-value">{d["score"]}<span class="unit">%</span></div></div>'
        )
        for d in r["dimensions"]
    )
    tags = "".join(
        item(f'<a href="/taxonomy/term/{40 + i}" hreflang="en">{e(t)}</a>')
        for i, t in enumerate(r["themes"])
    )
    pr = "".join(item(e(p)) for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        return item(
            f'<div class="paragraph paragraph--type--quote"><div class="field field--name-field-quote-text"><p>“{e(x["text"])}”</p></div>'
            + (f'<div class="field field--name-field-attribution">{e(a)}</div>' if a else "")
            + "</div>"
        )

    qs = "".join(quote(x) for x in r["quotes"])

    def F(name, label, body, inline=False):
        return (
            f'<div class="field field--name-field-{name} field--label-{"inline" if inline else "above"} clearfix">'
            f'<div class="field__label">{label}</div><div class="field__items">{body}</div></div>'
        )

    side = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="#">{e(a)}</a></span></div>'
        f'<div class="views-field views-field-field-headline"><div class="field-content">{e(b)}</div></div></div>'
        for a, b in RELATED
    )
    return (
        head(
            r,
            "| Public Leadership Network",
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
        )
        + '<body class="path-node page-node-type-leader"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>'
        '<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><header role="banner"><div class="region region-header"><a href="/" rel="home" class="site-logo">Public Leadership Network</a></div>'
        '<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-main-menu"><h2 class="visually-hidden" id="block-main-menu">Main navigation</h2>'
        '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/leaders">Leaders</a></li><li><a href="/events">Events</a></li><li><a href="/contact">Contact</a></li></ul></nav></div></header>'
        '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><h2 class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/leaders">Leaders</a></li></ol></nav></div>'
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">'
        f'<h1 class="page-title"><span class="field field--name-title">{e(n)}</span></h1>'
        '<article role="article" class="node node--type-leader node--view-mode-full"><div class="node__content">'
        f'<div class="field field--name-field-headline field--label-hidden field__item">{e(r["headline"])}</div>'
        f'<div class="clearfix text-formatted field field--name-body field--label-hidden field__item">{paras(r["bio"])}</div>'
        + F("dimensions", "Leadership dimensions", dims)
        + F("themes", "Themes", tags, inline=True)
        + F("summary", "Episode summary", item(paras(r["summary"])))
        + F("principles", "Principles", pr)
        + F("quotes", "Quotes", qs)
        + "</div></article></div></div>"
        '<aside class="layout-sidebar-second" role="complementary"><div class="views-element-container block block-views"><h2>Related leaders</h2><div class="view-content">'
        + side
        + "</div></div>"
        '<div class="block block-simplenews"><h2>Newsletter</h2><p>Stay informed - subscribe to our newsletter.</p><input type="email"><input type="submit" value="Subscribe"></div></aside></main>'
        '<footer role="contentinfo"><div class="region region-footer"><p>Public Leadership Network is a registered charity in Scotland, SC051234.</p><ul class="menu"><li><a>Accessibility</a></li><li><a>Privacy</a></li></ul></div></footer></div></div>'
        '<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div><button class="agree-button">OK, I agree</button><button class="decline-button">No, thanks</button></div></div></body></html>'
    )


# 6 Hugo static theme with sidebar tag cloud -------------------------------------------------------
def hugo(r):
    n = r["name"]
    rows = "".join(
        f'<tr><td>{e(d["name"])}</td><td style="text-align:right">{d["score"]}</td></tr>'
        for d in r["dimensions"]
    )
    tags = " ".join(
        f'<a class="post-tag" href="/tags/{i}/">{e(t)}</a>' for i, t in enumerate(r["themes"])
    )
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        return (
            f"<blockquote><p>{e(x['text'])}</p>"
            + (f"<footer>— <cite>{e(a)}</cite></footer>" if a else "")
            + "</blockquote>"
        )

    qs = "".join(quote(x) for x in r["quotes"])
    cloud = " ".join(
        f'<a href="/tags/{t.lower().replace(" ", "-")}/" style="font-size:{s}em">{t}</a>'
        for t, s in [
            ("leadership", 1.6),
            ("public sector", 1.2),
            ("operations", 1.1),
            ("health", 1.0),
            ("culture", 1.3),
            ("hiring", 0.9),
            ("strategy", 1.4),
        ]
    )
    recent = "".join(f'<li><a href="#">{e(a)}</a></li>' for a, _ in RELATED)
    return (
        head(r, "· Field Notes on Leadership", '<meta name="generator" content="Hugo 0.121.1">')
        + '<body><div class="container"><header class="site-header"><a class="site-title" href="/">Field Notes on Leadership</a>'
        '<nav class="site-nav"><a href="/posts/">Posts</a> <a href="/tags/">Tags</a> <a href="/about/">About</a> <a href="/index.xml">RSS</a></nav></header>'
        '<div class="row"><main class="col-main"><article class="post">'
        f'<header class="post-header"><h1 class="post-title">{e(n)}</h1><div class="post-meta"><span>{e(r["headline"])}</span></div>'
        '<div class="post-date">Posted on 2026-01-08 · 5 minute read</div></header>'
        '<div class="post-content">'
        + paras(r["bio"])
        + f'<h2 id="scores">Scores</h2><table><thead><tr><th>Dimension</th><th style="text-align:right">Score</th></tr></thead><tbody>{rows}</tbody></table>'
        + '<h2 id="summary">Summary</h2>'
        + paras(r["summary"])
        + f'<h2 id="principles">Principles</h2><ol>{pr}</ol>'
        + f'<h2 id="quotes">Quotes</h2>{qs}'
        + f'</div><footer class="post-footer"><div class="post-tags">Tags: {tags}</div>'
        '<div class="share"><a href="https://twitter.com/intent/tweet">Share on X</a> <a href="https://www.linkedin.com/shareArticle">Share on LinkedIn</a></div>'
        '<nav class="post-nav"><a class="prev" href="#">« Previous: '
        + e(RELATED[0][0])
        + '</a> <a class="next" href="#">Next: '
        + e(RELATED[1][0])
        + " »</a></nav></footer></article></main>"
        f'<aside class="col-sidebar"><section class="widget"><h3>About</h3><p>Notes from conversations with leaders outside tech.</p></section>'
        f'<section class="widget"><h3>Recent posts</h3><ul>{recent}</ul></section><section class="widget"><h3>Tag cloud</h3><div class="tagcloud">{cloud}</div></section>'
        '<section class="widget"><h3>Subscribe</h3><form><input type="email" placeholder="you@example.org"><button>Subscribe via email</button></form></section></aside></div>'
        '<footer class="site-footer"><p>© 2026 Field Notes · Built with Hugo · Theme: Mainroad</p></footer></div>'
        '<div class="cookie-notice"><p>This site uses cookies from Google Analytics. <a href="/privacy/">Learn more</a></p><button>Got it</button></div></body></html>'
    )


# 7 Confluence page export --------------------------------------------------------------------------
def confluence(r):
    n = r["name"]
    rows = "".join(
        f'<tr><td class="confluenceTd">{e(d["name"])}</td><td class="confluenceTd">{d["score"]} / 100</td></tr>'
        for d in r["dimensions"]
    )
    loz = " ".join(
        f'<span class="status-macro aui-lozenge aui-lozenge-subtle aui-lozenge-complete conf-macro output-inline" data-macro-name="status">{e(t)}</span>'
        for t in r["themes"]
    )
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        return f"<blockquote><p>{e(x['text'])}</p></blockquote>" + (
            f'<p style="text-align: right;">— {e(a)}</p>' if a else ""
        )

    qs = "".join(quote(x) for x in r["quotes"])
    return (
        head(
            r,
            ": Leadership Profiles - Confluence",
            '<meta name="ajs-page-id" content="2034176012">',
        )
        + '<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default"><div id="page"><div id="main" class="aui-page-panel">'
        '<div id="main-header"><div id="breadcrumb-section"><ol id="breadcrumbs"><li class="first"><span><a href="index.html">Leadership Profiles</a></span></li><li><span><a href="Guests_2026.html">Guests 2026</a></span></li></ol></div>'
        f'<h1 id="title-heading" class="pagetitle"><span id="title-text">Leadership Profiles : {e(n)}</span></h1></div>'
        '<div id="content" class="view"><div class="page-metadata">Created by <span class="author"> Miriam Okafor</span>, last modified by <span class="editor"> Lars Nyberg</span> on Feb 02, 2026</div>'
        '<div id="main-content" class="wiki-content group">'
        f'<div class="panel" style="border-width: 1px;"><div class="panelContent"><p><strong>{e(n)}</strong></p><p>{e(r["headline"])}</p></div></div>'
        + paras(r["bio"])
        + f'<h2 id="{n.replace(" ", "")}-Ratings">Ratings</h2><div class="table-wrap"><table class="confluenceTable"><tbody><tr><th class="confluenceTh">Dimension</th><th class="confluenceTh">Rating</th></tr>{rows}</tbody></table></div>'
        + f'<h2 id="{n.replace(" ", "")}-Themes">Themes</h2><p>{loz}</p>'
        + f'<h2 id="{n.replace(" ", "")}-Summary">Summary</h2>'
        + paras(r["summary"])
        + f'<div class="confluence-information-macro confluence-information-macro-information conf-macro output-block" data-macro-name="info"><span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span>'
        f'<div class="confluence-information-macro-body"><p><strong>Principles</strong></p><ul>{pr}</ul></div></div>'
        + f'<h2 id="{n.replace(" ", "")}-Quotes">Quotes</h2>{qs}'
        + "</div>"
        '<div id="labels-section" class="pageSection group"><div class="labels-content"><h2>Labels</h2><ul class="label-list"><li><a class="aui-label">guest-profile</a></li><li><a class="aui-label">season-4</a></li></ul></div></div>'
        '<div class="pageSection group"><div class="pageSectionHeader"><h2 id="attachments" class="pageSectionTitle">Attachments:</h2></div><div class="greybox" align="left">'
        '<img src="images/icons/bullet_blue.gif" height="8" width="8" alt=""><a href="attachments/2034176012/portrait.jpg">portrait.jpg</a> (image/jpeg)<br></div></div>'
        '<div class="pageSection group"><h2 id="comments" class="pageSectionTitle">Comments:</h2><table class="comment"><tr><td><p>Scores agreed in the editorial meeting. Ready to publish.</p><div class="smallfont">Posted by lnyberg at Feb 02, 2026 10:14</div></td></tr></table></div>'
        '</div></div><div id="footer" role="contentinfo"><section class="footer-body"><p>Document generated by Confluence on Feb 03, 2026 09:41</p><div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div></section></div></div></body></html>'
    )


# 8 LinkedIn-like profile cards: every visible string is doubled by a visually-hidden copy ------------
def linkedin(r):
    n = r["name"]

    def two(t):
        return f'<span aria-hidden="true">{e(t)}</span><span class="visually-hidden">{e(t)}</span>'

    def card(title, body):
        return (
            f'<section class="artdeco-card pv-profile-card"><div class="pvs-header__container"><h2 class="pvs-header__title">{two(title)}</h2></div>'
            f'<div class="pvs-list__outer-container">{body}</div></section>'
        )

    dims = "".join(
        f'<li class="artdeco-list__item"><div class="t-bold">{two(d["name"])}</div><div class="t-14 t-normal">{two(str(d["score"]) + "%")}</div></li>'
        for d in r["dimensions"]
    )
    th = "".join(
        f'<li class="artdeco-list__item"><div class="t-bold">{two(t)}</div></li>'
        for t in r["themes"]
    )
    pr = "".join(
        f'<li class="artdeco-list__item"><div class="inline-show-more-text">{two(p)}</div></li>'
        for p in r["principles"]
    )

    def quote(x):
        a = attr(x, n)
        return (
            f'<li class="artdeco-list__item"><div class="t-14">{two("“" + x["text"] + "”")}</div>'
            + (f'<div class="t-12 t-black--light">{two("— " + a)}</div>' if a else "")
            + "</li>"
        )

    qs = "".join(quote(x) for x in r["quotes"])
    about = "".join(
        f'<div class="inline-show-more-text">{two(p)}</div>' for p in r["bio"].split("\n\n")
    )
    pym = "".join(
        f'<li><a href="#"><div class="t-bold">{two(a)}</div><div class="t-14">{two(b)}</div></a><button>Connect</button></li>'
        for a, b in RELATED
    )
    return (
        head(
            r,
            "| LeaderLink",
            '<link rel="stylesheet" href="/static/artdeco.css"><style>.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}</style>',
        )
        + '<body><header class="global-nav"><a href="/feed/">LeaderLink</a><input placeholder="Search"><nav><a>Home</a><a>My Network</a><a>Jobs</a><a>Messaging</a><a>Notifications</a><a>Me</a></nav></header>'
        '<div class="application-outlet"><main class="scaffold-layout__main">'
        '<section class="artdeco-card pv-top-card"><div class="pv-top-card__photo"><img alt="'
        + ea(n)
        + '" src="/p.jpg"></div>'
        f'<h1 class="text-heading-xlarge">{e(n)}</h1><div class="text-body-medium break-words">{e(r["headline"])}</div>'
        '<div class="pv-text-details__right-panel"><span class="text-body-small">500+ connections</span></div><button>Follow</button><button>Message</button><button>More</button></section>'
        + card("About", about)
        + card("Leadership assessment", f'<ul class="pvs-list">{dims}</ul>')
        + card("Topics", f'<ul class="pvs-list">{th}</ul>')
        + card("Podcast episode", paras(r["summary"], "div", "inline-show-more-text"))
        + card("Principles", f'<ul class="pvs-list">{pr}</ul>')
        + card("Quotes", f'<ul class="pvs-list">{qs}</ul>')
        + '</main><aside class="scaffold-layout__aside"><section class="artdeco-card"><h2>People you may know</h2><ul>'
        + pym
        + "</ul></section>"
        '<section class="artdeco-card"><h2>Get the Leaders newsletter</h2><button>Subscribe</button></section></aside></div>'
        '<footer class="global-footer"><ul><li>About</li><li>Accessibility</li><li>Privacy &amp; Terms</li><li>Ad Choices</li></ul><p>LeaderLink Corporation © 2026</p></footer>'
        '<div class="artdeco-global-alert" role="alert"><p>This site uses cookies to improve service. <a>Cookie Policy</a></p><button>Accept</button><button>Reject</button></div></body></html>'
    )


# 9 CSS-grid dashboard: role=heading divs, <meter>, SVG gauges, chip buttons, <q> quotes ------------------
def dashboard(r):
    n = r["name"]

    def H(t):
        return f'<div role="heading" aria-level="2" class="panel-title">{e(t)}</div>'

    def gauge(d):
        return (
            f'<div class="tile"><svg viewBox="0 0 36 36" width="64" height="64" role="img" aria-label="{ea(d["name"])} {d["score"]}">'
            f'<path d="M18 2a16 16 0 1 1 0 32" stroke-dasharray="{d["score"]},100"/><text x="18" y="21" text-anchor="middle">{d["score"]}</text></svg>'
            f'<label>{e(d["name"])}</label><meter min="0" max="100" value="{d["score"]}"></meter></div>'
        )

    tiles = "".join(gauge(d) for d in r["dimensions"])
    chips = "".join(
        f'<button type="button" class="chip" aria-pressed="false">{e(t)}</button>'
        for t in r["themes"]
    )
    pr = "".join(f'<article class="card"><p>{e(p)}</p></article>' for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        return (
            f'<p class="quote"><q>{e(x["text"])}</q>'
            + (f" <small>— {e(a)}</small>" if a else "")
            + "</p>"
        )

    qs = "".join(quote(x) for x in r["quotes"])
    rel = "".join(
        f'<a class="mini" href="#"><strong>{e(a)}</strong><span>{e(b)}</span></a>'
        for a, b in RELATED
    )
    css = (
        "<style>.grid{display:grid;grid-template-columns:repeat(12,1fr);gap:16px}.span-4{grid-column:span 4}.span-8{grid-column:span 8}"
        ".span-12{grid-column:span 12}.tiles{display:grid;grid-template-columns:repeat(3,1fr)}q{quotes:'“' '”'}</style>"
    )
    return (
        head(r, "· Leader Dashboard", css)
        + '<body><div class="app"><aside class="rail"><a href="/">◆ Benchmarks</a><a href="/leaders">Leaders</a><a href="/compare">Compare</a><a href="/settings">Settings</a></aside>'
        '<div class="topbar"><span>Workspace: Public &amp; Social Sector</span><button>Export PDF</button><button>Share</button></div>'
        '<main class="grid">'
        f'<section class="span-8"><div role="heading" aria-level="1" class="title">{e(n)}</div><div class="subtitle">{e(r["headline"])}</div>{paras(r["bio"])}</section>'
        f'<section class="span-4"><div class="kpi"><span class="kpi-label">Profile completeness</span><span class="kpi-value">100%</span></div><div class="kpi"><span class="kpi-label">Last reviewed</span><span class="kpi-value">12 Jan 2026</span></div></section>'
        f'<section class="span-12">{H("Capability scores")}<div class="tiles">{tiles}</div></section>'
        f'<section class="span-4">{H("Themes")}<div class="chips" role="group">{chips}</div></section>'
        f'<section class="span-8">{H("Interview summary")}{paras(r["summary"])}</section>'
        f'<section class="span-12">{H("Principles")}<div class="cards">{pr}</div></section>'
        f'<section class="span-12">{H("Quotes")}{qs}</section>'
        f'<section class="span-12">{H("Similar leaders")}<div class="minis">{rel}</div></section></main>'
        '<div class="newsletter"><p>Weekly benchmark digest</p><input type="email"><button>Subscribe</button></div>'
        "<footer><span>© 2026 Benchmarks Ltd</span> · <a>Status</a> · <a>Docs</a></footer></div>"
        '<div class="cookie" role="dialog" aria-label="Cookie consent"><p>'
        + e(COOKIE)
        + "</p><button>Accept all</button><button>Manage</button></div></body></html>"
    )


# 10 Definition-list fact sheet (university "people" page) ---------------------------------------------
def dlist(r):
    n = r["name"]
    dims = "".join(f"<dt>{e(d['name'])}</dt><dd>{d['score']}%</dd>" for d in r["dimensions"])
    th = "".join(f"<li>{e(t)}</li>" for t in r["themes"])
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        return f"<blockquote>“{e(x['text'])}”</blockquote>" + (
            f'<p class="attribution">{e(a)}</p>' if a else ""
        )

    qs = "".join(quote(x) for x in r["quotes"])
    rel = "".join(
        f'<li class="person-card"><a href="#">{e(a)}</a><br><span>{e(b)}</span></li>'
        for a, b in RELATED
    )
    return (
        head(r, "- People - Institute for Public Leadership")
        + '<body><div id="cookie-law"><p>'
        + e(COOKIE)
        + " <button>Accept</button></p></div>"
        '<div class="utility"><a>Staff intranet</a> | <a>Students</a> | <a>Alumni</a> | <a>Contact us</a></div>'
        '<header><a class="logo" href="/">Institute for Public Leadership</a><nav><ul><li><a>Study</a></li><li><a>Research</a></li><li><a>People</a></li><li><a>News</a></li></ul></nav></header>'
        '<div class="breadcrumb">You are here: <a href="/">Home</a> &gt; <a href="/people">People</a> &gt; Visiting fellows</div>'
        f'<main><h1>{e(n)}</h1><dl class="factsheet">'
        f"<dt>Position</dt><dd>{e(r['headline'])}</dd>"
        f"<dt>Biography</dt><dd>{paras(r['bio'])}</dd>"
        f'<dt>Leadership dimensions</dt><dd><dl class="scores">{dims}</dl></dd>'
        f'<dt>Key themes</dt><dd><ul class="inline-list">{th}</ul></dd>'
        f"<dt>Interview summary</dt><dd>{paras(r['summary'])}</dd>"
        f"<dt>Principles</dt><dd><ol>{pr}</ol></dd>"
        f"<dt>Quotes</dt><dd>{qs}</dd></dl>"
        '<div class="share">Share this page: <a>Email</a> <a>X</a> <a>LinkedIn</a> <a>Print</a></div>'
        f'<h2>Other visiting fellows</h2><ul class="people">{rel}</ul></main>'
        '<aside class="newsletter"><h2>Newsletter</h2><p>Get our research briefings.</p><input type="email"><button>Sign up</button></aside>'
        "<footer><p>Institute for Public Leadership, 5 College Road, Cork T12 YN60</p><p><a>Accessibility statement</a> | <a>Privacy</a> | <a>Freedom of information</a></p></footer></body></html>"
    )


DESIGNS = {
    "squarespace": squarespace,
    "ghost": ghost,
    "medium": medium,
    "wix": wix,
    "drupal": drupal,
    "hugo": hugo,
    "confluence": confluence,
    "linkedin": linkedin,
    "dashboard": dashboard,
    "dlist": dlist,
}


# ---- hand-written Obsidian/GitHub-README note (no converter) --------------------------------------------
def obsidian(r):
    n = r["name"]
    fm = [
        "---",
        f"title: {json.dumps(n, ensure_ascii=False)}",
        "type: leader-profile",
        "status: published",
        "tags: [podcast, guest]",
        "---",
        "",
    ]
    L = [*fm, f"# {n}", "", f"> [!info] {r['headline']}", ""]
    for p in r["bio"].split("\n\n"):
        L += [p, ""]
    L += ["## Scores", ""] + [f"- {d['name']} :: {d['score']}" for d in r["dimensions"]] + [""]
    L += ["## Themes", "", " ".join(f"`{t}`" for t in r["themes"]), ""]
    L += ["## Summary", ""]
    for p in r["summary"].split("\n\n"):
        L += [p, ""]
    L += ["## Principles", ""] + [f"{i + 1}. {p}" for i, p in enumerate(r["principles"])] + [""]
    L += ["## Quotes", ""]
    for x in r["quotes"]:
        a = attr(x, n)
        L += ["> [!quote]", f"> {x['text']}"] + ([f"> — *{a}*"] if a else []) + [""]
    L += ["---", f"Related: [[{RELATED[0][0]}]] · [[{RELATED[1][0]}]]", ""]
    return "\n".join(L)


TEXT = {"obsidian": (obsidian, "md")}
