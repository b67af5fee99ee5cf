"""Put a profile inside a real site's chrome, the way a site would serve it or a browser copy it.

Generic on purpose: the real page's main content element is found the way a reader-mode tool
finds it (``<main>``, ``role=main``, the largest ``<article>``, else the element that holds the
most paragraph text), never by one site's class names, so new site designs need no code here.

- :func:`embed_html` keeps the real page whole (head, banners, menus, sidebars, footer) and
  swaps the children of its main content element for the profile's main content.
- :func:`embed_text` renders the real page as a browser's select-all copy would (block elements
  on their own lines, paragraphs set apart by a blank line) and puts the profile's text where the
  main content was: the site's header and menu lines above it, its sidebar and footer below.
"""

from __future__ import annotations

import copy
import re

import lxml.html
from lxml import etree

from extractor.load.decode import decode

_MARKER = "\u2063PROFILE-GOES-HERE\u2063"
_NEVER_TEXT = frozenset("head script style noscript template svg math iframe object".split())
_PROSE_MIN_CHARS = 25
_CONTENT_MIN_CHARS = 500
_FRAME = frozenset("header footer nav aside".split())
_NOT_CONTAINERS = frozenset(
    "html body header footer nav aside p li h1 h2 h3 h4 h5 h6 dt dd".split()
)
_BLOCK = frozenset(
    """address article aside blockquote body caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main nav ol p
    pre section summary table tbody td tfoot th thead tr ul""".split()
)
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


def parse_page(data: bytes) -> etree._Element:
    """A real page's tree, decoded the way the extractor decodes it (BOM, UTF-8, charset)."""
    text = decode(data, html=True).text
    return lxml.html.document_fromstring(text.encode("utf-8"), parser=_parser())


def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, no_network=True, huge_tree=True
    )


def main_content(root: etree._Element) -> etree._Element:
    """The element that holds the page's main content, found by markup and by text mass."""
    for query in ("//main", "//*[@role='main']", "//article"):
        found = [e for e in root.xpath(query) if _holds_content(e)]
        if found:
            return max(found, key=_text_length)
    return _largest_text_container(root)


def _holds_content(element: etree._Element) -> bool:
    """A main/article element that is the page's content, not a teaser card in a list."""
    if any(a.tag in {"li", "a"} for a in element.iterancestors()):
        return False
    return _text_length(element) >= _CONTENT_MIN_CHARS


def _largest_text_container(root: etree._Element) -> etree._Element:
    """The block that holds the most paragraph text, scored as reader-mode tools score it.

    Every run of prose (direct text of at least a sentence's length) scores its length for the
    block that holds it and half that for the block around it, so the container of many
    paragraphs wins over any one paragraph and over the page wrapper. Page frame elements
    (header, footer, nav, aside) are never candidates.
    """
    scores: dict[etree._Element, float] = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _NEVER_TEXT:
            continue
        length = len(_SPACES.sub(" ", _direct_text(element)).strip())
        if length < _PROSE_MIN_CHARS or _under_dropped(element):
            continue
        container = _container_of(element.getparent())
        for weight in (1.0, 0.5):
            if container is None:
                break
            scores[container] = scores.get(container, 0.0) + weight * length
            container = _container_of(container.getparent())
    if not scores:
        body = root.find("body")
        return body if body is not None else root
    return max(scores, key=lambda e: scores[e])


def _direct_text(element: etree._Element) -> str:
    return (element.text or "") + "".join(
        child.tail or "" for child in element if isinstance(child.tag, str)
    )


def _container_of(element: etree._Element | None) -> etree._Element | None:
    """The nearest block around ``element`` that can hold a page's content (not a paragraph)."""
    while element is not None and not _may_hold_content(element):
        if element.tag in {"body", "html"} or element.tag in _FRAME:
            return None
        element = element.getparent()
    return element


def _may_hold_content(element: etree._Element) -> bool:
    if element.tag not in _BLOCK or element.tag in _NOT_CONTAINERS:
        return False
    return not any(a.tag in _FRAME for a in element.iterancestors())


def _under_dropped(element: etree._Element) -> bool:
    return any(a.tag in _NEVER_TEXT for a in element.iterancestors())


