"""Eight site designs for probe 9, none of them in probes 1-8, bench/sitegen.py or the
conformance designs: a Jira issue whose description holds the guest's profile (the top bar, the
project sidebar, breadcrumbs, the issue key and summary, an info panel, a table in the editor's
markup, the details panel and the activity feed), a GitHub file view of a profile written in
Markdown (the repository header and tabs, a file tree, the commit bar, the YAML front matter
rendered as a table, headings with permalink anchors, a wrapped table, a task list, the footer),
a Slack export read in slack-export-viewer (the channel list, messages with avatars and times,
the profile typed as one message of ``<br>`` lines with bold titles and "•" bullets, themes as
inline code on one line, "&gt;" quotes, thread replies and reactions), a Canvas LMS course page
(the global and course navigation, breadcrumbs, a page whose title is not the guest's name, the
guest's name as a heading inside the content, TinyMCE tables and styles, a reflection box, the
module sequence footer), a Blogger post in a classic theme (the navbar, the date header, a post
body of ``<div>`` lines with ``<div><br></div>`` gaps, ``tr_bq`` quotes, the post's labels as the
themes in the post footer, share buttons, the blog archive), a SharePoint Online news page (the
suite bar, the hub navigation, the command bar, the title area with a byline, text web parts, a
Quick links web part, "Related news" cards, likes, views and comments), a Trello card opened over
its board (the board's lists with other guests' cards behind the card, the card title, its
labels and a custom field for the headline, a Markdown description, a checklist, the "Add to
card" and "Actions" buttons, the activity feed) and a page saved from Firefox's Reader View (the
reader toolbar and its type-control pop-up, the domain, a title with the site's name, the
credits and reading time, an article stripped by Readability: score bars gone, label and number
left as paragraphs, quotes with a footer and a cite).

Each has the chrome such a page really carries and its own section-title wording and markup
habits. Every design takes the section titles as an argument: ``DESIGNS`` passes the site's own,
``STANDARD`` the example's ("Dimension Profile", "Key Themes", ...), so design X-std differs from
X only in those words. A leader with no principles (or no quotes) has no such section.

Held back from fixers (chosen before any score was run): sharepoint, trello, readerview
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
    ("Tomás Ó Briain", "Founder at Currach Analytics"),
]

ORDER = ("summary", "dims", "themes", "principles", "quotes")


def sections(r, order=ORDER):
    """The section keys this leader has, in the page's order."""
    return [
        k
        for k in order
        if (k != "principles" or r["principles"]) and (k != "quotes" or r["quotes"])
    ]


# 1 a Jira issue whose description holds the guest's profile --------------------------------------
JIRA = {
    "dims": "Assessment scores",
    "themes": "Focus areas",
    "summary": "Background for the host",
    "principles": "Operating principles",
    "quotes": "Pull quotes (cleared)",
}


def jira(r, t=JIRA):
    n = r["name"]
    key = f"LP-{400 + len(r['bio']) % 97}"

    def h3(k):
        return f'<h3 data-renderer-start-pos="1">{e(t[k])}</h3>'

    body = {
        "summary": h3("summary") + paras(r["summary"]),
        "dims": h3("dims")
        + '<div class="pm-table-container" data-layout="default"><div class="pm-table-wrapper"><table data-number-column="false">'
        '<colgroup><col style="width:260px"><col style="width:120px"></colgroup><tbody>'
        '<tr><th class="pm-table-header-content-wrap"><p><strong>Dimension</strong></p></th>'
        '<th class="pm-table-header-content-wrap"><p><strong>Score</strong></p></th></tr>'
        + "".join(
            f'<tr><td class="pm-table-cell-content-wrap"><p>{e(d["name"])}</p></td>'
            f'<td class="pm-table-cell-content-wrap"><p>{d["score"]}</p></td></tr>'
            for d in r["dimensions"]
        )
        + "</tbody></table></div></div>",
        "themes": h3("themes")
        + '<ul class="ak-ul">'
        + "".join(f"<li><p>{e(x)}</p></li>" for x in r["themes"])
        + "</ul>",
        "principles": h3("principles")
        + '<ol class="ak-ol">'
        + "".join(f"<li><p>{e(p)}</p></li>" for p in r["principles"])
        + "</ol>",
        "quotes": h3("quotes")
        + "".join(
            f"<blockquote><p>{e(x['text'])}</p></blockquote>"
            + (f"<p>– {e(attr(x, n))}</p>" if attr(x, n) else "")
            for x in r["quotes"]
        ),
    }
    description = (
        '<div class="ak-editor-panel" data-panel-type="info"><div class="ak-editor-panel__icon">ⓘ</div>'
        '<div class="ak-editor-panel__content"><p>Status of this profile: checked by the research desk. '
        "Do not share outside the production team before the episode airs.</p></div></div>"
        f"<h2>{e(n)}</h2><p><strong>{e(r['headline'])}</strong></p>"
        + paras(r["bio"])
        + "".join(body[k] for k in sections(r))
    )
    comments = [
        ("Mira Holt", "2 hours ago", "Scores checked against the rubric, no changes."),
        (
            "Dev Raman",
            "yesterday",
            f"Pronunciation note for the host added to the run sheet for {first(r)}.",
        ),
    ]
    activity = "".join(
        f'<div class="comment" data-testid="issue-comment-base.ui.comment"><div class="avatar">{a[0]}</div>'
        f'<div><span class="author">{e(a)}</span> <span class="time">{w}</span>'
        f'<div class="ak-renderer-document"><p>{e(c)}</p></div>'
        '<div class="comment-actions"><button>Edit</button> · <button>Delete</button> · <button>👍</button></div></div></div>'
        for a, w, c in comments
    )
    return (
        head(r, f"[{key}] Guest profile: {n} - Jira")
        + '<body><div id="jira-frontend"><header class="top-nav" role="banner"><button aria-label="App switcher">⋮⋮⋮</button>'
        '<a href="#" class="logo">Jira</a><nav><button>Your work</button><button>Projects</button><button>Filters</button>'
        "<button>Dashboards</button><button>Teams</button><button>Plans</button><button>Apps</button></nav>"
        '<button class="create">Create</button><input type="search" placeholder="Search" aria-label="Search">'
        '<button aria-label="Notifications">🔔</button><button aria-label="Help">?</button><button aria-label="Settings">⚙</button>'
        '<button aria-label="Your profile and settings">MH</button></header>'
        '<div class="page-layout"><nav class="project-sidebar" aria-label="Project navigation"><div class="project-name">'
        '<img src="/project-avatar.svg" alt=""><span>Leaders Podcast</span><span class="project-type">Software project</span></div>'
        '<div class="group"><h4>PLANNING</h4><ul><li><a href="#">Timeline</a></li><li><a href="#" aria-current="page">Board</a></li>'
        '<li><a href="#">List</a></li><li><a href="#">Calendar</a></li></ul></div><div class="group"><h4>DEVELOPMENT</h4><ul>'
        '<li><a href="#">Code</a></li><li><a href="#">Releases</a></li></ul></div><ul><li><a href="#">Project pages</a></li>'
        '<li><a href="#">Add shortcut</a></li><li><a href="#">Project settings</a></li></ul>'
        '<p class="managed">You\'re in a team-managed project</p></nav>'
        '<main><div class="issue-view"><nav aria-label="Breadcrumbs"><ol class="breadcrumbs"><li><a href="#">Projects</a></li>'
        f'<li><a href="#">Leaders Podcast</a></li><li><a href="#">LP-391</a></li><li><a href="#">{key}</a></li></ol></nav>'
        f'<h1 data-testid="issue.views.issue-base.foundation.summary.heading">Guest profile: {e(n)}</h1>'
        '<div class="quick-add"><button>Add attachment</button><button>Add a child issue</button><button>Link issue</button></div>'
        '<h2 class="field-label">Description</h2>'
        f'<div class="ak-renderer-document" data-testid="issue.views.field.rich-text.description">{description}</div>'
        '<div class="activity"><h2>Activity</h2><div class="activity-tabs">Show: <button>All</button>'
        '<button aria-pressed="true">Comments</button><button>History</button><button>Work log</button></div>'
        '<div class="add-comment"><div class="avatar">MH</div><input placeholder="Add a comment…">'
        "<p><strong>Pro tip:</strong> press <kbd>M</kbd> to comment</p></div>"
        + activity
        + "</div></div></main>"
        '<aside class="issue-details"><div class="status"><button>In Review ▾</button><button>Actions ▾</button></div>'
        "<details open><summary>Details</summary><dl><dt>Assignee</dt><dd>Mira Holt</dd><dt>Reporter</dt><dd>Dev Raman</dd>"
        '<dt>Labels</dt><dd><a href="#">guest-profile</a> <a href="#">season-4</a></dd><dt>Sprint</dt><dd>Episodes 37-40</dd>'
        "<dt>Story point estimate</dt><dd>3</dd><dt>Priority</dt><dd>Medium</dd></dl></details>"
        '<p class="dates">Created March 9, 2026 at 4:12 PM<br>Updated 2 hours ago</p><button>⚙ Configure</button></aside>'
        "</div></div></body></html>"
    )


