"""Eight site designs for probe 7, none of them in probes 1-6, bench/sitegen.py or the
conformance designs: an archived page with the Wayback Machine's toolbar injected at the top, an
MkDocs-Material docs page (tabs, a left nav, a right "Table of contents", admonitions), a
WordPress page built with Elementor (icon boxes, counters, progress bars with aria-valuenow and a
percent label, testimonial widgets), a university news Q&A (the section titles are questions in
bold, a sidebar "In this article"), a Crunchbase-like person page (key/value facts, a "Recent
news" feed, an investments table, scores as "x/10"), an executive press kit (download buttons,
brand assets, a boilerplate paragraph, quotes with their attribution on the same line), a page
read through a Google Translate proxy (every phrase wrapped in ``<font>`` twice, the "Original
text" tooltip and the "Rate this translation" box) and a HubSpot-style landing page (a gated
form, a sticky call to action, score bars with numbers, testimonial cards with the attribution
above the quote).

Each has the chrome such a page really carries and its own section-title wording and markup
habits. Every design takes the section titles as an argument: ``DESIGNS`` passes the site's own,
``STANDARD`` the example's ("Dimension Profile", "Key Themes", ...), so design X-std differs from
X only in those words. A leader with no principles (or no quotes) has no such section.

Held back from fixers (chosen before any score was run): wayback, crunchbase, translate
(``HELD_BACK``, and their -std twins): measure them, never look at their pages to design a rule.
"""

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
    return r["name"].split()[0]


STANDARD = {
    "dims": "Dimension Profile",
    "themes": "Key Themes",
    "summary": "Episode Summary",
    "principles": "Leadership Principles",
    "quotes": "Notable Quotes",
}

OTHERS = [
    ("Henrike Solberg", "Managing Director at Fjordlys Aquaculture AS"),
    ("Kwame Asante-Boateng", "Chief Financial Officer at Volta Agritech"),
    ("Lucía Ferrándiz", "Head of Design, Tallerbook"),
]

ORDER = ("summary", "dims", "themes", "principles", "quotes")


def sections(r, t):
    """The section keys this leader has, in the page's order."""
    return [
        k
        for k in ORDER
        if (k != "principles" or r["principles"]) and (k != "quotes" or r["quotes"])
    ]


# 1 an archived page with the Wayback Machine's toolbar injected at the top ----------------------
WAYBACK = {
    "dims": "Leadership Scorecard",
    "themes": "Topics Covered",
    "summary": "Interview Overview",
    "principles": "Rules of Thumb",
    "quotes": "Memorable Lines",
}


def wayback(r, t=WAYBACK):
    n = r["name"]
    url = f"http://www.leaderscircle.example/interviews/{slug(n)}.html"
    toolbar = (
        "<!-- BEGIN WAYBACK TOOLBAR INSERT -->"
        '<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;" toolbar-mode="auto">'
        '<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;"><div id="donato"></div>'
        '<div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/" title="Wayback Machine home page">'
        '<img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine"></a></div>'
        '<div class="c"><div class="u"><form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb">'
        f'<input type="text" name="url" id="wmtbURL" value="{ea(url)}"><input type="submit" value="Go"></form></div>'
        '<div class="n"><table><tbody><tr class="m"><td class="b"><a href="#">MAR</a></td><td class="c">APR</td>'
        '<td class="f"><a href="#">JUN</a></td></tr><tr class="d"><td class="b"><a href="#"><img alt="Previous capture" src="wm_tb_prv_on.png"></a></td>'
        '<td class="c" id="displayDayEl">12</td><td class="f"><a href="#"><img alt="Next capture" src="wm_tb_nxt_on.png"></a></td></tr>'
        '<tr class="y"><td class="b">2018</td><td class="c" id="displayYearEl">2019</td><td class="f">2020</td></tr></tbody></table></div>'
        '<div class="s"><div id="wm-nav-captures"><a class="t" href="#">47 captures</a><div class="r">'
        "09 Feb 2016 - 03 Nov 2023</div></div></div>"
        '<div class="k"><a href="#" id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures for this URL">'
        '<canvas id="wm-sparkline-canvas" width="725" height="27"></canvas></div></a></div></div>'
        '<div class="r"><div id="wm-btns"><a href="#" id="wm-expand" title="About this capture">'
        '<span class="iconochive-down-solid"></span><span class="sr-only">About this capture</span></a> '
        '<a href="#" title="Close the toolbar"><span class="sr-only">Close</span></a></div>'
        '<div id="wm-share"><a href="#" title="Share via My Web Archive"><span class="sr-only">Share via My Web Archive</span></a></div></div></div>'
        '<div id="wm-capinfo" style="display:none"><div class="wm-title">COLLECTED BY</div>'
        '<div>Organization: <a href="#">Internet Archive</a></div><div>Collection: <a href="#">Common Crawl</a></div>'
        '<div class="wm-title">TIMESTAMPS</div><div>The Wayback Machine - http://web.archive.org/web/20190412083301/'
        f"{e(url)}</div></div></div></div>"
        "<!-- END WAYBACK TOOLBAR INSERT -->"
    )
    dims = "".join(
        f'<tr><td class="dim">{e(d["name"])}</td><td class="score">{d["score"]} / 100</td></tr>'
        for d in r["dimensions"]
    )
    body = {
        "summary": f"<h3>{e(t['summary'])}</h3>{paras(r['summary'])}",
        "dims": f'<h3>{e(t["dims"])}</h3><table class="scores" border="0" cellpadding="4">'
        f'<tr><th align="left">Area</th><th align="left">Rating</th></tr>{dims}</table>',
        "themes": f'<h3>{e(t["themes"])}</h3><ul class="tags">'
        + "".join(f"<li>{e(x)}</li>" for x in r["themes"])
        + "</ul>",
        "principles": f"<h3>{e(t['principles'])}</h3><ol>"
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ol>",
        "quotes": f"<h3>{e(t['quotes'])}</h3>"
        + "".join(
            f"<blockquote><p>&quot;{e(x['text'])}&quot;</p></blockquote>"
            + (f'<p class="attrib"><i>-- {e(attr(x, n))}</i></p>' if attr(x, n) else "")
            for x in r["quotes"]
        ),
    }
    return (
        head(r, f"{n} | Leaders Circle Interviews")
        + '<body><script src="//archive.org/includes/analytics.js?v=cf34f82" type="text/javascript"></script>'
        '<script type="text/javascript">window.addEventListener("DOMContentLoaded",function(){var v=archive_analytics.values;v.service="wb";});</script>'
        + toolbar
        + '<div id="cookie-notice" class="cn-bottom"><span id="cn-notice-text">This website uses cookies to ensure you get '
        'the best experience on our website.</span> <a href="#" id="cn-accept-cookie" class="cn-button">Got it!</a> '
        '<a href="#" class="cn-more-info">Learn more</a></div>'
        '<div id="wrapper"><div id="header"><a href="/web/20190412083301/http://www.leaderscircle.example/">'
        '<img src="/web/20190412083301im_/http://www.leaderscircle.example/img/logo.gif" alt="Leaders Circle"></a>'
        '<ul id="topnav"><li><a href="#">Home</a></li><li><a href="#">Interviews</a></li><li><a href="#">Podcast</a></li>'
        '<li><a href="#">Events</a></li><li><a href="#">About Us</a></li></ul></div>'
        '<div id="content"><div class="breadcrumbs"><a href="#">Home</a> &raquo; <a href="#">Interviews</a> &raquo; '
        f'{e(n)}</div><div class="post"><h2 class="title">{e(n)}</h2><p class="subtitle"><b>{e(r["headline"])}</b></p>'
        '<p class="meta">Posted on April 2, 2019 by <a href="#">editor</a> | <a href="#">3 Comments</a></p>'
        f'<div class="entry">{paras(r["bio"])}{"".join(body[k] for k in sections(r, t))}</div>'
        '<div class="share">Share this: <a href="#">Facebook</a> | <a href="#">Twitter</a> | <a href="#">LinkedIn</a> | <a href="#">Email</a></div>'
        '<div class="postnav">&laquo; <a href="#">Previous interview</a> | <a href="#">Next interview</a> &raquo;</div></div></div>'
        '<div id="sidebar"><h4>More Interviews</h4><ul>'
        + "".join(f'<li><a href="#">{e(a)}</a><br><small>{e(b)}</small></li>' for a, b in OTHERS)
        + "</ul><h4>Newsletter</h4><form><p>Get new interviews by email every month.</p>"
        '<input type="text" value="Your email"> <input type="submit" value="Subscribe"></form>'
        '<h4>Archives</h4><ul><li><a href="#">April 2019</a></li><li><a href="#">March 2019</a></li>'
        '<li><a href="#">February 2019</a></li></ul></div>'
        '<div id="footer"><p>Copyright &copy; 2019 Leaders Circle. All rights reserved. | <a href="#">Privacy Policy</a> | '
        '<a href="#">Contact</a></p></div></div></body></html>'
        "<!--\n     FILE ARCHIVED ON 08:33:01 Apr 12, 2019 AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 14:02:57 Mar 03, 2026.\n"
        "     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n-->"
    )


