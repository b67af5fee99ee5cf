"""Markdown as converters write it, before the line reader sees it: raw HTML, escapes, tables,
reference links, link rows.

html2text, markdownify, pandoc (gfm) and trafilatura each add their own: pandoc keeps raw HTML
(``<div class=…>``, ``<span>`` split over lines), html2text writes tables as ``a| b`` rows and
escapes ``\\-``, markdownify writes ``**Label** 65%``. Everything here keeps line numbers: HTML
tags are removed but their newlines stay.
"""

from __future__ import annotations

import html
import itertools
import re

from extractor.base.patterns import compiled
from extractor.base.textnorm import clean
from extractor.read.htmltags import BLOCK_TAGS

_LIST_MARK = compiled(r"[-*+]|\d{1,3}[.)]")
_TAG = compiled(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = compiled(r"\\([ !-/:-@\[-`{-~])")  # "\ ": pandoc's escaped (non-breaking) space
_PROTECT_BASE = 0xE100  # private use: stands for an escaped character until inline syntax is gone
_PROTECTED = compiled(f"[{chr(_PROTECT_BASE)}-{chr(_PROTECT_BASE + 127)}]")
_UNPROTECT = {_PROTECT_BASE + code: code for code in range(128)}
_IMAGE = compiled(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = compiled(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_EMPTY_LINK = compiled(r"\[\](?:\([^)]*\)|\{[^{}]*\})")
_AUTOLINK = compiled(r"<(https?://[^>\s]+)>")
# An emphasis span holds no marker of its own kind, so each search stops at the next marker
# (a run of unmatched markers must not make the search quadratic).
_EMPHASIS = compiled(
    r"\*\*([^*]+)\*\*|__([^_]+)__|(?<![\w*])\*(?!\s)([^*]+)(?<!\s)\*(?!\w)"
    r"|(?<![\w_])_(?!\s)([^_]+)(?<!\s)_(?![\w_])|`([^`]+)`|~~([^~]+)~~"
)
# What every emphasis span holds: a ``*``, ``_``, backquote or ``~``.
_EMPHASIS_MARKS = compiled(r"[*_`~]")
# Pandoc's Markdown: a subscript or superscript (``<sub>``, ``<sup>``: a caption set small),
# its spaces escaped ("~---\\ On\\ hiring~"), so none stands bare inside it.
_SCRIPT = compiled(r"(?<![~\w])~([^~\s]+)~(?![~\w])|(?<![\^\w])\^([^\^\s]+)\^(?![\^\w])")
# Pandoc's Markdown: attributes after a span, link or heading, ``[text]{.class}``.
# Innermost first (no bracket inside), empty ones too (an icon's span once its image is gone);
# a span holding a span (``[[Key Themes]{.title}]{.summary}``) takes one pass per level.
_SPAN = compiled(r"\[([^\[\]]*)\]\{[^{}]*\}")
_SPAN_DEPTH = 6
_ATTRIBUTES = compiled(r"(?<=\))\{[^{}]*\}|\s+\{[#.][^{}]*\}\s*$")
# "---" between words: an em dash in every Markdown with typographic punctuation (pandoc,
# SmartyPants, kramdown, Goldmark's typographer); pandoc writes an em dash back this way.
_EM_DASH = compiled(r"(?<=\S )---(?= \S)|(?<=\w)---(?=\w)")
_LINK_ROW = compiled(r"^(?:\s*\[[^\]]+\](?:\([^)]*\)|\[[^\]]*\]))+\s*$")
_REFERENCE_DEFINITION = compiled(r"^ {0,3}\[[^\]]+\]:\s*\S+(?:\s+[\"'(].*[\"')])?\s*$")
_TABLE_ALIGN = compiled(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


_ADJACENT_ELEMENTS = compiled(r"(</[A-Za-z][A-Za-z0-9-]*\s*>)(?=<[A-Za-z])")


def remove_html(text: str) -> str:
    """Raw HTML tags removed, the newlines inside them kept (so line numbers hold).

    Where one element closes and the next opens with nothing between (``</a><a …>``, chips
    laid out by CSS), a space keeps their words apart. The text after a tag that spans lines
    stands at the tag's column.
    """
    if "<" not in text:
        return text
    text = _ADJACENT_ELEMENTS.sub(r"\1 ", _AUTOLINK.sub(r"\1", _remove_comments(text)))
    if "class=" in text:
        text = _chip_rows_apart(text)

    def blank(match: re.Match[str]) -> str:
        lines = match[0].count("\n")
        if not lines:
            return ""
        # The text after a tag that spans lines keeps the tag's column: pandoc breaks an <img>
        # in a list item over lines, and "-   <img …" / "…/>Never ship" is the item's text.
        # A tag that opens after text on its line ("…night.</span><span" / "class=…>…") goes
        # on with that text: the line's own indent, not the column far to the right (which
        # would read as an indented block).
        start = text.rfind("\n", 0, match.start()) + 1
        before = text[start : match.start()]
        words = before.strip()
        if words and not _LIST_MARK.fullmatch(words):
            return "\n" * lines + " " * (len(before) - len(before.lstrip()))
        return "\n" * lines + " " * (match.start() - start)

    return _TAG.sub(blank, text)


# One element with a class and plain text inside, as a converter keeps raw HTML it cannot write
# as Markdown (pandoc's gfm: ``<span class="badge">fraud</span>``); its tags may span lines.
_CLASSED_ELEMENT = compiled(
    r"<(?P<tag>[A-Za-z][A-Za-z0-9-]*)\s+class=\"(?P<cls>[^\"<>]+)\"[^<>]*>(?P<text>[^<>]*)"
    r"</(?P=tag)\s*>"
)
_CHIP_MAX_WORDS = 8
# Set against the chip's last word ("fraud·"): a separator the themes parser splits at that
# adds no word to the line, so a row that is no chip row still reads as before (not as prose).
_CHIP_SEPARATOR = "·"


def _chip_rows_apart(text: str) -> str:
    """A row of two or more elements of one tag and class with only white space between, each
    a few words and no sentence, that is its paragraph's whole text, is a row of chips
    (badges, tags) that CSS sets apart: a middle dot after each but the last keeps them apart
    once the tags are gone, as the HTML reader keeps each element its own chip. Prose split
    into styled runs changes class between runs; styled words inside a sentence ("at
    <span class=smallcaps>NASA</span> <span class=smallcaps>JPL</span> for ten years") have
    the sentence's words around them."""
    cuts: list[int] = []
    run: list[re.Match[str]] = []
    for match in [*_CLASSED_ELEMENT.finditer(text), None]:
        if match is not None and run and _continues(run[-1], match, text):
            run.append(match)
            continue
        if (
            len(run) >= 2
            and all(_chip_like(m["text"]) for m in run)
            and _stands_alone(text, run[0].start(), run[-1].end())
        ):
            cuts += [m.end() for m in run[:-1]]
        run = [] if match is None else [match]
    if not cuts:
        return text
    pieces = [text[start:end] for start, end in itertools.pairwise([0, *cuts, len(text)])]
    return _CHIP_SEPARATOR.join(pieces)


# What may stand before a paragraph's text on its first line: indentation, block-quote marks,
# a list item's bullet or number.
_LINE_MARKERS = compiled(r"[ \t>]*(?:[-*+]|\d{1,9}[.)])?[ \t]*")
_TAG_NAME = compiled(r"</?([A-Za-z][A-Za-z0-9-]*)")
# Tags that end a run of text: a block element's edge, or a line break.
_TEXT_EDGES = BLOCK_TAGS | {"br"}


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the whole text of its paragraph, list item, table cell or block
    element: only white space between it and a blank line, the text's start or end, a
    block element's tag, a table cell's ``|`` or (before it) a line's list or quote marker?
    As :func:`link_labels` asks of a row of links: styled words inside a sentence are not."""
    return _edge_before(text, start) and _edge_after(text, end)


def _edge_before(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if lead.strip() and _LINE_MARKERS.fullmatch(lead):
        return True  # "-   <span …": the item's own text
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    if at < 0 or text.count("\n", at, start) >= 2:
        return True  # the text's start, or a blank line
    if text[at] == "|":
        return True
    if text[at] != ">":
        return False
    tag = _TAG_NAME.match(text, max(text.rfind("<", 0, at), 0))
    return tag is not None and tag[1].lower() in _TEXT_EDGES


def _edge_after(text: str, end: int) -> bool:
    at = end
    while at < len(text) and text[at].isspace():
        at += 1
    if at == len(text) or text.count("\n", end, at) >= 2:
        return True  # the text's end, or a blank line
    if text[at] == "|":
        return True
    tag = _TAG_NAME.match(text, at)
    return tag is not None and tag[1].lower() in _TEXT_EDGES


def _continues(last: re.Match[str], match: re.Match[str], text: str) -> bool:
    """Is ``match`` the next element of ``last``'s row: same tag and class, white space between
    and no blank line (a word processor's paragraphs are each one such element)?"""
    between = text[last.end() : match.start()]
    return (
        match["tag"] == last["tag"]
        and match["cls"] == last["cls"]
        and not between.strip()
        and between.count("\n") <= 1
    )


def _chip_like(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _CHIP_MAX_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _remove_comments(text: str) -> str:
    """``<!-- … -->`` removed, newlines kept; one pass (an unclosed comment is left as text)."""
    parts: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        parts.append(text[position:start])
        parts.append("\n" * text.count("\n", start, end))
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)


def is_reference_definition(line: str) -> bool:
    """``[1]: https://…``: where a reference-style link points; not page content."""
    return _REFERENCE_DEFINITION.match(line) is not None


def is_table_alignment(line: str) -> bool:
    """``---|---:`` or ``| :--- | ---: |``: the row under a pipe table's header.

    It has a pipe: a dash run alone is a rule or a setext underline.
    """
    return "|" in line and _TABLE_ALIGN.match(line.strip()) is not None


def table_cells(line: str) -> list[str] | None:
    """A pipe-table row's cells, or None when the line is not one."""
    stripped = line.strip()
    if "|" not in stripped:
        return None
    cells = [cell.strip() for cell in stripped.strip("|").split("|")]
    return cells if len(cells) >= 2 else None


_SPAN_ROW = compiled(r"^(?:\s*\[[^\[\]]+\]\{[^{}]*\})+\s*$")
_SPAN_PARTS = compiled(r"\[([^\[\]]+)\](\{[^{}]*\})")


def link_labels(raw: str) -> list[str] | None:
    """The labels of a paragraph made of two or more links and nothing else (a chip row), or
    of two or more of pandoc's bracketed spans with the same attributes (``[fraud]{.badge}``:
    the raw HTML chips of :func:`_chip_rows_apart`, as pandoc's own Markdown writes them)."""
    if "]{" in raw and _SPAN_ROW.match(raw):
        parts = _SPAN_PARTS.findall(raw)
        if len(parts) >= 2 and len({attributes for _, attributes in parts}) == 1:
            labels = [strip_inline(label) for label, _ in parts]
            return labels if all(_chip_like(label) for label in labels) else None
    raw = _ATTRIBUTES.sub("", raw)
    if not _LINK_ROW.match(raw):
        return None
    labels = [strip_inline(m[1]) for m in _LINK.finditer(raw)]
    return labels if len(labels) >= 2 and all(labels) else None


def strip_inline(text: str) -> str:
    """Markdown inline syntax to plain text: links keep their label, images go, escapes resolve."""
    if "\\" in text:
        text = text.removesuffix("\\")  # a hard line break's backslash
        text = _ESCAPE.sub(lambda m: chr(_PROTECT_BASE + ord(m[1])), text)
    if "]{" in text:
        text = _without_spans(text)
    # Each pattern only where the text holds the marks it cannot match without (most lines
    # of a page hold none: a search is cheaper than a substitution's scan).
    if "{" in text:
        text = _ATTRIBUTES.sub("", text)
    if "![" in text:
        text = _IMAGE.sub("", text)
    if "[]" in text:
        text = _EMPTY_LINK.sub("", text)  # a link around nothing but an image or an icon
    if "]{" in text:
        text = _without_spans(text)  # the spans that held only an image
    if "](" in text or "][" in text:
        text = _LINK.sub(r"\1", text)
    if "`" in text and _CODE_ROW.match(text):
        text = _CHIP_SEPARATOR.join(_CODE.findall(text))  # tags set as code: one chip each
    if _EMPHASIS_MARKS.search(text) is not None:
        text = _EMPHASIS.sub(_emphasised, text)
        if text.startswith("__"):
            text = _without_empty_icon(text)
    if ("~" in text or "^" in text) and _SCRIPT.search(text) is not None:
        text = _SCRIPT.sub(_emphasised, text)
    if "---" in text:
        text = _EM_DASH.sub("—", text)
    if "&" in text:
        text = html.unescape(text)  # Markdown allows entity references (&amp;, &#8212;)
    if _PROTECTED.search(text):  # one scan in C, not a Python loop over every character
        text = text.translate(_UNPROTECT)
    return clean(text)


def _without_empty_icon(text: str) -> str:
    """A line that opens with ``__`` closed nowhere after it, words right behind it
    ("__farm-to-table"): an empty ``<i>`` (an icon font's check mark before each list item)
    as html2text writes it, an emphasis around nothing. Not words set in ``__`` (their
    closing pair is gone by now), a name that holds them ("__init__"), nor a pair before
    punctuation ("__:", "__(…)"): an icon's pair is glued to the item's words."""
    rest = text[2:]
    if not rest[:1].isalnum() or "__" in rest:
        return text
    return rest


# A line of two or more code spans and nothing else ("`pricing` `hiring`"): tags a note sets
# as inline code, each a chip; read with the separator the themes parser splits at.
_CODE_ROW = compiled(r"^\s*(?:`[^`\n]+`\s*){2,}$")
_CODE = compiled(r"`([^`\n]+)`")


def _without_spans(text: str) -> str:
    """Pandoc's bracketed spans ``[text]{attributes}`` as their text, nested ones included; a
    space between two spans that touch (chips set side by side)."""
    for _ in range(_SPAN_DEPTH):
        current = text

        def label(match: re.Match[str], current: str = current) -> str:
            touching = match.end() < len(current) and current[match.end()] == "["
            return match[1] + (" " if touching else "")

        text = _SPAN.sub(label, current)
        if text == current or "]{" not in text:
            break
    return text


def _emphasised(match: re.Match[str]) -> str:
    return next((group for group in match.groups() if group is not None), "")