# 2 a GitHub file view of a profile written in Markdown --------------------------------------------
GITHUB = {
    "dims": "Scores",
    "themes": "Topics we covered",
    "summary": "About this episode",
    "principles": "Principles checklist",
    "quotes": "Quotable",
}

_OCTICON = (
    '<svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">'
    '<path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0"></path></svg>'
)


def github(r, t=GITHUB):
    n = r["name"]
    sid = r["id"]

    def heading(level, text):
        a = slug(text)
        return (
            f'<div class="markdown-heading" dir="auto"><h{level} class="heading-element">{e(text)}</h{level}>'
            f'<a id="user-content-{a}" class="anchor" aria-label="Permalink: {ea(text)}" href="#{a}">{_OCTICON}</a></div>'
        )

    body = {
        "summary": heading(2, t["summary"]) + paras(r["summary"]).replace("<p>", '<p dir="auto">'),
        "dims": heading(2, t["dims"])
        + '<markdown-accessiblity-table><table><thead><tr><th>Dimension</th><th align="right">Score</th></tr></thead><tbody>'
        + "".join(
            f'<tr><td>{e(d["name"])}</td><td align="right">{d["score"]}</td></tr>'
            for d in r["dimensions"]
        )
        + "</tbody></table></markdown-accessiblity-table>",
        "themes": heading(2, t["themes"])
        + '<ul dir="auto">'
        + "".join(f"<li>{e(x)}</li>" for x in r["themes"])
        + "</ul>",
        "principles": heading(2, t["principles"])
        + '<ul class="contains-task-list">'
        + "".join(
            '<li class="task-list-item"><input type="checkbox" id="" disabled="" class="task-list-item-checkbox" checked=""> '
            f"{e(p)}</li>"
            for p in r["principles"]
        )
        + "</ul>",
        "quotes": heading(2, t["quotes"])
        + "".join(
            f'<blockquote><p dir="auto">{e(x["text"])}'
            + (f"<br>\n— <em>{e(attr(x, n))}</em>" if attr(x, n) else "")
            + "</p></blockquote>"
            for x in r["quotes"]
        ),
    }
    front = (
        '<table data-table-type="yaml-metadata"><thead><tr><th>layout</th><th>guest</th><th>season</th><th>episode</th>'
        f"<th>draft</th></tr></thead><tbody><tr><td><div>profile</div></td><td><div>{e(n)}</div></td><td><div>4</div></td>"
        "<td><div>37</div></td><td><div>false</div></td></tr></tbody></table>"
    )
    article = (
        front
        + heading(1, n)
        + f'<p dir="auto"><em>{e(r["headline"])}</em></p>'
        + paras(r["bio"]).replace("<p>", '<p dir="auto">')
        + "".join(body[k] for k in sections(r))
    )
    files = sorted([slug(a) for a, _ in OTHERS] + [sid])
    current = ' aria-current="page"'
    tree = "".join(
        f'<li role="treeitem"{current if f == sid else ""}><span>📄</span><span>{f}.md</span></li>'
        for f in files
    )
    lines = 40 + len(r["dimensions"]) + len(r["themes"]) + 3 * len(r["quotes"])
    return (
        head(
            r,
            f"leader-profiles/profiles/{sid}.md at main · northwind-media/leader-profiles · GitHub",
        )
        + '<body><div class="position-relative js-header-wrapper"><a href="#start-of-content" class="skip">Skip to content</a>'
        '<header class="AppHeader"><button aria-label="Open global navigation menu">☰</button><a href="#" aria-label="Homepage">GitHub</a>'
        '<nav aria-label="Breadcrumbs"><a href="#">northwind-media</a> / <a href="#"><strong>leader-profiles</strong></a></nav>'
        '<button class="search">Type <kbd>/</kbd> to search</button><button aria-label="Chat with Copilot">Copilot</button>'
        '<button aria-label="Create something new">+</button><a href="#" aria-label="You have no unread notifications">🔔</a></header>'
        '<div class="repo-header"><span class="Label">Public</span><ul class="pagehead-actions"><li><button>👁 Watch <span class="Counter">12</span></button></li>'
        '<li><button>Fork <span class="Counter">3</span></button></li><li><button>☆ Star <span class="Counter">48</span></button></li></ul>'
        '<nav class="UnderlineNav" aria-label="Repository"><a href="#" aria-current="page">Code</a><a href="#">Issues <span class="Counter">7</span></a>'
        '<a href="#">Pull requests <span class="Counter">2</span></a><a href="#">Actions</a><a href="#">Projects</a><a href="#">Wiki</a>'
        '<a href="#">Security</a><a href="#">Insights</a></nav></div></div>'
        '<div id="start-of-content"></div><main><div class="file-layout"><nav class="file-tree" aria-label="File Tree Navigation">'
        '<h2>Files</h2><button>main ▾</button><input placeholder="Go to file"><ul role="tree"><li role="treeitem">📁 .github</li>'
        '<li role="treeitem">📁 profiles<ul role="group">'
        + tree
        + '</ul></li><li role="treeitem">📄 README.md</li><li role="treeitem">📄 rubric.md</li></ul></nav>'
        '<div class="file-view"><nav class="breadcrumb" aria-label="Breadcrumbs"><a href="#">leader-profiles</a> / <a href="#">profiles</a> / '
        f'<strong>{sid}.md</strong><button aria-label="Copy path">⧉</button></nav>'
        '<div class="commit-bar"><img src="/avatar.png" alt="mholt" width="20"><a href="#">mholt</a> '
        '<span>Fix scores after second rater</span><a href="#" class="sha">3f9c2ab</a> · <relative-time>last week</relative-time>'
        '<a href="#">🕘 History</a></div><div class="file-header"><div class="segmented"><button aria-current="true">Preview</button>'
        f"<button>Code</button><button>Blame</button></div><span>{lines} lines ({lines - 12} loc) · 4.2 KB</span>"
        '<button>Raw</button><button aria-label="Copy raw file">⧉</button><button aria-label="Download raw file">⤓</button>'
        '<button aria-label="Edit file">✎</button></div>'
        f'<section aria-labelledby="file-name-id"><article class="markdown-body entry-content container-lg" itemprop="text">{article}</article></section>'
        "</div></div></main>"
        '<footer class="footer"><p>© 2026 GitHub, Inc.</p><nav aria-label="Footer"><ul><li><a href="#">Terms</a></li><li><a href="#">Privacy</a></li>'
        '<li><a href="#">Security</a></li><li><a href="#">Status</a></li><li><a href="#">Docs</a></li><li><a href="#">Contact</a></li>'
        "<li><button>Manage cookies</button></li><li><button>Do not share my personal information</button></li></ul></nav></footer></body></html>"
    )


