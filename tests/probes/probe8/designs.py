"""Eight site designs for probe 8, none of them in probes 1-7, bench/sitegen.py or the
conformance designs: a GitBook page (a sidebar of page groups, a search button, ARIA-grid tables,
hint blocks, "Was this helpful?", previous/next cards, "On this page"), an Eventbrite event page
whose organiser's description holds the speaker's profile (bold paragraphs as titles, scores as
"Name - N/100" lines, the themes as the event's tags at the foot, ticket box, organiser's other
events), a Hacker News text post (the profile typed in the submission box: titles as lines ending
in a colon, scores in an indented code block, themes comma-separated, quotes as "> " lines, then
the comment tree), a TED-like speaker page (talk cards, scores as ``<meter>`` with the number
beside it, topic links, quote cards with share buttons), a newsletter read in Outlook on the web
(the folder pane, a message list with previews, the reading pane's header and blocked-content
bar, then the email's table layout with bar cells), a Sphinx page in the Read the Docs theme (a
sidebar toctree, breadcrumbs with "Edit on GitHub", ``¶`` links, a field list with the role, a
table with a caption, admonitions, docutils attributions, the version flyout), a Salesforce
Lightning contact record (global header, app tabs, a highlights panel, collapsible field
sections, related lists with counts, a multi-select picklist joined by ";", the activity panel
and utility bar) and a Linktree link-in-bio page (the profile as header links and cards, scores
as stars with the number, chips as buttons).

Each has the chrome such a page really carries and its own section-title wording and markup
habits. Every design takes the section titles as an argument: ``DESIGNS`` passes the site's own,
``STANDARD`` the example's ("Dimension Profile", "Key Themes", ...), so design X-std differs from
X only in those words. A leader with no principles (or no quotes) has no such section.

Held back from fixers (chosen before any score was run): readthedocs, salesforce, linktree
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
    ("Oluwaseun Adeyemi-Hart", "Chief Revenue Officer at Tidewell Payments"),
    ("Margarethe Lindqvist", "President, Nordhavn Ferries"),
    ("Rafael Quiñones Ibarra", "Co-founder & CTO at Ladrillo.app"),
]

ORDER = ("summary", "dims", "themes", "principles", "quotes")


def sections(r):
    """The section keys this leader has, in the page's order."""
    return [
        k
        for k in ORDER
        if (k != "principles" or r["principles"]) and (k != "quotes" or r["quotes"])
    ]


# 1 a GitBook page ----------------------------------------------------------------------------------
GITBOOK = {
    "dims": "Capability scores",
    "themes": "What we talked about",
    "summary": "Conversation recap",
    "principles": "How they lead",
    "quotes": "In their words",
}

_HASH = (
    '<a href="#{0}" class="anchor" aria-label="Direct link to heading"><svg viewBox="0 0 24 24" '
    'class="icon"><path d="M4 9h16M4 15h16M10 3 8 21M16 3l-2 18"></path></svg></a>'
)


def gitbook(r, t=GITBOOK):
    n = r["name"]
    ks = sections(r)

    def h2(k):
        return f'<h2 id="{slug(t[k])}" class="heading"><div>{e(t[k])}</div>{_HASH.format(slug(t[k]))}</h2>'

    grid = (
        '<div class="table-wrapper"><div role="table" class="grid-table" aria-rowcount="'
        f'{len(r["dimensions"]) + 1}"><div role="rowgroup"><div role="row" class="thead">'
        '<div role="columnheader">Capability</div><div role="columnheader">Score (0–100)</div></div></div>'
        '<div role="rowgroup">'
        + "".join(
            f'<div role="row"><div role="cell"><p>{e(d["name"])}</p></div>'
            f'<div role="cell"><p>{d["score"]}</p></div></div>'
            for d in r["dimensions"]
        )
        + "</div></div></div>"
    )
    body = {
        "summary": h2("summary") + paras(r["summary"]),
        "dims": h2("dims") + grid,
        "themes": h2("themes")
        + "<ul>"
        + "".join(f"<li><p><code>{e(x)}</code></p></li>" for x in r["themes"])
        + "</ul>",
        "principles": h2("principles")
        + '<div class="hint hint-info" role="note"><svg class="hint-icon" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"></circle></svg>'
        '<div class="hint-content"><p>Principles as the guest stated them, in their order.</p><ol>'
        + "".join(f"<li><p>{e(p)}</p></li>" for p in r["principles"])
        + "</ol></div></div>",
        "quotes": h2("quotes")
        + "".join(
            f"<blockquote><p>{e(x['text'])}</p></blockquote>"
            + (f"<p><em>— {e(attr(x, n))}</em></p>" if attr(x, n) else "")
            for x in r["quotes"]
        ),
    }
    sidebar = (
        '<aside class="sidebar"><div class="space-switcher"><img src="/logo.svg" alt=""><span>Northwind Leadership Handbook</span></div>'
        '<nav aria-label="Table of contents"><ul><li><a href="#">Welcome</a></li><li><a href="#">How we interview</a></li></ul>'
        '<div class="page-group"><div class="group-title">LEADER PROFILES</div><ul>'
        f'<li><a href="#" aria-current="page">{e(n)}</a></li>'
        + "".join(f'<li><a href="#">{e(a)}</a></li>' for a, _ in OTHERS)
        + '</ul></div><div class="page-group"><div class="group-title">RESOURCES</div><ul><li><a href="#">Scoring rubric</a></li>'
        '<li><a href="#">Glossary</a></li><li><a href="#">Changelog</a></li></ul></div></nav>'
        '<a class="powered" href="#">Powered by GitBook</a></aside>'
    )
    toc = (
        '<aside class="page-toc"><div class="toc-title">On this page</div><ul>'
        + "".join(f'<li><a href="#{slug(t[k])}">{e(t[k])}</a></li>' for k in ks)
        + "</ul></aside>"
    )
    return (
        head(r, f"{n} | Northwind Leadership Handbook")
        + '<body><header class="header"><a href="#" class="logo">Northwind Leadership Handbook</a>'
        '<nav class="header-links"><a href="#">Handbook</a><a href="#">Podcast</a><a href="#">Careers</a></nav>'
        '<button class="search" aria-label="Search"><span>Search...</span><kbd>Ctrl</kbd><kbd>K</kbd></button>'
        '<button class="ask">Ask AI</button></header><div class="layout">'
        + sidebar
        + '<main><div class="page-header"><div class="breadcrumb">Leader profiles</div>'
        f'<h1 id="{slug(n)}">{e(n)}</h1><p class="page-description">{e(r["headline"])}</p></div>'
        f'<div class="page-body">{paras(r["bio"])}{"".join(body[k] for k in ks)}</div>'
        '<div class="page-footer"><p class="last-updated">Last updated 3 months ago</p>'
        '<div class="feedback"><span>Was this helpful?</span><button aria-label="No">😞</button>'
        '<button aria-label="Somewhat">😐</button><button aria-label="Yes">😃</button></div>'
        '<nav class="pagination"><a href="#" class="prev"><span>Previous</span><span>How we interview</span></a>'
        f'<a href="#" class="next"><span>Next</span><span>{e(OTHERS[0][0])}</span></a></nav></div></main>'
        + toc
        + "</div></body></html>"
    )


