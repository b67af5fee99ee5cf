"""Six new site designs for trial2 (not in tests/heldout or tests/conformance)."""

import json
from html import escape


def e(t):
    return escape(t, quote=False)


def ea(t):
    return escape(t, quote=True)


OTHERS = [
    ("Priyanka Deshmukh", "Chief Marketing Officer at Saffron Foods"),
    ("Olav Henriksen", "VP Engineering at Fjord Robotics"),
    ("Camille N'Diaye", "Head of Design at Maison Lune"),
]


def who(qt, name):
    """Attribution text (without dash) as the page shows it."""
    if qt["speaker"] != name:
        return f"{qt['speaker']}, {qt['context']}"
    return qt["context"]


def jsonld(r):
    d = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": r["name"],
        "jobTitle": r["role"],
        "description": r["bio"],
    }
    if r["company"]:
        d["worksFor"] = {"@type": "Organization", "name": r["company"]}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def head(r, extra=""):
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(r['name'])} | Leaders Index</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:title" content="{ea(r["name"])}">{extra}</head>'
    )


# 1 ---------------------------------------------------------------- React + Tailwind div soup
def react_tw(r):
    n = r["name"]

    def H(t):
        return f'<div role="heading" aria-level="2" class="mt-10 mb-3 text-lg font-semibold tracking-tight text-slate-900">{e(t)}</div>'

    dims = "".join(
        f'<div class="flex items-center gap-3 py-1"><div class="w-48 text-sm text-slate-700">{e(d["name"])}</div>'
        f'<div class="h-2 flex-1 rounded bg-slate-100" role="progressbar" aria-label="{ea(d["name"])}" aria-valuenow="{d["score"]}" aria-valuemin="0" aria-valuemax="100">'
        f'<div class="h-2 rounded bg-indigo-500" style="width:{d["score"]}%"></div></div>'
        f'<div class="w-12 text-right text-sm tabular-nums"><span class="sr-only">Score: </span>{d["score"]}%</div></div>'
        for d in r["dimensions"]
    )
    chips = "".join(
        f'<button type="button" class="rounded-full bg-indigo-50 px-3 py-1 text-xs text-indigo-700">{e(t)}</button>'
        for t in r["themes"]
    )
    pr = "".join(
        f'<li class="flex gap-2"><svg aria-hidden="true" class="h-5 w-5"><path d="M0 0"/></svg><span>{e(p)}</span></li>'
        for p in r["principles"]
    )
    qs = "".join(
        f'<div class="border-l-4 border-indigo-400 pl-4 my-4"><p class="italic">“{e(x["text"])}”</p>'
        f'<p class="mt-1 text-sm text-slate-500">— {e(who(x, n))}</p></div>'
        for x in r["quotes"]
    )
    cards = "".join(
        f'<a href="/leaders/{i}" class="block rounded-lg border p-4"><div class="font-medium">{e(a)}</div>'
        f'<div class="text-sm text-slate-500">{e(b)}</div><span class="sr-only">View profile of {e(a)}</span></a>'
        for i, (a, b) in enumerate(OTHERS)
    )
    return (
        head(r) + '<body class="bg-white"><div id="__next">'
        '<div class="fixed inset-0 z-50 flex items-end bg-black/40" role="dialog" aria-modal="true" aria-labelledby="cc-title">'
        '<div class="m-4 rounded bg-white p-6"><div id="cc-title" class="font-semibold">We value your privacy</div>'
        '<div class="text-sm">We use cookies to improve your experience and analyse traffic.</div>'
        '<div class="mt-4 flex gap-2"><button>Accept all</button><button>Reject all</button><button>Customise</button></div></div></div>'
        '<header class="sticky top-0 border-b"><div class="mx-auto flex max-w-5xl justify-between p-4">'
        '<a href="/" class="font-bold">Leaders<span class="text-indigo-600">Index</span></a>'
        '<nav aria-label="Main" class="flex gap-6 text-sm"><a href="/leaders">Leaders</a><a href="/episodes">Episodes</a><a href="/assessment">Take the assessment</a></nav>'
        '<button aria-label="Open menu" class="md:hidden"><svg class="h-6 w-6"><path d="M4 6h16"/></svg></button></div></header>'
        '<main class="mx-auto max-w-3xl px-4">'
        f'<nav aria-label="Breadcrumb" class="text-sm text-slate-500"><a href="/">Home</a> <span aria-hidden="true">/</span> <a href="/leaders">Leaders</a> <span aria-hidden="true">/</span> <span aria-current="page">{e(n)}</span></nav>'
        f'<div class="mt-6 flex items-center gap-4"><img class="h-16 w-16 rounded-full" src="/a.jpg" alt="Portrait of {ea(n)}">'
        f'<div><h1 class="text-3xl font-bold">{e(n)}</h1><p class="text-slate-600">{e(r["headline"])}</p></div></div>'
        f'<p class="mt-4 text-slate-700">{e(r["bio"])}</p>'
        + H("Dimension Profile")
        + f'<div class="space-y-1">{dims}</div>'
        + H("Key Themes")
        + f'<div class="flex flex-wrap gap-2">{chips}</div>'
        + H("Episode Summary")
        + f"<p>{e(r['summary'])}</p>"
        + H("Leadership Principles")
        + f'<ul class="space-y-2">{pr}</ul>'
        + H("Notable Quotes")
        + qs
        + '<div class="mt-12 rounded-lg bg-indigo-600 p-6 text-white"><div class="font-semibold">Want to know how you compare?</div>'
        '<a href="/assessment" class="underline">Take the Assessment</a></div>'
        '<section aria-labelledby="rel" class="mt-12"><h2 id="rel" class="font-semibold">Related leaders</h2>'
        f'<div class="grid grid-cols-3 gap-4">{cards}</div></section>'
        '<form class="mt-12 rounded border p-6"><label for="em" class="font-semibold">Get new profiles in your inbox</label>'
        '<input id="em" type="email" placeholder="you@company.com"><button type="submit">Subscribe</button>'
        '<p class="text-xs">No spam. Unsubscribe anytime.</p></form></main>'
        '<footer class="mt-16 border-t p-8 text-sm text-slate-500"><div>© 2026 LeadersIndex Inc.</div>'
        '<nav aria-label="Footer"><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact</a></nav></footer>'
        "</div></body></html>"
    )