# 3 a Slack export read in slack-export-viewer --------------------------------------------------------
SLACK = {
    "dims": "📊 Numbers from the scoring call",
    "themes": "🏷️ Tags",
    "summary": "🎙️ The episode in a nutshell",
    "principles": "🧭 How they operate",
    "quotes": "💬 Good lines",
}


def slack(r, t=SLACK):
    n = r["name"]

    def title(k):
        return f"<b>{e(t[k])}</b><br>"

    text = {
        "summary": title("summary") + "<br><br>".join(e(p) for p in r["summary"].split("\n\n")),
        "dims": title("dims")
        + "<br>".join(f"• {e(d['name'])}: {d['score']}" for d in r["dimensions"]),
        "themes": title("themes") + " ".join(f"<code>{e(x)}</code>" for x in r["themes"]),
        "principles": title("principles")
        + "<br>".join(f"{i}. {e(p)}" for i, p in enumerate(r["principles"], 1)),
        "quotes": title("quotes")
        + "<br>".join(
            f"<blockquote>{e(x['text'])}</blockquote>"
            + (f"— {e(attr(x, n))}" if attr(x, n) else "")
            for x in r["quotes"]
        ),
    }
    profile = (
        f"Final profile for Tuesday's recording 👇<br><br><b>{e(n)}</b><br><i>{e(r['headline'])}</i><br><br>"
        + "<br><br>".join(e(p) for p in r["bio"].split("\n\n"))
        + "<br><br>"
        + "<br><br>".join(text[k] for k in sections(r))
    )

    def message(user, time, body, extra=""):
        return (
            f'<div class="message-container"><div id="{slug(user)}-{time.replace(":", "")}" class="message">'
            f'<img src="/avatars/{slug(user)}.png" class="user_icon" alt=""><div class="username">{e(user)}</div>'
            f'<a href="#" class="time">2026-03-12 {time}</a><div class="msg"><p>{body}</p></div>{extra}</div></div>'
        )

    replies = (
        '<div class="thread"><div class="reply-count">3 replies</div>'
        + message("Dev Raman", "10:51:13", "Scores match the sheet ✅")
        + message(
            "Jonas Keller",
            "11:02:40",
            f"Can we double-check the pronunciation of {e(first(r))} before the intro?",
        )
        + message("Mira Holt", "11:05:02", "Added to the run sheet.")
        + "</div>"
    )
    reactions = '<div class="reactions"><span class="reaction">👏 <span class="count">4</span></span><span class="reaction">🎉 <span class="count">2</span></span></div>'
    channels = "".join(
        f'<li class="channel{" active" if c == "leaders-podcast" else ""}"><a href="#"># {c}</a></li>'
        for c in ("general", "guest-bookings", "leaders-podcast", "random", "transcripts")
    )
    return (
        head(r, "Slack Export - #leaders-podcast")
        + '<body><div id="slack-archive-viewer"><div id="sidebar"><h3 id="channel-title">Northwind Media</h3>'
        '<p class="export-note">Exported March 31, 2026</p><h4>Public Channels</h4><ul class="list">'
        + channels
        + '</ul><h4>Direct Messages</h4><ul class="list"><li><a href="#">Dev Raman</a></li><li><a href="#">Jonas Keller</a></li></ul></div>'
        '<div class="messages"><div class="channel-header"><h1># leaders-podcast</h1><p class="topic">Topic: bookings, run sheets and '
        'profiles for season 4 · 23 members</p></div><div class="day-divider">Thursday, March 12, 2026</div>'
        + message("Jonas Keller", "10:31:55", "Morning! Studio B is booked from 2pm on Tuesday.")
        + message("Mira Holt", "10:42:07", profile, reactions + replies)
        + message("Jonas Keller", "11:20:18", "Thanks Mira! Pinning this.")
        + message("slackbot", "11:20:19", "Jonas Keller pinned a message to this channel.")
        + "</div></div></body></html>"
    )


