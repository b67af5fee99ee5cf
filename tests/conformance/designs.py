"""Site designs of our own: a record rendered into div soup with chrome all around it.

Each design takes a record (a golden file's fields) and writes the page a site would serve:
no h1/h2 for the profile, the name in a styled ``div`` or ``p``, section titles in whatever
element the design likes, and chrome above and below in several languages: brand, menu,
breadcrumbs, login box, cookie banner with no telling class, share buttons, "related leaders"
cards (names and headlines, the very shape of a profile's top), comments, footer.
Parsing the page must give back the record. Add a design by adding a function to DESIGNS.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

Record = dict[str, Any]

_RELATED = (
    ("Jordan Avery", "Chief Technology Officer at Northbeam"),
    ("Marisol Quintero", "VP Product at Tessellate"),
    ("Henrik Dahl", "Founder and CEO at Brightwater Labs"),
)


def _e(text: str) -> str:
    return escape(text, quote=False)


def _paragraphs(text: str | None) -> list[str]:
    return [p for p in (text or "").split("\n\n") if p]


def _attribution(quote: Record, name: str) -> str | None:
    speaker, context = quote["speaker"], quote["context"]
    if speaker != name:
        return f"{speaker}, {context}" if context else speaker
    return context


def _sections(
    record: Record,
    title: Callable[[str], str],
    item: Callable[[str], str],
    chips: Callable[[list[str]], str],
) -> str:
    """The profile's sections, in the usual order, with the design's title, item and chip
    markup."""
    out: list[str] = []
    name = record["name"]
    if record["dimensions"]:
        rows = "".join(
            f'<div class="row"><span class="lbl">{_e(d["name"])}</span>'
            f'<span class="val">{d["score"]}%</span></div>'
            for d in record["dimensions"]
        )
        out.append(f'{title("Dimension Profile")}<div class="dims">{rows}</div>')
    if record["themes"]:
        out.append(f"{title('Key Themes')}{chips(record['themes'])}")
    if record["summary"]:
        # <p>, not <div>: a text copy of divs loses the blank line between paragraphs, and
        # telling paragraphs from wrapped lines is the text reader's business, not chrome's.
        body = "".join(f'<p class="txt">{_e(p)}</p>' for p in _paragraphs(record["summary"]))
        out.append(f"{title('Episode Summary')}{body}")
    if record["principles"]:
        body = "".join(item(p) for p in record["principles"])
        out.append(f"{title('Leadership Principles')}<div>{body}</div>")
    if record["quotes"]:
        parts = []
        for quote in record["quotes"]:
            who = _attribution(quote, name)
            cite = f'<div class="cite">— {_e(who)}</div>' if who else ""
            parts.append(f'<div class="q"><div class="qt">“{_e(quote["text"])}”</div>{cite}</div>')
        out.append(f"{title('Notable Quotes')}{''.join(parts)}")
    for extra in record["extra_sections"]:
        body = "".join(f'<p class="txt">{_e(p)}</p>' for p in _paragraphs(extra["text"]))
        out.append(f"{title(extra['title'])}{body}")
    return "\n".join(f'<div class="sec">{part}</div>' for part in out)


_KNOWN_TITLES = frozenset(
    (
        "Dimension Profile",
        "Key Themes",
        "Episode Summary",
        "Leadership Principles",
        "Notable Quotes",
    )
)


def _shout(title: str) -> str:
    """Known titles in capitals (as some sites type them); an extra section's title as is,
    since its text is what the record keeps."""
    return title.upper() if title in _KNOWN_TITLES else title


def _head(record: Record) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(record['name'])} | Leaders Hub</title></head><body>"
    )


def _top(record: Record) -> str:
    bio = "".join(f'<p class="bio">{_e(p)}</p>' for p in _paragraphs(record["bio"]))
    headline = (
        f'<div class="text-lg text-gray-600">{_e(record["headline"])}</div>'
        if record["headline"]
        else ""
    )
    return f'<div class="text-4xl font-extrabold">{_e(record["name"])}</div>\n{headline}\n{bio}'


def _related_cards() -> str:
    cards = "".join(
        f'<div class="card"><div class="card-name font-bold">{n}</div>'
        f'<div class="card-role">{h}</div><a href="/l/{i}">View profile</a></div>'
        for i, (n, h) in enumerate(_RELATED)
    )
    return f'<div class="related"><div class="related-title">Related Leaders</div>{cards}</div>'


def tailwind_soup(record: Record) -> str:
    """Utility-class div soup; brand, menu, an unmarked cookie banner, cards and comments."""
    return (
        _head(record)
        + '<div class="fixed bottom-0 p-4"><div>We use cookies to give you the best experience.'
        " By using this site you agree to our use of cookies.</div>"
        '<span class="btn">Got it</span></div>\n'
        '<div class="text-2xl font-bold">Leaders Hub</div>\n'
        '<div class="flex gap-4"><a href="/">Home</a><a href="/leaders">Leaders</a>'
        '<a href="/podcast">Podcast</a><a href="/about">About us</a></div>\n'
        f'<div class="crumbs">Home › Leaders › {_e(record["name"])}</div>\n'
        '<div class="max-w-3xl">\n'
        + _top(record)
        + "\n"
        + _sections(
            record,
            lambda t: f'<div class="text-xl font-bold uppercase">{_e(_shout(t))}</div>',
            lambda p: f'<div class="flex"><span>•</span><div>{_e(p)}</div></div>',
            lambda ts: '<ul class="flex">' + "".join(f"<li>{_e(t)}</li>" for t in ts) + "</ul>",
        )
        + '\n<div class="share"><span>Share</span> <a href="#">X</a> <a href="#">LinkedIn</a>'
        "</div>\n</div>\n"
        + _related_cards()
        + '\n<div class="comments"><div class="font-bold">2 comments</div>'
        '<div class="c"><div class="who">Pat Lee</div><div>Great episode, I learned a lot'
        " about how teams work and will share it with mine.</div></div></div>\n"
        '<div class="footer"><div>© 2026 Leaders Hub</div><a href="/privacy">Privacy</a>'
        '<a href="/terms">Terms</a></div></body></html>'
    )


def german_portal(record: Record) -> str:
    """A German portal: login box, skip link, titles in <p> with a colon, footer "Nach oben"."""
    return (
        _head(record) + '<div><a href="#inhalt">Zum Inhalt springen</a></div>\n'
        '<div class="kopf"><div class="logo">Führungsköpfe</div>'
        '<div class="login"><div>Benutzername</div><div>Passwort</div>'
        "<div>Anmelden</div></div></div>\n"
        '<div class="menue"><div>Startseite</div><div>Über uns</div><div>Themen</div>'
        "<div>Kontakt</div></div>\n"
        '<div class="hinweis">Diese Website verwendet Cookies. Wenn Sie weiter surfen,'
        " stimmen Sie der Verwendung zu.</div>\n"
        '<div id="inhalt"><div class="person">\n'
        + _top(record)
        + "\n"
        + _sections(
            record,
            lambda t: f'<p class="zwischentitel">{_e(t)}:</p>',
            lambda p: f"<p>• {_e(p)}</p>",
            lambda ts: "<p>" + " · ".join(f"<span>{_e(t)}</span>" for t in ts) + "</p>",
        )
        + "\n</div></div>\n"
        '<div class="seitenleiste"><p class="titel">Weitere Köpfe</p>'
        + "".join(f"<p>{n}</p><p>{h}</p>" for n, h in _RELATED)
        + "</div>\n"
        '<div class="fuss"><div>Nach oben</div><div>Impressum</div><div>Datenschutz</div>'
        "<div>© 2026 Führungsköpfe GmbH</div></div></body></html>"
    )


def table_layout(record: Record) -> str:
    """Old table layout: menu and "related" links in a left cell, bold titles, <br> lines."""
    related = "<br>".join(f'<a href="/l/{i}">{n}</a>' for i, (n, _) in enumerate(_RELATED))
    return (
        _head(record)
        + '<table width="100%"><tr><td colspan="2"><font size="6"><b>LEADERS HUB</b></font>'
        "</td></tr><tr>"
        f'<td width="20%" valign="top">Home<br>Archive<br>Contact<br><br>'
        f"<b>Related</b><br>{related}</td>"
        '<td valign="top">\n'
        + _top(record)
        + "\n"
        + _sections(
            record,
            lambda t: f"<div><b>{_e(t)}</b></div>",
            lambda p: f"<div>- {_e(p)}</div>",
            lambda ts: "".join(f"<div>{_e(t)}</div>" for t in ts),
        )
        + '\n</td></tr><tr><td colspan="2"><small>Webmaster | Imprint | Back to top'
        "</small></td></tr></table></body></html>"
    )


DESIGNS: dict[str, Callable[[Record], str]] = {
    "tailwind-soup": tailwind_soup,
    "german-portal": german_portal,
    "table-layout": table_layout,
}