# 2 ---------------------------------------------------------------- semantic HTML5: dl/meter, details, figure
def semantic(r):
    n = r["name"]
    dims = "".join(
        f'<dt>{e(d["name"])}</dt><dd><meter value="{d["score"]}" min="0" max="100" title="{d["score"]}%"></meter> '
        f'<data value="{d["score"]}">{d["score"]}%</data></dd>'
        for d in r["dimensions"]
    )
    chips = "\n".join(f'<span class="tag">{e(t)}</span>' for t in r["themes"])
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])
    qs = "".join(
        f'<figure class="quote"><blockquote><p>{e(x["text"])}</p></blockquote>'
        f"<figcaption>— {e(who(x, n))}</figcaption></figure>"
        for x in r["quotes"]
    )

    def det(t, body):
        return f"<details open><summary><h2>{e(t)}</h2></summary>{body}</details>"

    rel = "".join(
        f'<li><article><h3><a href="/p/{i}">{e(a)}</a></h3><p>{e(b)}</p></article></li>'
        for i, (a, b) in enumerate(OTHERS)
    )
    return (
        head(r, jsonld(r)) + '<body><a class="skip" href="#main">Skip to content</a>'
        '<header><p class="logo"><a href="/">The Leadership Ledger</a></p><nav><ul><li><a href="/">Home</a></li>'
        '<li><a href="/people">People</a></li><li><a href="/about">About</a></li></ul></nav></header>'
        f'<nav aria-label="Breadcrumb"><ol class="crumbs"><li><a href="/">Home</a></li><li><a href="/people">People</a></li><li aria-current="page">{e(n)}</li></ol></nav>'
        f'<main id="main"><article class="h-card"><header><h1 class="p-name">{e(n)}</h1>'
        f'<p class="p-job-title">{e(r["headline"])}</p></header><p class="p-note">{e(r["bio"])}</p>'
        + det("Dimension Profile", f"<dl>{dims}</dl>")
        + det("Key Themes", f'<p class="tags">{chips}</p>')
        + det("Episode Summary", f"<p>{e(r['summary'])}</p>")
        + det("Leadership Principles", f"<ol>{pr}</ol>")
        + det("Notable Quotes", qs)
        + f'</article><aside><h2>You might also like</h2><ul class="related">{rel}</ul></aside></main>'
        '<dialog open id="newsletter"><form method="dialog"><h2>Subscribe to the Ledger</h2>'
        '<p>A weekly email with one new leader profile.</p><input type="email" aria-label="Email"><button>Sign up</button>'
        '<button value="cancel">No thanks</button></form></dialog>'
        '<footer><p><small>© 2026 The Leadership Ledger · <a href="/privacy">Privacy</a></small></p></footer></body></html>'
    )