# 4 a Canvas LMS course page about a guest speaker ------------------------------------------------------
CANVAS = {
    "dims": "Competency ratings",
    "themes": "Key concepts for this week",
    "summary": "Before the session",
    "principles": "Principles to discuss in class",
    "quotes": "Quotations for your reflection",
}


def canvaslms(r, t=CANVAS):
    n = r["name"]

    def h3(k):
        return f'<h3><span style="color: #2d3b45;">{e(t[k])}</span></h3>'

    body = {
        "summary": h3("summary") + paras(r["summary"]),
        "dims": h3("dims")
        + '<table style="border-collapse: collapse; width: 62%;" border="1"><tbody>'
        '<tr><th style="width: 70%;">Competency</th><th style="width: 30%;">Rating (out of 100)</th></tr>'
        + "".join(
            f'<tr><td style="width: 70%;">{e(d["name"])}</td><td style="width: 30%; text-align: center;">{d["score"]}</td></tr>'
            for d in r["dimensions"]
        )
        + "</tbody></table>",
        "themes": h3("themes")
        + "<ul>"
        + "".join(f"<li><span>{e(x)}</span></li>" for x in r["themes"])
        + "</ul>",
        "principles": h3("principles")
        + "<ol>"
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ol>",
        "quotes": h3("quotes")
        + "".join(
            f"<blockquote><p>“{e(x['text'])}”</p>"
            + (f"<p>— {e(attr(x, n))}</p>" if attr(x, n) else "")
            + "</blockquote>"
            for x in r["quotes"]
        )
        + '<div class="content-box pad-box-mini border border-trbl"><p><strong>Reflection (graded):</strong> choose one '
        "quotation and respond to it on the Week 6 discussion board in 200 to 300 words.</p></div>",
    }
    content = (
        '<p><img src="/courses/4411/files/88213/preview" alt="" width="180" height="180" loading="lazy"></p>'
        f"<h2>{e(n)}</h2><p><strong>{e(r['headline'])}</strong></p>"
        + paras(r["bio"])
        + "".join(body[k] for k in sections(r))
        + "<p>The session is recorded and posted under Week 6 in Modules within 48 hours.</p>"
    )
    gnav = "".join(
        f'<li class="menu-item"><a href="#"><div class="menu-item-icon-container" aria-hidden="true"></div><div class="menu-item__text">{x}</div></a></li>'
        for x in (
            "Account",
            "Admin",
            "Dashboard",
            "Courses",
            "Groups",
            "Calendar",
            "Inbox",
            "History",
            "Studio",
            "Help",
        )
    )
    active = ' class="active"'
    cnav = "".join(
        f'<li class="section"><a href="#"{active if x == "Pages" else ""}>{x}</a></li>'
        for x in (
            "Home",
            "Announcements",
            "Syllabus",
            "Modules",
            "Assignments",
            "Discussions",
            "Grades",
            "People",
            "Pages",
            "Files",
            "Zoom",
        )
    )
    return (
        head(r, "Week 6 Guest Speaker: LDR 520-01 Leading Organizations")
        + '<body class="with-left-side course-menu-expanded"><a href="#content" class="skip-to-content screenreader-only">Skip To Content</a>'
        '<div id="application" class="ic-app"><header id="header" class="ic-app-header"><h2 class="screenreader-only">Global Navigation</h2>'
        '<a href="#" class="ic-app-header__logomark"><span class="screenreader-only">Dashboard</span></a><ul id="menu" class="ic-app-header__menu-list">'
        + gnav
        + '</ul></header><div id="wrapper" class="ic-Layout-wrapper"><div class="ic-app-nav-toggle-and-crumbs"><button class="Button--icon-action" aria-label="Hide Courses Navigation Menu">☰</button>'
        '<nav id="breadcrumbs" aria-label="breadcrumbs"><ul><li><a href="#"><span class="ellipsible">LDR 520-01 Leading Organizations</span></a></li>'
        '<li><a href="#"><span class="ellipsible">Pages</span></a></li><li><span class="ellipsible">Week 6 Guest Speaker</span></li></ul></nav>'
        '<button class="btn">Student View</button></div><div id="main" class="ic-Layout-columns"><div id="left-side" class="ic-app-course-menu">'
        '<nav role="navigation" aria-label="Courses Navigation Menu"><ul id="section-tabs">'
        + cnav
        + '</ul></nav></div><div id="not_right_side" class="ic-app-main-content"><div id="content-wrapper"><div id="content" class="ic-Layout-contentMain" role="main">'
        '<div class="header-bar-outer-container"><div class="header-bar"><div class="page-toolbar-end"><span class="published-status">Published</span>'
        '<button class="btn">Edit</button><button aria-label="Settings" class="btn">⋮</button></div></div></div>'
        '<div class="show-content user_content clearfix enhanced"><h1 class="page-title">Week 6 Guest Speaker</h1>'
        + content
        + '</div><div class="page-edited">Last edited by <a href="#">Dr. Helen Achterberg</a> March 2, 2026</div>'
        '<div class="module-sequence-footer" role="navigation" aria-label="Module Navigation"><div class="module-sequence-footer-content">'
        '<span class="module-sequence-footer-button--previous"><a href="#" class="Button" aria-describedby="msf0-previous-desc">◄ Previous</a>'
        '<span id="msf0-previous-desc" class="hidden" role="tooltip">Previous Module Item: Week 6 Reading: Stewardship and Trust</span></span>'
        '<span class="module-sequence-footer-button--next"><a href="#" class="Button" aria-describedby="msf0-next-desc">Next ►</a>'
        '<span id="msf0-next-desc" class="hidden" role="tooltip">Next Module Item: Week 6 Discussion: Reflection on the Guest Session</span></span>'
        '</div><button class="btn mark-done">Mark as done</button></div></div></div></div></div></div></div></body></html>'
    )