# 2 an Eventbrite event page whose description holds the speaker's profile ------------------------
EVENTBRITE = {
    "dims": "Leadership snapshot",
    "themes": "Tags",
    "summary": "What to expect",
    "principles": "Takeaways you'll leave with",
    "quotes": "Praise for our speaker",
}


def eventbrite(r, t=EVENTBRITE):
    n = r["name"]

    def title(k):
        return f"<p><strong>{e(t[k])}</strong></p>"

    desc = {
        "summary": title("summary") + paras(r["summary"]),
        "dims": title("dims")
        + "<p>"
        + "<br>".join(f"{e(d['name'])} - {d['score']}/100" for d in r["dimensions"])
        + "</p>",
        "principles": title("principles")
        + "<ul>"
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ul>",
        "quotes": title("quotes")
        + "".join(
            f"<p><em>“{e(x['text'])}”</em>"
            + (f"<br>– {e(attr(x, n))}" if attr(x, n) else "")
            + "</p>"
            for x in r["quotes"]
        ),
    }
    ks = [k for k in sections(r) if k != "themes"]
    tags = (
        f'<section class="tags-section"><h2>{e(t["themes"])}</h2><ul class="tags-list">'
        + "".join(
            f'<li class="tags-item"><a class="tags-link" href="/d/online/{slug(x)}/">{e(x)}</a></li>'
            for x in r["themes"]
        )
        + "</ul></section>"
    )
    more = "".join(
        f'<li class="event-card"><a href="#"><h3>Leaders in Conversation: {e(a)}</h3></a>'
        f"<p>{d}</p><p>Free</p><p>Northbeam Forum</p></li>"
        for (a, _), d in zip(
            OTHERS,
            ("Thu, Apr 9, 6:00 PM GMT", "Wed, May 13, 5:30 PM GMT", "Tue, Jun 2, 6:00 PM GMT"),
            strict=True,
        )
    )
    return (
        head(r, f"Leaders in Conversation: {n} Tickets | Eventbrite")
        + '<body><header class="global-header"><a href="#" class="logo" aria-label="Eventbrite home">eventbrite</a>'
        '<div class="search-bar"><input type="search" placeholder="Search events"><span>Online</span></div>'
        '<nav><a href="#">Find Events</a><a href="#">Create Events</a><a href="#">Help Center</a>'
        '<a href="#">Find my tickets</a><a href="#">Log In</a><a href="#">Sign Up</a></nav></header>'
        '<main class="event-details"><div class="hero"><img src="/hero.jpg" alt="Event banner"></div>'
        '<div class="event-details__main"><p class="date-info">Thursday, March 12</p>'
        f'<h1 class="event-title">Leaders in Conversation: {e(n)}</h1>'
        f'<p class="summary">An evening with {e(n)} on leadership, live and online.</p>'
        '<div class="organizer-listing"><img src="/org.png" alt=""><div><span>By <strong>Northbeam Forum</strong></span>'
        '<span>4.2k followers</span></div><button class="follow">Follow</button></div>'
        '<section class="date-and-time"><h2>Date and time</h2><p>Thursday, March 12 · 6 - 8pm GMT</p></section>'
        '<section class="location"><h2>Location</h2><p>Online</p></section>'
        '<section class="refund"><h2>Refund Policy</h2><p>Contact the organizer to request a refund.</p></section>'
        '<section class="about"><h2>About this event</h2><ul class="highlights"><li>2 hours</li><li>Online</li></ul>'
        '<div class="structured-content-rich-text">'
        f"<p>Join us for a live conversation with our guest, followed by a Q&amp;A.</p>"
        f"<p><strong>About the speaker</strong></p><p><strong>{e(n)}</strong><br>{e(r['headline'])}</p>"
        + paras(r["bio"])
        + "".join(desc[k] for k in ks)
        + "<p>The link to join will be emailed to you before the event.</p></div></section>"
        '<section class="faq"><h2>Frequently asked questions</h2><details><summary>Will the session be recorded?</summary>'
        "<p>Yes. Registered attendees get the recording within a week.</p></details></section>"
        + tags
        + '<section class="organizer"><h2>Organized by</h2><p><strong>Northbeam Forum</strong></p><p>4.2k followers · 96 events hosted</p>'
        "<button>Contact</button><button>Follow</button></section></div>"
        '<aside class="ticket-box"><p class="price">Free</p><button class="checkout">Get tickets</button></aside>'
        '<section class="more-events"><h2>More events from this organizer</h2><ul>'
        + more
        + "</ul></section>"
        '<p class="report"><a href="#">Report this event</a></p></main>'
        '<footer class="global-footer"><div><h3>Use Eventbrite</h3><ul><li>Create Events</li><li>Pricing</li>'
        "<li>Event Marketing Platform</li></ul></div><div><h3>Find Events</h3><ul><li>Browse Online Events</li>"
        "<li>Get the Eventbrite App</li></ul></div><div><h3>Connect With Us</h3><ul><li>Contact Support</li><li>X</li>"
        '<li>Facebook</li><li>Instagram</li></ul></div><p>© 2026 Eventbrite</p><select aria-label="Country">'
        "<option>United Kingdom</option><option>United States</option></select></footer>"
        '<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>We use cookies and similar technologies '
        "to improve your experience and to show you relevant events.</p><button>Accept All</button><button>Reject All</button>"
        "<button>Cookie Settings</button></div></body></html>"
    )