# 3 ---------------------------------------------------------------- WordPress theme
def wordpress(r):
    n = r["name"]
    dims = "".join(
        f'<tr><td>{e(d["name"])}</td><td><progress value="{d["score"]}" max="100"></progress></td><td>{d["score"]}%</td></tr>'
        for d in r["dimensions"]
    )
    chips = " · ".join(e(t) for t in r["themes"])
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])
    qs = "".join(
        f'<blockquote class="wp-block-quote"><p>“{e(x["text"])}”</p><cite>{e(who(x, n))}</cite></blockquote>'
        for x in r["quotes"]
    )
    recent = "".join(
        f'<li><a href="/{i}">{e(a)} — {e(b)}</a></li>' for i, (a, b) in enumerate(OTHERS)
    )
    related = "".join(
        f'<div class="jp-relatedposts-post"><h4><a href="/r{i}">{e(a)}</a></h4><p>{e(b)}</p><p class="date">March {i + 3}, 2026</p></div>'
        for i, (a, b) in enumerate(OTHERS)
    )
    return (
        head(r)
        + '<body class="post-template-default single single-post"><div id="page" class="site">'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        '<header id="masthead" class="site-header"><p class="site-title"><a href="/">Boardroom Talks</a></p>'
        '<p class="site-description">Conversations with people who run things</p>'
        '<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button><ul id="primary-menu" class="menu">'
        '<li><a href="/">Home</a></li><li><a href="/category/interviews/">Interviews</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>'
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{e(n)}</h1>'
        '<div class="entry-meta"><span class="posted-on">Posted on <time datetime="2026-03-02">March 2, 2026</time></span> '
        '<span class="byline">by <span class="author vcard"><a href="/author/editor/">editor</a></span></span></div></header>'
        f'<div class="entry-content"><p><strong>{e(r["headline"])}</strong></p><p>{e(r["bio"])}</p>'
        f'<h3>Leadership Dimensions</h3><figure class="wp-block-table"><table><tbody>{dims}</tbody></table></figure>'
        f"<h3>Themes</h3><p>{chips}</p>"
        f"<h3>Summary</h3><p>{e(r['summary'])}</p>"
        f"<h3>Principles</h3><ol>{pr}</ol>"
        f"<h3>Quotes</h3>{qs}"
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li>'
        '<li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul></div>'
        '<div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><p>Like Loading...</p></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div>'
        '</div><footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/interviews/">Interviews</a></span> '
        '<span class="tags-links">Tagged <a href="/tag/leadership/">leadership</a>, <a href="/tag/operations/">operations</a></span></footer></article>'
        '<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
        f'<div class="nav-previous"><a href="/p">{e(OTHERS[0][0])}</a></div><div class="nav-next"><a href="/n">{e(OTHERS[1][0])}</a></div></div></nav>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “{e(n)}”</h2><ol class="comment-list">'
        '<li class="comment"><div class="comment-author vcard"><b class="fn">Maria K.</b> <span class="says">says:</span></div>'
        '<div class="comment-metadata"><a href="#c1">March 3, 2026 at 9:14 am</a></div><div class="comment-content"><p>Brilliant interview, the part about planning really resonated.</p></div><div class="reply"><a href="#">Reply</a></div></li>'
        '<li class="comment"><div class="comment-author vcard"><b class="fn">Tom</b> <span class="says">says:</span></div>'
        '<div class="comment-metadata"><a href="#c2">March 4, 2026 at 6:40 pm</a></div><div class="comment-content"><p>Would love a follow-up episode.</p></div><div class="reply"><a href="#">Reply</a></div></li></ol>'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
        '<form><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>'
        '<p><label>Comment *</label><textarea></textarea></p><p><label>Name *</label><input></p><p><input type="submit" value="Post Comment"></p></form></div></div>'
        '</main></div><aside id="secondary" class="widget-area">'
        '<section class="widget widget_search"><form role="search"><label><span class="screen-reader-text">Search for:</span><input type="search" placeholder="Search …"></label><input type="submit" value="Search"></form></section>'
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></section>'
        '<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/c/i">Interviews</a> (42)</li><li><a href="/c/n">News</a> (7)</li></ul></section>'
        '<section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud"><a href="/t/1">growth</a>\n<a href="/t/2">hiring</a>\n<a href="/t/3">operations</a>\n<a href="/t/4">product</a></div></section>'
        '</aside></div><footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a>'
        '<span class="sep"> | </span>Theme: Twenty Something by Automattic.</div></footer></div></body></html>'
    )