# 5 a Blogger post in a classic theme ---------------------------------------------------------------------
BLOGGER = {
    "dims": "Our scorecard",
    "themes": "Labels",
    "summary": "What we talked about",
    "principles": "Lessons worth stealing",
    "quotes": "Best lines of the evening",
}


def blogger(r, t=BLOGGER):
    n = r["name"]

    def lines(*xs):
        return "".join(f"<div>{x}</div>" for x in xs)

    gap = "<div><br></div>"

    def h3(k):
        return f'<h3 style="text-align: left;">{e(t[k])}</h3>'

    post = {
        "summary": h3("summary") + gap.join(lines(e(p)) for p in r["summary"].split("\n\n")),
        "dims": h3("dims")
        + lines(*(f"{e(d['name'])}: <b>{d['score']}</b>" for d in r["dimensions"])),
        "principles": h3("principles")
        + '<ol style="text-align: left;">'
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ol>",
        "quotes": h3("quotes")
        + "".join(
            f'<blockquote class="tr_bq">{e(x["text"])}</blockquote>'
            + (
                f'<div style="text-align: right;"><i>— {e(attr(x, n))}</i></div>'
                if attr(x, n)
                else ""
            )
            for x in r["quotes"]
        ),
    }
    body = (
        lines(f'<i><span style="font-size: large;">{e(r["headline"])}</span></i>')
        + gap
        + gap.join(lines(e(p)) for p in r["bio"].split("\n\n"))
        + gap
        + "".join(post[k] for k in sections(r) if k != "themes")
        + gap
        + lines(
            "<i>This post is part of our Leaders in Conversation series. The full episode is on every podcast app.</i>"
        )
    )
    labels = (
        f'<span class="post-labels">{e(t["themes"])}:\n'
        + ",\n".join(f'<a href="#" rel="tag">{e(x)}</a>' for x in r["themes"])
        + "\n</span>"
    )
    archive = (
        '<ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="#"><span class="zippy toggle-open">▼ </span></a>'
        '<a class="post-count-link" href="#">2026</a> <span class="post-count">(14)</span><ul class="hierarchy"><li class="archivedate expanded">'
        '<a class="toggle" href="#"><span class="zippy toggle-open">▼ </span></a><a class="post-count-link" href="#">March</a> <span class="post-count">(3)</span>'
        f'<ul class="posts"><li><a href="#">{e(n)}</a></li>'
        + "".join(f'<li><a href="#">{e(a)}</a></li>' for a, _ in OTHERS[:2])
        + '</ul></li><li class="archivedate collapsed"><a class="toggle" href="#"><span class="zippy">► </span></a><a href="#">February</a> '
        '<span class="post-count">(5)</span></li></ul></li><li class="archivedate collapsed"><a class="toggle" href="#"><span class="zippy">► </span></a>'
        '<a href="#">2025</a> <span class="post-count">(41)</span></li></ul>'
    )
    return (
        head(r, f"The Northwind Leaders Blog: {n}")
        + '<body class="variant-simple"><div class="navbar section" id="navbar"><div class="widget Navbar"><a href="#">More</a> '
        '<a href="#">Create Blog</a> <a href="#">Sign In</a></div></div><div class="content-outer"><header><div class="header-outer">'
        '<div class="Header"><h1 class="title"><a href="#">The Northwind Leaders Blog</a></h1><p class="description"><span>Conversations with '
        "people who run things, and what we learned.</span></p></div></div></header>"
        '<div class="tabs-outer"><ul><li class="selected"><a href="#">Home</a></li><li><a href="#">About</a></li><li><a href="#">Episodes</a></li></ul></div>'
        '<div class="main-outer"><div class="main-inner columns-2"><div class="column-center-inner"><div class="main section" id="main">'
        '<div class="widget Blog"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Thursday, 12 March 2026</span></h2>'
        '<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost">'
        '<a name="4471829301"></a>'
        f'<h3 class="post-title entry-title" itemprop="name">{e(n)}</h3><div class="post-header"><div class="post-header-line-1"></div></div>'
        f'<div class="post-body entry-content" id="post-body-4471829301" itemprop="description articleBody">{body}'
        '<div style="clear: both;"></div></div><div class="post-footer"><div class="post-footer-line post-footer-line-1">'
        '<span class="post-author vcard">Posted by <span class="fn" itemprop="author"><a href="#">Mira Holt</a></span></span> '
        '<span class="post-timestamp">at <a class="timestamp-link" href="#"><abbr class="published" title="2026-03-12T10:14:00Z">10:14 AM</abbr></a></span> '
        '<span class="post-comment-link"></span><span class="post-icons"><span class="item-control blog-admin"><a href="#" title="Edit Post">✎</a></span></span>'
        '<div class="post-share-buttons goog-inline-block"><a href="#" class="share-button sb-email" title="Email This"><span class="share-button-link-text">Email This</span></a>'
        '<a href="#" class="share-button sb-blog" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a>'
        '<a href="#" class="share-button sb-twitter" title="Share to X"><span class="share-button-link-text">Share to X</span></a>'
        '<a href="#" class="share-button sb-facebook" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a>'
        '<a href="#" class="share-button sb-pinterest" title="Share to Pinterest"><span class="share-button-link-text">Share to Pinterest</span></a></div></div>'
        f'<div class="post-footer-line post-footer-line-2">{labels}</div><div class="post-footer-line post-footer-line-3"></div></div></div>'
        '<div class="comments" id="comments"><h4>No comments:</h4><div id="comment-holder"></div><p class="comment-footer">'
        '<a href="#">Post a Comment</a></p></div></div></div></div></div>'
        '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" title="Newer Post">Newer Post</a></span>'
        '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" title="Older Post">Older Post</a></span>'
        '<a class="home-link" href="#">Home</a></div><div class="clear"></div><div class="post-feeds"><div class="feed-links">'
        'Subscribe to: <a class="feed-link" href="#" type="application/atom+xml">Post Comments (Atom)</a></div></div></div></div></div>'
        '<div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile"><h2>About Me</h2>'
        '<div class="widget-content"><a href="#"><img src="/mira.jpg" alt="My photo" width="80" height="80"></a><dl class="profile-datablock">'
        '<dt class="profile-data"><a href="#" class="profile-name-link">Mira Holt</a></dt><dd class="profile-textblock">Producer of a podcast '
        'about people who run things.</dd></dl><a class="profile-link" href="#">View my complete profile</a></div></div>'
        f'<div class="widget BlogArchive"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList">{archive}</div></div></div>'
        '<div class="widget ReportAbuse"><h3 class="title"><a href="#">Report Abuse</a></h3></div></div></aside></div></div></div>'
        '<footer><div class="footer-outer"><div class="widget Attribution"><div class="widget-content">Simple theme. Theme images by '
        '<a href="#">luoman</a>. Powered by <a href="#">Blogger</a>.</div></div></div></footer></div></body></html>'
    )