# 3 a Hacker News text post and its comment thread -------------------------------------------------
HACKERNEWS = {
    "dims": "Scorecard",
    "themes": "Topics",
    "summary": "tl;dr",
    "principles": "Rules they live by",
    "quotes": "Quotes",
}


def hackernews(r, t=HACKERNEWS):
    n = r["name"]
    w = max(len(d["name"]) for d in r["dimensions"]) + 4
    code = "\n".join(f"  {d['name'].ljust(w)}{d['score']:>3}" for d in r["dimensions"])
    text = {
        "summary": f"<p>{e(t['summary'])}:<p>"
        + "<p>".join(e(p) for p in r["summary"].split("\n\n")),
        "dims": f"<p>{e(t['dims'])}:<p><pre><code>{e(code)}\n</code></pre>",
        "themes": f"<p>{e(t['themes'])}: " + e(", ".join(r["themes"])),
        "principles": f"<p>{e(t['principles'])}:"
        + "".join(f"<p>{i}. {e(p)}" for i, p in enumerate(r["principles"], 1)),
        "quotes": f"<p>{e(t['quotes'])}:"
        + "".join(
            f"<p><i>&gt; {e(x['text'])}</i>" + (f"<p>-- {e(attr(x, n))}" if attr(x, n) else "")
            for x in r["quotes"]
        ),
    }
    toptext = (
        f"{e(n)}<p>{e(r['headline'])}<p>"
        + "<p>".join(e(p) for p in r["bio"].split("\n\n"))
        + "".join(text[k] for k in sections(r))
        + "<p>Happy to answer questions about how we run these interviews."
    )
    comments = [
        (
            0,
            "throwaway_7731",
            "4 hours ago",
            "The scorecard format is neat, but who decides the numbers? Is there a rubric somewhere?",
        ),
        (
            1,
            "pgwriter",
            "4 hours ago",
            "Two interviewers score separately and we average. The rubric is on our site, linked from the FAQ.",
        ),
        (
            2,
            "throwaway_7731",
            "3 hours ago",
            "Thanks. Averaging two raters still hides a lot of disagreement, but I appreciate the transparency.",
        ),
        (
            0,
            "kragen_fan",
            "3 hours ago",
            "I'd read a whole book of these. The principles section is the best part.",
        ),
        (
            0,
            "dang",
            "2 hours ago",
            "Please don't post shallow dismissals; the guidelines ask for curious conversation. (Several comments were flagged.)",
        ),
    ]
    tree = "".join(
        f'<tr class="athing comtr" id="c{40011 + i}"><td><table border="0"><tr><td class="ind" indent="{d}">'
        f'<img src="s.gif" height="1" width="{d * 40}"></td><td valign="top" class="votelinks"><center>'
        '<a href="#"><div class="votearrow" title="upvote"></div></a></center></td><td class="default">'
        f'<div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="#" class="hnuser">{u}</a> '
        f'<span class="age"><a href="#">{a}</a></span> <span class="navs">| <a href="#">next</a> '
        '<a class="togg clicky" href="#">[–]</a></span></span></div><br><div class="comment">'
        f'<div class="commtext c00">{e(c)}</div><div class="reply"><p><font size="1"><u><a href="#">reply</a></u></font></p></div></div></td></tr></table></td></tr>'
        for i, (d, u, a, c) in enumerate(comments)
    )
    return (
        head(r, f"{n}: {r['headline']} | Hacker News")
        + '<body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">'
        '<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>'
        '<td style="width:18px;padding-right:4px"><a href="#"><img src="y18.svg" width="18" height="18" style="border:1px white solid;"></a></td>'
        '<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="#">Hacker News</a></b>'
        '<a href="#">new</a> | <a href="#">past</a> | <a href="#">comments</a> | <a href="#">ask</a> | <a href="#">show</a> | '
        '<a href="#">jobs</a> | <a href="#">submit</a></span></td><td style="text-align:right;padding-right:4px;">'
        '<span class="pagetop"><a href="#">login</a></span></td></tr></table></td></tr>'
        '<tr id="bigbox"><td><table class="fatitem" border="0"><tr class="athing submission" id="40011">'
        '<td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks">'
        '<center><a href="#"><div class="votearrow" title="upvote"></div></a></center></td>'
        f'<td class="title"><span class="titleline"><a href="#">Leader profile: {e(n)}</a></span></td></tr>'
        '<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score">412 points</span> by '
        '<a href="#" class="hnuser">pgwriter</a> <span class="age"><a href="#">5 hours ago</a></span> | <a href="#">hide</a> | '
        '<a href="#">past</a> | <a href="#">favorite</a> | <a href="#">87&nbsp;comments</a></span></td></tr>'
        f'<tr style="height:2px"></tr><tr><td colspan="2"></td><td><div class="toptext">{toptext}</div></td></tr>'
        '<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post">'
        '<textarea name="text" rows="8" cols="80"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table>'
        f'<br><br><table border="0" class="comment-tree">{tree}</table><br><br></td></tr>'
        '<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>'
        '<center><span class="yclinks"><a href="#">Guidelines</a> | <a href="#">FAQ</a> | <a href="#">Lists</a> | <a href="#">API</a> | '
        '<a href="#">Security</a> | <a href="#">Legal</a> | <a href="#">Apply to YC</a> | <a href="#">Contact</a></span><br><br>'
        '<form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17"></form></center></td></tr>'
        "</table></center></body></html>"
    )


# 4 a TED-like speaker page -------------------------------------------------------------------------
TED = {
    "dims": "Speaker strengths",
    "themes": "Related topics",
    "summary": "About the conversation",
    "principles": "Ideas worth spreading",
    "quotes": "Quotes from the stage",
}