# 4 ---------------------------------------------------------------- print-friendly layout
def printable(r):
    n = r["name"]
    dims = "".join(
        f"<tr><td>{e(d['name'])}</td><td>{d['score']} / 100</td></tr>" for d in r["dimensions"]
    )
    chips = " • ".join(e(t) for t in r["themes"])
    pr = "".join(f"<li>{e(p)}</li>" for p in r["principles"])
    qs = "".join(
        f'<p class="q">"{e(x["text"])}"</p><p class="a">— {e(who(x, n))}</p>' for x in r["quotes"]
    )
    return (
        head(r, "<style>@media print{.noprint{display:none}}</style>")
        + '<body onload="window.print()">'
        '<p class="noprint"><a href="javascript:window.print()">Print this page</a> | <a href="/leaders/x">Back to the profile</a></p>'
        '<p class="printhead">Leaders Index — printable profile<br>https://leadersindex.example/leaders/'
        + r["id"]
        + "<br>Printed 26 November 2026</p><hr>"
        f"<h1>{e(n)}</h1><p><em>{e(r['headline'])}</em></p><p>{e(r['bio'])}</p>"
        f'<h2>Dimension Profile</h2><table border="1" cellspacing="0"><thead><tr><th>Dimension</th><th>Score</th></tr></thead><tbody>{dims}</tbody></table>'
        f"<h2>Key Themes</h2><p>{chips}</p>"
        f"<h2>Episode Summary</h2><p>{e(r['summary'])}</p>"
        f"<h2>Leadership Principles</h2><ol>{pr}</ol>"
        f"<h2>Notable Quotes</h2>{qs}"
        '<hr><p class="printfoot">© 2026 Leaders Index. This profile may be shared for non-commercial use with attribution.<br>Page 1 of 1</p></body></html>'
    )