# 6 a SharePoint Online news page on a company intranet ---------------------------------------------------
SHAREPOINT = {
    "dims": "Leadership capability ratings",
    "themes": "Topics covered",
    "summary": "Session overview",
    "principles": "How {first} leads",
    "quotes": "In their own words",
}


def sharepoint(r, t=SHAREPOINT):
    n = r["name"]

    def title(k):
        return t[k].replace("{first}", first(r))

    def zone(inner, tag="Text"):
        return (
            f'<div class="CanvasZone"><div class="CanvasSection"><div class="ControlZone" data-sp-feature-tag="{tag}WebPart">'
            f"{inner}</div></div></div>"
        )

    def rte(inner):
        return zone(f'<div data-sp-rte=""><div class="cke_editable rte--read">{inner}</div></div>')

    body = {
        "summary": rte(f"<h2>{e(title('summary'))}</h2>" + paras(r["summary"])),
        "dims": rte(
            f"<h2>{e(title('dims'))}</h2>"
            '<table class="ms-rteTable-default" style="width:100%"><tbody>'
            + "".join(
                f'<tr><td class="ms-rteTableFirstCol-default"><p>{e(d["name"])}</p></td>'
                f'<td class="ms-rteTableLastCol-default"><p style="text-align:right;">{d["score"]}</p></td></tr>'
                for d in r["dimensions"]
            )
            + "</tbody></table>"
        ),
        "themes": zone(
            f'<div class="webPartHeader"><h2 role="heading" class="webPartTitle">{e(title("themes"))}</h2></div>'
            '<div class="quickLinks compact" role="list">'
            + "".join(
                f'<div role="listitem" class="ms-List-cell"><a class="ms-Link" href="#" data-interception="off">'
                f'<i class="ms-Icon ms-Icon--Tag" aria-hidden="true"></i><span class="linkText">{e(x)}</span></a></div>'
                for x in r["themes"]
            )
            + "</div>",
            "QuickLinks",
        ),
        "principles": rte(
            f"<h2>{e(title('principles'))}</h2><ol>"
            + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
            + "</ol>"
        ),
        "quotes": rte(
            f"<h2>{e(title('quotes'))}</h2>"
            + "".join(
                f'<blockquote class="pullQuote"><p>{e(x["text"])}</p></blockquote>'
                + (
                    f'<p style="text-align:right;"><em>— {e(attr(x, n))}</em></p>'
                    if attr(x, n)
                    else ""
                )
                for x in r["quotes"]
            )
        ),
    }
    related = "".join(
        f'<div role="listitem" class="newsItem"><a href="#"><img src="/news{i}.jpg" alt=""><div class="newsTitle">{e(a)}: {e(h)}</div>'
        f'<div class="newsMeta">Internal Communications · {d}</div></a></div>'
        for i, ((a, h), d) in enumerate(
            zip(OTHERS, ("February 26", "February 12", "January 29"), strict=True)
        )
    )
    return (
        head(r, f"{n} - Leadership Series")
        + '<body><div id="SuiteNavWrapper"><div class="o365sx-navbar" role="banner"><button aria-label="App launcher" class="o365sx-waffle">⋮⋮⋮</button>'
        '<a href="#" class="o365sx-appName">SharePoint</a><div class="ms-searchux-searchbox" role="search"><input aria-label="Search this site" placeholder="Search this site"></div>'
        '<button aria-label="Settings">⚙</button><button aria-label="Help">?</button><button aria-label="Account manager for Jana Novak">JN</button></div></div>'
        '<div class="SPPageChrome"><div class="ms-HubNav" role="navigation"><a href="#" class="hubName">Northwind Intranet</a><ul>'
        '<li><a href="#">Home</a></li><li><a href="#">News</a></li><li><a href="#">People &amp; Culture</a></li><li><a href="#">IT</a></li>'
        '<li><a href="#">Policies</a></li></ul></div><div class="ms-siteHeader" role="banner"><div class="logoWrapper"><span class="siteLogoAcronym">LS</span></div>'
        '<h1 class="siteTitle"><a href="#">Leadership Series</a></h1><div class="actions"><button>☆ Following</button><button>Share</button>'
        '<span class="membersCount">1,248 members</span></div><nav class="horizontalNav"><a href="#">Home</a><a href="#">Episodes</a>'
        '<a href="#">Documents</a><a href="#">Pages</a><a href="#">Site contents</a></nav></div>'
        '<div class="commandBar" role="menubar"><button>+ New</button><button>Promote</button><button>Page details</button>'
        '<button>Analytics</button><button>Immersive Reader</button><span class="status">Published 3/12/2026</span><button>Edit</button></div>'
        '<div class="SPCanvas"><div class="pageTitle" data-sp-feature-tag="PageTitle"><div class="topicHeader">LEADERSHIP SERIES</div>'
        f'<h1 role="heading" class="pageTitle__text">{e(n)}</h1><div class="authorByline"><span class="persona">JN</span>'
        '<span class="authorName">Jana Novak</span><span class="authorRole">Internal Communications</span>'
        '<span class="publishDate">Published March 12, 2026</span></div></div>'
        + rte(
            f'<p><span class="fontSizeXLarge"><strong>{e(r["headline"])}</strong></span></p>'
            + paras(r["bio"])
        )
        + "".join(body[k] for k in sections(r))
        + zone(
            '<div class="webPartHeader"><h2 class="webPartTitle">Related news</h2><a href="#">See all</a></div><div role="list">'
            + related
            + "</div>",
            "News",
        )
        + '<div class="pageFooter"><div class="socialBar"><button aria-label="Like">♡ Like</button><button>💬 Comment</button>'
        '<button>🔖 Save for later</button><span class="views">3,214 views</span></div><div class="comments"><h2>Comments</h2>'
        '<div class="addComment"><textarea placeholder="Add a comment. Type @ to mention someone"></textarea><button>Post</button></div>'
        '<div class="comment"><span class="persona">PL</span><span class="name">Priit Laur</span><span class="when">2 days ago</span>'
        "<p>Great session, the Q&amp;A was the best part.</p><button>Like</button><button>Reply</button></div></div></div></div></div>"
        '<div class="feedbackPanel"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div></body></html>'
    )