# 2 an MkDocs-Material docs page -----------------------------------------------------------------
MKDOCS = {
    "dims": "Assessment results",
    "themes": "Subjects",
    "summary": "Overview",
    "principles": "Operating principles",
    "quotes": "Quotations",
}


def mkdocs(r, t=MKDOCS):
    n = r["name"]
    hl = '<a class="headerlink" href="#{0}" title="Permanent link">&para;</a>'
    toc = "".join(
        f'<li class="md-nav__item"><a href="#{slug(t[k])}" class="md-nav__link"><span class="md-ellipsis">{e(t[k])}</span></a></li>'
        for k in sections(r, t)
    )
    dims = "".join(
        f'<tr><td>{e(d["name"])}</td><td style="text-align:right">{d["score"]}</td></tr>'
        for d in r["dimensions"]
    )

    def quote(x):
        a = attr(x, n)
        return (
            '<div class="admonition quote"><p class="admonition-title">'
            f"{e(a) if a else 'Quote'}</p><p>{e(x['text'])}</p></div>"
        )

    body = {
        "summary": paras(r["summary"]),
        "dims": '<table><thead><tr><th>Dimension</th><th style="text-align:right">Score</th></tr></thead>'
        f"<tbody>{dims}</tbody></table>"
        '<div class="admonition note"><p class="admonition-title">Note</p><p>Scores are out of 100 and come from the '
        "cohort's 360° review.</p></div>",
        "themes": "<ul>" + "".join(f"<li>{e(x)}</li>" for x in r["themes"]) + "</ul>",
        "principles": "<ol>" + "".join(f"<li>{e(p)}</li>" for p in r["principles"]) + "</ol>",
        "quotes": "".join(quote(x) for x in r["quotes"]),
    }
    content = "".join(
        f'<h2 id="{slug(t[k])}">{e(t[k])}{hl.format(slug(t[k]))}</h2>{body[k]}'
        for k in sections(r, t)
    )
    left = "".join(
        f'<li class="md-nav__item"><a href="#" class="md-nav__link">{e(a)}</a></li>'
        for a, _ in OTHERS
    )
    return (
        head(r, f"{n} - People Handbook")
        + '<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo">'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">'
        '<label class="md-overlay" for="__drawer"></label><div data-md-component="skip"><a href="#overview" class="md-skip">Skip to content</a></div>'
        '<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">'
        '<a href="#" title="People Handbook" class="md-header__button md-logo" aria-label="People Handbook">'
        '<svg viewBox="0 0 24 24"><path d="M12 8a3 3 0 0 0 3-3"/></svg></a>'
        '<div class="md-header__title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">People Handbook</span></div>'
        f'<div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">{e(n)}</span></div></div></div>'
        '<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label>'
        '<div class="md-search__inner" role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search">'
        '<label class="md-search__icon md-icon" for="__search"></label></form><div class="md-search__output"><div class="md-search-result">'
        '<div class="md-search-result__meta">Initializing search</div></div></div></div></div>'
        '<div class="md-header__source"><a href="#" title="Go to repository" class="md-source"><div class="md-source__repository">people/handbook'
        '<ul class="md-source__facts"><li class="md-source__fact md-source__fact--version">v4.2.0</li><li class="md-source__fact md-source__fact--stars">118</li>'
        "</ul></div></a></div></nav></header>"
        '<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">'
        '<li class="md-tabs__item"><a href="#" class="md-tabs__link">Home</a></li><li class="md-tabs__item md-tabs__item--active"><a href="#" class="md-tabs__link">Leaders</a></li>'
        '<li class="md-tabs__item"><a href="#" class="md-tabs__link">Programmes</a></li><li class="md-tabs__item"><a href="#" class="md-tabs__link">Glossary</a></li></ul></div></nav>'
        '<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">'
        '<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">'
        '<nav class="md-nav md-nav--primary" aria-label="Navigation"><label class="md-nav__title" for="__drawer">People Handbook</label><ul class="md-nav__list">'
        f'<li class="md-nav__item md-nav__item--active"><a href="#" class="md-nav__link md-nav__link--active">{e(n)}</a></li>{left}'
        "</ul></nav></div></div></div>"
        '<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">'
        '<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon md-icon"></span>Table of contents</label>'
        f'<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>{toc}</ul></nav></div></div></div>'
        '<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">'
        '<a href="#" title="Edit this page" class="md-content__button md-icon"><svg viewBox="0 0 24 24"><path d="M10 20H6"/></svg></a>'
        f'<h1 id="{slug(n)}">{e(n)}</h1>'
        f'<div class="admonition abstract"><p class="admonition-title">Role</p><p>{e(r["headline"])}</p></div>'
        f"{paras(r['bio'])}{content}"
        '<hr><div class="md-source-file"><small>Last update: <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">March 2, 2026</span></small></div>'
        '<form class="md-feedback" name="feedback"><fieldset><legend class="md-feedback__title">Was this page helpful?</legend>'
        '<div class="md-feedback__inner"><div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1"></button>'
        '<button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"></button></div>'
        '<div class="md-feedback__note"><div data-md-value="1" hidden>Thanks for your feedback!</div></div></div></fieldset></form>'
        "</article></div></div>"
        '<button type="button" class="md-top md-icon" data-md-component="top" hidden>Back to top</button></main>'
        '<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer">'
        f'<a href="#" class="md-footer__link md-footer__link--prev" aria-label="Previous: {ea(OTHERS[2][0])}"><div class="md-footer__title"><span class="md-footer__direction">Previous</span>'
        f'<div class="md-ellipsis">{e(OTHERS[2][0])}</div></div></a>'
        f'<a href="#" class="md-footer__link md-footer__link--next" aria-label="Next: {ea(OTHERS[0][0])}"><div class="md-footer__title"><span class="md-footer__direction">Next</span>'
        f'<div class="md-ellipsis">{e(OTHERS[0][0])}</div></div></a></nav>'
        '<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright">'
        '<div class="md-copyright__highlight">Copyright &copy; 2026 People Team</div>Made with <a href="#">Material for MkDocs</a></div></div></div></footer></div>'
        '<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>'
        '<div class="md-consent" data-md-component="consent" id="__consent"><div class="md-consent__overlay"></div><aside class="md-consent__inner">'
        '<form class="md-consent__form md-grid md-typeset" name="consent"><h4>Cookie consent</h4><p>We use cookies to recognize your repeated visits and preferences, '
        "as well as to measure the effectiveness of our documentation and whether users find what they're searching for. With your consent, you're helping us to make our documentation better.</p>"
        '<input class="md-toggle" type="checkbox" id="__settings"><div class="md-consent__settings"><ul class="task-list"><li class="task-list-item">'
        '<label class="task-list-control"><input type="checkbox" name="analytics" checked><span class="task-list-indicator"></span>Google Analytics</label></li></ul></div>'
        '<div class="md-consent__controls"><button class="md-button md-button--primary">Accept</button><button type="reset" class="md-button md-button--primary">Reject</button>'
        '<label class="md-button" for="__settings">Manage settings</label></div></form></aside></div></body></html>'
    )