# 5 ---------------------------------------------------------------- Material UI SPA
def mui(r):
    n = r["name"]
    role, comp = r["role"], r["company"]
    if comp:
        hl = f'<h2 class="MuiTypography-root MuiTypography-subtitle1"><span>{e(role)}</span> at <a class="MuiLink-root" href="/companies/x">{e(comp)}</a></h2>'
    else:
        hl = f'<h2 class="MuiTypography-root MuiTypography-subtitle1"><span>{e(role)}</span></h2>'
    dims = "".join(
        f'<div class="MuiGrid-item"><p class="MuiTypography-body2">{e(d["name"])}</p>'
        f'<span class="MuiLinearProgress-root" role="progressbar" aria-valuenow="{d["score"]}" aria-valuemin="0" aria-valuemax="100"><span class="MuiLinearProgress-bar" style="transform:translateX(-{100 - d["score"]}%)"></span></span>'
        f'<p class="MuiTypography-caption">{d["score"]}%</p></div>'
        for d in r["dimensions"]
    )
    chips = "".join(
        f'<div class="MuiChip-root MuiChip-clickable" role="button" tabindex="0"><span class="MuiChip-label">{e(t)}</span></div>'
        for t in r["themes"]
    )
    pr = "".join(
        f'<li class="MuiListItem-root"><div class="MuiListItemIcon-root"><svg class="MuiSvgIcon-root" aria-hidden="true" data-testid="CheckIcon"><path d="M9 16"/></svg></div><div class="MuiListItemText-root"><span class="MuiTypography-body1">{e(p)}</span></div></li>'
        for p in r["principles"]
    )
    qs = "".join(
        f'<div class="MuiPaper-root"><p class="MuiTypography-body1 quote">“{e(x["text"])}”</p><span class="MuiTypography-caption">— {e(who(x, n))}</span></div>'
        for x in r["quotes"]
    )

    def acc(t, body):
        return (
            f'<div class="MuiAccordion-root Mui-expanded"><h3 class="MuiAccordion-heading"><button class="MuiAccordionSummary-root" aria-expanded="true">'
            f'<span class="MuiAccordionSummary-content"><span class="MuiTypography-h6">{e(t)}</span></span>'
            f'<span class="MuiAccordionSummary-expandIconWrapper"><svg data-testid="ExpandMoreIcon"><path d="M16"/></svg></span></button></h3>'
            f'<div class="MuiCollapse-root MuiCollapse-entered"><div class="MuiAccordionDetails-root">{body}</div></div></div>'
        )

    cards = "".join(
        f'<div class="MuiCard-root"><div class="MuiCardContent-root"><div class="MuiTypography-h6">{e(a)}</div><p class="MuiTypography-body2">{e(b)}</p></div><div class="MuiCardActions-root"><button>View</button></div></div>'
        for a, b in OTHERS
    )
    return (
        head(r)
        + '<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root">'
        '<header class="MuiAppBar-root"><div class="MuiToolbar-root"><button aria-label="open drawer"><svg data-testid="MenuIcon"><path d="M3"/></svg></button>'
        '<div class="MuiTypography-h6">TalentScope</div><div class="search"><input placeholder="Search leaders…" aria-label="search"></div>'
        "<button>Sign in</button></div></header>"
        '<div class="MuiContainer-root"><nav class="MuiBreadcrumbs-root" aria-label="breadcrumb"><ol class="MuiBreadcrumbs-ol">'
        '<li class="MuiBreadcrumbs-li"><a href="/">Home</a></li><li aria-hidden="true" class="MuiBreadcrumbs-separator">›</li>'
        '<li class="MuiBreadcrumbs-li"><a href="/leaders">Leaders</a></li><li aria-hidden="true" class="MuiBreadcrumbs-separator">›</li>'
        f'<li class="MuiBreadcrumbs-li"><p class="MuiTypography-root">{e(n)}</p></li></ol></nav>'
        f'<div class="MuiPaper-root"><div class="MuiAvatar-root">{e(n[0])}</div><h1 class="MuiTypography-root MuiTypography-h4">{e(n)}</h1>{hl}'
        f'<p class="MuiTypography-body1">{e(r["bio"])}</p></div>'
        + acc("Dimension Profile", f'<div class="MuiGrid-container">{dims}</div>')
        + acc("Key Themes", f'<div class="MuiStack-root">{chips}</div>')
        + acc("Episode Summary", f'<p class="MuiTypography-body1">{e(r["summary"])}</p>')
        + acc("Leadership Principles", f'<ul class="MuiList-root">{pr}</ul>')
        + acc("Notable Quotes", qs)
        + f'<div class="MuiTypography-h5">Similar leaders</div><div class="MuiGrid-container">{cards}</div></div>'
        '<div class="MuiSnackbar-root" role="presentation"><div class="MuiSnackbarContent-root" role="alert"><div class="MuiSnackbarContent-message">This site uses cookies for analytics.</div>'
        '<div class="MuiSnackbarContent-action"><button>OK</button></div></div></div>'
        '<footer><p class="MuiTypography-body2">© 2026 TalentScope Ltd · Privacy · Terms</p></footer></div></body></html>'
    )