# 7 a Trello card opened over its board ---------------------------------------------------------------------
TRELLO = {
    "dims": "Rubric",
    "themes": "Labels",
    "summary": "Episode notes",
    "principles": "Talking points",
    "quotes": "Lines for the trailer",
}

_TRELLO_CSS = ".card-detail-labels{display:flex;flex-wrap:wrap;gap:4px}"


def trello(r, t=TRELLO):
    n = r["name"]

    def h2(k):
        return f"<h2>{e(t[k])}</h2>"

    desc = {
        "summary": h2("summary") + paras(r["summary"]),
        "dims": h2("dims")
        + "<ul>"
        + "".join(
            f"<li>{e(d['name'])} — <strong>{d['score']}</strong></li>" for d in r["dimensions"]
        )
        + "</ul>",
        "quotes": h2("quotes")
        + "".join(
            f"<blockquote><p>{e(x['text'])}"
            + (f"<br>— {e(attr(x, n))}" if attr(x, n) else "")
            + "</p></blockquote>"
            for x in r["quotes"]
        ),
    }
    labels = (
        '<section class="card-detail-item" data-testid="card-back-labels"><h3 class="card-detail-item-header">'
        f'{e(t["themes"])}</h3><div class="card-detail-labels">'
        + "".join(
            f'<button class="card-label card-label-{c}" aria-label="Color: {c}, title: “{ea(x)}”" title="{ea(x)}">{e(x)}</button>'
            for x, c in zip(
                r["themes"],
                ["green", "yellow", "orange", "red", "purple", "blue", "sky", "lime", "pink"],
                strict=False,
            )
        )
        + '<button class="card-label-add" aria-label="Add a label">+</button></div></section>'
    )
    checklist = (
        '<div class="checklist" data-testid="checklist-section"><div class="checklist-title"><h3>'
        f"{e(t['principles'])}</h3><button>Hide checked items</button><button>Delete</button></div>"
        f'<div class="checklist-progress"><span class="checklist-progress-percentage">0%</span><div class="checklist-progress-bar"></div></div>'
        '<div class="checklist-items-list">'
        + "".join(
            f'<div class="checklist-item"><input type="checkbox" aria-label="Mark as complete"><div class="checklist-item-details"><span>{e(p)}</span></div></div>'
            for p in r["principles"]
        )
        + '</div><button class="checklist-new-item">Add an item</button></div>'
        if r["principles"]
        else ""
    )
    lists = [
        ("Booking", [f"Guest: {OTHERS[2][0]}", "Outreach: 3 names from the advisory board"]),
        ("Ready to record", [f"Guest: {OTHERS[1][0]}", f"Guest: {n}"]),
        ("Editing", [f"Guest: {OTHERS[0][0]}"]),
        ("Published", ["Season 3 wrap-up", "Listener Q&A #2"]),
    ]
    board = "".join(
        f'<li class="list" data-testid="list"><div class="list-header"><h2>{e(name)}</h2><button aria-label="List actions">…</button></div>'
        '<ol class="list-cards">'
        + "".join(
            f'<li class="list-card" data-testid="list-card"><a href="#"><span class="list-card-title">{e(c)}</span></a></li>'
            for c in cards
        )
        + '</ol><button class="add-card">+ Add a card</button></li>'
        for name, cards in lists
    )
    activity = (
        '<div class="card-activity"><div class="activity-header"><h3>Activity</h3><button>Show details</button></div>'
        '<div class="new-comment"><span class="member-initials">MH</span><input placeholder="Write a comment…"></div>'
        '<div class="action"><span class="member-initials">MH</span><p><strong>Mira Holt</strong> moved this card from Booking to Ready to record</p>'
        '<a href="#">Mar 10, 2026, 4:12 PM</a></div><div class="action"><span class="member-initials">DR</span><p><strong>Dev Raman</strong></p>'
        '<div class="comment-bubble"><p>Rubric scores double-checked with the second rater.</p></div><a href="#">Mar 9, 2026, 11:03 AM</a>'
        '<div class="comment-reactions"><button>☺</button> · <button>Edit</button> · <button>Delete</button></div></div></div>'
    )
    card = (
        '<div class="window-overlay" role="dialog" aria-modal="true"><div class="window"><button class="dialog-close-button" aria-label="Close dialog">✕</button>'
        '<div class="card-cover"></div><div class="window-header"><span class="window-header-icon">▭</span>'
        f'<h2 class="card-detail-title" data-testid="card-back-title-input">{e(n)}</h2>'
        '<p class="inline-list">in list <a href="#">Ready to record</a></p></div><div class="window-main-col">'
        '<div class="card-detail-data"><section class="card-detail-item"><h3 class="card-detail-item-header">Members</h3>'
        '<span class="member-initials" title="Mira Holt (mholt)">MH</span><button aria-label="Add member">+</button></section>'
        + labels
        + '<section class="card-detail-item"><h3 class="card-detail-item-header">Recording date</h3><button>Mar 17, 4:00 PM</button></section>'
        '<section class="custom-field" data-testid="custom-field-headline"><h3 class="card-detail-item-header">Headline</h3>'
        f'<div class="custom-field-text">{e(r["headline"])}</div></section></div>'
        '<div class="card-description"><div class="window-module-title"><h3>Description</h3><button>Edit</button></div>'
        '<div class="description-content js-desc"><div class="markeddown">'
        + paras(r["bio"])
        + "".join(desc[k] for k in sections(r, ("summary", "dims", "quotes")))
        + "</div></div></div>"
        + checklist
        + activity
        + '</div><div class="window-sidebar"><h3>Add to card</h3><button>Members</button><button>Labels</button><button>Checklist</button>'
        "<button>Dates</button><button>Attachment</button><button>Cover</button><button>Custom Fields</button><h3>Power-Ups</h3>"
        "<button>+ Add Power-Ups</button><h3>Automation</h3><button>+ Add button</button><h3>Actions</h3><button>Move</button>"
        "<button>Copy</button><button>Make template</button><hr><button>Archive</button><button>Share</button></div></div></div>"
    )
    return (
        head(r, f"{n} | Leaders Podcast — Season 4 | Trello", _TRELLO_CSS)
        + '<body><div id="trello-root"><nav class="header" data-testid="header-container"><button aria-label="Switch to…">⋮⋮⋮</button>'
        '<a href="#" class="logo" aria-label="Back to home">Trello</a><button>Workspaces ▾</button><button>Recent ▾</button>'
        '<button>Starred ▾</button><button>Templates ▾</button><button class="create">Create</button><input placeholder="Search" aria-label="Search">'
        '<button aria-label="Notifications">🔔</button><button aria-label="Information">ⓘ</button><button aria-label="Open member menu">MH</button></nav>'
        '<div class="board-wrapper"><div class="board-header"><h1 class="board-name">Leaders Podcast — Season 4</h1><button aria-label="Star or unstar board">☆</button>'
        "<button>Workspace visible</button><button>Board ▾</button><button>Power-Ups</button><button>Automation</button><button>Filters</button>"
        '<button class="share">Share</button></div><ol id="board" class="lists">'
        + board
        + '<li class="add-list"><button>+ Add another list</button></li></ol></div>'
        + card
        + "</div></body></html>"
    )