def ted(r, t=TED):
    n = r["name"]
    fn = first(r)

    def h2(k):
        return f'<h2 class="section-title">{e(t[k])}</h2>'

    body = {
        "summary": h2("summary") + paras(r["summary"]),
        "dims": h2("dims")
        + '<ul class="strengths">'
        + "".join(
            f'<li><span class="label">{e(d["name"])}</span> '
            f'<meter min="0" max="100" value="{d["score"]}" title="{d["score"]} out of 100"></meter> '
            f'<span class="value">{d["score"]}</span></li>'
            for d in r["dimensions"]
        )
        + "</ul>",
        "themes": h2("themes")
        + '<ul class="topics">'
        + "".join(
            f'<li><a class="topic-pill" href="/topics/{slug(x)}">{e(x)}</a></li>'
            for x in r["themes"]
        )
        + "</ul>",
        "principles": h2("principles")
        + '<ol class="ideas">'
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ol>",
        "quotes": h2("quotes")
        + "".join(
            '<figure class="quote-card"><span class="mark" aria-hidden="true">“</span>'
            f"<blockquote>{e(x['text'])}</blockquote>"
            + (f"<figcaption>{e(attr(x, n))}</figcaption>" if attr(x, n) else "")
            + '<div class="share"><button>Share this quote</button><a href="#" aria-label="Share on X">X</a>'
            '<a href="#" aria-label="Share on Facebook">Facebook</a></div></figure>'
            for x in r["quotes"]
        ),
    }
    talks = "".join(
        f'<li class="talk-card"><a href="#"><img src="/talk{i}.jpg" alt=""><span class="duration">{d}</span>'
        f"<h3>{e(tt)}</h3><p>{v} views · {when}</p></a></li>"
        for i, (tt, d, v, when) in enumerate(
            [
                (f"What {fn} learned from the worst day", "14:52", "1.2M", "Oct 2024"),
                ("The long way round", "9:07", "384K", "Mar 2022"),
            ]
        )
    )
    return (
        head(r, f"{n} | Speaker | TED-style Talks")
        + '<body><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We use cookies '
        "to personalise content, provide social media features and analyse our traffic. By clicking “Accept All Cookies” "
        'you agree.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>'
        '<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>'
        '<header class="site-header"><a class="logo" href="#">IDEAS LIVE</a><nav><a href="#">Watch</a><a href="#">Discover</a>'
        '<a href="#">Attend</a><a href="#">Participate</a><a href="#">About</a></nav><a class="member" href="#">Become a member</a>'
        '<a href="#">Log in</a></header><main><section class="speaker-hero"><img src="/speaker.jpg" alt="">'
        f'<p class="eyebrow">Speaker</p><h1>{e(n)}</h1><p class="speaker-description">{e(r["headline"])}</p>'
        '<div class="social"><a href="#">Website</a><a href="#">LinkedIn</a></div></section>'
        f'<section class="why-listen"><h2 class="section-title">Why you should listen</h2>{paras(r["bio"])}</section>'
        + "".join(body[k] for k in sections(r))
        + f'<section class="talks"><h2 class="section-title">Talks by {e(fn)}</h2><ul>{talks}</ul></section>'
        '<section class="newsletter"><h2>Get the best talks in your inbox</h2><p>Our weekly newsletter, free.</p>'
        '<input type="email" placeholder="Email address"><button>Subscribe</button></section></main>'
        '<footer class="site-footer"><ul><li><a href="#">Talks Usage Policy</a></li><li><a href="#">Privacy Policy</a></li>'
        '<li><a href="#">Advertising / Partnership</a></li><li><a href="#">Help</a></li></ul>'
        "<p>© Ideas Live Conferences, LLC. All rights reserved.</p></footer></body></html>"
    )


# 5 a newsletter read in Outlook on the web -----------------------------------------------------------
OUTLOOK = {
    "dims": "THE SCORECARD",
    "themes": "WE COVERED",
    "summary": "THIS WEEK'S CONVERSATION",
    "principles": "HOW THEY WORK",
    "quotes": "QUOTED",
}

_TD = '<td style="padding:24px 32px 4px 32px;font-family:Georgia,serif;font-size:13px;letter-spacing:2px;color:#8a6d3b;font-weight:bold">'
_BODY_TD = '<td style="padding:4px 32px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#333">'