# 6 ---------------------------------------------------------------- Bootstrap 3 site
def bootstrap3(r):
    n = r["name"]
    dims = "".join(
        f'<tr><td>{e(d["name"])}</td><td><div class="progress"><div class="progress-bar" role="progressbar" aria-valuenow="{d["score"]}" aria-valuemin="0" aria-valuemax="100" style="width: {d["score"]}%;">{d["score"]}%</div></div></td></tr>'
        for d in r["dimensions"]
    )
    chips = "\n".join(f'<span class="label label-primary">{e(t)}</span>' for t in r["themes"])
    pr = "".join(f'<li class="list-group-item">{e(p)}</li>' for p in r["principles"])

    def foot(x):
        if x["speaker"] != n:
            return f'<footer>{e(x["speaker"])}, <cite title="context">{e(x["context"])}</cite></footer>'
        return f"<footer>{e(x['context'])}</footer>"

    qs = "".join(f"<blockquote><p>{e(x['text'])}</p>{foot(x)}</blockquote>" for x in r["quotes"])

    def panel(t, body):
        return f'<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">{e(t)}</h3></div><div class="panel-body">{body}</div></div>'

    side = "".join(
        f'<a href="/l/{i}" class="list-group-item"><h4 class="list-group-item-heading">{e(a)}</h4><p class="list-group-item-text">{e(b)}</p></a>'
        for i, (a, b) in enumerate(OTHERS)
    )
    return (
        head(r)
        + '<body><nav class="navbar navbar-default navbar-fixed-top"><div class="container"><div class="navbar-header">'
        '<button type="button" class="navbar-toggle collapsed" data-toggle="collapse"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span></button>'
        '<a class="navbar-brand" href="/">ExecProfiles</a></div><div class="collapse navbar-collapse"><ul class="nav navbar-nav">'
        '<li class="active"><a href="/">Profiles <span class="sr-only">(current)</span></a></li><li><a href="/podcast">Podcast</a></li><li><a href="/pricing">Pricing</a></li></ul>'
        '<ul class="nav navbar-nav navbar-right"><li><a href="/login">Log in</a></li></ul></div></div></nav>'
        '<div class="container"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/profiles">Profiles</a></li>'
        f'<li class="active">{e(n)}</li></ol><div class="row"><div class="col-md-8">'
        f'<div class="page-header"><h1>{e(n)} <small>{e(r["headline"])}</small></h1></div><p class="lead">{e(r["bio"])}</p>'
        + panel(
            "Dimension Profile",
            f'<table class="table table-condensed"><tbody>{dims}</tbody></table>',
        )
        + panel("Key Themes", f"<p>{chips}</p>")
        + panel("Episode Summary", f"<p>{e(r['summary'])}</p>")
        + panel("Leadership Principles", f'<ul class="list-group">{pr}</ul>')
        + panel("Notable Quotes", qs)
        + '</div><div class="col-md-4"><div class="panel panel-default"><div class="panel-heading">Related profiles</div>'
        f'<div class="list-group">{side}</div></div><div class="well"><h4>Newsletter</h4><form><input class="form-control" type="email" placeholder="Email">'
        '<button class="btn btn-primary">Subscribe</button></form></div></div></div></div>'
        '<footer class="footer"><div class="container"><p class="text-muted">© 2026 ExecProfiles · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p></div></footer>'
        '<div class="alert alert-info navbar-fixed-bottom cookie-bar">By using this site you agree to our use of cookies. <a href="/cookies">Learn more</a> <button class="btn btn-xs">OK</button></div>'
        "</body></html>"
    )


DESIGNS = {
    "react-tw": react_tw,
    "semantic": semantic,
    "wordpress": wordpress,
    "printable": printable,
    "mui": mui,
    "bootstrap3": bootstrap3,
}