# 8 a page saved from Firefox's Reader View ---------------------------------------------------------------
READER = {
    "dims": "By the numbers",
    "themes": "Filed under",
    "summary": "The conversation in brief",
    "principles": "Lessons",
    "quotes": "Said and quoted",
}

_READER_CSS = ".dropdown-popup{display:none}"


def readerview(r, t=READER):
    n = r["name"]

    def h2(k):
        return f"<h2>{e(t[k])}</h2>"

    body = {
        "summary": h2("summary") + paras(r["summary"]),
        "dims": h2("dims")
        + "".join(f"<div><p>{e(d['name'])}</p><p>{d['score']}</p></div>" for d in r["dimensions"]),
        "themes": h2("themes")
        + "<ul>"
        + "".join(
            f'<li><a href="https://leaders.northwind.fm/topic/{slug(x)}">{e(x)}</a></li>'
            for x in r["themes"]
        )
        + "</ul>",
        "principles": h2("principles")
        + "<ol>"
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ol>",
        "quotes": h2("quotes")
        + "".join(
            f"<blockquote><p>{e(x['text'])}</p>"
            + (f"<footer>— <cite>{e(attr(x, n))}</cite></footer>" if attr(x, n) else "")
            + "</blockquote>"
            for x in r["quotes"]
        ),
    }
    words = len(" ".join([r["bio"], r["summary"], *r["principles"]]).split()) + 40 * len(
        r["quotes"]
    )
    low = max(2, words // 230)
    popup = (
        '<div class="dropdown-popup"><div class="font-type-buttons"><button class="sans-serif-button">Sans-serif</button>'
        '<button class="serif-button">Serif</button></div><div class="font-size-buttons"><button class="minus-button" title="Decrease text size">−</button>'
        '<span class="font-size-value">100%</span><button class="plus-button" title="Increase text size">+</button></div>'
        '<div class="content-width-buttons"><button title="Content width">Content width</button></div><div class="line-height-buttons">'
        '<button title="Line spacing">Line spacing</button></div><div class="color-scheme-buttons"><button class="light-button">Light</button>'
        '<button class="dark-button">Dark</button><button class="sepia-button">Sepia</button><button class="auto-button">System</button></div></div>'
    )
    return (
        head(r, f"{n} | Northwind Leaders", _READER_CSS)
        + '<body class="light sans-serif loaded"><div class="dropdown-wrapper"><ul class="toolbar reader-toolbar">'
        '<li><button class="close-button button" title="Close Reader View"><span class="hover-label">Close</span></button></li>'
        '<li class="dropdown style-dropdown"><button class="dropdown-toggle button style-button" title="Type controls">'
        '<span class="hover-label">Text and layout</span></button>'
        + popup
        + '</li><li><button class="button narrate-toggle" title="Listen"><span class="hover-label">Listen</span></button></li>'
        '<li><button class="button pocket-button" title="Save to Pocket"><span class="hover-label">Save</span></button></li></ul></div>'
        '<div class="container" dir="ltr"><div class="header reader-header reader-show-element"><a class="domain reader-domain" href="https://leaders.northwind.fm/">'
        'leaders.northwind.fm</a><div class="domain-border"></div>'
        f'<h1 class="reader-title">{e(n)} | Northwind Leaders</h1><div class="credits reader-credits">Sam Okoro</div>'
        f'<div class="meta-data"><div class="reader-estimated-time" data-l10n-args="{{&quot;range&quot;:&quot;{low}–{low + 2}&quot;}}">'
        f"{low}–{low + 2} minutes</div></div></div><hr>"
        '<div class="content"><div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page">'
        f"<div><p><strong>{e(r['headline'])}</strong></p>"
        + paras(r["bio"])
        + "".join(body[k] for k in sections(r))
        + "</div></div></div></div></div></body></html>"
    )


DESIGNS = {
    "jira": jira,
    "github": github,
    "slack": slack,
    "canvaslms": canvaslms,
    "blogger": blogger,
    "sharepoint": sharepoint,
    "trello": trello,
    "readerview": readerview,
}

HELD_BACK = (
    "sharepoint",
    "trello",
    "readerview",
)  # and their -std twins: measured only, never fitted


def _standard(render):
    return lambda r: render(r, STANDARD)


STANDARD_TITLES = {f"{k}-std": _standard(v) for k, v in DESIGNS.items()}