def outlook(r, t=OUTLOOK):
    n = r["name"]

    def title(k):
        return f"<tr>{_TD}{e(t[k])}</td></tr>"

    def row(inner):
        return f"<tr>{_BODY_TD}{inner}</td></tr>"

    bar = (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td width="{0}%" height="8" bgcolor="#8a6d3b" style="font-size:0;line-height:0">&nbsp;</td>'
        '<td bgcolor="#eee" style="font-size:0;line-height:0">&nbsp;</td></tr></table>'
    )
    body = {
        "summary": title("summary") + "".join(row(e(p)) for p in r["summary"].split("\n\n")),
        "dims": title("dims")
        + row(
            '<table role="presentation" width="100%" cellpadding="4" cellspacing="0">'
            + "".join(
                f'<tr><td width="45%" style="font-size:14px">{e(d["name"])}</td>'
                f'<td width="45%">{bar.format(d["score"])}</td>'
                f'<td width="10%" align="right" style="font-weight:bold">{d["score"]}</td></tr>'
                for d in r["dimensions"]
            )
            + "</table>"
        ),
        "themes": title("themes")
        + row(
            '<table role="presentation" cellpadding="0" cellspacing="0">'
            + "".join(
                f'<tr><td style="padding:3px 0;font-size:14px;color:#555">{e(x)}</td></tr>'
                for x in r["themes"]
            )
            + "</table>"
        ),
        "principles": title("principles")
        + "".join(
            row(f"<strong>{i:02d}</strong>&nbsp;&nbsp;{e(p)}")
            for i, p in enumerate(r["principles"], 1)
        ),
        "quotes": title("quotes")
        + "".join(
            row(
                '<table role="presentation" width="100%"><tr><td style="border-left:4px solid #8a6d3b;padding-left:14px;font-style:italic">'
                f"“{e(x['text'])}”"
                + (
                    f'<br><span style="font-style:normal;font-size:13px;color:#777">— {e(attr(x, n))}</span>'
                    if attr(x, n)
                    else ""
                )
                + "</td></tr></table>"
            )
            for x in r["quotes"]
        ),
    }
    email = (
        '<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">'
        '<tr><td align="center" style="padding:20px;font-size:11px;color:#999">Can\'t see this email? <a href="#">View it in your browser</a></td></tr>'
        '<tr><td align="center" style="padding:12px;font-family:Georgia,serif;font-size:28px">Leaders Weekly</td></tr>'
        '<tr><td align="center" style="font-size:12px;color:#999">Issue 214 · March 10, 2026</td></tr>'
        '<tr><td style="padding:24px 32px 0 32px"><img src="https://cdn.leadersweekly.example/portrait.jpg" width="536" alt="" style="display:block"></td></tr>'
        f'<tr><td style="padding:16px 32px 0 32px;font-family:Georgia,serif;font-size:26px;line-height:32px;color:#111">{e(n)}</td></tr>'
        f'<tr><td style="padding:4px 32px 12px 32px;font-size:15px;color:#8a6d3b">{e(r["headline"])}</td></tr>'
        + "".join(row(e(p)) for p in r["bio"].split("\n\n"))
        + "".join(body[k] for k in sections(r))
        + '<tr><td align="center" style="padding:28px"><a href="#" style="background:#8a6d3b;color:#fff;padding:12px 24px;text-decoration:none">Listen to the full episode</a></td></tr>'
        '<tr><td align="center" style="padding:20px 32px;font-size:11px;color:#999;line-height:16px">You are receiving this email because you '
        'subscribed to Leaders Weekly.<br><a href="#">Unsubscribe</a> | <a href="#">Update your preferences</a><br>'
        "Leaders Weekly, 18 Quay Street, Bristol BS1 4DB, United Kingdom</td></tr></table>"
    )
    preview = r["bio"][:90]
    inbox = [
        (
            "Microsoft account team",
            "Unusual sign-in activity",
            "We detected something unusual about a recent sign-in to your account...",
            "8:14 AM",
        ),
        ("Leaders Weekly", f"{n}, {r['headline']}", preview, "7:02 AM"),
        (
            "Priya Raman",
            "Re: Q2 offsite agenda",
            "Works for me. Can we move the budget review to the second morning?",
            "Mon",
        ),
        (
            "Northbeam Bank",
            "Your statement is ready",
            "Your March statement is now available to view online.",
            "Mon",
        ),
    ]
    items = "".join(
        f'<div role="option" class="mail-item{" selected" if i == 1 else ""}" aria-selected="{"true" if i == 1 else "false"}">'
        f'<span class="from">{e(s)}</span><span class="subject">{e(subj)}</span><span class="preview">{e(p)}</span>'
        f'<span class="time">{tm}</span></div>'
        for i, (s, subj, p, tm) in enumerate(inbox)
    )
    return (
        head(
            r,
            "Mail - Alex Morgan - Outlook",
            ".mail-item span,.sender span,.ribbon button,.pivot button{display:block}",
        )
        + '<body><div id="app"><div class="o365-header" role="banner"><button aria-label="App launcher">⋮⋮⋮</button>'
        '<span class="brand">Outlook</span><div role="search"><input type="search" placeholder="Search" aria-label="Search"></div>'
        '<button aria-label="Settings">⚙</button><button aria-label="Account manager for Alex Morgan">AM</button></div>'
        '<div class="ribbon" role="toolbar"><button>New mail</button><button>Delete</button><button>Archive</button>'
        "<button>Report</button><button>Sweep</button><button>Move to</button><button>Read / Unread</button></div>"
        '<nav class="folder-pane" aria-label="Navigation pane"><div class="group"><span>Favorites</span><ul>'
        '<li>Inbox <span class="count">14</span></li><li>Sent Items</li><li>Drafts <span class="count">2</span></li></ul></div>'
        '<div class="group"><span>Folders</span><ul><li>Inbox <span class="count">14</span></li><li>Junk Email</li><li>Drafts</li>'
        "<li>Sent Items</li><li>Deleted Items</li><li>Archive</li><li>Newsletters</li><li>Notes</li></ul></div>"
        '<div class="group"><span>Groups</span><ul><li>Leadership Team</li></ul></div></nav>'
        '<div class="message-list" role="listbox" aria-label="Message list"><div class="pivot"><button aria-selected="true">Focused</button>'
        '<button>Other</button><button>Filter</button></div><div class="day">Today</div>'
        + items
        + '</div><div class="reading-pane" role="main">'
        f'<div role="heading" aria-level="2" class="subject">{e(n)}, {e(r["headline"])}</div>'
        '<div class="sender"><span class="persona">LW</span><span class="name">Leaders Weekly &lt;newsletter@leadersweekly.example&gt;</span>'
        '<span class="to">To: Alex Morgan</span><span class="date">Tue 3/10/2026 7:02 AM</span>'
        '<span class="actions"><button aria-label="Reply">Reply</button><button aria-label="Reply all">Reply all</button>'
        '<button aria-label="Forward">Forward</button><button aria-label="More actions">…</button></span></div>'
        '<div class="infobar" role="alert">Some content in this message has been blocked because the sender isn\'t in your Safe senders list. '
        '<a href="#">I trust content from newsletter@leadersweekly.example.</a> | <a href="#">Show blocked content</a></div>'
        f'<div class="message-body" aria-label="Message body">{email}</div>'
        '<div class="quick-reply"><button>Reply</button><button>Forward</button></div></div></div></body></html>'
    )


# 6 a Sphinx page in the Read the Docs theme ---------------------------------------------------------
READTHEDOCS = {
    "dims": "Competency ratings",
    "themes": "Subject index",
    "summary": "Abstract",
    "principles": "Working maxims",
    "quotes": "Citations",
}


