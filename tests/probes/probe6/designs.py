"""Eight site designs for probe 6, none of them in probes 1-5, bench/sitegen.py or the
conformance designs: a reveal.js slide deck, a PDF one-pager converted by pdftohtml (one
absolutely positioned ``<p>`` per printed line, two columns, two pages), a Mastodon profile with
a pinned thread, a feed item read in a web feed reader, a Jupyter notebook exported by nbconvert,
a Word "Save as Web Page, Filtered" briefing document, a speaker-bureau listing page and a
GOV.UK-style accessibility-first public appointment page.

Each has the chrome such a page really carries (navigation, cookie banners, related cards, share
and action buttons, prompts, page furniture, footers) and its own section-title wording and
markup habits. Every design takes the section titles as an argument: ``DESIGNS`` passes the
site's own, ``STANDARD`` the example's ("Dimension Profile", "Key Themes", ...), so design X-std
differs from X only in those words (telling "title words unknown" from "structure misread").
A leader with no principles has no principles section in any design.

Held back from fixers (chosen before any score was run): pdfhtml, mastodon, govuk (``HELD_BACK``).
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
    folded = unicodedata.normalize("NFKD", s.replace("ı", "i")).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in folded.lower()).split())


STANDARD = {
    "dims": "Dimension Profile",
    "themes": "Key Themes",
    "summary": "Episode Summary",
    "principles": "Leadership Principles",
    "quotes": "Notable Quotes",
}

OTHERS = [
    ("Astrid Kallio", "Chief Operating Officer at Saimaa Timber Oy"),
    ("Rodrigo Paz Velasco", "Founder, Altiplano Solar Cooperative"),
    ("Chidinma Eze", "VP Engineering at Onitsha Grid Labs"),
]


# 1 reveal.js slide deck (saved after it ran: controls, progress, aria-status copy, notes) --------
REVEAL = {
    "dims": "How the panel rated them",
    "themes": "Threads through the talk",
    "summary": "The talk in brief",
    "principles": "Take-aways",
    "quotes": "Said on stage",
}


def revealjs(r, t=REVEAL):
    n = r["name"]
    dims = "".join(
        f'<li class="fragment"><span class="dim">{e(d["name"])}</span>'
        f'<span class="meter" style="--v:{d["score"]}%"></span> <strong>{d["score"]}%</strong></li>'
        for d in r["dimensions"]
    )
    themes = "".join(f"<li>{e(x)}</li>" for x in r["themes"])

    def quote(x):
        a = attr(x, n)
        cite = f'<p class="attribution">— {e(a)}</p>' if a else ""
        return f"<section><h2>{e(t['quotes'])}</h2><blockquote>“{e(x['text'])}”</blockquote>{cite}</section>"

    slides = [
        f'<section data-state="title"><h1>{e(n)}</h1><h3>{e(r["headline"])}</h3>'
        "<p><small>Leadership Forum 2026 · Keynote profile</small></p>"
        '<aside class="notes">Thank the organisers. Mention the live poll at the end.</aside></section>',
        f"<section><h2>About</h2>{paras(r['bio'])}"
        '<aside class="notes">Keep this under a minute.</aside></section>',
        f"<section><section><h2>{e(t['summary'])}</h2>{paras(r['summary'])}</section>"
        f'<section><h2>{e(t["dims"])}</h2><ul class="bars">{dims}</ul>'
        '<p class="source"><small>Panel of 12 peers, scores out of 100</small></p></section></section>',
        f'<section><h2>{e(t["themes"])}</h2><ul class="r-hstack chips">{themes}</ul></section>',
    ]
    if r["principles"]:
        pr = "".join(f'<li class="fragment">{e(p)}</li>' for p in r["principles"])
        slides.append(f"<section><h2>{e(t['principles'])}</h2><ol>{pr}</ol></section>")
    slides.append(f"<section>{''.join(quote(x) for x in r['quotes'])}</section>")
    slides.append(
        "<section><h2>Thank you!</h2><p>Questions? Use the Q&amp;A tab in the event app.</p>"
        "<p><small>slides.leadershipforum.example/2026</small></p></section>"
    )
    total = 4 + bool(r["principles"]) + len(r["quotes"]) + 2
    css = (
        ".reveal aside.notes{display:none}.reveal .slides section{display:block}"
        ".aria-status{position:absolute;height:1px;width:1px;overflow:hidden;clip:rect(1px,1px,1px,1px)}"
        ".chips{display:flex;gap:1em;list-style:none}"
    )
    return (
        head(r, f"{n} — Leadership Forum 2026", css)
        + '<body class="reveal-viewport"><div class="reveal slide center has-horizontal-slides ready" '
        'role="application" data-transition-speed="default">'
        f'<div class="slides">{"".join(slides)}</div>'
        '<div class="backgrounds"></div><div class="progress" style="display:block"><span style="width:0px"></span></div>'
        '<aside class="controls" data-controls-layout="bottom-right"><button class="navigate-left" aria-label="previous slide">'
        '<div class="controls-arrow"></div></button><button class="navigate-right enabled highlight" aria-label="next slide">'
        '<div class="controls-arrow"></div></button><button class="navigate-up" aria-label="above slide"></button>'
        '<button class="navigate-down" aria-label="below slide"></button></aside>'
        '<div class="slide-number" style="display:block"><a href="#/0"><span class="slide-number-a">1</span>'
        f'<span class="slide-number-delimiter">/</span><span class="slide-number-b">{total}</span></a></div>'
        '<div class="speaker-notes" data-prevent-swipe="" tabindex="0"></div><div class="pause-overlay">'
        '<button class="resume-button">Resume presentation</button></div>'
        f'<div class="aria-status" aria-live="polite" aria-atomic="true">{e(n)} {e(r["headline"])} '
        "Leadership Forum 2026 · Keynote profile</div></div></body></html>"
    )


# 2 PDF one-pager through pdftohtml -c -s (one absolutely positioned <p> per printed line) ----------
PDF = {
    "dims": "PEER RATINGS",
    "themes": "SPEAKS ABOUT",
    "summary": "SESSION OVERVIEW",
    "principles": "CORE BELIEFS",
    "quotes": "ON THE RECORD",
}


def pdfhtml(r, t=PDF):
    n = r["name"]
    pages = [[]]
    top = [150]

    def line(text, left, cls, step=18):
        if top[0] > 1060:  # the page is full: a new page starts with the running header
            pages.append([])
            top[0] = 110
        pages[-1].append(
            f'<p style="position:absolute;top:{top[0]}px;left:{left}px;white-space:nowrap" class="{cls}">{text}</p>'
        )
        top[0] += step

    def wrap(text, left, cls, width=86, indent=0):
        for i, piece in enumerate(textwrap.wrap(text, width)):
            line(f"{e(piece)}&#160;", left + (indent if i else 0), cls)

    def title(s):
        top[0] += 14
        line(f"<b>{e(s)}</b>&#160;", 72, "ft13", 26)

    # page 1, full width: name and headline
    line(f"<b>{e(n)}</b>&#160;", 72, "ft10", 40)
    wrap(r["headline"], 72, "ft11", 70)
    top[0] += 10
    for p in r["bio"].split("\n\n"):
        wrap(p, 72, "ft12")
        top[0] += 8
    title(t["summary"])
    for p in r["summary"].split("\n\n"):
        wrap(p, 72, "ft12")
        top[0] += 8
    title(t["dims"])
    for d in r["dimensions"]:  # two boxes on one baseline: the name and, far right, the score
        line(f"{e(d['name'])}&#160;", 90, "ft12", 0)
        line(f"{d['score']}&#160;", 520, "ft14")
    title(t["themes"])
    for x in r["themes"]:
        line("▪&#160;", 90, "ft12", 0)
        line(f"{e(x)}&#160;", 108, "ft12")
    if r["principles"]:
        title(t["principles"])
        for p in r["principles"]:  # the bullet glyph is its own text box, as PDFs draw it
            line("•&#160;", 90, "ft12", 0)
            wrap(p, 108, "ft12", 80)
    title(t["quotes"])
    for x in r["quotes"]:
        wrap(f"“{x['text']}”", 90, "ft15", 80)
        a = attr(x, n)
        if a:
            line(f"– {e(a)}&#160;", 300, "ft16")
        top[0] += 8
    out = []
    for i, body in enumerate(pages, 1):
        furniture = (
            '<p style="position:absolute;top:48px;left:72px;white-space:nowrap" class="ft17">'
            "BRIGHTLINE SPEAKERS&#160;·&#160;SPEAKER ONE-PAGER&#160;</p>",
            '<p style="position:absolute;top:1110px;left:72px;white-space:nowrap" class="ft17">'
            "brightline-speakers.example&#160;|&#160;bookings@brightline-speakers.example&#160;</p>"
            f'<p style="position:absolute;top:1110px;left:760px;white-space:nowrap" class="ft17">Page {i} of {len(pages)}&#160;</p>',
        )
        out.append(
            f'<a name="{i}"></a><div id="page{i}-div" style="position:relative;width:918px;height:1188px;">'
            f'<img width="918" height="1188" src="onepager00{i}.png" alt="background image"/>'
            f"{furniture[0]}{''.join(body)}{furniture[1]}</div>"
        )
    css = (
        "p {margin: 0; padding: 0;} .ft10{font-size:30px;font-family:Helvetica;color:#111}"
        ".ft11{font-size:16px;font-family:Helvetica;color:#555}.ft12{font-size:12px;font-family:Times;color:#000}"
        ".ft13{font-size:13px;font-family:Helvetica;color:#b03a2e}.ft14{font-size:12px;font-family:Helvetica;color:#b03a2e}"
        ".ft15{font-size:12px;font-family:Times;font-style:italic;color:#000}.ft16{font-size:11px;font-family:Times;color:#555}"
        ".ft17{font-size:9px;font-family:Helvetica;color:#888}"
    )
    return (
        "<!DOCTYPE html><html>\n<head>\n"
        f"<title>{e(n)} – speaker one-pager</title>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>\n'
        '<meta name="generator" content="pdftohtml 0.86.1"/>\n<meta name="author" content="Brightline Speakers"/>\n'
        '<meta name="date" content="2026-11-02T10:14:31+00:00"/>\n'
        f'<style type="text/css">\n<!--\n\t{css}\n-->\n</style>\n</head>\n'
        '<body bgcolor="#A0A0A0" vlink="blue" link="blue">\n'
        + "\n".join(out)
        + "\n</body>\n</html>\n"
    )


# 3 Mastodon profile with a pinned thread --------------------------------------------------------
MASTODON = {
    "dims": "📊 How the panel scored them",
    "themes": "🏷️ What we talked about",
    "summary": "🎧 The episode in short",
    "principles": "🧭 How they lead",
    "quotes": "💬 Lines that stuck",
}


def mastodon(r, t=MASTODON):
    n = r["name"]
    handle = slug(n).replace("-", "")[:14]

    def status(k, total, body, likes):
        return (
            f'<article class="status" aria-posinset="{k}"><div class="status__prepend"><span>Pinned</span></div>'
            '<div class="status__info"><a class="status__relative-time"><time datetime="2026-11-24T09:12:00Z">Nov 24</time></a>'
            f'<a class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">{e(n)}</strong></bdi> '
            f'<span class="display-name__account">@{handle}@leaders.social</span></span></a></div>'
            f'<div class="status__content"><div class="status__content__text">{body}<p>({k}/{total})</p></div></div>'
            '<button class="status__content__translate-button">Translate post</button>'
            '<div class="status__action-bar"><button aria-label="Reply">↩ 2</button><button aria-label="Boost">🔁 '
            f'{likes // 3}</button><button aria-label="Favourite">★ {likes}</button><button aria-label="Bookmark">🔖</button>'
            '<button aria-label="More">…</button></div></article>'
        )

    def br(lines):
        return "<br>".join(e(x) for x in lines)

    posts = [
        f"<p>🧵 Profile from this week's Leadership Forum episode, pinned for new followers.</p>{paras(r['bio'])}",
        f"<p>{e(t['summary'])}</p>{paras(r['summary'])}",
        f"<p>{e(t['dims'])}</p><p>{br(d['name'] + ' — ' + str(d['score']) + '/100' for d in r['dimensions'])}</p>",
        f"<p>{e(t['themes'])}</p><p>{br(r['themes'])}</p>",
    ]
    if r["principles"]:
        posts.append(
            f"<p>{e(t['principles'])}</p><p>{br(f'{i}. {p}' for i, p in enumerate(r['principles'], 1))}</p>"
        )
    for i, x in enumerate(r["quotes"]):
        a = attr(x, n)
        first = f"<p>{e(t['quotes'])}</p>" if i == 0 else ""
        posts.append(f"{first}<p>“{e(x['text'])}”</p>" + (f"<p>— {e(a)}</p>" if a else ""))
    thread = "".join(status(k, len(posts), b, 40 - 3 * k) for k, b in enumerate(posts, 1))
    follow = "".join(
        f'<div class="account"><strong>{e(a)}</strong> <span>@{slug(a).replace("-", "")[:10]}@leaders.social</span>'
        "<button>Follow</button></div>"
        for a, _b in OTHERS
    )
    return (
        head(r, f"{n} (@{handle}@leaders.social) - leaders.social")
        + '<body class="app-body"><div class="columns-area"><div class="column">'
        '<div class="column-header"><button>‹ Back</button></div>'
        '<div class="account__header"><div class="account__header__image"><img alt="" src="/header.jpg"></div>'
        '<div class="account__header__bar"><div class="account__header__tabs__buttons"><button>Follow</button>'
        '<button aria-label="Menu">⋯</button></div></div>'
        f'<div class="account__header__tabs__name"><h1><span class="display-name__html">{e(n)}</span>'
        f"<small><span>@{handle}@leaders.social</span></small></h1></div>"
        '<div class="account__header__extra"><div class="account__header__bio">'
        f'<div class="account__header__content"><p>{e(r["headline"])}</p><p>Posts about leadership, '
        "work and the people I learn from. Views my own.</p></div>"
        '<div class="account__header__fields"><dl><dt>Website</dt><dd><a>leadershipforum.example</a></dd></dl>'
        "<dl><dt>Pronouns</dt><dd>they/them</dd></dl><dl><dt>Joined</dt><dd>Mar 14, 2023</dd></dl></div></div>"
        '<div class="account__header__extra__links"><a><strong>1,204</strong> Posts</a> '
        "<a><strong>312</strong> Following</a> <a><strong>5.8K</strong> Followers</a></div></div></div>"
        '<div class="account__section-headline"><a class="active">Posts</a><a>Posts and replies</a><a>Media</a></div>'
        f'<div class="item-list" role="feed">{thread}</div></div>'
        '<div class="drawer"><form class="search"><input placeholder="Search or paste URL"></form>'
        '<div class="sign-in-banner"><p>Login to follow profiles or hashtags, favourite, share and reply to posts.</p>'
        "<button>Create account</button><button>Login</button></div>"
        f'<div class="explore"><h4>Who to follow</h4>{follow}<h4>Trending now</h4>'
        "<p><a>#leadership</a> 214 people talking</p><p><a>#FediForum</a> 97 people talking</p></div>"
        '<div class="link-footer"><p><strong>leaders.social</strong>: <a>About</a> · <a>Status</a> · <a>Profiles directory</a> · '
        "<a>Privacy policy</a></p><p><strong>Mastodon</strong>: <a>About</a> · <a>Get the app</a> · <a>Keyboard shortcuts</a> · "
        "<a>View source code</a> · v4.3.1</p></div></div></div></body></html>"
    )


# 4 A feed item in a web feed reader (Miniflux-like), the site's RSS content inside ------------------
READER = {
    "dims": "Scores from the panel",
    "themes": "Topics covered",
    "summary": "In this episode",
    "principles": "Principles they live by",
    "quotes": "Worth quoting",
}


def feedreader(r, t=READER):
    n = r["name"]
    dims = "<br>".join(f"{e(d['name'])}: {d['score']}/100" for d in r["dimensions"])
    themes = "".join(f"<li>{e(x)}</li>" for x in r["themes"])

    def quote(x):
        a = attr(x, n)
        return f"<blockquote><p>{e(x['text'])}</p></blockquote>" + (f"<p>— {e(a)}</p>" if a else "")

    principles = (
        f"<h3>{e(t['principles'])}</h3><ul>{''.join(f'<li>{e(p)}</li>' for p in r['principles'])}</ul>"
        if r["principles"]
        else ""
    )
    title = f"Profile: {n}"
    content = (
        f"<p><strong>{e(n)}</strong><br><em>{e(r['headline'])}</em></p>{paras(r['bio'])}"
        f"<h3>{e(t['summary'])}</h3>{paras(r['summary'])}"
        f"<h3>{e(t['dims'])}</h3><p>{dims}</p>"
        f"<h3>{e(t['themes'])}</h3><ul>{themes}</ul>{principles}"
        f"<h3>{e(t['quotes'])}</h3>{''.join(quote(x) for x in r['quotes'])}"
        f'<p>The post <a rel="nofollow">{e(title)}</a> appeared first on <a rel="nofollow">Leadership Weekly</a>.</p>'
    )
    feeds = "".join(
        f'<li><a>{e(f)}</a> <span class="counter">({c})</span></li>'
        for f, c in [
            ("Leadership Weekly", 12),
            ("Ops Notes", 3),
            ("The Shipping Log", 27),
            ("Hacker News", 312),
        ]
    )
    return (
        head(r, f"{title} - Miniflux")
        + '<body><header class="header"><nav><div class="logo"><a>Mini<span>flux</span></a></div><ul>'
        '<li class="active"><a>Unread <span class="unread-counter">(37)</span></a></li><li><a>Starred</a></li>'
        "<li><a>History</a></li><li><a>Feeds</a></li><li><a>Categories</a></li><li><a>Settings</a></li>"
        '<li><a>Logout</a></li></ul></nav><div class="search"><form><input type="search" placeholder="Search…"></form></div></header>'
        f'<aside class="feeds"><h2>Feeds</h2><ul>{feeds}</ul></aside>'
        '<main><section class="entry" data-id="48213"><header class="entry-header">'
        f'<h1 dir="auto"><a href="#">{e(title)}</a></h1>'
        '<div class="entry-actions"><ul><li><a>Mark as unread</a></li><li><a>Star</a></li><li><a>Save</a></li>'
        "<li><a>Fetch original content</a></li><li><a>Share</a></li><li><a>Comments</a></li></ul></div>"
        '<div class="entry-meta" dir="auto"><span class="entry-website"><a>Leadership Weekly</a></span> '
        '<span class="category"><a>Podcasts</a></span></div>'
        '<div class="entry-date"><time>Tuesday, November 24, 2026 9:12:04 AM</time> — <span>6 minutes read</span></div>'
        '<div class="entry-tags">Tags: <a>Leadership</a>, <a>Profiles</a>, <a>Season 6</a></div></header>'
        f'<article class="entry-content" dir="auto">{content}</article>'
        '<div class="entry-enclosures"><details><summary>Attachments (1)</summary><p>episode-148.mp3 (audio/mpeg) — 41.2 MB</p>'
        "</details></div></section>"
        '<div class="pagination"><div class="pagination-prev"><a>‹ Previous</a></div>'
        '<div class="pagination-next"><a>Next ›</a></div></div></main>'
        '<footer class="footer"><p>Miniflux 2.2.3 · Keyboard shortcuts: press ? for help</p></footer></body></html>'
    )


# 5 Jupyter notebook exported by nbconvert (lab template) ----------------------------------------------
NOTEBOOK = {
    "dims": "Competency scores",
    "themes": "Themes tagged by the producers",
    "summary": "Summary of the conversation",
    "principles": "Principles (from the transcript)",
    "quotes": "Quotes pulled for the show notes",
}


def nbconvert(r, t=NOTEBOOK):
    n = r["name"]
    k = [0]

    def anchor(text):
        a = "".join(c if c.isalnum() else "-" for c in text).strip("-")
        return f'{e(text)}<a class="anchor-link" href="#{ea(a)}">¶</a>'

    def md(html):
        return (
            '<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0">'
            '<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser"></div><div class="jp-InputArea jp-Cell-inputArea">'
            '<div class="jp-InputPrompt jp-InputArea-prompt"></div><div class="jp-RenderedHTMLCommon jp-RenderedMarkdown '
            f'jp-MarkdownOutput" data-mime-type="text/markdown">{html}</div></div></div></div>'
        )

    def code(src, out="", mime="text/html", out_prompt=True):
        k[0] += 1
        prompt = f"Out[{k[0]}]:" if out_prompt and out else ""
        output = (
            '<div class="jp-Cell-outputWrapper"><div class="jp-OutputArea jp-Cell-outputArea"><div class="jp-OutputArea-child">'
            f'<div class="jp-OutputPrompt jp-OutputArea-prompt">{prompt}</div>'
            f'<div class="jp-RenderedHTMLCommon jp-OutputArea-output" data-mime-type="{mime}">{out}</div></div></div></div>'
            if out
            else ""
        )
        return (
            '<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper"><div class="jp-InputArea jp-Cell-inputArea">'
            f'<div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[{k[0]}]:</div><div class="jp-CodeMirrorEditor jp-Editor '
            f'jp-InputArea-editor" data-type="inline"><div class="highlight hl-ipython3"><pre><span></span>{e(src)}</pre></div>'
            f"</div></div></div>{output}</div>"
        )

    rows = "".join(
        f"<tr><th>{i}</th><td>{e(d['name'])}</td><td>{d['score']}</td></tr>"
        for i, d in enumerate(r["dimensions"])
    )
    frame = (
        "<div><style scoped>\n    .dataframe tbody tr th:only-of-type {\n        vertical-align: middle;\n    }\n"
        "    .dataframe thead th {\n        text-align: right;\n    }\n</style>"
        '<table border="1" class="dataframe"><thead><tr style="text-align: right;"><th></th><th>dimension</th>'
        f"<th>score</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    themes = "\n".join(e(x) for x in r["themes"])
    bullets = "".join(f"<li>{e(p)}</li>" for p in r["principles"])

    def quote(x):
        a = attr(x, n)
        return (
            f"<blockquote><p>{e(x['text'])}</p>"
            + (f"<p>— {e(a)}</p>" if a else "")
            + "</blockquote>"
        )

    cells = [
        code(
            "import pandas as pd\nimport matplotlib.pyplot as plt\n\n"
            f'profile = load_profile("{slug(n)}")  # from the producers\' sheet'
        ),
        md(
            f'<h1 id="{ea(slug(n))}">{anchor(n)}</h1><p><em>{e(r["headline"])}</em></p>{paras(r["bio"])}'
        ),
        md(f"<h2>{anchor(t['summary'])}</h2>{paras(r['summary'])}"),
        md(f"<h2>{anchor(t['dims'])}</h2>"),
        code('scores = pd.DataFrame(profile["dimensions"])\nscores', frame),
        code(
            'ax = scores.plot.barh(x="dimension", y="score", legend=False)',
            "<pre>/opt/conda/lib/python3.11/site-packages/pandas/plotting/_matplotlib/core.py:1259: "
            "UserWarning: No artists with labels found to put in legend.\n  ax.legend(handles, labels)\n</pre>",
            "application/vnd.jupyter.stderr",
            out_prompt=False,
        )
        + '<div class="jp-OutputArea-output" data-mime-type="image/png"><img alt="No description has been provided '
        'for this image" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="></div>',
        md(f"<h2>{anchor(t['themes'])}</h2>"),
        code('print(*profile["themes"], sep="\\n")', f"<pre>{themes}\n</pre>", "text/plain", False),
    ]
    if r["principles"]:
        cells.append(md(f"<h2>{anchor(t['principles'])}</h2><ol>{bullets}</ol>"))
    cells.append(md(f"<h2>{anchor(t['quotes'])}</h2>{''.join(quote(x) for x in r['quotes'])}"))
    cells.append(code('profile.to_json("out/profile.json")'))
    return (
        head(r, f"{slug(n)}-profile", ".jp-InputPrompt,.jp-OutputPrompt{color:#307fc1}")
        + '<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">'
        f"<main>{''.join(cells)}</main></body></html>"
    )


# 6 Word "Save as Web Page, Filtered" briefing document ----------------------------------------------
WORD = {
    "dims": "Assessment scores",
    "themes": "Areas of focus",
    "summary": "Session outline",
    "principles": "Guiding beliefs",
    "quotes": "Approved quotations",
}


def wordhtml(r, t=WORD):
    n = r["name"]

    def p(html, cls="MsoNormal", style=""):
        s = f" style='{style}'" if style else ""
        return f"<p class={cls}{s}>{html}</p>\n"

    def h1(s, k):
        return f'<h1><a name="_Toc{k}"></a><span lang=EN-GB>{e(s)}</span></h1>\n'

    sections = [("Biography", 1), (t["summary"], 2), (t["dims"], 3), (t["themes"], 4)]
    if r["principles"]:
        sections.append((t["principles"], 5))
    sections.append((t["quotes"], 6))
    toc = "".join(
        p(
            f"<span class=MsoHyperlink><a href=\"#_Toc{k}\">{e(s)}<span style='color:windowtext;display:none'>. </span>"
            f"<span style='color:windowtext'>{'.' * (60 - len(s))} {1 + (k > 3)}</span></a></span>",
            "MsoToc1",
        )
        for s, k in sections
    )
    bio = r["bio"].split("\n\n")
    bio_html = "".join(p(f"<span lang=EN-GB>{e(x)}</span>") for x in bio[:-1])
    bio_html += p(
        f'<span lang=EN-GB>{e(bio[-1])}</span><a href="#_ftn1" name="_ftnref1" title="">'
        "<span class=MsoFootnoteReference><span class=MsoFootnoteReference><span lang=EN-GB "
        "style='font-size:11.0pt;line-height:107%'>[1]</span></span></span></a>"
    )
    rows = "".join(
        "<tr><td width=378 valign=top style='width:10.0cm;border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
        + p(
            "<span lang=EN-GB>" + e(d["name"]) + "</span>",
            style="margin-bottom:0cm;line-height:normal",
        )
        + "</td>"
        "<td width=123 valign=top style='width:3.25cm;border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
        + p(
            f"<span lang=EN-GB>{d['score']}</span>",
            style="margin-bottom:0cm;text-align:center;line-height:normal",
        )
        + "</td></tr>"
        for d in r["dimensions"]
    )
    table = (
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
        "<tr><td width=378 valign=top style='width:10.0cm;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'>"
        f"{p('<b><span lang=EN-GB>Dimension</span></b>', style='margin-bottom:0cm;line-height:normal')}</td>"
        "<td width=123 valign=top style='width:3.25cm;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt'>"
        f"{p('<b><span lang=EN-GB>Score (0–100)</span></b>', style='margin-bottom:0cm;text-align:center;line-height:normal')}</td></tr>"
        f"{rows}</table>\n"
    )

    def item(text, k, total):
        cls = (
            "MsoListParagraphCxSpFirst"
            if k == 0
            else "MsoListParagraphCxSpLast"
            if k == total - 1
            else "MsoListParagraphCxSpMiddle"
        )
        return p(
            "<span lang=EN-GB style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
            f"</span></span><span lang=EN-GB>{e(text)}</span>",
            cls,
            "text-indent:-18.0pt",
        )

    principles = (
        h1(t["principles"], 5)
        + "".join(item(x, i, len(r["principles"])) for i, x in enumerate(r["principles"]))
        if r["principles"]
        else ""
    )

    def quote(x):
        a = attr(x, n)
        return p(f"<span lang=EN-GB>“{e(x['text'])}”</span>", "MsoQuote") + (
            p(f"<i><span lang=EN-GB>– {e(a)}</span></i>", style="text-align:right") if a else ""
        )

    return (
        '<html>\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
        '<meta name=Generator content="Microsoft Word 15 (filtered)">\n'
        '<style>\n<!--\n /* Font Definitions */\n @font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        " /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin-top:0cm;\n\tmargin-right:0cm;\n"
        '\tmargin-bottom:8.0pt;\n\tmargin-left:0cm;\n\tline-height:107%;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "p.MsoQuote\n\t{margin-left:43.2pt;font-style:italic;color:#404040;}\n-->\n</style>\n\n</head>\n\n"
        '<body lang=EN-GB link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n\n<div class=WordSection1>\n\n'
        + p(
            "<span lang=EN-GB style='font-size:8.0pt;line-height:107%;color:gray'>OFFICIAL – Speaker briefing pack – "
            "Leadership Forum 2026 – v3 (final)</span>",
            "MsoHeader",
            "text-align:right",
        )
        + p(f"<span lang=EN-GB>{e(n)}</span>", "MsoTitle")
        + p(f"<span lang=EN-GB>{e(r['headline'])}</span>", "MsoSubtitle")
        + "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>"
        + "".join(
            f"<tr><td width=151 valign=top style='width:4.0cm;padding:0cm 5.4pt'>{p(f'<b><span lang=EN-GB>{k}</span></b>')}</td>"
            f"<td width=416 valign=top style='width:11.0cm;padding:0cm 5.4pt'>{p(f'<span lang=EN-GB>{v}</span>')}</td></tr>"
            for k, v in [
                ("Prepared by", "Events team"),
                ("Date", "2 November 2026"),
                ("Status", "Approved for circulation"),
            ]
        )
        + "</table>\n"
        + p("<span lang=EN-GB>Contents</span>", "MsoTocHeading")
        + toc
        + "<span lang=EN-GB style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\",sans-serif'><br clear=all style='page-break-before:always'></span>\n"
        + h1("Biography", 1)
        + bio_html
        + h1(t["summary"], 2)
        + "".join(p(f"<span lang=EN-GB>{e(x)}</span>") for x in r["summary"].split("\n\n"))
        + h1(t["dims"], 3)
        + table
        + p("<span lang=EN-GB>&nbsp;</span>")
        + h1(t["themes"], 4)
        + p(f"<span lang=EN-GB>{e('; '.join(r['themes']))}</span>")
        + principles
        + h1(t["quotes"], 6)
        + "".join(quote(x) for x in r["quotes"])
        + p("<span lang=EN-GB>&nbsp;</span>")
        + p(
            "<i><span lang=EN-GB style='font-size:9.0pt;line-height:107%;color:gray'>Do not circulate outside the "
            "organising committee. Questions to events@leadershipforum.example.</span></i>"
        )
        + '\n</div>\n<div><br clear=all>\n\n<hr align=left size=1 width="33%">\n\n<div id=ftn1>\n\n'
        + p(
            '<a href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span lang=EN-GB>'
            "<span class=MsoFootnoteReference><span lang=EN-GB style='font-size:10.0pt;line-height:107%'>[1]</span></span>"
            "</span></span></a><span lang=EN-GB> Figures supplied by the speaker's office, October 2026.</span>",
            "MsoFootnoteText",
        )
        + "\n</div>\n\n</div>\n\n</body>\n\n</html>\n"
    )


# 7 Speaker-bureau listing page -------------------------------------------------------------------
BUREAU = {
    "dims": "Audience ratings",
    "themes": "Speaking topics",
    "summary": "Featured keynote",
    "principles": "Your audience will learn",
    "quotes": "What people say",
}


def speakers(r, t=BUREAU):
    n = r["name"]

    def stars(score):
        full = round(score / 20)
        return "★" * full + "☆" * (5 - full)

    dims = "".join(
        f'<div class="rating-row"><span class="rating-label">{e(d["name"])}</span>'
        f'<span class="stars" aria-hidden="true">{stars(d["score"])}</span>'
        f'<span class="rating-value">{d["score"]}</span></div>'
        for d in r["dimensions"]
    )
    pills = "".join(f'<li><a class="pill" href="#">{e(x)}</a></li>' for x in r["themes"])

    def quote(x):
        a = attr(x, n)
        by = f'<p class="testimonial-by"><strong>{e(a)}</strong></p>' if a else ""
        return f'<div class="testimonial-card"><span class="quote-mark">❝</span><p class="testimonial-text">{e(x["text"])}</p>{by}</div>'

    principles = (
        f'<section class="learn"><h2>{e(t["principles"])}</h2><ul class="checks">'
        + "".join(f"<li>✔ {e(p)}</li>" for p in r["principles"])
        + "</ul></section>"
        if r["principles"]
        else ""
    )
    related = "".join(
        f'<div class="speaker-card"><img alt="{ea(a)}" src="/s.jpg"><h3>{e(a)}</h3><p>{e(b)}</p><a>View profile</a></div>'
        for a, b in OTHERS
    )
    css = ".pills{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}.rating-row{display:flex;gap:10px}"
    return (
        head(r, f"{n} | Keynote Speaker | Keynote Collective", css)
        + '<body><div class="topbar">Call us: +1 (800) 555-0199 · Mon–Fri 9am–6pm ET · <a>Email an agent</a></div>'
        '<header class="site-header"><a class="logo">Keynote Collective</a><nav><ul><li><a>Speakers</a></li>'
        "<li><a>Topics</a></li><li><a>Virtual events</a></li><li><a>About us</a></li><li><a>Contact</a></li></ul></nav>"
        '<a class="btn btn-primary">Check availability</a></header>'
        '<nav class="crumbs"><a>Home</a> » <a>Speakers</a> » <a>Business &amp; Leadership</a> » '
        f"<span>{e(n)}</span></nav>"
        '<main><section class="speaker-hero"><img class="speaker-photo" alt="" src="/speaker.jpg">'
        f'<div><h1>{e(n)}</h1><p class="speaker-title">{e(r["headline"])}</p>'
        '<ul class="speaker-facts"><li><span>Fee range:</span> $15,000 – $25,000</li>'
        "<li><span>Travels from:</span> see agent</li><li><span>Formats:</span> Keynote · Panel · Virtual</li></ul>"
        '<a class="btn">Check availability</a> <a class="btn btn-outline">Add to shortlist ♡</a></div></section>'
        '<div class="video"><button class="play">▶ Watch speaker reel (2:41)</button></div>'
        f'<section class="bio"><h2>Biography</h2>{paras(r["bio"])}</section>'
        f'<section class="keynote"><h2>{e(t["summary"])}</h2>{paras(r["summary"])}</section>'
        f'<section class="topics"><h2>{e(t["themes"])}</h2><ul class="pills">{pills}</ul></section>'
        f'<section class="ratings"><h2>{e(t["dims"])}</h2>{dims}'
        '<p class="rating-note">Average of post-event surveys, scores out of 100.</p></section>'
        f"{principles}"
        f'<section class="testimonials"><h2>{e(t["quotes"])}</h2>{"".join(quote(x) for x in r["quotes"])}</section>'
        '<section class="inquiry"><h2>Check availability</h2><form><label>Event date <input type="date"></label>'
        "<label>Location <input></label><label>Budget <select><option>Select…</option></select></label>"
        "<button>Send inquiry</button></form></section>"
        f'<section class="related"><h2>Similar speakers</h2><div class="carousel">{related}</div>'
        '<button aria-label="Previous">‹</button><button aria-label="Next">›</button></section></main>'
        '<div class="chat-widget"><p>Chat with a booking agent</p><p>We typically reply in a few minutes.</p>'
        "<button>Start chat</button></div>"
        '<footer><div class="newsletter"><p>Get new speakers in your inbox every month.</p><input type="email">'
        "<button>Subscribe</button></div><p>© 2026 Keynote Collective LLC · <a>Privacy</a> · <a>Terms</a> · "
        "<a>Accessibility</a></p></footer></body></html>"
    )


# 8 GOV.UK-style accessibility-first public appointment page ------------------------------------------
GOVUK = {
    "dims": "Assessment against the role criteria",
    "themes": "Areas of responsibility",
    "summary": "Statement from the appointing department",
    "principles": "Commitments",
    "quotes": "Statements",
}


def govuk(r, t=GOVUK):
    n = r["name"]
    hidden = '<span class="govuk-visually-hidden">'
    rows = "".join(
        f'<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">{e(d["name"])}</th>'
        f'<td class="govuk-table__cell govuk-table__cell--numeric">{d["score"]}{hidden} out of 100</span></td></tr>'
        for d in r["dimensions"]
    )
    themes = "".join(f"<li>{e(x)}</li>" for x in r["themes"])

    def quote(x):
        a = attr(x, n)
        return (
            f'<div class="govuk-inset-text"><p class="govuk-body">“{e(x["text"])}”</p>'
            + (f'<p class="govuk-body-s">Source: {e(a)}</p>' if a else "")
            + "</div>"
        )

    sections = [
        ("biography", "Biography"),
        ("summary", t["summary"]),
        ("scores", t["dims"]),
        ("areas", t["themes"]),
    ]
    if r["principles"]:
        sections.append(("commitments", t["principles"]))
    sections.append(("statements", t["quotes"]))
    contents = "".join(
        f'<li class="gem-c-contents-list__list-item">– <a href="#{k}">{e(s)}</a></li>'
        for k, s in sections
    )
    principles = (
        f'<h2 class="govuk-heading-m" id="commitments">{e(t["principles"])}</h2><ol class="govuk-list govuk-list--number">'
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ol>"
        if r["principles"]
        else ""
    )
    return (
        head(r, f"{n} - GOV.UK")
        + '<body class="govuk-template__body"><a href="#main-content" class="govuk-skip-link">Skip to main content</a>'
        '<div class="govuk-cookie-banner" role="region" aria-label="Cookies on GOV.UK"><h2 class="govuk-cookie-banner__heading">Cookies on GOV.UK</h2>'
        "<p>We use some essential cookies to make this website work.</p><p>We’d like to set additional cookies to understand how you use GOV.UK, "
        "remember your settings and improve government services.</p><button>Accept additional cookies</button> "
        "<button>Reject additional cookies</button> <a>View cookies</a></div>"
        '<header class="govuk-header"><div class="govuk-header__container"><a class="govuk-header__link--homepage">'
        '<span class="govuk-header__logotype-text">GOV.UK</span></a></div></header>'
        '<div class="govuk-width-container"><div class="govuk-phase-banner"><p><strong class="govuk-tag">Beta</strong> '
        "<span>This is a new service. Help us improve it and <a>give your feedback (opens in new tab)</a>.</span></p></div>"
        '<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol><li><a>Home</a></li><li><a>Government</a></li>'
        "<li><a>Public appointments</a></li></ol></nav>"
        '<main class="govuk-main-wrapper" id="main-content"><span class="govuk-caption-xl">Public appointment</span>'
        f'<h1 class="govuk-heading-xl">{e(n)}</h1><p class="govuk-body-l">{e(r["headline"])}</p>'
        '<dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt>Appointed</dt><dd>1 April 2024</dd></div>'
        '<div class="govuk-summary-list__row"><dt>Term ends</dt><dd>31 March 2028</dd></div>'
        '<div class="govuk-summary-list__row"><dt>Appointing body</dt><dd>Department for Business and Trade</dd></div></dl>'
        f'<nav class="gem-c-contents-list" aria-label="Contents"><h2 class="gem-c-contents-list__title">Contents</h2><ol>{contents}</ol></nav>'
        f'<h2 class="govuk-heading-m" id="biography">Biography</h2>{paras(r["bio"], "govuk-body")}'
        f'<h2 class="govuk-heading-m" id="summary">{e(t["summary"])}</h2>{paras(r["summary"], "govuk-body")}'
        f'<h2 class="govuk-heading-m" id="scores">{e(t["dims"])}</h2>'
        '<details class="govuk-details"><summary class="govuk-details__summary"><span>How the scores were given</span></summary>'
        '<div class="govuk-details__text">An independent panel scored each area from 0 to 100 at interview.</div></details>'
        f'<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Area</th>'
        f'<th scope="col" class="govuk-table__header govuk-table__header--numeric">Score</th></tr></thead><tbody class="govuk-table__body">{rows}</tbody></table>'
        f'<h2 class="govuk-heading-m" id="areas">{e(t["themes"])}</h2><ul class="govuk-list govuk-list--bullet">{themes}</ul>'
        f"{principles}"
        f'<h2 class="govuk-heading-m" id="statements">{e(t["quotes"])}</h2>{"".join(quote(x) for x in r["quotes"])}'
        '<div class="gem-c-print-link"><button>Print this page</button></div>'
        '<div class="gem-c-feedback"><h2>Is this page useful?</h2><button>Yes</button> <button>No</button> '
        "<button>Report a problem with this page</button></div></main></div>"
        '<aside class="gem-c-related-navigation"><h2>Related content</h2><ul><li><a>Public appointments: annual report 2025</a></li>'
        "<li><a>How to apply for a public appointment</a></li></ul></aside>"
        '<footer class="govuk-footer"><h2 class="govuk-visually-hidden">Support links</h2><ul><li><a>Help</a></li><li><a>Privacy</a></li>'
        "<li><a>Cookies</a></li><li><a>Accessibility statement</a></li><li><a>Contact</a></li><li><a>Terms and conditions</a></li>"
        "<li><a>Rhestr o Wasanaethau Cymraeg</a></li></ul><p>All content is available under the <a>Open Government Licence v3.0</a>, "
        "except where otherwise stated</p><p>© Crown copyright</p></footer></body></html>"
    )


DESIGNS = {
    "revealjs": revealjs,
    "pdfhtml": pdfhtml,
    "mastodon": mastodon,
    "feedreader": feedreader,
    "nbconvert": nbconvert,
    "wordhtml": wordhtml,
    "speakers": speakers,
    "govuk": govuk,
}

HELD_BACK = ("pdfhtml", "mastodon", "govuk")  # and their -std twins: measured only, never fitted


def _standard(render):
    return lambda r: render(r, STANDARD)


STANDARD_TITLES = {f"{k}-std": _standard(v) for k, v in DESIGNS.items()}