# 3 a WordPress page built with Elementor ---------------------------------------------------------
ELEMENTOR = {
    "dims": "Strengths at a glance",
    "themes": "Talks about",
    "summary": "The conversation",
    "principles": "How they lead",
    "quotes": "Kind words",
}


def _ew(kind, inner):
    return (
        f'<div class="elementor-element elementor-widget elementor-widget-{kind}" data-widget_type="{kind}.default">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def _heading(text, tag="h2"):
    return _ew(
        "heading",
        f'<{tag} class="elementor-heading-title elementor-size-default">{e(text)}</{tag}>',
    )


IMG = '<img src="portrait-768x768.jpg" alt="" width="768" height="768">'


def elementor(r, t=ELEMENTOR):
    n = r["name"]

    def bar(d):
        s = d["score"]
        return (
            f'<span class="elementor-title">{e(d["name"])}</span>'
            f'<div class="elementor-progress-wrapper progress-info" role="progressbar" aria-valuemin="0" aria-valuemax="100" '
            f'aria-valuenow="{s}" aria-valuetext="{s}% ({ea(d["name"])})">'
            f'<div class="elementor-progress-bar" data-max="{s}" style="width:{s}%"><span class="elementor-progress-text"></span>'
            f'<span class="elementor-progress-percentage">{s}%</span></div></div>'
        )

    def testimonial(x):
        who = x["speaker"]
        job = x["context"] if x["context"] is not None else ""
        jobdiv = f'<div class="elementor-testimonial-job">{e(job)}</div>' if job else ""
        return _ew(
            "testimonial",
            f'<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">{e(x["text"])}</div>'
            '<div class="elementor-testimonial-meta elementor-has-image elementor-testimonial-image-position-aside"><div class="elementor-testimonial-meta-inner">'
            '<div class="elementor-testimonial-image"><img width="150" height="150" src="avatar-150x150.jpg" alt=""></div>'
            f'<div class="elementor-testimonial-details"><div class="elementor-testimonial-name">{e(who)}</div>'
            f"{jobdiv}</div></div></div></div>",
        )

    def iconbox(title, desc):
        return _ew(
            "icon-box",
            '<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-">'
            '<i aria-hidden="true" class="fas fa-star"></i></span></div><div class="elementor-icon-box-content">'
            f'<h3 class="elementor-icon-box-title"><span>{e(title)}</span></h3><p class="elementor-icon-box-description">{e(desc)}</p></div></div>',
        )

    def counter(value, suffix, title):
        return _ew(
            "counter",
            '<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number-prefix"></span>'
            f'<span class="elementor-counter-number" data-duration="2000" data-to-value="{value}" data-from-value="0">{value}</span>'
            f'<span class="elementor-counter-number-suffix">{suffix}</span></div><div class="elementor-counter-title">{e(title)}</div></div>',
        )

    body = {
        "summary": paras(r["summary"]),
        "dims": "".join(_ew("progress", bar(d)) for d in r["dimensions"]),
        "themes": _ew(
            "icon-list",
            '<ul class="elementor-icon-list-items">'
            + "".join(
                '<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>'
                f'<span class="elementor-icon-list-text">{e(x)}</span></li>'
                for x in r["themes"]
            )
            + "</ul>",
        ),
        "principles": _ew(
            "icon-list",
            '<ul class="elementor-icon-list-items">'
            + "".join(
                '<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-arrow-right"></i></span>'
                f'<span class="elementor-icon-list-text">{e(p)}</span></li>'
                for p in r["principles"]
            )
            + "</ul>",
        ),
        "quotes": "".join(testimonial(x) for x in r["quotes"]),
    }
    secs = "".join(
        f'<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100">'
        f'<div class="elementor-widget-wrap">{_heading(t[k])}{_ew("text-editor", body[k]) if k == "summary" else body[k]}</div></div></div></section>'
        for k in sections(r, t)
    )
    return (
        head(r, f"{n} – Ember Mentors")
        + '<body class="page-template-default page elementor-default elementor-kit-7 elementor-page">'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        '<header id="site-header" class="site-header"><div class="site-branding"><a href="#" class="custom-logo-link"><img src="ember-logo.png" alt="Ember Mentors"></a></div>'
        '<nav class="site-navigation"><ul class="menu"><li><a href="#">Home</a></li><li><a href="#">About</a></li><li><a href="#">Programs</a></li>'
        '<li class="current-menu-ancestor"><a href="#">Mentors</a></li><li><a href="#">Contact</a></li></ul></nav>'
        '<a class="elementor-button" href="#"><span class="elementor-button-text">Donate</span></a></header>'
        '<main id="content" class="site-main"><div class="page-content"><div data-elementor-type="wp-page" class="elementor elementor-1342">'
        '<section class="elementor-section elementor-top-section hero"><div class="elementor-container"><div class="elementor-column elementor-col-50">'
        f'<div class="elementor-widget-wrap">{_ew("image", IMG)}</div></div>'
        '<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">'
        f"{_heading(n, 'h1')}{_ew('text-editor', '<p><strong>' + e(r['headline']) + '</strong></p>')}"
        f"{_ew('text-editor', paras(r['bio']))}</div></div></div></section>"
        '<section class="elementor-section elementor-inner-section facts"><div class="elementor-container">'
        f'<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">{iconbox("Mentor since", "2021")}</div></div>'
        f'<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">{iconbox("Cohort", "Spring 2026")}</div></div>'
        f'<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">{counter(24, "+", "Founders mentored")}</div></div>'
        "</div></section>"
        f"{secs}"
        '<section class="elementor-section share"><div class="elementor-container">'
        + _ew(
            "share-buttons",
            '<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Share on facebook">'
            '<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share</span></span></div></div>'
            '<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_linkedin" role="button" tabindex="0" aria-label="Share on linkedin">'
            '<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share</span></span></div></div>'
            '<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_whatsapp" role="button" tabindex="0" aria-label="Share on whatsapp">'
            '<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share</span></span></div></div></div>',
        )
        + "</div></section>"
        '<section class="elementor-section more-mentors"><div class="elementor-container">'
        + _heading("Meet more mentors")
        + _ew(
            "posts",
            '<div class="elementor-posts-container">'
            + "".join(
                f'<article class="elementor-post"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="#">{e(a)}</a></h3>'
                f'<div class="elementor-post__excerpt"><p>{e(b)}</p></div><a class="elementor-post__read-more" href="#">Read More »</a></div></article>'
                for a, b in OTHERS
            )
            + "</div>",
        )
        + "</div></section>"
        '<section class="elementor-section newsletter"><div class="elementor-container">'
        + _heading("Join our mailing list", "h4")
        + _ew(
            "form",
            '<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-form-fields-wrapper">'
            '<div class="elementor-field-group"><label for="form-field-email" class="elementor-screen-only">Email</label>'
            '<input size="1" type="email" name="form_fields[email]" id="form-field-email" placeholder="Your email address" required></div>'
            '<div class="elementor-field-group elementor-field-type-submit"><button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span></button></div></div></form>',
        )
        + "</div></section></div></div></main>"
        '<footer id="site-footer" class="site-footer"><div class="footer-inner"><p>© 2026 Ember Mentors. All rights reserved.</p>'
        '<ul class="menu"><li><a href="#">Privacy Policy</a></li><li><a href="#">Cookie Policy (EU)</a></li></ul></div></footer>'
        '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">'
        '<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title">Manage Cookie Consent</div>'
        '<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"></div></div>'
        '<div class="cmplz-body"><div class="cmplz-message"><p>To provide the best experiences, we use technologies like cookies to store and/or access device information. '
        "Consenting to these technologies will allow us to process data such as browsing behaviour or unique IDs on this site.</p></div></div>"
        '<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>'
        '<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>'
        '<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="#">Cookie Policy</a></li>'
        '<li><a class="cmplz-link privacy-statement" href="#">Privacy Statement</a></li></ul></div></div></div></body></html>'
    )


# 4 a university news Q&A interview (the section titles are questions in bold) ---------------------
QANEWS = {
    "dims": "How did the fellowship panel rate you?",
    "themes": "What will you teach while you are here?",
    "summary": "What is this conversation about?",
    "principles": "Which rules do you lead by?",
    "quotes": "In your own words",
}


def qanews(r, t=QANEWS):
    n = r["name"]

    def quote(x):
        a = attr(x, n)
        cite = f"<cite>{e(a)}</cite>" if a else ""
        return f'<blockquote class="pullquote"><p>“{e(x["text"])}”</p>{cite}</blockquote>'

    body = {
        "summary": paras(r["summary"]),
        "dims": "<ul>"
        + "".join(f"<li>{e(d['name'])}: {d['score']} out of 100</li>" for d in r["dimensions"])
        + "</ul>",
        "themes": "<ul>" + "".join(f"<li>{e(x)}</li>" for x in r["themes"]) + "</ul>",
        "principles": "<ol>" + "".join(f"<li>{e(p)}</li>" for p in r["principles"]) + "</ol>",
        "quotes": "".join(quote(x) for x in r["quotes"]),
    }
    qa = "".join(f'<p id="q-{k}"><strong>{e(t[k])}</strong></p>{body[k]}' for k in sections(r, t))
    toc = "".join(f'<li><a href="#q-{k}">{e(t[k])}</a></li>' for k in sections(r, t))
    return (
        head(r, f"Q&A: {n} | Eastmoor University News")
        + '<body class="news-article"><a class="visually-hidden-focusable" href="#main">Skip to main content</a>'
        '<div class="alert-bar" role="region" aria-label="Campus alert"><p>Campus update: the Library is open 24 hours during exam weeks. '
        '<a href="#">Details</a></p></div>'
        '<header class="site-header"><a class="wordmark" href="#">Eastmoor University</a><nav aria-label="Main"><ul>'
        '<li><a href="#">Study</a></li><li><a href="#">Research</a></li><li><a href="#">News</a></li><li><a href="#">Events</a></li>'
        '<li><a href="#">About</a></li></ul></nav><a class="btn-apply" href="#">Apply</a> <a class="btn-give" href="#">Give</a></header>'
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="#">News</a></li><li><a href="#">Business &amp; Economics</a></li>'
        '<li aria-current="page">Q&amp;A</li></ol></nav>'
        '<main id="main"><div class="layout"><article class="story">'
        '<p class="kicker">Q&amp;A · Executive Fellows 2026</p>'
        f'<h1>{e(n)}</h1><p class="standfirst">{e(r["headline"])}</p>'
        '<p class="byline">By Dana Whitfield, University Communications · <time datetime="2026-03-14">14 March 2026</time> · 6 min read</p>'
        '<figure class="lead-image"><img src="fellow.jpg" alt=""><figcaption>Photo: Eastmoor University / Sam Okafor</figcaption></figure>'
        f'<div class="story-body">{paras(r["bio"])}{qa}'
        '<p class="editor-note"><em>This interview has been edited for length and clarity.</em></p></div>'
        '<div class="share-tools"><span>Share this story</span><ul><li><a href="#">Email</a></li><li><a href="#">X</a></li>'
        '<li><a href="#">LinkedIn</a></li><li><button>Copy link</button></li></ul></div>'
        '<aside class="media-contact"><h2>Media contact</h2><p>Priya Raman, Senior Media Officer</p><p>press@eastmoor.example · +44 1632 960 418</p></aside>'
        "</article>"
        f'<aside class="sidebar"><nav class="in-this-article" aria-label="In this article"><h2>In this article</h2><ul>{toc}</ul></nav>'
        '<div class="topics"><h2>Topics</h2><ul><li><a href="#">Business School</a></li><li><a href="#">Executive Education</a></li></ul></div></aside></div>'
        '<section class="related-stories"><h2>Related stories</h2><ul>'
        + "".join(
            f'<li class="card"><a href="#"><span class="card-kicker">Q&amp;A</span><h3>{e(a)}</h3><p>{e(b)}</p></a></li>'
            for a, b in OTHERS
        )
        + '</ul></section><section class="newsletter"><h2>Get Eastmoor Today in your inbox</h2><p>The best of our news, research and events, every Thursday.</p>'
        '<form><label for="nl-email">Email address</label><input id="nl-email" type="email"><button type="submit">Sign up</button></form></section></main>'
        '<footer class="site-footer"><p>Eastmoor University, Castle Road, Eastmoor EM4 2QT</p><ul><li><a href="#">Accessibility</a></li>'
        '<li><a href="#">Freedom of information</a></li><li><a href="#">Privacy and cookies</a></li><li><a href="#">Modern slavery statement</a></li></ul>'
        "<p>© Eastmoor University 2026. Registered charity number 1140000.</p></footer>"
        '<div class="cookie-banner" role="dialog" aria-label="Cookies on our website"><h2>Cookies on our website</h2>'
        "<p>We use some essential cookies to make this website work. We'd also like to use analytics cookies to understand how you use it.</p>"
        '<button>Accept analytics cookies</button> <button>Reject analytics cookies</button> <a href="#">Cookie settings</a></div></body></html>'
    )


# 5 a Crunchbase-like person page (key/value facts, news feed, investments table) -----------------
CRUNCH = {
    "dims": "Leadership Signals",
    "themes": "Expertise",
    "summary": "Interview Highlights",
    "principles": "Stated Principles",
    "quotes": "Quotes",
}


def crunchbase(r, t=CRUNCH):
    n = r["name"]
    job, _, org = (r["role"], "", r["company"]) if r["company"] else r["headline"].rpartition(", ")
    dims = "".join(
        f'<tr><td class="label">{e(d["name"])}</td><td class="value"><span class="score">{d["score"] / 10:.1f}/10</span></td></tr>'
        for d in r["dimensions"]
    )
    quotes = "".join(
        f'<tr><td class="quote">“{e(x["text"])}”</td><td class="source">{e(attr(x, n) or "—")}</td></tr>'
        for x in r["quotes"]
    )
    body = {
        "summary": paras(r["summary"], "description"),
        "dims": f'<table class="card-grid"><thead><tr><th>Signal</th><th>Score</th></tr></thead><tbody>{dims}</tbody></table>',
        "themes": '<ul class="chips">'
        + "".join(f'<li class="chip"><a href="#">{e(x)}</a></li>' for x in r["themes"])
        + "</ul>",
        "principles": '<ul class="bullets">'
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ul>",
        "quotes": f'<table class="quotes"><thead><tr><th>Quote</th><th>Source</th></tr></thead><tbody>{quotes}</tbody></table>',
    }
    cards = "".join(
        f'<section-card class="{k}"><h2 class="section-title">{e(t[k])}</h2><div class="section-content">{body[k]}</div></section-card>'
        for k in sections(r, t)
    )
    return (
        head(r, f"{n} - Person Profile - DealGraph")
        + '<body><app-root><header class="top-nav"><a class="logo" href="#">DealGraph</a>'
        '<form class="search"><input type="search" placeholder="Search companies, people, investors"></form>'
        '<nav><a href="#">Companies</a> <a href="#">People</a> <a href="#">Investors</a> <a href="#">Hubs</a></nav>'
        '<a class="btn" href="#">Log In</a> <a class="btn primary" href="#">Start Free Trial</a></header>'
        '<div class="profile-header"><img class="avatar" src="person.jpg" alt="">'
        f'<div class="identifier"><span class="entity-type">Person</span><h1 class="profile-name">{e(n)}</h1>'
        f'<span class="description">{e(r["headline"])}</span></div>'
        '<div class="actions"><button>Follow</button> <button>Save</button> <button>Share</button></div></div>'
        '<nav class="tabs"><a class="active" href="#">Summary</a> <a href="#">Investments</a> <a href="#">News</a> <a href="#">Signals</a></nav>'
        '<div class="page-layout"><div class="main-content">'
        '<section-card class="overview"><h2 class="section-title">Overview</h2><div class="fields">'
        f'<div class="field"><div class="field-label">Primary Job Title</div><div class="field-value">{e(job)}</div></div>'
        f'<div class="field"><div class="field-label">Primary Organization</div><div class="field-value"><a href="#">{e(org)}</a></div></div>'
        '<div class="field"><div class="field-label">Investor Type</div><div class="field-value">Angel</div></div>'
        '<div class="field"><div class="field-label">Number of Investments</div><div class="field-value">3</div></div>'
        '<div class="field"><div class="field-label">Last Updated</div><div class="field-value">Mar 9, 2026</div></div></div></section-card>'
        f'<section-card class="about"><h2 class="section-title">About</h2><div class="section-content">{paras(r["bio"], "description")}</div></section-card>'
        f"{cards}"
        '<section-card class="investments"><h2 class="section-title">Investments</h2><p class="count">Number of Investments 3</p>'
        "<table><thead><tr><th>Announced Date</th><th>Organization Name</th><th>Lead Investor</th><th>Funding Round</th><th>Money Raised</th></tr></thead>"
        '<tbody><tr><td>Nov 4, 2025</td><td><a href="#">Harvestline</a></td><td>No</td><td>Seed Round - Harvestline</td><td>$1.2M</td></tr>'
        '<tr><td>Feb 18, 2024</td><td><a href="#">Qubit Ledger</a></td><td>No</td><td>Pre-Seed Round - Qubit Ledger</td><td>€450K</td></tr>'
        '<tr><td>Jul 2, 2022</td><td><a href="#">Saltmarsh Robotics</a></td><td>Yes</td><td>Angel Round - Saltmarsh Robotics</td><td>—</td></tr></tbody></table></section-card>'
        '<section-card class="news"><h2 class="section-title">Recent News &amp; Activity</h2><p class="count">Number of News Articles 3</p><ul class="feed">'
        f'<li><span class="date">Feb 27, 2026</span> <span class="publisher">Trade Weekly</span> <a href="#">{e(org)} names new board chair</a></li>'
        f'<li><span class="date">Jan 12, 2026</span> <span class="publisher">Regional Business Journal</span> <a href="#">Ten leaders to watch this year</a></li>'
        f'<li><span class="date">Oct 3, 2025</span> <span class="publisher">Press Release</span> <a href="#">{e(org)} opens second site</a></li>'
        '</ul><a href="#" class="view-all">View All</a></section-card></div>'
        '<aside class="side"><div class="paywall"><h3>Unlock more data</h3><p>See contact details, full funding history and alerts.</p>'
        '<a class="btn primary" href="#">Start Free Trial</a></div><div class="people-also"><h3>People also viewed</h3><ul>'
        + "".join(f'<li><a href="#">{e(a)}</a><span>{e(b)}</span></li>' for a, b in OTHERS)
        + "</ul></div></aside></div>"
        '<footer><p>© 2026 DealGraph Inc. All rights reserved.</p><a href="#">Terms of Service</a> <a href="#">Privacy Policy</a> '
        '<a href="#">Do Not Sell or Share My Personal Information</a> <a href="#">Sitemap</a></footer>'
        '<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">'
        "We use cookies to improve your experience, analyze traffic and personalize ads. By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.</p></div>"
        '<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>'
        '<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></app-root></body></html>'
    )


# 6 an executive press kit (downloads, brand assets, boilerplate, media contact) -------------------
PRESSKIT = {
    "dims": "Peer review ratings",
    "themes": "Interview topics",
    "summary": "Story angle",
    "principles": "Management philosophy",
    "quotes": "Approved quotes",
}


def presskit(r, t=PRESSKIT):
    n = r["name"]
    dims = "".join(
        f"<tr><td>{e(d['name'])}</td><td>{d['score']}/100</td></tr>" for d in r["dimensions"]
    )

    def quote(x):
        a = attr(x, n)
        tail = f" — <em>{e(a)}</em>" if a else ""
        return f"<li><q>{e(x['text'])}</q>{tail}</li>"

    body = {
        "summary": paras(r["summary"]),
        "dims": f'<table class="ratings"><thead><tr><th>Area</th><th>Rating</th></tr></thead><tbody>{dims}</tbody></table>',
        "themes": '<ul class="topics">'
        + "".join(f"<li>{e(x)}</li>" for x in r["themes"])
        + "</ul>",
        "principles": "<ul>" + "".join(f"<li>{e(p)}</li>" for p in r["principles"]) + "</ul>",
        "quotes": '<ul class="quotes">' + "".join(quote(x) for x in r["quotes"]) + "</ul>",
    }
    secs = "".join(
        f'<section class="kit-section"><h2>{e(t[k])}</h2>{body[k]}</section>'
        for k in sections(r, t)
    )
    sl = slug(n)
    return (
        head(r, f"Press kit: {n} — Summit Voices Media Centre")
        + '<body><header class="press-header"><a class="brand" href="#">Summit Voices</a><nav><a href="#">Newsroom</a> <a href="#">Press releases</a> '
        '<a aria-current="page" href="#">Press kits</a> <a href="#">Media contacts</a></nav></header>'
        '<main class="kit"><div class="kit-hero"><p class="eyebrow">Executive press kit</p>'
        f'<h1>{e(n)}</h1><p class="kit-title">{e(r["headline"])}</p>'
        '<div class="downloads"><a class="btn" download href="#">Download high-res portrait (JPG, 4.2 MB)</a>'
        '<a class="btn" download href="#">Download biography (PDF, 180 KB)</a>'
        '<a class="btn btn-primary" download href="#">Download all assets (ZIP, 38 MB)</a></div>'
        f'<p class="embargo">Last updated 9 March 2026 · Free for editorial use with credit “Photo: Summit Voices”</p></div>'
        f'<section class="kit-section"><h2>Biography</h2>{paras(r["bio"])}</section>'
        f"{secs}"
        '<section class="kit-section assets"><h2>Brand assets</h2><div class="asset-grid">'
        f'<figure><img src="{sl}-portrait.jpg" alt=""><figcaption>Portrait, studio · 3000 × 4000 px</figcaption><a href="#">Download</a></figure>'
        f'<figure><img src="{sl}-stage.jpg" alt=""><figcaption>On stage, Summit Voices 2025 · 5472 × 3648 px</figcaption><a href="#">Download</a></figure>'
        '<figure><img src="summit-logo.svg" alt=""><figcaption>Summit Voices logo · SVG, PNG</figcaption><a href="#">Download</a></figure></div>'
        '<div class="swatches"><span class="swatch">Ink #1B1F3B</span> <span class="swatch">Ember #E4572E</span> <span class="swatch">Paper #F6F1E9</span></div></section>'
        '<section class="kit-section boilerplate"><h2>About Summit Voices</h2><p>Summit Voices is an independent interview series that '
        "records long conversations with people who run organisations of every size, from village cooperatives to listed companies. "
        "Founded in 2017, it publishes a new interview every week and hosts an annual gathering in Lisbon.</p></section>"
        '<section class="kit-section contact"><h2>Media contact</h2><p>Inês Carvalho, Head of Communications</p>'
        '<p><a href="#">press@summitvoices.example</a> · +351 21 000 4821</p></section>'
        '<section class="kit-section other-kits"><h2>Other press kits</h2><ul>'
        + "".join(f'<li><a href="#">{e(a)}</a> — {e(b)}</li>' for a, b in OTHERS)
        + "</ul></section></main>"
        '<footer class="press-footer"><p>© 2026 Summit Voices Media Ltd.</p><a href="#">Terms of use</a> · <a href="#">Privacy</a> · <a href="#">RSS</a></footer>'
        '<div class="cookie-consent" role="dialog" aria-live="polite"><p>This site uses cookies for analytics. You can opt out at any time.</p>'
        "<button>OK</button> <button>Opt out</button></div></body></html>"
    )


# 7 a page read through a Google Translate proxy (<font> wrappers, "Original text" tooltip) --------
TRANSLATE = {
    "dims": "Leadership assessment",
    "themes": "Focus topics",
    "summary": "Summary of the conversation",
    "principles": "Guiding principles",
    "quotes": "Quotes",
}


def f2(text):
    """One phrase as Google Translate's proxy leaves it: two nested <font> wrappers."""
    return (
        '<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">'
        f"{e(text)}</font></font>"
    )


def translate(r, t=TRANSLATE):
    n = r["name"]

    def fp(s, cls=""):
        c = f' class="{cls}"' if cls else ""
        return "".join(
            f"<p{c}>"
            + "".join(
                f2(sent + (". " if i < len(p.split(". ")) - 1 else ""))
                for i, sent in enumerate(p.split(". "))
            )
            + "</p>"
            for p in s.split("\n\n")
        )

    def quote(x):
        a = attr(x, n)
        cite = f'<p class="zitat-quelle">{f2("— " + a)}</p>' if a else ""
        return f'<figure class="zitat"><blockquote>{f2("„" + x["text"] + "“")}</blockquote>{cite}</figure>'

    body = {
        "summary": fp(r["summary"]),
        "dims": '<dl class="bewertung">'
        + "".join(
            f"<dt>{f2(d['name'])}</dt><dd>{f2(str(d['score']) + ' out of 100')}</dd>"
            for d in r["dimensions"]
        )
        + "</dl>",
        "themes": '<ul class="schlagworte">'
        + "".join(f"<li>{f2(x)}</li>" for x in r["themes"])
        + "</ul>",
        "principles": "<ol>" + "".join(f"<li>{f2(p)}</li>" for p in r["principles"]) + "</ol>",
        "quotes": "".join(quote(x) for x in r["quotes"]),
    }
    secs = "".join(
        f'<section class="abschnitt"><h2>{f2(t[k])}</h2>{body[k]}</section>' for k in sections(r, t)
    )
    host = "www-fuehrungsgespraeche-example.translate.goog"
    return (
        '<!DOCTYPE html><html lang="en" class="translated-ltr"><head><meta charset="utf-8">'
        f'<title>{e(n)} | Führungsgespräche</title><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<base href="https://{host}/portraet/{slug(n)}?_x_tr_sl=de&amp;_x_tr_tl=en&amp;_x_tr_hl=en&amp;_x_tr_pto=wapp">'
        '<link type="text/css" rel="stylesheet" charset="UTF-8" href="https://www.gstatic.com/_/translate_http/_/ss/k=translate_http.tr.css">'
        "<style>.goog-te-spinner-pos{display:none}#goog-gt-tt{display:none}</style></head>"
        '<body><div class="skiptranslate" style=""><iframe id=":1.container" class="goog-te-banner-frame skiptranslate" frameborder="0" '
        'src="about:blank" style="visibility:visible"></iframe></div>'
        '<div id="gt-nvframe" class="skiptranslate notranslate"><div class="gt-bar"><span class="gt-logo">Google Translate</span> '
        '<span class="gt-langs"><span>German</span> → <span>English</span></span> '
        f'<span class="gt-url">{e("https://www.fuehrungsgespraeche.example/portraet/" + slug(n))}</span> '
        '<a href="#">Show original</a> <a href="#">Options</a></div></div>'
        '<header class="kopf"><a class="logo" href="#"><img src="logo.svg" alt="Führungsgespräche"></a><nav class="hauptmenue"><ul>'
        + "".join(
            f'<li><a href="#">{f2(x)}</a></li>'
            for x in ("Home", "Portraits", "Podcast", "Events", "About us")
        )
        + "</ul></nav></header>"
        f'<main class="portraet"><nav class="brotkrumen">{f2("Home")} › {f2("Portraits")} › <span class="notranslate">{e(n)}</span></nav>'
        f'<h1>{f2(n)}</h1><p class="position">{f2(r["headline"])}</p>'
        f'<div class="einleitung">{fp(r["bio"])}</div>'
        f"{secs}"
        f'<div class="teilen">{f2("Share:")} <a href="#">Xing</a> <a href="#">LinkedIn</a> <a href="#">{f2("E-mail")}</a></div>'
        f'<aside class="weitere"><h3>{f2("More portraits")}</h3><ul>'
        + "".join(f'<li><a href="#">{f2(a)}</a> <span>{f2(b)}</span></li>' for a, b in OTHERS)
        + "</ul></aside></main>"
        f'<div class="newsletter"><h3>{f2("Newsletter")}</h3><p>{f2("New portraits every month, straight to your inbox.")}</p>'
        f'<input type="email" placeholder="E-Mail-Adresse"> <button>{f2("Register")}</button></div>'
        f'<footer class="fuss"><ul><li><a href="#">{f2("Imprint")}</a></li><li><a href="#">{f2("Data protection")}</a></li>'
        f'<li><a href="#">{f2("Contact")}</a></li></ul><p>{f2("© 2026 Führungsgespräche GmbH, Hamburg")}</p></footer>'
        f'<div class="cookie-hinweis" role="dialog"><p>{f2("We use cookies to improve our website.")} '
        f"{f2('You can find more information in our privacy policy.')}</p><button>{f2('Accept all')}</button> "
        f"<button>{f2('Only necessary')}</button></div>"
        '<div id="goog-gt-tt" class="skiptranslate" dir="ltr"><div style="padding: 8px;"><div><div class="logo">'
        '<img src="https://www.gstatic.com/images/branding/product/1x/translate_24dp.png" width="20" height="20" alt="Google Translate"></div></div></div>'
        '<div class="top" style="padding: 8px; float: left; width: 100%;"><h1 class="title gray">Original text</h1></div>'
        '<div class="middle" style="padding: 8px;"><div class="original-text"></div></div>'
        '<div class="bottom" style="padding: 8px;"><div class="activity-links"><span class="activity-link">Contribute a better translation</span>'
        '<span class="activity-link"></span></div><div class="started-activity-container"><hr style="color: #CCC; background-color: #CCC; height: 1px; border: none;">'
        '<div class="activity-root"></div></div></div><div class="status-message" style="display: none;"></div></div>'
        '<div class="goog-te-spinner-pos"><div class="goog-te-spinner-animation"><svg xmlns="http://www.w3.org/2000/svg" class="goog-te-spinner" width="96px" height="96px" viewBox="0 0 66 66">'
        '<circle class="goog-te-spinner-path" fill="none" stroke-width="6" stroke-linecap="round" cx="33" cy="33" r="30"></circle></svg></div></div>'
        '<div id="goog-gt-vt" class="VIpgJd-yAWNEb-L7lbkb skiptranslate" style="display:none"><div class="VIpgJd-yAWNEb-r4nke">'
        '<div class="VIpgJd-yAWNEb-r4nke-fmcmS">Rate this translation</div></div><div class="VIpgJd-yAWNEb-r4nke-LS81yb">'
        "<div>Your feedback will be used to help improve Google Translate</div></div></div></body></html>"
    )


# 8 a HubSpot-style landing page (gated form, sticky CTA, score bars, testimonials) ----------------
HUBSPOT = {
    "dims": "Where they excel",
    "themes": "What you'll learn",
    "summary": "Inside the interview",
    "principles": "Their playbook",
    "quotes": "What people say",
}


def hubspot(r, t=HUBSPOT):
    n = r["name"]
    fn = first(r)

    def bar(d):
        return (
            f'<div class="skill"><span class="skill-name">{e(d["name"])}</span>'
            f'<div class="bar"><div class="fill" style="width:{d["score"]}%"></div></div>'
            f'<span class="skill-num">{d["score"]}</span></div>'
        )

    def card(x):
        a = attr(x, n)
        who = f'<div class="t-author"><img src="avatar.png" alt=""><div><div class="t-name"><strong>{e(x["speaker"])}</strong></div>'
        who += f'<div class="t-role">{e(x["context"])}</div>' if a else ""
        who += "</div></div>"
        return f'<div class="testimonial-card">{who}<p class="t-quote">“{e(x["text"])}”</p></div>'

    body = {
        "summary": paras(r["summary"]),
        "dims": '<div class="skills">' + "".join(bar(d) for d in r["dimensions"]) + "</div>",
        "themes": '<ul class="checklist">'
        + "".join(f'<li class="check">{e(x)}</li>' for x in r["themes"])
        + "</ul>",
        "principles": '<ol class="playbook">'
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ol>",
        "quotes": '<div class="testimonials">' + "".join(card(x) for x in r["quotes"]) + "</div>",
    }
    secs = "".join(
        f'<div class="dnd-section"><div class="row-fluid"><div class="span12 widget-span"><h2>{e(t[k])}</h2>{body[k]}</div></div></div>'
        for k in sections(r, t)
    )
    return (
        head(r, f"{n} | Free interview transcript | Northbeam Leadership Lab")
        + '<body class="hs-landing-page"><div class="hs-announcement-bar"><p>Live masterclass on 28 April: <strong>Leading through a bad year</strong> '
        '<a href="#">Register now →</a></p><button aria-label="Close announcement">×</button></div>'
        '<header class="header"><a class="logo" href="#"><img src="northbeam.svg" alt="Northbeam Leadership Lab"></a>'
        '<nav><a href="#">Interviews</a> <a href="#">Masterclasses</a> <a href="#">Pricing</a> <a href="#">Log in</a></nav>'
        '<a class="button" href="#">Get started free</a></header>'
        '<main class="body-container"><div class="dnd-section hero"><div class="row-fluid"><div class="span7 widget-span">'
        f'<p class="eyebrow">Free interview transcript</p><h1>{e(n)}</h1><h3 class="subhead">{e(r["headline"])}</h3>'
        f"{paras(r['bio'])}</div>"
        '<div class="span5 widget-span form-card"><h3>Get the full transcript</h3><p>Fill out the form and we\'ll email you the PDF.</p>'
        '<form class="hs-form" id="hsForm_7f2a"><fieldset><div class="hs_firstname hs-form-field"><label for="firstname-7f2a"><span>First name</span><span class="hs-form-required">*</span></label>'
        '<div class="input"><input id="firstname-7f2a" name="firstname" required type="text"></div></div>'
        '<div class="hs_lastname hs-form-field"><label for="lastname-7f2a"><span>Last name</span><span class="hs-form-required">*</span></label>'
        '<div class="input"><input id="lastname-7f2a" name="lastname" required type="text"></div></div></fieldset>'
        '<fieldset><div class="hs_email hs-form-field"><label for="email-7f2a"><span>Work email</span><span class="hs-form-required">*</span></label>'
        '<div class="input"><input id="email-7f2a" name="email" required type="email"></div></div></fieldset>'
        '<fieldset><div class="hs_job_function hs-form-field"><label for="jf-7f2a"><span>Job function</span></label>'
        '<div class="input"><select id="jf-7f2a" name="job_function"><option value="" disabled selected>Please select</option>'
        "<option>Executive</option><option>Operations</option><option>People / HR</option><option>Other</option></select></div></div></fieldset>"
        '<div class="legal-consent-container"><div class="hs-richtext"><p>Northbeam Leadership Lab is committed to protecting and respecting your privacy.</p></div>'
        '<ul class="inputs-list"><li class="hs-form-booleancheckbox"><label><input type="checkbox"><span>I agree to receive other communications from Northbeam Leadership Lab.</span></label></li></ul>'
        '<div class="hs-richtext"><p>You may unsubscribe from these communications at any time. For more information, please review our Privacy Policy.</p></div></div>'
        '<div class="hs_submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Send me the transcript"></div></div></form></div></div></div>'
        f"{secs}"
        '<div class="dnd-section logos"><p>Trusted by teams at</p><ul><li>Fieldwise</li><li>Orrin Health</li><li>Pallet &amp; Co</li><li>Brightsea</li></ul></div>'
        '<div class="dnd-section faq"><h2>Frequently asked questions</h2><details><summary>Is the transcript really free?</summary>'
        "<p>Yes. We ask for your email so we can send it to you.</p></details><details><summary>Can I share it with my team?</summary>"
        "<p>Yes, for internal use.</p></details></div></main>"
        f'<div class="sticky-cta" role="complementary"><p>Want the full conversation with {e(fn)}?</p><a class="hs-button" href="#hsForm_7f2a">Get the transcript</a></div>'
        '<footer class="footer"><p>© 2026 Northbeam Leadership Lab · 200 Berkeley Street, Boston, MA</p>'
        '<a href="#">Privacy Policy</a> <a href="#">Terms</a> <a href="#">Manage cookies</a></footer>'
        '<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">'
        '<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to collect '
        "information about how you interact with our website and allow us to remember you. To find out more about the cookies we use, see our Privacy Policy.</p></div>"
        '<div id="hs-eu-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>'
        '<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>'
        '<div id="hubspot-messages-iframe-container" class="widget-align-right"><div class="chat-launcher"><span>Chat with us</span>'
        "<p>Hi there 👋 Have a question about our interviews?</p></div></div></body></html>"
    )


DESIGNS = {
    "wayback": wayback,
    "mkdocs": mkdocs,
    "elementor": elementor,
    "qanews": qanews,
    "crunchbase": crunchbase,
    "presskit": presskit,
    "translate": translate,
    "hubspot": hubspot,
}

HELD_BACK = (
    "wayback",
    "crunchbase",
    "translate",
)  # and their -std twins: measured only, never fitted


def _standard(render):
    return lambda r: render(r, STANDARD)


STANDARD_TITLES = {f"{k}-std": _standard(v) for k, v in DESIGNS.items()}