def _text_length(element: etree._Element) -> int:
    return len(_SPACES.sub(" ", "".join(_visible_text(element))).strip())


def _visible_text(element: etree._Element) -> list[str]:
    parts: list[str] = []
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag in _NEVER_TEXT or _under_dropped(node):
            continue
        parts.append(node.text or "")
        for child in node:
            parts.append(child.tail or "")
    return parts


def embed_html(real_page: bytes, profile_page: bytes) -> bytes:
    """The real page, whole, with the profile's main content in place of its own.

    The profile page's structured data (JSON-LD, framework blobs) travels with it, as it would
    on a site that serves the profile; the real page's own structured data stays too.
    """
    root = parse_page(real_page)
    profile = parse_page(profile_page)
    target = main_content(root)
    source = main_content(profile)
    for child in list(target):
        target.remove(child)
    target.text = source.text
    for child in source:
        target.append(copy.deepcopy(child))
    head = _head(root)
    for script in _structured_scripts(profile):
        head.append(copy.deepcopy(script))
    _declare_utf8(head)
    html = lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    return html.encode("utf-8")


def _structured_scripts(root: etree._Element) -> list[etree._Element]:
    found: list[etree._Element] = root.xpath(
        "//script[@type='application/ld+json' or @id='__NEXT_DATA__' or @id='__NUXT_DATA__'"
        " or @id='__APOLLO_STATE__']"
    )
    return found


def _head(root: etree._Element) -> etree._Element:
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    return head


def _declare_utf8(head: etree._Element) -> None:
    """The page is written back as UTF-8, so its own charset declarations must go."""
    for meta in head.xpath(".//meta[@charset or @http-equiv]"):
        if meta.get("charset") or (meta.get("http-equiv") or "").lower() == "content-type":
            meta.getparent().remove(meta)
    head.insert(0, etree.Element("meta", charset="utf-8"))


def embed_text(real_page: bytes, profile_text: str) -> str:
    """The real page as copied text, with the profile's text where its main content was."""
    root = parse_page(real_page)
    target = main_content(root)
    placeholder = etree.Element("p")
    placeholder.text = _MARKER
    placeholder.tail = target.tail
    target.getparent().replace(target, placeholder)
    body = root.find("body")
    above, _, below = render_text(body if body is not None else root).partition(_MARKER)
    profile = profile_text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return f"{above.rstrip()}\n\n{profile}\n\n{below.lstrip()}".strip("\n") + "\n"


def render_text(root: etree._Element) -> str:
    """innerText, roughly: block elements on their own lines, a blank line around paragraphs."""
    out: list[str | int] = []  # strings, or a required number of line breaks
    _render(root, out)
    return _join(out)


def _render(element: etree._Element, out: list[str | int]) -> None:
    if not isinstance(element.tag, str) or element.tag in _NEVER_TEXT:
        return
    if element.get("hidden") is not None or "display:none" in (element.get("style") or "").replace(
        " ", ""
    ):
        return
    breaks = 2 if element.tag == "p" else 1 if element.tag in _BLOCK else 0
    if element.tag == "br":
        out.append("\n")
    if breaks:
        out.append(breaks)
    if element.text:
        out.append(element.text)
    for child in element:
        _render(child, out)
        if child.tail:
            out.append(child.tail)
    if breaks:
        out.append(breaks)
    elif element.tag in {"td", "th"}:
        out.append("\t")


def _join(out: list[str | int]) -> str:
    """Runs of required breaks collapse to their maximum; spaces collapse inside lines."""
    lines: list[str] = []
    current = ""
    pending = 0
    for item in out:
        if isinstance(item, int):
            pending = max(pending, item)
            continue
        for index, piece in enumerate(item.split("\n")):
            if index:
                pending = max(pending, 1)
            text = _SPACES.sub(" ", piece)
            if not text.strip():
                if current and text:
                    current = current.rstrip() + " "
                continue
            if pending and current.strip():
                lines.append(current.strip())
                lines.extend([""] * (pending - 1))
                current = ""
            pending = 0
            current += text.lstrip() if not current else text
    if current.strip():
        lines.append(current.strip())
    return "\n".join(_squeeze_blank(lines))


def _squeeze_blank(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        if not line and (not kept or not kept[-1]):
            continue
        kept.append(line)
    return kept