def readthedocs(r, t=READTHEDOCS):
    n = r["name"]
    ks = sections(r)
    hl = '<a class="headerlink" href="#{0}" title="Link to this heading">¶</a>'

    def sec(k, inner):
        return (
            f'<section id="{slug(t[k])}"><h2>{e(t[k])}{hl.format(slug(t[k]))}</h2>{inner}</section>'
        )

    body = {
        "summary": sec("summary", paras(r["summary"])),
        "dims": sec(
            "dims",
            '<table class="docutils align-default" id="id1"><caption><span class="caption-number">Table 1 </span>'
            f'<span class="caption-text">Scores out of 100</span>{hl.format("id1")}</caption>'
            '<thead><tr class="row-odd"><th class="head"><p>Competency</p></th><th class="head"><p>Rating</p></th></tr></thead><tbody>'
            + "".join(
                f'<tr class="row-{"even" if i % 2 == 0 else "odd"}"><td><p>{e(d["name"])}</p></td><td><p>{d["score"]}</p></td></tr>'
                for i, d in enumerate(r["dimensions"])
            )
            + "</tbody></table>",
        ),
        "themes": sec(
            "themes",
            '<ul class="simple">'
            + "".join(f"<li><p>{e(x)}</p></li>" for x in r["themes"])
            + "</ul>",
        ),
        "principles": sec(
            "principles",
            '<div class="admonition tip"><p class="admonition-title">Tip</p><ol class="arabic simple">'
            + "".join(f"<li><p>{e(p)}</p></li>" for p in r["principles"])
            + "</ol></div>",
        ),
        "quotes": sec(
            "quotes",
            "".join(
                f"<blockquote><div><p>{e(x['text'])}</p>"
                + (f'<p class="attribution">—{e(attr(x, n))}</p>' if attr(x, n) else "")
                + "</div></blockquote>"
                for x in r["quotes"]
            ),
        ),
    }
    toctree = (
        '<p class="caption" role="heading"><span class="caption-text">Profiles</span></p><ul class="current">'
        f'<li class="toctree-l1 current"><a class="current reference internal" href="#">{e(n)}</a><ul>'
        + "".join(
            f'<li class="toctree-l2"><a class="reference internal" href="#{slug(t[k])}">{e(t[k])}</a></li>'
            for k in ks
        )
        + "</ul></li>"
        + "".join(
            f'<li class="toctree-l1"><a class="reference internal" href="#">{e(a)}</a></li>'
            for a, _ in OTHERS
        )
        + '</ul><p class="caption" role="heading"><span class="caption-text">Methodology</span></p><ul>'
        '<li class="toctree-l1"><a class="reference internal" href="#">Scoring</a></li>'
        '<li class="toctree-l1"><a class="reference internal" href="#">Changelog</a></li></ul>'
    )
    return (
        head(r, f"{n} — Leadership Interviews 2.4 documentation")
        + '<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side">'
        '<div class="wy-side-scroll"><div class="wy-side-nav-search"><a href="#" class="icon icon-home">Leadership Interviews</a>'
        '<div class="version">2.4</div><div role="search"><form id="rtd-search-form" class="wy-form" action="search.html" method="get">'
        '<input type="text" name="q" placeholder="Search docs" aria-label="Search docs"></form></div></div>'
        f'<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">{toctree}</div></div></nav>'
        '<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu">'
        '<i data-toggle="wy-nav-top" class="fa fa-bars"></i><a href="#">Leadership Interviews</a></nav><div class="wy-nav-content"><div class="rst-content">'
        '<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="#" class="icon icon-home" aria-label="Home"></a></li>'
        f'<li class="breadcrumb-item"><a href="#">Profiles</a></li><li class="breadcrumb-item active">{e(n)}</li>'
        '<li class="wy-breadcrumbs-aside"><a href="#" class="fa fa-github"> Edit on GitHub</a></li></ul><hr></div>'
        '<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">'
        f'<section id="{slug(n)}"><h1>{e(n)}{hl.format(slug(n))}</h1>'
        '<dl class="field-list simple"><dt class="field-odd">Role<span class="colon">:</span></dt>'
        f'<dd class="field-odd"><p>{e(r["headline"])}</p></dd><dt class="field-even">Interviewed<span class="colon">:</span></dt>'
        '<dd class="field-even"><p>2025-11-04</p></dd></dl>'
        + paras(r["bio"])
        + "".join(body[k] for k in ks)
        + "</section></div></div>"
        '<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="#" class="btn btn-neutral float-left" accesskey="p" rel="prev">'
        '<span class="fa fa-arrow-circle-left"></span> Previous</a><a href="#" class="btn btn-neutral float-right" accesskey="n" rel="next">'
        'Next <span class="fa fa-arrow-circle-right"></span></a></div><hr><div role="contentinfo"><p>© Copyright 2026, Northbeam Research.</p></div>'
        'Built with <a href="#">Sphinx</a> using a <a href="#">theme</a> provided by <a href="#">Read the Docs</a>.</footer>'
        '</div></div></section></div><div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions">'
        '<span class="rst-current-version" data-toggle="rst-current-version"><span class="fa fa-book"> Read the Docs</span> v: latest '
        '<span class="fa fa-caret-down"></span></span><div class="rst-other-versions"><dl><dt>Versions</dt><dd><a href="#">latest</a></dd>'
        '<dd><a href="#">stable</a></dd><dd><a href="#">2.3</a></dd></dl><dl><dt>Downloads</dt><dd><a href="#">PDF</a></dd><dd><a href="#">Epub</a></dd></dl>'
        '<dl><dt>On Read the Docs</dt><dd><a href="#">Project Home</a></dd><dd><a href="#">Builds</a></dd></dl></div></div>'
        '<div id="ethical-ad-placement" class="ethical-rtd"><div class="ea-content"><a href="#">Observability for Python apps: '
        'find the slow query before your users do.</a></div><div class="ea-callout"><a href="#">Ads by EthicalAds</a></div></div></body></html>'
    )


# 7 a Salesforce Lightning contact record --------------------------------------------------------------
SALESFORCE = {
    "dims": "Assessment Scores",
    "themes": "Interest Areas",
    "summary": "Interview Notes",
    "principles": "Guiding Principles",
    "quotes": "Quotes",
}


