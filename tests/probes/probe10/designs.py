"""Eight site designs for probe 10, none of them in probes 1-9, bench/sitegen.py or the
conformance designs: a PowerPoint "Save as Web Page" export (an outline pane of the slide
titles, one slide after another as absolutely positioned title and body boxes with glyph bullets
in their own spans, a table of scores, a footer and a slide number on every slide, speaker notes
and "Slide n of N" under each), a PDF converted by pdf2htmlEX (one ``<div class="t">`` per
printed line, paragraphs wrapped at the page's width, spacer spans, a running header and a
"Page n of N" footer on every page, the PDF's outline in a sidebar), a Bluesky thread (the
profile split over numbered posts whose text keeps its line breaks with ``white-space:
pre-wrap``, handles and times, action bars with counts, titles in capitals, replies under the
thread, the app's navigation and feeds), a Wikibase entity page (the label, its id and
description, aliases, a terms table in other languages, statement groups whose property labels
are the section titles, each value with its qualifiers, rank, references and edit links,
monolingual text with its language), a GitHub Projects board with an item opened in the side
panel (the board's columns and cards behind, the issue's title, the name and headline on one
line in the body, scores as list items with the number in code, the themes as the issue's
labels in the panel's sidebar, fields, the activity timeline), an article saved to Instapaper
(the app bar, the text-settings pop-up, the title with the site's name, the origin line with
reading time, the article kept by the reader: a score table without a header, "n/100" scores,
quotes with the attribution inside the blockquote, the highlights pane and related articles), an
Airtable expanded record over its grid (the base's tables, the grid rows of other guests, the
record's fields as label and cell pairs, a field section whose fields are the dimensions, the
themes as a multi-select of tokens, long text fields, a linked record, the comments pane) and a
Google Sites page (the site's header and navigation, the name in a banner, text boxes in grid
rows, each dimension as a row of two text boxes, the name's box beside the score's, quotes as a
box of italic text beside a box with the attribution, the cookie notice, "Report abuse" and
"Page details").

Each has the chrome such a page really carries and its own section-title wording and markup
habits. Every design takes the section titles as an argument: ``DESIGNS`` passes the site's own,
``STANDARD`` the example's ("Dimension Profile", "Key Themes", ...), so design X-std differs from
X only in those words. A leader with no principles (or no quotes) has no such section.

Held back from fixers (chosen before any score was run): pdf2htmlex, wikibase, instapaper
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


# 1 a PowerPoint "Save as Web Page" export ------------------------------------------------------------
PPTWEB = {
    "dims": "How we scored them",
    "themes": "Conversation topics",
    "summary": "In this episode",
    "principles": "Rules of thumb",
    "quotes": "Lines for the trailer",
}

_PPT_CSS = (
    ".slide{position:relative;width:960px;height:540px;border:1px solid #ccc;margin:12px auto}"
    ".T{position:absolute;font-size:28pt}.B{position:absolute;font-size:16pt}"
    ".ftr,.sldnum{position:absolute;top:92%;font-size:9pt;color:#888}"
)


def pptweb(r, t=PPTWEB):
    n = r["name"]

    def box(cls, shape, top, height, inner):
        return (
            f'<div v:shape="_x0000_s{shape}" class="{cls}" style="top:{top}%;left:6.2%;'
            f'width:87.5%;height:{height}%">{inner}</div>'
        )

    def bullet(text, glyph="&#8226;"):
        return (
            "<div style=\"mso-line-spacing:'90 20 0';mso-margin-left-alt:216;mso-char-wrap:1\">"
            f'<span style="position:absolute;left:-3.2%">{glyph}</span>'
            f'<span style="font-size:18pt">{e(text)}</span></div>'
        )

    def para(text):
        return (
            "<div style=\"mso-line-spacing:'90 20 0';mso-char-wrap:1\">"
            f'<span style="font-size:16pt">{e(text)}</span></div>'
        )

    slides = [
        (
            n,
            box("T", 1026, 30, 18, f'<div style="mso-char-wrap:1"><span>{e(n)}</span></div>')
            + box("B", 1027, 52, 12, para(r["headline"])),
            "Introduce with the full name; the pronunciation is on the run sheet.",
        ),
        (
            None,
            box("B", 1028, 10, 78, "".join(para(p) for p in r["bio"].split("\n\n"))),
            "Keep this under a minute.",
        ),
    ]
    body = {
        "summary": "".join(para(p) for p in r["summary"].split("\n\n")),
        "dims": '<table border=1 cellspacing=0 cellpadding=0 style="mso-table-layout-alt:fixed">'
        + "".join(
            f'<tr><td width=380 class="tc"><div><span lang=EN-GB style="font-size:14pt">{e(d["name"])}</span></div></td>'
            f'<td width=90 class="tc"><div align=right><span style="font-size:14pt">{d["score"]}</span></div></td></tr>'
            for d in r["dimensions"]
        )
        + "</table>",
        "themes": "".join(bullet(x) for x in r["themes"]),
        "principles": "".join(bullet(p, f"{i}.") for i, p in enumerate(r["principles"], 1)),
        "quotes": "".join(
            '<div style="mso-char-wrap:1"><span style="font-size:18pt;font-style:italic">'
            f"“{e(x['text'])}”</span></div>"
            + (
                f'<div align=right style="mso-char-wrap:1"><span style="font-size:12pt">'
                f"– {e(attr(x, n))}</span></div>"
                if attr(x, n)
                else ""
            )
            for x in r["quotes"]
        ),
    }
    for k in sections(r):
        slides.append(
            (
                t[k],
                box("T", 1030, 5, 13, f'<div style="mso-char-wrap:1"><span>{e(t[k])}</span></div>')
                + box("B", 1031, 21, 68, body[k]),
                "",
            )
        )
    total = len(slides)
    outline = "".join(
        f'<li><a href="#slide{i:04d}">{e(title) if title else f"Slide {i}"}</a></li>'
        for i, (title, _, _) in enumerate(slides, 1)
    )
    pages = "".join(
        f'<div class="slide" id="slide{i:04d}"><a name="slide{i:04d}"></a>{content}'
        '<div v:shape="_x0000_s1040" class="ftr" style="left:6%;width:40%">Northwind Leaders · Season 4 guest deck</div>'
        f'<div v:shape="_x0000_s1041" class="sldnum" style="left:88%;width:6%"><div align=right>{i}</div></div></div>'
        f'<div class="navbar"><a href="#slide{max(1, i - 1):04d}">Previous slide</a> | '
        f'<a href="#slide{min(total, i + 1):04d}">Next slide</a> | <span class="count">Slide {i} of {total}</span></div>'
        + (f'<div class="notes"><p class="nlabel">Notes:</p><p>{e(note)}</p></div>' if note else "")
        for i, (_, content, note) in enumerate(slides, 1)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:p="urn:schemas-microsoft-com:office:powerpoint" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
        '<meta name=ProgId content=PowerPoint.Slide><meta name=Generator content="Microsoft PowerPoint 15">'
        f"<title>{e(n)} – guest deck</title><style>{_PPT_CSS}</style>"
        "<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}</style><![endif]--></head>"
        '<body lang=EN-GB style="margin:0"><div id="frameset"><div id="outline-pane" class="outline">'
        '<p class="otitle"><b>Outline</b></p><ol>'
        + outline
        + '</ol><p class="ocontrols"><a href="#">Expand/Collapse Outline</a> · <a href="#">Show/Hide Notes</a> · '
        '<a href="#">Full Screen Slide Show</a></p></div><div id="slides">'
        + pages
        + '</div><p class="made">This presentation contains content that your browser may not be able to show '
        "properly. This presentation was optimized for more recent versions of Microsoft Internet Explorer.</p>"
        "</div></body></html>"
    )


# 2 a PDF converted by pdf2htmlEX -----------------------------------------------------------------------
PDF = {
    "dims": "Assessment (0–100)",
    "themes": "Subject areas",
    "summary": "Abstract",
    "principles": "Stated principles",
    "quotes": "Selected quotations",
}

_PDF_LINES = 44


def pdf2htmlex(r, t=PDF):
    n = r["name"]
    lines = []  # (kind, text, x-class)

    def wrap(text, x="x1", width=92, lead=""):
        for i, part in enumerate(textwrap.wrap(text, width - len(lead))):
            lines.append(
                (
                    "body",
                    (lead if i == 0 else " " * len(lead)) + part,
                    x if i == 0 else "x2" if lead else x,
                )
            )

    lines.append(("name", n, "x1"))
    lines.append(("headline", r["headline"], "x1"))
    for p in r["bio"].split("\n\n"):
        wrap(p)
    for k in sections(r):
        lines.append(("title", t[k], "x1"))
        if k == "summary":
            for p in r["summary"].split("\n\n"):
                wrap(p)
        elif k == "dims":
            for d in r["dimensions"]:
                lines.append(("dim", (d["name"], d["score"]), "x3"))
        elif k == "themes":
            for x in r["themes"]:
                lines.append(("body", "• " + x, "x3"))
        elif k == "principles":
            for i, p in enumerate(r["principles"], 1):
                wrap(p, "x3", lead=f"{i}. ")
        else:
            for x in r["quotes"]:
                wrap(f"“{x['text']}”", "x3", 86)
                if attr(x, n):
                    lines.append(("body", f"— {attr(x, n)}", "x4"))
    pages = [lines[i : i + _PDF_LINES] for i in range(0, len(lines), _PDF_LINES)]
    fs = {"name": "ff2 fs3", "headline": "ff3 fs2", "title": "ff2 fs2"}

    def line(kind, text, x, y):
        cls = f"t m0 {x} h{3 if kind in fs else 2} y{y:x} {fs.get(kind, 'ff1 fs1')} fc0 sc0 ls0 ws0"
        if kind == "dim":
            label, score = text
            return f'<div class="{cls}">{e(label)}<span class="_ _{len(label) % 7 + 3}"> </span>{score}</div>'
        words = e(text).split(" ")
        if len(words) > 6:  # a justified line: the word gaps widened by spacer spans
            words[3] = words[3] + '<span class="_ _0"></span>'
        return f'<div class="{cls}">{" ".join(words)}</div>'

    body = ""
    for no, page in enumerate(pages, 1):
        y0 = 0x40 * no
        content = "".join(line(k, s, x, y0 + j) for j, (k, s, x) in enumerate(page))
        body += (
            f'<div id="pf{no:x}" class="pf w0 h0" data-page-no="{no:x}"><div class="pc pc{no:x} w0 h0">'
            f'<img class="bi x0 y0 w1 h1" alt="" src="bg{no:x}.png"/>'
            f'<div class="t m0 x5 h1 y{y0 - 2:x} ff1 fs0 fc1 sc0 ls0 ws0">Northwind Leaders<span class="_ _1"> </span>·<span class="_ _1"> </span>Guest profile</div>'
            + content
            + f'<div class="t m0 x6 h1 y{y0 - 1:x} ff1 fs0 fc1 sc0 ls0 ws0">Page {no} of {len(pages)}</div>'
            f'</div><div class="pi" data-data=\'{{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}}\'></div></div>'
        )
    outline = (
        f'<ul><li><a class="l" href="#pf1" data-dest-detail=\'[1,"XYZ",56.7,785.2,null]\'>{e(n)}</a><ul>'
        + "".join(
            f'<li><a class="l" href="#pf1" data-dest-detail=\'[1,"XYZ",56.7,{600 - 40 * i},null]\'>{e(t[k])}</a></li>'
            for i, k in enumerate(sections(r))
        )
        + "</ul></li></ul>"
    )
    return (
        "<!DOCTYPE html><!-- Created by pdf2htmlEX (https://github.com/pdf2htmlEX/pdf2htmlEX) -->"
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/>'
        '<meta name="generator" content="pdf2htmlEX"/><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>'
        '<style type="text/css">.pf{position:relative;overflow:hidden}.t{position:absolute;white-space:pre;'
        "transform-origin:0 100%}._{display:inline-block}.x1{left:56.7px}.x2{left:72px}.x3{left:70.9px}"
        ".x4{left:340px}.x5{left:56.7px}.x6{left:480px}#sidebar{position:absolute;width:250px}</style>"
        f"<title>{e(slug(n))}-profile</title></head><body>"
        '<div id="sidebar"><div id="outline">'
        + outline
        + '</div></div><div id="page-container">'
        + body
        + '</div><div class="loading-indicator"><img alt="" src="data:image/png;base64,iVBORw0KGgo="/></div></body></html>'
    )


# 3 a Bluesky thread ------------------------------------------------------------------------------------
BLUESKY = {
    "dims": "THE SCORECARD",
    "themes": "TOPICS",
    "summary": "WHAT WE TALKED ABOUT",
    "principles": "HOW THEY LEAD",
    "quotes": "IN THEIR WORDS",
}


def bluesky(r, t=BLUESKY):
    n = r["name"]
    texts = [f"{n}\n{r['headline']}\n\nOur guest this week. A thread 🧵"]
    texts += r["bio"].split("\n\n")
    for k in sections(r):
        if k == "summary":
            body = r["summary"]
        elif k == "dims":
            body = "\n".join(f"{d['name']} – {d['score']}" for d in r["dimensions"])
        elif k == "themes":
            body = "\n".join(r["themes"])
        elif k == "principles":
            body = "\n".join(f"→ {p}" for p in r["principles"])
        else:
            body = "\n\n".join(
                f"“{x['text']}”" + (f"\n— {attr(x, n)}" if attr(x, n) else "") for x in r["quotes"]
            )
        texts.append(f"{t[k]}\n\n{body}")
    total = len(texts)

    def post(i, text, counts, top=False):
        reply, repost, like = counts
        meta = (
            '<div class="css-175oi2r"><div dir="auto" class="css-146c3p1" style="font-size:13px;color:#6f869f">'
            "10:42 AM · Mar 12, 2026</div></div>"
            '<div class="css-175oi2r" style="flex-direction:row;gap:14px;border-top:1px solid #d4dbe2;border-bottom:1px solid #d4dbe2">'
            f'<a href="#" class="css-1jxf684"><span class="css-1jxf684" style="font-weight:600">{repost}</span> reposts</a>'
            f'<a href="#" class="css-1jxf684"><span class="css-1jxf684" style="font-weight:600">{like}</span> likes</a></div>'
            if top
            else ""
        )
        return (
            f'<div role="link" tabindex="0" data-testid="postThreadItem-by-northwindleaders.bsky.social" class="css-175oi2r">'
            '<div class="css-175oi2r" style="flex-direction:row"><div class="css-175oi2r" aria-hidden="true">'
            '<img src="https://cdn.bsky.app/img/avatar/plain/did:plc:4x7n2/bafkrei@jpeg" alt="" class="css-9pa8cd"></div>'
            '<div class="css-175oi2r"><div class="css-175oi2r" style="flex-direction:row">'
            '<a href="#" aria-label="View profile" class="css-146c3p1"><span class="css-1jxf684" style="font-weight:600">Northwind Leaders</span>'
            '<span class="css-1jxf684"> @northwindleaders.bsky.social</span></a>'
            f'<span class="css-1jxf684" aria-label="Mar 12, 2026 at 10:{42 + i:02d} AM"> · {14 - i // 3}h</span></div>'
            f'<div dir="auto" data-testid="postText" data-word-wrap="1" class="css-146c3p1" style="white-space:pre-wrap;font-size:15px">'
            f"{e(text)}\n\n{i}/{total}</div>"
            + meta
            + '<div class="css-175oi2r" style="flex-direction:row;justify-content:space-between">'
            f'<button aria-label="Reply ({reply} replies)" data-testid="replyBtn"><svg viewBox="0 0 24 24"></svg><div dir="auto">{reply or ""}</div></button>'
            f'<button aria-label="Repost ({repost} reposts)" data-testid="repostBtn"><svg viewBox="0 0 24 24"></svg><div dir="auto">{repost or ""}</div></button>'
            f'<button aria-label="Like ({like} likes)" data-testid="likeBtn"><svg viewBox="0 0 24 24"></svg><div dir="auto">{like or ""}</div></button>'
            '<button aria-label="Open post options menu" data-testid="postDropdownBtn"><svg viewBox="0 0 24 24"></svg></button></div>'
            "</div></div></div>"
        )

    thread = post(1, texts[0], (4, 31, 112), top=True) + "".join(
        post(i, x, (0, i % 3, 5 + 3 * i)) for i, x in enumerate(texts[1:], 2)
    )
    replies = "".join(
        '<div role="link" tabindex="0" data-testid="postThreadItem-by-reply" class="css-175oi2r">'
        f'<div class="css-175oi2r"><a href="#" class="css-146c3p1"><span style="font-weight:600">{e(who)}</span>'
        f"<span> @{slug(who)}.bsky.social</span></a><span> · {h}h</span>"
        f'<div dir="auto" data-testid="postText" style="white-space:pre-wrap">{e(what)}</div>'
        '<div class="css-175oi2r"><button aria-label="Reply (0 replies)"></button><button aria-label="Repost (0 reposts)"></button>'
        f'<button aria-label="Like ({h} likes)"><div dir="auto">{h}</div></button></div></div></div>'
        for who, h, what in (
            (OTHERS[0][0], 3, f"Great episode. {first(r)}'s answer on hiring was the best bit."),
            ("Mira Holt", 2, "Transcript is up on the site now!"),
        )
    )
    nav = "".join(
        f'<a href="#" aria-label="{x}" role="link" class="css-175oi2r"><svg viewBox="0 0 24 24"></svg>'
        f'<div dir="auto" class="css-146c3p1">{x}</div></a>'
        for x in (
            "Home",
            "Explore",
            "Notifications",
            "Chat",
            "Feeds",
            "Lists",
            "Profile",
            "Settings",
        )
    )
    return (
        head(r, "@northwindleaders.bsky.social on Bluesky")
        + '<body><div id="root"><div class="css-175oi2r" style="flex-direction:row">'
        '<nav role="navigation" class="css-175oi2r"><a href="#" aria-label="Bluesky" class="logo">🦋</a>'
        + nav
        + '<button aria-label="Compose new post" class="css-175oi2r"><div dir="auto">New Post</div></button></nav>'
        '<main class="css-175oi2r"><div class="css-175oi2r header"><button aria-label="Back">←</button>'
        '<div dir="auto" class="css-146c3p1" style="font-weight:600">Post</div></div>'
        + thread
        + '<div class="css-175oi2r"><div dir="auto">Everybody can reply</div></div>'
        '<div class="css-175oi2r composer-prompt"><div dir="auto">Write your reply</div></div>'
        + replies
        + '</main><aside class="css-175oi2r"><input type="search" placeholder="Search" aria-label="Search">'
        '<div class="css-175oi2r"><div dir="auto" style="font-weight:600">Trending</div>'
        '<a href="#">#podcasting</a><a href="#">Leaders Week</a><a href="#">#cooperatives</a></div>'
        '<div class="css-175oi2r"><a href="#">Discover</a> <a href="#">Following</a> <a href="#">Video</a> '
        '<a href="#">More feeds</a></div><div class="css-175oi2r footer"><a href="#">Feedback</a> · '
        '<a href="#">Privacy</a> · <a href="#">Terms</a> · <a href="#">Help</a></div></aside></div></div></body></html>'
    )


# 4 a Wikibase entity page ------------------------------------------------------------------------------
WIKIBASE = {
    "dims": "assessment score",
    "themes": "main subject",
    "summary": "episode abstract",
    "principles": "guiding principle",
    "quotes": "quotation",
}


def wikibase(r, t=WIKIBASE):
    n = r["name"]
    qid = f"Q{118000 + sum(map(ord, n)) % 9000}"

    def mono(text):
        return (
            f'<span lang="en" class="wb-monolingualtext-value">{e(text)}</span> '
            '<span class="wb-monolingualtext-language-name" dir="auto">(English)</span>'
        )

    def link(text):
        return f'<a href="#" title="{ea(text)}">{e(text)}</a>'

    def statement(value, qualifiers=(), refs=0):
        quals = "".join(
            '<div class="wikibase-snakview wb-snakview"><div class="wikibase-snakview-property-container">'
            f'<div class="wikibase-snakview-property" dir="auto">{link(p)}</div></div>'
            f'<div class="wikibase-snakview-value-container" dir="auto"><div class="wikibase-snakview-value wikibase-snakview-variation-valuesnak">{v}</div></div></div>'
            for p, v in qualifiers
        )
        return (
            '<div class="wikibase-statementview wikibase-statement listview-item wikibase-toolbar-item">'
            '<div class="wikibase-statementview-rankselector"><div class="wikibase-rankselector ui-state-disabled">'
            '<span class="ui-icon ui-icon-rankselector wikibase-rankselector-normal" title="Normal rank"></span></div></div>'
            '<div class="wikibase-statementview-mainsnak-container"><div class="wikibase-statementview-mainsnak" dir="auto">'
            '<div class="wikibase-snakview wb-snakview"><div class="wikibase-snakview-value-container" dir="auto">'
            f'<div class="wikibase-snakview-value wikibase-snakview-variation-valuesnak">{value}</div></div></div></div>'
            + (
                f'<div class="wikibase-statementview-qualifiers"><div class="wikibase-snaklistview listview-item">{quals}</div></div>'
                if quals
                else ""
            )
            + '</div><span class="wikibase-toolbar-container wikibase-edittoolbar-container"><span class="wikibase-toolbar wikibase-toolbar-item">'
            '<span class="wikibase-toolbarbutton wikibase-toolbar-item wikibase-toolbar-button wikibase-toolbar-button-edit">'
            '<a href="#" title=""><span class="wb-icon"></span>edit</a></span></span></span>'
            '<div class="wikibase-statementview-references-container"><div class="wikibase-statementview-references-heading">'
            f'<a class="ui-toggler ui-toggler-toggle ui-state-default"><span class="ui-toggler-icon ui-icon ui-icon-triangle-1-e"></span>'
            f'<span class="ui-toggler-label">{refs} reference{"" if refs == 1 else "s"}</span></a></div></div></div>'
        )

    def group(pid, label, statements):
        return (
            f'<div class="wikibase-statementgroupview listview-item" id="{pid}" data-property-id="{pid}">'
            '<div class="wikibase-statementgroupview-property"><div class="wikibase-statementgroupview-property-label" dir="auto">'
            f'<a title="Property:{pid}" href="#">{e(label)}</a></div></div>'
            '<div class="wikibase-statementlistview"><div class="wikibase-statementlistview-listview">'
            + "".join(statements)
            + '</div><span class="wikibase-toolbar-container wikibase-toolbar-wrapper"><span class="wikibase-addtoolbar wikibase-toolbar-item wikibase-toolbar wikibase-addtoolbar-container wikibase-toolbar-container">'
            '<span class="wikibase-toolbarbutton wikibase-toolbar-item wikibase-toolbar-button wikibase-toolbar-button-add">'
            '<a href="#"><span class="wb-icon"></span>add value</a></span></span></span></div></div>'
        )

    role, company = r["role"], r["company"]
    groups = [
        group("P31", "instance of", [statement(link("human"), refs=1)]),
        group("P106", "occupation", [statement(link("business executive"))]),
        group(
            "P39",
            "position held",
            [statement(link(role), [("of", link(company))] if company else [], refs=1)],
        ),
    ]
    if company:
        groups.append(group("P108", "employer", [statement(link(company), refs=1)]))
    groups.append(
        group("P9912", "biographical note", [statement(mono(p)) for p in r["bio"].split("\n\n")])
    )
    content = {
        "summary": ("P9913", [statement(mono(p)) for p in r["summary"].split("\n\n")]),
        "dims": (
            "P9914",
            [
                statement(
                    f'<span class="wb-quantity">{d["score"]}</span>',
                    [("criterion used", link(d["name"])), ("maximum value", "100")],
                )
                for d in r["dimensions"]
            ],
        ),
        "themes": ("P921", [statement(link(x)) for x in r["themes"]]),
        "principles": ("P9915", [statement(mono(p)) for p in r["principles"]]),
        "quotes": (
            "P1683",
            [
                statement(
                    mono(x["text"]),
                    [("attribution", mono(attr(x, n)))] if attr(x, n) else [],
                    refs=1,
                )
                for x in r["quotes"]
            ],
        ),
    }
    for k in sections(r):
        pid, statements = content[k]
        groups.append(group(pid, t[k], statements))
    aliases = [n.split()[-1] + ", " + " ".join(n.split()[:-1]), slug(n).replace("-", " ")]
    terms = "".join(
        f'<tr class="wikibase-entitytermsforlanguageview wikibase-entitytermsforlanguageview-{code}">'
        f'<td class="wikibase-entitytermsforlanguageview-language">{lang}</td>'
        f'<td class="wikibase-entitytermsforlanguageview-label">{e(n) if code != "fr" else "No label defined"}</td>'
        f'<td class="wikibase-entitytermsforlanguageview-description">{desc}</td>'
        f'<td class="wikibase-entitytermsforlanguageview-aliases">{al}</td></tr>'
        for code, lang, desc, al in (
            ("en", "English", e(r["headline"]), " | ".join(e(a) for a in aliases)),
            ("de", "German", "No description defined", ""),
            ("fr", "French", "No description defined", ""),
        )
    )
    sidebar = "".join(
        f'<li><a href="#">{x}</a></li>'
        for x in (
            "Main page",
            "Community portal",
            "Project chat",
            "Create a new Item",
            "Recent changes",
            "Random Item",
            "Query Service",
            "Nearby",
            "Help",
            "Donate",
        )
    )
    return (
        head(r, f"{n} - Wikibase")
        + '<body class="mediawiki ltr sitedir-ltr ns-120 page-Item_'
        + qid
        + ' skin-vector-2022 wb-itempage">'
        '<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">'
        '<button class="vector-main-menu-dropdown" aria-label="Main menu">☰</button><a href="#" class="mw-logo">Northwind Knowledge Base</a>'
        '<form id="searchform"><input type="search" name="search" placeholder="Search Northwind Knowledge Base" aria-label="Search"><button>Search</button></form>'
        '<nav class="vector-user-links"><a href="#">Create account</a> <a href="#">Log in</a> <button aria-label="Personal tools">…</button></nav></header></div>'
        '<div class="mw-page-container"><nav id="mw-panel" class="vector-main-menu"><div id="p-navigation"><h3>Navigation</h3><ul>'
        + sidebar
        + '</ul></div><div id="p-tb"><h3>Tools</h3><ul><li><a href="#">What links here</a></li><li><a href="#">Related changes</a></li>'
        '<li><a href="#">Permanent link</a></li><li><a href="#">Page information</a></li><li><a href="#">Concept URI</a></li><li><a href="#">Cite this page</a></li></ul></div></nav>'
        '<main id="content" class="mw-body"><div class="vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">'
        f'<span class="wikibase-title"><span class="wikibase-title-label">{e(n)}</span> <span class="wikibase-title-id">({qid})</span></span></h1></div>'
        '<div class="vector-page-toolbar"><nav aria-label="Namespaces"><a href="#" class="selected">Item</a> <a href="#">Discussion</a></nav>'
        '<nav aria-label="Views"><a href="#" class="selected">Read</a> <a href="#">View history</a></nav></div>'
        '<div id="bodyContent" class="vector-body"><div id="siteSub">From Northwind Knowledge Base</div>'
        f'<div id="mw-content-text" class="mw-body-content"><div class="wikibase-entityview wb-item" id="wb-item-{qid}" lang="en" dir="ltr">'
        '<div class="wikibase-entityview-main"><div class="wikibase-entitytermsview"><div class="wikibase-entitytermsview-heading">'
        f'<div class="wikibase-entitytermsview-heading-description">{e(r["headline"])}</div>'
        '<div class="wikibase-entitytermsview-heading-aliases"><ul class="wikibase-entitytermsview-aliases">'
        + "".join(
            f'<li class="wikibase-entitytermsview-aliases-alias">{e(a)}</li>' for a in aliases
        )
        + '</ul></div></div><div class="wikibase-entitytermsview-entitytermsforlanguagelistview">'
        '<h2 class="wb-section-heading">In more languages</h2><table class="wikibase-entitytermsforlanguagelistview">'
        "<thead><tr><th>Language</th><th>Label</th><th>Description</th><th>Also known as</th></tr></thead><tbody>"
        + terms
        + '</tbody></table><a href="#">All entered languages</a></div></div>'
        '<h2 class="wb-section-heading section-heading wikibase-statements" dir="auto"><span class="mw-headline" id="claims">Statements</span></h2>'
        '<div class="wikibase-statementgrouplistview"><div class="wikibase-listview">'
        + "".join(groups)
        + '</div></div><h2 class="wb-section-heading section-heading wikibase-identifiers" dir="auto"><span class="mw-headline" id="identifiers">Identifiers</span></h2>'
        '<div class="wikibase-statementgrouplistview"><div class="wikibase-listview">'
        + group("P2002", "X username", [statement(f"<code>{slug(n).replace('-', '')}</code>")])
        + '</div></div></div><div class="wikibase-entityview-side"><div class="wikibase-sitelinkgrouplistview">'
        '<h2 class="wb-section-heading section-heading wikibase-sitelinks" dir="auto"><span class="mw-headline" id="sitelinks">Sitelinks</span></h2>'
        '<div class="wikibase-sitelinkgroupview"><div class="wikibase-sitelinkgroupview-heading-container"><h3>Wikipedia<span class="wikibase-sitelinkgroupview-counter">(0 entries)</span></h3>'
        '<span class="wikibase-toolbar-container"><a href="#">edit</a></span></div></div></div></div></div></div></div>'
        '<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 4 March 2026, at 09:12.</li>'
        '<li id="footer-info-copyright">All structured data from the main, Property, Lexeme, and EntitySchema namespaces is available under the '
        '<a href="#">Creative Commons CC0 License</a>.</li></ul><ul id="footer-places"><li><a href="#">Privacy policy</a></li>'
        '<li><a href="#">About Northwind Knowledge Base</a></li><li><a href="#">Disclaimers</a></li><li><a href="#">Mobile view</a></li></ul>'
        '<ul id="footer-icons"><li><a href="#">Powered by Wikibase</a></li><li><a href="#">Powered by MediaWiki</a></li></ul></footer>'
        "</main></div></body></html>"
    )


# 5 a GitHub Projects board with an item opened in the side panel ---------------------------------------
GHPROJECTS = {
    "dims": "Rubric",
    "themes": "Labels",
    "summary": "Episode pitch",
    "principles": "House rules",
    "quotes": "Pull quotes",
}


def ghprojects(r, t=GHPROJECTS):
    n = r["name"]
    num = 40 + len(r["themes"])

    def h3(k):
        return f'<h3 dir="auto">{e(t[k])}</h3>'

    body = {
        "summary": h3("summary") + paras(r["summary"]).replace("<p>", '<p dir="auto">'),
        "dims": h3("dims")
        + '<ul dir="auto">'
        + "".join(f"<li>{e(d['name'])}: <code>{d['score']}</code></li>" for d in r["dimensions"])
        + "</ul>",
        "principles": h3("principles")
        + '<ol dir="auto">'
        + "".join(f"<li>{e(p)}</li>" for p in r["principles"])
        + "</ol>",
        "quotes": h3("quotes")
        + "".join(
            f'<blockquote><p dir="auto">{e(x["text"])}</p></blockquote>'
            + (f'<p dir="auto"><sub>— {e(attr(x, n))}</sub></p>' if attr(x, n) else "")
            for x in r["quotes"]
        ),
    }
    issue = (
        f'<p dir="auto"><strong>{e(n)}</strong> — <em>{e(r["headline"])}</em></p>'
        + paras(r["bio"]).replace("<p>", '<p dir="auto">')
        + "".join(body[k] for k in sections(r) if k != "themes")
    )
    colours = (
        "0e8a16",
        "1d76db",
        "5319e7",
        "fbca04",
        "d93f0b",
        "006b75",
        "b60205",
        "c5def5",
        "bfdadc",
    )
    labels = "\n".join(  # the page's source has a line break between labels
        f'<a href="#" class="IssueLabel" style="--label-color:#{colours[i % len(colours)]}"><span class="IssueLabel-text">{e(x)}</span></a>'
        for i, x in enumerate(r["themes"])
    )

    def card(title, no, status):
        return (
            '<div class="board-card" role="listitem" tabindex="0"><div class="card-meta"><svg class="octicon octicon-issue-opened" width="16" height="16"></svg>'
            f'<span class="repo">leader-profiles #{no}</span></div><a href="#" class="card-title">{e(title)}</a>'
            f'<div class="card-fields"><span class="token">{status}</span></div></div>'
        )

    cols = [
        ("Researching", [card(f"Guest: {OTHERS[2][0]}", 38, "Episode 41")]),
        (
            "Booked",
            [
                card(f"Guest: {n}", num, "Episode 37"),
                card(f"Guest: {OTHERS[1][0]}", 36, "Episode 38"),
            ],
        ),
        ("Recorded", [card(f"Guest: {OTHERS[0][0]}", 31, "Episode 36")]),
        ("Published", []),
    ]
    board = "".join(
        f'<div class="board-column" role="list" aria-label="{c}"><div class="column-header"><h3>{c}</h3>'
        f'<span class="Counter">{len(cards)}</span><button aria-label="Column menu">…</button></div>'
        + "".join(cards)
        + '<button class="add-item">+ Add item</button></div>'
        for c, cards in cols
    )
    timeline = "".join(
        f'<div class="TimelineItem"><div class="TimelineItem-badge">•</div><div class="TimelineItem-body">'
        f'<a href="#" class="author">{who}</a> {what} <relative-time>{when}</relative-time></div></div>'
        for who, what, when in (
            ("mholt", "added this to Season 4 guests", "3 days ago"),
            ("mholt", "moved this from Researching to Booked in Season 4 guests", "2 days ago"),
            ("draman", "added the guest-profile label", "yesterday"),
        )
    )
    panel = (
        '<div role="dialog" aria-label="Side panel" class="side-panel"><div class="panel-header">'
        '<button aria-label="Close panel">✕</button><a href="#">northwind-media/leader-profiles</a>'
        '<button aria-label="More actions">…</button></div>'
        f'<h2 class="issue-title"><bdi>Guest: {e(n)}</bdi> <span class="issue-number">#{num}</span></h2>'
        '<div class="state"><span class="State State--open">Open</span> <a href="#">mholt</a> opened this issue 3 days ago · 2 comments</div>'
        '<div class="panel-layout"><div class="panel-main"><div class="comment"><div class="comment-header">'
        '<img src="/avatars/mholt.png" alt="@mholt" width="20"><strong>mholt</strong> commented 3 days ago '
        '<span class="Label">Member</span><button aria-label="Comment options">…</button></div>'
        f'<div class="comment-body markdown-body">{issue}</div>'
        '<div class="reactions"><button>👍 3</button><button>🎉 1</button></div></div>'
        + timeline
        + '<div class="comment"><div class="comment-header"><strong>draman</strong> commented yesterday</div>'
        '<div class="comment-body markdown-body"><p dir="auto">Scores double-checked with the second rater. Ready for the host.</p></div></div>'
        '<div class="new-comment"><textarea placeholder="Use Markdown to format your comment" aria-label="Add a comment"></textarea>'
        "<button>Close issue</button><button>Comment</button></div></div>"
        '<div class="panel-sidebar"><div class="sidebar-section"><h4>Assignees</h4><a href="#">mholt</a></div>'
        f'<div class="sidebar-section"><h4>{e(t["themes"])}</h4><div class="labels">{labels}</div></div>'
        '<div class="sidebar-section"><h4>Projects</h4><div class="project-fields"><div class="field"><span class="field-name">Status</span>'
        '<span class="field-value">Booked</span></div><div class="field"><span class="field-name">Episode</span><span class="field-value">37</span></div>'
        '<div class="field"><span class="field-name">Recording date</span><span class="field-value">Mar 17, 2026</span></div></div></div>'
        '<div class="sidebar-section"><h4>Milestone</h4><span>Season 4</span></div>'
        '<div class="sidebar-section"><h4>Development</h4><span>No branches or pull requests</span></div>'
        '<div class="sidebar-section"><h4>Notifications</h4><button>🔕 Unsubscribe</button>'
        "<p>You're receiving notifications because you were assigned.</p></div></div></div></div>"
    )
    return (
        head(r, f"Season 4 guests · Guest: {n} · GitHub")
        + '<body><header class="AppHeader"><button aria-label="Open global navigation menu">☰</button><a href="#" aria-label="Homepage">GitHub</a>'
        '<nav aria-label="Breadcrumbs"><a href="#">northwind-media</a> / <a href="#">Projects</a> / <strong>Season 4 guests</strong></nav>'
        '<button class="search">Type <kbd>/</kbd> to search</button><a href="#" aria-label="You have unread notifications">🔔</a></header>'
        '<main><div class="project-header"><h1>Season 4 guests</h1><button>⚙ Settings</button><button>Share</button></div>'
        '<nav class="view-tabs" aria-label="Views"><a href="#" aria-current="page">Board</a><a href="#">Table</a><a href="#">Roadmap</a>'
        '<button>+ New view</button></nav><div class="filter-bar"><input aria-label="Filter by keyword or by field" placeholder="Filter by keyword or by field" value="is:open">'
        '<button>Discard</button><button>Save</button></div><div class="board" role="list">'
        + board
        + "</div>"
        + panel
        + "</main></body></html>"
    )


# 6 an article saved to Instapaper ----------------------------------------------------------------------
INSTAPAPER = {
    "dims": "By the numbers",
    "themes": "Filed under",
    "summary": "Listen to the episode",
    "principles": "What guides them",
    "quotes": "Overheard",
}


def instapaper(r, t=INSTAPAPER):
    n = r["name"]

    def h2(k):
        return f"<h2>{e(t[k])}</h2>"

    body = {
        "summary": h2("summary") + paras(r["summary"]),
        "dims": h2("dims")
        + "<table><tbody>"
        + "".join(
            f"<tr><td>{e(d['name'])}</td><td>{d['score']}/100</td></tr>" for d in r["dimensions"]
        )
        + "</tbody></table>",
        "themes": h2("themes")
        + "<ul>"
        + "".join(
            f'<li><a href="https://leaders.northwind.fm/topics/{slug(x)}">{e(x)}</a></li>'
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
            + (f"<p>— {e(attr(x, n))}</p>" if attr(x, n) else "")
            + "</blockquote>"
            for x in r["quotes"]
        ),
    }
    words = len(" ".join([r["bio"], r["summary"], *r["principles"]]).split()) + 30 * len(
        r["quotes"]
    )
    related = "".join(
        f'<li class="article_item"><a href="#" class="article_title">{e(a)} | Northwind Leaders</a>'
        f'<div class="article_preview">{e(h)}</div><div class="article_meta">leaders.northwind.fm · 6 min</div></li>'
        for a, h in OTHERS
    )
    fonts = "".join(
        f'<li><button class="font-option">{f}</button></li>'
        for f in ("Lyon", "Elena", "Graphik", "Tiempos", "Atkinson")
    )
    return (
        head(r, f"{n} | Northwind Leaders - Instapaper")
        + '<body class="read_page"><nav class="top_nav"><a href="#" class="logo">Instapaper</a><ul class="nav_links">'
        '<li><a href="#">Home</a></li><li><a href="#">Liked</a></li><li><a href="#">Archive</a></li><li><a href="#">Highlights</a></li>'
        '<li><a href="#">Browse</a></li></ul><div class="user_menu"><button aria-label="Search">🔍</button><button>sam@northwind.fm ▾</button></div></nav>'
        '<div class="reading_toolbar" role="toolbar"><button class="text_settings" aria-haspopup="true">Aa</button>'
        '<div class="text_settings_menu" hidden><p class="menu_label">Font</p><ul class="fonts">'
        + fonts
        + '</ul><p class="menu_label">Size</p><button>A−</button><button>A+</button><p class="menu_label">Line height</p><button>−</button><button>+</button>'
        '<p class="menu_label">Width</p><button>Narrow</button><button>Wide</button><p class="menu_label">Theme</p><button>Light</button><button>Sepia</button><button>Dark</button></div>'
        '<button aria-label="Highlight">🖍 Highlight</button><button aria-label="Share">Share</button><button aria-label="Like">♡ Like</button>'
        '<button aria-label="Move to Archive">Archive</button><button aria-label="Delete">Delete</button></div>'
        f'<div id="titlebar"><h1 class="title">{e(n)} | Northwind Leaders</h1><div class="origin_line">'
        '<a href="https://leaders.northwind.fm/" class="original">leaders.northwind.fm</a> · <span class="author">Sam Okoro</span> · '
        f'<span class="time">{max(2, words // 230)} min</span></div></div>'
        '<div id="story" class="story"><div>'
        f"<p><em>{e(r['headline'])}</em></p>"
        + paras(r["bio"])
        + "".join(body[k] for k in sections(r))
        + '</div></div><div class="bottom_bar"><a href="#" class="original_link">View original</a>'
        '<button>Move to Archive</button><button>♡ Like</button></div><aside class="highlights_pane"><h3>Your highlights (0)</h3>'
        "<p>Select text to highlight it. Highlights are saved to your notes.</p></aside>"
        '<section class="related"><h3>More in your Instapaper</h3><ul>'
        + related
        + '</ul></section><footer class="site_footer"><a href="#">About</a> · <a href="#">Help</a> · <a href="#">Blog</a> · '
        '<a href="#">Privacy</a> · <a href="#">Terms</a> · <span>© 2026 Instant Paper, Inc.</span></footer></body></html>'
    )


# 7 an Airtable expanded record over its grid -----------------------------------------------------------
AIRTABLE = {
    "dims": "Rubric scores",
    "themes": "Topics",
    "summary": "Episode notes",
    "principles": "Operating rules",
    "quotes": "Quote bank",
}


def airtable(r, t=AIRTABLE):
    n = r["name"]

    def field(label, cell, icon="A"):
        return (
            '<div class="labelCellPair"><div class="fieldLabel flex items-center">'
            f'<span class="fieldIcon" aria-hidden="true">{icon}</span><span class="truncate">{e(label)}</span></div>'
            f'<div class="cellContainer"><div class="cell read">{cell}</div></div></div>'
        )

    def rich(inner):
        return f'<div class="richText cellEditor">{inner}</div>'

    fields = {
        "summary": field(t["summary"], rich(paras(r["summary"])), "¶"),
        "dims": '<div class="fieldSection"><div class="fieldSectionHeader" role="button" aria-expanded="true">'
        f'<span class="chevron">▾</span><span class="sectionName">{e(t["dims"])}</span>'
        f'<span class="sectionCount">{len(r["dimensions"])} fields</span></div>'
        + "".join(
            field(
                d["name"], f'<div class="number" style="text-align:right">{d["score"]}</div>', "#"
            )
            for d in r["dimensions"]
        )
        + "</div>",
        "themes": field(
            t["themes"],
            '<div class="choiceTokens">'
            + "".join(
                f'<div class="choiceToken" style="background:#{c}"><div class="truncate">{e(x)}</div></div>'
                for x, c in zip(
                    r["themes"],
                    (
                        "d0f0fd",
                        "ffeab6",
                        "d1f7c4",
                        "ffdce5",
                        "ede2fe",
                        "c2f5e9",
                        "fee2d5",
                        "e5e9f0",
                        "cfdfff",
                    ),
                    strict=False,
                )
            )
            + "</div>",
            "☰",
        ),
        "principles": field(
            t["principles"],
            rich("<ul>" + "".join(f"<li>{e(p)}</li>" for p in r["principles"]) + "</ul>"),
            "¶",
        ),
        "quotes": field(
            t["quotes"],
            rich(
                "".join(
                    f"<blockquote>{e(x['text'])}</blockquote>"
                    + (f"<p>— {e(attr(x, n))}</p>" if attr(x, n) else "")
                    for x in r["quotes"]
                )
            ),
            "¶",
        ),
    }
    record = (
        field("Guest", f'<div class="text">{e(n)}</div>', "A")
        + field("Headline", f'<div class="text">{e(r["headline"])}</div>', "A")
        + field(
            "Status",
            '<div class="choiceToken" style="background:#d1f7c4"><div class="truncate">Confirmed</div></div>',
            "▾",
        )
        + field("Bio", rich(paras(r["bio"])), "¶")
        + "".join(fields[k] for k in sections(r))
        + field(
            "Episode", '<div class="foreignRecord"><div class="truncate">S4E37</div></div>', "↗"
        )
        + field("Recording date", "<div>3/17/2026</div>", "▦")
        + field(
            "Producer",
            '<div class="collaborator"><img src="/avatars/mh.png" alt=""> Mira Holt</div>',
            "👤",
        )
        + field("Last modified", "<div>3/12/2026 10:42am</div>", "⏱")
    )
    rows = "".join(
        f'<div class="dataRow" data-rowid="rec{i}"><div class="cell primary">{e(a)}</div><div class="cell">{e(h)}</div>'
        f'<div class="cell"><div class="choiceToken">{s}</div></div></div>'
        for i, (a, h, s) in enumerate(
            [(n, r["headline"], "Confirmed"), *((a, h, "Researching") for a, h in OTHERS)], 1
        )
    )
    comments = "".join(
        f'<div class="comment"><div class="commentAuthor">{who}</div><div class="commentTime">{when}</div>'
        f'<div class="commentText">{e(what)}</div></div>'
        for who, when, what in (
            ("Mira Holt", "2 days ago", "Scores are final after the second rater."),
            (
                "Dev Raman",
                "yesterday",
                f"Added the pronunciation of {first(r)}'s name to the run sheet.",
            ),
        )
    )
    tables = "".join(
        f'<div role="tab" class="tableTab{" selected" if x == "Guests" else ""}">{x}</div>'
        for x in ("Guests", "Episodes", "Sponsors", "Raters")
    )
    return (
        head(r, "Guests: Grid view - Leaders Podcast CRM - Airtable")
        + '<body><div id="hyperbaseContainer"><header class="appTopBar"><a href="#" aria-label="Back to home" class="logo">Airtable</a>'
        '<div class="baseName">Leaders Podcast CRM ▾</div><nav class="appNav"><a href="#" aria-current="page">Data</a><a href="#">Automations</a>'
        '<a href="#">Interfaces</a><a href="#">Forms</a></nav><div class="topBarRight"><button>Help</button><button>🔔</button>'
        '<button class="share">Share</button><img src="/avatars/sam.png" alt="Account"></div></header>'
        '<div class="tableTabs" role="tablist">'
        + tables
        + '<button aria-label="Add or import">+ Add or import</button></div>'
        '<div class="viewBar"><button>☰ Views</button><span class="viewName">Grid view</span><button>Hide fields</button>'
        "<button>Filter</button><button>Group</button><button>Sort</button><button>Color</button><button>Share view</button></div>"
        '<div class="gridView"><div class="headerRow"><div class="cell primary">Guest</div><div class="cell">Headline</div>'
        '<div class="cell">Status</div></div>'
        + rows
        + '<div class="summaryBar">4 records</div></div>'
        '<div class="expandedRecordContainer" role="dialog" aria-modal="true"><div class="expandedRecord">'
        '<div class="expandedRecordHeader"><button aria-label="Previous record">▲</button><button aria-label="Next record">▼</button>'
        f'<h2 class="recordName">{e(n)}</h2><span class="recordPager">1 of 4</span>'
        '<button aria-label="Copy record URL">🔗</button><button aria-label="Expand">⤢</button><button aria-label="Close">✕</button></div>'
        '<div class="expandedRecordBody"><div class="fields">'
        + record
        + '<button class="addField">+ Add field</button></div><aside class="activityPane"><div class="activityTabs">'
        '<button aria-selected="true">Comments</button><button>Revision history</button></div>'
        + comments
        + '<textarea placeholder="Leave a comment, @mention a collaborator" aria-label="Comment"></textarea></aside></div></div></div>'
        "</div></body></html>"
    )


# 8 a Google Sites page ---------------------------------------------------------------------------------
GSITES = {
    "dims": "Leadership profile",
    "themes": "Areas of focus",
    "summary": "About the session",
    "principles": "Guiding beliefs",
    "quotes": "In their own words",
}


def gsites(r, t=GSITES):
    n = r["name"]

    def text_box(inner):
        return (
            '<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">'
            '<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">'
            f"{inner}</div></div></div>"
        )

    def row(*boxes):
        return f'<div class="oKdM2c ZZyype">{"".join(boxes)}</div>'

    def p(text, style=""):
        s = f' style="{style}"' if style else ""
        return f'<p dir="ltr" class="zfr3Q CDt4Ke"{s}><span class="C9DxTc">{text}</span></p>'

    def title(k):
        return row(
            text_box(
                f'<h2 id="h.{slug(t[k])[:8]}" dir="ltr" class="zfr3Q OmQG5e"><span class="C9DxTc">{e(t[k])}</span></h2>'
            )
        )

    def section(inner):
        return f'<section id="h.{len(inner) % 9973:x}" class="yaqOZd"><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">{inner}</div></div></section>'

    parts = {
        "summary": title("summary")
        + row(text_box("".join(p(e(x)) for x in r["summary"].split("\n\n")))),
        "dims": title("dims")
        + "".join(
            row(
                text_box(p(e(d["name"]))),
                text_box(p(f"<strong>{d['score']}</strong>", "text-align: right;")),
            )
            for d in r["dimensions"]
        ),
        "themes": title("themes")
        + row(
            text_box(
                '<ul class="n8H08c UVNKR">'
                + "".join(
                    f'<li class="zfr3Q TYR86d eD0Rn" dir="ltr"><p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">{e(x)}</span></p></li>'
                    for x in r["themes"]
                )
                + "</ul>"
            )
        ),
        "principles": title("principles")
        + row(
            text_box(
                '<ol class="n8H08c BKnRcf">'
                + "".join(
                    f'<li class="zfr3Q TYR86d eD0Rn" dir="ltr"><p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">{e(x)}</span></p></li>'
                    for x in r["principles"]
                )
                + "</ol>"
            )
        ),
        "quotes": title("quotes")
        + "".join(
            row(
                text_box(p(f"<em>“{e(x['text'])}”</em>")),
                text_box(p(e(attr(x, n)), "text-align: right;") if attr(x, n) else p("")),
            )
            for x in r["quotes"]
        ),
    }
    banner = section(
        row(text_box(f'<h1 dir="ltr" class="zfr3Q duRjpb"><span class="C9DxTc">{e(n)}</span></h1>'))
        + row(text_box(p(e(r["headline"]), "text-align: center;")))
    )
    SELECTED = ' aria-selected="true"'
    nav = "".join(
        f'<li jsname="ibnC6b" class="VsJjtf{" ZmqAt" if x == "Speakers" else ""}"><div class="PsKE7e"><a class="aJHbb dk90Ob" href="#"'
        f"{SELECTED if x == 'Speakers' else ''}>{x}</a></div></li>"
        for x in ("Home", "Programme", "Speakers", "Venue", "Register", "Contact")
    )
    return (
        head(r, "Northwind Leadership Forum 2026 - " + n)
        + '<body class="UtePc RCETm yxgWrb"><div class="Xpil1b xgQ6eb"></div>'
        '<div class="Xpil1b"><a class="Xpil1b" href="#h.main">Skip to main content</a><a class="Xpil1b" href="#h.nav">Skip to navigation</a></div>'
        '<div jsname="ywL4Jf" class="zDUgLc"><header id="atIdViewHeader" class="BbxBP HP6J1d K5Zlne"><div class="Ypa5Xe"></div>'
        '<div class="TlfmSc YSH9J"><a class="GAuSPc" href="#"><img src="https://lh3.googleusercontent.com/sitelogo=w16383" class="lzy1Td" alt="">'
        '<span class="QTKDff">Northwind Leadership Forum 2026</span></a></div><nav id="h.nav" class="plFg0c" role="navigation"><ul class="jgXgSe HlqNPb">'
        + nav
        + '</ul></nav><div class="VLoccc"><div role="button" aria-label="Open search bar" class="U26fgb">🔍</div></div></header>'
        '<div role="main" tabindex="-1" class="UtePc RCETm" id="h.main">'
        + banner
        + section(row(text_box("".join(p(e(x)) for x in r["bio"].split("\n\n")))))
        + "".join(section(parts[k]) for k in sections(r))
        + section(
            row(
                text_box(
                    p(
                        'Registration closes on 10 April. <a href="#">Book your place</a>.',
                        "text-align: center;",
                    )
                )
            )
        )
        + '</div></div><div class="Xpil1b dZA9kd" role="contentinfo"><div class="rLTNrc"><a href="#">Google Sites</a></div>'
        '<div class="LqzjUe"><div role="button" class="U26fgb">Report abuse</div><div role="button" class="U26fgb">Page details</div>'
        '<div class="page-updated">Page updated</div></div></div>'
        '<div class="cookie-bar" role="alertdialog" aria-live="polite"><span>This site uses cookies from Google to deliver its services and to analyze traffic.</span>'
        '<a href="#">Learn more</a><div role="button" class="U26fgb">Ok, Got it</div></div></body></html>'
    )


DESIGNS = {
    "pptweb": pptweb,
    "pdf2htmlex": pdf2htmlex,
    "bluesky": bluesky,
    "wikibase": wikibase,
    "ghprojects": ghprojects,
    "instapaper": instapaper,
    "airtable": airtable,
    "gsites": gsites,
}

HELD_BACK = (
    "pdf2htmlex",
    "wikibase",
    "instapaper",
)  # and their -std twins: measured only, never fitted


def _standard(render):
    return lambda r: render(r, STANDARD)


STANDARD_TITLES = {f"{k}-std": _standard(v) for k, v in DESIGNS.items()}