def salesforce(r, t=SALESFORCE):
    n = r["name"]
    role = r["role"]
    acct = r["company"] or ""

    def field(label, value_html):
        return (
            '<div class="slds-form-element slds-form-element_readonly slds-form-element_horizontal">'
            f'<span class="slds-form-element__label">{e(label)}</span>'
            f'<div class="slds-form-element__control"><div class="slds-form-element__static">{value_html}</div></div></div>'
        )

    def fsec(k, inner):
        return (
            '<div class="slds-section slds-is-open"><h3 class="slds-section__title"><button class="slds-button slds-section__title-action" aria-expanded="true">'
            f'<svg class="slds-section__title-action-icon" aria-hidden="true"></svg><span class="slds-truncate" title="{ea(t[k])}">{e(t[k])}</span></button></h3>'
            f'<div class="slds-section__content">{inner}</div></div>'
        )

    def related(k, count, headers, rows):
        return (
            '<article class="slds-card forceRelatedListCardDesktop"><div class="slds-card__header slds-grid"><header class="slds-media slds-media_center">'
            '<div class="slds-media__figure"><span class="slds-icon_container" title="Custom"></span></div><div class="slds-media__body"><h2 class="slds-card__header-title">'
            f'<a href="#" class="slds-card__header-link"><span class="slds-truncate slds-m-right--xx-small" title="{ea(t[k])}">{e(t[k])}</span>'
            f'<span class="slds-shrink-none slds-m-right--xx-small" title="({count})">({count})</span></a></h2></div></header>'
            '<div class="slds-no-flex"><button class="slds-button slds-button_neutral">New</button></div></div>'
            '<div class="slds-card__body"><table class="slds-table slds-table_bordered slds-table_fixed-layout" role="grid"><thead><tr class="slds-line-height_reset">'
            + "".join(
                f'<th scope="col"><div class="slds-truncate" title="{h}">{h}</div></th>'
                for h in headers
            )
            + "</tr></thead><tbody>"
            + "".join(
                "<tr>"
                + "".join(f'<td><div class="slds-truncate">{c}</div></td>' for c in cells)
                + "</tr>"
                for cells in rows
            )
            + f'</tbody></table></div><footer class="slds-card__footer"><a href="#">View All<span class="slds-assistive-text"> {e(t[k])}</span></a></footer></article>'
        )

    details = {
        "summary": fsec("summary", field(t["summary"], paras(r["summary"]))),
        "themes": fsec("themes", field(t["themes"], e("; ".join(r["themes"])))),
        "principles": fsec(
            "principles",
            field(
                t["principles"],
                "<ul>" + "".join(f"<li>{e(p)}</li>" for p in r["principles"]) + "</ul>",
            ),
        ),
    }
    rel = {
        "dims": related(
            "dims",
            len(r["dimensions"]),
            ["Dimension Name", "Score", "Assessed On"],
            [[e(d["name"]), str(d["score"]), "11/4/2025"] for d in r["dimensions"]],
        ),
        "quotes": related(
            "quotes",
            len(r["quotes"]),
            ["Quote", "Source"],
            [[e(x["text"]), e(attr(x, n) or "")] for x in r["quotes"]],
        ),
    }
    ks = sections(r)
    return (
        head(r, f"{n} | Contact | Salesforce")
        + '<body class="desktop"><div class="oneOne"><header class="slds-global-header_container"><div class="slds-global-header slds-grid">'
        '<div class="slds-global-header__item"><div class="slds-global-header__logo"><span class="slds-assistive-text">Salesforce</span></div></div>'
        '<div class="slds-global-header__item slds-global-header__item_search"><input type="search" placeholder="Search..." aria-label="Search"></div>'
        '<ul class="slds-global-actions"><li><button title="Favorites"><span class="slds-assistive-text">Favorites</span></button></li>'
        '<li><button title="Global Actions"><span class="slds-assistive-text">Global Actions</span></button></li>'
        '<li><button title="Setup"><span class="slds-assistive-text">Setup</span></button></li>'
        '<li><button title="Notifications"><span class="slds-assistive-text">Notifications</span></button></li>'
        '<li><button title="View profile"><span class="slds-assistive-text">View profile</span></button></li></ul></div>'
        '<div class="slds-context-bar"><div class="slds-context-bar__primary"><button class="slds-context-bar__icon-action" title="App Launcher">'
        '<span class="slds-assistive-text">App Launcher</span></button><span class="slds-context-bar__label-action slds-context-bar__app-name">Talent Network</span></div>'
        '<nav class="slds-context-bar__secondary" role="navigation"><ul class="slds-grid"><li class="slds-context-bar__item"><a href="#">Home</a></li>'
        '<li class="slds-context-bar__item"><a href="#">Accounts</a></li><li class="slds-context-bar__item slds-is-active"><a href="#">Contacts</a></li>'
        '<li class="slds-context-bar__item"><a href="#">Opportunities</a></li><li class="slds-context-bar__item"><a href="#">Reports</a></li>'
        '<li class="slds-context-bar__item"><a href="#">Dashboards</a></li></ul></nav></div></header>'
        '<div class="slds-page-header slds-page-header_record-home"><div class="slds-page-header__row"><div class="slds-page-header__col-title">'
        '<div class="slds-media"><div class="slds-media__figure"><span class="slds-icon_container slds-icon-standard-contact" title="Contact"></span></div>'
        '<div class="slds-media__body"><div class="entityNameTitle slds-line-height_reset">Contact</div>'
        f'<h1 class="slds-page-header__title slds-m-right_small slds-truncate"><span class="uiOutputText">{e(n)}</span></h1></div></div></div>'
        '<div class="slds-page-header__col-actions"><ul class="slds-button-group-list"><li><button class="slds-button slds-button_neutral">+ Follow</button></li>'
        '<li><button class="slds-button slds-button_neutral">Edit</button></li><li><button class="slds-button slds-button_neutral">New Case</button></li>'
        '<li><button class="slds-button slds-button_icon-border-filled" title="Show more actions"><span class="slds-assistive-text">Show more actions</span></button></li></ul></div></div>'
        '<ul class="slds-page-header__detail-row"><li class="slds-page-header__detail-block"><p class="slds-text-title" title="Title">Title</p>'
        f'<p class="slds-truncate">{e(role)}</p></li><li class="slds-page-header__detail-block"><p class="slds-text-title" title="Account Name">Account Name</p>'
        f'<p class="slds-truncate"><a href="#">{e(acct)}</a></p></li><li class="slds-page-header__detail-block"><p class="slds-text-title" title="Phone">Phone</p>'
        '<p class="slds-truncate">(555) 010-4471</p></li><li class="slds-page-header__detail-block"><p class="slds-text-title" title="Contact Owner">Contact Owner</p>'
        '<p class="slds-truncate">Alex Morgan</p></li></ul></div>'
        '<div class="slds-grid record-body"><div class="slds-col main-col"><div class="slds-tabs_default"><ul class="slds-tabs_default__nav" role="tablist">'
        '<li class="slds-tabs_default__item" role="presentation"><a role="tab" aria-selected="false">Related</a></li>'
        '<li class="slds-tabs_default__item slds-is-active" role="presentation"><a role="tab" aria-selected="true">Details</a></li>'
        '<li class="slds-tabs_default__item" role="presentation"><a role="tab" aria-selected="false">News</a></li></ul>'
        '<div class="slds-tabs_default__content slds-show" role="tabpanel">'
        + '<div class="slds-section slds-is-open"><h3 class="slds-section__title"><button class="slds-button slds-section__title-action" aria-expanded="true">'
        '<span class="slds-truncate" title="Contact Information">Contact Information</span></button></h3><div class="slds-section__content">'
        + field("Name", e(n))
        + field("Profile Headline", e(r["headline"]))
        + field("Biography", paras(r["bio"]))
        + "</div></div>"
        + "".join(details[k] for k in ks if k in details)
        + "".join(rel[k] for k in ks if k in rel)
        + '<div class="slds-section slds-is-open"><h3 class="slds-section__title"><span class="slds-truncate" title="System Information">System Information</span></h3>'
        '<div class="slds-section__content"><div>Created By Alex Morgan, 11/4/2025 9:12 AM</div><div>Last Modified By Priya Raman, 2/18/2026 4:40 PM</div></div></div>'
        "</div></div></div>"
        '<div class="slds-col side-col"><article class="slds-card activity"><h2 class="slds-card__header-title">Activity</h2>'
        '<div class="slds-button-group"><button>New Task</button><button>Log a Call</button><button>New Event</button><button>Email</button></div>'
        "<p>Filters: All time · All activities · All types</p><h3>Upcoming &amp; Overdue</h3><p>No activities to show.</p>"
        "<p>Get started by sending an email, scheduling a task, and more.</p></article>"
        '<article class="slds-card"><h2 class="slds-card__header-title">Similar Contacts</h2><ul>'
        + "".join(f'<li><a href="#">{e(a)}</a><p>{e(b)}</p></li>' for a, b in OTHERS)
        + "</ul></article></div></div>"
        '<footer class="slds-utility-bar_container" aria-label="Utility Bar"><ul class="slds-utility-bar"><li><button>Notes</button></li>'
        "<li><button>History</button></li><li><button>Omni-Channel (Offline)</button></li></ul></footer></div></body></html>"
    )


# 8 a Linktree link-in-bio page ----------------------------------------------------------------------
LINKTREE = {
    "dims": "My ratings",
    "themes": "Ask me about",
    "summary": "Latest episode",
    "principles": "What I live by",
    "quotes": "Kind words",
}


def _stars(score):
    full, half = divmod(round(score / 10), 2)
    return "★" * full + ("½" if half else "") + "☆" * (5 - full - half)


def linktree(r, t=LINKTREE):
    n = r["name"]
    handle = slug(n).replace("-", "")[:18]

    def header(k):
        return f'<div data-testid="LinkHeader" class="link-header"><p>{e(t[k])}</p></div>'

    def card(inner, cls="card"):
        return f'<div class="{cls}" data-testid="NewLinkContainer">{inner}</div>'

    body = {
        "summary": header("summary") + card(paras(r["summary"])),
        "dims": header("dims")
        + "".join(
            card(
                f'<a class="link-button" href="#"><span class="title">{e(d["name"])}</span>'
                f'<span class="stars" aria-label="{d["score"]} out of 100">{_stars(d["score"])}</span>'
                f'<span class="num">{d["score"]}/100</span></a>'
            )
            for d in r["dimensions"]
        ),
        "themes": header("themes")
        + '<div class="chips">'
        + "".join(f'<a class="chip" href="#" style="display:block">{e(x)}</a>' for x in r["themes"])
        + "</div>",
        "principles": header("principles")
        + "".join(card(f"<p>{e(p)}</p>") for p in r["principles"]),
        "quotes": header("quotes")
        + "".join(
            card(
                f"<p>“{e(x['text'])}”</p>"
                + (f'<p class="byline">— {e(attr(x, n))}</p>' if attr(x, n) else "")
            )
            for x in r["quotes"]
        ),
    }
    return (
        head(r, f"@{handle} | Linktree")
        + '<body><div id="__next"><div class="profile-bg"></div><div class="top-bar"><button aria-label="Subscribe">Subscribe</button>'
        '<button aria-label="Share">Share</button></div><main class="profile"><div class="avatar"><img src="/avatar.jpg" alt=""></div>'
        f'<h1 id="profile-title" data-testid="ProfileTitle">{e(n)}</h1>'
        f'<h2 class="profile-description">{e(r["headline"])}</h2>'
        '<div class="socials"><a aria-label="Instagram" href="#"></a><a aria-label="LinkedIn" href="#"></a><a aria-label="YouTube" href="#"></a></div>'
        + card('<a class="link-button" href="#">🎧 Listen to the episode</a>')
        + card('<a class="link-button" href="#">Read the full transcript</a>')
        + card(f'<a class="link-button" href="#">Book {e(first(r))} to speak</a>')
        + '<div data-testid="LinkHeader" class="link-header"><p>About</p></div>'
        + card(paras(r["bio"]))
        + "".join(body[k] for k in sections(r))
        + card('<a class="link-button" href="#">Join my newsletter</a>')
        + '</main><footer><a href="#" class="join">Join '
        + e(first(r))
        + " on Linktree</a>"
        '<div class="footer-links"><a href="#">Cookie Preferences</a> · <a href="#">Report</a> · <a href="#">Privacy</a></div>'
        '<a href="#" class="logo">Linktree*</a></footer></div>'
        '<div class="cookie-toast" role="dialog"><p>We use cookies to improve your experience on Linktree.</p>'
        "<button>Accept all</button><button>Manage</button></div></body></html>"
    )


DESIGNS = {
    "gitbook": gitbook,
    "eventbrite": eventbrite,
    "hackernews": hackernews,
    "ted": ted,
    "outlook": outlook,
    "readthedocs": readthedocs,
    "salesforce": salesforce,
    "linktree": linktree,
}

HELD_BACK = (
    "readthedocs",
    "salesforce",
    "linktree",
)  # and their -std twins: measured only, never fitted


def _standard(render):
    return lambda r: render(r, STANDARD)


STANDARD_TITLES = {f"{k}-std": _standard(v) for k, v in DESIGNS.items()}
